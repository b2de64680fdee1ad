import type { Generated, Kysely, Transaction } from 'kysely';

export interface DivisionRow {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
}
export interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  division_code: string;
  parent_id: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface AccountRow {
  id: string;
  kind: 'staff' | 'citizen' | 'enterprise';
  username: string;
  display_name: string;
  password_hash: string | null;
  roles: string[];
  data_scope: 'unit' | 'division' | 'all';
  department_id: string | null;
  status: Generated<'active' | 'disabled'>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  password_changed_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface CitizenProfileRow {
  account_id: string;
  real_name: string;
  id_number_enc: string;
  id_number_index: string;
  id_number_masked: string;
  phone_enc: string | null;
  phone_masked: string | null;
}
export interface EnterpriseProfileRow {
  account_id: string;
  name: string;
  uscc: string;
  legal_rep_name: string;
}
export interface SessionRow {
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}
export interface ApiTokenRow {
  id: string;
  token_hash: string;
  account_id: string;
  name: string;
  created_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
}
export interface OidcStateRow {
  state: string;
  nonce: string;
  code_verifier: string;
  created_at: Generated<Date>;
}
export interface OidcLinkRow {
  issuer: string;
  subject: string;
  account_id: string;
  created_at: Generated<Date>;
}

export interface IdentityDb {
  'identity.division': DivisionRow;
  'identity.department': DepartmentRow;
  'identity.account': AccountRow;
  'identity.citizen_profile': CitizenProfileRow;
  'identity.enterprise_profile': EnterpriseProfileRow;
  'identity.session': SessionRow;
  'identity.api_token': ApiTokenRow;
  'identity.oidc_state': OidcStateRow;
  'identity.oidc_link': OidcLinkRow;
}

export type Q = Kysely<IdentityDb> | Transaction<IdentityDb>;
/** the platform hands out an untyped Kysely; the module narrows it to the tables it owns */
export const ident = (db: Kysely<any> | Transaction<any>): Q => db as unknown as Q;
