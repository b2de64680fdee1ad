import type { Permission } from '@yiwang/contracts';
import { useMe } from '../api/session';

/** Whether the signed-in account holds a permission, as told by the server in /me. */
export function useCan(): (permission: Permission) => boolean {
  const { data: me } = useMe();
  return (permission) => !!me?.permissions.includes(permission);
}
