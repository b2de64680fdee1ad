import type { WorkCalendar } from '@yiwang/platform';
import { DEFAULT_SLA_POLICY, workingMsBetween, type OrderType, type Satisfaction, type SlaPolicy } from '../domain/index.js';
import { chance, exponential, intBetween, pick, weighted, type Rng } from './random.js';
import type { OrderSim, Who } from './sim.js';

/**
 * The story of one order after registration, in working time: 签收, sometimes 退单/改派/协办/延期/挂起,
 * 答复, 审核, 回访, 办结 — and the unhappy paths (late replies, 重办, a supervisor's 重启, units that
 * never answer). Rates are those of a busy city hotline; the state machine judges every step.
 */
export interface Story {
  sim: OrderSim;
  rng: Rng;
  cal: WorkCalendar;
  type: OrderType;
  policy: SlaPolicy;
  /** the unit the 权责清单 chose */
  unitId: string;
  /** another plausible unit: the 属地 street office or another department */
  otherUnitId: string;
  reply: () => string;
}

const AGENT: Who = { role: 'hotline_agent' };
const SUPERVISOR: Who = { role: 'supervisor' };
const unit = (unitId: string): Who => ({ role: 'handling_unit', unitId });
const HOURS = DEFAULT_SLA_POLICY.workingHours;
const DAY_H = 9;

const RETURN_REASONS = [
  '该事项不属于本单位职责范围，建议转属地镇街处理',
  '经核实，该地址不在本单位辖区',
  '诉求涉及多个部门，需由牵头单位主办',
];
const REJECT_RETURN = ['根据权责清单，该事项属于你单位职责，请按时办理', '退单理由不充分，请先行核实处理'];
const REASSIGN = ['派单有误，改派属地单位办理', '经研判该诉求由属地镇街处理更为合适'];
const EXTENSION = ['需要现场勘查并协调多个部门', '涉及历史遗留问题，需进一步调查取证', '需等待检测结果'];
const REJECT_EXTENSION = ['延期理由不充分，请按原时限办结'];
const SUSPEND = ['诉求人暂时无法联系，待其补充材料', '案件已进入司法程序，等待判决结果'];
const SEND_BACK = ['答复未针对诉求人的具体问题，请补充处理情况', '答复内容过于简单，请说明处理结果'];
const UNSATISFIED = ['问题仍然没有解决', '处理结果与实际情况不符', '只是口头答应，没有实际行动'];
const UNREACHABLE = ['回访三次均未接通，按规定办结', '诉求人拒绝回访，按规定办结'];
const REOPEN = ['市民再次反映同一问题，督查发现问题反弹', '专项督查抽查发现办理不实'];

const work = (s: Story, from: Date, hours: number) => s.cal.addWorkingHours(from, Math.max(0.05, hours), HOURS);

/** When the unit answers: usually well inside the time limit, sometimes days late, sometimes never. */
function replyTime(s: Story, from: Date): Date | null {
  const fate = weighted(s.rng, { onTime: 0.92, late: 0.07, never: 0.01 });
  if (fate === 'never') return null;
  const due = s.sim.order.sla?.dueAt;
  if (!due) return work(s, from, DAY_H * (1 + 4 * s.rng()));
  if (fate === 'late') return work(s, due < from ? from : due, DAY_H * (0.3 + 5 * s.rng()));
  const span = workingMsBetween(s.cal, from, due, HOURS) / 3_600_000;
  return work(s, from, span * (0.08 + 0.84 * s.rng()));
}

