-- title: Ride-share: riders, drivers, trips, trip events, ratings and surge
-- Money is integer cents (EUR). Timestamps are local time without a zone (TIMESTAMP), one time zone per city.
-- trips holds the current state of each trip; trip_events is the raw app event log, kept only for
-- 2026-03-02 18:00 to 2026-03-04 12:00 (short retention), so it covers trips 8 to 14.

CREATE TABLE riders (
  rider_id    INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  home_city   TEXT NOT NULL,
  signup_date DATE NOT NULL
);
INSERT INTO riders VALUES
  (1, 'Ana Ferreira',  'Lisbon', '2025-05-04'),
  (2, 'Bea Santos',    'Lisbon', '2025-08-19'),
  (3, 'Carlos Mendes', 'Porto',  '2025-09-30'),
  (4, 'Diogo Alves',   'Porto',  '2025-12-12'),
  (5, 'Eva Moreira',   'Lisbon', '2026-01-07'),
  (6, 'Filipe Rocha',  'Lisbon', '2026-02-11'),
  (7, 'Gil Barros',    'Porto',  '2026-02-27'), -- trap: never requested a ride
  (8, 'Hugo Pinto',    'Porto',  '2026-03-04'); -- trap: first trip ever on 2026-03-04 (trip 29)

CREATE TABLE drivers (
  driver_id    INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  city         TEXT NOT NULL,
  vehicle_type TEXT NOT NULL,
  onboarded_at DATE NOT NULL
);
INSERT INTO drivers VALUES
  (1, 'Rui Costa',   'Lisbon', 'comfort',  '2025-06-01'),
  (2, 'Marta Reis',  'Lisbon', 'standard', '2025-09-12'),
  (3, 'Joao Pires',  'Porto',  'standard', '2025-11-03'),
  (4, 'Ines Duarte', 'Porto',  'xl',       '2026-01-10'),
  (5, 'Tiago Lopes', 'Lisbon', 'standard', '2026-02-20'),
  (6, 'Sofia Nunes', 'Porto',  'comfort',  '2026-03-01'), -- trap: onboarded, zero trips
  (7, 'Luis Matos',  'Porto',  'standard', '2026-03-02'); -- trap: assigned once (trip 29), never completed a trip

