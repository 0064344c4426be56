-- title: SaaS: subscription history, plan changes, hourly metering and invoices
-- Money is integer cents. Timestamps are UTC, without a zone. Validity ranges are half-open:
-- [valid_from, valid_to), and valid_to IS NULL means the row is current.
-- usage_hourly holds all metered usage for March 2026 (older hours are archived).

CREATE TABLE plans (
  plan_id                INTEGER PRIMARY KEY,
  name                   TEXT NOT NULL UNIQUE,
  monthly_fee_cents      INTEGER NOT NULL,
  included_units         INTEGER NOT NULL,
  overage_cents_per_unit INTEGER NOT NULL
);
INSERT INTO plans VALUES
  (1, 'starter', 2900,  400,   2),
  (2, 'growth',  9900,  4000,  1),
  (3, 'scale',   29900, 20000, 1);

CREATE TABLE accounts (
  account_id INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  segment    TEXT NOT NULL,
  created_at TIMESTAMP NOT NULL
);
INSERT INTO accounts VALUES
  (1, 'Acme Analytics', 'smb',        '2026-01-01 09:00:00'),
  (2, 'Birch Health',   'mid-market', '2025-11-15 14:00:00'),
  (3, 'Cobalt Labs',    'smb',        '2026-01-10 10:30:00'), -- upgrades mid-month
  (4, 'Dune Logistics', 'mid-market', '2026-02-01 08:00:00'), -- history has an overlap
  (5, 'Elm Studio',     'smb',        '2026-02-20 16:45:00'), -- trap: zero usage
  (6, 'Fjord Bank',     'enterprise', '2025-12-01 12:00:00');

-- SCD type 2: one row per account per version of its plan.
CREATE TABLE subscriptions (
  subscription_id INTEGER PRIMARY KEY,
  account_id      INTEGER NOT NULL REFERENCES accounts (account_id),
  plan_id         INTEGER NOT NULL REFERENCES plans (plan_id),
  valid_from      TIMESTAMP NOT NULL,
  valid_to        TIMESTAMP        -- trap: NULL = current (comparisons with NULL are never true)
);
INSERT INTO subscriptions VALUES
  (1, 1, 1, '2026-01-01 00:00:00', NULL),
  (2, 2, 2, '2025-11-15 00:00:00', NULL),
  (3, 3, 1, '2026-01-10 00:00:00', '2026-03-16 00:00:00'),
  (4, 3, 2, '2026-03-16 00:00:00', NULL),                  -- trap: adjacent to 3 (valid_to = next valid_from), not an overlap
  (5, 4, 1, '2026-02-01 00:00:00', '2026-03-10 00:00:00'), -- trap: a bad backfill left this open 5 days too long ...
  (6, 4, 2, '2026-03-05 00:00:00', NULL),                  -- ... so it overlaps this row from 5 to 10 March
  (7, 5, 1, '2026-02-20 00:00:00', NULL),
  (8, 6, 2, '2025-12-01 00:00:00', '2026-02-01 00:00:00'),
  (9, 6, 3, '2026-02-03 00:00:00', NULL);                  -- a 2-day gap after row 8 (lapsed, then resubscribed)

-- Event log of plan changes; a sign-up is a change from no plan (from_plan_id NULL).
CREATE TABLE plan_changes (
  change_id    INTEGER PRIMARY KEY,
  account_id   INTEGER NOT NULL REFERENCES accounts (account_id),
  from_plan_id INTEGER REFERENCES plans (plan_id),
  to_plan_id   INTEGER NOT NULL REFERENCES plans (plan_id),
  changed_at   TIMESTAMP NOT NULL
);
INSERT INTO plan_changes VALUES
  (1, 1, NULL, 1, '2026-01-01 00:00:00'),
  (2, 2, NULL, 2, '2025-11-15 00:00:00'),
  (3, 3, NULL, 1, '2026-01-10 00:00:00'),
  (4, 4, NULL, 1, '2026-02-01 00:00:00'),
  (5, 5, NULL, 1, '2026-02-20 00:00:00'),
  (6, 6, NULL, 2, '2025-12-01 00:00:00'),
  (7, 6, 2,    3, '2026-02-03 00:00:00'),
  (8, 4, 1,    2, '2026-03-05 00:00:00'),
  (9, 3, 1,    2, '2026-03-16 00:00:00'); -- trap: upgrade mid-month, March fee is prorated

