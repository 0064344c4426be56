-- title: Streaming royalties under a pool model
-- Money in micro-dollars (1 USD = 1,000,000): per-stream rates are fractions of a cent.
-- A stream is royalty-eligible when ms_played >= 30000.

CREATE TABLE dim_track (
  track_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  primary_artist TEXT NOT NULL,
  isrc TEXT NOT NULL UNIQUE,
  released_on DATE NOT NULL
);

CREATE TABLE dim_rights_holder (
  rights_holder_id INTEGER PRIMARY KEY,
  holder_name TEXT NOT NULL,
  holder_type TEXT NOT NULL CHECK (holder_type IN ('label', 'publisher', 'artist', 'distributor'))
);

-- SCD2: one row per (track, holder) share and validity window; valid_to is exclusive.
CREATE TABLE bridge_track_rights (
  track_rights_id INTEGER PRIMARY KEY,
  track_id INTEGER NOT NULL REFERENCES dim_track (track_id),
  rights_holder_id INTEGER NOT NULL REFERENCES dim_rights_holder (rights_holder_id),
  share_bps INTEGER NOT NULL CHECK (share_bps BETWEEN 1 AND 10000),
  valid_from DATE NOT NULL,
  valid_to DATE NOT NULL DEFAULT '9999-12-31',
  is_current BOOLEAN NOT NULL,
  CHECK (valid_to > valid_from)
);

CREATE TABLE fact_stream (
  stream_id INTEGER PRIMARY KEY,
  track_id INTEGER NOT NULL REFERENCES dim_track (track_id),
  listener_id INTEGER NOT NULL,
  plan_tier TEXT NOT NULL CHECK (plan_tier IN ('premium', 'ad_supported')),
  streamed_at TIMESTAMP NOT NULL,
  ms_played INTEGER NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  royalty_period_id TEXT NOT NULL   -- the period open when the stream was ingested
);

-- One row per month and pool, written once when the period closes.
CREATE TABLE snap_royalty_period_close (
  period_id TEXT NOT NULL,
  plan_tier TEXT NOT NULL,
  period_start DATE NOT NULL,
  period_end DATE NOT NULL,
  closed_at TIMESTAMP NOT NULL,
  pool_micros INTEGER NOT NULL,
  eligible_streams INTEGER NOT NULL,
  per_stream_rate_micros INTEGER NOT NULL,
  PRIMARY KEY (period_id, plan_tier)
);

-- A closed period is frozen: a stream ingested after its close must go to the open period.
-- Written once per engine, with the same name and the same message.
-- [sqlite]
CREATE TRIGGER trg_closed_period_is_frozen BEFORE INSERT ON fact_stream
WHEN (SELECT MIN(closed_at) FROM snap_royalty_period_close
      WHERE period_id = NEW.royalty_period_id) <= NEW.ingested_at
BEGIN
  SELECT RAISE(ABORT, 'royalty period already closed: assign the stream to the open period');
END;
-- [postgres]
CREATE FUNCTION closed_period_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT MIN(closed_at) FROM snap_royalty_period_close
      WHERE period_id = NEW.royalty_period_id) <= NEW.ingested_at THEN
    RAISE EXCEPTION 'royalty period already closed: assign the stream to the open period';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER trg_closed_period_is_frozen BEFORE INSERT ON fact_stream
FOR EACH ROW EXECUTE FUNCTION closed_period_is_frozen();
-- [both]

INSERT INTO dim_track VALUES
  (1, 'Salt Flats', 'Marisol Vega', 'USNL12500101', '2025-04-11'),
  (2, 'Paper Lanterns', 'The Quiet Hours', 'GBQH12500007', '2025-09-19'),
  (3, 'Low Tide Radio', 'Odette Lark', 'FROL12500042', '2025-11-07'),
  (4, 'Northbound', 'Kiko Ren', 'JPKR12600003', '2026-01-09'),
  (5, 'Glass Orchard', 'Marisol Vega', 'USNL12500188', '2025-06-27');

INSERT INTO dim_rights_holder VALUES
  (1, 'Northlight Records', 'label'),
  (2, 'Cobalt Sound', 'label'),
  (3, 'Fieldnote Publishing', 'publisher'),
  (4, 'Odette Lark', 'artist'),
  (5, 'Stackyard Distribution', 'distributor');

INSERT INTO bridge_track_rights VALUES
  (1, 1, 1, 10000, '2025-04-11', '9999-12-31', TRUE),
  (2, 2, 1, 8000, '2025-09-19', '9999-12-31', TRUE),
  (3, 2, 3, 2000, '2025-09-19', '9999-12-31', TRUE),
  -- trap: track 3 was renegotiated mid-quarter; from 15 Feb the artist takes 15% directly
  (4, 3, 2, 8500, '2025-11-07', '2026-02-15', FALSE),
  (5, 3, 3, 1500, '2025-11-07', '2026-02-15', FALSE),
  (6, 3, 2, 7000, '2026-02-15', '9999-12-31', TRUE),
  (7, 3, 3, 1500, '2026-02-15', '9999-12-31', TRUE),
  (8, 3, 4, 1500, '2026-02-15', '9999-12-31', TRUE),
  (9, 4, 5, 10000, '2026-01-09', '9999-12-31', TRUE),
  (10, 5, 1, 7500, '2025-06-27', '9999-12-31', TRUE),
  (11, 5, 3, 2500, '2025-06-27', '9999-12-31', TRUE);

