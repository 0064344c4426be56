-- title: Music streaming: listens, subscriptions and a raw play-event feed
-- Dates are DATE, times of day TIMESTAMP (UTC, no time zone). A stream counts (for charts and royalties) only when
-- ms_played >= 30000. Subscription ranges are half-open: [started_at, ended_at), NULL = still active.

CREATE TABLE listeners (
  listener_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  country     TEXT NOT NULL,
  signup_date DATE NOT NULL
);
INSERT INTO listeners VALUES
  (1, 'Mia',   'GB', '2025-09-01'),
  (2, 'Noah',  'GB', '2025-10-15'),
  (3, 'Omar',  'DE', '2025-12-01'),
  (4, 'Pia',   'DE', '2026-02-20'),
  (5, 'Quinn', 'US', '2026-01-01'),
  (6, 'Rae',   'US', '2026-03-01');

CREATE TABLE artists (
  artist_id INTEGER PRIMARY KEY,
  name      TEXT NOT NULL
);
INSERT INTO artists VALUES
  (1, 'The Lanterns'),
  (2, 'Kofi Mensah'),
  (3, 'Velvet Static'),
  (4, 'Ida Sol');

CREATE TABLE tracks (
  track_id    INTEGER PRIMARY KEY,
  artist_id   INTEGER NOT NULL REFERENCES artists (artist_id),
  title       TEXT NOT NULL,
  duration_ms INTEGER NOT NULL
);
INSERT INTO tracks VALUES
  (11, 1, 'Paper Boats',   201000),
  (12, 1, 'Low Tide',      185000),
  (21, 2, 'Harmattan',     240000),
  (22, 2, 'Accra Nights',  198000),
  (31, 3, 'Neon Static',   175000),
  (32, 3, 'Feedback Loop', 222000), -- trap: only ever skipped (short streams)
  (41, 4, 'Salt Lake',     260000),
  (42, 4, 'Quiet Hours',   212000); -- trap: never streamed

CREATE TABLE subscriptions (
  subscription_id INTEGER PRIMARY KEY,
  listener_id     INTEGER NOT NULL REFERENCES listeners (listener_id),
  plan            TEXT NOT NULL CHECK (plan IN ('free', 'premium', 'family')),
  started_at      TIMESTAMP NOT NULL,
  ended_at        TIMESTAMP     -- NULL = current
);
INSERT INTO subscriptions VALUES
  (1, 1, 'premium', '2026-01-10 00:00:00', NULL),
  (2, 2, 'premium', '2026-02-01 00:00:00', '2026-03-15 00:00:00'), -- trap: premium ends mid-month
  (3, 2, 'free',    '2026-03-15 00:00:00', NULL),
  (4, 3, 'free',    '2025-12-01 00:00:00', '2026-03-08 00:00:00'),
  (5, 3, 'premium', '2026-03-08 00:00:00', NULL),                  -- upgrade mid-month
  (6, 4, 'family',  '2026-02-20 00:00:00', NULL),
  (7, 5, 'free',    '2026-01-01 00:00:00', NULL),
  (8, 6, 'premium', '2026-03-01 00:00:00', NULL);

CREATE TABLE streams (
  stream_id   INTEGER PRIMARY KEY,
  listener_id INTEGER NOT NULL REFERENCES listeners (listener_id),
  track_id    INTEGER NOT NULL REFERENCES tracks (track_id),
  started_at  TIMESTAMP NOT NULL,
  ms_played   INTEGER NOT NULL
);
INSERT INTO streams VALUES
  (1,  1, 11, '2026-03-01 07:30:00', 201000),
  (2,  1, 12, '2026-03-01 07:33:30', 185000),
  (3,  1, 21, '2026-03-01 07:36:40', 12000),  -- trap: skipped after 12 s
  (4,  1, 22, '2026-03-01 07:37:00', 198000),
  (5,  1, 11, '2026-03-02 18:00:00', 201000),
  (6,  1, 41, '2026-03-03 23:58:00', 260000), -- starts before midnight, ends after it
  (7,  1, 31, '2026-03-04 12:00:00', 12000),  -- trap: 4 March has only a short stream (a gap in counted days)
  (8,  1, 11, '2026-03-05 08:00:00', 201000),
  (9,  1, 21, '2026-03-06 08:00:00', 240000),
  (10, 2, 21, '2026-03-10 20:00:00', 240000),
  (11, 2, 22, '2026-03-10 20:04:00', 29999),  -- trap: 1 ms under the threshold
  (12, 2, 21, '2026-03-14 21:00:00', 240000),
  (13, 2, 11, '2026-03-15 00:00:00', 201000), -- trap: the instant premium ends and free begins
  (14, 2, 12, '2026-03-16 09:00:00', 185000),
  (15, 3, 31, '2026-03-07 22:00:00', 175000),
  (16, 3, 31, '2026-03-08 10:00:00', 175000),
  (17, 3, 12, '2026-03-09 10:05:00', 30000),  -- exactly 30 s: counts
  (18, 4, 41, '2026-03-02 06:00:00', 260000),
  (19, 4, 41, '2026-03-02 06:08:00', 260000), -- 8 min after the last start, 3 min 40 s after it ended
  (20, 4, 22, '2026-03-03 13:00:00', 198000),
  (21, 5, 32, '2026-03-01 15:00:00', 5000),   -- short
  (22, 5, 11, '2026-03-05 15:00:00', 201000),
  (23, 6, 21, '2026-03-09 17:00:00', 240000),
  (24, 6, 22, '2026-03-09 17:04:00', 198000),
  (25, 6, 12, '2026-03-09 17:50:00', 185000),
  (26, 6, 32, '2026-03-09 17:54:00', 8000),   -- short
  (27, 6, 11, '2026-03-09 23:30:00', 201000),
  (28, 1, 12, '2026-03-06 08:04:00', 185000);

