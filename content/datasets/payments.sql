-- title: Payments: customers, merchants, transactions and refunds
-- Money is integer cents in the transaction's own currency. Timestamps are UTC, without a zone.
-- transactions is loaded from a payment-processor webhook that retries on timeout, so one
-- idempotency_key can arrive more than once; the row with the latest created_at is the truth.

CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  country     TEXT NOT NULL,
  signup_date DATE NOT NULL
);
INSERT INTO customers VALUES
  (1, 'Amara Nwosu',   'US', '2025-10-02'),
  (2, 'Bruno Silva',   'BR', '2025-10-15'),
  (3, 'Chen Wei',      'US', '2025-11-01'),
  (4, 'Dana Kowalski', 'PL', '2025-11-20'),
  (5, 'Elif Demir',    'TR', '2025-12-05'),
  (6, 'Farah Haddad',  'US', '2026-01-08'),
  (7, 'Gus Lindqvist', 'SE', '2026-01-19'),
  (8, 'Hana Sato',     'JP', '2026-02-02'); -- trap: signed up and added a card, never paid

CREATE TABLE payment_methods (
  method_id   INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (customer_id), -- the owner
  method_type TEXT NOT NULL,     -- card, wallet or bank
  brand       TEXT,             -- NULL for bank transfers
  added_at    TIMESTAMP NOT NULL,
  CONSTRAINT known_method_type CHECK (method_type IN ('card', 'wallet', 'bank'))
);
INSERT INTO payment_methods VALUES
  (1, 1, 'card',   'visa',       '2025-10-02 10:00:00'),
  (2, 1, 'wallet', 'applepay',   '2025-12-01 18:30:00'),
  (3, 2, 'card',   'mastercard', '2025-10-15 09:10:00'),
  (4, 3, 'card',   'amex',       '2025-11-01 12:00:00'),
  (5, 4, 'card',   'visa',       '2025-11-20 16:45:00'),
  (6, 5, 'bank',   NULL,         '2025-12-05 08:00:00'),
  (7, 6, 'card',   'visa',       '2026-01-08 20:20:00'),
  (8, 7, 'wallet', 'googlepay',  '2026-01-19 07:15:00'),
  (9, 8, 'card',   'visa',       '2026-02-02 11:00:00'); -- never used

CREATE TABLE merchants (
  merchant_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  category    TEXT,             -- trap: NULL for a merchant still in onboarding review
  country     TEXT NOT NULL
);
INSERT INTO merchants VALUES
  (1, 'Corner Grocer', 'grocery', 'US'),
  (2, 'Skyline Air',   'travel',  'US'),
  (3, 'StreamBox',     'digital', 'US'),
  (4, 'Cafe Lumen',    'food',    'FR'), -- settles in EUR
  (5, 'PixelForge',    NULL,      'US'), -- trap: NULL category
  (6, 'Urban Threads', 'apparel', 'US');

