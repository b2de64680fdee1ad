export { addCalendarDays, assertIsoDate, compareDates, isIsoDate, shanghaiDateOf, todayInShanghai, weekday, yearOf } from './dates.js';
export {
  CalendarYearMissingError,
  WorkCalendar,
  type CalendarDay,
  type DayInfo,
  type DayKind,
  type WorkCalendarData,
  type WorkingHoursOptions,
} from './work-calendar.js';
export {
  assertValidClock,
  clockStatus,
  DeadlineClockError,
  dueDate,
  elapsedWorkingDays,
  isPaused,
  pauseClock,
  remainingWorkingDays,
  resumeClock,
  startClock,
  type ClockPause,
  type ClockStatus,
  type DeadlineClockErrorCode,
  type DeadlineClockState,
} from './deadline-clock.js';
export { holidaySeedRows } from './seed.js';