/** 签收 through 答复 by the unit holding the order, with the detours units and the hotline take. */
function handle(s: Story, holder: string, dispatchedAt: Date): { unitId: string; repliedAt: Date } | null {
  const { sim, rng } = s;
  let unitId = holder;
  let t = dispatchedAt;
  // a detour needs somewhere else to go: the unit already holding it cannot be the other one
  const detour = unitId === s.otherUnitId ? 'none' : weighted(rng, { none: 0.925, return: 0.06, reassign: 0.015 });
  if (detour === 'return') {
    t = work(s, t, exponential(rng, 3));
    if (!sim.act({ type: 'return', reason: pick(rng, RETURN_REASONS) }, unit(unitId), t)) return null;
    t = work(s, t, exponential(rng, 2));
    if (chance(rng, 0.7)) {
      if (!sim.act({ type: 'approve_return', unitId: s.otherUnitId }, AGENT, t)) return null;
      unitId = s.otherUnitId;
    } else if (!sim.act({ type: 'reject_return', reason: pick(rng, REJECT_RETURN) }, AGENT, t)) return null;
  } else if (detour === 'reassign') {
    t = work(s, t, 0.5 + 2 * rng());
    if (!sim.act({ type: 'reassign', unitId: s.otherUnitId, reason: pick(rng, REASSIGN) }, AGENT, t)) return null;
    unitId = s.otherUnitId;
  }
  const co = unitId !== s.otherUnitId && chance(rng, 0.04) ? s.otherUnitId : null;
  if (co && !sim.act({ type: 'add_co_handler', unitId: co, note: '涉及属地管理，请协办' }, AGENT, work(s, t, 0.5 + rng()))) return null;
  t = work(s, sim.last, 0.1 + exponential(rng, 3));
  if (!sim.act({ type: 'sign' }, unit(unitId), t)) return null;
  let coRepliedAt = t;
  if (co) {
    if (!sim.act({ type: 'sign' }, unit(co), work(s, t, exponential(rng, 4)))) return null;
    coRepliedAt = work(s, sim.last, DAY_H * (0.5 + 2 * rng()));
  }
  if (chance(rng, 0.008)) {
    if (!sim.act({ type: 'suspend', reason: pick(rng, SUSPEND) }, AGENT, work(s, t, 4 + 20 * rng()))) return null;
    if (!sim.act({ type: 'resume', note: '诉求人已补充材料，恢复办理' }, AGENT, work(s, sim.last, DAY_H * intBetween(rng, 3, 15))))
      return null;
  }
  // 延期 only while the policy still allows one: granted extensions count across 重办 rounds
  const mayExtend = sim.order.sla !== null && sim.order.extensionsGranted < s.policy.maxExtensions && s.policy.maxExtensionDays >= 1;
  if (mayExtend && s.type !== 'consultation' && chance(rng, 0.04)) {
    const days = Math.min(intBetween(rng, 3, 10), s.policy.maxExtensionDays);
    const asked = work(s, sim.last, DAY_H * (1 + 3 * rng()));
    if (!sim.act({ type: 'request_extension', days, reason: pick(rng, EXTENSION) }, unit(unitId), asked)) return null;
    const decided = work(s, asked, exponential(rng, 3));
    const approve = chance(rng, 0.75);
    const decision = approve
      ? ({ type: 'approve_extension' } as const)
      : ({ type: 'reject_extension', reason: pick(rng, REJECT_EXTENSION) } as const);
    if (!sim.act(decision, AGENT, decided)) return null;
  }
  if (co && !sim.act({ type: 'reply', content: `协办意见：${s.reply()}` }, unit(co), coRepliedAt)) return null;
  const at = replyTime(s, sim.last);
  if (at === null) return null;
  if (!sim.act({ type: 'reply', content: s.reply() }, unit(unitId), at)) return null;
  return { unitId, repliedAt: at };
}

function callbackResult(rng: Rng, round: number): Satisfaction {
  const r = weighted(rng, { satisfied: 0.74, basically_satisfied: 0.17, unsatisfied: 0.09 });
  // nobody is sent round the loop forever: after two 重办 rounds the caller accepts the answer
  return r === 'unsatisfied' && round >= 2 ? 'basically_satisfied' : r;
}

