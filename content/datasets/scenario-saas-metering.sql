-- title: SaaS subscriptions, daily snapshot and hourly usage meter
-- Billing period: April 2026 (30 days = 720 hours). Money in integer cents.
-- Usage price is per 1,000 API calls and depends on the plan in force in that hour.

CREATE TABLE dim_account (
  account_id INTEGER PRIMARY KEY,
  account_name TEXT NOT NULL,
  segment TEXT NOT NULL CHECK (segment IN ('smb', 'mid_market', 'enterprise')),
  signed_up_on DATE NOT NULL
);

-- Plans are immutable: a price change is a new plan_id (old customers keep theirs).
CREATE TABLE dim_plan (
  plan_id INTEGER PRIMARY KEY,
  plan_name TEXT NOT NULL UNIQUE,
  monthly_fee_cents INTEGER NOT NULL,
  cents_per_1k_calls INTEGER NOT NULL
);

-- Money-moving subscription events. A plan change is TWO rows sharing plan_change_id:
-- a credit for the unused hours of the old plan and a charge for the rest of the period on the new one.
CREATE TABLE fact_subscription_event (
  event_id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES dim_account (account_id),
  plan_id INTEGER NOT NULL REFERENCES dim_plan (plan_id),
  event_type TEXT NOT NULL CHECK (event_type IN ('renewal', 'start', 'proration_credit', 'proration_charge', 'cancel')),
  effective_at TIMESTAMP NOT NULL,
  amount_cents INTEGER NOT NULL,
  plan_change_id INTEGER,
  CHECK ((event_type = 'proration_credit') = (amount_cents < 0)),
  CHECK ((event_type IN ('proration_credit', 'proration_charge')) = (plan_change_id IS NOT NULL)),
  UNIQUE (plan_change_id, event_type)
);

-- End-of-day state of every active subscription (taken at 23:59:59 UTC).
CREATE TABLE snap_subscription_daily (
  account_id INTEGER NOT NULL REFERENCES dim_account (account_id),
  snapshot_date DATE NOT NULL,
  plan_id INTEGER NOT NULL REFERENCES dim_plan (plan_id),
  status TEXT NOT NULL,
  mrr_cents INTEGER NOT NULL,
  PRIMARY KEY (account_id, snapshot_date),
  CHECK (status IN ('active', 'past_due'))
);

-- One row per account, meter and hour; the key makes a re-sent hour an overwrite, not a second row.
CREATE TABLE fact_usage_hourly (
  account_id INTEGER NOT NULL REFERENCES dim_account (account_id),
  meter TEXT NOT NULL,
  hour_start TIMESTAMP NOT NULL,
  units INTEGER NOT NULL CHECK (units >= 0),
  PRIMARY KEY (account_id, meter, hour_start)
);

INSERT INTO dim_account VALUES
  (1, 'Fernway Analytics', 'smb', '2025-08-14'),
  (2, 'Quillstack', 'mid_market', '2025-02-03'),
  (3, 'Brightharbor Labs', 'smb', '2025-11-20'),
  (4, 'Tallgrass Health', 'enterprise', '2024-06-01'),
  (5, 'Pebble & Pine', 'smb', '2026-04-14');

INSERT INTO dim_plan VALUES
  (1, 'free', 0, 0),
  (2, 'starter', 4900, 40),
  (3, 'growth', 19900, 25),
  (4, 'scale', 49900, 15),
  (5, 'starter_2025', 3900, 40);  -- trap: grandfathered price, still billed to account 4