-- Raw client events as the pipeline received them (at-least-once delivery).
-- event_time: when the play started on the device; ingest_time: when the event reached us.
CREATE TABLE play_events (
  event_id    TEXT NOT NULL,    -- the client's id; a redelivery repeats it
  listener_id INTEGER NOT NULL,
  track_id    INTEGER NOT NULL,
  event_time  TIMESTAMP NOT NULL,
  ingest_time TIMESTAMP NOT NULL
);
INSERT INTO play_events VALUES
  ('evt-01', 1, 11, '2026-03-09 20:00:10', '2026-03-09 20:00:12'),
  ('evt-02', 1, 12, '2026-03-09 20:03:40', '2026-03-09 20:03:41'),
  ('evt-03', 2, 21, '2026-03-09 20:04:50', '2026-03-09 20:05:20'), -- crosses a 5-minute boundary in transit
  ('evt-04', 3, 31, '2026-03-09 20:06:00', '2026-03-09 20:06:02'),
  ('evt-02', 1, 12, '2026-03-09 20:03:40', '2026-03-09 20:07:00'), -- trap: redelivery of evt-02
  ('evt-05', 1, 21, '2026-03-09 20:07:30', '2026-03-09 20:07:31'),
  ('evt-06', 2, 22, '2026-03-09 20:02:00', '2026-03-09 20:08:10'), -- trap: out of order, behind the watermark
  ('evt-19', 2, 12, '2026-03-09 20:03:00', '2026-03-09 20:08:30'), -- trap: later than the play before it, behind an earlier one
  ('evt-07', 4, 41, '2026-03-09 20:09:00', '2026-03-09 20:09:05'),
  ('evt-08', 3, 12, '2026-03-09 20:11:00', '2026-03-09 20:11:01'),
  ('evt-09', 1, 22, '2026-03-09 20:12:00', '2026-03-09 20:12:03'),
  ('evt-10', 4, 41, '2026-03-09 20:13:30', '2026-03-09 20:13:31'),
  ('evt-18', 4, 41, '2026-03-09 20:13:00', '2026-03-09 20:14:00'), -- trap: out of order for listener 4, but within the watermark
  ('evt-11', 2, 11, '2026-03-09 20:14:59', '2026-03-09 20:15:03'),
  ('evt-12', 5, 32, '2026-03-09 20:16:00', '2026-03-09 20:16:01'),
  ('evt-08', 3, 12, '2026-03-09 20:11:00', '2026-03-09 20:16:30'), -- trap: redelivery of evt-08
  ('evt-13', 1, 41, '2026-03-09 20:18:00', '2026-03-09 20:18:02'),
  ('evt-14', 3, 21, '2026-03-09 20:01:00', '2026-03-09 20:19:00'), -- trap: 18 minutes late, beyond the watermark
  ('evt-17', 4, 22, '2026-03-09 20:43:30', '2026-03-09 20:43:31'), -- exactly 30 min after listener 4's latest play
  ('evt-16', 2, 12, '2026-03-09 20:44:00', '2026-03-09 20:44:02'),
  ('evt-15', 1, 11, '2026-03-09 20:50:00', '2026-03-09 20:50:01'); -- 32 minutes after listener 1's last play
