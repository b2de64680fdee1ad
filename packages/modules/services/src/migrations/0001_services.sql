-- 一网通办 (issue 3), first increment: the service item catalog (S1) — items, immutable published
-- versions, e-licence types the guides refer to, and the stored guide-quality report per department.
CREATE SCHEMA IF NOT EXISTS services;

-- The e-licence types a material or a result may name (S6 will own issuance; the catalog only refers to them).
CREATE TABLE services.elicence_type (
  code   text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name   text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  issuer text NOT NULL,
  active boolean NOT NULL DEFAULT true
);

INSERT INTO services.elicence_type (code, name, issuer, active) VALUES
  ('resident_id_card', '居民身份证', '公安机关', true),
  ('household_register', '居民户口簿', '公安机关', true),
  ('residence_permit', '居住证', '公安机关', true),
  ('driving_licence', '机动车驾驶证', '公安机关交通管理部门', true),
  ('no_criminal_record', '无犯罪记录证明', '公安机关', true),
  ('business_licence', '营业执照', '市场监督管理部门', true),
  ('food_business_licence', '食品经营许可证', '市场监督管理部门', true),
  ('food_production_licence', '食品生产许可证', '市场监督管理部门', true),
  ('drug_business_licence', '药品经营许可证', '药品监督管理部门', true),
  ('special_equipment_registration', '特种设备使用登记证', '市场监督管理部门', true),
  ('birth_certificate', '出生医学证明', '卫生健康部门', true),
  ('public_place_hygiene_licence', '公共场所卫生许可证', '卫生健康部门', true),
  ('medical_institution_licence', '医疗机构执业许可证', '卫生健康部门', true),
  ('physician_licence', '医师执业证书', '卫生健康部门', true),
  ('marriage_certificate', '结婚证', '民政部门', true),
  ('social_organisation_certificate', '社会团体法人登记证书', '民政部门', true),
  ('disability_certificate', '中华人民共和国残疾人证', '残疾人联合会', true),
  ('social_security_card', '社会保障卡', '人力资源社会保障部门', true),
  ('employment_card', '就业创业证', '人力资源社会保障部门', true),
  ('construction_land_planning_permit', '建设用地规划许可证', '自然资源部门', true),
  ('construction_project_planning_permit', '建设工程规划许可证', '自然资源部门', true),
  ('real_estate_certificate', '不动产权证书', '自然资源部门', true),
  ('construction_permit', '建筑工程施工许可证', '住房城乡建设部门', true),
  ('presale_permit', '商品房预售许可证', '住房城乡建设部门', true),
  ('drainage_permit', '城镇污水排入排水管网许可证', '水务部门', true),
  ('water_abstraction_permit', '取水许可证', '水行政主管部门', true),
  ('teacher_qualification', '教师资格证书', '教育行政部门', true),
  ('private_school_licence', '民办学校办学许可证', '教育行政部门', true),
  ('ride_hailing_driver_permit', '网络预约出租汽车驾驶员证', '交通运输部门', true),
  ('road_transport_licence', '道路运输经营许可证', '交通运输部门', true),
  ('pollutant_discharge_permit', '排污许可证', '生态环境部门', true),
  -- retired by the 多证合一 reform: guides that still ask for it are flagged by the quality checker
  ('enterprise_legal_person_licence', '企业法人营业执照（多证合一前）', '市场监督管理部门', false);

-- One row per catalog entry across its versions. The working copy of a draft lives in `draft`
-- (a variant's draft holds only its overrides); what the public reads is `live_version_id`.
CREATE TABLE services.item (
  id                uuid PRIMARY KEY,
  code              text NOT NULL CHECK (code ~ '^[0-9A-Z]{4,64}$'),
  kind              text NOT NULL CHECK (kind IN ('standard', 'claimed', 'variant')),
  parent_id         uuid REFERENCES services.item (id),
  situation         text CHECK (situation IS NULL OR length(situation) BETWEEN 1 AND 40),
  source_item_id    uuid REFERENCES services.item (id),
  department_id     uuid NOT NULL REFERENCES identity.department (id),
  division_code     text NOT NULL CHECK (division_code ~ '^[0-9]{12}$'),
  level             text NOT NULL CHECK (level IN ('province', 'city', 'county', 'town', 'village')),
  name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
  type              text NOT NULL CHECK (type IN ('XK', 'JF', 'QR', 'ZS', 'JL', 'CJ', 'QT', 'GG')),
  targets           text[] NOT NULL DEFAULT '{}',
  state             text NOT NULL CHECK (state IN ('draft', 'review', 'published', 'withdrawn', 'archived')),
  draft             jsonb,
  live_version_id   uuid,
  latest_version_no int NOT NULL DEFAULT 0,
  last_reviewed_at  timestamptz,
  review_note       text,
  version           int NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  created_by        uuid,
  CHECK ((kind = 'variant') = (parent_id IS NOT NULL AND situation IS NOT NULL)),
  CHECK ((kind = 'claimed') = (source_item_id IS NOT NULL)),
  CHECK (state NOT IN ('draft', 'review') OR draft IS NOT NULL)
);
-- a code names one item at a time; an archived item frees its code
CREATE UNIQUE INDEX item_code_unique ON services.item (code) WHERE state <> 'archived';
-- a division claims an item once
CREATE UNIQUE INDEX item_claim_once ON services.item (source_item_id, division_code) WHERE source_item_id IS NOT NULL AND state <> 'archived';
CREATE INDEX item_department ON services.item (department_id, state);
CREATE INDEX item_division ON services.item (division_code text_pattern_ops);
CREATE INDEX item_parent ON services.item (parent_id) WHERE parent_id IS NOT NULL;

-- A published version: the complete guide as citizens read it, never changed afterwards, so an
-- application filed under it (S2) always shows what the applicant agreed to.
CREATE TABLE services.item_version (
  id                uuid PRIMARY KEY,
  item_id           uuid NOT NULL REFERENCES services.item (id),
  version_no        int NOT NULL CHECK (version_no >= 1),
  code              text NOT NULL,
  name              text NOT NULL,
  type              text NOT NULL,
  department_id     uuid NOT NULL REFERENCES identity.department (id),
  department_name   text NOT NULL,
  division_code     text NOT NULL,
  level             text NOT NULL,
  targets           text[] NOT NULL,
  content           jsonb NOT NULL,
  -- a variant's own overrides and the parent version they were resolved against
  overrides         jsonb,
  parent_version_id uuid REFERENCES services.item_version (id),
  published_at      timestamptz NOT NULL,
  published_by      uuid,
  published_by_name text,
  UNIQUE (item_id, version_no)
);
CREATE INDEX item_version_item ON services.item_version (item_id, version_no DESC);

CREATE FUNCTION services.item_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published item versions are immutable' USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER item_version_immutable BEFORE UPDATE OR DELETE ON services.item_version
  FOR EACH ROW EXECUTE FUNCTION services.item_version_immutable();

ALTER TABLE services.item ADD CONSTRAINT item_live_version FOREIGN KEY (live_version_id) REFERENCES services.item_version (id);

-- The latest guide-quality report of each department, recomputed on every publish and on request.
CREATE TABLE services.quality_report (
  department_id uuid PRIMARY KEY REFERENCES identity.department (id),
  division_code text NOT NULL,
  generated_at  timestamptz NOT NULL,
  trigger       text NOT NULL,
  items         int NOT NULL,
  errors        int NOT NULL,
  warnings      int NOT NULL,
  findings      jsonb NOT NULL
);
CREATE INDEX quality_report_division ON services.quality_report (division_code text_pattern_ops);
