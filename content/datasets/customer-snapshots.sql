-- title: CRM and catalogue snapshots for building SCD Type 2 dimensions
-- A B2B software company copies its CRM's account table into the warehouse as a FULL snapshot every
-- Monday, and its product catalogue every day. The warehouse builds slowly changing dimensions (Type 2)
-- from those copies. Conventions used throughout: a version is valid over the half-open range
-- [valid_from, valid_to); valid_to is the date of the first snapshot that no longer shows the version,
-- and NULL while the version is still open (the current row).

-- Weekly CRM snapshots, 2026-01-05 to 2026-02-23. `plan` and `city` are tracked as Type 2;
-- `account_name` is corrected in place (Type 1) and never starts a new version.
-- Traps in the rows:
--   * The 2026-01-26 snapshot never ran (the load failed): no rows at all for that Monday.
--   * 501 never changes; 502 upgrades, first seen in the snapshot after the missing week.
--   * 503 goes pro -> enterprise -> back to pro: three versions, not two.
--   * 504 is missing from 2026-01-19 and 2026-02-02, then comes back with the same plan and city.
--   * 505 first appears on 2026-02-02 with city NULL, which is later filled in (NULL -> 'York').
--   * 506 is last seen on 2026-02-09 and never returns (deleted in the CRM).
--   * 507's name is corrected on 2026-02-09 (Type 1 only); 508 changes plan twice.
CREATE TABLE customer_snapshots (
  snapshot_date DATE NOT NULL,
  customer_id   INTEGER NOT NULL,
  account_name  TEXT NOT NULL,
  plan          TEXT NOT NULL,
  city          TEXT,
  PRIMARY KEY (snapshot_date, customer_id)
);
INSERT INTO customer_snapshots VALUES
  ('2026-01-05', 501, 'Alder Labs',   'pro',        'Leeds'),
  ('2026-01-05', 502, 'Birch & Co',   'starter',    'Manchester'),
  ('2026-01-05', 503, 'Cobalt Ltd',   'pro',        'Leeds'),
  ('2026-01-05', 504, 'Dune Studio',  'starter',    'Sheffield'),
  ('2026-01-05', 506, 'Fjord Retail', 'starter',    'Hull'),
  ('2026-01-05', 507, 'Garnet Foods', 'team',       'Bradford'),
  ('2026-01-05', 508, 'Harbor Inc',   'team',       'York'),

  ('2026-01-12', 501, 'Alder Labs',   'pro',        'Leeds'),
  ('2026-01-12', 502, 'Birch & Co',   'starter',    'Manchester'),
  ('2026-01-12', 503, 'Cobalt Ltd',   'pro',        'Leeds'),
  ('2026-01-12', 504, 'Dune Studio',  'starter',    'Sheffield'),
  ('2026-01-12', 506, 'Fjord Retail', 'starter',    'Hull'),
  ('2026-01-12', 507, 'Garnet Foods', 'team',       'Bradford'),
  ('2026-01-12', 508, 'Harbor Inc',   'pro',        'York'),

  ('2026-01-19', 501, 'Alder Labs',   'pro',        'Leeds'),
  ('2026-01-19', 502, 'Birch & Co',   'starter',    'Manchester'),
  ('2026-01-19', 503, 'Cobalt Ltd',   'enterprise', 'Leeds'),
  ('2026-01-19', 506, 'Fjord Retail', 'starter',    'Hull'),
  ('2026-01-19', 507, 'Garnet Foods', 'team',       'Bradford'),
  ('2026-01-19', 508, 'Harbor Inc',   'pro',        'York'),

  ('2026-02-02', 501, 'Alder Labs',   'pro',        'Leeds'),
  ('2026-02-02', 502, 'Birch & Co',   'pro',        'Manchester'),
  ('2026-02-02', 503, 'Cobalt Ltd',   'enterprise', 'Leeds'),
  ('2026-02-02', 505, 'Elm Health',   'pro',        NULL),
  ('2026-02-02', 506, 'Fjord Retail', 'starter',    'Hull'),
  ('2026-02-02', 507, 'Garnet Foods', 'team',       'Bradford'),
  ('2026-02-02', 508, 'Harbor Inc',   'pro',        'York'),

  ('2026-02-09', 501, 'Alder Labs',   'pro',        'Leeds'),
  ('2026-02-09', 502, 'Birch & Co',   'pro',        'Manchester'),
  ('2026-02-09', 503, 'Cobalt Ltd',   'pro',        'Leeds'),
  ('2026-02-09', 504, 'Dune Studio',  'starter',    'Sheffield'),
  ('2026-02-09', 505, 'Elm Health',   'pro',        NULL),
  ('2026-02-09', 506, 'Fjord Retail', 'starter',    'Hull'),
  ('2026-02-09', 507, 'Garnet Foods Ltd', 'team',   'Bradford'),
  ('2026-02-09', 508, 'Harbor Inc',   'pro',        'York'),

  ('2026-02-16', 501, 'Alder Labs',   'pro',        'Leeds'),
  ('2026-02-16', 502, 'Birch & Co',   'pro',        'Manchester'),
  ('2026-02-16', 503, 'Cobalt Ltd',   'pro',        'Leeds'),
  ('2026-02-16', 504, 'Dune Studio',  'starter',    'Sheffield'),
  ('2026-02-16', 505, 'Elm Health',   'pro',        'York'),
  ('2026-02-16', 507, 'Garnet Foods Ltd', 'team',   'Bradford'),
  ('2026-02-16', 508, 'Harbor Inc',   'enterprise', 'York'),

  ('2026-02-23', 501, 'Alder Labs',   'pro',        'Leeds'),
  ('2026-02-23', 502, 'Birch & Co',   'pro',        'Manchester'),
  ('2026-02-23', 503, 'Cobalt Ltd',   'pro',        'Leeds'),
  ('2026-02-23', 504, 'Dune Studio',  'starter',    'Sheffield'),
  ('2026-02-23', 505, 'Elm Health',   'pro',        'York'),
  ('2026-02-23', 507, 'Garnet Foods Ltd', 'team',   'Bradford'),
  ('2026-02-23', 508, 'Harbor Inc',   'enterprise', 'York');

