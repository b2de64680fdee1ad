import type { ElementProblem, FormSchema } from '@yiwang/contracts';
import { problem } from './problems.js';

type Field = Record<string, unknown> & { type?: unknown };

const STRING_ONLY = ['minLength', 'maxLength', 'pattern', 'format'] as const;
const NUMBER_ONLY = ['minimum', 'maximum'] as const;

function validPattern(p: string): boolean {
  try {
    new RegExp(p, 'u');
    return true;
  } catch {
    return false;
  }
}

function checkBounds(f: Field, lo: string, hi: string): boolean {
  const a = f[lo];
  const b = f[hi];
  return typeof a !== 'number' || typeof b !== 'number' || a <= b;
}

/** The rules a shape check cannot express: keywords that fit the type, bounds in order, options of the right type. */
function checkField(name: string, f: Field, path: string, out: ElementProblem[]) {
  const numeric = f.type === 'number' || f.type === 'integer';
  const str = f.type === 'string';
  for (const k of STRING_ONLY) if (f[k] !== undefined && !str) out.push(problem(path, 'form_keyword_type', { name, keyword: k }));
  for (const k of NUMBER_ONLY) if (f[k] !== undefined && !numeric) out.push(problem(path, 'form_keyword_type', { name, keyword: k }));
  if (f.enum !== undefined && f.type === 'boolean') out.push(problem(path, 'form_keyword_type', { name, keyword: 'enum' }));
  if (!checkBounds(f, 'minLength', 'maxLength') || !checkBounds(f, 'minimum', 'maximum') || !checkBounds(f, 'minItems', 'maxItems'))
    out.push(problem(path, 'form_bounds', { name }));
  if (typeof f.pattern === 'string' && !validPattern(f.pattern)) out.push(problem(path, 'form_pattern', { name }));
  if (Array.isArray(f.enum)) {
    const fits = (v: unknown) =>
      str
        ? typeof v === 'string'
        : f.type === 'integer'
          ? Number.isInteger(v)
          : numeric
            ? typeof v === 'number' && Number.isFinite(v)
            : false;
    const distinct = new Set(f.enum.map((v) => JSON.stringify(v))).size === f.enum.length;
    if (f.type !== 'boolean' && (!f.enum.every(fits) || !distinct)) out.push(problem(path, 'form_enum_type', { name }));
  }
}

function checkRequired(required: unknown, properties: Record<string, unknown>, path: string, out: ElementProblem[]) {
  if (!Array.isArray(required)) return;
  for (const r of required)
    if (typeof r !== 'string' || !Object.hasOwn(properties, r))
      out.push(problem(`${path}/required`, 'form_required_unknown', { name: String(r) }));
}

/**
 * Semantic checks of an application form declared as JSON Schema (its shape is checked at the edge
 * by the contracts' FormSchema): what a renderer and a validator would otherwise choke on.
 */
export function validateFormSchema(form: FormSchema): ElementProblem[] {
  const out: ElementProblem[] = [];
  const props = form.properties as Record<string, Field>;
  checkRequired(form.required, props, '/form', out);
  for (const [name, f] of Object.entries(props)) {
    const path = `/form/properties/${name}`;
    checkField(name, f, path, out);
    if (f.type === 'array') {
      const items = f.items as { properties: Record<string, Field>; required?: unknown };
      checkRequired(items.required, items.properties, `${path}/items`, out);
      for (const [sub, g] of Object.entries(items.properties)) checkField(`${name}.${sub}`, g, `${path}/items/properties/${sub}`, out);
    }
  }
  return out;
}
