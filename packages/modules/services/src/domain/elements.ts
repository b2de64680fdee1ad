import type { ElementProblem, ItemElements, ItemType, Material } from '@yiwang/contracts';
import { validateFormSchema } from './form-schema.js';
import { problem } from './problems.js';

/** What an item's elements are checked against: the content plus the register of e-licence types. */
export interface ElementContext {
  type: ItemType;
  /** active e-licence type codes */
  eLicenceTypes: ReadonlySet<string>;
}

/** 行政许可法 Art. 42: a licence decision within 20 working days unless a law says otherwise. */
export const PERMIT_STATUTORY_LIMIT = 20;

const LABELS: Record<string, [string, string]> = {
  legalBasis: ['设定依据', 'legal basis'],
  conditions: ['受理条件', 'conditions'],
  targets: ['服务对象', 'service targets'],
  materials: ['申请材料', 'application materials'],
  process: ['办理流程', 'process steps'],
  'timeLimits/statutoryDays': ['法定办结时限', 'statutory time limit'],
  'timeLimits/promisedDays': ['承诺办结时限', 'promised time limit'],
  'timeLimits/kind': ['办件类型（即办件/承诺件）', 'immediate or promised'],
  fees: ['收费情况', 'fees'],
  places: ['办理地点和时间', 'places and hours'],
  onlineDepth: ['网上办理深度', 'online depth'],
  visits: ['到办事现场次数', 'number of visits'],
  tongban: ['通办范围', 'cross-area scope'],
  result: ['办件结果', 'result'],
  'contacts/consultation': ['咨询方式', 'consultation contact'],
  'contacts/complaint': ['监督投诉方式', 'complaint contact'],
  form: ['申请表单（网上办理深度三级及以上）', 'application form (online depth 3 and above)'],
};

const missing = (key: string) => problem(`/${key}`, 'missing_element', { zh: LABELS[key]![0], en: LABELS[key]![1] });
const empty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);

function missingElements(c: ItemElements): ElementProblem[] {
  const out: ElementProblem[] = [];
  for (const key of [
    'legalBasis',
    'conditions',
    'targets',
    'materials',
    'process',
    'fees',
    'places',
    'onlineDepth',
    'visits',
    'tongban',
    'result',
  ] as const)
    if (empty(c[key])) out.push(missing(key));
  for (const key of ['statutoryDays', 'promisedDays', 'kind'] as const)
    if (c.timeLimits?.[key] === undefined) out.push(missing(`timeLimits/${key}`));
  for (const key of ['consultation', 'complaint'] as const) if (!c.contacts?.[key]) out.push(missing(`contacts/${key}`));
  if ((c.onlineDepth ?? 0) >= 3 && !c.form) out.push(missing('form'));
  return out;
}

function timeLimitProblems(c: ItemElements, type: ItemType): ElementProblem[] {
  const out: ElementProblem[] = [];
  const t = c.timeLimits;
  if (!t) return out;
  const { statutoryDays: statutory, promisedDays: promised, kind } = t;
  if (statutory !== undefined && promised !== undefined && promised > statutory)
    out.push(problem('/timeLimits/promisedDays', 'promised_exceeds_statutory', { promised, statutory }));
  if (kind === 'immediate' && promised !== undefined && promised > 0) out.push(problem('/timeLimits/promisedDays', 'immediate_with_days'));
  if (kind === 'promised' && promised === 0) out.push(problem('/timeLimits/promisedDays', 'promised_without_days'));
  if (type === 'XK' && statutory !== undefined && statutory > PERMIT_STATUTORY_LIMIT)
    out.push(problem('/timeLimits/statutoryDays', 'permit_statutory_over_limit', { statutory }));
  const sum = (c.process ?? []).reduce((s, step) => s + (step.days ?? 0), 0);
  if (promised !== undefined && promised > 0 && sum > promised)
    out.push(problem('/process', 'process_days_exceed_promise', { sum, promised }));
  return out;
}

const countsFit = (m: Material) =>
  m.form === 'original' ? m.originals > 0 : m.form === 'copy' ? m.copies > 0 : m.originals > 0 && m.copies > 0;

function materialProblems(c: ItemElements, ctx: ElementContext): ElementProblem[] {
  const out: ElementProblem[] = [];
  const seen = new Set<string>();
  (c.materials ?? []).forEach((m, i) => {
    const at = `/materials/${i}`;
    if (seen.has(m.key)) out.push(problem(`${at}/key`, 'duplicate_material_key', { key: m.key }));
    seen.add(m.key);
    if (!m.source) out.push(problem(`${at}/source`, 'material_without_source', { name: m.name }));
    // an electronic-only material has no paper to count
    if (m.medium !== 'electronic' && !countsFit(m)) out.push(problem(at, 'material_count_mismatch', { name: m.name }));
    if (m.eLicenceType && !ctx.eLicenceTypes.has(m.eLicenceType))
      out.push(problem(`${at}/eLicenceType`, 'unknown_e_licence', { code: m.eLicenceType }));
    if (c.onlineDepth === 4 && m.medium === 'paper' && m.necessity === 'required' && !m.eLicenceType)
      out.push(problem(at, 'full_online_paper_material', { name: m.name }));
  });
  const r = c.result?.eLicenceType;
  if (r && !ctx.eLicenceTypes.has(r)) out.push(problem('/result/eLicenceType', 'unknown_e_licence', { code: r }));
  return out;
}

function onlineProblems(c: ItemElements): ElementProblem[] {
  const out: ElementProblem[] = [];
  if (c.onlineDepth === 4 && c.visits !== undefined && c.visits > 0)
    out.push(problem('/visits', 'full_online_with_visits', { visits: c.visits }));
  if (c.visits === 0 && c.onlineDepth !== undefined && c.onlineDepth <= 2)
    out.push(problem('/visits', 'zero_visits_not_online', { depth: c.onlineDepth }));
  if (c.fees?.charged && empty(c.fees.items)) out.push(problem('/fees/items', 'fee_items_missing'));
  return out;
}

/**
 * Every problem of an item's elements: missing required elements, contradictions between them
 * (承诺 > 法定, 即办 with days, 四级 with visits), bad references and form-schema faults. Errors
 * refuse publishing; `blocksDraft` picks the ones that refuse even a draft.
 */
export function checkElements(c: ItemElements, ctx: ElementContext): ElementProblem[] {
  return [
    ...missingElements(c),
    ...timeLimitProblems(c, ctx.type),
    ...materialProblems(c, ctx),
    ...onlineProblems(c),
    ...(c.form ? validateFormSchema(c.form) : []),
  ];
}
