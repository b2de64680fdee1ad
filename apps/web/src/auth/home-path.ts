import type { Me } from '@yiwang/contracts';

/** Staff work in the workbench; citizens and enterprises use the portal. */
export function homePath(me: Pick<Me, 'kind'>): string {
  return me.kind === 'staff' ? '/workbench' : '/portal';
}

/** Only follow a "from" location that belongs to the area the account may use. */
export function afterLoginPath(me: Pick<Me, 'kind'>, from: unknown): string {
  const home = homePath(me);
  return typeof from === 'string' && from.startsWith(home) ? from : home;
}
