-- title: A habit and workout app: users, events, sessions, subscriptions, payments and a paywall experiment
-- Stride is a consumer mobile app for workout habits (log a workout, post it, share it). The export
-- was taken on 2026-03-15 00:00 and holds everything up to 2026-03-14 inclusive. All times are UTC.
-- signup_date is the server's date of account creation; event_at is the CLIENT's clock.
-- Weeks start on Monday: 2026-01-05 is the Monday of the first signup week.
-- Traps in the rows (read before writing a metric):
--   * Nobody signed up in the week of 2026-01-26 (a cohort with zero users).
--   * oli (15) and vic (22) signed up and never sent an event.
--   * Some events arrive twice: the same user, event_name and event_at under a new event_id
--     (client retries): workouts of ana (01-07), fay (01-13) and sam (02-08), gus's start_trial,
--     hana's post on 01-21.
--   * Bad clocks: hana (8) and sam (19) have events dated before their signup_date.
--   * ties: ana's first app_open and view_paywall share one second.
--   * Two users (gus 7, rui 18) were assigned to BOTH variants of the paywall experiment.
--   * dara (4) started a trial from a web promo before she ever saw the paywall.
--   * noor (14) switched from monthly to annual on 2026-02-22: a plan change, not a churn.
--   * tess (20) paid once and was refunded two days later.
--   * yara's (25) trial is still running on 2026-03-14.

CREATE TABLE users (
  user_id     INTEGER PRIMARY KEY,
  handle      TEXT NOT NULL UNIQUE,
  signup_date DATE NOT NULL,
  country     TEXT NOT NULL,
  platform    TEXT NOT NULL CHECK (platform IN ('ios', 'android', 'web')),
  channel     TEXT NOT NULL CHECK (channel IN ('organic', 'paid_social', 'referral', 'search'))
);
INSERT INTO users VALUES
  (1,  'ana',  '2026-01-05', 'US', 'ios',     'organic'),
  (2,  'ben',  '2026-01-05', 'GB', 'android', 'paid_social'),
  (3,  'chen', '2026-01-07', 'US', 'ios',     'referral'),
  (4,  'dara', '2026-01-08', 'IE', 'web',     'search'),
  (5,  'eli',  '2026-01-10', 'US', 'android', 'organic'),
  (6,  'fay',  '2026-01-12', 'GB', 'ios',     'paid_social'),
  (7,  'gus',  '2026-01-13', 'US', 'android', 'paid_social'),
  (8,  'hana', '2026-01-14', 'JP', 'ios',     'organic'),
  (9,  'ivo',  '2026-01-15', 'DE', 'android', 'referral'),
  (10, 'jo',   '2026-01-18', 'US', 'ios',     'search'),     -- a Sunday: last day of its week
  (11, 'kai',  '2026-01-19', 'US', 'ios',     'organic'),
  (12, 'lea',  '2026-01-20', 'FR', 'android', 'paid_social'),
  (13, 'max',  '2026-01-21', 'DE', 'web',     'search'),
  (14, 'noor', '2026-01-22', 'AE', 'ios',     'referral'),
  (15, 'oli',  '2026-01-24', 'GB', 'android', 'paid_social'), -- never sent an event
  (16, 'pia',  '2026-02-02', 'DE', 'ios',     'organic'),
  (17, 'quin', '2026-02-03', 'US', 'android', 'paid_social'),
  (18, 'rui',  '2026-02-04', 'BR', 'android', 'organic'),
  (19, 'sam',  '2026-02-05', 'US', 'ios',     'referral'),
  (20, 'tess', '2026-02-08', 'AU', 'ios',     'search'),     -- a Sunday
  (21, 'uma',  '2026-02-09', 'IN', 'android', 'paid_social'),
  (22, 'vic',  '2026-02-10', 'US', 'web',     'organic'),     -- never sent an event
  (23, 'wen',  '2026-02-11', 'SG', 'ios',     'referral'),
  (24, 'xan',  '2026-02-12', 'US', 'android', 'organic'),
  (25, 'yara', '2026-02-16', 'GB', 'ios',     'paid_social'),
  (26, 'zed',  '2026-02-20', 'US', 'android', 'search');

