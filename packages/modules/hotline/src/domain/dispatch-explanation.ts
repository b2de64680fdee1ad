/**
 * "Why did it go there" for dispatches a person decided (H2): who chose which unit, and what the
 * 权责清单 would have suggested, so a supervisor can see when people overrule the list and why.
 */
export type ManualDispatchAction = 'dispatch' | 'reassign' | 'approve_return';

export interface RuleSuggestion {
  unitId: string;
  unitName: string;
  ruleId?: string;
  why: string;
}

export interface ManualChoice {
  action: ManualDispatchAction;
  actorId: string | null;
  actorName: string | null;
  unitId: string;
  unitName: string;
  /** the unit the order leaves (改派, 退单改派) */
  fromUnitName?: string | null;
  suggested: RuleSuggestion | null;
}

export interface ManualExplanation {
  unitId: string;
  unitName: string;
  matchedOn: ['manual'];
  why: string;
  manual: {
    action: ManualDispatchAction;
    actorId: string | null;
    actorName: string | null;
    suggested: RuleSuggestion | null;
    followedSuggestion: boolean;
  };
}

export function explainManualDispatch(c: ManualChoice): ManualExplanation {
  const who = c.actorName ?? '工作人员';
  const from = c.fromUnitName ? `（原承办单位：${c.fromUnitName}）` : '';
  const head =
    c.action === 'dispatch'
      ? `${who} 人工派单至 ${c.unitName}`
      : c.action === 'reassign'
        ? `${who} 改派至 ${c.unitName}${from}`
        : `${who} 同意退单并改派至 ${c.unitName}${from}`;
  const followed = c.suggested !== null && c.suggested.unitId === c.unitId;
  const tail =
    c.suggested === null
      ? '；权责清单没有可用的建议'
      : followed
        ? `，与权责清单建议一致：${c.suggested.why}`
        : `；权责清单建议派至 ${c.suggested.unitName}：${c.suggested.why}`;
  return {
    unitId: c.unitId,
    unitName: c.unitName,
    matchedOn: ['manual'],
    why: head + tail,
    manual: { action: c.action, actorId: c.actorId, actorName: c.actorName, suggested: c.suggested, followedSuggestion: followed },
  };
}

/**
 * An order a person categorised (分诊 of a triage order, or a new category on 改派) and left to the
 * 权责清单 for the unit: the rule's reason, prefixed by the person's choice.
 */
export function explainCategoryRouting(actorName: string | null, categoryName: string, ruleWhy: string, triage: boolean): string {
  return `${actorName ?? '工作人员'} ${triage ? '分诊定类' : '改定类别为'}「${categoryName}」，${ruleWhy}`;
}
