import type { Generated, Kysely, Transaction } from 'kysely';
import type { HotlineDb } from './tables.js';

/** Tables of the oversight area (migration 0006), next to the module's core ones. */
export interface NotificationRow {
  id: string;
  event_id: number;
  recipient_id: string;
  order_id: string;
  order_no: string;
  topic: string;
  created_at: Generated<Date>;
  read_at: Date | null;
}
export interface ReplyTemplateRow {
  id: string;
  owner_unit_id: string | null;
  title: string;
  content: string;
  category_prefix: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface OversightDb extends HotlineDb {
  'hotline.notification': NotificationRow;
  'hotline.reply_template': ReplyTemplateRow;
}

export type OQ = Kysely<OversightDb> | Transaction<OversightDb>;
export const ov = (db: Kysely<any> | Transaction<any>): OQ => db as unknown as OQ;
