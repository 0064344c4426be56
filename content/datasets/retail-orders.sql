-- title: Retail orders: grocery baskets, products, stores and refunds
-- Greenleaf Grocers sells through two shops and an online delivery store, 2-29 March 2026.
-- One order is one basket. order_items has one row per scanned line, so the same product can
-- appear on two lines of one basket. Only status 'completed' is a sale; 'cancelled' baskets were
-- never paid. Guest checkouts have no customer_id. Money is NUMERIC(8, 2) in pounds; unit_price
-- is what the customer paid for one unit, which can be below the product's list_price.

CREATE TABLE stores (
  store_id INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  city     TEXT NOT NULL,
  channel  TEXT NOT NULL CHECK (channel IN ('shop', 'delivery'))
);
INSERT INTO stores VALUES
  (1, 'Riverside', 'Leeds', 'shop'),
  (2, 'Market Square', 'York', 'shop'),
  (3, 'Online', 'Leeds', 'delivery');

-- Products. Birthday Candles are listed but were never sold in March.
CREATE TABLE products (
  product_id INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  category   TEXT NOT NULL,
  list_price NUMERIC(8, 2) NOT NULL
);
INSERT INTO products VALUES
  ( 1, 'Sourdough Loaf', 'bakery', 3.20),
  ( 2, 'Butter Croissant', 'bakery', 1.10),
  ( 3, 'Salted Butter', 'dairy', 2.40),
  ( 4, 'Oat Milk', 'dairy', 1.90),
  ( 5, 'Greek Yoghurt', 'dairy', 2.75),
  ( 6, 'Bananas', 'produce', 1.05),
  ( 7, 'Avocado', 'produce', 0.95),
  ( 8, 'Baby Spinach', 'produce', 1.60),
  ( 9, 'Ground Coffee', 'pantry', 5.50),
  (10, 'Strawberry Jam', 'pantry', 2.60),
  (11, 'Penne Pasta', 'pantry', 1.20),
  (12, 'Sparkling Water', 'drinks', 0.80),
  (13, 'Orange Juice', 'drinks', 2.30),
  (14, 'Dish Soap', 'household', 1.75),
  (15, 'Birthday Candles', 'household', 1.50);

-- Customers with a loyalty account. Jonah Reyes signed up but has not ordered.
CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  signed_up   DATE NOT NULL
);
INSERT INTO customers VALUES
  ( 1, 'Amara Osei', '2025-11-04'),
  ( 2, 'Bruno Costa', '2025-12-01'),
  ( 3, 'Chen Wei', '2026-01-09'),
  ( 4, 'Dana Kowalski', '2026-01-15'),
  ( 5, 'Eitan Levi', '2026-02-02'),
  ( 6, 'Fatima Noor', '2026-02-10'),
  ( 7, 'Gus Moreau', '2026-02-21'),
  ( 8, 'Hiro Tanaka', '2026-02-25'),
  ( 9, 'Isla Brennan', '2026-03-01'),
  (10, 'Jonah Reyes', '2026-03-05');

