import type { Generated, Kysely, Transaction } from 'kysely';

export interface CategoryRow {
  code: string;
  name: string;
  parent_code: string | null;
  active: Generated<boolean>;
}
export interface RoutingRuleRow {
  id: string;
  category_prefix: string;
  division_prefix: string | null;
  keywords: string[];
  unit_id: string;
  priority: number;
  active: Generated<boolean>;
  note: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface WorkOrderRow {
  id: string;
  order_no: string;
  channel: string;
  type: string;
  urgency: string;
  title: string | null;
  body: string;
  category_code: string | null;
  triage: boolean;
  deadline_pending: boolean;
  division_code: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  caller_name_enc: string | null;
  caller_name_masked: string | null;
  caller_phone_enc: string | null;
  caller_phone_masked: string | null;
  confidential: boolean;
  state: string;
  unit_id: string | null;
  co_units: string[];
  due_at: Date | null;
  warn_at: Date | null;
  snapshot: unknown;
  classification: unknown;
  routing: unknown;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  created_by: string | null;
  caller_phone_index: Generated<string | null>;
  repeat_calls: Generated<number>;
  relations: Generated<unknown>;
}
export interface OrderEventRow {
  order_id: string;
  seq: number;
  at: Date;
  action: string;
  actor_id: string | null;
  actor_role: string;
  actor_unit_id: string | null;
  from_state: string | null;
  to_state: string;
  note: string | null;
  details: unknown;
  internal: boolean;
}
export interface ClassifierModelRow {
  id: string;
  model_version: number;
  labels: string[];
  label_map: unknown;
  metrics: unknown;
  training: unknown;
  payload: Uint8Array;
  payload_bytes: number;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  created_by: string | null;
}
export interface TrainingRunRow {
  id: string;
  state: Generated<string>;
  activate: boolean;
  requested_by: string | null;
  requested_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
  model_id: string | null;
  error_code: string | null;
  error: string | null;
}
export interface CategoryCorrectionRow {
  id: Generated<number>;
  order_id: string;
  title: string | null;
  body: string;
  model_version: number | null;
  suggested_code: string | null;
  chosen_code: string;
  source: string;
  actor_id: string | null;
  at: Generated<Date>;
}
export interface HotlineDb {
  'hotline.category': CategoryRow;
  'hotline.routing_rule': RoutingRuleRow;
  'hotline.order_sequence': { day: string; last: number };
  'hotline.work_order': WorkOrderRow;
  'hotline.order_event': OrderEventRow;
  'hotline.classifier_model': ClassifierModelRow;
  'hotline.training_run': TrainingRunRow;
  'hotline.category_correction': CategoryCorrectionRow;
}

export type Q = Kysely<HotlineDb> | Transaction<HotlineDb>;
/** the platform hands out an untyped Kysely; the module narrows it to the tables it owns */
export const hot = (db: Kysely<any> | Transaction<any>): Q => db as unknown as Q;
