-- Intake sources (issue 4, H1/H5/H7): API keys per source, the source and evidence of each order, and the
-- Open311 service definitions (attributes) of our categories.

CREATE TABLE hotline.intake_source (
  id             uuid PRIMARY KEY,
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  kind           text NOT NULL CHECK (kind IN ('open311_client', 'grid', 'video_ai', 'drone', 'iot', 'partner')),
  default_division_code text CHECK (default_division_code ~ '^[0-9]{12}$'),
  active         boolean NOT NULL DEFAULT true,
  -- the key's visible start (looked up by it), and HMAC-SM3 of the whole key under the platform key: the key itself is never stored
  key_prefix     text NOT NULL UNIQUE,
  key_hash       text NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  key_issued_at  timestamptz NOT NULL DEFAULT now(),
  key_revoked_at timestamptz,
  version        int NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  created_by     uuid,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX intake_source_name ON hotline.intake_source (name);

-- which source sent an order and under which of its own ids: a retry of the same event finds its order
ALTER TABLE hotline.work_order ADD COLUMN source_id uuid REFERENCES hotline.intake_source (id);
ALTER TABLE hotline.work_order ADD COLUMN external_id text;
-- what the sender told us besides the order fields (event type, time it occurred, Open311 attributes)
ALTER TABLE hotline.work_order ADD COLUMN intake jsonb;
CREATE UNIQUE INDEX work_order_source_external ON hotline.work_order (source_id, external_id);
CREATE INDEX work_order_open_points ON hotline.work_order (created_at) WHERE lat IS NOT NULL;

-- evidence: an inline image (bytes and their checksums) or a reference to one kept elsewhere (never fetched)
CREATE TABLE hotline.attachment (
  id           uuid PRIMARY KEY,
  order_id     uuid NOT NULL REFERENCES hotline.work_order (id),
  seq          int NOT NULL,
  content_type text CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  size_bytes   int CHECK (size_bytes BETWEEN 1 AND 2097152),
  data         bytea,
  sm3          text CHECK (sm3 ~ '^[0-9a-f]{64}$'),
  sha256       text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  external_url text CHECK (external_url ~ '^https?://' AND length(external_url) <= 2000),
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (order_id, seq),
  CHECK (
    (data IS NOT NULL AND content_type IS NOT NULL AND size_bytes IS NOT NULL AND sm3 IS NOT NULL AND sha256 IS NOT NULL AND external_url IS NULL)
    OR (data IS NULL AND content_type IS NULL AND size_bytes IS NULL AND sm3 IS NULL AND sha256 IS NULL AND external_url IS NOT NULL)
  )
);

-- Open311 service definitions: the extra questions a category asks (GeoReport v2 "attributes")
CREATE TABLE hotline.service_attribute (
  category_code text NOT NULL REFERENCES hotline.category (code),
  code          text NOT NULL CHECK (code ~ '^[A-Za-z0-9_]{1,40}$'),
  datatype      text NOT NULL CHECK (datatype IN ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
  variable      boolean NOT NULL DEFAULT true,
  required      boolean NOT NULL DEFAULT false,
  position      int NOT NULL CHECK (position > 0),
  description   text NOT NULL,
  datatype_description text,
  -- [{key, name}] for the two list types
  choices       jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (category_code, code),
  UNIQUE (category_code, position)
);

INSERT INTO hotline.service_attribute (category_code, code, datatype, variable, required, position, description, datatype_description, choices) VALUES
  ('urban.roads', 'DAMAGE_KIND', 'singlevaluelist', true, true, 1, '路面损坏类型', NULL,
   '[{"key":"pothole","name":"坑洼"},{"key":"crack","name":"裂缝"},{"key":"subsidence","name":"塌陷"},{"key":"manhole","name":"井盖缺失或破损"}]'),
  ('urban.roads', 'DAMAGE_AREA', 'number', true, false, 2, '损坏面积（平方米，估计即可）', '数字，如 1.5', '[]'),
  ('urban.sanitation', 'WASTE_KIND', 'multivaluelist', true, true, 1, '垃圾类型（可多选）', NULL,
   '[{"key":"household","name":"生活垃圾"},{"key":"construction","name":"建筑垃圾"},{"key":"bulky","name":"大件垃圾"},{"key":"overflow","name":"垃圾桶满溢"}]'),
  ('urban.water_supply', 'WATER_ISSUE', 'singlevaluelist', true, true, 1, '供排水问题', NULL,
   '[{"key":"outage","name":"停水"},{"key":"leak","name":"管道漏水"},{"key":"waterlogging","name":"积水内涝"},{"key":"blocked_drain","name":"下水道堵塞"}]'),
  ('environment.noise', 'NOISE_SOURCE', 'singlevaluelist', true, true, 1, '噪声来源', NULL,
   '[{"key":"construction","name":"建筑施工"},{"key":"commercial","name":"商业经营"},{"key":"traffic","name":"交通"},{"key":"neighbourhood","name":"社会生活"}]'),
  ('environment.noise', 'NOISE_TIME', 'datetime', true, false, 2, '噪声出现的时间', '带时区的日期时间，如 2026-05-01T22:30:00+08:00', '[]'),
  ('urban.vendors', 'VENDOR_HOURS', 'string', true, false, 1, '经营时段（如 每晚 20 点至 24 点）', NULL, '[]'),
  ('transport.public_transit', 'ROUTE_NO', 'string', true, true, 1, '公交线路号', '如 K1、12 路', '[]'),
  ('urban.illegal_building', 'SAFETY_NOTE', 'text', false, false, 1, '请勿进入施工现场拍摄，在安全位置描述即可。', NULL, '[]');
