import { describe, expect, it } from 'vitest';
import type { Actor } from '@yiwang/platform';
import { assertCanGrant } from './grants.js';

const actor = (roles: string[], dataScope: Actor['dataScope']): Actor => ({
  id: 'a',
  kind: 'staff',
  username: 'a',
  displayName: 'a',
  roles,
  permissions: new Set(),
  dataScope,
  departmentId: 'd',
  divisionCode: '445202000000',
  via: 'session',
  sessionId: null,
  csrfToken: null,
});

describe('assertCanGrant', () => {
  it('lets a bureau admin grant clerk roles within its scope', () => {
    expect(() => assertCanGrant(actor(['bureau_admin'], 'division'), ['window_clerk'], 'division')).not.toThrow();
  });
  it('refuses a scope wider than the granter holds', () => {
    expect(() => assertCanGrant(actor(['bureau_admin'], 'division'), ['window_clerk'], 'all')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
  it('refuses admin roles unless the granter is a system admin', () => {
    expect(() => assertCanGrant(actor(['bureau_admin'], 'all'), ['bureau_admin'], 'unit')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertCanGrant(actor(['system_admin'], 'all'), ['bureau_admin'], 'unit')).not.toThrow();
  });
  it('refuses public roles on staff accounts', () => {
    expect(() => assertCanGrant(actor(['system_admin'], 'all'), ['citizen'], 'unit')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
