-- title: Social feed: posts, follows, ranked impressions and engagements
-- Timestamps are UTC, without a time zone. impressions and engagements are append-only event logs.

CREATE TABLE users (
  user_id   INTEGER PRIMARY KEY,
  handle    TEXT NOT NULL UNIQUE,
  country   TEXT NOT NULL,
  joined_at DATE NOT NULL
);
INSERT INTO users VALUES
  (1, 'ana', 'BR', '2025-06-01'),
  (2, 'bo',  'US', '2025-07-12'),
  (3, 'cy',  'GB', '2025-08-30'),
  (4, 'dee', 'US', '2025-09-14'),
  (5, 'eli', 'IN', '2025-10-02'),
  (6, 'fay', 'GB', '2025-11-20'), -- trap: never posts
  (7, 'gus', 'IN', '2025-12-05'),
  (8, 'hal', 'US', '2026-01-09'), -- trap: never posts, and follows himself
  (9, 'ivy', 'US', '2026-02-14'); -- trap: never posts and follows nobody

CREATE TABLE posts (
  post_id    INTEGER PRIMARY KEY,
  author_id  INTEGER NOT NULL REFERENCES users (user_id),
  created_at TIMESTAMP NOT NULL,
  post_type  TEXT NOT NULL
);
INSERT INTO posts VALUES
  (10, 1, '2026-03-01 08:10:00', 'photo'),
  (11, 1, '2026-03-02 09:00:00', 'text'),
  (12, 1, '2026-03-02 21:30:00', 'photo'), -- trap: second post on the same day
  (13, 1, '2026-03-03 23:59:00', 'video'), -- near midnight, still 3 March
  (14, 1, '2026-03-05 00:01:00', 'photo'), -- trap: 4 March is a gap
  (15, 1, '2026-03-06 12:00:00', 'text'),
  (20, 2, '2026-03-02 10:00:00', 'photo'),
  (21, 2, '2026-03-03 10:30:00', 'text'),
  (30, 3, '2026-03-01 19:00:00', 'video'),
  (31, 3, '2026-03-04 07:45:00', 'photo'),
  (40, 4, '2026-03-03 11:00:00', 'photo'),
  (41, 4, '2026-03-04 11:00:00', 'photo'),
  (42, 4, '2026-03-05 11:00:00', 'text'),
  (43, 4, '2026-03-06 11:00:00', 'video'),
  (50, 5, '2026-03-06 18:20:00', 'photo'),
  (70, 7, '2026-03-05 14:00:00', 'text');

CREATE TABLE follows (
  follower_id INTEGER NOT NULL REFERENCES users (user_id),
  followee_id INTEGER NOT NULL REFERENCES users (user_id),
  followed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (follower_id, followee_id)
);
INSERT INTO follows VALUES
  (1, 2, '2025-08-01 10:00:00'),
  (2, 1, '2025-08-02 11:00:00'),
  (1, 3, '2025-09-05 09:30:00'),
  (3, 1, '2025-09-06 20:15:00'),
  (1, 4, '2025-10-01 12:00:00'),
  (4, 1, '2025-10-03 08:45:00'),
  (2, 3, '2025-10-10 17:20:00'),
  (3, 2, '2025-10-11 07:05:00'),
  (5, 1, '2025-11-01 13:00:00'),
  (5, 4, '2025-11-02 13:30:00'),
  (6, 1, '2025-12-01 09:00:00'),
  (6, 2, '2025-12-01 09:01:00'),
  (7, 4, '2026-01-02 18:00:00'),
  (8, 8, '2026-01-09 12:00:00'), -- trap: self-follow
  (8, 1, '2026-01-10 12:00:00');

