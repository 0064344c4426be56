-- title: Surge pricing decisions and their outcomes
-- The causal chain: a market state snapshot -> a pricing decision -> the outcome while it was live.
-- Each decision freezes the exact inputs the model saw in input_features_json, and points at the
-- model version live at that instant (dim_pricing_model is SCD type 2). Money is integer cents.
-- Rule of both model versions: multiplier = round(min(cap, max(1, 1 + sensitivity * (ratio - 1))), 1)
-- where ratio = open_requests / available_drivers.

CREATE TABLE dim_zone (
  zone_id INTEGER PRIMARY KEY,
  zone_name TEXT NOT NULL,
  city TEXT NOT NULL
);

CREATE TABLE dim_pricing_model (
  model_key INTEGER PRIMARY KEY,
  model_id TEXT NOT NULL,
  version TEXT NOT NULL,
  sensitivity NUMERIC(3, 2) NOT NULL,
  max_multiplier NUMERIC(3, 1) NOT NULL,
  valid_from TIMESTAMP NOT NULL,
  valid_to TIMESTAMP NOT NULL,       -- exclusive; '9999-12-31 23:59:59' while live
  is_current BOOLEAN NOT NULL,
  UNIQUE (model_id, version)
);

-- A version row is history: only valid_to and is_current may change (to close it).
-- Each engine writes the trigger its own way; the name and the error text are the same.
-- [sqlite]
CREATE TRIGGER pricing_model_is_history
BEFORE UPDATE OF model_id, version, sensitivity, max_multiplier, valid_from ON dim_pricing_model
BEGIN
  SELECT RAISE(ABORT, 'model versions are immutable: add a new version row instead');
END;
-- [postgres]
CREATE FUNCTION reject_model_version_edit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'model versions are immutable: add a new version row instead';
END
$$;
CREATE TRIGGER pricing_model_is_history
BEFORE UPDATE OF model_id, version, sensitivity, max_multiplier, valid_from ON dim_pricing_model
FOR EACH ROW EXECUTE FUNCTION reject_model_version_edit();
-- [both]

CREATE TABLE fact_market_state (
  state_id INTEGER PRIMARY KEY,
  zone_id INTEGER NOT NULL REFERENCES dim_zone (zone_id),
  snapshot_at TIMESTAMP NOT NULL,
  open_requests INTEGER NOT NULL,
  available_drivers INTEGER NOT NULL CHECK (available_drivers > 0),
  eta_p50_min INTEGER NOT NULL,
  restated_at TIMESTAMP,             -- set when late driver pings recomputed the snapshot
  UNIQUE (zone_id, snapshot_at)
);

CREATE TABLE fact_surge_decision (
  decision_id INTEGER PRIMARY KEY,
  state_id INTEGER NOT NULL UNIQUE REFERENCES fact_market_state (state_id),
  zone_id INTEGER NOT NULL REFERENCES dim_zone (zone_id),
  model_key INTEGER NOT NULL REFERENCES dim_pricing_model (model_key),
  decided_at TIMESTAMP NOT NULL,
  multiplier NUMERIC(3, 1) NOT NULL CHECK (multiplier >= 1),
  -- The frozen model input must parse: a json_valid CHECK on text in SQLite, jsonb in PostgreSQL.
-- [sqlite]
  input_features_json TEXT NOT NULL CHECK (json_valid(input_features_json))
-- [postgres]
  input_features_json JSONB NOT NULL
-- [both]
);

CREATE TABLE fact_surge_outcome (
  decision_id INTEGER PRIMARY KEY REFERENCES fact_surge_decision (decision_id),
  quotes_shown INTEGER NOT NULL,
  quotes_accepted INTEGER NOT NULL CHECK (quotes_accepted <= quotes_shown),
  trips_completed INTEGER NOT NULL CHECK (trips_completed <= quotes_accepted),
  base_fare_cents INTEGER NOT NULL,  -- what the completed trips would have cost at 1.0x
  gross_fare_cents INTEGER NOT NULL
);

CREATE TABLE mod_replay_result (
  replay_run_id TEXT NOT NULL,
  decision_id INTEGER NOT NULL REFERENCES fact_surge_decision (decision_id),
  model_key INTEGER NOT NULL REFERENCES dim_pricing_model (model_key),
  replayed_multiplier NUMERIC(3, 1) NOT NULL,
  PRIMARY KEY (replay_run_id, decision_id)
);

INSERT INTO dim_zone VALUES
  (1, 'Downtown', 'Harbor City'),
  (2, 'Airport', 'Harbor City'),
  (3, 'Riverside', 'Harbor City');

