import { parseW3cDateTime } from './dates.js';

/** A GeoReport v2 service-definition attribute: an extra question a category asks. */
export interface AttributeDef {
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  variable: boolean;
  required: boolean;
  order: number;
  description: string;
  datatypeDescription: string | null;
  values: Array<{ key: string; name: string }>;
}
export type AttributeValue = string | number | string[];
export interface AttributeError {
  code: 'OPEN311_ATTRIBUTE_REQUIRED' | 'OPEN311_ATTRIBUTE_INVALID';
  attribute: string;
}

const MAX: Record<string, number> = { string: 200, text: 2000 };

function one(def: AttributeDef, given: readonly string[]): AttributeValue | null {
  if (def.datatype === 'multivaluelist') {
    const keys = [...new Set(given)];
    return keys.every((k) => def.values.some((v) => v.key === k)) ? keys : null;
  }
  if (given.length !== 1) return null;
  const v = given[0]!;
  switch (def.datatype) {
    case 'singlevaluelist':
      return def.values.some((x) => x.key === v) ? v : null;
    case 'number':
      return /^-?\d{1,12}(\.\d{1,6})?$/.test(v) ? Number(v) : null;
    case 'datetime':
      return parseW3cDateTime(v) ? v : null;
    case 'string':
      return v.length <= MAX.string! && !/[\r\n]/.test(v) ? v : null;
    case 'text':
      return v.length <= MAX.text! ? v : null;
  }
}

const shown = (def: AttributeDef, v: AttributeValue) =>
  [v]
    .flat()
    .map((x) => def.values.find((c) => c.key === x)?.name ?? String(x))
    .join('、');

/**
 * Checks the submitted `attribute[code]` values against a service's definition: every required variable
 * attribute present, every value of its datatype (list values among the defined keys), no unknown or
 * read-only codes. Also gives the answers as lines a handling unit can read with the order.
 */
export function checkAttributes(
  defs: readonly AttributeDef[],
  given: Readonly<Record<string, readonly string[]>>,
): { ok: true; values: Record<string, AttributeValue>; lines: string[] } | { ok: false; errors: AttributeError[] } {
  const errors: AttributeError[] = [];
  const values: Record<string, AttributeValue> = {};
  const lines: string[] = [];
  for (const code of Object.keys(given)) {
    if (!defs.some((d) => d.code === code && d.variable)) errors.push({ code: 'OPEN311_ATTRIBUTE_INVALID', attribute: code });
  }
  for (const def of [...defs].sort((a, b) => a.order - b.order)) {
    if (!def.variable) continue;
    const raw = (given[def.code] ?? []).map((v) => v.trim()).filter((v) => v !== '');
    if (raw.length === 0) {
      if (def.required) errors.push({ code: 'OPEN311_ATTRIBUTE_REQUIRED', attribute: def.code });
      continue;
    }
    const v = one(def, raw);
    if (v === null) {
      errors.push({ code: 'OPEN311_ATTRIBUTE_INVALID', attribute: def.code });
      continue;
    }
    values[def.code] = v;
    lines.push(`${def.description}：${shown(def, v)}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, values, lines };
}
