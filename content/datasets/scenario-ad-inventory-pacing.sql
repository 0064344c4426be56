-- title: Streaming TV ad inventory, pacing and make-goods
-- A streaming service sells guaranteed campaigns (line items) on its shows. Every ad slot in a pod
-- is an opportunity, filled or not: unfilled ones are rows with a reason. The opportunity rows are
-- a sample (one evening hour on two shows); pacing snapshots and make-good entries carry full
-- flight totals. Money is integer cents; CPM is cents per thousand impressions.

CREATE TABLE dim_line_item (
  line_item_id INTEGER PRIMARY KEY,
  advertiser TEXT NOT NULL,
  booked_impressions INTEGER NOT NULL,
  flight_start DATE NOT NULL,
  flight_end DATE NOT NULL,          -- inclusive
  cpm_cents INTEGER NOT NULL,
  daily_household_cap INTEGER NOT NULL
);

CREATE TABLE dim_content (
  content_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  genre TEXT NOT NULL
);

CREATE TABLE fact_ad_opportunity (
  opportunity_id INTEGER PRIMARY KEY,
  content_id INTEGER NOT NULL REFERENCES dim_content (content_id),
  household_id TEXT NOT NULL,
  pod_position INTEGER NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  line_item_id INTEGER REFERENCES dim_line_item (line_item_id),
  unfilled_reason TEXT CHECK (unfilled_reason IN ('no_demand', 'frequency_cap', 'pacing_hold')),
  -- exactly one of: a line item that filled it, or the reason it stayed empty
  CHECK ((line_item_id IS NULL) <> (unfilled_reason IS NULL)),
  UNIQUE (household_id, occurred_at, pod_position)
);

CREATE TABLE snap_line_item_pacing (
  line_item_id INTEGER NOT NULL REFERENCES dim_line_item (line_item_id),
  snapshot_date DATE NOT NULL,
  delivered_to_date INTEGER NOT NULL,
  expected_to_date INTEGER NOT NULL,
  PRIMARY KEY (line_item_id, snapshot_date)
);

-- The liability ledger: accruals are positive, deliveries and credits negative. Append-only.
CREATE TABLE fact_make_good (
  entry_id INTEGER PRIMARY KEY,
  line_item_id INTEGER NOT NULL REFERENCES dim_line_item (line_item_id),
  entry_date DATE NOT NULL,
  entry_type TEXT NOT NULL CHECK (entry_type IN ('accrue', 'deliver', 'credit')),
  impressions INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL,
  CHECK ((entry_type = 'accrue') = (amount_cents > 0))
);

-- The two triggers have the same names and the same message on both engines.
-- [sqlite]
CREATE TRIGGER make_good_no_update BEFORE UPDATE ON fact_make_good
BEGIN SELECT RAISE(ABORT, 'make-good entries are append-only: post a correcting entry'); END;
CREATE TRIGGER make_good_no_delete BEFORE DELETE ON fact_make_good
BEGIN SELECT RAISE(ABORT, 'make-good entries are append-only: post a correcting entry'); END;
-- [postgres]
CREATE FUNCTION make_good_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'make-good entries are append-only: post a correcting entry';
END $$;
CREATE TRIGGER make_good_no_update BEFORE UPDATE ON fact_make_good
FOR EACH ROW EXECUTE FUNCTION make_good_append_only();
CREATE TRIGGER make_good_no_delete BEFORE DELETE ON fact_make_good
FOR EACH ROW EXECUTE FUNCTION make_good_append_only();
-- [both]

INSERT INTO dim_line_item VALUES
  (1, 'Harbor Motors', 2000000, '2026-03-01', '2026-03-10', 4200, 3),
  (2, 'Sunny Cereal', 1500000, '2026-03-01', '2026-03-15', 3500, 2),
  (3, 'Pulse Fitness', 600000, '2026-03-05', '2026-03-14', 3800, 4),
  (4, 'Harbor Motors', 1000000, '2026-02-01', '2026-02-28', 4200, 3),
  (5, 'Sunny Cereal', 800000, '2026-02-10', '2026-02-28', 3500, 2);

