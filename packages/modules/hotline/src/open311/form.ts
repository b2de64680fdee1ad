/**
 * POST requests.{fmt} arrives form-encoded, as the spec says (`attribute[code]=v`, and
 * `attribute[code][]=v` for several values); JSON with the same names (`attribute` as an object) is
 * also accepted. Both become one checked submission; unknown or repeated fields are refused.
 */
const LIMITS = {
  api_key: 200,
  jurisdiction_id: 100,
  service_code: 80,
  lat: 40,
  long: 40,
  address_string: 200,
  address_id: 100,
  email: 254,
  device_id: 200,
  account_id: 200,
  first_name: 20,
  last_name: 20,
  phone: 20,
  description: 4000,
  media_url: 2000,
} as const;
type Field = keyof typeof LIMITS;
const ATTRIBUTE = /^attribute\[([A-Za-z0-9_]{1,40})\](\[\])?$/;
const MAX_ATTRIBUTE_VALUES = 20;

export interface RawSubmission {
  fields: Partial<Record<Field, string>>;
  attributes: Record<string, string[]>;
}
export interface FieldError {
  field: string;
  reason: 'unknown' | 'repeated' | 'too_long' | 'not_text' | 'too_many';
}
type Parsed = { ok: true; value: RawSubmission } | { ok: false; errors: FieldError[] };

function collect(pairs: Iterable<[string, unknown]>): Parsed {
  const fields: Record<string, string> = {};
  const attributes: Record<string, string[]> = {};
  const errors: FieldError[] = [];
  for (const [name, value] of pairs) {
    const attr = ATTRIBUTE.exec(name);
    const texts = attr && Array.isArray(value) ? value : [value];
    if (!texts.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) {
      errors.push({ field: name, reason: 'not_text' });
      continue;
    }
    const strings = texts.map(String);
    if (attr) {
      const list = (attributes[attr[1]!] ??= []);
      list.push(...strings);
      if (list.length > MAX_ATTRIBUTE_VALUES || strings.some((s) => s.length > 2000)) errors.push({ field: name, reason: 'too_many' });
    } else if (!(name in LIMITS)) errors.push({ field: name.slice(0, 60), reason: 'unknown' });
    else if (name in fields) errors.push({ field: name, reason: 'repeated' });
    else if (strings[0]!.length > LIMITS[name as Field]) errors.push({ field: name, reason: 'too_long' });
    else fields[name] = strings[0]!;
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { fields, attributes } };
}

export function parseFormBody(text: string): Parsed {
  return collect(new URLSearchParams(text).entries());
}

/** The JSON variant: the same field names, attributes as `{"attribute": {"CODE": "v" | ["v1", "v2"]}}`. */
export function parseJsonBody(body: unknown): Parsed {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, errors: [{ field: '(body)', reason: 'not_text' }] };
  const pairs: Array<[string, unknown]> = [];
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k === 'attribute' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [code, value] of Object.entries(v as Record<string, unknown>)) pairs.push([`attribute[${code}]`, value]);
    } else pairs.push([k, v]);
  }
  return collect(pairs);
}
