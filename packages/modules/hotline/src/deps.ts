import type { Kysely } from 'kysely';
import type { FieldCipher, WorkCalendar } from '@yiwang/platform';
import type { ClassifierSource } from './model-holder.js';

export interface HotlineConfig {
  /** below this top-1 confidence an order goes to the triage queue instead of being auto-dispatched */
  triageThreshold: number;
}

/** What the hotline use-cases need from the composition root. */
export interface HotlineDeps {
  db: Kysely<any>;
  cipher: FieldCipher;
  calendar: { current(): WorkCalendar };
  /** the active text classifier with its label map, hot-swappable; null or absent sends every order to triage */
  classifier?: ClassifierSource;
  config: HotlineConfig;
}

export const DEFAULT_HOTLINE_CONFIG: HotlineConfig = { triageThreshold: 0.6 };
