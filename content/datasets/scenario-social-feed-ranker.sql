-- title: Social feed impressions, engagements and a ranker A/B test
-- Experiment feed-rank-2026-05: control users get ranker 1, treatment users ranker 2;
-- when the treatment ranker times out, the feed falls back to a recency heuristic (model 3).

CREATE TABLE dim_user (
  user_id INTEGER PRIMARY KEY,
  country TEXT NOT NULL,
  signed_up_on DATE NOT NULL
);

CREATE TABLE dim_post (
  post_id INTEGER PRIMARY KEY,
  author_user_id INTEGER NOT NULL REFERENCES dim_user (user_id),
  post_type TEXT NOT NULL CHECK (post_type IN ('photo', 'video', 'text')),
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE dim_ranker_model (
  ranker_model_id INTEGER PRIMARY KEY,
  model_name TEXT NOT NULL,
  model_version INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('control', 'treatment', 'fallback', 'retired')),
  deployed_at DATE NOT NULL,
  UNIQUE (model_name, model_version)
);

CREATE TABLE bridge_experiment_assignment (
  experiment_id TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES dim_user (user_id),
  arm TEXT NOT NULL CHECK (arm IN ('control', 'treatment')),
  assigned_at TIMESTAMP NOT NULL,
  PRIMARY KEY (experiment_id, user_id)
);

-- One row per post shown in a feed response; the model that ranked it is stamped on the row.
CREATE TABLE fact_feed_impression (
  impression_id INTEGER PRIMARY KEY,
  request_id TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES dim_user (user_id),
  post_id INTEGER NOT NULL REFERENCES dim_post (post_id),
  ranker_model_id INTEGER NOT NULL REFERENCES dim_ranker_model (ranker_model_id),
  served_at TIMESTAMP NOT NULL,
  feed_position INTEGER NOT NULL CHECK (feed_position >= 1),
  UNIQUE (request_id, feed_position)
);

-- Append-only: an unlike is a new 'like' row with is_undone = TRUE. The latest row per
-- (user, post, engagement_type) is the current state.
CREATE TABLE fact_engagement (
  engagement_id INTEGER PRIMARY KEY,
  impression_id INTEGER NOT NULL REFERENCES fact_feed_impression (impression_id),
  user_id INTEGER NOT NULL REFERENCES dim_user (user_id),
  post_id INTEGER NOT NULL REFERENCES dim_post (post_id),
  engagement_type TEXT NOT NULL CHECK (engagement_type IN ('like', 'comment', 'share', 'save')),
  event_at TIMESTAMP NOT NULL,
  is_undone BOOLEAN NOT NULL DEFAULT FALSE
);

INSERT INTO dim_user VALUES
  (1, 'BR', '2024-03-02'),
  (2, 'IN', '2025-07-19'),
  (3, 'US', '2023-11-30'),
  (4, 'BR', '2025-01-08'),
  (5, 'DE', '2024-09-14'),
  (6, 'US', '2026-02-21'),
  (7, 'JP', '2022-05-05');  -- a creator, not in the experiment

INSERT INTO dim_post VALUES
  (1, 7, 'photo', '2026-05-03 18:00:00'),
  (2, 7, 'video', '2026-05-03 21:30:00'),
  (3, 3, 'photo', '2026-05-03 12:10:00'),
  (4, 7, 'text', '2026-05-04 06:00:00'),
  (5, 1, 'video', '2026-05-02 22:45:00'),
  (6, 7, 'photo', '2026-05-04 07:20:00');

INSERT INTO dim_ranker_model VALUES
  (1, 'ranker-gbdt', 14, 'control', '2026-03-10'),
  (2, 'ranker-transformer', 3, 'treatment', '2026-04-28'),
  (3, 'recency-heuristic', 1, 'fallback', '2025-01-15'),
  (4, 'ranker-gbdt', 13, 'retired', '2025-12-01'),
  (5, 'ranker-transformer', 2, 'retired', '2026-04-02');

INSERT INTO bridge_experiment_assignment VALUES
  ('feed-rank-2026-05', 1, 'control', '2026-05-01 00:00:00'),
  ('feed-rank-2026-05', 2, 'control', '2026-05-01 00:00:00'),
  ('feed-rank-2026-05', 3, 'control', '2026-05-01 00:00:00'),
  ('feed-rank-2026-05', 4, 'treatment', '2026-05-01 00:00:00'),
  ('feed-rank-2026-05', 5, 'treatment', '2026-05-01 00:00:00'),
  ('feed-rank-2026-05', 6, 'treatment', '2026-05-01 00:00:00');

INSERT INTO fact_feed_impression VALUES
  (1, 'rq-a1', 1, 1, 1, '2026-05-04 08:00:05', 1),
  (2, 'rq-a1', 1, 2, 1, '2026-05-04 08:00:05', 2),
  (3, 'rq-b1', 2, 3, 1, '2026-05-04 08:03:10', 1),
  (4, 'rq-b1', 2, 1, 1, '2026-05-04 08:03:10', 2),
  (5, 'rq-c1', 3, 4, 1, '2026-05-04 09:12:00', 1),
  (6, 'rq-c1', 3, 5, 1, '2026-05-04 09:12:00', 2),
  (7, 'rq-d1', 4, 2, 2, '2026-05-04 08:30:40', 1),
  (8, 'rq-d1', 4, 6, 2, '2026-05-04 08:30:40', 2),
  (9, 'rq-e1', 5, 3, 2, '2026-05-04 10:01:00', 1),
  -- trap: treatment user, but the transformer timed out and the fallback ranked this feed
  (10, 'rq-e2', 5, 4, 3, '2026-05-04 19:45:00', 1),
  (11, 'rq-e2', 5, 5, 3, '2026-05-04 19:45:00', 2),
  (12, 'rq-f1', 6, 6, 2, '2026-05-04 22:10:00', 1),
  (13, 'rq-f1', 6, 1, 2, '2026-05-04 22:10:00', 2),
  (14, 'rq-f1', 6, 2, 2, '2026-05-04 22:10:00', 3);

INSERT INTO fact_engagement VALUES
  (1, 1, 1, 1, 'like', '2026-05-04 08:00:40', FALSE),
  -- trap: the client retried the like request; same state, second row
  (2, 1, 1, 1, 'like', '2026-05-04 08:00:41', FALSE),
  (3, 3, 2, 3, 'like', '2026-05-04 08:03:30', FALSE),
  -- trap: unliked two minutes later
  (4, 3, 2, 3, 'like', '2026-05-04 08:05:31', TRUE),
  (5, 5, 3, 4, 'comment', '2026-05-04 09:14:00', FALSE),
  (6, 6, 3, 5, 'like', '2026-05-04 09:13:10', FALSE),
  (7, 7, 4, 2, 'like', '2026-05-04 08:31:00', FALSE),
  -- trap: like, unlike, like again: the post is liked
  (8, 8, 4, 6, 'like', '2026-05-04 08:31:20', FALSE),
  (9, 8, 4, 6, 'like', '2026-05-04 08:31:25', TRUE),
  (10, 8, 4, 6, 'like', '2026-05-04 08:33:02', FALSE),
  (11, 9, 5, 3, 'like', '2026-05-04 10:02:15', FALSE),
  (12, 10, 5, 4, 'like', '2026-05-04 19:46:00', FALSE),
  (13, 12, 6, 6, 'like', '2026-05-04 22:10:30', FALSE),
  (14, 13, 6, 1, 'share', '2026-05-04 22:11:45', FALSE);
