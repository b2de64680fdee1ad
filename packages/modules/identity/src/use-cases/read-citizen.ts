import { AppError, auditRead, type RequestMeta } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { findCitizenWithSecrets } from '../repo/profiles.js';
import { ident } from '../repo/tables.js';

const profile = (deps: IdentityDeps, id: string) => findCitizenWithSecrets(ident(deps.db), id);

/** The masked view staff see by default. */
export async function getCitizen(deps: IdentityDeps, id: string) {
  const c = await profile(deps, id);
  if (!c) throw new AppError('NOT_FOUND');
  return { id: c.id, username: c.username, realName: c.real_name, idNumberMasked: c.id_number_masked, phoneMasked: c.phone_masked };
}

/** Decrypting personal data is a recorded act: the audit row is written before the data leaves. */
export async function readCitizenPersonal(deps: IdentityDeps, meta: RequestMeta, id: string, purpose: string) {
  const c = await profile(deps, id);
  if (!c) throw new AppError('NOT_FOUND');
  await auditRead(deps.db, meta, {
    action: 'identity.citizen.read_personal',
    resourceType: 'account',
    resourceId: id,
    details: { purpose },
  });
  return {
    id: c.id,
    realName: c.real_name,
    idNumber: deps.cipher.decrypt(c.id_number_enc),
    phone: c.phone_enc ? deps.cipher.decrypt(c.phone_enc) : null,
  };
}
