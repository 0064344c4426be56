-- title: Kinora streaming video: subscribers, plans, catalogue, playback sessions, heartbeats and recommendations
-- Kinora is a fictional subscription video service. Times are UTC TIMESTAMPs without a zone; dates are DATE.
-- Plan periods are half-open: [started_on, ended_on), ended_on NULL = still current.
-- A playback session with startup_ms NULL never showed a first frame (a failed start: watched_seconds 0).
-- A session is "started" when startup_ms IS NOT NULL. An episode is "completed" in a session when
-- max_position_seconds >= 90% of the episode's runtime. Films are one episode row with no season/episode number.
-- heartbeats holds one evening's sample (2026-03-14), thinned to one heartbeat per 5 minutes of playback (the production
-- player sends one every 30 seconds), plus one at the
-- stop; a reconnecting player re-sends a heartbeat it is not sure was received (same session_id and seq).

CREATE TABLE plans (
  plan_id        INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  monthly_price  NUMERIC(6, 2) NOT NULL,
  max_streams    INTEGER NOT NULL,
  max_resolution TEXT NOT NULL
);
INSERT INTO plans VALUES
  (1, 'basic',    7.99, 1, 'HD'),
  (2, 'standard', 12.99, 2, 'Full HD'),
  (3, 'premium',  17.99, 4, 'Ultra HD'); -- trap: alphabetical order is not price order

CREATE TABLE subscribers (
  subscriber_id INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  country       TEXT NOT NULL,
  signup_date   DATE NOT NULL
);
INSERT INTO subscribers VALUES
  (1, 'Ana Souza',     'BR', '2026-01-04'),
  (2, 'Ben Okafor',    'GB', '2026-01-11'),
  (3, 'Chloe Martin',  'FR', '2026-01-20'),
  (4, 'Dev Patel',     'GB', '2026-01-28'),
  (5, 'Elif Kaya',     'DE', '2026-02-02'),
  (6, 'Farah Haddad',  'DE', '2026-02-14'),
  (7, 'Gus Lindqvist', 'SE', '2026-02-25'),  -- trap: first play is in March, the month after signup
  (8, 'Hana Sato',     'JP', '2026-03-03'),  -- trap: her first attempt failed to start
  (9, 'Ivan Petrov',   'DE', '2026-03-09'),
  (10, 'Jo Mensah',    'GB', '2026-03-21'); -- trap: never watched anything

CREATE TABLE subscriptions (
  subscription_id INTEGER PRIMARY KEY,
  subscriber_id   INTEGER NOT NULL REFERENCES subscribers (subscriber_id),
  plan_id         INTEGER NOT NULL REFERENCES plans (plan_id),
  started_on      DATE NOT NULL,
  ended_on        DATE            -- NULL = current; half-open [started_on, ended_on)
);
INSERT INTO subscriptions VALUES
  (1, 1, 2, '2026-01-04', NULL),
  (2, 2, 3, '2026-01-11', '2026-03-11'),
  (3, 2, 2, '2026-03-11', NULL),          -- downgrade premium -> standard
  (4, 3, 1, '2026-01-20', '2026-02-20'),  -- cancelled
  (5, 4, 1, '2026-01-28', '2026-02-28'),
  (6, 4, 2, '2026-02-28', '2026-04-01'),  -- upgrade
  (7, 4, 1, '2026-04-01', NULL),          -- downgrade standard -> basic
  (8, 5, 3, '2026-02-02', NULL),
  (9, 6, 2, '2026-02-14', '2026-03-14'),
  (10, 6, 3, '2026-03-14', NULL),         -- upgrade standard -> premium
  (11, 7, 3, '2026-02-25', '2026-03-25'), -- cancelled ...
  (12, 7, 1, '2026-04-10', NULL),         -- ... and back 16 days later on basic: a win-back, not a downgrade
  (13, 8, 1, '2026-03-03', NULL),
  (14, 9, 2, '2026-03-09', '2026-04-09'), -- cancelled
  (15, 10, 1, '2026-03-21', NULL);

