import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderOpen311, splitFormat } from './wire.js';

const parser = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['request', 'attribute', 'value', 'format', 'error'].includes(name),
});

describe('Open311 wire formats', () => {
  it('renders a list as a bare JSON array and as <root><item/>… XML with a UTF-8 declaration', () => {
    const list = [
      { service_request_id: '12345-20260501-000001', status: 'open', lat: 23.5, media_url: null },
      { service_request_id: '12345-20260501-000002', status: 'closed', lat: 23.6, media_url: 'https://x/1.jpg' },
    ];
    expect(JSON.parse(renderOpen311('json', 'service_requests', list))).toEqual(list);
    const xml = renderOpen311('xml', 'service_requests', list);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(parser.parse(xml).service_requests.request).toEqual([
      { service_request_id: '12345-20260501-000001', status: 'open', lat: '23.5', media_url: '' },
      { service_request_id: '12345-20260501-000002', status: 'closed', lat: '23.6', media_url: 'https://x/1.jpg' },
    ]);
  });

  it('nests lists inside documents with the spec element names', () => {
    const def = {
      service_code: 'urban.roads',
      attributes: [{ code: 'DAMAGE_KIND', required: true, values: [{ key: 'pothole', name: '坑洼' }] }],
    };
    const doc = parser.parse(renderOpen311('xml', 'service_definition', def)).service_definition;
    expect(doc.attributes.attribute[0]).toEqual({
      code: 'DAMAGE_KIND',
      required: 'true',
      values: { value: [{ key: 'pothole', name: '坑洼' }] },
    });
    const discovery = parser.parse(renderOpen311('xml', 'discovery', { endpoints: [{ formats: ['text/xml', 'application/json'] }] }));
    expect(discovery.discovery.endpoints.endpoint.formats.format).toEqual(['text/xml', 'application/json']);
  });

  it('keeps any text intact through XML, escaped, minus the characters XML 1.0 cannot hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 20 }), (text, junk) => {
        const xml = renderOpen311('xml', 'service_requests', [{ description: text + junk }]);
        const back = parser.parse(xml).service_requests.request[0].description as string;
        const allowed = (text + junk).replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
        // the parser trims surrounding whitespace and normalises line ends, like any XML reader may
        expect(back).toBe(allowed.replace(/\r\n?/g, '\n').trim());
      }),
    );
  });

  it('tells the format by the last extension only', () => {
    expect(splitFormat('services.json')).toEqual({ name: 'services', format: 'json' });
    expect(splitFormat('urban.vendors.xml')).toEqual({ name: 'urban.vendors', format: 'xml' });
    for (const bad of ['services', 'services.html', '.json', 'a.JSON', 'x.json.']) expect(splitFormat(bad)).toBeNull();
  });
});
