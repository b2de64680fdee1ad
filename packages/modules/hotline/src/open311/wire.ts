import { XMLBuilder } from 'fast-xml-parser';

/**
 * GeoReport v2 wire formats. JSON follows the spec's Spark convention (a list document is a bare array,
 * other documents are objects); XML is schemaless, UTF-8, with the spec's element names: every list is
 * an element holding one child per item, named below.
 */
export type Open311Format = 'json' | 'xml';
export const OPEN311_FORMATS: readonly Open311Format[] = ['json', 'xml'];

const ITEM: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  notes: 'note',
  media_urls: 'media_url',
};

export const CONTENT_TYPE: Readonly<Record<Open311Format, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

// characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab, newline, return; lone surrogates; U+FFFE/F)
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function toXmlShape(key: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    const item = ITEM[key] ?? 'item';
    return value.length === 0 ? '' : { [item]: value.map((v) => toXmlShape(item, v)) };
  }
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(NOT_XML, '');
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toXmlShape(k, v)]));
  }
  return String(value);
}

const builder = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true, processEntities: true });

/** One document: `root` names the XML root element (services, service_requests, service_definition, …). */
export function renderOpen311(format: Open311Format, root: string, value: unknown): string {
  if (format === 'json') return JSON.stringify(value);
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, [root]: toXmlShape(root, value) }) as string;
}

/** `services.json` → json; anything but the two formats is null (the caller answers 404). */
export function splitFormat(file: string): { name: string; format: Open311Format } | null {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return null;
  const format = file.slice(dot + 1);
  return format === 'json' || format === 'xml' ? { name: file.slice(0, dot), format } : null;
}