CREATE TABLE profiles (
  profile_id    INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers (subscriber_id),
  name          TEXT NOT NULL,
  is_kids       BOOLEAN NOT NULL
);
INSERT INTO profiles VALUES
  (101, 1, 'Ana', FALSE), (102, 1, 'Leo', TRUE),
  (201, 2, 'Ben', FALSE), (202, 2, 'Maya', FALSE), (203, 2, 'Kids', TRUE),
  (301, 3, 'Chloe', FALSE),
  (401, 4, 'Dev', FALSE), (402, 4, 'Priya', FALSE),
  (501, 5, 'Elif', FALSE), (502, 5, 'Can', FALSE),
  (601, 6, 'Farah', FALSE),
  (701, 7, 'Gus', FALSE),
  (801, 8, 'Hana', FALSE),
  (901, 9, 'Ivan', FALSE),
  (1001, 10, 'Jo', FALSE);

CREATE TABLE genres (
  genre_id INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE
);
INSERT INTO genres VALUES
  (1, 'Drama'), (2, 'Crime'), (3, 'Sci-Fi'), (4, 'Comedy'), (5, 'Documentary'), (6, 'Kids');

CREATE TABLE titles (
  title_id         INTEGER PRIMARY KEY,
  name             TEXT NOT NULL,
  title_type       TEXT NOT NULL CHECK (title_type IN ('series', 'film')),
  release_year     INTEGER NOT NULL,
  primary_genre_id INTEGER NOT NULL REFERENCES genres (genre_id) -- the one genre the tile shows
);
INSERT INTO titles VALUES
  (1, 'Harbour Lights',       'series', 2025, 1),
  (2, 'The Long Orbit',       'series', 2024, 3),
  (3, 'Paper Kingdoms',       'film',   2023, 1),
  (4, 'Salt and Cedar',       'film',   2025, 4),
  (5, 'The Ninth Moon',       'film',   2026, 3),
  (6, 'Pip and the Moon',     'series', 2022, 6),
  (7, 'Last Train to Ostend', 'film',   2021, 2),
  (8, 'Static Bloom',         'film',   2025, 3),
  (9, 'Deep Field',           'film',   2024, 5),
  (10, 'Small Hours',         'series', 2023, 4),
  (11, 'Glass Harbour',       'film',   2026, 2); -- trap: never played

-- Bridge: a title has one or more genres.
CREATE TABLE title_genres (
  title_id INTEGER NOT NULL REFERENCES titles (title_id),
  genre_id INTEGER NOT NULL REFERENCES genres (genre_id),
  PRIMARY KEY (title_id, genre_id)
);
INSERT INTO title_genres VALUES
  (1, 1), (1, 2),
  (2, 3), (2, 1),
  (3, 1),
  (4, 1), (4, 4),
  (5, 3),
  (6, 6), (6, 3),
  (7, 2),
  (8, 3),
  (9, 5),
  (10, 4),
  (11, 2);

CREATE TABLE episodes (
  episode_id      INTEGER PRIMARY KEY,
  title_id        INTEGER NOT NULL REFERENCES titles (title_id),
  season_no       INTEGER,        -- NULL for a film
  episode_no      INTEGER,        -- NULL for a film
  runtime_seconds INTEGER NOT NULL
);
INSERT INTO episodes VALUES
  (1, 1, 1, 1, 3000), (2, 1, 1, 2, 3120), (3, 1, 1, 3, 2940), (4, 1, 1, 4, 3300),
  (5, 1, 1, 5, 3400),             -- trap: nobody has started it yet
  (6, 2, 1, 1, 2700), (7, 2, 1, 2, 2760), (8, 2, 1, 3, 2820),
  (9, 3, NULL, NULL, 6600),
  (10, 4, NULL, NULL, 5700),
  (11, 5, NULL, NULL, 6900),
  (12, 6, 1, 1, 660), (13, 6, 1, 2, 690), (14, 6, 1, 3, 630),
  (15, 7, NULL, NULL, 6300),
  (16, 8, NULL, NULL, 7200),
  (17, 9, NULL, NULL, 4800),
  (18, 10, 1, 1, 1500), (19, 10, 1, 2, 1440),
  (20, 11, NULL, NULL, 6000);

