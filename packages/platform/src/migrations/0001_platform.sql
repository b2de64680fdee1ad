-- Platform kernel tables: audit chain, outbox, jobs, idempotency keys, working-day calendar.

CREATE TABLE platform.audit_log (
  id            bigserial PRIMARY KEY,
  at            timestamptz NOT NULL,
  actor_id      text,
  actor_name    text,
  actor_kind    text NOT NULL,
  action        text NOT NULL,
  resource_type text NOT NULL,
  resource_id   text,
  division_code text,
  department_id text,
  request_id    text,
  ip            text,
  details       jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- SM3 of the canonical record, computed by the writer: no lock is shared between writers
  record_hash   text NOT NULL,
  -- position in the chain and SM3(prev chain_hash || record_hash), set later by the sealer
  seq           bigint UNIQUE,
  chain_hash    text
);
CREATE INDEX audit_log_unsealed ON platform.audit_log (id) WHERE seq IS NULL;
CREATE INDEX audit_log_resource ON platform.audit_log (resource_type, resource_id);
CREATE INDEX audit_log_actor ON platform.audit_log (actor_id, id);
CREATE INDEX audit_log_action ON platform.audit_log (action, id);

-- Append-only: rows can only be sealed once, never changed or removed.
CREATE FUNCTION platform.audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.seq IS NOT NULL OR NEW.seq IS NULL OR NEW.chain_hash IS NULL
     OR (NEW.id, NEW.at, NEW.actor_id, NEW.actor_name, NEW.actor_kind, NEW.action, NEW.resource_type,
         NEW.resource_id, NEW.division_code, NEW.department_id, NEW.request_id, NEW.ip, NEW.details, NEW.record_hash)
        IS DISTINCT FROM
        (OLD.id, OLD.at, OLD.actor_id, OLD.actor_name, OLD.actor_kind, OLD.action, OLD.resource_type,
         OLD.resource_id, OLD.division_code, OLD.department_id, OLD.request_id, OLD.ip, OLD.details, OLD.record_hash) THEN
    RAISE EXCEPTION 'audit_log rows can only be sealed' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON platform.audit_log
  FOR EACH ROW EXECUTE FUNCTION platform.audit_log_guard();

CREATE FUNCTION platform.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON platform.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION platform.append_only();

-- One row per sealed batch, SM2-signed and chained to the previous seal.
CREATE TABLE platform.audit_seal (
  id          bigserial PRIMARY KEY,
  from_seq    bigint NOT NULL,
  to_seq      bigint NOT NULL,
  chain_hash  text NOT NULL,
  prev_seal   text,
  seal_hash   text NOT NULL,
  signature   text NOT NULL,
  public_key  text NOT NULL,
  sealed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER audit_seal_guard BEFORE UPDATE OR DELETE ON platform.audit_seal
  FOR EACH ROW EXECUTE FUNCTION platform.append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON platform.audit_seal
  FOR EACH STATEMENT EXECUTE FUNCTION platform.append_only();

CREATE TABLE platform.outbox (
  id            bigserial PRIMARY KEY,
  topic         text NOT NULL,
  key           text,
  payload       jsonb NOT NULL,
  actor_id      text,
  request_id    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  dispatched_at timestamptz
);
CREATE INDEX outbox_pending ON platform.outbox (id) WHERE dispatched_at IS NULL;

CREATE TABLE platform.processed_event (
  subscriber   text NOT NULL,
  event_id     bigint NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subscriber, event_id)
);

CREATE TABLE platform.job (
  id            bigserial PRIMARY KEY,
  queue         text NOT NULL,
  payload       jsonb NOT NULL DEFAULT '{}'::jsonb,
  run_at        timestamptz NOT NULL DEFAULT now(),
  state         text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled')),
  attempts      int NOT NULL DEFAULT 0,
  max_attempts  int NOT NULL DEFAULT 8,
  singleton_key text,
  locked_until  timestamptz,
  last_error    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz
);
CREATE INDEX job_due ON platform.job (run_at) WHERE state IN ('pending', 'running');
-- one pending timer per key; a running job may re-arm its own key
CREATE UNIQUE INDEX job_singleton ON platform.job (queue, singleton_key)
  WHERE singleton_key IS NOT NULL AND state = 'pending';

CREATE TABLE platform.idempotency_key (
  scope        text NOT NULL,
  key          text NOT NULL,
  request_hash text NOT NULL,
  result       jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);

CREATE TABLE platform.calendar_year (
  year       int PRIMARY KEY CHECK (year BETWEEN 1990 AND 2200),
  complete   boolean NOT NULL DEFAULT false,
  source     text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE platform.calendar_day (
  day        date PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name       text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now()
);
