/**
 * The hotline's headline figures (H6) from additive counts. Rollups keep only counts and sums, so any
 * set of days, areas or units adds up exactly; every rate is computed once, here, from summed counts.
 */
export interface Measures {
  received: number;
  closed: number;
  onTime: number;
  onTimeBase: number;
  callbacks: number;
  satisfied: number;
  answered: number;
  calledBack: number;
  dispatched: number;
  returned: number;
  /** null while orders carry no repeat-caller flag (intake adds it) */
  repeatCallers: number | null;
  /** seconds from registration to the final answer, summed over `answered` orders */
  handlingSeconds: number;
}

export const MEASURE_KEYS = [
  'received',
  'closed',
  'onTime',
  'onTimeBase',
  'callbacks',
  'satisfied',
  'answered',
  'calledBack',
  'dispatched',
  'returned',
  'repeatCallers',
  'handlingSeconds',
] as const satisfies ReadonlyArray<keyof Measures>;

export const emptyMeasures = (repeatFlagged = false): Measures => ({
  received: 0,
  closed: 0,
  onTime: 0,
  onTimeBase: 0,
  callbacks: 0,
  satisfied: 0,
  answered: 0,
  calledBack: 0,
  dispatched: 0,
  returned: 0,
  repeatCallers: repeatFlagged ? 0 : null,
  handlingSeconds: 0,
});

export function addMeasures(a: Measures, b: Measures): Measures {
  const out = { ...a };
  for (const k of MEASURE_KEYS) {
    const x = a[k];
    const y = b[k];
    (out as Record<string, number | null>)[k] = x === null && y === null ? null : (x ?? 0) + (y ?? 0);
  }
  return out;
}

/** n ÷ d, or null when nothing was counted (a rate of 0 % would claim a result that does not exist). */
export function rate(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}

export interface Totals extends Measures {
  /** 按时办结率: closed by the due time ÷ (closed with a deadline + open past it) */
  onTimeRate: number | null;
  /** 满意率: (满意 + 基本满意) ÷ 回访 */
  satisfactionRate: number | null;
  /** 回访率: answered orders called back ÷ answered orders closed */
  callbackRate: number | null;
  /** 退单率: orders returned at least once ÷ orders dispatched */
  returnRate: number | null;
  /** 重复来电率: repeat callers ÷ orders received */
  repeatCallerRate: number | null;
  /** mean calendar hours from registration to the final answer */
  avgHandlingHours: number | null;
}

export function totalsOf(m: Measures): Totals {
  const hours = rate(m.handlingSeconds, m.answered);
  return {
    ...m,
    onTimeRate: rate(m.onTime, m.onTimeBase),
    satisfactionRate: rate(m.satisfied, m.callbacks),
    callbackRate: rate(m.calledBack, m.answered),
    returnRate: rate(m.returned, m.dispatched),
    repeatCallerRate: m.repeatCallers === null ? null : rate(m.repeatCallers, m.received),
    avgHandlingHours: hours === null ? null : Math.round((hours / 3600) * 10) / 10,
  };
}
