import type { Transaction } from 'kysely';
import type { RequestMeta } from '../tx/context.js';
import { recordHash, type AuditFields } from './record.js';

export interface AuditInput {
  /** verb in module.resource.verb form, e.g. identity.department.create */
  action: string;
  resourceType: string;
  resourceId?: string | null;
  divisionCode?: string | null;
  departmentId?: string | null;
  /** what changed (before/after of the fields, never secrets) */
  details?: Record<string, unknown>;
}

// Millisecond precision: the timestamp must hash the same after a round-trip through timestamptz.
const now = () => new Date(Math.floor(Date.now()));

/** Appends one audit record. Hashing happens here, per writer; linking happens in the sealer. */
export async function writeAudit(tx: Transaction<any>, meta: RequestMeta, input: AuditInput): Promise<void> {
  const fields: AuditFields = {
    at: now(),
    actor_id: meta.actor.id,
    actor_name: meta.actor.name,
    actor_kind: meta.actor.kind,
    action: input.action,
    resource_type: input.resourceType,
    resource_id: input.resourceId ?? null,
    division_code: input.divisionCode ?? null,
    department_id: input.departmentId ?? null,
    request_id: meta.requestId ?? null,
    ip: meta.ip ?? null,
    details: JSON.parse(JSON.stringify(input.details ?? {})),
  };
  await tx
    .insertInto('platform.audit_log')
    .values({ ...fields, details: JSON.stringify(fields.details), record_hash: recordHash(fields) })
    .execute();
}

/** Reads of personal data are audited too; they have no other row to commit with. */
export async function auditRead(
  db: { transaction(): { execute<T>(fn: (tx: Transaction<any>) => Promise<T>): Promise<T> } },
  meta: RequestMeta,
  input: AuditInput,
): Promise<void> {
  await db.transaction().execute((tx) => writeAudit(tx, meta, input));
}