-- One row per event as the client logged it. No foreign key: events may arrive for any user id.
CREATE TABLE events (
  event_id   INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL,
  event_name TEXT NOT NULL,
  event_at   TIMESTAMP NOT NULL
);
INSERT INTO events VALUES
  (1, 1, 'app_open', '2026-01-05 07:00:00'),
  (2, 1, 'view_paywall', '2026-01-05 07:00:00'),     -- same second as the app_open: a tie on event time
  (3, 1, 'complete_workout', '2026-01-05 07:20:00'),
  (4, 2, 'app_open', '2026-01-05 19:00:00'),
  (5, 2, 'view_paywall', '2026-01-05 19:02:00'),
  (6, 1, 'start_trial', '2026-01-06 07:05:00'),
  (7, 1, 'complete_workout', '2026-01-06 07:10:00'),
  (8, 2, 'app_open', '2026-01-06 19:00:00'),
  (9, 1, 'complete_workout', '2026-01-07 07:00:00'),
  (10, 1, 'complete_workout', '2026-01-07 07:00:00'), -- duplicate delivery (client retry)
  (11, 1, 'post', '2026-01-07 07:30:00'),
  (12, 3, 'app_open', '2026-01-07 12:00:00'),
  (13, 3, 'complete_workout', '2026-01-07 12:10:00'),
  (14, 1, 'complete_workout', '2026-01-08 07:00:00'),
  (15, 1, 'share', '2026-01-08 07:15:00'),
  (16, 3, 'complete_workout', '2026-01-08 12:00:00'),
  (17, 4, 'app_open', '2026-01-08 21:00:00'),
  (18, 1, 'complete_workout', '2026-01-09 07:05:00'),
  (19, 3, 'complete_workout', '2026-01-09 12:05:00'),
  (20, 1, 'complete_workout', '2026-01-10 07:00:00'),
  (21, 5, 'app_open', '2026-01-10 10:00:00'),
  (22, 3, 'view_paywall', '2026-01-10 12:00:00'),
  (23, 3, 'start_trial', '2026-01-10 12:01:00'),
  (24, 1, 'complete_workout', '2026-01-11 07:00:00'),
  (25, 5, 'app_open', '2026-01-11 10:00:00'),
  (26, 5, 'view_paywall', '2026-01-11 10:05:00'),
  (27, 4, 'start_trial', '2026-01-11 21:00:00'),     -- web promo: trial without a paywall view first
  (28, 6, 'app_open', '2026-01-12 06:30:00'),
  (29, 6, 'complete_workout', '2026-01-12 06:40:00'),
  (30, 5, 'start_trial', '2026-01-12 10:00:00'),
  (31, 2, 'app_open', '2026-01-12 20:00:00'),
  (32, 6, 'complete_workout', '2026-01-13 06:30:00'),
  (33, 6, 'complete_workout', '2026-01-13 06:30:00'), -- duplicate delivery
  (34, 1, 'subscribe', '2026-01-13 07:00:00'),
  (35, 1, 'complete_workout', '2026-01-13 07:10:00'),
  (36, 7, 'app_open', '2026-01-13 18:00:00'),
  (37, 7, 'view_paywall', '2026-01-13 18:05:00'),
  (38, 2, 'complete_workout', '2026-01-13 20:10:00'),
  (39, 4, 'view_paywall', '2026-01-13 21:00:00'),
  (40, 8, 'app_open', '2026-01-13 23:50:00'),        -- bad clock: the day before signup
  (41, 8, 'app_open', '2026-01-14 08:00:00'),
  (42, 8, 'complete_workout', '2026-01-14 08:10:00'),
  (43, 7, 'view_paywall', '2026-01-14 18:00:00'),
  (44, 7, 'start_trial', '2026-01-14 18:02:00'),
  (45, 7, 'start_trial', '2026-01-14 18:02:00'),     -- duplicate delivery
  (46, 8, 'complete_workout', '2026-01-15 08:00:00'),
  (47, 9, 'app_open', '2026-01-15 13:00:00'),
  (48, 8, 'complete_workout', '2026-01-16 08:00:00'),
  (49, 8, 'complete_workout', '2026-01-17 08:00:00'),
  (50, 8, 'post', '2026-01-17 08:20:00'),
  (51, 3, 'subscribe', '2026-01-17 09:00:00'),
  (52, 4, 'subscribe', '2026-01-18 08:00:00'),
  (53, 8, 'complete_workout', '2026-01-18 08:00:00'),
  (54, 10, 'app_open', '2026-01-18 23:30:00'),
  (55, 10, 'view_paywall', '2026-01-18 23:40:00'),
  (56, 10, 'app_open', '2026-01-19 00:10:00'),
  (57, 6, 'complete_workout', '2026-01-19 06:30:00'),
  (58, 6, 'view_paywall', '2026-01-19 06:45:00'),
  (59, 6, 'start_trial', '2026-01-19 06:50:00'),
  (60, 1, 'complete_workout', '2026-01-19 07:00:00'),
  (61, 11, 'app_open', '2026-01-19 07:30:00'),
  (62, 11, 'complete_workout', '2026-01-19 07:40:00'),
  (63, 8, 'complete_workout', '2026-01-19 08:00:00'),
  (64, 8, 'post', '2026-01-19 08:20:00'),
  (65, 11, 'complete_workout', '2026-01-20 07:30:00'),
  (66, 8, 'complete_workout', '2026-01-20 08:00:00'),
  (67, 12, 'app_open', '2026-01-20 17:00:00'),
  (68, 12, 'view_paywall', '2026-01-20 17:05:00'),
  (69, 11, 'complete_workout', '2026-01-21 07:30:00'),
  (70, 11, 'view_paywall', '2026-01-21 07:45:00'),
  (71, 11, 'start_trial', '2026-01-21 07:50:00'),
  (72, 8, 'complete_workout', '2026-01-21 08:00:00'),
  (73, 8, 'post', '2026-01-21 08:20:00'),
  (74, 8, 'post', '2026-01-21 08:20:00'),            -- duplicate delivery
  (75, 13, 'app_open', '2026-01-21 14:00:00'),
  (76, 7, 'subscribe', '2026-01-21 18:00:00'),
  (77, 6, 'post', '2026-01-22 06:30:00'),
  (78, 8, 'complete_workout', '2026-01-22 08:00:00'),
  (79, 7, 'post', '2026-01-22 18:00:00'),
  (80, 14, 'app_open', '2026-01-22 20:00:00'),
  (81, 14, 'view_paywall', '2026-01-22 20:10:00'),
  (82, 8, 'complete_workout', '2026-01-23 08:00:00'),
  (83, 13, 'app_open', '2026-01-23 14:00:00'),
  (84, 14, 'start_trial', '2026-01-23 20:00:00'),
  (85, 10, 'start_trial', '2026-01-25 10:00:00'),
  (86, 6, 'subscribe', '2026-01-26 06:00:00'),
  (87, 6, 'post', '2026-01-26 06:30:00'),
  (88, 1, 'post', '2026-01-26 07:00:00'),
  (89, 11, 'complete_workout', '2026-01-26 07:30:00'),
  (90, 13, 'app_open', '2026-01-27 14:00:00'),
  (91, 11, 'subscribe', '2026-01-28 07:00:00'),
  (92, 11, 'post', '2026-01-28 07:35:00'),
  (93, 12, 'start_trial', '2026-01-28 17:00:00'),
  (94, 4, 'app_open', '2026-01-28 21:00:00'),
  (95, 5, 'app_open', '2026-01-30 10:00:00'),
  (96, 14, 'subscribe', '2026-01-30 20:00:00'),
  (97, 14, 'post', '2026-01-30 20:10:00'),
  (98, 14, 'share', '2026-01-30 20:15:00'),
  (99, 10, 'app_open', '2026-02-01 10:00:00'),
  (100, 16, 'app_open', '2026-02-02 06:00:00'),
  (101, 16, 'complete_workout', '2026-02-02 06:10:00'),
  (102, 16, 'complete_workout', '2026-02-03 06:00:00'),
  (103, 16, 'view_paywall', '2026-02-03 06:20:00'),
  (104, 16, 'start_trial', '2026-02-03 06:25:00'),
  (105, 19, 'app_open', '2026-02-03 09:00:00'),      -- bad clock: two days before signup
  (106, 19, 'view_paywall', '2026-02-03 09:05:00'),  -- bad clock
  (107, 17, 'app_open', '2026-02-03 12:30:00'),
  (108, 17, 'view_paywall', '2026-02-03 12:35:00'),
  (109, 7, 'app_open', '2026-02-03 18:00:00'),
  (110, 16, 'complete_workout', '2026-02-04 06:00:00'),
  (111, 1, 'app_open', '2026-02-04 07:00:00'),
  (112, 12, 'subscribe', '2026-02-04 08:00:00'),
  (113, 18, 'app_open', '2026-02-04 09:00:00'),
  (114, 18, 'view_paywall', '2026-02-04 09:05:00'),
  (115, 17, 'app_open', '2026-02-04 12:30:00'),
  (116, 16, 'complete_workout', '2026-02-05 06:00:00'),
  (117, 19, 'app_open', '2026-02-05 09:00:00'),
  (118, 18, 'view_paywall', '2026-02-06 09:00:00'),
  (119, 19, 'complete_workout', '2026-02-06 09:00:00'),
  (120, 18, 'start_trial', '2026-02-06 09:10:00'),
  (121, 18, 'share', '2026-02-06 09:30:00'),
  (122, 3, 'app_open', '2026-02-06 12:00:00'),
  (123, 19, 'complete_workout', '2026-02-08 09:00:00'),
  (124, 19, 'complete_workout', '2026-02-08 09:00:00'), -- duplicate delivery
  (125, 20, 'app_open', '2026-02-08 22:00:00'),
  (126, 6, 'complete_workout', '2026-02-09 06:30:00'),
  (127, 21, 'app_open', '2026-02-09 11:00:00'),
  (128, 21, 'view_paywall', '2026-02-09 11:10:00'),
  (129, 21, 'start_trial', '2026-02-09 11:15:00'),
  (130, 20, 'app_open', '2026-02-09 22:00:00'),
  (131, 16, 'subscribe', '2026-02-10 06:00:00'),
  (132, 16, 'post', '2026-02-10 06:10:00'),
  (133, 21, 'post', '2026-02-10 11:00:00'),
  (134, 21, 'share', '2026-02-10 11:05:00'),
  (135, 23, 'app_open', '2026-02-11 07:00:00'),
  (136, 23, 'complete_workout', '2026-02-11 07:10:00'),
  (137, 20, 'view_paywall', '2026-02-11 22:00:00'),
  (138, 20, 'start_trial', '2026-02-11 22:05:00'),
  (139, 23, 'complete_workout', '2026-02-12 07:00:00'),
  (140, 19, 'app_open', '2026-02-12 09:00:00'),
  (141, 19, 'post', '2026-02-12 09:10:00'),
  (142, 24, 'app_open', '2026-02-12 16:00:00'),
  (143, 24, 'view_paywall', '2026-02-12 16:10:00'),
  (144, 24, 'start_trial', '2026-02-12 16:15:00'),
  (145, 23, 'complete_workout', '2026-02-13 07:00:00'),
  (146, 8, 'complete_workout', '2026-02-13 08:00:00'),
  (147, 23, 'complete_workout', '2026-02-14 07:00:00'),
  (148, 8, 'complete_workout', '2026-02-14 08:00:00'),
  (149, 9, 'app_open', '2026-02-14 13:00:00'),
  (150, 8, 'complete_workout', '2026-02-15 08:00:00'),
  (151, 21, 'subscribe', '2026-02-16 08:00:00'),
  (152, 21, 'post', '2026-02-16 11:00:00'),
  (153, 3, 'post', '2026-02-16 12:00:00'),
  (154, 25, 'app_open', '2026-02-16 19:30:00'),
  (155, 17, 'app_open', '2026-02-17 12:30:00'),
  (156, 25, 'app_open', '2026-02-17 19:30:00'),
  (157, 25, 'view_paywall', '2026-02-17 19:40:00'),
  (158, 11, 'app_open', '2026-02-18 07:30:00'),
  (159, 20, 'subscribe', '2026-02-18 08:00:00'),
  (160, 12, 'app_open', '2026-02-18 17:00:00'),
  (161, 1, 'complete_workout', '2026-02-19 07:00:00'),
  (162, 24, 'subscribe', '2026-02-19 08:00:00'),
  (163, 24, 'post', '2026-02-19 16:00:00'),
  (164, 20, 'post', '2026-02-19 22:00:00'),
  (165, 26, 'app_open', '2026-02-20 15:00:00'),
  (166, 26, 'view_paywall', '2026-02-20 15:05:00'),
  (167, 26, 'start_trial', '2026-02-22 15:00:00'),
  (168, 14, 'subscribe', '2026-02-22 20:00:00'),     -- switch from monthly to annual
  (169, 3, 'post', '2026-02-26 12:00:00'),
  (170, 24, 'app_open', '2026-02-26 16:00:00'),
  (171, 26, 'subscribe', '2026-03-01 08:00:00'),
  (172, 5, 'app_open', '2026-03-01 09:00:00'),
  (173, 5, 'subscribe', '2026-03-01 09:05:00'),
  (174, 26, 'post', '2026-03-01 15:00:00'),
  (175, 5, 'complete_workout', '2026-03-02 09:00:00'),
  (176, 16, 'app_open', '2026-03-04 06:00:00'),
  (177, 1, 'app_open', '2026-03-06 07:00:00'),
  (178, 3, 'share', '2026-03-08 12:00:00'),
  (179, 25, 'start_trial', '2026-03-10 19:30:00'),
  (180, 25, 'share', '2026-03-10 19:40:00'),
  (181, 23, 'app_open', '2026-03-11 07:00:00'),
  (182, 21, 'post', '2026-03-11 11:00:00');