CREATE TABLE transactions (
  txn_id          INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL,  -- NOT unique: webhook retries repeat it
  customer_id     INTEGER NOT NULL REFERENCES customers (customer_id),
  merchant_id     INTEGER NOT NULL REFERENCES merchants (merchant_id),
  -- No REFERENCES on method_id, on purpose: the processor sends method ids we never synced
  -- (txn 125), and sqla-pay-orphan-methods is the check that finds them.
  method_id       INTEGER,
  amount_cents    INTEGER NOT NULL,
  currency        TEXT NOT NULL,
  status          TEXT NOT NULL,  -- pending, completed, failed or refunded
  created_at      TIMESTAMP NOT NULL,
  CONSTRAINT known_txn_status CHECK (status IN ('completed', 'pending', 'refunded', 'failed'))
);
INSERT INTO transactions VALUES
  (101, 'k-101', 1, 1, 1,  8400,  'USD', 'completed', '2026-01-03 09:12:00'),
  (102, 'k-102', 1, 3, 2,  1299,  'USD', 'completed', '2026-01-05 20:01:00'),
  (103, 'k-103', 2, 2, 3,  38900, 'USD', 'completed', '2026-01-09 14:30:00'), -- two partial refunds
  (104, 'k-104', 3, 6, 4,  12000, 'USD', 'completed', '2026-01-12 11:00:00'),
  (105, 'k-105', 3, 1, 4,  2575,  'USD', 'failed',    '2026-01-12 11:05:00'),
  (106, 'k-106', 4, 4, 5,  1850,  'EUR', 'completed', '2026-01-16 08:45:00'),
  (107, 'k-107', 5, 5, 6,  5000,  'USD', 'completed', '2026-01-20 19:20:00'),
  (108, 'k-108', 6, 6, 7,  9900,  'USD', 'refunded',  '2026-01-24 13:10:00'),
  (109, 'k-109', 2, 1, 3,  6150,  'USD', 'completed', '2026-01-31 23:59:30'), -- trap: 30 s before February
  (110, 'k-110', 1, 1, 1,  4200,  'USD', 'completed', '2026-02-01 00:00:30'), -- trap: 30 s into February
  (111, 'k-111', 7, 3, 8,  1299,  'USD', 'completed', '2026-02-03 07:30:00'),
  (112, 'k-112', 4, 2, 5,  6500,  'USD', 'pending',   '2026-02-06 10:00:00'), -- trap: first webhook delivery ...
  (113, 'k-112', 4, 2, 5,  6500,  'USD', 'completed', '2026-02-06 10:00:04'), -- ... retried 4 s later with the final status
  (114, 'k-114', 5, 4, 6,  2400,  'EUR', 'completed', '2026-02-10 12:15:00'),
  (115, 'k-115', 6, 2, 7,  21000, 'USD', 'failed',    '2026-02-12 16:40:00'), -- a real decline ...
  (116, 'k-116', 6, 2, 7,  21000, 'USD', 'completed', '2026-02-12 16:42:00'), -- ... and a new attempt (new key), not a duplicate
  (117, 'k-117', 2, 6, 1,  7800,  'USD', 'completed', '2026-02-14 18:00:00'), -- trap: method 1 belongs to customer 1
  (118, 'k-118', 1, 6, 2,  4500,  'USD', 'completed', '2026-02-20 21:10:00'), -- trap: exact duplicate ...
  (119, 'k-118', 1, 6, 2,  4500,  'USD', 'completed', '2026-02-20 21:10:02'), -- ... of this retried row
  (120, 'k-120', 3, 1, 4,  3875,  'USD', 'completed', '2026-02-28 23:59:59'), -- trap: last second of February
  (121, 'k-121', 7, 5, 8,  3300,  'USD', 'completed', '2026-03-01 00:01:00'),
  (122, 'k-122', 4, 3, 5,  1299,  'USD', 'completed', '2026-03-03 09:00:00'),
  (123, 'k-123', 5, 5, 6,  2750,  'USD', 'refunded',  '2026-03-05 15:30:00'), -- trap: refunds do not add up to the amount
  (124, 'k-124', 2, 2, 3,  15100, 'USD', 'completed', '2026-03-08 10:20:00'),
  (125, 'k-125', 6, 1, 12, 1675,  'USD', 'completed', '2026-03-09 17:45:00'), -- trap: method 12 does not exist
  (126, 'k-126', 1, 4, 1,  3600,  'EUR', 'completed', '2026-03-12 13:00:00'),
  (127, 'k-127', 3, 6, 4,  6200,  'USD', 'pending',   '2026-03-14 22:30:00'),
  (128, 'k-128', 7, 1, 8,  4100,  'USD', 'failed',    '2026-03-15 08:10:00'),
  (129, 'k-129', 5, 3, 6,  1299,  'USD', 'completed', '2026-03-31 22:15:00'); -- trap: last evening of March
-- Completed USD revenue after de-duplication: Corner Grocer and Urban Threads tie at 24300.

CREATE TABLE refunds (
  refund_id    INTEGER PRIMARY KEY,
  txn_id       INTEGER NOT NULL REFERENCES transactions (txn_id),
  amount_cents INTEGER NOT NULL,  -- same currency as the transaction
  reason       TEXT NOT NULL,
  created_at   TIMESTAMP NOT NULL
);
INSERT INTO refunds VALUES
  (1, 103, 5000, 'partial_service', '2026-01-15 09:00:00'), -- trap: txn 103 has two refunds,
  (2, 103, 3900, 'partial_service', '2026-02-02 14:20:00'), --       so joining fans it out
  (3, 108, 9900, 'customer_request', '2026-01-26 10:00:00'),
  (4, 117, 1800, 'damaged_item',    '2026-02-18 12:00:00'),
  (5, 123, 2500, 'customer_request', '2026-03-07 16:45:00'), -- trap: 250 short of the 2750 charged
  (6, 126, 600,  'partial_service', '2026-03-13 10:30:00');

CREATE TABLE fx_rates (
  currency  TEXT NOT NULL,
  rate_date DATE NOT NULL,        -- rate applies from this date until the next row for the currency
  usd_per_unit NUMERIC(10, 4) NOT NULL,
  PRIMARY KEY (currency, rate_date)
);
INSERT INTO fx_rates VALUES
  ('EUR', '2026-01-01', 1.0850),
  ('EUR', '2026-01-15', 1.0920),  -- trap: no row on 2026-01-16; the as-of rate is this one
  ('EUR', '2026-02-01', 1.0800),
  ('EUR', '2026-03-01', 1.0950),
  ('EUR', '2026-03-13', 1.1000);  -- trap: published the day after txn 126; using it leaks the future
