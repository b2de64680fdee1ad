import { AppError } from '@yiwang/platform';
import type { AttributeDef } from '../open311/attributes.js';
import type { HotlineDeps } from '../deps.js';
import { iq } from '../repo/intake-tables.js';
import * as open311 from '../repo/open311.js';

type Row = Awaited<ReturnType<typeof open311.serviceAttributes>>[number];
export const toAttributeDef = (r: Row): AttributeDef => ({
  code: r.code,
  datatype: r.datatype as AttributeDef['datatype'],
  variable: r.variable,
  required: r.required,
  order: r.position,
  description: r.description,
  datatypeDescription: r.datatype_description,
  values: (r.choices as AttributeDef['values']) ?? [],
});

/** GET services: our active categories, grouped by their first level; `metadata` says a definition must be fetched. */
export async function open311Services(deps: HotlineDeps): Promise<Array<Record<string, unknown>>> {
  return (await open311.listServices(iq(deps.db))).map((s) => ({
    service_code: s.code,
    service_name: s.name,
    description: s.parent_name ? `${s.parent_name} › ${s.name}` : s.name,
    metadata: Boolean(s.has_attributes),
    type: 'realtime',
    keywords: [s.name, s.parent_name, s.code].filter(Boolean).join(', '),
    group: s.parent_name ?? s.name,
  }));
}

/** GET services/{service_code}: the attributes a request of this service may or must carry. */
export async function open311ServiceDefinition(deps: HotlineDeps, code: string): Promise<Record<string, unknown>> {
  if (!(await open311.findService(iq(deps.db), code))) throw new AppError('OPEN311_SERVICE_NOT_FOUND', { service_code: code });
  const attributes = (await open311.serviceAttributes(iq(deps.db), code)).map(toAttributeDef);
  return {
    service_code: code,
    attributes: attributes.map((a) => ({
      variable: a.variable,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.datatypeDescription,
      order: a.order,
      description: a.description,
      values: a.values.map((v) => ({ key: v.key, name: v.name })),
    })),
  };
}