INSERT INTO dim_pricing_model VALUES
  (1, 'surge-core', 'v3', 0.5, 2.5, '2026-03-01 00:00:00', '2026-03-10 18:00:00', FALSE),
  (2, 'surge-core', 'v4', 0.6, 2.2, '2026-03-10 18:00:00', '9999-12-31 23:59:59', TRUE);

INSERT INTO fact_market_state VALUES
  (1, 1, '2026-03-10 17:00:00', 32, 20, 6, NULL),
  (2, 2, '2026-03-10 17:00:00', 44, 10, 14, NULL),
  (3, 3, '2026-03-10 17:00:00', 12, 15, 4, NULL),
  (4, 1, '2026-03-10 17:30:00', 40, 20, 7, NULL),
  -- trap: restated after the decision; the model saw 10 drivers, not 15
  (5, 2, '2026-03-10 17:30:00', 30, 15, 11, '2026-03-10 17:34:10'),
  (6, 1, '2026-03-10 18:00:00', 36, 18, 8, NULL),
  (7, 2, '2026-03-10 18:00:00', 36, 12, 12, NULL),
  (8, 3, '2026-03-10 18:00:00', 20, 20, 5, NULL),
  (9, 1, '2026-03-10 18:30:00', 30, 20, 6, NULL),
  (10, 2, '2026-03-10 18:30:00', 25, 10, 10, NULL);

INSERT INTO fact_surge_decision VALUES
  (101, 1, 1, 1, '2026-03-10 17:00:05', 1.3, '{"open_requests": 32, "available_drivers": 20, "eta_p50_min": 6, "raining": 0}'),
  (102, 2, 2, 1, '2026-03-10 17:00:05', 2.5, '{"open_requests": 44, "available_drivers": 10, "eta_p50_min": 14, "raining": 0}'),
  (103, 3, 3, 1, '2026-03-10 17:00:05', 1.0, '{"open_requests": 12, "available_drivers": 15, "eta_p50_min": 4, "raining": 0}'),
  (104, 4, 1, 1, '2026-03-10 17:30:05', 1.5, '{"open_requests": 40, "available_drivers": 20, "eta_p50_min": 7, "raining": 1}'),
  (105, 5, 2, 1, '2026-03-10 17:30:05', 2.0, '{"open_requests": 30, "available_drivers": 10, "eta_p50_min": 11, "raining": 1}'),
  (106, 6, 1, 2, '2026-03-10 18:00:05', 1.6, '{"open_requests": 36, "available_drivers": 18, "eta_p50_min": 8, "raining": 1}'),
  (107, 7, 2, 2, '2026-03-10 18:00:05', 2.2, '{"open_requests": 36, "available_drivers": 12, "eta_p50_min": 12, "raining": 1}'),
  (108, 8, 3, 2, '2026-03-10 18:00:05', 1.0, '{"open_requests": 20, "available_drivers": 20, "eta_p50_min": 5, "raining": 0}'),
  (109, 9, 1, 2, '2026-03-10 18:30:05', 1.3, '{"open_requests": 30, "available_drivers": 20, "eta_p50_min": 6, "raining": 0}'),
  (110, 10, 2, 2, '2026-03-10 18:30:05', 1.9, '{"open_requests": 25, "available_drivers": 10, "eta_p50_min": 10, "raining": 0}');

INSERT INTO fact_surge_outcome VALUES
  (101, 30, 24, 22, 28600, 37180),
  (102, 40, 18, 17, 30600, 76500),
  (103, 12, 11, 11, 13200, 13200),
  (104, 38, 27, 25, 32500, 48750),
  (105, 28, 15, 14, 25200, 50400),
  (106, 34, 25, 24, 30000, 48000),
  (107, 34, 17, 16, 28800, 63360),
  (108, 19, 17, 16, 17600, 17600),
  (109, 29, 24, 23, 29900, 38870),
  (110, 24, 14, 14, 25200, 47880);

-- Replay run: what would v4 have charged during the last v3 hour? Computed from the frozen features.
INSERT INTO mod_replay_result VALUES
  ('replay-v4-on-v3-hour', 101, 2, 1.4),
  ('replay-v4-on-v3-hour', 102, 2, 2.2),
  ('replay-v4-on-v3-hour', 103, 2, 1.0),
  ('replay-v4-on-v3-hour', 104, 2, 1.6),
  ('replay-v4-on-v3-hour', 105, 2, 2.2);
