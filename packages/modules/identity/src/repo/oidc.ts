import { sql } from 'kysely';
import type { Q } from './tables.js';

export async function saveOidcState(q: Q, s: { state: string; nonce: string; code_verifier: string }, ttlMinutes: number) {
  await q
    .deleteFrom('identity.oidc_state')
    .where('created_at', '<', sql<Date>`now() - make_interval(mins => ${ttlMinutes})`)
    .execute();
  await q.insertInto('identity.oidc_state').values(s).execute();
}

/** Deletes and returns a state row still within its lifetime: each state serves one callback. */
export function takeOidcState(q: Q, state: string, ttlMinutes: number) {
  return q
    .deleteFrom('identity.oidc_state')
    .where('state', '=', state)
    .where('created_at', '>=', sql<Date>`now() - make_interval(mins => ${ttlMinutes})`)
    .returning(['nonce', 'code_verifier'])
    .executeTakeFirst();
}

export async function linkedAccountId(q: Q, issuer: string, subject: string): Promise<string | undefined> {
  const r = await q
    .selectFrom('identity.oidc_link')
    .select('account_id')
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
  return r?.account_id;
}

export async function accountLinkedAtIssuer(q: Q, issuer: string, accountId: string): Promise<boolean> {
  return !!(await q
    .selectFrom('identity.oidc_link')
    .select('subject')
    .where('issuer', '=', issuer)
    .where('account_id', '=', accountId)
    .executeTakeFirst());
}

export async function insertOidcLink(q: Q, l: { issuer: string; subject: string; account_id: string }) {
  await q
    .insertInto('identity.oidc_link')
    .values(l)
    .onConflict((oc) => oc.columns(['issuer', 'subject']).doNothing())
    .execute();
}
