import type { Kysely } from 'kysely';
import type { FieldCipher, WorkCalendar } from '@yiwang/platform';
import type { ClassifierSource } from './model-holder.js';

export interface HotlineConfig {
  /** below this top-1 confidence an order goes to the triage queue instead of being auto-dispatched */
  triageThreshold: number;
  /** Open311 GeoReport v2: the jurisdiction this endpoint serves (its website root, as the spec suggests) */
  open311: { jurisdictionId: string; contact: string; keyService: string };
}

/** What the hotline use-cases need from the composition root. */
export interface HotlineDeps {
  db: Kysely<any>;
  cipher: FieldCipher;
  /** the platform HMAC-SM3 key (64 hex): intake-source API keys are stored only as their HMAC under it */
  hmacKey: string;
  calendar: { current(): WorkCalendar };
  /** the active text classifier with its label map, hot-swappable; null or absent sends every order to triage */
  classifier?: ClassifierSource;
  config: HotlineConfig;
}

export const DEFAULT_HOTLINE_CONFIG: HotlineConfig = {
  triageThreshold: 0.6,
  open311: {
    jurisdictionId: 'jieyang.gov.cn',
    contact: '揭阳市 12345 政务服务便民热线 · 拨打 12345',
    keyService: '接入密钥由市政务服务数据管理局在“一网统管 → 接入源管理”中签发',
  },
};