CREATE TABLE trips (
  trip_id      INTEGER PRIMARY KEY,
  rider_id     INTEGER NOT NULL REFERENCES riders (rider_id),
  driver_id    INTEGER REFERENCES drivers (driver_id), -- NULL until a driver accepts
  city         TEXT NOT NULL,
  status       TEXT NOT NULL,                          -- requested, accepted, completed or cancelled
  cancelled_by TEXT,                                   -- 'rider' or 'driver' when cancelled
  requested_at TIMESTAMP NOT NULL,
  accepted_at  TIMESTAMP,
  pickup_at    TIMESTAMP,
  dropoff_at   TIMESTAMP,
  distance_km  DOUBLE PRECISION,
  fare_cents   INTEGER,                                -- final fare, surge included; NULL unless completed
  CONSTRAINT known_trip_status CHECK (status IN ('requested', 'accepted', 'completed', 'cancelled'))
);
INSERT INTO trips VALUES
  (1,  1, 1,    'Lisbon', 'completed', NULL,     '2026-03-01 08:02:00', '2026-03-01 08:03:00', '2026-03-01 08:09:00', '2026-03-01 08:31:00', 9.4,  1420),
  (2,  2, 2,    'Lisbon', 'completed', NULL,     '2026-03-01 09:15:00', '2026-03-01 09:16:00', '2026-03-01 09:22:00', '2026-03-01 09:40:00', 6.1,  980),
  (3,  5, 2,    'Lisbon', 'completed', NULL,     '2026-03-01 10:05:00', '2026-03-01 10:06:00', '2026-03-01 10:12:00', '2026-03-01 10:35:00', 7.3,  1150),
  (4,  3, 4,    'Porto',  'completed', NULL,     '2026-03-01 18:40:00', '2026-03-01 18:41:00', '2026-03-01 18:50:00', '2026-03-01 19:12:00', 8.0,  1250),
  (5,  5, NULL, 'Lisbon', 'cancelled', 'rider',  '2026-03-01 22:05:00', NULL, NULL, NULL, NULL, NULL),  -- trap: NULL driver_id
  (6,  1, 1,    'Lisbon', 'completed', NULL,     '2026-03-02 07:55:00', '2026-03-02 07:56:00', '2026-03-02 08:04:00', '2026-03-02 08:27:00', 10.2, 1510),
  (7,  2, 2,    'Lisbon', 'completed', NULL,     '2026-03-02 12:30:00', '2026-03-02 12:31:00', '2026-03-02 12:38:00', '2026-03-02 12:52:00', 5.2,  860),
  (8,  4, 3,    'Porto',  'completed', NULL,     '2026-03-02 23:48:00', '2026-03-02 23:49:00', '2026-03-02 23:56:00', '2026-03-03 00:21:00', 12.5, 2140), -- trap: crosses midnight
  (9,  1, 1,    'Lisbon', 'completed', NULL,     '2026-03-03 08:01:00', '2026-03-03 08:02:00', '2026-03-03 08:09:00', '2026-03-03 08:30:00', 9.6,  1480),
  (10, 6, 2,    'Lisbon', 'cancelled', 'rider',  '2026-03-03 10:10:00', '2026-03-03 10:11:00', NULL, NULL, NULL, NULL),  -- trap: accepted, then cancelled
  (11, 3, 3,    'Porto',  'completed', NULL,     '2026-03-03 17:20:00', '2026-03-03 17:22:00', '2026-03-03 17:30:00', '2026-03-03 17:51:00', 7.7,  1130),
  (12, 5, 1,    'Lisbon', 'completed', NULL,     '2026-03-03 19:45:00', '2026-03-03 19:46:00', '2026-03-03 19:52:00', '2026-03-03 20:18:00', 9.9,  1760),
  (13, 2, 2,    'Lisbon', 'completed', NULL,     '2026-03-04 08:20:00', '2026-03-04 08:21:00', '2026-03-04 08:27:00', '2026-03-04 08:45:00', 6.6,  1010),
  (14, 6, 2,    'Lisbon', 'completed', NULL,     '2026-03-04 09:10:00', '2026-03-04 09:11:00', '2026-03-04 09:18:00', '2026-03-04 09:41:00', 7.0,  1090),
  (15, 4, 4,    'Porto',  'completed', NULL,     '2026-03-04 13:05:00', '2026-03-04 13:06:00', '2026-03-04 13:14:00', '2026-03-04 13:40:00', 11.0, 1890),
  (16, 3, 3,    'Porto',  'completed', NULL,     '2026-03-04 18:10:00', '2026-03-04 18:11:00', '2026-03-04 18:20:00', '2026-03-04 18:44:00', 8.4,  1340),
  (17, 6, NULL, 'Lisbon', 'cancelled', 'rider',  '2026-03-04 18:30:00', NULL, NULL, NULL, NULL, NULL),
  (18, 1, 1,    'Lisbon', 'completed', NULL,     '2026-03-05 08:05:00', '2026-03-05 08:06:00', '2026-03-05 08:12:00', '2026-03-05 08:35:00', 9.8,  1450), -- trap: driver 1 is idle on 2026-03-04
  (19, 4, 4,    'Porto',  'completed', NULL,     '2026-03-05 09:40:00', '2026-03-05 09:42:00', '2026-03-05 09:50:00', '2026-03-05 10:08:00', 6.9,  1200),
  (20, 5, 1,    'Lisbon', 'completed', NULL,     '2026-03-06 20:10:00', '2026-03-06 20:11:00', '2026-03-06 20:18:00', '2026-03-06 20:44:00', 10.5, 2250),
  (21, 2, 5,    'Lisbon', 'completed', NULL,     '2026-03-06 21:00:00', '2026-03-06 21:01:00', '2026-03-06 21:07:00', '2026-03-06 21:25:00', 6.4,  1180), -- trap: requested the second a surge window ends
  (22, 1, 5,    'Lisbon', 'completed', NULL,     '2026-03-07 08:00:00', '2026-03-07 08:01:00', '2026-03-07 08:08:00', '2026-03-07 08:30:00', 9.1,  1390),
  (23, 3, 4,    'Porto',  'cancelled', 'driver', '2026-03-07 11:00:00', '2026-03-07 11:01:00', NULL, NULL, NULL, NULL),
  (24, 5, 5,    'Lisbon', 'completed', NULL,     '2026-03-08 19:30:00', '2026-03-08 19:31:00', '2026-03-08 19:37:00', '2026-03-08 20:02:00', 10.0, 1600),
  (25, 2, 1,    'Lisbon', 'accepted',  NULL,     '2026-03-08 23:58:00', '2026-03-08 23:59:00', NULL, NULL, NULL, NULL),  -- still in progress
  (26, 6, NULL, 'Lisbon', 'requested', NULL,     '2026-03-08 23:59:30', NULL, NULL, NULL, NULL, NULL),  -- still waiting for a driver
  -- late-loaded rows from a backfill: ids are not in time order
  (27, 6, 1,    'Lisbon', 'completed', NULL,     '2026-03-05 09:20:00', '2026-03-05 09:21:00', '2026-03-05 09:27:00', '2026-03-05 09:50:00', 6.8,  1050), -- 45 min after trip 18 dropped off
  (28, 5, 1,    'Lisbon', 'completed', NULL,     '2026-03-05 10:45:00', '2026-03-05 10:46:00', '2026-03-05 10:52:00', '2026-03-05 11:15:00', 7.9,  1240), -- trap: 55 min after trip 27's dropoff but 85 min after its request
  (29, 8, 7,    'Porto',  'cancelled', 'driver', '2026-03-04 14:20:00', '2026-03-04 14:21:00', NULL, NULL, NULL, NULL); -- trap: a rider's first request, accepted then cancelled by the driver

