import type { IntakeSourceView } from '@yiwang/contracts';
import type { SourceRow } from './repo/sources.js';

// API shapes of the intake area, built here and never straight from rows (the key hash never leaves the repo).
const iso = (d: Date | string) => new Date(d).toISOString();

export const presentSource = (r: SourceRow): IntakeSourceView => ({
  id: r.id,
  name: r.name,
  kind: r.kind as IntakeSourceView['kind'],
  defaultDivisionCode: r.default_division_code,
  active: r.active,
  keyPrefix: r.key_prefix,
  keyRevoked: r.key_revoked_at !== null,
  keyIssuedAt: iso(r.key_issued_at),
  createdAt: iso(r.created_at),
  version: r.version,
});
