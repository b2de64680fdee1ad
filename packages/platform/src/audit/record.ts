import { canonicalJson } from '../json.js';
import { sm3Hex } from '../crypto/index.js';

/** The fields an audit record's hash covers, in the shape they are read back from the table. */
export interface AuditFields {
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_kind: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  division_code: string | null;
  department_id: string | null;
  request_id: string | null;
  ip: string | null;
  details: unknown;
}

export function recordHash(r: AuditFields): string {
  return sm3Hex(
    canonicalJson({
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      actorKind: r.actor_kind,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      divisionCode: r.division_code,
      departmentId: r.department_id,
      requestId: r.request_id,
      ip: r.ip,
      details: r.details ?? {},
    }),
  );
}

/** chain_hash(n) = SM3(chain_hash(n-1) || record_hash(n)); the first link starts from 64 zeros */
export const GENESIS = '0'.repeat(64);
export const chainHash = (prev: string, record: string): string => sm3Hex(prev + record);
