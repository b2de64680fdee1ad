-- Knowledge base (H4) and the citizen portal's 12345 pages (H1), issue 4.

-- Policies, FAQs and service guides that agents cite when they answer a call directly.
CREATE TABLE hotline.kb_article (
  id                  uuid PRIMARY KEY,
  kind                text NOT NULL CHECK (kind IN ('policy', 'faq', 'service_guide')),
  title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body                text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  category_codes      text[] NOT NULL DEFAULT '{}',
  owner_unit_id       uuid NOT NULL REFERENCES identity.department (id),
  -- the owner's division, copied so the writers' data scope is a filter on this row alone
  owner_division_code text NOT NULL,
  valid_from          date,
  valid_to            date CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
  status              text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  source_url          text,
  -- 'manual' for articles written on the admin page; a feed (the 一网通办 service catalog) names
  -- itself here and keeps its own key in source_ref, so re-delivered items update in place
  source              text NOT NULL DEFAULT 'manual',
  source_ref          text,
  -- jieba lexemes of title (weight A) and body (weight B), built by the application for the
  -- 'simple' configuration so PGlite and PostgreSQL index the same words
  search              tsvector NOT NULL,
  version             int NOT NULL DEFAULT 1,
  published_at        timestamptz,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  created_by          uuid
);
CREATE INDEX kb_article_search ON hotline.kb_article USING gin (search);
CREATE INDEX kb_article_owner_division ON hotline.kb_article (owner_division_code text_pattern_ops);
CREATE INDEX kb_article_updated ON hotline.kb_article (updated_at);
CREATE UNIQUE INDEX kb_article_source_ref ON hotline.kb_article (source, source_ref) WHERE source_ref IS NOT NULL;

-- 我的诉求: a citizen's own orders, newest first
CREATE INDEX work_order_created_by ON hotline.work_order (created_by, created_at);
