-- Hotline analytics (issue 4, H6): additive rollups of the work orders, so the leader dashboard answers
-- from a few thousand rows instead of scanning millions of orders.
--
-- One row per (level, dim, grain, period, division, category, key) holds counts of the orders REGISTERED
-- in that period (Shanghai days). Grains: 'd' day, 'w' ISO week (keyed by its Monday), 'm' month (keyed by
-- its 1st); weeks and months are sums of days. dim 'all' (key '') carries the totals; 'channel', 'type',
-- 'unit' (department id) and 'cell' (heat-map cell 'latIndex:lngIndex' on a 0.05° grid) the breakdowns.
-- Levels (repo/analytics-facts.ts ROLLUP_SETS): 'c' coarse — 'all' by county × first-level category,
-- breakdowns by city × first-level category — for city-wide questions; 'f' fine — 'all' by town × full
-- category, breakdowns by county × full category — for a county, a town or a leaf category. Division
-- codes are cut to that depth and padded back to 12 digits ('' = no location, category '' = unclassified).
CREATE TABLE hotline.analytics_cell (
  level      char(1) NOT NULL CHECK (level IN ('c', 'f')),
  dim        text COLLATE "C" NOT NULL CHECK (dim IN ('all', 'channel', 'type', 'unit', 'cell')),
  grain      char(1) NOT NULL CHECK (grain IN ('d', 'w', 'm')),
  period     date NOT NULL,
  division   text COLLATE "C" NOT NULL,
  category   text COLLATE "C" NOT NULL,
  key        text COLLATE "C" NOT NULL,
  received   int NOT NULL,
  closed     int NOT NULL,
  on_time    int NOT NULL,
  on_time_base int NOT NULL,
  callbacks  int NOT NULL,
  satisfied  int NOT NULL,
  answered   int NOT NULL,
  called_back int NOT NULL,
  dispatched int NOT NULL,
  returned   int NOT NULL,
  -- NULL while work orders carry no repeat-caller flag
  repeat_callers int,
  handling_seconds bigint NOT NULL,
  PRIMARY KEY (level, dim, grain, period, division, category, key)
);
-- a county or town filter, and a leaf-category filter, each read only their own rows
CREATE INDEX analytics_cell_division ON hotline.analytics_cell (level, dim, grain, division, period);
CREATE INDEX analytics_cell_category ON hotline.analytics_cell (level, dim, grain, category, period);

-- How far the incremental refresh has come: orders changed since `watermark` get their days recomputed.
CREATE TABLE hotline.analytics_state (
  id           boolean PRIMARY KEY DEFAULT true CHECK (id),
  watermark    timestamptz NOT NULL,
  refreshed_at timestamptz NOT NULL
);

-- the refresh job finds the registration days of recently changed orders through this
CREATE INDEX work_order_updated ON hotline.work_order (updated_at);
-- 回访 results of given orders without reading the rest of their timelines
CREATE INDEX order_event_callback ON hotline.order_event (order_id, (details ->> 'result')) WHERE action = 'callback';
