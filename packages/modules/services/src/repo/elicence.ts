import type { Q } from './tables.js';

export function listELicenceTypes(q: Q) {
  return q.selectFrom('services.elicence_type').select(['code', 'name', 'issuer', 'active']).orderBy('code').execute();
}

export async function activeELicenceCodes(q: Q): Promise<Set<string>> {
  const rows = await q.selectFrom('services.elicence_type').select('code').where('active', '=', true).execute();
  return new Set(rows.map((r) => r.code));
}

export async function eLicenceNames(q: Q, codes: readonly string[]): Promise<Record<string, string>> {
  if (codes.length === 0) return {};
  const rows = await q.selectFrom('services.elicence_type').select(['code', 'name']).where('code', 'in', codes).execute();
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}
