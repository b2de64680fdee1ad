import type { CitizenProfileRow, EnterpriseProfileRow, Q } from './tables.js';

export function findCitizenProfile(q: Q, accountId: string) {
  return q
    .selectFrom('identity.citizen_profile')
    .select(['real_name', 'id_number_masked', 'phone_masked'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export function findEnterpriseProfile(q: Q, accountId: string) {
  return q
    .selectFrom('identity.enterprise_profile')
    .select(['name', 'uscc', 'legal_rep_name'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function citizenIdNumberTaken(q: Q, blindIndex: string): Promise<boolean> {
  return !!(await q
    .selectFrom('identity.citizen_profile')
    .select('account_id')
    .where('id_number_index', '=', blindIndex)
    .executeTakeFirst());
}

export async function usccTaken(q: Q, uscc: string): Promise<boolean> {
  return !!(await q.selectFrom('identity.enterprise_profile').select('account_id').where('uscc', '=', uscc).executeTakeFirst());
}

export async function insertCitizenProfile(q: Q, row: CitizenProfileRow) {
  await q.insertInto('identity.citizen_profile').values(row).execute();
}

export async function insertEnterpriseProfile(q: Q, row: EnterpriseProfileRow) {
  await q.insertInto('identity.enterprise_profile').values(row).execute();
}

/** the encrypted columns too: only the audited personal-data read decrypts them */
export function findCitizenWithSecrets(q: Q, accountId: string) {
  return q
    .selectFrom('identity.citizen_profile as c')
    .innerJoin('identity.account as a', 'a.id', 'c.account_id')
    .select(['a.id', 'a.username', 'c.real_name', 'c.id_number_enc', 'c.id_number_masked', 'c.phone_enc', 'c.phone_masked'])
    .where('a.id', '=', accountId)
    .executeTakeFirst();
}