-- Meter readings: meant to be one row per account per hour. A reload appends a new row.
CREATE TABLE usage_hourly (
  account_id INTEGER NOT NULL,
  hour_start TIMESTAMP NOT NULL,
  units      INTEGER NOT NULL,
  loaded_at  TIMESTAMP NOT NULL
);
INSERT INTO usage_hourly VALUES
  (1, '2026-03-15 22:00:00', 120,  '2026-03-15 23:05:00'),
  (1, '2026-03-15 23:00:00', 80,   '2026-03-16 00:05:00'),
  (1, '2026-03-16 00:00:00', 60,   '2026-03-16 01:05:00'),
  (1, '2026-03-16 02:00:00', 40,   '2026-03-16 03:05:00'),
  (1, '2026-03-16 03:00:00', 200,  '2026-03-16 04:05:00'),
  (2, '2026-03-15 22:00:00', 900,  '2026-03-15 23:05:00'),
  (2, '2026-03-15 23:00:00', 1100, '2026-03-16 00:05:00'),
  (2, '2026-03-16 00:00:00', 1000, '2026-03-16 01:05:00'), -- trap: superseded by the reload below
  (2, '2026-03-16 00:00:00', 1040, '2026-03-16 04:10:00'), -- trap: reload of the same hour (latest wins)
  (2, '2026-03-16 02:00:00', 950,  '2026-03-16 03:05:00'),
  (2, '2026-03-16 03:00:00', 1200, '2026-03-16 04:05:00'),
  (3, '2026-03-15 22:00:00', 300,  '2026-03-15 23:05:00'),
  (3, '2026-03-15 23:00:00', 500,  '2026-03-16 00:05:00'),
  (3, '2026-03-16 00:00:00', 700,  '2026-03-16 01:05:00'), -- first hour on the new plan
  (3, '2026-03-16 02:00:00', 650,  '2026-03-16 03:05:00'),
  (3, '2026-03-16 03:00:00', 400,  '2026-03-16 04:05:00'),
  (4, '2026-03-15 22:00:00', 0,    '2026-03-15 23:05:00'), -- trap: a heartbeat row with zero units
  (4, '2026-03-15 23:00:00', 50,   '2026-03-16 00:05:00'),
  (4, '2026-03-16 00:00:00', 70,   '2026-03-16 01:05:00'),
  (4, '2026-03-16 03:00:00', 30,   '2026-03-16 04:05:00'),
  (5, '2026-03-16 02:00:00', 0,    '2026-03-16 03:05:00'), -- trap: Elm Studio's meter only ever sends heartbeats
  (6, '2026-03-15 22:00:00', 2500, '2026-03-15 23:05:00'),
  (6, '2026-03-16 00:00:00', 3100, '2026-03-16 01:05:00'),
  (6, '2026-03-16 02:00:00', 2800, '2026-03-16 03:05:00'),
  (6, '2026-03-16 03:00:00', 2900, '2026-03-16 04:05:00');
  -- trap: nothing at all for 2026-03-16 01:00 (the loader was down)

CREATE TABLE invoices (
  invoice_id   INTEGER PRIMARY KEY,
  account_id   INTEGER NOT NULL REFERENCES accounts (account_id),
  period_start DATE NOT NULL,
  period_end   DATE NOT NULL,   -- exclusive
  usage_units  INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL
);
INSERT INTO invoices VALUES
  (1, 1, '2026-02-01', '2026-03-01', 310,   2900),
  (2, 4, '2026-02-01', '2026-03-01', 90,    2900),  -- trap: February; account 4 has no March invoice
  (3, 6, '2026-02-01', '2026-03-01', 12400, 29900),
  (4, 1, '2026-03-01', '2026-04-01', 500,   3100),
  (5, 2, '2026-03-01', '2026-04-01', 5150,  11050), -- trap: billed from the stale pre-reload reading
  (6, 3, '2026-03-01', '2026-04-01', 2550,  6513),
  (7, 5, '2026-03-01', '2026-04-01', 0,     2900),
  (8, 6, '2026-03-01', '2026-04-01', 11300, 29900);
