import { XMLParser } from 'fast-xml-parser';

/*
 * A small GeoReport v2 client written from the published specification (wiki.open311.org/GeoReport_v2
 * and /Service_Discovery), not from the server's code: it knows the URLs, the form encoding of POST,
 * the element names of every document, and reads XML and JSON into the same plain shapes.
 */
export type Format = 'json' | 'xml';
export interface Answer {
  status: number;
  contentType: string;
  text: string;
  /** the document as plain data: lists as arrays, XML text as strings */
  doc: any;
}
export type Transport = (req: { method: 'GET' | 'POST'; url: string; body?: string; headers?: Record<string, string> }) => Promise<{
  status: number;
  contentType: string;
  text: string;
}>;

// every element the spec repeats inside a list
const LIST_ITEMS = ['service', 'request', 'attribute', 'value', 'endpoint', 'format', 'error', 'note', 'media_url'];
const LIST_OF: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
  notes: 'note',
  media_urls: 'media_url',
};
const xml = new XMLParser({
  parseTagValue: false,
  trimValues: false,
  // media_url is a plain field of a request, and an item only inside media_urls
  isArray: (name, path) => LIST_ITEMS.includes(name) && (name !== 'media_url' || String(path).endsWith('media_urls.media_url')),
});

/** XML → the Spark-convention shape of the JSON format: a list element becomes an array of its items. */
function unwrap(value: any, name: string): any {
  const item = LIST_OF[name];
  if (item) return value === '' || value === undefined ? [] : ((value[item] ?? []) as any[]).map((v) => unwrap(v, item));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrap(v, k)]));
  return value;
}

function read(format: Format, text: string): any {
  if (format === 'json') return JSON.parse(text);
  if (!text.startsWith('<?xml version="1.0" encoding="utf-8"?>'))
    throw new Error(`XML without its UTF-8 declaration: ${text.slice(0, 80)}`);
  const parsed = xml.parse(text);
  const root = Object.keys(parsed).find((k) => k !== '?xml')!;
  // a list document is the list itself, as in JSON (Spark convention); others are the root's content
  return unwrap(parsed[root], root);
}

/** The spec's form encoding for POST, attributes as attribute[code]=v or attribute[code][]=v for several values. */
export function formEncode(
  fields: Record<string, string | number | undefined>,
  attributes: Record<string, string | string[]> = {},
): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) p.append(k, String(v));
  for (const [code, v] of Object.entries(attributes)) {
    if (Array.isArray(v)) for (const x of v) p.append(`attribute[${code}][]`, x);
    else p.append(`attribute[${code}]`, v);
  }
  return p.toString();
}

export function open311Client(transport: Transport, endpoint: string, opts: { jurisdiction?: string; language?: string } = {}) {
  const qs = (params: Record<string, string | number | boolean | undefined>) => {
    const p = new URLSearchParams();
    if (opts.jurisdiction) p.set('jurisdiction_id', opts.jurisdiction);
    for (const [k, v] of Object.entries(params)) if (v !== undefined) p.set(k, String(v));
    const s = p.toString();
    return s ? `?${s}` : '';
  };
  const headers: Record<string, string> = opts.language ? { 'accept-language': opts.language } : {};
  const answer = async (format: Format, r: Promise<{ status: number; contentType: string; text: string }>): Promise<Answer> => {
    const res = await r;
    const isDoc = res.contentType.startsWith(format === 'json' ? 'application/json' : 'text/xml');
    return { ...res, doc: isDoc ? read(format, res.text) : null };
  };
  const get = (format: Format, path: string, params: Record<string, string | number | boolean | undefined> = {}) =>
    answer(format, transport({ method: 'GET', url: `${endpoint}/${path}.${format}${qs(params)}`, headers }));
  return {
    discovery: (format: Format) => get(format, 'discovery'),
    services: (format: Format) => get(format, 'services'),
    serviceDefinition: (format: Format, code: string) => get(format, `services/${code}`),
    requests: (format: Format, params: Record<string, string | number | boolean | undefined> = {}) => get(format, 'requests', params),
    request: (format: Format, id: string, params: Record<string, string | boolean | undefined> = {}) =>
      get(format, `requests/${id}`, params),
    token: (format: Format, token: string) => get(format, `tokens/${token}`),
    updates: (format: Format, id: string) => get(format, `requests/${id}/updates`),
    postRequest: (format: Format, body: string, extra: Record<string, string> = {}) =>
      answer(
        format,
        transport({
          method: 'POST',
          url: `${endpoint}/requests.${format}`,
          body,
          headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers, ...extra },
        }),
      ),
  };
}

/** XML carries text only: compare the formats with primitives as strings and null as the empty element. */
export function asText(v: any): any {
  if (Array.isArray(v)) return v.map(asText);
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asText(x)]));
  return String(v);
}
