import type { Kysely } from 'kysely';
import type { WorkCalendar } from '@yiwang/platform';
import type { AutoDecider } from './auto-decide.js';
import { DEFAULT_CODE_RULES, type ItemCodeRule } from './domain/index.js';

export interface ServicesConfig {
  /** a live guide not reviewed for this many months is reported as stale */
  staleMonths: number;
  /** item-code rules per region (most specific division prefix wins) */
  codeRules: readonly ItemCodeRule[];
}

/** What the services use-cases need from the composition root. */
export interface ServicesDeps {
  db: Kysely<any>;
  calendar: { current(): WorkCalendar };
  config: ServicesConfig;
  /** 秒批 rules (S4); absent → every application goes to a person */
  autoDecide?: AutoDecider;
}

export const DEFAULT_SERVICES_CONFIG: ServicesConfig = { staleMonths: 12, codeRules: DEFAULT_CODE_RULES };