-- Orders: one row per basket. customer_id is NULL for a guest checkout.
CREATE TABLE orders (
  order_id    INTEGER PRIMARY KEY,
  customer_id INTEGER REFERENCES customers (customer_id),
  store_id    INTEGER NOT NULL REFERENCES stores (store_id),
  ordered_at  TIMESTAMP NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('completed', 'cancelled'))
);
INSERT INTO orders VALUES
  (1001,    1, 1, '2026-03-02 09:15:00', 'completed'),
  (1002,    2, 1, '2026-03-02 10:40:00', 'completed'),
  (1003, NULL, 2, '2026-03-02 12:05:00', 'completed'), -- guest checkout: no customer_id
  (1004,    3, 3, '2026-03-03 18:30:00', 'completed'),
  (1005,    4, 2, '2026-03-03 08:10:00', 'completed'), -- Salted Butter scanned as two separate lines in one basket
  (1006,    1, 1, '2026-03-04 17:45:00', 'completed'),
  (1007,    5, 3, '2026-03-04 19:20:00', 'completed'),
  (1008,    6, 2, '2026-03-05 11:00:00', 'completed'),
  (1009,    2, 1, '2026-03-05 13:30:00', 'cancelled'), -- cancelled before picking: not a sale
  (1010,    7, 1, '2026-03-06 08:05:00', 'completed'),
  (1011,    3, 3, '2026-03-06 20:10:00', 'completed'),
  (1012, NULL, 3, '2026-03-07 09:50:00', 'completed'), -- guest checkout
  (1013,    8, 2, '2026-03-07 10:25:00', 'completed'), -- two Sourdough Loaf lines in one basket
  (1014,    4, 2, '2026-03-08 09:00:00', 'completed'),
  (1015,    1, 1, '2026-03-09 08:30:00', 'completed'),
  (1016,    5, 3, '2026-03-09 18:45:00', 'completed'),
  (1017,    9, 1, '2026-03-10 12:15:00', 'completed'),
  (1018,    2, 1, '2026-03-10 16:00:00', 'completed'), -- coffee on a two-for promotion: paid below list price
  (1019,    6, 2, '2026-03-11 10:10:00', 'completed'),
  (1020, NULL, 1, '2026-03-11 14:40:00', 'completed'), -- guest checkout
  (1021,    7, 1, '2026-03-12 08:00:00', 'completed'),
  (1022,    3, 3, '2026-03-12 19:30:00', 'cancelled'), -- cancelled before picking: not a sale
  (1023,    8, 2, '2026-03-13 09:40:00', 'completed'),
  (1024,    1, 1, '2026-03-14 10:20:00', 'completed'),
  (1025,    4, 2, '2026-03-15 08:45:00', 'completed'),
  (1026,    5, 3, '2026-03-16 18:05:00', 'completed'), -- the big weekly shop; one of its lines is refunded in two instalments
  (1027,    9, 1, '2026-03-17 12:30:00', 'completed'),
  (1028,    2, 1, '2026-03-18 09:10:00', 'completed'),
  (1029,    6, 2, '2026-03-19 11:30:00', 'completed'),
  (1030,    3, 3, '2026-03-19 20:00:00', 'completed'), -- Penne Pasta on two lines in one basket
  (1031, NULL, 2, '2026-03-20 13:00:00', 'completed'), -- guest checkout
  (1032,    7, 1, '2026-03-21 08:20:00', 'completed'),
  (1033,    8, 2, '2026-03-22 10:00:00', 'completed'),
  (1034,    1, 1, '2026-03-23 09:00:00', 'cancelled'), -- cancelled before picking: not a sale
  (1035,    4, 2, '2026-03-24 08:30:00', 'completed'),
  (1036,    5, 3, '2026-03-25 19:00:00', 'completed'), -- yoghurt on promotion
  (1037,    9, 1, '2026-03-26 12:45:00', 'completed'), -- Orange Juice on two lines in one basket
  (1038,    1, 1, '2026-03-27 10:15:00', 'completed'),
  (1039,    6, 2, '2026-03-28 10:30:00', 'completed'),
  (1040,    2, 1, '2026-03-29 09:20:00', 'completed');