-- Sessions as the client reports them, for the week of 2026-02-02 only (a sample the client team
-- kept; they are not derived from `events`). ended_at is NULL when the app crashed or was killed before
-- it could report the end.
CREATE TABLE sessions (
  session_id INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (user_id),
  started_at TIMESTAMP NOT NULL,
  ended_at   TIMESTAMP
);
INSERT INTO sessions VALUES
  (1,  1,  '2026-02-02 07:00:00', '2026-02-02 07:25:00'),
  (2,  1,  '2026-02-03 07:00:00', '2026-02-03 07:40:00'),
  (3,  2,  '2026-02-02 19:00:00', '2026-02-02 19:04:00'),
  (4,  3,  '2026-02-03 12:00:00', '2026-02-03 12:30:00'),
  (5,  4,  '2026-02-02 21:00:00', '2026-02-02 21:10:00'),
  (6,  5,  '2026-02-04 10:00:00', NULL),                    -- crashed
  (7,  6,  '2026-02-02 06:30:00', '2026-02-02 07:05:00'),
  (8,  7,  '2026-02-03 18:00:00', '2026-02-03 18:06:00'),
  (9,  7,  '2026-02-04 18:00:00', NULL),                    -- crashed
  (10, 8,  '2026-02-02 08:00:00', '2026-02-02 08:50:00'),
  (11, 8,  '2026-02-04 08:00:00', '2026-02-04 08:45:00'),
  (12, 10, '2026-02-03 23:40:00', '2026-02-04 00:20:00'),   -- crosses midnight
  (13, 12, '2026-02-05 17:00:00', '2026-02-05 17:03:00'),
  (14, 13, '2026-02-02 14:00:00', '2026-02-02 14:12:00'),
  (15, 13, '2026-02-05 14:00:00', '2026-02-05 14:18:00'),
  (16, 14, '2026-02-04 20:00:00', NULL),                    -- crashed
  (17, 16, '2026-02-02 06:00:00', '2026-02-02 06:32:00'),
  (18, 16, '2026-02-03 06:00:00', '2026-02-03 06:28:00'),
  (19, 17, '2026-02-03 12:30:00', '2026-02-03 12:32:00'),
  (20, 18, '2026-02-04 09:00:00', '2026-02-04 09:15:00'),
  (21, 19, '2026-02-05 09:00:00', '2026-02-05 09:05:00');

