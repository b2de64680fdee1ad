import { AppError } from '@yiwang/platform';
import { apiKeyMatches, apiKeyPrefix } from '../domain/api-key.js';
import type { HotlineDeps } from '../deps.js';
import { iq } from '../repo/intake-tables.js';
import { findSourceByPrefix, type SourceRow } from '../repo/sources.js';

// compared against when no source has the prefix, so an unknown prefix costs the same HMAC as a wrong secret
const NO_HASH = '0'.repeat(64);

/** The source a presented API key belongs to, or a 401 saying why not (missing, not valid, revoked); a disabled source is a 403. */
export async function authenticateSource(deps: HotlineDeps, key: string | undefined, where = 'X-Api-Key'): Promise<SourceRow> {
  if (key === undefined || key === '') throw new AppError('API_KEY_MISSING', { field: where });
  const prefix = apiKeyPrefix(key);
  const row = prefix ? await findSourceByPrefix(iq(deps.db), prefix) : undefined;
  const matches = apiKeyMatches(deps.hmacKey, key, row?.key_hash ?? NO_HASH);
  if (!row || !matches) throw new AppError('API_KEY_INVALID');
  if (row.key_revoked_at !== null) throw new AppError('API_KEY_REVOKED');
  if (!row.active) throw new AppError('SOURCE_INACTIVE');
  return row;
}
