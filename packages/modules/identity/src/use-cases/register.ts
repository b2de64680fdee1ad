import {
  AppError,
  isValidIdNumber,
  isValidPhone,
  isValidUscc,
  maskIdNumber,
  maskPhone,
  mutate,
  newId,
  normalizeIdNumber,
  normalizePhone,
  normalizeUscc,
  type RequestMeta,
} from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { IDENTITY_EVENTS } from '../events.js';
import { checkPasswordStrength, hashPassword } from '../domain/password.js';
import { findAccountByUsername, insertAccount } from '../repo/accounts.js';
import { citizenIdNumberTaken, insertCitizenProfile, insertEnterpriseProfile, usccTaken } from '../repo/profiles.js';
import { ident } from '../repo/tables.js';

/** Self-registration of a citizen: the ID number is checked per GB 11643, stored SM4-encrypted. */
export async function registerCitizen(
  deps: IdentityDeps,
  meta: RequestMeta,
  input: { username: string; password: string; realName: string; idNumber: string; phone?: string | undefined },
): Promise<string> {
  const idNumber = normalizeIdNumber(input.idNumber);
  if (!isValidIdNumber(idNumber)) throw new AppError('INVALID_ID_NUMBER');
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && (!phone || !isValidPhone(input.phone))) throw new AppError('INVALID_PHONE');
  checkPasswordStrength(input.password);
  const hash = await hashPassword(input.password);
  const id = newId();
  return mutate(deps.db, { ...meta, actor: { id, name: input.realName, kind: 'citizen' } }, async (tx) => {
    const q = ident(tx);
    if (await findAccountByUsername(q, input.username)) throw new AppError('DUPLICATE', { field: 'username' });
    const index = deps.cipher.blindIndex(idNumber);
    if (await citizenIdNumberTaken(q, index)) throw new AppError('DUPLICATE', { field: 'idNumber' });
    await insertAccount(q, {
      id,
      kind: 'citizen',
      username: input.username,
      display_name: input.realName,
      password_hash: hash,
      roles: ['citizen'],
      data_scope: 'unit',
      department_id: null,
    });
    await insertCitizenProfile(q, {
      account_id: id,
      real_name: input.realName,
      id_number_enc: deps.cipher.encrypt(idNumber),
      id_number_index: index,
      id_number_masked: maskIdNumber(idNumber),
      phone_enc: phone ? deps.cipher.encrypt(phone) : null,
      phone_masked: phone ? maskPhone(phone) : null,
    });
    return {
      result: id,
      audit: {
        action: 'identity.citizen.register',
        resourceType: 'account',
        resourceId: id,
        details: { idNumber: maskIdNumber(idNumber) },
      },
      events: [{ topic: IDENTITY_EVENTS.accountCreated, key: id, payload: { id, kind: 'citizen' } }],
    };
  });
}

/** Enterprise accounts are keyed by the USCC (GB 32100). */
export async function registerEnterprise(
  deps: IdentityDeps,
  meta: RequestMeta,
  input: { username: string; password: string; name: string; uscc: string; legalRepName: string },
): Promise<string> {
  const uscc = normalizeUscc(input.uscc);
  if (!isValidUscc(uscc)) throw new AppError('INVALID_USCC');
  checkPasswordStrength(input.password);
  const hash = await hashPassword(input.password);
  const id = newId();
  return mutate(deps.db, { ...meta, actor: { id, name: input.name, kind: 'enterprise' } }, async (tx) => {
    const q = ident(tx);
    if (await findAccountByUsername(q, input.username)) throw new AppError('DUPLICATE', { field: 'username' });
    if (await usccTaken(q, uscc)) throw new AppError('DUPLICATE', { field: 'uscc' });
    await insertAccount(q, {
      id,
      kind: 'enterprise',
      username: input.username,
      display_name: input.name,
      password_hash: hash,
      roles: ['enterprise'],
      data_scope: 'unit',
      department_id: null,
    });
    await insertEnterpriseProfile(q, { account_id: id, name: input.name, uscc, legal_rep_name: input.legalRepName });
    return {
      result: id,
      audit: { action: 'identity.enterprise.register', resourceType: 'account', resourceId: id, details: { uscc } },
      events: [{ topic: IDENTITY_EVENTS.accountCreated, key: id, payload: { id, kind: 'enterprise' } }],
    };
  });
}