-- Subscriptions. A trial is plan 'trial' at price 0.00 and lasts 7 days. Ranges are half-open:
-- [started_on, ended_on); ended_on NULL = still running on 2026-03-14.
CREATE TABLE subscriptions (
  subscription_id INTEGER PRIMARY KEY,
  user_id         INTEGER NOT NULL REFERENCES users (user_id),
  plan            TEXT NOT NULL CHECK (plan IN ('trial', 'monthly', 'annual')),
  started_on      DATE NOT NULL,
  ended_on        DATE,
  price           NUMERIC(10, 2) NOT NULL
);
INSERT INTO subscriptions VALUES
  (1,  1,  'trial',   '2026-01-06', '2026-01-13', 0.00),
  (2,  1,  'monthly', '2026-01-13', NULL,         9.99),
  (3,  3,  'trial',   '2026-01-10', '2026-01-17', 0.00),
  (4,  3,  'annual',  '2026-01-17', NULL,         59.99),
  (5,  4,  'trial',   '2026-01-11', '2026-01-18', 0.00),
  (6,  4,  'monthly', '2026-01-18', '2026-02-18', 9.99),  -- cancelled: churned in February
  (7,  5,  'trial',   '2026-01-12', '2026-01-19', 0.00),  -- lapsed
  (8,  6,  'trial',   '2026-01-19', '2026-01-26', 0.00),
  (9,  6,  'annual',  '2026-01-26', NULL,         59.99),
  (10, 7,  'trial',   '2026-01-14', '2026-01-21', 0.00),
  (11, 7,  'monthly', '2026-01-21', '2026-03-10', 9.99),  -- churned in March
  (12, 10, 'trial',   '2026-01-25', '2026-02-01', 0.00),  -- lapsed
  (13, 11, 'trial',   '2026-01-21', '2026-01-28', 0.00),
  (14, 11, 'annual',  '2026-01-28', NULL,         59.99),
  (15, 12, 'trial',   '2026-01-28', '2026-02-04', 0.00),
  (16, 12, 'monthly', '2026-02-04', NULL,         9.99),
  (17, 14, 'trial',   '2026-01-23', '2026-01-30', 0.00),
  (18, 14, 'monthly', '2026-01-30', '2026-02-22', 9.99),  -- switched to annual, not churn
  (19, 14, 'annual',  '2026-02-22', NULL,         59.99),
  (20, 16, 'trial',   '2026-02-03', '2026-02-10', 0.00),
  (21, 16, 'monthly', '2026-02-10', NULL,         9.99),
  (22, 18, 'trial',   '2026-02-06', '2026-02-13', 0.00),  -- lapsed
  (23, 20, 'trial',   '2026-02-11', '2026-02-18', 0.00),
  (24, 20, 'monthly', '2026-02-18', '2026-02-20', 9.99),  -- refunded and cancelled
  (25, 21, 'trial',   '2026-02-09', '2026-02-16', 0.00),
  (26, 21, 'annual',  '2026-02-16', NULL,         59.99),
  (27, 24, 'trial',   '2026-02-12', '2026-02-19', 0.00),
  (28, 24, 'monthly', '2026-02-19', NULL,         9.99),
  (29, 25, 'trial',   '2026-03-10', '2026-03-17', 0.00),  -- still running on 2026-03-14
  (30, 26, 'trial',   '2026-02-22', '2026-03-01', 0.00),
  (31, 26, 'annual',  '2026-03-01', NULL,         59.99),
  (32, 5,  'monthly', '2026-03-01', NULL,         9.99);  -- eli came back 6 weeks after his trial lapsed