CREATE TABLE trip_events (
  event_id   INTEGER PRIMARY KEY,  -- order of arrival at the warehouse, not of occurrence
  trip_id    INTEGER NOT NULL REFERENCES trips (trip_id),
  event_type TEXT NOT NULL CHECK (event_type IN ('requested', 'accepted', 'started', 'completed', 'cancelled')),
  event_at   TIMESTAMP NOT NULL    -- when it happened on the phone
);
INSERT INTO trip_events VALUES
  (1,  8,  'requested', '2026-03-02 23:48:00'),
  (2,  8,  'accepted',  '2026-03-02 23:49:00'),
  (3,  8,  'started',   '2026-03-02 23:56:00'),
  (4,  8,  'completed', '2026-03-03 00:21:00'),
  (5,  9,  'requested', '2026-03-03 08:01:00'),
  (6,  9,  'accepted',  '2026-03-03 08:02:00'),
  (7,  9,  'started',   '2026-03-03 08:09:00'),
  (8,  9,  'completed', '2026-03-03 08:30:00'),
  (9,  10, 'requested', '2026-03-03 10:10:00'),
  (10, 10, 'accepted',  '2026-03-03 10:11:00'),
  (11, 10, 'cancelled', '2026-03-03 10:14:00'),
  (12, 11, 'requested', '2026-03-03 17:20:00'),
  (13, 11, 'accepted',  '2026-03-03 17:22:00'),
  (14, 11, 'started',   '2026-03-03 17:30:00'),  -- trap: the 'completed' event for trip 11 was lost
  (15, 12, 'requested', '2026-03-03 19:45:00'),
  (16, 12, 'accepted',  '2026-03-03 19:46:00'),
  (17, 12, 'started',   '2026-03-03 19:52:00'),
  (18, 12, 'completed', '2026-03-03 20:18:00'),
  (19, 12, 'completed', '2026-03-03 20:18:01'),  -- trap: client retry, second 'completed' for one trip
  (20, 13, 'requested', '2026-03-04 08:20:00'),
  (21, 13, 'started',   '2026-03-04 08:27:00'),
  (22, 13, 'completed', '2026-03-04 08:45:00'),
  (23, 13, 'accepted',  '2026-03-04 08:21:00'),  -- trap: arrived last (phone was offline); highest event_id, not latest event
  (24, 14, 'requested', '2026-03-04 09:10:00'),
  (25, 14, 'accepted',  '2026-03-04 09:11:00'),
  (26, 14, 'started',   '2026-03-04 09:18:00'),
  (27, 14, 'completed', '2026-03-04 09:41:00');

