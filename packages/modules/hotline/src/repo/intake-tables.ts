import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { HotlineDb, WorkOrderRow } from './tables.js';

// The tables of the intake area (migration 0003), and the columns it added to work_order.
export interface IntakeSourceRow {
  id: string;
  name: string;
  kind: string;
  default_division_code: string | null;
  active: Generated<boolean>;
  key_prefix: string;
  key_hash: string;
  key_issued_at: Generated<Date>;
  key_revoked_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: string | null;
  updated_at: Generated<Date>;
}
export interface AttachmentRow {
  id: string;
  order_id: string;
  seq: number;
  content_type: string | null;
  size_bytes: number | null;
  data: Uint8Array | null;
  sm3: string | null;
  sha256: string | null;
  external_url: string | null;
  created_at: Generated<Date>;
}
export interface ServiceAttributeRow {
  category_code: string;
  code: string;
  datatype: string;
  variable: boolean;
  required: boolean;
  position: number;
  description: string;
  datatype_description: string | null;
  choices: unknown;
  created_at: Generated<Date>;
}
/** nullable columns with a NULL default: optional when inserting an order */
type Added<T> = ColumnType<T | null, T | null | undefined, T | null>;
export type IntakeOrderRow = WorkOrderRow & { source_id: Added<string>; external_id: Added<string>; intake: Added<unknown> };

export interface IntakeDb extends Omit<HotlineDb, 'hotline.work_order'> {
  'hotline.work_order': IntakeOrderRow;
  'hotline.intake_source': IntakeSourceRow;
  'hotline.attachment': AttachmentRow;
  'hotline.service_attribute': ServiceAttributeRow;
}

export type IQ = Kysely<IntakeDb> | Transaction<IntakeDb>;
export const iq = (db: Kysely<any> | Transaction<any>): IQ => db as unknown as IQ;
