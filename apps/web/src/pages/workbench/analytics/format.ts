import type { TFunction } from 'i18next';

/** Display helpers shared by the analytics pages. */
export const percent = (r: number | null, t: TFunction) => (r === null ? t('analytics.kpi.none') : `${(r * 100).toFixed(1)}%`);

export const channelName = (key: string, t: TFunction) => t(`analytics.channel.${key}`, { defaultValue: key });
export const typeName = (key: string, t: TFunction) => t(`analytics.type.${key}`, { defaultValue: key });
export const categoryName = (key: string, name: string, t: TFunction) => (key === '' ? t('analytics.unclassified') : name);
export const divisionName = (key: string, name: string, t: TFunction) => (key === '' ? t('analytics.unlocated') : name);

/** A calendar day in Shanghai, `days` from today. */
export function shanghaiDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));
}

/** The ISO week ('2026-W05') a Shanghai day belongs to. */
export function isoWeekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const week = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / (7 * 86_400_000)) + 1;
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week `n` weeks after `week`. */
export function shiftWeek(week: string, n: number): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return week;
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  const target = new Date(monday.getTime() + ((Number(m[2]) - 1 + n) * 7 + 3) * 86_400_000);
  return isoWeekOf(target.toISOString().slice(0, 10));
}