-- Money actually collected. A refund is a negative amount against the same subscription.
CREATE TABLE payments (
  payment_id      INTEGER PRIMARY KEY,
  user_id         INTEGER NOT NULL REFERENCES users (user_id),
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (subscription_id),
  paid_on         DATE NOT NULL,
  amount          NUMERIC(10, 2) NOT NULL
);
INSERT INTO payments VALUES
  (1,  1,  2,  '2026-01-13', 9.99),
  (2,  3,  4,  '2026-01-17', 59.99),
  (3,  4,  6,  '2026-01-18', 9.99),
  (4,  7,  11, '2026-01-21', 9.99),
  (5,  6,  9,  '2026-01-26', 59.99),
  (6,  11, 14, '2026-01-28', 59.99),
  (7,  14, 18, '2026-01-30', 9.99),
  (8,  12, 16, '2026-02-04', 9.99),
  (9,  16, 21, '2026-02-10', 9.99),
  (10, 1,  2,  '2026-02-13', 9.99),
  (11, 21, 26, '2026-02-16', 59.99),
  (12, 20, 24, '2026-02-18', 9.99),
  (13, 24, 28, '2026-02-19', 9.99),
  (14, 20, 24, '2026-02-20', -9.99),  -- refund
  (15, 7,  11, '2026-02-21', 9.99),
  (16, 14, 19, '2026-02-22', 59.99),
  (17, 26, 31, '2026-03-01', 59.99),
  (18, 5,  32, '2026-03-01', 9.99),
  (19, 12, 16, '2026-03-04', 9.99),
  (20, 16, 21, '2026-03-10', 9.99),
  (21, 1,  2,  '2026-03-13', 9.99);