-- One row per playback attempt. ended_at is when the player stopped (a failed start stops within a minute).
-- Traps: failed starts (startup_ms NULL); two sessions of one account back to back at exactly 21:00:00 on
-- 2026-04-02 (not concurrent); no plays at all on 2026-03-10; a session that skipped ahead (38).
CREATE TABLE playback_sessions (
  session_id           INTEGER PRIMARY KEY,
  profile_id           INTEGER NOT NULL REFERENCES profiles (profile_id),
  episode_id           INTEGER NOT NULL REFERENCES episodes (episode_id),
  device_type          TEXT NOT NULL CHECK (device_type IN ('tv', 'mobile', 'web', 'console')),
  cdn                  TEXT NOT NULL,
  started_at           TIMESTAMP NOT NULL,
  ended_at             TIMESTAMP NOT NULL,
  startup_ms           INTEGER,   -- time to first frame; NULL = failed start
  watched_seconds      INTEGER NOT NULL,
  rebuffer_seconds     INTEGER NOT NULL,
  max_position_seconds INTEGER NOT NULL
);
INSERT INTO playback_sessions VALUES
  (1, 101, 1, 'tv', 'edge-a', '2026-01-10 20:00:00', '2026-01-10 20:50:13', 1200, 3000, 12, 3000),
  (2, 101, 2, 'tv', 'edge-a', '2026-01-11 20:30:00', '2026-01-11 20:50:01', 1350, 1200, 0, 1200),
  (3, 102, 12, 'mobile', 'edge-b', '2026-01-12 17:00:00', '2026-01-12 17:11:06', 2100, 660, 4, 660),
  (4, 201, 15, 'console', 'edge-c', '2026-01-18 21:00:00', '2026-01-18 22:45:27', 1700, 6300, 25, 6300),
  (5, 202, 17, 'web', 'edge-b', '2026-01-24 21:00:00', '2026-01-24 22:20:42', 1900, 4800, 40, 4800),
  (6, 301, 15, 'web', 'edge-c', '2026-01-25 19:00:00', '2026-01-25 20:45:03', 2600, 6300, 0, 6300),
  (7, 401, 1, 'tv', 'edge-a', '2026-01-30 21:00:00', '2026-01-30 21:10:01', 1100, 600, 0, 600),
  (8, 402, 9, 'mobile', 'edge-b', '2026-01-31 22:00:00', '2026-01-31 23:07:48', 3100, 4000, 65, 4000),
  (9, 101, 9, 'tv', 'edge-a', '2026-02-01 20:00:00', '2026-02-01 21:50:21', 1250, 6600, 20, 6600),
  (10, 301, 1, 'web', 'edge-c', '2026-02-07 19:00:00', '2026-02-07 19:50:32', 2400, 3000, 30, 3000),
  (11, 301, 2, 'web', 'edge-c', '2026-02-07 20:00:00', '2026-02-07 20:52:12', 2200, 3120, 10, 3120),
  (12, 301, 3, 'web', 'edge-c', '2026-02-07 21:00:00', '2026-02-07 21:49:02', 2300, 2940, 0, 2940),
  (13, 301, 4, 'web', 'edge-c', '2026-02-07 22:05:00', '2026-02-07 22:35:47', 2500, 1800, 45, 1800),
  (14, 501, 17, 'tv', 'edge-b', '2026-02-10 20:30:00', '2026-02-10 21:50:09', 1400, 4800, 8, 4800),
  (15, 401, 6, 'tv', 'edge-a', '2026-02-14 20:00:00', '2026-02-14 20:45:01', 1000, 2700, 0, 2700),
  (16, 401, 18, 'tv', 'edge-a', '2026-02-14 20:50:00', '2026-02-14 21:15:01', 900, 1500, 0, 1500),
  (17, 401, 7, 'tv', 'edge-a', '2026-02-14 21:20:00', '2026-02-14 22:06:01', 950, 2760, 0, 2760),
  (18, 401, 8, 'tv', 'edge-a', '2026-02-14 22:15:00', '2026-02-14 23:02:01', 1050, 2820, 0, 2820),
  (19, 601, 18, 'web', 'edge-b', '2026-02-16 21:00:00', '2026-02-16 21:25:17', 2000, 1500, 15, 1500),
  (20, 502, 12, 'mobile', 'edge-c', '2026-02-20 18:00:00', '2026-02-20 18:11:03', 2800, 660, 0, 660),
  (21, 701, 16, 'tv', 'edge-a', '2026-03-01 20:00:00', '2026-03-01 22:00:37', 1300, 7200, 36, 7200),
  (22, 101, 18, 'tv', 'edge-a', '2026-03-01 20:00:00', '2026-03-01 20:25:01', 1150, 1500, 0, 1500),
  (23, 501, 6, 'tv', 'edge-b', '2026-03-02 21:00:00', '2026-03-02 21:45:06', 1450, 2700, 5, 2700),
  (24, 801, 17, 'web', 'edge-c', '2026-03-03 19:05:00', '2026-03-03 19:05:30', NULL, 0, 0, 0),
  (25, 801, 11, 'web', 'edge-c', '2026-03-03 19:10:00', '2026-03-03 21:07:03', 3400, 6900, 120, 6900),
  (26, 501, 17, 'tv', 'edge-b', '2026-03-04 20:00:00', '2026-03-04 20:16:42', 1500, 1000, 0, 1000),
  (27, 202, 6, 'mobile', 'edge-b', '2026-03-05 20:00:00', '2026-03-05 20:45:33', 2900, 2700, 30, 2700),
  (28, 202, 7, 'mobile', 'edge-b', '2026-03-05 20:55:00', '2026-03-05 21:41:03', 2700, 2760, 0, 2760),
  (29, 202, 8, 'mobile', 'edge-b', '2026-03-05 22:40:00', '2026-03-05 23:28:03', 3000, 2820, 60, 2820),
  (30, 502, 15, 'mobile', 'edge-c', '2026-03-06 21:00:00', '2026-03-06 21:53:40', 9800, 3000, 210, 3000),
  (31, 201, 1, 'console', 'edge-a', '2026-03-07 20:00:00', '2026-03-07 20:50:02', 1600, 3000, 0, 3000),
  (32, 201, 2, 'console', 'edge-a', '2026-03-07 20:58:00', '2026-03-07 21:50:20', 1500, 3120, 18, 3120),
  (33, 201, 3, 'console', 'edge-a', '2026-03-07 22:00:00', '2026-03-07 22:49:02', 1550, 2940, 0, 2940),
  (34, 501, 7, 'tv', 'edge-b', '2026-03-08 20:00:00', '2026-03-08 20:46:01', 1350, 2760, 0, 2760),
  (35, 701, 17, 'tv', 'edge-a', '2026-03-08 20:00:00', '2026-03-08 20:34:51', 1250, 2000, 90, 2000),
  (36, 901, 1, 'web', 'edge-c', '2026-03-09 20:00:00', '2026-03-09 20:50:22', 2100, 3000, 20, 3000),
  (37, 203, 12, 'mobile', 'edge-b', '2026-03-09 08:30:00', '2026-03-09 08:41:03', 2600, 660, 0, 660),
  (38, 201, 4, 'console', 'edge-a', '2026-03-11 20:00:00', '2026-03-11 20:41:42', 1650, 2500, 0, 3300),
  (39, 901, 2, 'web', 'edge-c', '2026-03-11 21:00:00', '2026-03-11 21:00:30', NULL, 0, 0, 0),
  (40, 901, 2, 'web', 'edge-c', '2026-03-11 21:02:00', '2026-03-11 21:29:32', 2300, 1500, 150, 1500),
  (41, 801, 10, 'web', 'edge-c', '2026-03-12 20:00:00', '2026-03-12 21:35:42', 2500, 5700, 40, 5700),
  (42, 501, 8, 'tv', 'edge-b', '2026-03-13 20:00:00', '2026-03-13 20:47:01', 1300, 2820, 0, 2820),
  (43, 502, 9, 'mobile', 'edge-c', '2026-03-13 20:30:00', '2026-03-13 21:04:38', 3300, 2000, 75, 2000),
  (44, 201, 16, 'console', 'edge-a', '2026-03-14 20:00:00', '2026-03-14 21:31:02', 1700, 5400, 60, 5400),
  (45, 202, 10, 'web', 'edge-b', '2026-03-14 20:10:00', '2026-03-14 21:25:02', 2000, 4200, 300, 4200),
  (46, 203, 13, 'mobile', 'edge-b', '2026-03-14 20:15:00', '2026-03-14 20:26:44', 2400, 690, 12, 690),
  (47, 101, 17, 'tv', 'edge-a', '2026-03-14 21:00:00', '2026-03-14 22:20:01', 1200, 4800, 0, 4800),
  (48, 901, 3, 'web', 'edge-c', '2026-03-20 20:00:00', '2026-03-20 20:49:02', 2200, 2940, 0, 2940),
  (49, 701, 11, 'tv', 'edge-a', '2026-03-21 20:00:00', '2026-03-21 21:55:26', 1400, 6900, 25, 6900),
  (50, 101, 19, 'tv', 'edge-a', '2026-03-22 19:00:00', '2026-03-22 19:24:01', 1100, 1440, 0, 1440),
  (51, 102, 12, 'mobile', 'edge-b', '2026-03-22 19:05:00', '2026-03-22 19:16:02', 2500, 660, 0, 660),
  (52, 102, 13, 'mobile', 'edge-b', '2026-03-22 19:18:00', '2026-03-22 19:29:32', 2300, 690, 0, 690),
  (53, 102, 14, 'mobile', 'edge-b', '2026-03-22 19:31:00', '2026-03-22 19:41:32', 2350, 630, 0, 630),
  (54, 801, 6, 'web', 'edge-c', '2026-03-28 20:00:00', '2026-03-28 20:31:23', 2600, 1800, 80, 1800),
  (55, 401, 16, 'tv', 'edge-a', '2026-04-02 20:00:00', '2026-04-02 21:00:00', 1000, 3580, 19, 3580),
  (56, 402, 18, 'mobile', 'edge-b', '2026-04-02 21:00:00', '2026-04-02 21:25:23', 3200, 1500, 20, 1500),
  (57, 901, 16, 'web', 'edge-c', '2026-04-02 19:00:00', '2026-04-02 21:00:02', 2100, 7200, 0, 7200),
  (58, 101, 19, 'tv', 'edge-a', '2026-04-03 20:00:00', '2026-04-03 20:24:01', 1200, 1440, 0, 1440),
  (59, 201, 15, 'console', 'edge-c', '2026-04-04 21:00:00', '2026-04-04 22:45:32', 1800, 6300, 30, 6300),
  (60, 601, 10, 'web', 'edge-b', '2026-04-08 20:00:00', '2026-04-08 21:00:02', 2100, 3600, 0, 3600),
  (61, 801, 10, 'web', 'edge-c', '2026-04-10 20:00:00', '2026-04-10 21:35:13', 2700, 5700, 10, 5700),
  (62, 501, 6, 'tv', 'edge-b', '2026-04-12 20:00:00', '2026-04-12 20:45:01', 1400, 2700, 0, 2700),
  (63, 601, 19, 'web', 'edge-b', '2026-04-18 21:00:00', '2026-04-18 21:24:02', 1950, 1440, 0, 1440),
  (64, 502, 14, 'mobile', 'edge-c', '2026-04-19 09:00:00', '2026-04-19 09:00:20', NULL, 0, 0, 0);

