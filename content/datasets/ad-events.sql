-- title: Ad events: campaigns, impressions, clicks and conversions
-- Money is integer cents. Timestamps are UTC, without a time zone.
-- Attribution rule used by the drills: a conversion belongs to its click only if it happens
-- within 7 days (168 hours) of that click. Users 11-14 are a holdout that is never shown ads.

CREATE TABLE users (
  user_id     INTEGER PRIMARY KEY,
  country     TEXT NOT NULL,
  test_group  TEXT NOT NULL CHECK (test_group IN ('treatment', 'holdout')),
  signup_date DATE NOT NULL
);
INSERT INTO users VALUES
  (1,  'US', 'treatment', '2025-12-01'),
  (2,  'US', 'treatment', '2025-12-09'),
  (3,  'CA', 'treatment', '2026-01-04'),
  (4,  'US', 'treatment', '2026-01-11'),
  (5,  'GB', 'treatment', '2026-01-20'),
  (6,  'US', 'treatment', '2026-02-02'),
  (7,  'CA', 'treatment', '2026-02-10'),
  (8,  'US', 'treatment', '2026-02-18'),
  (9,  'GB', 'treatment', '2026-02-25'), -- trap: treatment but never served an ad (still counts in the treatment group)
  (10, 'US', 'treatment', '2026-02-27'), -- trap: same
  (11, 'US', 'holdout',   '2025-12-15'),
  (12, 'CA', 'holdout',   '2026-01-08'),
  (13, 'GB', 'holdout',   '2026-01-30'),
  (14, 'US', 'holdout',   '2026-02-21');

CREATE TABLE campaigns (
  campaign_id        INTEGER PRIMARY KEY,
  name               TEXT NOT NULL,
  objective          TEXT NOT NULL,
  daily_budget_cents INTEGER,        -- trap: NULL means uncapped, not zero
  start_date         DATE NOT NULL,
  end_date           DATE NOT NULL
);
INSERT INTO campaigns VALUES
  (1, 'Spring Sale', 'conversions', 150,  '2026-03-01', '2026-03-31'),
  (2, 'Brand Lift',  'awareness',   NULL, '2026-03-01', '2026-03-15'), -- trap: NULL budget
  (3, 'App Install', 'installs',    25,   '2026-03-05', '2026-03-20'),
  (4, 'Retarget',    'conversions', 200,  '2026-03-01', '2026-03-31'); -- trap: its only ad never served

CREATE TABLE ads (
  ad_id       INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (campaign_id),
  variant     TEXT NOT NULL,  -- creative test arm within the campaign
  creative    TEXT NOT NULL
);
INSERT INTO ads VALUES
  (10, 1, 'A', 'banner-static'),
  (11, 1, 'B', 'banner-video'),
  (20, 2, 'A', 'video-15s'),
  (30, 3, 'A', 'carousel'),
  (31, 3, 'B', 'static-card'),
  (40, 4, 'A', 'dynamic-feed');

CREATE TABLE impressions (
  impression_id INTEGER PRIMARY KEY,
  ad_id         INTEGER NOT NULL REFERENCES ads (ad_id),
  user_id       INTEGER NOT NULL REFERENCES users (user_id),
  shown_at      TIMESTAMP NOT NULL
);
INSERT INTO impressions VALUES
  (1,  10, 1, '2026-03-02 09:00:00'),
  (2,  11, 1, '2026-03-02 09:10:00'),
  (3,  20, 1, '2026-03-02 09:35:00'),
  (4,  10, 1, '2026-03-02 10:20:00'), -- 45 min after the previous one: a new session
  (5,  10, 2, '2026-03-02 12:00:00'),
  (6,  20, 2, '2026-03-02 12:29:59'),
  (7,  11, 2, '2026-03-02 12:59:59'), -- trap: exactly 30 min after the previous one, same session
  (8,  11, 3, '2026-03-02 20:00:00'),
  (9,  10, 3, '2026-03-02 23:50:00'),
  (10, 11, 3, '2026-03-03 00:10:00'), -- trap: session crosses midnight
  (11, 30, 4, '2026-03-05 08:00:00'),
  (12, 31, 4, '2026-03-05 08:05:00'),
  (13, 10, 5, '2026-03-05 18:00:00'),
  (14, 11, 5, '2026-03-05 18:20:00'),
  (15, 30, 5, '2026-03-06 07:45:00'),
  (16, 31, 6, '2026-03-06 11:00:00'),
  (17, 10, 6, '2026-03-06 11:40:00'),
  (18, 20, 7, '2026-03-07 15:00:00'),
  (19, 11, 7, '2026-03-07 15:10:00'),
  (20, 30, 8, '2026-03-08 10:00:00'),
  (21, 10, 8, '2026-03-08 10:03:00'),
  (22, 31, 1, '2026-03-09 09:00:00'),
  (23, 11, 2, '2026-03-10 19:00:00'),
  (24, 10, 4, '2026-03-10 21:00:00'),
  (25, 30, 6, '2026-03-12 08:30:00'),
  (26, 11, 3, '2026-03-12 22:00:00');

