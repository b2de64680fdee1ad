import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormSchema } from '@yiwang/contracts';
import { validateFormSchema } from './form-schema.js';

const name = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,11}$/);
const title = fc.constantFrom('姓名', '身份证号', '联系电话', '面积', '是否委托', '人数');
const bounds = (lo: string, hi: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]) => ({ [lo]: Math.min(a, b), [hi]: Math.max(a, b) || 1 }));
/** fields that are sane by construction: keywords fit the type, bounds ordered, options typed */
const stringField = fc
  .record({
    t: title,
    b: bounds('minLength', 'maxLength'),
    e: fc.option(fc.uniqueArray(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 5 })),
  })
  .map(({ t, b, e }) => ({ type: 'string' as const, title: t, ...b, ...(e ? { enum: e } : {}), pattern: '^\\S+$' }));
const numberField = fc
  .record({ t: title, i: fc.boolean(), b: bounds('minimum', 'maximum') })
  .map(({ t, i, b }) => ({ type: i ? ('integer' as const) : ('number' as const), title: t, ...b }));
const boolField = title.map((t) => ({ type: 'boolean' as const, title: t }));
const simple = fc.oneof(stringField, numberField, boolField);
const schema = fc
  .dictionary(name, simple, { minKeys: 1, maxKeys: 8 })
  .chain((properties) => fc.subarray(Object.keys(properties)).map((required): FormSchema => ({ type: 'object', properties, required })));

const rules = (f: FormSchema) => validateFormSchema(f).map((p) => `${p.rule} ${p.field}`);

describe('application form schema', () => {
  it('accepts every form built from sane fields', () => {
    fc.assert(
      fc.property(schema, (f) => {
        expect(validateFormSchema(f)).toEqual([]);
      }),
    );
  });

  it('refuses a required field that is not defined, wherever it is added', () => {
    fc.assert(
      fc.property(schema, name, (f, extra) => {
        fc.pre(!Object.hasOwn(f.properties, extra));
        expect(rules({ ...f, required: [...(f.required ?? []), extra] })).toEqual([`form_required_unknown /form/required`]);
      }),
    );
  });

  it('refuses swapped bounds, options of the wrong type and keywords of another type', () => {
    const f = (field: object): FormSchema => ({ type: 'object', properties: { x: field as never } });
    expect(rules(f({ type: 'string', title: 'x', minLength: 5, maxLength: 2 }))).toEqual(['form_bounds /form/properties/x']);
    expect(rules(f({ type: 'number', title: 'x', minimum: 5, maximum: 2 }))).toEqual(['form_bounds /form/properties/x']);
    expect(rules(f({ type: 'integer', title: 'x', enum: [1, 2.5] }))).toEqual(['form_enum_type /form/properties/x']);
    expect(rules(f({ type: 'string', title: 'x', enum: ['a', 'a'] }))).toEqual(['form_enum_type /form/properties/x']);
    expect(rules(f({ type: 'string', title: 'x', enum: ['a', 1] }))).toEqual(['form_enum_type /form/properties/x']);
    expect(rules(f({ type: 'number', title: 'x', maxLength: 3 }))).toEqual(['form_keyword_type /form/properties/x']);
    expect(rules(f({ type: 'string', title: 'x', minimum: 3 }))).toEqual(['form_keyword_type /form/properties/x']);
    expect(rules(f({ type: 'boolean', title: 'x', enum: ['yes'] }))).toEqual(['form_keyword_type /form/properties/x']);
    expect(rules(f({ type: 'string', title: 'x', pattern: '([a-z' }))).toEqual(['form_pattern /form/properties/x']);
  });

  it('checks the records of a list field like top-level fields', () => {
    const form: FormSchema = {
      type: 'object',
      properties: {
        members: {
          type: 'array',
          title: '家庭成员',
          minItems: 3,
          maxItems: 1,
          items: { type: 'object', properties: { age: { type: 'integer', title: '年龄', minimum: 200, maximum: 0 } }, required: ['name'] },
        },
      },
    };
    expect(rules(form)).toEqual([
      'form_bounds /form/properties/members',
      'form_required_unknown /form/properties/members/items/required',
      'form_bounds /form/properties/members/items/properties/age',
    ]);
  });
});
