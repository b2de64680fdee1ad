-- 12345 oversight (issue 4, H3): notification inbox, reply templates, and the indexes behind the
-- unit red/yellow cards and the pending-deadline follow-up.

-- One row per delivered notice and recipient account. event_id is the platform.outbox id of the
-- hotline.order.notify event, so a redelivered event cannot store a second row for the same person.
CREATE TABLE hotline.notification (
  id           uuid PRIMARY KEY,
  event_id     bigint NOT NULL,
  recipient_id uuid NOT NULL REFERENCES identity.account (id),
  order_id     uuid NOT NULL REFERENCES hotline.work_order (id),
  order_no     text NOT NULL,
  topic        text NOT NULL CHECK (topic ~ '^[a-z_]+$'),
  created_at   timestamptz NOT NULL DEFAULT now(),
  read_at      timestamptz,
  UNIQUE (event_id, recipient_id)
);
CREATE INDEX notification_inbox ON hotline.notification (recipient_id, created_at DESC, id);
CREATE INDEX notification_unread ON hotline.notification (recipient_id) WHERE read_at IS NULL;

-- 回复模板: owner_unit_id null = hotline-wide (edited by agents and supervisors), else one unit's own.
CREATE TABLE hotline.reply_template (
  id              uuid PRIMARY KEY,
  owner_unit_id   uuid REFERENCES identity.department (id),
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
  content         text NOT NULL CHECK (length(content) BETWEEN 1 AND 2000),
  category_prefix text REFERENCES hotline.category (code),
  version         int NOT NULL DEFAULT 1,
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reply_template_owner ON hotline.reply_template (owner_unit_id, title);

-- red/yellow cards read a unit's orders by due instant
CREATE INDEX work_order_unit_due ON hotline.work_order (unit_id, due_at);
-- the few orders still waiting for a published holiday schedule
CREATE INDEX work_order_deadline_pending ON hotline.work_order (created_at) WHERE deadline_pending;