CREATE TABLE clicks (
  click_id      INTEGER PRIMARY KEY,
  impression_id INTEGER NOT NULL REFERENCES impressions (impression_id),
  user_id       INTEGER NOT NULL REFERENCES users (user_id),
  ad_id         INTEGER NOT NULL REFERENCES ads (ad_id),
  clicked_at    TIMESTAMP NOT NULL,
  cost_cents    INTEGER NOT NULL   -- what the advertiser is billed for the click
);
INSERT INTO clicks VALUES
  (1,  2,  1, 11, '2026-03-02 09:10:20', 45),
  (2,  3,  1, 20, '2026-03-02 09:35:30', 60),
  (3,  5,  2, 10, '2026-03-02 12:00:30', 40),
  (4,  5,  2, 10, '2026-03-02 12:00:31', 40), -- trap: double-tap, same impression 1 s later
  (5,  8,  3, 11, '2026-03-02 20:00:15', 45),
  (6,  10, 3, 11, '2026-03-03 00:10:40', 45),
  (7,  12, 4, 31, '2026-03-05 08:05:30', 30),
  (8,  14, 5, 11, '2026-03-05 18:20:10', 45),
  (9,  15, 5, 30, '2026-03-06 07:45:20', 30),
  (10, 17, 6, 10, '2026-03-06 11:40:30', 40),
  (11, 17, 6, 10, '2026-03-06 11:40:31', 40), -- trap: double-tap
  (12, 19, 7, 11, '2026-03-07 15:10:45', 45),
  (13, 21, 8, 10, '2026-03-08 10:03:10', 40),
  (14, 23, 2, 11, '2026-03-10 19:00:20', 45),
  (15, 26, 3, 11, '2026-03-12 22:00:30', 45),
  (16, 13, 5, 10, '2026-03-05 18:00:25', 40); -- trap: user 5's second Spring Sale impression, ties user 2 for second place

CREATE TABLE conversions (
  conversion_id INTEGER PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users (user_id),
  click_id      INTEGER REFERENCES clicks (click_id), -- NULL = no click (organic or view-through)
  converted_at  TIMESTAMP NOT NULL,
  value_cents   INTEGER NOT NULL
);
INSERT INTO conversions VALUES
  (1,  1,  1,    '2026-03-02 09:30:00', 5500),
  (2,  2,  3,    '2026-03-12 10:00:00', 3000), -- trap: almost 10 days after its click, outside the window
  (3,  3,  6,    '2026-03-04 21:00:00', 4200),
  (4,  5,  9,    '2026-03-06 08:10:00', 2500),
  (5,  6,  10,   '2026-03-06 11:55:00', 6000),
  (6,  7,  NULL, '2026-03-08 12:00:00', 1800), -- trap: no click
  (7,  12, NULL, '2026-03-05 14:00:00', 2000), -- holdout, organic
  (8,  8,  13,   '2026-03-08 10:30:00', 3500),
  (9,  1,  1,    '2026-03-09 09:20:00', 2700), -- trap: 7 days and 10 minutes after click 1, just outside
  (10, 11, NULL, '2026-03-10 16:00:00', 4000); -- holdout, organic
