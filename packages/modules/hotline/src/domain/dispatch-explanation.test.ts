import { describe, expect, it } from 'vitest';
import { explainCategoryRouting, explainManualDispatch } from './dispatch-explanation.js';

const suggested = { unitId: 'u-cgj', unitName: '市城管局', ruleId: 'r1', why: '按权责清单规则 r1（类别属于「urban」）派至 市城管局' };

describe('manual dispatch explanations', () => {
  it('says who chose the unit and that it follows the responsibility list', () => {
    const e = explainManualDispatch({
      action: 'dispatch',
      actorId: 'a1',
      actorName: '李话务',
      unitId: 'u-cgj',
      unitName: '市城管局',
      suggested,
    });
    expect(e.matchedOn).toEqual(['manual']);
    expect(e.why).toBe(`李话务 人工派单至 市城管局，与权责清单建议一致：${suggested.why}`);
    expect(e.manual).toEqual({ action: 'dispatch', actorId: 'a1', actorName: '李话务', suggested, followedSuggestion: true });
  });

  it('names the list’s different suggestion when a person overrules it, and the unit the order leaves', () => {
    const e = explainManualDispatch({
      action: 'reassign',
      actorId: 'a1',
      actorName: '王督办',
      unitId: 'u-hp',
      unitName: '河婆街道办事处',
      fromUnitName: '市城管局',
      suggested,
    });
    expect(e.why).toBe(`王督办 改派至 河婆街道办事处（原承办单位：市城管局）；权责清单建议派至 市城管局：${suggested.why}`);
    expect(e.manual.followedSuggestion).toBe(false);
    const back = explainManualDispatch({
      ...e.manual,
      action: 'approve_return',
      unitId: 'u-hp',
      unitName: '河婆街道办事处',
      suggested: null,
    });
    expect(back.why).toBe('王督办 同意退单并改派至 河婆街道办事处；权责清单没有可用的建议');
    expect(back.manual.followedSuggestion).toBe(false);
  });

  it('prefixes a routing by the list with the category a person chose', () => {
    expect(explainCategoryRouting(null, '占道经营', suggested.why, true)).toBe(`工作人员 分诊定类「占道经营」，${suggested.why}`);
    expect(explainCategoryRouting('吴督办', '食品安全', suggested.why, false)).toBe(`吴督办 改定类别为「食品安全」，${suggested.why}`);
  });
});