-- The heartbeat sample: one row per heartbeat received. A re-sent heartbeat repeats session_id, seq,
-- sent_at, position and played_seconds; only received_at differs.
CREATE TABLE heartbeats (
  session_id       INTEGER NOT NULL REFERENCES playback_sessions (session_id),
  seq              INTEGER NOT NULL,
  sent_at          TIMESTAMP NOT NULL,
  received_at      TIMESTAMP NOT NULL,
  position_seconds INTEGER NOT NULL,
  played_seconds   INTEGER NOT NULL  -- seconds played since the previous heartbeat
);
INSERT INTO heartbeats VALUES
  (44, 1, '2026-03-14 20:05:02', '2026-03-14 20:05:03', 300, 300),
  (44, 2, '2026-03-14 20:11:02', '2026-03-14 20:11:03', 600, 300),
  (44, 3, '2026-03-14 20:16:02', '2026-03-14 20:16:03', 900, 300),
  (44, 4, '2026-03-14 20:21:02', '2026-03-14 20:21:03', 1200, 300),
  (44, 5, '2026-03-14 20:26:02', '2026-03-14 20:26:03', 1500, 300),
  (44, 6, '2026-03-14 20:31:02', '2026-03-14 20:31:03', 1800, 300),
  (44, 7, '2026-03-14 20:36:02', '2026-03-14 20:36:03', 2100, 300),
  (44, 7, '2026-03-14 20:36:02', '2026-03-14 20:38:40', 2100, 300),
  (44, 8, '2026-03-14 20:41:02', '2026-03-14 20:41:03', 2400, 300),
  (44, 8, '2026-03-14 20:41:02', '2026-03-14 20:44:10', 2400, 300),
  (44, 9, '2026-03-14 20:46:02', '2026-03-14 20:46:03', 2700, 300),
  (44, 10, '2026-03-14 20:51:02', '2026-03-14 20:51:03', 3000, 300),
  (44, 11, '2026-03-14 20:56:02', '2026-03-14 20:56:03', 3300, 300),
  (44, 12, '2026-03-14 21:01:02', '2026-03-14 21:01:03', 3600, 300),
  (44, 13, '2026-03-14 21:06:02', '2026-03-14 21:06:03', 3900, 300),
  (44, 14, '2026-03-14 21:11:02', '2026-03-14 21:11:03', 4200, 300),
  (44, 15, '2026-03-14 21:16:02', '2026-03-14 21:16:03', 4500, 300),
  (44, 16, '2026-03-14 21:21:02', '2026-03-14 21:21:03', 4800, 300),
  (44, 17, '2026-03-14 21:26:02', '2026-03-14 21:26:03', 5100, 300),
  (44, 18, '2026-03-14 21:31:02', '2026-03-14 21:31:03', 5400, 300),
  (45, 1, '2026-03-14 20:15:02', '2026-03-14 20:15:03', 300, 300),
  (45, 2, '2026-03-14 20:25:02', '2026-03-14 20:25:03', 600, 300),
  (45, 3, '2026-03-14 20:30:02', '2026-03-14 20:30:03', 900, 300),
  (45, 3, '2026-03-14 20:30:02', '2026-03-14 20:26:20', 900, 300),
  (45, 3, '2026-03-14 20:30:02', '2026-03-14 20:27:50', 900, 300),
  (45, 4, '2026-03-14 20:35:02', '2026-03-14 20:35:03', 1200, 300),
  (45, 5, '2026-03-14 20:40:02', '2026-03-14 20:40:03', 1500, 300),
  (45, 6, '2026-03-14 20:45:02', '2026-03-14 20:45:03', 1800, 300),
  (45, 7, '2026-03-14 20:50:02', '2026-03-14 20:50:03', 2100, 300),
  (45, 8, '2026-03-14 20:55:02', '2026-03-14 20:55:03', 2400, 300),
  (45, 9, '2026-03-14 21:00:02', '2026-03-14 21:00:03', 2700, 300),
  (45, 10, '2026-03-14 21:05:02', '2026-03-14 21:05:03', 3000, 300),
  (45, 11, '2026-03-14 21:10:02', '2026-03-14 21:10:03', 3300, 300),
  (45, 12, '2026-03-14 21:15:02', '2026-03-14 21:15:03', 3600, 300),
  (45, 13, '2026-03-14 21:20:02', '2026-03-14 21:20:03', 3900, 300),
  (45, 14, '2026-03-14 21:25:02', '2026-03-14 21:25:03', 4200, 300),
  (46, 1, '2026-03-14 20:20:02', '2026-03-14 20:20:03', 300, 300),
  (46, 2, '2026-03-14 20:25:14', '2026-03-14 20:25:15', 600, 300),
  (46, 2, '2026-03-14 20:25:14', '2026-03-14 20:27:05', 600, 300),
  (46, 3, '2026-03-14 20:26:44', '2026-03-14 20:26:45', 690, 90),
  (47, 1, '2026-03-14 21:05:01', '2026-03-14 21:05:02', 300, 300),
  (47, 2, '2026-03-14 21:10:01', '2026-03-14 21:10:02', 600, 300),
  (47, 3, '2026-03-14 21:15:01', '2026-03-14 21:15:02', 900, 300),
  (47, 4, '2026-03-14 21:20:01', '2026-03-14 21:20:02', 1200, 300),
  (47, 5, '2026-03-14 21:25:01', '2026-03-14 21:25:02', 1500, 300),
  (47, 6, '2026-03-14 21:30:01', '2026-03-14 21:30:02', 1800, 300),
  (47, 7, '2026-03-14 21:35:01', '2026-03-14 21:35:02', 2100, 300),
  (47, 8, '2026-03-14 21:40:01', '2026-03-14 21:40:02', 2400, 300),
  (47, 9, '2026-03-14 21:45:01', '2026-03-14 21:45:02', 2700, 300),
  (47, 10, '2026-03-14 21:50:01', '2026-03-14 21:50:02', 3000, 300),
  (47, 11, '2026-03-14 21:55:01', '2026-03-14 21:55:02', 3300, 300),
  (47, 12, '2026-03-14 22:00:01', '2026-03-14 22:00:02', 3600, 300),
  (47, 13, '2026-03-14 22:05:01', '2026-03-14 22:05:02', 3900, 300),
  (47, 14, '2026-03-14 22:10:01', '2026-03-14 22:10:02', 4200, 300),
  (47, 15, '2026-03-14 22:15:01', '2026-03-14 22:15:02', 4500, 300),
  (47, 16, '2026-03-14 22:20:01', '2026-03-14 22:20:02', 4800, 300),
  (47, 16, '2026-03-14 22:20:01', '2026-03-14 22:21:30', 4800, 300);

