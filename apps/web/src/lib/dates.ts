/** Dates in the platform's time zone (deadlines are computed in Asia/Shanghai). */
const TIME_ZONE = 'Asia/Shanghai';

export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function currentYear(): number {
  return Number(todayIso().slice(0, 4));
}

/** A timestamp shown as local Shanghai time, e.g. 2025-03-01 09:30:12. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(d);
}
