import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFormBody, parseJsonBody } from './form.js';

describe('Open311 POST bodies', () => {
  it('reads the spec example form, with single and repeated attribute values', () => {
    const body =
      'api_key=xyz&jurisdiction_id=city.gov&service_code=001&lat=37.76524078&long=-122.4212043&address_string=1234+5th+street' +
      '&email=smit333%40sfgov.edu&first_name=john&description=A+large+sinkhole&attribute[WHISPAWN]=123456' +
      '&attribute%5BCODE1%5D%5B%5D=value1&attribute[CODE1][]=value2';
    expect(parseFormBody(body)).toEqual({
      ok: true,
      value: {
        fields: {
          api_key: 'xyz',
          jurisdiction_id: 'city.gov',
          service_code: '001',
          lat: '37.76524078',
          long: '-122.4212043',
          address_string: '1234 5th street',
          email: 'smit333@sfgov.edu',
          first_name: 'john',
          description: 'A large sinkhole',
        },
        attributes: { WHISPAWN: ['123456'], CODE1: ['value1', 'value2'] },
      },
    });
  });

  it('gives JSON with the same names the same meaning', () => {
    const json = parseJsonBody({
      api_key: 'xyz',
      service_code: 'urban.roads',
      lat: 23.5,
      long: 116.3,
      attribute: { A: 'x', B: ['1', '2'] },
    });
    expect(json).toEqual({
      ok: true,
      value: {
        fields: { api_key: 'xyz', service_code: 'urban.roads', lat: '23.5', long: '116.3' },
        attributes: { A: ['x'], B: ['1', '2'] },
      },
    });
  });

  it('refuses unknown, repeated, overlong and non-text fields, naming each', () => {
    expect(parseFormBody('service_code=a&service_code=b&colour=red&description=' + 'x'.repeat(4001))).toEqual({
      ok: false,
      errors: [
        { field: 'service_code', reason: 'repeated' },
        { field: 'colour', reason: 'unknown' },
        { field: 'description', reason: 'too_long' },
      ],
    });
    expect(parseJsonBody({ lat: { $gt: 1 } })).toMatchObject({ ok: false, errors: [{ field: 'lat', reason: 'not_text' }] });
    expect(parseJsonBody({ 'attribute[bad-code]': 'x' })).toMatchObject({ ok: false, errors: [{ reason: 'unknown' }] });
    for (const body of [null, [], 'text', 3]) expect(parseJsonBody(body).ok).toBe(false);
  });

  it('never throws on any form body and keeps every accepted value within its limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const r = parseFormBody(s);
        if (r.ok) for (const v of Object.values(r.value.fields)) expect(v!.length).toBeLessThanOrEqual(4000);
      }),
    );
  });
});
