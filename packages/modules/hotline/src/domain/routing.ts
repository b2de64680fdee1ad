import { divisionPrefix, isValidDivisionCode } from '@yiwang/platform';

/**
 * Auto-dispatch through the 权责清单 (H2): category × division (× keywords) → handling unit, then
 * the 属地 street office, then a default. Every answer carries a zh-CN "why" for the dispatch log.
 */
export interface RoutingRule {
  id: string;
  /** Category tree code, matched by whole segments: 'urban' covers 'urban.vendors', not 'urbanism'; '' covers all. */
  categoryPrefix: string;
  /** 12-digit division code of the area covered (its significant prefix is compared); null = everywhere. */
  divisionCode: string | null;
  /** When given, at least one must occur in the text, so a narrow rule cannot swallow a whole category. */
  keywords?: readonly string[];
  unitId: string;
  /** Last tie-breaker between equally specific rules: the higher number wins. */
  priority: number;
}

export interface RoutableOrder {
  categoryCode: string | null;
  divisionCode: string | null;
  text: string;
}

export interface RoutingFallback {
  defaultUnitId: string;
  /** 属地: 12-digit division code of a town/street (or county) → its office's unit; the deepest match wins. */
  territorial: Readonly<Record<string, string>>;
}

export type MatchedOn = 'category' | 'division' | 'keywords' | 'priority' | 'territorial' | 'default';

export interface RouteExplanation {
  ruleId?: string;
  matchedOn: MatchedOn[];
  keywords?: string[];
  why: string;
}

export interface RouteResult {
  unitId: string;
  explanation: RouteExplanation;
}

const CATEGORY_CODE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** Problems with a rule as the admin page should show them; empty when the rule is usable. */
export function validateRoutingRule(rule: RoutingRule): string[] {
  const problems: string[] = [];
  if (rule.id.trim() === '') problems.push('规则编号不能为空');
  if (rule.categoryPrefix !== '' && !CATEGORY_CODE.test(rule.categoryPrefix)) problems.push(`类别编码格式错误：${rule.categoryPrefix}`);
  if (rule.divisionCode !== null && !isValidDivisionCode(rule.divisionCode)) problems.push(`行政区划代码无效：${rule.divisionCode}`);
  if (rule.unitId.trim() === '') problems.push('承办单位不能为空');
  if (!Number.isInteger(rule.priority)) problems.push('优先级须为整数');
  if (rule.keywords?.some((k) => k.trim() === '')) problems.push('关键词不能为空白');
  return problems;
}

function categoryDepth(prefix: string, code: string | null): number | null {
  if (prefix === '') return 0;
  if (code === null || !(code === prefix || code.startsWith(`${prefix}.`))) return null;
  return prefix.split('.').length;
}

function areaPrefix(code: string, what: string): string {
  const prefix = divisionPrefix(code);
  if (prefix === null) throw new RangeError(`${what}: invalid division code ${JSON.stringify(code)}`);
  return prefix;
}

interface Candidate {
  rule: RoutingRule;
  key: [number, number, number, number];
  divisionPrefix: string | null;
  hits: string[];
}

function match(rule: RoutingRule, order: RoutableOrder, text: string): Candidate | null {
  const depth = categoryDepth(rule.categoryPrefix, order.categoryCode);
  if (depth === null) return null;
  let prefix: string | null = null;
  if (rule.divisionCode !== null) {
    prefix = areaPrefix(rule.divisionCode, `rule ${rule.id}`);
    if (order.divisionCode === null || !order.divisionCode.startsWith(prefix)) return null;
  }
  const keywords = [...new Set((rule.keywords ?? []).map((k) => k.trim()).filter((k) => k !== ''))];
  const hits = keywords.filter((k) => text.includes(k.toLowerCase()));
  if (keywords.length > 0 && hits.length === 0) return null;
  return { rule, key: [depth, prefix?.length ?? 0, hits.length, rule.priority], divisionPrefix: prefix, hits };
}

/** Lexicographic on (category depth, division prefix length, keyword hits, priority); then rule id for stability. */
function compare(a: Candidate, b: Candidate): number {
  for (let i = 0; i < a.key.length; i++) {
    const d = (b.key[i] ?? 0) - (a.key[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0;
}

function explainRule(best: Candidate, runnerUp: Candidate | undefined): RouteExplanation {
  const { rule, hits } = best;
  const matchedOn: MatchedOn[] = [];
  const parts: string[] = [];
  if (rule.categoryPrefix !== '') {
    matchedOn.push('category');
    parts.push(`类别属于「${rule.categoryPrefix}」`);
  }
  if (best.divisionPrefix !== null) {
    matchedOn.push('division');
    parts.push(`区划在 ${rule.divisionCode} 范围内`);
  }
  if (hits.length > 0) {
    matchedOn.push('keywords');
    parts.push(`命中关键词「${hits.join('、')}」`);
  }
  const byPriority = runnerUp !== undefined && runnerUp.key.slice(0, 3).every((v, i) => v === best.key[i]);
  if (byPriority) matchedOn.push('priority');
  const conditions = parts.length > 0 ? parts.join('，') : '通用规则';
  const tie = byPriority ? `；与规则 ${runnerUp.rule.id} 同样具体，按优先级 ${rule.priority} 选定` : '';
  return {
    ruleId: rule.id,
    matchedOn,
    ...(hits.length > 0 ? { keywords: hits } : {}),
    why: `按权责清单规则 ${rule.id}（${conditions}）派至 ${rule.unitId}${tie}`,
  };
}

function territorialUnit(divisionCode: string | null, fallback: RoutingFallback): { code: string; unitId: string } | null {
  if (divisionCode === null || !isValidDivisionCode(divisionCode)) return null;
  let best: { code: string; unitId: string; length: number } | null = null;
  for (const [code, unitId] of Object.entries(fallback.territorial)) {
    const prefix = areaPrefix(code, '属地 fallback');
    if (divisionCode.startsWith(prefix) && (best === null || prefix.length > best.length)) {
      best = { code, unitId, length: prefix.length };
    }
  }
  return best;
}

/**
 * The most specific matching rule wins: deeper category prefix, then longer division prefix, then
 * more keyword hits, then higher priority. Category first because the list is organised by duty
 * (权责): a county rule for "urban" must not take a vendor complaint a city-wide vendor rule owns.
 */
export function route(order: RoutableOrder, rules: readonly RoutingRule[], fallback: RoutingFallback): RouteResult {
  const text = order.text.toLowerCase();
  const candidates = rules.flatMap((r) => match(r, order, text) ?? []).sort(compare);
  const [best, runnerUp] = candidates;
  if (best !== undefined) return { unitId: best.rule.unitId, explanation: explainRule(best, runnerUp) };

  const local = territorialUnit(order.divisionCode, fallback);
  if (local !== null) {
    return {
      unitId: local.unitId,
      explanation: { matchedOn: ['territorial'], why: `权责清单无匹配规则，按属地原则派至区划 ${local.code} 的属地单位 ${local.unitId}` },
    };
  }
  return {
    unitId: fallback.defaultUnitId,
    explanation: { matchedOn: ['default'], why: `权责清单无匹配规则且无属地单位，派至默认单位 ${fallback.defaultUnitId}` },
  };
}
