import { ELEMENT_GROUPS, type ItemDetail, type ItemElements, type UpdateItemBody } from '@yiwang/contracts';

/** The editor's form: the element groups as the API has them, the name, and the form schema as JSON text. */
export type EditorValues = Omit<ItemElements, 'form'> & { name?: string; formJson?: string };

export function toEditorValues(item: ItemDetail): EditorValues {
  const { form, ...rest } = item.content;
  return { ...rest, name: item.name, formJson: form ? JSON.stringify(form, null, 2) : '' };
}

/**
 * What a form value means to the API: blank optional inputs and untouched nested groups are
 * absent, not empty strings or empty objects (which the API would rightly refuse).
 */
function prune(v: unknown): unknown {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return undefined;
  if (Array.isArray(v)) return v.length ? v.map((x) => prune(x) ?? null) : undefined;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => [k, prune(x)] as const)
      .filter(([, x]) => x !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return v;
}
const clean = (v: unknown): unknown => prune(v) ?? null;

/**
 * Only the groups the user changed: a variant's draft keeps just its overrides, and the audit
 * record names what was edited. Throws SyntaxError when the form JSON does not parse.
 */
export function changedGroups(item: ItemDetail, values: EditorValues): UpdateItemBody {
  const before = toEditorValues(item);
  const body: UpdateItemBody = { version: item.version };
  for (const g of ELEMENT_GROUPS) {
    if (g === 'form') continue;
    const now = clean(values[g]);
    const was = clean(before[g]);
    if (JSON.stringify(now) === JSON.stringify(was)) continue;
    // a list emptied by the user is sent as an empty list; other groups cannot be unset here
    const value = now ?? (Array.isArray(was) ? [] : null);
    if (value !== null) (body as Record<string, unknown>)[g] = value;
  }
  if (body.fees && body.fees.charged === undefined) body.fees = { ...body.fees, charged: false };
  if ((values.formJson ?? '') !== (before.formJson ?? '') && values.formJson?.trim()) body.form = JSON.parse(values.formJson);
  if (item.kind !== 'variant' && values.name !== undefined && values.name.trim() !== item.name) body.name = values.name.trim();
  return body;
}
