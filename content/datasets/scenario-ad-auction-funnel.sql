-- title: Ad auctions, impressions, clicks and conversions
-- Four facts in a chain, joined by auction_decision_id: the auction picks a winner, the ad may
-- render (impression), the viewer may click, the advertiser's pixel may report a conversion.
-- Attribution is a module: each run writes its own credit rows under an attribution_run_id.
-- Prices are micros of a dollar per impression (4500 micros = 0.0045, a 4.50 CPM).

CREATE TABLE dim_advertiser (
  advertiser_id INTEGER PRIMARY KEY,
  advertiser_name TEXT NOT NULL
);

CREATE TABLE dim_campaign (
  campaign_id INTEGER PRIMARY KEY,
  advertiser_id INTEGER NOT NULL REFERENCES dim_advertiser (advertiser_id),
  campaign_name TEXT NOT NULL,
  objective TEXT NOT NULL
);

CREATE TABLE fact_auction (
  auction_decision_id INTEGER PRIMARY KEY,
  request_id TEXT NOT NULL UNIQUE,
  user_key TEXT NOT NULL,
  placement TEXT NOT NULL,
  decided_at TIMESTAMP NOT NULL,
  winning_campaign_id INTEGER REFERENCES dim_campaign (campaign_id),  -- NULL: nothing cleared the floor
  bidders INTEGER NOT NULL,
  clearing_price_micros INTEGER
);

CREATE TABLE fact_impression (
  impression_id INTEGER PRIMARY KEY,
  auction_decision_id INTEGER NOT NULL UNIQUE REFERENCES fact_auction (auction_decision_id),
  served_at TIMESTAMP NOT NULL,
  viewable BOOLEAN NOT NULL,
  cost_micros INTEGER NOT NULL
);

CREATE TABLE fact_click (
  click_id INTEGER PRIMARY KEY,
  auction_decision_id INTEGER NOT NULL REFERENCES fact_auction (auction_decision_id),
  clicked_at TIMESTAMP NOT NULL,
  is_valid BOOLEAN NOT NULL   -- FALSE: filtered (double click, bot)
);

CREATE TABLE fact_conversion (
  conversion_id INTEGER PRIMARY KEY,
  advertiser_id INTEGER NOT NULL REFERENCES dim_advertiser (advertiser_id),
  user_key TEXT NOT NULL,
  converted_at TIMESTAMP NOT NULL,
  value_cents INTEGER NOT NULL,
  click_auction_decision_id INTEGER REFERENCES fact_auction (auction_decision_id)  -- from the landing URL, if any
);

CREATE TABLE dim_attribution_run (
  attribution_run_id TEXT PRIMARY KEY,
  model TEXT NOT NULL CHECK (model IN ('last_click', 'linear')),
  lookback_days INTEGER NOT NULL,
  run_at TIMESTAMP NOT NULL,
  is_published BOOLEAN NOT NULL
);

CREATE TABLE mod_attribution (
  attribution_run_id TEXT NOT NULL REFERENCES dim_attribution_run (attribution_run_id),
  conversion_id INTEGER NOT NULL REFERENCES fact_conversion (conversion_id),
  auction_decision_id INTEGER NOT NULL REFERENCES fact_auction (auction_decision_id),
  credit NUMERIC(5, 4) NOT NULL CHECK (credit > 0 AND credit <= 1),
  PRIMARY KEY (attribution_run_id, conversion_id, auction_decision_id)
);

INSERT INTO dim_advertiser VALUES (1, 'Trailhead Outfitters'), (2, 'Lumo Bank');

INSERT INTO dim_campaign VALUES
  (1, 1, 'Spring boots prospecting', 'sales'),
  (2, 1, 'Cart retargeting', 'sales'),
  (3, 2, 'Card signup', 'leads');

