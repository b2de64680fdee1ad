import type { Generated, Kysely, Transaction } from 'kysely';

/** The knowledge-base table (migration 0004); kept apart from tables.ts so each area owns its rows. */
export interface KbArticleTable {
  id: string;
  kind: string;
  title: string;
  body: string;
  category_codes: string[];
  owner_unit_id: string;
  owner_division_code: string;
  /** 'YYYY-MM-DD': the platform reads date columns as strings */
  valid_from: string | null;
  valid_to: string | null;
  status: Generated<string>;
  source_url: string | null;
  source: Generated<string>;
  source_ref: string | null;
  search: string;
  version: Generated<number>;
  published_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  created_by: string | null;
}

export interface KnowledgeDb {
  'hotline.kb_article': KbArticleTable;
}

export type KQ = Kysely<KnowledgeDb> | Transaction<KnowledgeDb>;
export const kb = (db: Kysely<any> | Transaction<any>): KQ => db as unknown as KQ;