CREATE TABLE ratings (
  trip_id          INTEGER PRIMARY KEY REFERENCES trips (trip_id),
  stars_for_driver INTEGER,  -- the rider's rating of the driver; NULL = rider skipped
  stars_for_rider  INTEGER,  -- the driver's rating of the rider; NULL = driver skipped
  rated_at         TIMESTAMP NOT NULL
);
INSERT INTO ratings VALUES
  (1,  5,    5,    '2026-03-01 08:40:00'),
  (2,  4,    5,    '2026-03-01 09:45:00'),
  (3,  NULL, 4,    '2026-03-01 10:40:00'), -- trap: rider skipped
  (4,  5,    5,    '2026-03-01 19:20:00'),
  (6,  5,    NULL, '2026-03-02 08:30:00'),
  (7,  3,    4,    '2026-03-02 13:00:00'),
  (8,  4,    5,    '2026-03-03 00:30:00'),
  (9,  5,    5,    '2026-03-03 08:35:00'),
  (11, 5,    5,    '2026-03-03 18:00:00'),
  (12, 4,    4,    '2026-03-03 20:25:00'),
  (13, NULL, 5,    '2026-03-04 08:50:00'), -- trap: rider skipped
  (14, 2,    3,    '2026-03-04 09:50:00'),
  (15, 5,    5,    '2026-03-04 13:45:00'),
  (16, 4,    NULL, '2026-03-04 18:50:00'),
  (18, 5,    5,    '2026-03-05 08:40:00'),
  (19, 4,    4,    '2026-03-05 10:15:00'),
  (20, 3,    5,    '2026-03-06 20:50:00'),
  (22, 5,    5,    '2026-03-07 08:35:00'),
  (23, NULL, 1,    '2026-03-07 11:05:00'), -- trap: the driver rated the rider of a trip they cancelled
  (24, 4,    5,    '2026-03-08 20:10:00'),
  (27, 4,    5,    '2026-03-05 10:00:00');
-- trap: trips 21 and 28 were completed but have no ratings row at all.

CREATE TABLE surge_multipliers (
  surge_id   INTEGER PRIMARY KEY,
  city       TEXT NOT NULL,
  starts_at  TIMESTAMP NOT NULL,  -- inclusive
  ends_at    TIMESTAMP NOT NULL,  -- exclusive: [starts_at, ends_at)
  multiplier NUMERIC(3, 2) NOT NULL
);
INSERT INTO surge_multipliers VALUES
  (1, 'Lisbon', '2026-03-03 19:00:00', '2026-03-03 21:00:00', 1.5),
  (2, 'Porto',  '2026-03-02 23:30:00', '2026-03-03 00:30:00', 1.3), -- trap: window crosses midnight
  (3, 'Porto',  '2026-03-04 13:00:00', '2026-03-04 14:00:00', 1.2),
  (4, 'Lisbon', '2026-03-06 20:00:00', '2026-03-06 21:00:00', 1.8), -- trap: trip 21 requested exactly at ends_at
  (5, 'Lisbon', '2026-03-08 23:30:00', '2026-03-09 01:00:00', 1.4);
