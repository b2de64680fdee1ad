import type { Kysely } from 'kysely';
import type { WorkCalendar } from '@yiwang/platform';

/** The system module administers kernel data (calendar, audit) that the platform package owns. */
export interface SystemDeps {
  db: Kysely<any>;
  /** the calendar in memory; reloaded after every edit so deadlines see the change at once */
  calendar: { current(): WorkCalendar; reload(): Promise<void> };
  auditPublicKey: string;
}
