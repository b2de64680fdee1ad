/**
 * W3C date-times (the ISO 8601 profile GeoReport v2 requires): a time must carry its zone (Z or ±hh:mm);
 * a bare date is read as midnight in Asia/Shanghai. We answer in +08:00, the city's own offset.
 */
const W3C = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2})))?$/;
const SHANGHAI_MS = 8 * 3_600_000;

export function parseW3cDateTime(s: string): Date | null {
  const m = W3C.exec(s);
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, sec = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? undefined : Number(x)));
  const hasTime = m[4] !== undefined;
  const offsetMin = !hasTime ? 480 : m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  if (hasTime && (Number(m[10] ?? 0) > 14 || Number(m[11] ?? 0) > 59)) return null;
  if (h! > 23 || mi! > 59 || sec! > 59) return null;
  const wall = new Date(0);
  wall.setUTCFullYear(y!, mo! - 1, d!);
  wall.setUTCHours(h!, mi!, sec!, Math.floor(Number(m[7] ?? 0) * 1000));
  // a day that rolled over (02-30 → 03-02) was no real date
  if (wall.getUTCFullYear() !== y || wall.getUTCMonth() !== mo! - 1 || wall.getUTCDate() !== d) return null;
  return new Date(wall.getTime() - offsetMin * 60_000);
}

export function formatW3c(d: Date): string {
  return `${new Date(d.getTime() + SHANGHAI_MS).toISOString().slice(0, 19)}+08:00`;
}
