import type { Kysely } from 'kysely';
import type { FieldCipher } from '@yiwang/platform';
import { findCitizenWithSecrets, findEnterpriseProfile } from '../repo/profiles.js';
import { ident } from '../repo/tables.js';

export interface AccountContact {
  name: string;
  phone: string | null;
}

/**
 * Read API for a form an account holder submits about themselves (the 12345 portal's 我要反映): the
 * name and phone of their own profile, stored with the submission. Nothing is shown to anyone, so it
 * is not an audited personal read; the caller must keep the phone encrypted where it stores it.
 */
export async function accountContact(db: Kysely<any>, cipher: FieldCipher, accountId: string): Promise<AccountContact | null> {
  const q = ident(db);
  const citizen = await findCitizenWithSecrets(q, accountId);
  if (citizen) return { name: citizen.real_name, phone: citizen.phone_enc ? cipher.decrypt(citizen.phone_enc) : null };
  const enterprise = await findEnterpriseProfile(q, accountId);
  return enterprise ? { name: enterprise.name, phone: null } : null;
}