/** 审核 and 回访 after a reply; true when the order closed. Unsatisfied callers send it round again. */
function conclude(s: Story, round: number): boolean {
  const { sim, rng } = s;
  let t = work(s, sim.last, exponential(rng, 2));
  if (chance(rng, 0.03)) {
    if (!sim.act({ type: 'review', outcome: 'send_back', note: pick(rng, SEND_BACK) }, AGENT, t)) return false;
    const holder = sim.order.assignedUnitId ?? s.unitId;
    if (!sim.act({ type: 'reply', content: `补充答复：${s.reply()}` }, unit(holder), work(s, t, 4 + 12 * rng()))) return false;
    t = work(s, sim.last, exponential(rng, 2));
  }
  if (!sim.act({ type: 'review', outcome: 'accept' }, AGENT, t)) return false;
  t = work(s, t, 2 + 18 * rng());
  if (chance(rng, 0.05)) return sim.act({ type: 'close', reason: pick(rng, UNREACHABLE) }, AGENT, t);
  const result = callbackResult(rng, round);
  if (result !== 'unsatisfied')
    return sim.act({ type: 'callback', result, note: result === 'satisfied' ? '市民表示满意' : undefined }, AGENT, t);
  if (!sim.act({ type: 'callback', result, note: pick(rng, UNSATISFIED) }, AGENT, t)) return false;
  return redo(s, round + 1);
}

/** 重办: back to the unit that had it, from the top. */
function redo(s: Story, round: number): boolean {
  const holder = s.sim.order.assignedUnitId ?? s.unitId;
  const at = work(s, s.sim.last, exponential(s.rng, 2));
  if (!s.sim.act({ type: 'dispatch', unitId: holder, note: '重办' }, AGENT, at)) return false;
  return handle(s, holder, at) !== null && conclude(s, round);
}

/** From a dispatched (or registered, for triage) order to its end or to the present. */
export function liveThrough(s: Story, opts: { dispatchedAt: Date | null }): void {
  let at = opts.dispatchedAt;
  if (at === null) {
    at = work(s, s.sim.last, exponential(s.rng, 1.5));
    if (!s.sim.act({ type: 'dispatch', unitId: s.unitId, note: '分拣后人工派单' }, AGENT, at)) return;
  }
  if (handle(s, s.unitId, at) === null || !conclude(s, 0)) return;
  if (chance(s.rng, 0.004)) {
    if (s.sim.act({ type: 'reopen', reason: pick(s.rng, REOPEN) }, SUPERVISOR, work(s, s.sim.last, DAY_H * (1 + 10 * s.rng())))) redo(s, 1);
  }
}

/** 直接答复 during the call, citing a knowledge-base article; most are closed at once, some called back. */
export function answerDirectly(s: Story, articleId: string, answer: string): void {
  const { sim, rng } = s;
  const t = new Date(sim.last.getTime() + intBetween(rng, 120, 480) * 1000);
  if (!sim.act({ type: 'answer_directly', articleId, answer }, AGENT, t)) return;
  if (chance(rng, 0.8)) {
    sim.act({ type: 'close' }, AGENT, new Date(t.getTime() + intBetween(rng, 30, 180) * 1000));
    return;
  }
  const result = weighted<Satisfaction>(rng, { satisfied: 0.85, basically_satisfied: 0.12, unsatisfied: 0.03 });
  const note = result === 'unsatisfied' ? pick(rng, UNSATISFIED) : undefined;
  if (!sim.act({ type: 'callback', result, note }, AGENT, work(s, t, 4 + 12 * rng()))) return;
  if (result === 'unsatisfied') redo(s, 1);
}

/** A duplicate folded into the first report of the same matter, right after the call. */
export function mergeInto(s: Story, intoOrderId: string): void {
  s.sim.act({ type: 'merge', intoOrderId }, AGENT, new Date(s.sim.last.getTime() + intBetween(s.rng, 180, 900) * 1000));
}
