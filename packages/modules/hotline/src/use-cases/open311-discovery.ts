import { formatW3c } from '../open311/dates.js';
import type { HotlineDeps } from '../deps.js';
import { iq } from '../repo/intake-tables.js';
import { attributesChangedAt } from '../repo/open311.js';

// the first release of the service definitions, when none has been added since
const FIRST_CHANGESET = new Date('2026-01-01T00:00:00+08:00');

/** Service discovery: where the GeoReport v2 endpoint is, its formats, whom to ask for a key. */
export async function open311Discovery(deps: HotlineDeps, endpointUrl: string): Promise<Record<string, unknown>> {
  const changed = (await attributesChangedAt(iq(deps.db))) ?? FIRST_CHANGESET;
  const changeset = formatW3c(changed > FIRST_CHANGESET ? changed : FIRST_CHANGESET);
  return {
    changeset,
    contact: deps.config.open311.contact,
    key_service: deps.config.open311.keyService,
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: endpointUrl,
        changeset,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}
