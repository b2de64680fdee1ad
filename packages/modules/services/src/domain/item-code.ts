import type { ElementProblem, ItemKind, ItemType } from '@yiwang/contracts';
import { ITEM_TYPES } from '@yiwang/contracts';
import { problem } from './problems.js';

/**
 * 事项编码 is opaque to the API; each region says what a valid code looks like. The Guangdong rule
 * follows the structure of the provincial implementation lists: 基本编码 (2-letter type + 5-digit
 * 主项 + 3-digit 子项), the 6-digit county-level region of the implementing department, and for a
 * 业务办理项 a 2-digit variant number:  XK 00101 001 445200 [01].
 */
export interface ItemCodeContext {
  type: ItemType;
  /** the implementing department's 12-digit division */
  divisionCode: string;
  kind: ItemKind;
  /** a variant's parent code */
  parentCode?: string | null;
  /** a claimed item's source code */
  sourceCode?: string | null;
}

export interface ItemCodeRule {
  /** division-code prefix the rule governs ('' = everywhere) */
  region: string;
  label: { zh: string; en: string };
  example: string;
  check(code: string, ctx: ItemCodeContext): ElementProblem[];
  /** the code a lower division's claim of `sourceCode` gets */
  claimCode(sourceCode: string, divisionCode: string): string;
  /** the code of variant number `seq` (1–99) of `parentCode` */
  variantCode(parentCode: string, seq: number): string;
}

const FIELD = '/code';
const formatProblem = (r: ItemCodeRule) => [
  problem(FIELD, 'code_format', { region: r.label.zh, regionEn: r.label.en, example: r.example }),
];
const GD = new RegExp(`^(${ITEM_TYPES.join('|')})(\\d{5})(\\d{3})(\\d{6})(\\d{2})?$`);

export const GUANGDONG_CODE_RULE: ItemCodeRule = {
  region: '44',
  label: { zh: '广东省政务服务事项', en: 'Guangdong service item' },
  example: 'XK00101001445200',
  check(code, ctx) {
    const m = GD.exec(code);
    if (!m || m[2] === '00000' || m[5] === '00') return formatProblem(GUANGDONG_CODE_RULE);
    const [, type, , , region, variant] = m as unknown as [string, string, string, string, string, string | undefined];
    const out: ElementProblem[] = [];
    if (type !== ctx.type) out.push(problem(FIELD, 'code_type_mismatch', { got: type, want: ctx.type }));
    const want = ctx.divisionCode.slice(0, 6);
    if (region !== want) out.push(problem(FIELD, 'code_region_mismatch', { got: region, want }));
    if ((variant !== undefined) !== (ctx.kind === 'variant')) out.push(problem(FIELD, 'code_variant_suffix'));
    if (ctx.kind === 'variant' && variant !== undefined && ctx.parentCode && code.slice(0, -2) !== ctx.parentCode)
      out.push(problem(FIELD, 'code_parent_mismatch', { want: ctx.parentCode }));
    if (ctx.kind === 'claimed' && ctx.sourceCode && code.slice(0, 10) !== ctx.sourceCode.slice(0, 10))
      out.push(problem(FIELD, 'code_source_mismatch', { want: ctx.sourceCode.slice(0, 10) }));
    return out;
  },
  claimCode: (sourceCode, divisionCode) => `${sourceCode.slice(0, 10)}${divisionCode.slice(0, 6)}`,
  variantCode: (parentCode, seq) => `${parentCode}${String(seq).padStart(2, '0')}`,
};

const OPAQUE = /^[0-9A-Z]{4,62}$/;
/** Where no regional rule is configured: any opaque code; variants still extend their parent's. */
export const GENERIC_CODE_RULE: ItemCodeRule = {
  region: '',
  label: { zh: '通用', en: 'generic' },
  example: 'SX0001',
  check(code, ctx) {
    if (!OPAQUE.test(code)) return formatProblem(GENERIC_CODE_RULE);
    if (ctx.kind === 'variant' && ctx.parentCode && !(code.startsWith(ctx.parentCode) && code.length === ctx.parentCode.length + 2))
      return [problem(FIELD, 'code_parent_mismatch', { want: ctx.parentCode })];
    return [];
  },
  claimCode: (sourceCode, divisionCode) => `${sourceCode.slice(0, 50)}${divisionCode.slice(0, 6)}`,
  variantCode: (parentCode, seq) => `${parentCode}${String(seq).padStart(2, '0')}`,
};

export const DEFAULT_CODE_RULES: readonly ItemCodeRule[] = [GUANGDONG_CODE_RULE];

/** The rule of the most specific region covering the division, else the generic one. */
export function codeRuleFor(divisionCode: string, rules: readonly ItemCodeRule[] = DEFAULT_CODE_RULES): ItemCodeRule {
  let best: ItemCodeRule = GENERIC_CODE_RULE;
  for (const r of rules) if (divisionCode.startsWith(r.region) && r.region.length > best.region.length) best = r;
  return best;
}

export function validateItemCode(code: string, ctx: ItemCodeContext, rules?: readonly ItemCodeRule[]): ElementProblem[] {
  return codeRuleFor(ctx.divisionCode, rules).check(code, ctx);
}