-- The account dimension the nightly job built from the snapshots above (plan and city as Type 2),
-- one row per version, with a surrogate key. Open rows have valid_to NULL. 504 has a gap between
-- its two versions; 506 has no open row.
CREATE TABLE dim_customer (
  customer_key INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL,
  plan         TEXT NOT NULL,
  city         TEXT,
  valid_from   DATE NOT NULL,
  valid_to     DATE
);
INSERT INTO dim_customer VALUES
  (1,  501, 'pro',        'Leeds',      '2026-01-05', NULL),
  (2,  502, 'starter',    'Manchester', '2026-01-05', '2026-02-02'),
  (3,  502, 'pro',        'Manchester', '2026-02-02', NULL),
  (4,  503, 'pro',        'Leeds',      '2026-01-05', '2026-01-19'),
  (5,  503, 'enterprise', 'Leeds',      '2026-01-19', '2026-02-09'),
  (6,  503, 'pro',        'Leeds',      '2026-02-09', NULL),
  (7,  504, 'starter',    'Sheffield',  '2026-01-05', '2026-01-19'),
  (8,  504, 'starter',    'Sheffield',  '2026-02-09', NULL),
  (9,  505, 'pro',        NULL,         '2026-02-02', '2026-02-16'),
  (10, 505, 'pro',        'York',       '2026-02-16', NULL),
  (11, 506, 'starter',    'Hull',       '2026-01-05', '2026-02-16'),
  (12, 507, 'team',       'Bradford',   '2026-01-05', NULL),
  (13, 508, 'team',       'York',       '2026-01-05', '2026-01-12'),
  (14, 508, 'pro',        'York',       '2026-01-12', '2026-02-16'),
  (15, 508, 'enterprise', 'York',       '2026-02-16', NULL);

