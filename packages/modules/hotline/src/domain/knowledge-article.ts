import { isIsoDate } from '@yiwang/platform';

/**
 * Rules of a knowledge-base article (H4): its publication life and its validity period. Dates are
 * Asia/Shanghai civil dates 'YYYY-MM-DD' (string order is date order); both ends are inclusive.
 */
export type ArticleStatus = 'draft' | 'published' | 'archived';
export type ArticleStatusAction = 'publish' | 'archive';

/**
 * draft → published → archived, and an archived article may be published again (a policy back in
 * force). Anything else — publishing twice, archiving twice — is refused as a stale click.
 */
export function nextArticleStatus(status: ArticleStatus, action: ArticleStatusAction): ArticleStatus | null {
  if (action === 'publish') return status === 'published' ? null : 'published';
  return status === 'archived' ? null : 'archived';
}

export interface ValidityPeriod {
  validFrom: string | null;
  validTo: string | null;
}

// a real day in a year PostgreSQL stores and a policy can plausibly name
const isPlausibleDate = (d: string) => isIsoDate(d) && d >= '1900-01-01' && d <= '2999-12-31';

/** A period whose dates exist and which does not end before it starts. */
export function isValidPeriod(p: ValidityPeriod): boolean {
  if (p.validFrom !== null && !isPlausibleDate(p.validFrom)) return false;
  if (p.validTo !== null && !isPlausibleDate(p.validTo)) return false;
  return p.validFrom === null || p.validTo === null || p.validFrom <= p.validTo;
}

export function inPeriod(p: ValidityPeriod, today: string): boolean {
  return (p.validFrom === null || p.validFrom <= today) && (p.validTo === null || today <= p.validTo);
}

export type Citability = 'citable' | 'unpublished' | 'not_valid';

/** Whether an agent may answer a call with this article today; only such articles are ever suggested. */
export function citability(a: ValidityPeriod & { status: ArticleStatus }, today: string): Citability {
  if (a.status !== 'published') return 'unpublished';
  return inPeriod(a, today) ? 'citable' : 'not_valid';
}