INSERT INTO fact_stream VALUES
  -- January, premium
  (1, 1, 11, 'premium', '2026-01-04 08:12:00', 201000, '2026-01-04 08:15:00', '2026-01'),
  (2, 3, 12, 'premium', '2026-01-09 19:40:00', 184000, '2026-01-09 19:44:00', '2026-01'),
  (3, 3, 13, 'premium', '2026-01-17 22:03:00', 95000, '2026-01-17 22:05:00', '2026-01'),
  (4, 5, 11, 'premium', '2026-01-21 07:30:00', 233000, '2026-01-21 07:34:00', '2026-01'),
  (5, 2, 14, 'premium', '2026-01-25 12:00:00', 12000, '2026-01-25 12:01:00', '2026-01'),  -- trap: skip, under 30 s
  -- January, ad-supported
  (6, 2, 21, 'ad_supported', '2026-01-06 16:45:00', 176000, '2026-01-06 16:50:00', '2026-01'),
  (7, 4, 22, 'ad_supported', '2026-01-12 21:10:00', 142000, '2026-01-12 21:12:00', '2026-01'),
  (8, 1, 23, 'ad_supported', '2026-01-30 09:55:00', 201000, '2026-01-30 09:58:00', '2026-01'),
  -- February, premium
  (9, 1, 12, 'premium', '2026-02-03 07:05:00', 201000, '2026-02-03 07:09:00', '2026-02'),
  (10, 3, 11, 'premium', '2026-02-10 18:22:00', 184000, '2026-02-10 18:25:00', '2026-02'),
  (11, 5, 14, 'premium', '2026-02-14 20:40:00', 233000, '2026-02-14 20:43:00', '2026-02'),
  (12, 4, 13, 'premium', '2026-02-16 11:11:00', 8000, '2026-02-16 11:12:00', '2026-02'),    -- trap: skip
  (13, 3, 13, 'premium', '2026-02-20 23:15:00', 184000, '2026-02-20 23:19:00', '2026-02'),
  (14, 4, 12, 'premium', '2026-02-21 06:30:00', 142000, '2026-02-21 06:33:00', '2026-02'),
  (15, 2, 11, 'premium', '2026-02-25 14:50:00', 176000, '2026-02-25 14:54:00', '2026-02'),
  -- February, ad-supported
  (16, 3, 21, 'ad_supported', '2026-02-14 23:59:00', 61000, '2026-02-15 00:02:00', '2026-02'),  -- trap: old split (streamed before 15 Feb)
  (17, 3, 22, 'ad_supported', '2026-02-16 10:20:00', 184000, '2026-02-16 10:22:00', '2026-02'),
  (18, 2, 23, 'ad_supported', '2026-02-18 17:35:00', 176000, '2026-02-18 17:39:00', '2026-02'),
  (19, 5, 21, 'ad_supported', '2026-02-26 08:00:00', 233000, '2026-02-26 08:04:00', '2026-02'),
  -- trap: streamed 27 Feb offline, synced 5 March after February closed: paid in March, new split
  (20, 3, 14, 'premium', '2026-02-27 23:50:00', 184000, '2026-03-05 09:00:00', '2026-03'),
  -- March, premium
  (21, 3, 12, 'premium', '2026-03-02 08:45:00', 184000, '2026-03-02 08:49:00', '2026-03'),
  (22, 1, 13, 'premium', '2026-03-09 19:00:00', 201000, '2026-03-09 19:03:00', '2026-03'),
  (23, 4, 11, 'premium', '2026-03-15 22:22:00', 142000, '2026-03-15 22:25:00', '2026-03'),
  (24, 5, 14, 'premium', '2026-03-28 13:13:00', 21000, '2026-03-28 13:14:00', '2026-03'),   -- trap: skip
  -- March, ad-supported
  (25, 1, 22, 'ad_supported', '2026-03-04 12:30:00', 201000, '2026-03-04 12:34:00', '2026-03'),
  (26, 4, 23, 'ad_supported', '2026-03-11 18:05:00', 142000, '2026-03-11 18:08:00', '2026-03'),
  (27, 3, 21, 'ad_supported', '2026-03-19 07:40:00', 184000, '2026-03-19 07:43:00', '2026-03'),
  (28, 2, 22, 'ad_supported', '2026-03-27 21:00:00', 25000, '2026-03-27 21:01:00', '2026-03');  -- trap: skip

-- Written at each close: pool / eligible streams counted at that moment = the frozen rate.
INSERT INTO snap_royalty_period_close VALUES
  ('2026-01', 'premium', '2026-01-01', '2026-01-31', '2026-02-03 06:00:00', 16000, 4, 4000),
  ('2026-01', 'ad_supported', '2026-01-01', '2026-01-31', '2026-02-03 06:00:00', 3000, 3, 1000),
  ('2026-02', 'premium', '2026-02-01', '2026-02-28', '2026-03-03 06:00:00', 25200, 6, 4200),
  ('2026-02', 'ad_supported', '2026-02-01', '2026-02-28', '2026-03-03 06:00:00', 4400, 4, 1100),
  ('2026-03', 'premium', '2026-03-01', '2026-03-31', '2026-04-03 06:00:00', 15600, 4, 3900),
  ('2026-03', 'ad_supported', '2026-03-01', '2026-03-31', '2026-04-03 06:00:00', 2700, 3, 900);