-- Orders, to be attributed to the account's version in force on the order date.
-- Traps: 9002 and 9006 fall exactly on a valid_from; 9001, 9003, 9006 and 9009 match open rows
-- (valid_to NULL); 9004 is placed while 504 was missing from the CRM, 9010 after 506 was deleted.
CREATE TABLE customer_orders (
  order_id    INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  ordered_on  DATE NOT NULL,
  amount      NUMERIC(10, 2) NOT NULL
);
INSERT INTO customer_orders VALUES
  (9001, 501, '2026-01-20', 120.00),
  (9002, 503, '2026-01-19', 300.00),
  (9003, 503, '2026-02-12',  90.00),
  (9004, 504, '2026-01-28',  45.00),
  (9005, 502, '2026-01-30',  60.00),
  (9006, 508, '2026-02-16', 500.00),
  (9007, 505, '2026-02-10',  75.00),
  (9008, 508, '2026-01-08',  40.00),
  (9009, 502, '2026-02-24',  80.00),
  (9010, 506, '2026-02-20',  25.00);

-- Daily catalogue snapshots, 2026-03-01 to 2026-03-08. `list_price` is tracked as Type 2;
-- `stock_status` is operational noise and must not start a new price version.
-- Traps: TEE-02 and CAP-03 change price (CAP-03 twice); BAG-04 changes only its stock_status;
-- PEN-05 is launched on 2026-03-04.
CREATE TABLE product_snapshots (
  snapshot_date DATE NOT NULL,
  sku           TEXT NOT NULL,
  list_price    NUMERIC(8, 2) NOT NULL,
  stock_status  TEXT NOT NULL,
  PRIMARY KEY (snapshot_date, sku)
);
INSERT INTO product_snapshots VALUES
  ('2026-03-01', 'MUG-01', 12.00, 'in_stock'),
  ('2026-03-01', 'TEE-02', 18.00, 'in_stock'),
  ('2026-03-01', 'CAP-03', 15.00, 'in_stock'),
  ('2026-03-01', 'BAG-04', 40.00, 'in_stock'),
  ('2026-03-02', 'MUG-01', 12.00, 'in_stock'),
  ('2026-03-02', 'TEE-02', 18.00, 'in_stock'),
  ('2026-03-02', 'CAP-03', 15.00, 'in_stock'),
  ('2026-03-02', 'BAG-04', 40.00, 'in_stock'),
  ('2026-03-03', 'MUG-01', 12.00, 'in_stock'),
  ('2026-03-03', 'TEE-02', 18.00, 'in_stock'),
  ('2026-03-03', 'CAP-03', 13.50, 'in_stock'),
  ('2026-03-03', 'BAG-04', 40.00, 'in_stock'),
  ('2026-03-04', 'MUG-01', 12.00, 'in_stock'),
  ('2026-03-04', 'TEE-02', 21.00, 'in_stock'),
  ('2026-03-04', 'CAP-03', 13.50, 'in_stock'),
  ('2026-03-04', 'BAG-04', 40.00, 'in_stock'),
  ('2026-03-04', 'PEN-05',  3.50, 'in_stock'),
  ('2026-03-05', 'MUG-01', 12.00, 'in_stock'),
  ('2026-03-05', 'TEE-02', 21.00, 'in_stock'),
  ('2026-03-05', 'CAP-03', 13.50, 'in_stock'),
  ('2026-03-05', 'BAG-04', 40.00, 'low_stock'),
  ('2026-03-05', 'PEN-05',  3.50, 'in_stock'),
  ('2026-03-06', 'MUG-01', 12.00, 'in_stock'),
  ('2026-03-06', 'TEE-02', 21.00, 'in_stock'),
  ('2026-03-06', 'CAP-03', 14.00, 'in_stock'),
  ('2026-03-06', 'BAG-04', 40.00, 'low_stock'),
  ('2026-03-06', 'PEN-05',  3.50, 'in_stock'),
  ('2026-03-07', 'MUG-01', 12.00, 'in_stock'),
  ('2026-03-07', 'TEE-02', 21.00, 'in_stock'),
  ('2026-03-07', 'CAP-03', 14.00, 'in_stock'),
  ('2026-03-07', 'BAG-04', 40.00, 'low_stock'),
  ('2026-03-07', 'PEN-05',  3.50, 'in_stock'),
  ('2026-03-08', 'MUG-01', 12.00, 'in_stock'),
  ('2026-03-08', 'TEE-02', 21.00, 'in_stock'),
  ('2026-03-08', 'CAP-03', 14.00, 'in_stock'),
  ('2026-03-08', 'BAG-04', 40.00, 'low_stock'),
  ('2026-03-08', 'PEN-05',  3.50, 'in_stock');
