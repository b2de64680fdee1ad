-- Identity and organisation: divisions, departments, accounts, sessions, API tokens.
CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.division (
  code        text PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  level       smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  parent_code text REFERENCES identity.division (code) ON UPDATE CASCADE,
  version     int NOT NULL DEFAULT 1,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX division_parent ON identity.division (parent_code);
CREATE INDEX division_code_prefix ON identity.division (code text_pattern_ops);

CREATE TABLE identity.department (
  id            uuid PRIMARY KEY,
  code          text NOT NULL UNIQUE,
  name          text NOT NULL,
  kind          text NOT NULL,
  division_code text NOT NULL REFERENCES identity.division (code) ON UPDATE CASCADE,
  parent_id     uuid REFERENCES identity.department (id),
  active        boolean NOT NULL DEFAULT true,
  version       int NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX department_name_per_division ON identity.department (division_code, name);
-- "this division and below" is a prefix match on the division code
CREATE INDEX department_division_prefix ON identity.department (division_code text_pattern_ops, name);

CREATE TABLE identity.account (
  id              uuid PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('staff', 'citizen', 'enterprise')),
  username        text NOT NULL,
  display_name    text NOT NULL,
  password_hash   text,
  roles           text[] NOT NULL DEFAULT '{}',
  data_scope      text NOT NULL DEFAULT 'unit' CHECK (data_scope IN ('unit', 'division', 'all')),
  department_id   uuid REFERENCES identity.department (id),
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  failed_logins   int NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  password_changed_at timestamptz,
  version         int NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX account_username ON identity.account (lower(username));
CREATE INDEX account_department ON identity.account (department_id);

-- Real-name data: the ID number is stored SM4-encrypted, found by a keyed blind index, shown masked.
CREATE TABLE identity.citizen_profile (
  account_id       uuid PRIMARY KEY REFERENCES identity.account (id),
  real_name        text NOT NULL,
  id_number_enc    text NOT NULL,
  id_number_index  text NOT NULL UNIQUE,
  id_number_masked text NOT NULL,
  phone_enc        text,
  phone_masked     text
);

CREATE TABLE identity.enterprise_profile (
  account_id     uuid PRIMARY KEY REFERENCES identity.account (id),
  name           text NOT NULL,
  uscc           text NOT NULL UNIQUE,
  legal_rep_name text NOT NULL
);

CREATE TABLE identity.session (
  id           text PRIMARY KEY, -- SM3 of the cookie value; the value itself is never stored
  account_id   uuid NOT NULL REFERENCES identity.account (id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ip           text,
  user_agent   text
);
CREATE INDEX session_account ON identity.session (account_id);

CREATE TABLE identity.api_token (
  id          uuid PRIMARY KEY,
  token_hash  text NOT NULL UNIQUE,
  account_id  uuid NOT NULL REFERENCES identity.account (id),
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);

CREATE TABLE identity.oidc_link (
  issuer     text NOT NULL,
  subject    text NOT NULL,
  account_id uuid NOT NULL REFERENCES identity.account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject)
);

CREATE TABLE identity.oidc_state (
  state         text PRIMARY KEY,
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
