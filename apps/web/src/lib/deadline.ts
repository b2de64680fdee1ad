/**
 * The deadline colour of a work order, from the instants the server computed (in working time on
 * the platform calendar): the web never recounts working days, it only compares clock instants.
 */
export type DeadlineStatus = 'answered' | 'pending' | 'none' | 'overdue' | 'paused' | 'warning' | 'on_time';

export interface DeadlineFields {
  state: string;
  dueAt: string | null;
  warnAt: string | null;
  deadlinePending: boolean;
}

/** Once the unit has answered (or the order ended) its deadline no longer runs. */
const ANSWERED_STATES: ReadonlySet<string> = new Set(['replied', 'reviewed', 'closed', 'merged', 'answered_directly']);

export function deadlineStatus(o: DeadlineFields, now: Date): DeadlineStatus {
  if (ANSWERED_STATES.has(o.state)) return 'answered';
  if (o.deadlinePending) return 'pending';
  if (o.dueAt === null) return 'none';
  const t = now.getTime();
  // overdue wins over suspended: suspending an order never hides a missed deadline
  if (t > Date.parse(o.dueAt)) return 'overdue';
  if (o.state === 'suspended') return 'paused';
  if (o.warnAt !== null && t >= Date.parse(o.warnAt)) return 'warning';
  return 'on_time';
}
