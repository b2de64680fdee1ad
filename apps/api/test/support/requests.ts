import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { TestApp } from '../harness.js';

/** A syntactically plausible value for each path parameter the API uses. */
export const PARAM_SAMPLES: Record<string, () => string> = {
  id: () => randomUUID(),
  attachmentId: () => randomUUID(),
  code: () => '445202000000',
  date: () => '2025-01-01',
  year: () => '2027',
  '*': () => 'index.html',
};

/** Fill `:name` (and a trailing `*`) with samples; unknown parameters fail loudly so new ones get a sample. */
export function samplePath(url: string, pick: (name: string) => string | undefined = () => undefined): string {
  return url
    .replace(/:(\w+)/g, (_, name: string) => {
      const v = pick(name) ?? PARAM_SAMPLES[name]?.();
      if (v === undefined) throw new Error(`no sample for path parameter :${name} in ${url}; add one to PARAM_SAMPLES`);
      return encodeURIComponent(v);
    })
    .replace(/\*$/, () => PARAM_SAMPLES['*']!());
}

export const isMutation = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/**
 * Everything a request could have written, in one round-trip: row counts and version sums of the
 * organisation tables, the calendar, sessions/tokens, the audit log and the outbox.
 */
export async function fingerprint(t: TestApp): Promise<string> {
  const r = await sql<Record<string, unknown>>`SELECT
      (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM identity.division) AS division,
      (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM identity.department) AS department,
      (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM identity.account) AS account,
      (SELECT count(*) FROM identity.session) AS session,
      (SELECT count(*) FROM identity.api_token) AS api_token,
      (SELECT md5(coalesce(string_agg(day::text || kind || name, ',' ORDER BY day), '')) FROM platform.calendar_day) AS calendar_day,
      (SELECT count(*) || '/' || count(*) FILTER (WHERE complete) FROM platform.calendar_year) AS calendar_year,
      (SELECT count(*) FROM platform.idempotency_key) AS idempotency_key,
      (SELECT count(*) FROM platform.audit_log) AS audit_log,
      (SELECT count(*) FROM platform.outbox) AS outbox,
      (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM hotline.work_order) AS work_order,
      (SELECT count(*) FROM hotline.order_event) AS order_event,
      (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM hotline.routing_rule) AS routing_rule,
      (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM hotline.kb_article) AS kb_article,
      (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM hotline.classifier_model) AS classifier_model,
      (SELECT count(*) FROM hotline.training_run) AS training_run,
      (SELECT count(*) FROM hotline.category_correction) AS category_correction,
      (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM hotline.intake_source) AS intake_source,
      (SELECT count(*) FROM hotline.attachment) AS attachment,
      (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM services.item) AS service_item,
      (SELECT count(*) FROM services.item_version) AS item_version,
      (SELECT count(*) || '/' || coalesce(max(generated_at)::text, '') FROM services.quality_report) AS quality_report`.execute(
    t.rt.database.db,
  );
  return JSON.stringify(r.rows[0]);
}

/** The one error shape: {code, message, requestId} (details optional). */
export function isErrorShape(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const b = body as Record<string, unknown>;
  return (
    typeof b.code === 'string' &&
    /^[A-Z_]+$/.test(b.code) &&
    typeof b.message === 'string' &&
    b.message.length > 0 &&
    typeof b.requestId === 'string' &&
    b.requestId.length > 0
  );
}
