-- title: Ride-share trips, convoys and a stadium night
-- One Saturday in one city. A journey is what the rider asked for; a trip is one dispatch attempt
-- that may need several vehicles (a convoy); events are the timestamps drivers' apps report.
-- Money is integer cents. Every trip, solo or convoy, has its drivers in bridge_trip_driver.

CREATE TABLE dim_rider (
  rider_id INTEGER PRIMARY KEY,
  home_zone TEXT NOT NULL,
  signup_date DATE NOT NULL
);

CREATE TABLE dim_driver (
  driver_id INTEGER PRIMARY KEY,
  vehicle_class TEXT NOT NULL CHECK (vehicle_class IN ('economy', 'xl', 'premium')),
  seats INTEGER NOT NULL,
  onboarded_on DATE NOT NULL
);

CREATE TABLE dim_mass_event (
  mass_event_id INTEGER PRIMARY KEY,
  event_name TEXT NOT NULL,
  venue_zone TEXT NOT NULL,
  egress_starts_at TIMESTAMP NOT NULL,
  expected_attendance INTEGER NOT NULL
);

CREATE TABLE fact_journey (
  journey_id INTEGER PRIMARY KEY,
  rider_id INTEGER NOT NULL REFERENCES dim_rider (rider_id),
  requested_at TIMESTAMP NOT NULL,
  origin_zone TEXT NOT NULL,
  dest_zone TEXT NOT NULL,
  party_size INTEGER NOT NULL CHECK (party_size >= 1)
);

CREATE TABLE fact_trip (
  trip_id INTEGER PRIMARY KEY,
  journey_id INTEGER NOT NULL REFERENCES fact_journey (journey_id),
  attempt_no INTEGER NOT NULL,
  status TEXT CHECK (status IN ('completed', 'cancelled_by_driver', 'cancelled_by_rider')) NOT NULL,
  vehicle_count INTEGER NOT NULL CHECK (vehicle_count >= 1),
  distance_km DOUBLE PRECISION,
  fare_cents INTEGER NOT NULL CHECK (fare_cents >= 0),
  platform_fee_cents INTEGER NOT NULL CHECK (platform_fee_cents BETWEEN 0 AND fare_cents),
  ended_at TIMESTAMP NOT NULL,
  UNIQUE (journey_id, attempt_no)
);

