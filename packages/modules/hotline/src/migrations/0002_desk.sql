-- 12345 desk (issue 4): runtime classifier models and their training runs, agent corrections of
-- categories, repeat callers (blind index of the caller's phone) and near-duplicate suggestions.

CREATE TABLE hotline.classifier_model (
  id            uuid PRIMARY KEY,
  -- the number people quote ("model v3"); increases with every trained or imported model
  model_version int NOT NULL UNIQUE CHECK (model_version > 0),
  labels        text[] NOT NULL,
  -- model label → category code; a label without an entry yields no suggestion
  label_map     jsonb NOT NULL DEFAULT '{}'::jsonb,
  metrics       jsonb,
  -- where the training rows came from (orders, corrections, an imported file) and how many
  training      jsonb NOT NULL,
  -- gzip of the classifier's serialized JSON (classifier/model.ts), loaded by every node
  payload       bytea NOT NULL,
  payload_bytes int NOT NULL,
  active        boolean NOT NULL DEFAULT false,
  version       int NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    uuid
);
-- at most one model serves suggestions
CREATE UNIQUE INDEX classifier_model_one_active ON hotline.classifier_model (active) WHERE active;

CREATE TABLE hotline.training_run (
  id           uuid PRIMARY KEY,
  state        text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
  activate     boolean NOT NULL DEFAULT false,
  requested_by uuid,
  requested_at timestamptz NOT NULL DEFAULT now(),
  started_at   timestamptz,
  finished_at  timestamptz,
  model_id     uuid REFERENCES hotline.classifier_model (id),
  error_code   text,
  error        text
);
CREATE INDEX training_run_recent ON hotline.training_run (requested_at DESC);
-- one run waits at a time: a second request while one is queued is refused
CREATE UNIQUE INDEX training_run_one_queued ON hotline.training_run (state) WHERE state = 'queued';

-- Every time a person sets or changes an order's category; the next training run learns from them.
CREATE TABLE hotline.category_correction (
  id             bigserial PRIMARY KEY,
  order_id       uuid NOT NULL REFERENCES hotline.work_order (id),
  title          text,
  body           text NOT NULL,
  model_version  int,
  -- the model's top-1 category at the time (null: no model, or its label was unmapped)
  suggested_code text,
  chosen_code    text NOT NULL REFERENCES hotline.category (code),
  source         text NOT NULL CHECK (source IN ('intake', 'triage', 'dispatch', 'reassign', 'approve_return')),
  actor_id       uuid,
  at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX category_correction_order ON hotline.category_correction (order_id, id);

ALTER TABLE hotline.work_order
  -- HMAC-SM3 blind index of the normalised caller phone: equality lookups without decrypting
  ADD COLUMN caller_phone_index text,
  -- the caller's earlier orders in the 30 days before this one, counted at intake
  ADD COLUMN repeat_calls int NOT NULL DEFAULT 0,
  -- near-duplicate suggestions found at intake: {"duplicates": [{"id", "orderNo", "similarity"}]}
  ADD COLUMN relations jsonb;
CREATE INDEX work_order_caller ON hotline.work_order (caller_phone_index, created_at) WHERE caller_phone_index IS NOT NULL;
-- duplicate candidates: open orders by area prefix and recency
CREATE INDEX work_order_open_area ON hotline.work_order (division_code text_pattern_ops, created_at)
  WHERE state NOT IN ('closed', 'merged', 'answered_directly');