-- Order lines: one row per scanned line. quantity is units; unit_price is the price paid per unit.
CREATE TABLE order_items (
  order_item_id INTEGER PRIMARY KEY,
  order_id      INTEGER NOT NULL REFERENCES orders (order_id),
  product_id    INTEGER NOT NULL REFERENCES products (product_id),
  quantity      INTEGER NOT NULL CHECK (quantity > 0),
  unit_price    NUMERIC(8, 2) NOT NULL
);
INSERT INTO order_items VALUES
  (  1, 1001,  1, 1, 3.20),
  (  2, 1001,  3, 1, 2.40),
  (  3, 1001, 10, 1, 2.60),
  (  4, 1002,  9, 1, 5.50),
  (  5, 1002,  4, 2, 1.90),
  (  6, 1002,  2, 2, 1.10),
  (  7, 1003,  6, 1, 1.05),
  (  8, 1003,  5, 1, 2.75),
  (  9, 1003,  4, 1, 1.90),
  ( 10, 1004, 11, 3, 1.20),
  ( 11, 1004,  8, 1, 1.60),
  ( 12, 1004,  7, 2, 0.95),
  ( 13, 1004, 12, 6, 0.80),
  ( 14, 1005,  1, 1, 3.20),
  ( 15, 1005,  3, 1, 2.40),
  ( 16, 1005,  2, 1, 1.10),
  ( 17, 1005,  3, 1, 2.40),
  ( 18, 1006,  9, 1, 5.50),
  ( 19, 1006,  4, 1, 1.90),
  ( 20, 1006,  6, 1, 1.05),
  ( 21, 1007,  1, 1, 3.20),
  ( 22, 1007,  3, 1, 2.40),
  ( 23, 1007, 10, 1, 2.60),
  ( 24, 1007, 13, 1, 2.30),
  ( 25, 1008,  5, 2, 2.75),
  ( 26, 1008,  6, 1, 1.05),
  ( 27, 1008,  4, 1, 1.90),
  ( 28, 1009,  1, 1, 3.20),
  ( 29, 1009,  3, 1, 2.40),
  ( 30, 1009, 10, 1, 2.60),
  ( 31, 1009,  9, 1, 5.50),
  ( 32, 1010,  9, 1, 5.50),
  ( 33, 1010,  2, 2, 1.10),
  ( 34, 1010, 13, 1, 2.30),
  ( 35, 1011, 11, 2, 1.20),
  ( 36, 1011,  8, 1, 1.60),
  ( 37, 1011, 14, 1, 1.75),
  ( 38, 1012, 12, 2, 0.80),
  ( 39, 1012,  3, 1, 2.40),
  ( 40, 1013,  1, 1, 3.20),
  ( 41, 1013, 10, 1, 2.60),
  ( 42, 1013, 13, 1, 2.30),
  ( 43, 1013,  1, 1, 3.20),
  ( 44, 1014,  1, 1, 3.20),
  ( 45, 1014,  3, 1, 2.40),
  ( 46, 1014,  5, 1, 2.75),
  ( 47, 1014,  6, 2, 1.05),
  ( 48, 1015,  1, 1, 3.20),
  ( 49, 1015,  3, 1, 2.40),
  ( 50, 1015, 10, 1, 2.60),
  ( 51, 1015,  9, 1, 5.50),
  ( 52, 1016,  4, 3, 1.90),
  ( 53, 1016,  9, 1, 5.50),
  ( 54, 1016,  5, 1, 2.75),
  ( 55, 1016,  6, 1, 1.05),
  ( 56, 1016,  8, 1, 1.60),
  ( 57, 1016,  7, 2, 0.95),
  ( 58, 1017,  7, 3, 0.95),
  ( 59, 1017,  8, 1, 1.60),
  ( 60, 1017, 11, 1, 1.20),
  ( 61, 1018,  9, 2, 4.40),
  ( 62, 1018,  4, 2, 1.90),
  ( 63, 1019,  5, 1, 2.75),
  ( 64, 1019,  6, 1, 1.05),
  ( 65, 1019, 10, 1, 2.60),
  ( 66, 1020,  2, 2, 1.10),
  ( 67, 1020, 13, 1, 2.30),
  ( 68, 1021,  9, 1, 5.50),
  ( 69, 1021,  4, 1, 1.90),
  ( 70, 1021,  2, 1, 1.10),
  ( 71, 1022, 11, 2, 1.20),
  ( 72, 1022,  8, 1, 1.60),
  ( 73, 1022,  7, 1, 0.95),
  ( 74, 1022,  1, 1, 3.20),
  ( 75, 1023,  1, 1, 3.20),
  ( 76, 1023,  3, 1, 2.40),
  ( 77, 1023, 13, 1, 2.30),
  ( 78, 1024,  5, 1, 2.75),
  ( 79, 1024,  6, 1, 1.05),
  ( 80, 1024,  4, 1, 1.90),
  ( 81, 1024, 14, 1, 1.75),
  ( 82, 1025,  1, 1, 3.20),
  ( 83, 1025,  3, 1, 2.40),
  ( 84, 1025, 10, 1, 2.60),
  ( 85, 1025,  2, 4, 1.10),
  ( 86, 1026,  1, 2, 3.20),
  ( 87, 1026,  3, 2, 2.40),
  ( 88, 1026, 10, 1, 2.60),
  ( 89, 1026,  4, 2, 1.90),
  ( 90, 1026,  9, 1, 5.50),
  ( 91, 1026, 13, 2, 2.30),
  ( 92, 1026, 12, 6, 0.80),
  ( 93, 1027,  7, 1, 0.95),
  ( 94, 1027,  8, 1, 1.60),
  ( 95, 1027,  5, 1, 2.75),
  ( 96, 1028,  9, 1, 5.50),
  ( 97, 1028,  4, 1, 1.90),
  ( 98, 1028,  2, 2, 1.10),
  ( 99, 1028, 10, 1, 2.60),
  (100, 1029,  6, 1, 1.05),
  (101, 1029,  5, 1, 2.75),
  (102, 1029,  8, 1, 1.60),
  (103, 1030, 11, 2, 1.20),
  (104, 1030,  8, 1, 1.60),
  (105, 1030,  7, 1, 0.95),
  (106, 1030, 12, 6, 0.80),
  (107, 1030, 11, 1, 1.20),
  (108, 1031, 13, 1, 2.30),
  (109, 1031,  1, 1, 3.20),
  (110, 1031,  4, 1, 1.90),
  (111, 1032,  9, 1, 5.50),
  (112, 1032,  2, 1, 1.10),
  (113, 1032,  3, 1, 2.40),
  (114, 1033,  1, 1, 3.20),
  (115, 1033,  3, 1, 2.40),
  (116, 1033, 10, 1, 2.60),
  (117, 1033,  5, 1, 2.75),
  (118, 1034,  4, 2, 1.90),
  (119, 1034,  9, 1, 5.50),
  (120, 1035,  1, 1, 3.20),
  (121, 1035,  3, 1, 2.40),
  (122, 1035,  6, 1, 1.05),
  (123, 1036,  5, 2, 2.20),
  (124, 1036,  6, 2, 1.05),
  (125, 1036,  4, 1, 1.90),
  (126, 1036, 14, 1, 1.75),
  (127, 1037,  8, 2, 1.60),
  (128, 1037,  7, 2, 0.95),
  (129, 1037, 13, 1, 2.30),
  (130, 1037, 11, 2, 1.20),
  (131, 1037, 13, 1, 2.30),
  (132, 1038,  1, 1, 3.20),
  (133, 1038,  3, 1, 2.40),
  (134, 1038,  9, 1, 5.50),
  (135, 1039,  5, 1, 2.75),
  (136, 1039,  6, 1, 1.05),
  (137, 1039,  4, 1, 1.90),
  (138, 1039,  2, 1, 1.10),
  (139, 1040,  9, 1, 5.50),
  (140, 1040,  4, 1, 1.90),
  (141, 1040,  1, 1, 3.20);

-- Refunds: one row per refund paid against an order line. A line can be refunded in more than
-- one instalment (refunds 2 and 3 below); amount is in pounds.
CREATE TABLE refunds (
  refund_id     INTEGER PRIMARY KEY,
  order_item_id INTEGER NOT NULL REFERENCES order_items (order_item_id),
  refunded_at   TIMESTAMP NOT NULL,
  amount        NUMERIC(8, 2) NOT NULL CHECK (amount > 0)
);
INSERT INTO refunds VALUES
  (1, 57, '2026-03-10 09:00:00', 1.90),
  (2, 92, '2026-03-17 10:00:00', 2.40),
  (3, 92, '2026-03-19 15:30:00', 1.60),
  (4, 117, '2026-03-23 11:20:00', 2.75),
  (5, 6, '2026-03-03 08:30:00', 1.10);
