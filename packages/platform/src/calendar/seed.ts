import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarDay } from './work-calendar.js';

/** chinese-days ships the State Council notices as { 'YYYY-MM-DD': 'English,中文,n' } maps. */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const source: ChineseDaysData = chineseDays;

function chineseName(label: string): string {
  // Take the second-to-last field so a comma inside the English name cannot shift it.
  const name = label.split(',').at(-2)?.trim();
  if (!name) throw new Error(`Unexpected chinese-days label ${JSON.stringify(label)}`);
  return name;
}

/**
 * Every official day off (weekend ones too, so the admin page shows the whole notice) and every
 * 调休 working weekend, for each year the package covers. Seed rows for the calendar table.
 */
export function holidaySeedRows(): { days: CalendarDay[]; years: number[] } {
  const days: CalendarDay[] = [
    ...Object.entries(source.holidays).map(([date, label]): CalendarDay => ({
      date,
      kind: 'holiday',
      name: chineseName(label),
    })),
    ...Object.entries(source.workdays).map(([date, label]): CalendarDay => ({
      date,
      kind: 'workday',
      name: `${chineseName(label)}调休`,
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
  return { days, years };
}