-- The convoy bridge: one row per driver on a trip. The composite key stops a retried
-- assignment from putting the same driver on the same trip twice.
CREATE TABLE bridge_trip_driver (
  trip_id INTEGER NOT NULL REFERENCES fact_trip (trip_id),
  driver_id INTEGER NOT NULL REFERENCES dim_driver (driver_id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  payout_share NUMERIC(3, 2) NOT NULL CHECK (payout_share > 0 AND payout_share <= 1),
  PRIMARY KEY (trip_id, driver_id)
);

CREATE TABLE fact_trip_event (
  event_id INTEGER PRIMARY KEY,
  trip_id INTEGER NOT NULL REFERENCES fact_trip (trip_id),
  driver_id INTEGER REFERENCES dim_driver (driver_id),
  event_type TEXT NOT NULL CHECK (event_type IN ('accepted', 'arrived', 'started', 'completed', 'cancelled')),
  occurred_at TIMESTAMP NOT NULL,
  UNIQUE (trip_id, driver_id, event_type)
);

-- Extension table: only journeys that start inside a mass event's egress plan get a row,
-- so the core journey fact stays narrow on the other 364 days.
CREATE TABLE ext_journey_mass_event (
  journey_id INTEGER PRIMARY KEY REFERENCES fact_journey (journey_id),
  mass_event_id INTEGER NOT NULL REFERENCES dim_mass_event (mass_event_id),
  pickup_gate TEXT NOT NULL,
  staging_wave INTEGER NOT NULL
);

INSERT INTO dim_rider VALUES
  (1, 'CENTRAL', '2024-06-02'),
  (2, 'EAST', '2025-01-19'),
  (3, 'UNIVERSITY', '2023-09-30'),
  (4, 'AIRPORT', '2025-11-07'),
  (5, 'CENTRAL', '2022-04-14'),
  (6, 'EAST', '2026-02-21');

INSERT INTO dim_driver VALUES
  (11, 'economy', 4, '2023-03-01'),
  (12, 'economy', 4, '2024-08-12'),
  (13, 'xl', 6, '2022-11-20'),
  (14, 'xl', 6, '2025-05-05'),
  (15, 'economy', 4, '2021-07-17'),
  (16, 'premium', 4, '2024-01-09'),
  (17, 'economy', 4, '2025-12-01');

INSERT INTO dim_mass_event VALUES
  (1, 'Stadium concert', 'STADIUM', '2026-03-14 22:30:00', 52000);

INSERT INTO fact_journey VALUES
  (501, 1, '2026-03-14 08:02:00', 'CENTRAL', 'AIRPORT', 1),
  (502, 2, '2026-03-14 09:15:00', 'EAST', 'CENTRAL', 2),     -- first driver cancels: two trips
  (503, 3, '2026-03-14 12:40:00', 'CENTRAL', 'UNIVERSITY', 9), -- a party of nine: a 3-car convoy
  (504, 4, '2026-03-14 18:05:00', 'AIRPORT', 'EAST', 1),
  (505, 5, '2026-03-14 22:41:00', 'STADIUM', 'CENTRAL', 2),
  (506, 6, '2026-03-14 22:47:00', 'STADIUM', 'EAST', 6),      -- a 2-car convoy out of the stadium
  (507, 1, '2026-03-14 22:55:00', 'STADIUM', 'CENTRAL', 1),   -- rider gives up: no completed trip
  (508, 2, '2026-03-14 23:05:00', 'STADIUM', 'UNIVERSITY', 3);

INSERT INTO fact_trip VALUES
  (9001, 501, 1, 'completed', 1, 18.4, 3450, 690, '2026-03-14 08:41:00'),
  (9002, 502, 1, 'cancelled_by_driver', 1, NULL, 0, 0, '2026-03-14 09:22:00'),
  (9003, 502, 2, 'completed', 1, 7.9, 1820, 364, '2026-03-14 09:52:00'),
  (9004, 503, 1, 'completed', 3, 11.2, 8400, 1680, '2026-03-14 13:27:00'),
  (9005, 504, 1, 'completed', 1, 21.0, 5200, 1040, '2026-03-14 18:52:00'),
  (9006, 505, 1, 'completed', 1, 9.6, 2600, 520, '2026-03-14 23:22:00'),
  (9007, 506, 1, 'completed', 2, 12.3, 6000, 1200, '2026-03-14 23:38:00'),
  (9008, 507, 1, 'cancelled_by_rider', 1, NULL, 500, 100, '2026-03-14 23:17:00'), -- late-cancel fee
  (9009, 508, 1, 'completed', 1, 10.8, 2900, 580, '2026-03-14 23:45:00');

INSERT INTO bridge_trip_driver VALUES
  (9001, 11, 'lead', 1.0),
  (9002, 12, 'lead', 1.0),
  (9003, 15, 'lead', 1.0),
  (9004, 13, 'lead', 0.35),
  (9004, 12, 'support', 0.30),
  (9004, 14, 'support', 0.35),
  (9005, 16, 'lead', 1.0),
  (9006, 11, 'lead', 1.0),
  (9007, 13, 'lead', 0.6),
  (9007, 17, 'support', 0.4),
  (9008, 17, 'lead', 1.0),
  (9009, 15, 'lead', 1.0);

INSERT INTO fact_trip_event VALUES
  (1, 9001, 11, 'accepted', '2026-03-14 08:03:00'),
  (2, 9001, 11, 'arrived', '2026-03-14 08:09:00'),
  (3, 9001, 11, 'started', '2026-03-14 08:10:00'),
  (4, 9001, 11, 'completed', '2026-03-14 08:41:00'),
  (5, 9002, 12, 'accepted', '2026-03-14 09:16:00'),
  (6, 9002, 12, 'cancelled', '2026-03-14 09:22:00'),
  (7, 9003, 15, 'accepted', '2026-03-14 09:23:00'),
  (8, 9003, 15, 'arrived', '2026-03-14 09:30:00'),
  (9, 9003, 15, 'started', '2026-03-14 09:31:00'),
  (10, 9003, 15, 'completed', '2026-03-14 09:52:00'),
  (11, 9004, 12, 'accepted', '2026-03-14 12:42:00'),
  (12, 9004, 13, 'accepted', '2026-03-14 12:43:00'),
  (13, 9004, 14, 'accepted', '2026-03-14 12:45:00'),
  (14, 9004, 12, 'arrived', '2026-03-14 12:50:00'),
  (15, 9004, 13, 'arrived', '2026-03-14 12:52:00'),
  (16, 9004, 14, 'arrived', '2026-03-14 12:58:00'),  -- the convoy starts when the last car is there
  (17, 9004, 13, 'started', '2026-03-14 12:59:00'),
  (18, 9004, 13, 'completed', '2026-03-14 13:27:00'),
  (19, 9005, 16, 'accepted', '2026-03-14 18:06:00'),
  (20, 9005, 16, 'arrived', '2026-03-14 18:14:00'),
  (21, 9005, 16, 'started', '2026-03-14 18:15:00'),
  (22, 9005, 16, 'completed', '2026-03-14 18:52:00'),
  (23, 9006, 11, 'accepted', '2026-03-14 22:44:00'),
  (24, 9006, 11, 'arrived', '2026-03-14 22:58:00'),
  (25, 9006, 11, 'started', '2026-03-14 23:00:00'),
  (26, 9006, 11, 'completed', '2026-03-14 23:22:00'),
  (27, 9007, 13, 'accepted', '2026-03-14 22:49:00'),
  (28, 9007, 17, 'accepted', '2026-03-14 22:50:00'),
  (29, 9007, 13, 'arrived', '2026-03-14 23:06:00'),
  (30, 9007, 17, 'arrived', '2026-03-14 23:09:00'),
  (31, 9007, 13, 'started', '2026-03-14 23:10:00'),
  (32, 9007, 13, 'completed', '2026-03-14 23:38:00'),
  (33, 9008, 17, 'accepted', '2026-03-14 22:57:00'),
  (34, 9008, 17, 'arrived', '2026-03-14 23:12:00'),
  (35, 9008, 17, 'cancelled', '2026-03-14 23:17:00'),
  (36, 9009, 15, 'accepted', '2026-03-14 23:07:00'),
  (37, 9009, 15, 'arrived', '2026-03-14 23:21:00'),
  (38, 9009, 15, 'started', '2026-03-14 23:22:00'),
  (39, 9009, 15, 'completed', '2026-03-14 23:45:00');

INSERT INTO ext_journey_mass_event VALUES
  (505, 1, 'North gate', 1),
  (506, 1, 'South gate', 1),
  (507, 1, 'North gate', 2),
  (508, 1, 'South gate', 2);