INSERT INTO fact_subscription_event VALUES
  (1, 1, 2, 'renewal', '2026-04-01 00:00:00', 4900, NULL),
  (2, 2, 2, 'renewal', '2026-04-01 00:00:00', 4900, NULL),
  (3, 3, 3, 'renewal', '2026-04-01 00:00:00', 19900, NULL),
  (4, 4, 5, 'renewal', '2026-04-01 00:00:00', 3900, NULL),
  -- trap: starter period starts mid-month: 396 of 720 hours left
  (5, 5, 2, 'start', '2026-04-14 12:00:00', 2695, NULL),
  -- trap: account 4 cancels; no refund, no more billing from this moment
  (6, 4, 5, 'cancel', '2026-04-15 00:00:00', 0, NULL),
  -- downgrade growth -> starter at midnight on 16 April: 360 hours left
  (7, 3, 3, 'proration_credit', '2026-04-16 00:00:00', -9950, 71),
  (8, 3, 2, 'proration_charge', '2026-04-16 00:00:00', 2450, 71),
  -- trap: upgrade starter -> growth at NOON on 17 April: 324 hours left
  (9, 2, 2, 'proration_credit', '2026-04-17 12:00:00', -2205, 72),
  (10, 2, 3, 'proration_charge', '2026-04-17 12:00:00', 8955, 72);

INSERT INTO snap_subscription_daily VALUES
  (1, '2026-04-12', 2, 'active', 4900), (1, '2026-04-13', 2, 'active', 4900),
  (1, '2026-04-14', 2, 'active', 4900), (1, '2026-04-15', 2, 'active', 4900),
  (1, '2026-04-16', 2, 'active', 4900), (1, '2026-04-17', 2, 'active', 4900),
  (1, '2026-04-18', 2, 'active', 4900),
  (2, '2026-04-12', 2, 'active', 4900), (2, '2026-04-13', 2, 'active', 4900),
  (2, '2026-04-14', 2, 'active', 4900), (2, '2026-04-15', 2, 'active', 4900),
  (2, '2026-04-16', 2, 'past_due', 4900),
  -- trap: the end-of-day snapshot for 17 April already says growth, though the morning was starter
  (2, '2026-04-17', 3, 'active', 19900), (2, '2026-04-18', 3, 'active', 19900),
  (3, '2026-04-12', 3, 'active', 19900), (3, '2026-04-13', 3, 'active', 19900),
  (3, '2026-04-14', 3, 'active', 19900), (3, '2026-04-15', 3, 'active', 19900),
  (3, '2026-04-16', 2, 'active', 4900), (3, '2026-04-17', 2, 'active', 4900),
  (3, '2026-04-18', 2, 'active', 4900),
  (4, '2026-04-12', 5, 'active', 3900), (4, '2026-04-13', 5, 'active', 3900),
  (4, '2026-04-14', 5, 'active', 3900),
  (5, '2026-04-14', 2, 'active', 4900), (5, '2026-04-15', 2, 'active', 4900),
  (5, '2026-04-16', 2, 'active', 4900), (5, '2026-04-17', 2, 'active', 4900),
  (5, '2026-04-18', 2, 'active', 4900);

-- Only hours with traffic are shown; a real meter has a row per active hour.
INSERT INTO fact_usage_hourly VALUES
  (1, 'api_calls', '2026-04-03 10:00:00', 8000),
  (1, 'api_calls', '2026-04-12 14:00:00', 6000),
  (1, 'api_calls', '2026-04-20 09:00:00', 10000),
  (2, 'api_calls', '2026-04-05 11:00:00', 15000),
  (2, 'api_calls', '2026-04-17 09:00:00', 20000),  -- trap: starter hour on the day of the upgrade
  (2, 'api_calls', '2026-04-17 15:00:00', 30000),
  (2, 'api_calls', '2026-04-24 16:00:00', 40000),
  (3, 'api_calls', '2026-04-08 13:00:00', 50000),
  (3, 'api_calls', '2026-04-15 23:00:00', 10000),  -- trap: last growth hour, one hour before midnight
  (3, 'api_calls', '2026-04-16 00:00:00', 12000),
  (3, 'api_calls', '2026-04-28 10:00:00', 8000),
  (4, 'api_calls', '2026-04-02 09:00:00', 5000),
  (4, 'api_calls', '2026-04-16 10:00:00', 3000),   -- trap: traffic after cancellation (key not revoked)
  (5, 'api_calls', '2026-04-14 13:00:00', 4000),
  (5, 'api_calls', '2026-04-19 15:00:00', 6000);