INSERT INTO dim_content VALUES
  (1, 'Harbor Lights S2E4', 'drama'),
  (2, 'Friday Night Football', 'sports');

INSERT INTO fact_ad_opportunity VALUES
  (1, 1, 'H1', 1, '2026-03-08 20:05:00', 1, NULL),
  (2, 1, 'H1', 2, '2026-03-08 20:05:00', 2, NULL),
  (3, 1, 'H2', 1, '2026-03-08 20:05:00', 1, NULL),
  (4, 1, 'H2', 2, '2026-03-08 20:05:00', 3, NULL),
  (5, 1, 'H3', 1, '2026-03-08 20:05:00', 3, NULL),
  (6, 1, 'H3', 2, '2026-03-08 20:05:00', NULL, 'no_demand'),
  (7, 1, 'H1', 1, '2026-03-08 20:21:00', 1, NULL),
  (8, 1, 'H1', 2, '2026-03-08 20:21:00', NULL, 'pacing_hold'),  -- Sunny is ahead of pace: held back
  (9, 1, 'H2', 1, '2026-03-08 20:21:00', 1, NULL),
  (10, 1, 'H2', 2, '2026-03-08 20:21:00', 2, NULL),
  (11, 1, 'H3', 1, '2026-03-08 20:21:00', 1, NULL),
  (12, 1, 'H3', 2, '2026-03-08 20:21:00', NULL, 'no_demand'),
  (13, 1, 'H1', 1, '2026-03-08 20:38:00', 1, NULL),             -- H1's third Harbor ad today: cap reached
  (14, 1, 'H1', 2, '2026-03-08 20:38:00', 3, NULL),
  (15, 1, 'H1', 1, '2026-03-08 20:52:00', NULL, 'frequency_cap'),
  (16, 1, 'H1', 2, '2026-03-08 20:52:00', 2, NULL),
  (17, 2, 'H4', 1, '2026-03-08 20:10:00', 2, NULL),
  (18, 2, 'H4', 2, '2026-03-08 20:10:00', 3, NULL),
  (19, 2, 'H4', 3, '2026-03-08 20:10:00', NULL, 'no_demand'),
  (20, 2, 'H5', 1, '2026-03-08 20:10:00', 1, NULL),
  (21, 2, 'H5', 2, '2026-03-08 20:10:00', NULL, 'no_demand'),
  (22, 2, 'H5', 3, '2026-03-08 20:10:00', NULL, 'no_demand'),
  (23, 2, 'H4', 1, '2026-03-08 20:40:00', 3, NULL),
  (24, 2, 'H4', 2, '2026-03-08 20:40:00', NULL, 'pacing_hold'),
  (25, 2, 'H5', 1, '2026-03-08 20:40:00', 2, NULL),
  (26, 2, 'H5', 2, '2026-03-08 20:40:00', NULL, 'no_demand');

INSERT INTO snap_line_item_pacing VALUES
  (1, '2026-03-06', 1150000, 1200000),
  (1, '2026-03-08', 1432000, 1600000),
  (1, '2026-03-10', 1760000, 2000000),   -- flight closed 240,000 short
  (2, '2026-03-06', 640000, 600000),
  (2, '2026-03-08', 852000, 800000),
  (2, '2026-03-10', 1040000, 1000000),
  (3, '2026-03-06', 90000, 120000),
  (3, '2026-03-08', 200000, 240000),
  (3, '2026-03-10', 315000, 360000);

INSERT INTO fact_make_good VALUES
  (1, 4, '2026-02-28', 'accrue', 50000, 210000),
  (2, 4, '2026-03-04', 'deliver', -30000, -126000),
  (3, 4, '2026-03-07', 'deliver', -20000, -84000),
  (4, 5, '2026-02-28', 'accrue', 30000, 105000),
  (5, 5, '2026-03-05', 'credit', -30000, -105000),
  (6, 1, '2026-03-10', 'accrue', 240000, 1008000);