-- The paywall_copy experiment: a user is bucketed the first time the paywall renders
-- (assigned_at is the server's time). 'control' shows the monthly plan first, 'annual_first'
-- the annual one. A bucketing bug put gus (7) and rui (18) in both variants.
CREATE TABLE experiment_assignments (
  experiment  TEXT NOT NULL,
  user_id     INTEGER NOT NULL REFERENCES users (user_id),
  variant     TEXT NOT NULL CHECK (variant IN ('control', 'annual_first')),
  assigned_at TIMESTAMP NOT NULL,
  PRIMARY KEY (experiment, user_id, variant)
);
INSERT INTO experiment_assignments VALUES
  ('paywall_copy', 1,  'control',      '2026-01-05 07:00:00'),
  ('paywall_copy', 2,  'annual_first', '2026-01-05 19:02:00'),
  ('paywall_copy', 3,  'control',      '2026-01-10 12:00:00'),
  ('paywall_copy', 4,  'annual_first', '2026-01-13 21:00:00'),
  ('paywall_copy', 5,  'control',      '2026-01-11 10:05:00'),
  ('paywall_copy', 7,  'control',      '2026-01-13 18:05:00'),
  ('paywall_copy', 7,  'annual_first', '2026-01-14 18:00:00'),
  ('paywall_copy', 10, 'control',      '2026-01-18 23:40:00'),
  ('paywall_copy', 6,  'annual_first', '2026-01-19 06:45:00'),
  ('paywall_copy', 12, 'control',      '2026-01-20 17:05:00'),
  ('paywall_copy', 11, 'annual_first', '2026-01-21 07:45:00'),
  ('paywall_copy', 14, 'annual_first', '2026-01-22 20:10:00'),
  ('paywall_copy', 16, 'control',      '2026-02-03 06:20:00'),
  ('paywall_copy', 17, 'annual_first', '2026-02-03 12:35:00'),
  ('paywall_copy', 18, 'control',      '2026-02-04 09:05:00'),
  ('paywall_copy', 18, 'annual_first', '2026-02-06 09:00:00'),
  ('paywall_copy', 21, 'annual_first', '2026-02-09 11:10:00'),
  ('paywall_copy', 20, 'control',      '2026-02-11 22:00:00'),
  ('paywall_copy', 24, 'control',      '2026-02-12 16:10:00'),
  ('paywall_copy', 25, 'control',      '2026-02-17 19:40:00'),
  ('paywall_copy', 26, 'annual_first', '2026-02-20 15:05:00');