-- One row per post shown in a feed. Viewers 1, 3, 5, 7 are in control (ranker rk-v7);
-- viewers 2, 4, 6, 8 are in treatment, whose ranker was hot-fixed from rk-v8 to rk-v8.1 at 15:00.
CREATE TABLE impressions (
  impression_id   INTEGER NOT NULL, -- meant to be unique; not enforced
  viewer_id       INTEGER NOT NULL REFERENCES users (user_id),
  post_id         INTEGER NOT NULL REFERENCES posts (post_id),
  served_at       TIMESTAMP NOT NULL,
  ranker_model_id TEXT NOT NULL,
  variant         TEXT NOT NULL
);
INSERT INTO impressions VALUES
  (1001, 2, 10, '2026-03-06 08:00:00', 'rk-v8',   'treatment'),
  (1002, 2, 40, '2026-03-06 08:01:30', 'rk-v8',   'treatment'),
  (1003, 2, 30, '2026-03-06 08:04:00', 'rk-v8',   'treatment'),
  (1003, 2, 30, '2026-03-06 08:04:00', 'rk-v8',   'treatment'), -- trap: duplicate, client retry
  (1004, 2, 50, '2026-03-06 08:25:00', 'rk-v8',   'treatment'),
  (1005, 2, 43, '2026-03-06 08:29:00', 'rk-v8',   'treatment'),
  (1006, 1, 20, '2026-03-06 09:00:00', 'rk-v7',   'control'),
  (1007, 1, 40, '2026-03-06 09:02:00', 'rk-v7',   'control'),
  (1008, 1, 43, '2026-03-06 09:12:00', 'rk-v7',   'control'),   -- exactly 10 minutes after the previous one
  (1009, 1, 31, '2026-03-06 09:40:00', 'rk-v7',   'control'),
  (1010, 3, 10, '2026-03-06 12:00:00', 'rk-v7',   'control'),
  (1011, 3, 11, '2026-03-06 12:03:00', 'rk-v7',   'control'),
  (1011, 3, 11, '2026-03-06 12:03:00', 'rk-v7',   'control'),   -- trap: duplicate, client retry
  (1012, 3, 42, '2026-03-06 12:05:00', 'rk-v7',   'control'),
  (1013, 4, 10, '2026-03-06 13:00:00', 'rk-v8',   'treatment'),
  (1014, 4, 15, '2026-03-06 13:06:00', 'rk-v8',   'treatment'),
  (1015, 4, 50, '2026-03-06 13:30:00', 'rk-v8',   'treatment'),
  (1016, 5, 15, '2026-03-06 14:00:00', 'rk-v7',   'control'),
  (1017, 5, 43, '2026-03-06 14:09:59', 'rk-v7',   'control'),
  (1018, 6, 10, '2026-03-06 18:00:00', 'rk-v8.1', 'treatment'),
  (1019, 6, 43, '2026-03-06 18:02:00', 'rk-v8.1', 'treatment'),
  (1020, 7, 15, '2026-03-06 19:00:00', 'rk-v7',   'control'),
  (1021, 7, 50, '2026-03-06 19:30:00', 'rk-v7',   'control'),
  (1022, 8, 43, '2026-03-06 20:00:00', 'rk-v8.1', 'treatment'),
  (1023, 8, 15, '2026-03-06 20:05:00', 'rk-v8.1', 'treatment'),
  (1024, 2, 15, '2026-03-06 21:00:00', 'rk-v8.1', 'treatment'),
  (1025, 1, 50, '2026-03-06 22:00:00', 'rk-v7',   'control'),
  (1026, 6, 42, '2026-03-06 18:05:00', 'rk-v8.1', 'treatment'); -- trap: post 42 now ties post 40 on reach

-- Append-only. Undoing an action (an unlike) is a new row with is_undone = TRUE; the latest
-- row for (user_id, post_id, action) is the current state. No foreign keys on purpose: the log
-- keeps engagements on posts that were hard-deleted since (the orphan checks find them).
CREATE TABLE engagements (
  engagement_id INTEGER PRIMARY KEY,
  user_id       INTEGER NOT NULL,
  post_id       INTEGER NOT NULL,
  action        TEXT NOT NULL CHECK (action IN ('like', 'comment', 'share')),
  created_at    TIMESTAMP NOT NULL,
  is_undone     BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO engagements VALUES
  (1,  2, 10,  'like',    '2026-03-06 08:00:40', FALSE),
  (2,  2, 40,  'like',    '2026-03-06 08:02:00', FALSE),
  (3,  2, 40,  'like',    '2026-03-06 08:03:10', TRUE), -- trap: unlike cancels engagement 2
  (4,  2, 50,  'comment', '2026-03-06 08:26:00', FALSE),
  (5,  1, 20,  'like',    '2026-03-06 09:00:30', FALSE),
  (6,  1, 43,  'share',   '2026-03-06 09:13:00', FALSE),
  (7,  3, 10,  'like',    '2026-03-06 12:00:20', FALSE),
  (8,  3, 11,  'like',    '2026-03-06 12:03:30', FALSE),
  (9,  3, 11,  'like',    '2026-03-06 12:04:00', TRUE), -- unlike ...
  (10, 3, 11,  'like',    '2026-03-06 12:04:30', FALSE), -- ... then like again: net one like
  (11, 4, 10,  'like',    '2026-03-06 13:01:00', FALSE),
  (12, 4, 15,  'comment', '2026-03-06 13:07:00', FALSE),
  (13, 5, 43,  'like',    '2026-03-06 14:10:30', FALSE),
  (14, 6, 10,  'like',    '2026-03-06 18:00:30', FALSE),
  (15, 6, 43,  'like',    '2026-03-06 18:02:30', FALSE),
  (16, 7, 999, 'like',    '2026-03-06 19:05:00', FALSE), -- trap: orphan, post 999 was hard-deleted
  (17, 8, 43,  'like',    '2026-03-06 20:00:40', FALSE),
  (18, 8, 43,  'like',    '2026-03-06 20:01:00', TRUE), -- trap: unlike
  (19, 2, 15,  'share',   '2026-03-06 21:01:00', FALSE),
  (20, 1, 50,  'like',    '2026-03-06 22:00:10', FALSE),
  (21, 5, 999, 'comment', '2026-03-06 14:30:00', FALSE), -- trap: orphan
  (22, 7, 15,  'like',    '2026-03-06 19:00:20', FALSE),
  (23, 3, 42,  'comment', '2026-03-06 12:36:00', FALSE), -- trap: 31 minutes after impression 1012, too late to credit it
  (24, 5, 15,  'comment', '2026-03-06 13:55:00', FALSE); -- trap: before impression 1016, so it cannot be caused by it
