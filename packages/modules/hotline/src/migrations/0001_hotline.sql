-- 12345 hotline (issue 4): category tree, 权责清单 routing rules, work orders and their timeline.
CREATE SCHEMA IF NOT EXISTS hotline;

-- Shaped like Guangdong DB44/T 2479 (政务服务便民热线 诉求分类): a first level by sector, a second by matter.
CREATE TABLE hotline.category (
  code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]+(\.[a-z0-9_]+)*$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
  parent_code text REFERENCES hotline.category (code),
  active      boolean NOT NULL DEFAULT true
);

INSERT INTO hotline.category (code, name, parent_code) VALUES
  ('urban', '城乡建设', NULL),
  ('market', '市场监管', NULL),
  ('labour', '劳动保障', NULL),
  ('health', '卫生健康', NULL),
  ('transport', '交通运输', NULL),
  ('environment', '生态环境', NULL),
  ('education', '教育', NULL),
  ('public_security', '公安', NULL),
  ('civil_affairs', '民政', NULL),
  ('natural_resources', '自然资源', NULL),
  ('other', '其他', NULL),
  ('urban.vendors', '占道经营', 'urban'),
  ('urban.illegal_building', '违法建设', 'urban'),
  ('urban.sanitation', '环境卫生', 'urban'),
  ('urban.property', '物业管理', 'urban'),
  ('urban.roads', '市政道路', 'urban'),
  ('urban.water_supply', '供水排水', 'urban'),
  ('market.food_safety', '食品安全', 'market'),
  ('market.consumer_rights', '消费维权', 'market'),
  ('market.pricing', '价格监管', 'market'),
  ('market.licensing', '市场主体登记', 'market'),
  ('labour.wage_arrears', '拖欠工资', 'labour'),
  ('labour.social_insurance', '社会保险', 'labour'),
  ('labour.employment', '就业创业', 'labour'),
  ('health.medical_services', '医疗服务', 'health'),
  ('health.epidemic', '疾病防控', 'health'),
  ('health.medical_insurance', '医疗保障', 'health'),
  ('transport.public_transit', '公共交通', 'transport'),
  ('transport.taxi', '出租车与网约车', 'transport'),
  ('transport.road_maintenance', '公路养护', 'transport'),
  ('environment.noise', '噪声污染', 'environment'),
  ('environment.air', '大气污染', 'environment'),
  ('environment.water', '水污染', 'environment'),
  ('education.schools', '学校管理', 'education'),
  ('education.enrolment', '招生入学', 'education'),
  ('education.training', '校外培训', 'education'),
  ('public_security.household', '户籍管理', 'public_security'),
  ('public_security.traffic', '交通管理', 'public_security'),
  ('public_security.public_order', '治安管理', 'public_security'),
  ('civil_affairs.assistance', '社会救助', 'civil_affairs'),
  ('civil_affairs.elderly', '养老服务', 'civil_affairs'),
  ('natural_resources.land', '土地管理', 'natural_resources');

CREATE TABLE hotline.routing_rule (
  id              uuid PRIMARY KEY,
  category_prefix text NOT NULL DEFAULT '' CHECK (category_prefix = '' OR category_prefix ~ '^[a-z0-9_]+(\.[a-z0-9_]+)*$'),
  -- significant digits of a division code (2, 4, 6, 9 or 12); NULL covers the whole city
  division_prefix text CHECK (division_prefix ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12})$'),
  keywords        text[] NOT NULL DEFAULT '{}',
  unit_id         uuid NOT NULL REFERENCES identity.department (id),
  priority        int NOT NULL DEFAULT 0,
  active          boolean NOT NULL DEFAULT true,
  note            text,
  version         int NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- order numbers count per Shanghai day: 12345-YYYYMMDD-NNNNNN
CREATE TABLE hotline.order_sequence (
  day  text PRIMARY KEY,
  last int NOT NULL
);

CREATE TABLE hotline.work_order (
  id             uuid PRIMARY KEY,
  order_no       text NOT NULL UNIQUE,
  channel        text NOT NULL,
  type           text NOT NULL,
  urgency        text NOT NULL,
  title          text,
  body           text NOT NULL,
  category_code  text REFERENCES hotline.category (code),
  triage         boolean NOT NULL DEFAULT false,
  -- saved without a deadline because the calendar had no published schedule for it (never lose a call)
  deadline_pending boolean NOT NULL DEFAULT false,
  division_code  text,
  address        text,
  lat            double precision CHECK (lat BETWEEN -90 AND 90),
  lng            double precision CHECK (lng BETWEEN -180 AND 180),
  caller_name_enc  text,
  caller_name_masked text,
  caller_phone_enc text,
  caller_phone_masked text,
  confidential   boolean NOT NULL DEFAULT false,
  state          text NOT NULL,
  unit_id        uuid REFERENCES identity.department (id),
  co_units       uuid[] NOT NULL DEFAULT '{}',
  due_at         timestamptz,
  warn_at        timestamptz,
  snapshot       jsonb NOT NULL,
  classification jsonb,
  routing        jsonb,
  version        int NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  created_by     uuid
);
CREATE INDEX work_order_inbox ON hotline.work_order (unit_id, state);
CREATE INDEX work_order_division ON hotline.work_order (division_code text_pattern_ops);
CREATE INDEX work_order_created ON hotline.work_order (created_at);

CREATE TABLE hotline.order_event (
  order_id   uuid NOT NULL REFERENCES hotline.work_order (id),
  seq        int NOT NULL,
  at         timestamptz NOT NULL,
  action     text NOT NULL,
  actor_id   uuid,
  actor_role text NOT NULL,
  actor_unit_id uuid,
  from_state text,
  to_state   text NOT NULL,
  note       text,
  details    jsonb,
  internal   boolean NOT NULL DEFAULT false,
  PRIMARY KEY (order_id, seq)
);
