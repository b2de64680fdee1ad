import type { ElementProblem } from '@yiwang/contracts';

/**
 * Every rule the catalog applies to an item, with its severity and texts. `always` rules refuse a
 * draft save (a value that can never be right); `publish` rules refuse submit and publish (the
 * item as a whole is incomplete or contradicts itself); warnings never refuse, the quality report
 * lists them.
 */
export type RuleCode =
  | 'missing_element'
  | 'promised_exceeds_statutory'
  | 'immediate_with_days'
  | 'promised_without_days'
  | 'permit_statutory_over_limit'
  | 'process_days_exceed_promise'
  | 'material_without_source'
  | 'material_count_mismatch'
  | 'duplicate_material_key'
  | 'unknown_e_licence'
  | 'full_online_with_visits'
  | 'full_online_paper_material'
  | 'zero_visits_not_online'
  | 'fee_items_missing'
  | 'form_required_unknown'
  | 'form_bounds'
  | 'form_enum_type'
  | 'form_keyword_type'
  | 'form_pattern'
  | 'stale'
  | 'code_format'
  | 'code_type_mismatch'
  | 'code_region_mismatch'
  | 'code_variant_suffix'
  | 'code_parent_mismatch'
  | 'code_source_mismatch';

interface RuleText {
  severity: 'error' | 'warning';
  when: 'always' | 'publish';
  zh: (p: Record<string, string>) => string;
  en: (p: Record<string, string>) => string;
}

const rule = (severity: RuleText['severity'], when: RuleText['when'], zh: RuleText['zh'], en: RuleText['en']): RuleText => ({
  severity,
  when,
  zh,
  en,
});

