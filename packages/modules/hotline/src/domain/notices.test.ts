import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOTLINE_ACTIONS } from '@yiwang/contracts';
import { noticeTitle, NOTICE_TITLES, scopeCoversOrder, type OrderPlace, type StaffPlace } from './notices.js';

const RC_TOWN = '445202001000'; // 榕城区 榕华街道
const JX_TOWN = '445222001000'; // 揭西县 河婆街道
const order = (o: Partial<OrderPlace> = {}): OrderPlace => ({ unitId: 'cgj', coUnitIds: [], divisionCode: RC_TOWN, ...o });

describe('notice titles', () => {
  it('has a zh-CN and an English title for every action and for repeated reopening', () => {
    for (const topic of [...HOTLINE_ACTIONS, 'repeat_reopen']) {
      expect(noticeTitle(topic, 'zh-CN'), topic).toMatch(/[\u4e00-\u9fff]/);
      expect(noticeTitle(topic, 'en'), topic).toMatch(/^[A-Z][\x20-\x7e]+$/);
    }
    expect(Object.keys(NOTICE_TITLES).sort()).toEqual([...HOTLINE_ACTIONS, 'repeat_reopen'].sort());
    expect(noticeTitle('supervise', 'zh-CN')).toContain('督办');
  });

  it('never fails on a topic it does not know', () => {
    fc.assert(fc.property(fc.string(), (topic) => noticeTitle(topic, 'zh-CN').length > 0 && noticeTitle(topic, 'en').length > 0));
  });
});

describe('who may be told about an order', () => {
  it('tells city-wide staff about everything', () => {
    expect(scopeCoversOrder({ dataScope: 'all', departmentId: 'zsj', divisionCode: null }, order({ divisionCode: null }))).toBe(true);
  });

  it('tells division staff only about orders placed in their division and below', () => {
    const rc: StaffPlace = { dataScope: 'division', departmentId: 'rc-zsj', divisionCode: '445202000000' };
    expect(scopeCoversOrder(rc, order())).toBe(true);
    expect(scopeCoversOrder(rc, order({ divisionCode: JX_TOWN }))).toBe(false);
    expect(scopeCoversOrder(rc, order({ divisionCode: null }))).toBe(false);
  });

  it('tells unit staff only about orders their unit handles or co-handles', () => {
    const unit: StaffPlace = { dataScope: 'unit', departmentId: 'sjj', divisionCode: '445200000000' };
    expect(scopeCoversOrder(unit, order())).toBe(false);
    expect(scopeCoversOrder(unit, order({ unitId: 'sjj' }))).toBe(true);
    expect(scopeCoversOrder(unit, order({ coUnitIds: ['x', 'sjj'] }))).toBe(true);
    expect(scopeCoversOrder({ dataScope: 'unit', departmentId: null, divisionCode: null }, order())).toBe(false);
  });
});
