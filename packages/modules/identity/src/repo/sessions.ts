import { sql } from 'kysely';
import { principalSelect, type PrincipalRow } from './accounts.js';
import type { Q } from './tables.js';

export async function insertSession(
  q: Q,
  s: { id: string; account_id: string; csrf_token: string; expires_at: Date; ip: string | null; user_agent: string | null },
) {
  await q.insertInto('identity.session').values(s).execute();
}

export function findSessionPrincipal(q: Q, id: string) {
  return principalSelect(q)
    .innerJoin('identity.session as s', 's.account_id', 'a.id')
    .select(['s.csrf_token', 's.expires_at'])
    .where('s.id', '=', id)
    .executeTakeFirst() as Promise<(PrincipalRow & { csrf_token: string; expires_at: Date }) | undefined>;
}

export async function deleteSession(q: Q, id: string) {
  await q.deleteFrom('identity.session').where('id', '=', id).execute();
}

/** A password change or a disabled account ends every other session and token. */
export async function revokeAllFor(q: Q, accountId: string, exceptSession?: string) {
  let del = q.deleteFrom('identity.session').where('account_id', '=', accountId);
  if (exceptSession) del = del.where('id', '!=', exceptSession);
  await del.execute();
  await q
    .updateTable('identity.api_token')
    .set({ revoked_at: sql`now()` })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function insertApiToken(q: Q, t: { id: string; token_hash: string; account_id: string; name: string; expires_at: Date }) {
  await q.insertInto('identity.api_token').values(t).execute();
}

export function findTokenPrincipal(q: Q, tokenHash: string) {
  return principalSelect(q)
    .innerJoin('identity.api_token as t', 't.account_id', 'a.id')
    .select(['t.expires_at', 't.revoked_at'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst() as Promise<(PrincipalRow & { expires_at: Date; revoked_at: Date | null }) | undefined>;
}

export async function purgeExpiredSessions(q: Q) {
  await q
    .deleteFrom('identity.session')
    .where('expires_at', '<', sql<Date>`now()`)
    .execute();
}