INSERT INTO fact_auction VALUES
  (1001, 'req-7f01', 'u1', 'feed', '2026-03-04 09:58:00', 1, 6, 4500),
  (1002, 'req-7f02', 'u2', 'feed', '2026-03-04 10:55:00', 1, 5, 4200),
  (1003, 'req-7f03', 'u3', 'feed', '2026-03-04 12:10:00', 1, 7, 4800),
  (1004, 'req-7f04', 'u4', 'stories', '2026-03-05 08:57:00', 1, 4, 3900),
  (1005, 'req-7f05', 'u5', 'feed', '2026-03-05 13:20:00', 1, 6, 4400),
  (1006, 'req-7f06', 'u6', 'stories', '2026-03-05 15:02:00', 1, 3, 3600),  -- won, never rendered
  (1007, 'req-7f07', 'u1', 'feed', '2026-03-05 19:28:00', 2, 3, 6100),
  (1008, 'req-7f08', 'u2', 'feed', '2026-03-06 11:27:00', 2, 4, 5900),
  (1009, 'req-7f09', 'u4', 'feed', '2026-03-06 16:40:00', 2, 2, 5200),
  (1010, 'req-7f10', 'u3', 'stories', '2026-03-06 17:05:00', 2, 3, 5560),
  (1011, 'req-7f11', 'u5', 'feed', '2026-03-04 19:12:00', 3, 8, 7300),
  (1012, 'req-7f12', 'u6', 'feed', '2026-03-05 07:58:00', 3, 6, 6800),
  (1013, 'req-7f13', 'u3', 'stories', '2026-03-05 21:30:00', 3, 5, 6400),
  (1014, 'req-7f14', 'u1', 'feed', '2026-03-06 08:15:00', 3, 7, 7000),
  (1015, 'req-7f15', 'u2', 'feed', '2026-03-06 08:58:00', 3, 6, 6900),
  (1016, 'req-7f16', 'u4', 'stories', '2026-03-06 22:40:00', NULL, 1, NULL);  -- no fill

INSERT INTO fact_impression VALUES
  (1, 1001, '2026-03-04 09:58:01', TRUE, 4500),
  (2, 1002, '2026-03-04 10:55:01', TRUE, 4200),
  (3, 1003, '2026-03-04 12:10:01', FALSE, 4800),
  (4, 1004, '2026-03-05 08:57:01', TRUE, 3900),
  (5, 1005, '2026-03-05 13:20:01', TRUE, 4400),
  (6, 1007, '2026-03-05 19:28:01', TRUE, 6100),
  (7, 1008, '2026-03-06 11:27:01', TRUE, 5900),
  (8, 1009, '2026-03-06 16:40:01', TRUE, 5200),
  (9, 1010, '2026-03-06 17:05:01', FALSE, 5560),
  (10, 1011, '2026-03-04 19:12:01', TRUE, 7300),
  (11, 1012, '2026-03-05 07:58:01', TRUE, 6800),
  (12, 1013, '2026-03-05 21:30:01', TRUE, 6400),
  (13, 1014, '2026-03-06 08:15:01', TRUE, 7000),
  (14, 1015, '2026-03-06 08:58:01', TRUE, 6900);

INSERT INTO fact_click VALUES
  (1, 1001, '2026-03-04 10:00:00', TRUE),
  (2, 1002, '2026-03-04 11:00:00', TRUE),
  (3, 1002, '2026-03-04 11:00:01', FALSE),  -- trap: a double tap, filtered as invalid
  (4, 1004, '2026-03-05 09:00:00', TRUE),
  (5, 1007, '2026-03-05 19:30:00', TRUE),
  (6, 1008, '2026-03-06 11:30:00', TRUE),
  (7, 1012, '2026-03-05 08:00:00', TRUE),
  (8, 1015, '2026-03-06 09:00:00', TRUE);

INSERT INTO fact_conversion VALUES
  (1, 1, 'u1', '2026-03-05 20:05:00', 12900, 1007),
  (2, 1, 'u2', '2026-03-06 12:02:00', 8900, 1008),
  (3, 1, 'u4', '2026-03-06 18:10:00', 15400, 1004),
  (4, 2, 'u6', '2026-03-05 08:20:00', 5000, 1012),
  (5, 1, 'u3', '2026-03-06 19:45:00', 7000, NULL);  -- trap: no click at all, so no credit anywhere

INSERT INTO dim_attribution_run VALUES
  ('attr-2026-03-07-lc', 'last_click', 7, '2026-03-07 02:00:00', FALSE),
  ('attr-2026-03-08-lin', 'linear', 7, '2026-03-08 02:00:00', TRUE);

INSERT INTO mod_attribution VALUES
  ('attr-2026-03-07-lc', 1, 1007, 1.0),
  ('attr-2026-03-07-lc', 2, 1008, 1.0),
  ('attr-2026-03-07-lc', 3, 1004, 1.0),
  ('attr-2026-03-07-lc', 4, 1012, 1.0),
  ('attr-2026-03-08-lin', 1, 1001, 0.5),
  ('attr-2026-03-08-lin', 1, 1007, 0.5),
  ('attr-2026-03-08-lin', 2, 1002, 0.5),
  ('attr-2026-03-08-lin', 2, 1008, 0.5),
  ('attr-2026-03-08-lin', 3, 1004, 1.0),
  ('attr-2026-03-08-lin', 4, 1012, 1.0);
