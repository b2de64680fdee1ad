import type { Me } from '@yiwang/contracts';

/** Staff work in the workbench; citizens and enterprises use the portal. */
export function homePath(me: Pick<Me, 'kind'>): string {
  return me.kind === 'staff' ? '/workbench' : '/portal';
}

/** Where a fresh sign-in lands: a handling unit's staff start at their 12345 inbox, everyone else at home. */
export function landingPath(me: Pick<Me, 'kind' | 'roles'>): string {
  return me.kind === 'staff' && me.roles.includes('handling_unit') ? '/workbench/hotline/inbox' : homePath(me);
}

/** Only follow a "from" location that belongs to the area the account may use. */
export function afterLoginPath(me: Pick<Me, 'kind' | 'roles'>, from: unknown): string {
  const home = homePath(me);
  return typeof from === 'string' && from.startsWith(home) && from !== home ? from : landingPath(me);
}
