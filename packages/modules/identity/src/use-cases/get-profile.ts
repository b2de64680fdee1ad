import type { Profile } from '@yiwang/contracts';
import { maskUscc, type Actor } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { findCitizenProfile, findEnterpriseProfile } from '../repo/profiles.js';
import { ident } from '../repo/tables.js';

export async function getProfile(deps: IdentityDeps, actor: Actor): Promise<Profile> {
  const q = ident(deps.db);
  const empty: Profile = {
    kind: actor.kind,
    realName: null,
    idNumberMasked: null,
    phoneMasked: null,
    enterpriseName: null,
    uscc: null,
    legalRepName: null,
  };
  if (actor.kind === 'citizen') {
    const c = await findCitizenProfile(q, actor.id);
    return c ? { ...empty, realName: c.real_name, idNumberMasked: c.id_number_masked, phoneMasked: c.phone_masked } : empty;
  }
  if (actor.kind === 'enterprise') {
    const e = await findEnterpriseProfile(q, actor.id);
    return e ? { ...empty, enterpriseName: e.name, uscc: maskUscc(e.uscc), legalRepName: e.legal_rep_name } : empty;
  }
  return empty;
}