export const RULES: Readonly<Record<RuleCode, RuleText>> = {
  missing_element: rule(
    'error',
    'publish',
    (p) => `缺少必填要素：${p.zh}`,
    (p) => `Missing required element: ${p.en}`,
  ),
  promised_exceeds_statutory: rule(
    'error',
    'publish',
    (p) => `承诺办结时限（${p.promised} 个工作日）超过法定办结时限（${p.statutory} 个工作日）`,
    (p) => `The promised limit (${p.promised} working days) exceeds the statutory limit (${p.statutory})`,
  ),
  immediate_with_days: rule(
    'error',
    'publish',
    () => '即办件的承诺办结时限应为 0 个工作日',
    () => 'An immediate item must promise 0 working days',
  ),
  promised_without_days: rule(
    'error',
    'publish',
    () => '承诺件的承诺办结时限至少 1 个工作日，当场办结的请标为即办件',
    () => 'A promised item needs at least 1 working day; mark same-day items as immediate',
  ),
  permit_statutory_over_limit: rule(
    'warning',
    'publish',
    (p) => `行政许可法定时限 ${p.statutory} 个工作日超过《行政许可法》第四十二条的二十个工作日，请核对设定依据是否另有规定`,
    (p) => `A statutory limit of ${p.statutory} working days exceeds the 20 of Administrative Licensing Law Art. 42; check the legal basis`,
  ),
  process_days_exceed_promise: rule(
    'warning',
    'publish',
    (p) => `各环节时限合计 ${p.sum} 个工作日，超过承诺办结时限 ${p.promised} 个工作日`,
    (p) => `The process steps add up to ${p.sum} working days, more than the promised ${p.promised}`,
  ),
  material_without_source: rule(
    'warning',
    'publish',
    (p) => `材料“${p.name}”未注明来源渠道`,
    (p) => `Material “${p.name}” has no source`,
  ),
  material_count_mismatch: rule(
    'error',
    'always',
    (p) => `材料“${p.name}”的原件/复印件份数与提交形式不符`,
    (p) => `Material “${p.name}”: the numbers of originals and copies do not match its form`,
  ),
  duplicate_material_key: rule(
    'error',
    'always',
    (p) => `材料标识“${p.key}”重复`,
    (p) => `Material key “${p.key}” is used twice`,
  ),
  unknown_e_licence: rule(
    'error',
    'always',
    (p) => `电子证照类型“${p.code}”不存在或已停用`,
    (p) => `E-licence type “${p.code}” is unknown or retired`,
  ),
  full_online_with_visits: rule(
    'error',
    'publish',
    (p) => `网上办理深度为四级（全程网办），到现场次数应为 0，现为 ${p.visits} 次`,
    (p) => `Online depth 4 (fully online) means zero visits, not ${p.visits}`,
  ),
  full_online_paper_material: rule(
    'warning',
    'publish',
    (p) => `全程网办事项要求只收纸质的必要材料“${p.name}”`,
    (p) => `A fully online item requires the paper-only material “${p.name}”`,
  ),
  zero_visits_not_online: rule(
    'error',
    'publish',
    (p) => `网上办理深度为${p.depth}级时无法“零跑动”：至少需到现场 1 次`,
    (p) => `With online depth ${p.depth} the applicant must visit at least once`,
  ),
  fee_items_missing: rule(
    'error',
    'publish',
    () => '收费事项须列明收费项目和标准',
    () => 'A charged item must list its fees and standards',
  ),
  form_required_unknown: rule(
    'error',
    'always',
    (p) => `申请表单的必填字段“${p.name}”未定义`,
    (p) => `Required form field “${p.name}” is not defined`,
  ),
  form_bounds: rule(
    'error',
    'always',
    (p) => `申请表单字段“${p.name}”的下限大于上限`,
    (p) => `Form field “${p.name}” has a lower bound above its upper bound`,
  ),
  form_enum_type: rule(
    'error',
    'always',
    (p) => `申请表单字段“${p.name}”的可选值与字段类型不符或重复`,
    (p) => `Form field “${p.name}” has options that do not fit its type or repeat`,
  ),
  form_keyword_type: rule(
    'error',
    'always',
    (p) => `申请表单字段“${p.name}”使用了与其类型不符的约束“${p.keyword}”`,
    (p) => `Form field “${p.name}” uses “${p.keyword}”, which does not apply to its type`,
  ),
  form_pattern: rule(
    'error',
    'always',
    (p) => `申请表单字段“${p.name}”的格式规则不是合法的正则表达式`,
    (p) => `Form field “${p.name}” has a pattern that is not a valid regular expression`,
  ),
  stale: rule(
    'warning',
    'publish',
    (p) => (p.since ? `办事指南自 ${p.since} 起超过 ${p.months} 个月未复核` : `办事指南从未复核`),
    (p) => (p.since ? `The guide has not been reviewed for over ${p.months} months (since ${p.since})` : 'The guide was never reviewed'),
  ),
  code_format: rule(
    'error',
    'always',
    (p) => `事项编码不符合${p.region}编码规则（示例：${p.example}）`,
    (p) => `The item code does not follow the ${p.regionEn} rule (e.g. ${p.example})`,
  ),
  code_type_mismatch: rule(
    'error',
    'always',
    (p) => `事项编码的类型码“${p.got}”与事项类型“${p.want}”不一致`,
    (p) => `The code’s type segment “${p.got}” does not match the item type “${p.want}”`,
  ),
  code_region_mismatch: rule(
    'error',
    'always',
    (p) => `事项编码的区划段“${p.got}”与实施部门所在区划“${p.want}”不一致`,
    (p) => `The code’s region segment “${p.got}” does not match the department’s division “${p.want}”`,
  ),
  code_variant_suffix: rule(
    'error',
    'always',
    () => '只有业务办理项的编码带两位办理项序号',
    () => 'Only a situational variant’s code carries the two-digit variant number',
  ),
  code_parent_mismatch: rule(
    'error',
    'always',
    (p) => `业务办理项编码应以上级事项编码“${p.want}”开头`,
    (p) => `A variant’s code must start with its parent’s code “${p.want}”`,
  ),
  code_source_mismatch: rule(
    'error',
    'always',
    (p) => `认领事项的基本编码应与被认领事项一致（${p.want}）`,
    (p) => `A claimed item keeps the basic code of the item it claims (${p.want})`,
  ),
};

/** One problem with its texts, ready for the API. */
export function problem(field: string, code: RuleCode, params: Record<string, string | number> = {}): ElementProblem {
  const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const r = RULES[code];
  return { field, rule: code, severity: r.severity, zh: r.zh(p), en: r.en(p) };
}

export const isBlocking = (p: ElementProblem) => p.severity === 'error';
/** The problems that refuse saving a draft. */
export const blocksDraft = (p: ElementProblem) => p.severity === 'error' && RULES[p.rule as RuleCode]?.when === 'always';
