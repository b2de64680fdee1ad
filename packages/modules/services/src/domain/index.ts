// Pure catalog domain of 一网通办 (issue 3, S1): no I/O, safe to use from any use-case.
export { blocksDraft, isBlocking, problem, RULES, type RuleCode } from './problems.js';
export {
  codeRuleFor,
  DEFAULT_CODE_RULES,
  GENERIC_CODE_RULE,
  GUANGDONG_CODE_RULE,
  validateItemCode,
  type ItemCodeContext,
  type ItemCodeRule,
} from './item-code.js';
export { validateFormSchema } from './form-schema.js';
export { checkElements, PERMIT_STATUTORY_LIMIT, type ElementContext } from './elements.js';
export {
  availableItemActions,
  canEditContent,
  isEditAction,
  ITEM_TRANSITIONS,
  itemTransition,
  type ItemTransition,
  type LifecycleFacts,
} from './lifecycle.js';
export { elementsOf, resolveVariant, variantName } from './variants.js';
export { canClaimInto, itemLevel, type ItemLevel } from './levels.js';
export {
  isStale,
  monthsBefore,
  qualityFindings,
  qualityReport,
  type QualityContext,
  type QualitySubject,
  type QualitySummary,
} from './quality.js';
