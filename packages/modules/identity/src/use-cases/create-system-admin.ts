import { AppError, mutate, newId, type RequestMeta } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { IDENTITY_EVENTS } from '../events.js';
import { checkPasswordStrength, hashPassword } from '../domain/password.js';
import { findAccountByUsername, insertAccount } from '../repo/accounts.js';
import { findTopBureauId } from '../repo/departments.js';
import { ident } from '../repo/tables.js';

/**
 * The first administrator of a real deployment (no demo accounts): a system admin with city-wide
 * scope in the top-level 政务服务和数据管理局. Run from the CLI on the server, never over HTTP.
 */
export async function createSystemAdmin(
  deps: IdentityDeps,
  meta: RequestMeta,
  input: { username: string; displayName: string; password: string },
): Promise<string> {
  if (!/^[A-Za-z0-9_.@-]{3,64}$/.test(input.username)) throw new AppError('VALIDATION_FAILED', { field: 'username' });
  checkPasswordStrength(input.password);
  const departmentId = await findTopBureauId(ident(deps.db));
  if (!departmentId) throw new AppError('NOT_FOUND', { reason: 'no bureau department: load the organisation first' });
  const hash = await hashPassword(input.password);
  const id = newId();
  return mutate(deps.db, meta, async (tx) => {
    if (await findAccountByUsername(ident(tx), input.username)) throw new AppError('DUPLICATE', { field: 'username' });
    await insertAccount(ident(tx), {
      id,
      kind: 'staff',
      username: input.username,
      display_name: input.displayName,
      password_hash: hash,
      roles: ['system_admin'],
      data_scope: 'all',
      department_id: departmentId,
    });
    return {
      result: id,
      audit: {
        action: 'identity.account.create_admin',
        resourceType: 'account',
        resourceId: id,
        departmentId,
        details: { username: input.username },
      },
      events: [{ topic: IDENTITY_EVENTS.accountCreated, key: id, payload: { id, kind: 'staff', departmentId } }],
    };
  });
}
