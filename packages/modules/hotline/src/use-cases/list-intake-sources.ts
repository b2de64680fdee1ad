import type { IntakeSourceView } from '@yiwang/contracts';
import type { HotlineDeps } from '../deps.js';
import { presentSource } from '../intake-presenters.js';
import { iq } from '../repo/intake-tables.js';
import { listSources } from '../repo/sources.js';

/** The city's intake sources; like the 权责清单 they are city-wide configuration, not scoped data. */
export async function listIntakeSources(deps: HotlineDeps): Promise<IntakeSourceView[]> {
  return (await listSources(iq(deps.db))).map(presentSource);
}