-- Home-screen recommendation impressions in March 2026: a title tile shown to a profile in a row.
CREATE TABLE rec_impressions (
  impression_id INTEGER PRIMARY KEY,
  profile_id    INTEGER NOT NULL REFERENCES profiles (profile_id),
  title_id      INTEGER NOT NULL REFERENCES titles (title_id),
  row_name      TEXT NOT NULL,
  shown_at      TIMESTAMP NOT NULL
);
INSERT INTO rec_impressions VALUES
  (1, 201, 1, 'Because you watched', '2026-03-07 19:30:00'),  -- three episodes played afterwards: one impression
  (2, 202, 2, 'Trending now',        '2026-03-05 18:00:00'),
  (3, 901, 1, 'Trending now',        '2026-03-09 12:00:00'),
  (4, 701, 8, 'New on Kinora',       '2026-03-01 09:00:00'),
  (5, 701, 9, 'Because you watched', '2026-03-07 21:00:00'),  -- played 23 hours later: counts
  (6, 801, 9, 'New on Kinora',       '2026-03-03 19:00:00'),  -- trap: the only attempt failed to start
  (7, 801, 5, 'Trending now',        '2026-03-03 19:00:00'),
  (8, 501, 3, 'Because you watched', '2026-03-02 18:00:00'),
  (9, 502, 7, 'Trending now',        '2026-03-06 10:00:00'),
  (10, 101, 9, 'New on Kinora',      '2026-03-12 20:00:00'),  -- trap: played two days later, outside 24 hours
  (11, 101, 10, 'Because you watched', '2026-03-22 18:00:00'),
  (12, 202, 4, 'New on Kinora',      '2026-03-14 20:05:00'),
  (13, 201, 8, 'New on Kinora',      '2026-03-14 19:00:00'),
  (14, 901, 7, 'Because you watched', '2026-03-20 18:00:00'),
  (15, 801, 2, 'Trending now',       '2026-03-28 18:00:00'),
  (16, 501, 2, 'Trending now',       '2026-03-13 19:00:00'),
  (17, 501, 2, 'Because you watched', '2026-03-08 21:00:00'), -- trap: the play came an hour before the tile
  (18, 502, 3, 'New on Kinora',      '2026-03-13 20:00:00'),
  (19, 203, 6, 'Because you watched', '2026-03-09 08:00:00'),
  (20, 102, 6, 'Trending now',       '2026-03-22 10:00:00'),
  (21, 901, 5, 'New on Kinora',      '2026-03-11 09:00:00'),
  (22, 101, 1, 'Trending now',       '2026-03-01 19:00:00');
