import type { Generated, Kysely, Transaction } from 'kysely';

export interface ItemTable {
  id: string;
  code: string;
  kind: string;
  parent_id: string | null;
  situation: string | null;
  source_item_id: string | null;
  department_id: string;
  division_code: string;
  level: string;
  name: string;
  type: string;
  targets: string[];
  state: string;
  draft: unknown;
  live_version_id: string | null;
  latest_version_no: number;
  last_reviewed_at: Date | null;
  review_note: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  created_by: string | null;
}
export interface ItemVersionTable {
  id: string;
  item_id: string;
  version_no: number;
  code: string;
  name: string;
  type: string;
  department_id: string;
  department_name: string;
  division_code: string;
  level: string;
  targets: string[];
  content: unknown;
  overrides: unknown;
  parent_version_id: string | null;
  published_at: Date;
  published_by: string | null;
  published_by_name: string | null;
}
export interface QualityReportTable {
  department_id: string;
  division_code: string;
  generated_at: Date;
  trigger: string;
  items: number;
  errors: number;
  warnings: number;
  findings: unknown;
}
export interface ELicenceTypeTable {
  code: string;
  name: string;
  issuer: string;
  active: Generated<boolean>;
}
export interface ServicesDb {
  'services.item': ItemTable;
  'services.item_version': ItemVersionTable;
  'services.quality_report': QualityReportTable;
  'services.elicence_type': ELicenceTypeTable;
}

export type Q = Kysely<ServicesDb> | Transaction<ServicesDb>;
/** the platform hands out an untyped Kysely; the module narrows it to the tables it owns */
export const svc = (db: Kysely<any> | Transaction<any>): Q => db as unknown as Q;
