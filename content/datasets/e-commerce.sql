-- title: E-commerce: orders, returns and multi-warehouse stock
-- Money is integer cents. Dates are DATE, times of day TIMESTAMP (UTC, no time zone).
-- returns and inventory_movements are append-only: a correction is a new row, never an UPDATE.

CREATE TABLE sellers (
  seller_id      INTEGER PRIMARY KEY,
  name           TEXT NOT NULL,
  seller_type    TEXT NOT NULL CHECK (seller_type IN ('1P', '3P')), -- 1P: we own the stock; 3P: marketplace seller
  commission_bps INTEGER            -- our cut of a 3P sale in basis points; NULL for 1P
);
INSERT INTO sellers VALUES
  (1, 'Rehearse Retail', '1P', NULL),
  (2, 'Northwind Goods', '3P', 1500),
  (3, 'Kite & Co',       '3P', 1200);

CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  country     TEXT,
  signup_date DATE NOT NULL
);
INSERT INTO customers VALUES
  (1, 'Ava Patel',    'GB', '2025-11-03'),
  (2, 'Ben Okafor',   'GB', '2025-12-10'),
  (3, 'Chloe Martin', 'FR', '2026-01-05'),
  (4, 'Dev Sharma',   'GB', '2026-01-20'),
  (5, 'Elena Rossi',  'IT', '2026-01-28'),
  (6, 'Femi Adeyemi', 'GB', '2026-02-14'), -- trap: signed up, never ordered
  (7, 'Grace Liu',    NULL, '2026-02-20'), -- trap: unknown country
  (8, 'Hugo Berg',    'SE', '2026-03-01');

CREATE TABLE products (
  product_id       INTEGER PRIMARY KEY,
  name             TEXT NOT NULL,
  category         TEXT NOT NULL,
  seller_id        INTEGER NOT NULL REFERENCES sellers (seller_id),
  list_price_cents INTEGER NOT NULL
);
INSERT INTO products VALUES
  (101, 'USB-C Cable 2m',              'electronics', 1, 1299),
  (102, 'Wireless Mouse',              'electronics', 1, 2499),
  (103, 'Noise-Cancelling Headphones', 'electronics', 2, 14999),
  (104, 'Ceramic Mug',                 'home',        3, 1200),
  (105, 'Linen Throw',                 'home',        3, 4500), -- trap: only ever in a cancelled order
  (106, 'Desk Lamp',                   'home',        1, 3499),
  (107, 'SQL Pocket Guide',            'books',       1, 1899),
  (108, 'Data Modeling Handbook',      'books',       2, 3999),
  (109, 'Puzzle Cube',                 'toys',        3, 999),
  (110, 'Kite Kit',                    'toys',        3, 2999); -- trap: never sold

CREATE TABLE warehouses (
  warehouse_id INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,
  city         TEXT NOT NULL
);
INSERT INTO warehouses VALUES
  (1, 'LHR1', 'London'),
  (2, 'MAN1', 'Manchester'),
  (3, 'BRS1', 'Bristol');

CREATE TABLE orders (
  order_id     INTEGER PRIMARY KEY,
  customer_id  INTEGER REFERENCES customers (customer_id), -- NULL = guest checkout
  ordered_at   TIMESTAMP NOT NULL,
  status       TEXT NOT NULL,
  warehouse_id INTEGER NOT NULL REFERENCES warehouses (warehouse_id),
  CONSTRAINT known_order_status CHECK (status IN ('placed', 'shipped', 'delivered', 'cancelled'))
);
INSERT INTO orders VALUES
  (1001, 1,    '2026-01-04 10:15:00', 'delivered', 1),
  (1002, 2,    '2026-01-09 18:40:00', 'delivered', 2),
  (1003, 1,    '2026-01-17 09:05:00', 'delivered', 1),
  (1004, 3,    '2026-01-22 14:30:00', 'delivered', 3),
  (1005, 4,    '2026-01-31 23:59:30', 'delivered', 1), -- trap: 30 seconds before February
  (1006, 2,    '2026-02-01 00:00:00', 'delivered', 2), -- trap: exactly midnight, belongs to February
  (1007, 5,    '2026-02-03 12:00:00', 'cancelled', 1), -- trap: cancelled, not a sale
  (1008, 3,    '2026-02-11 08:20:00', 'delivered', 3),
  (1009, 1,    '2026-02-18 20:45:00', 'delivered', 1),
  (1010, 7,    '2026-02-25 16:10:00', 'delivered', 2),
  (1011, 4,    '2026-03-02 11:30:00', 'shipped',   1),
  (1012, 8,    '2026-03-05 07:55:00', 'shipped',   3),
  (1013, 2,    '2026-03-08 22:05:00', 'placed',    2),
  (1014, 5,    '2026-03-09 13:40:00', 'placed',    1),
  (1015, NULL, '2026-03-10 09:00:00', 'shipped',   3), -- trap: guest checkout, NULL customer_id (breaks NOT IN)
  (1016, NULL, '2026-04-02 14:20:00', 'placed',    1); -- trap: April sells only electronics (empty pivot cells)

CREATE TABLE order_items (
  order_id         INTEGER NOT NULL REFERENCES orders (order_id),
  line_no          INTEGER NOT NULL,
  product_id       INTEGER NOT NULL REFERENCES products (product_id),
  quantity         INTEGER NOT NULL,
  unit_price_cents INTEGER NOT NULL,
  discount_cents   INTEGER,          -- discount on the whole line; NULL = none recorded
  PRIMARY KEY (order_id, line_no)
);
INSERT INTO order_items VALUES
  (1001, 1, 101, 2, 1299, 0),
  (1001, 2, 107, 1, 1899, NULL),  -- trap: NULL discount (q * price - NULL is NULL)
  (1002, 1, 103, 1, 14999, 1500),
  (1002, 2, 104, 4, 1200, 0),     -- trap: partially returned twice (see returns 1 and 4)
  (1003, 1, 102, 1, 2499, 0),
  (1003, 2, 109, 3, 999, 0),      -- fully returned
  (1004, 1, 108, 1, 3999, 0),
  (1004, 2, 104, 2, 1200, NULL),  -- trap: NULL discount
  (1005, 1, 106, 1, 3499, 500),
  (1006, 1, 103, 1, 14999, 0),
  (1006, 2, 101, 1, 1299, 0),
  (1007, 1, 105, 1, 4500, 0),     -- in the cancelled order
  (1007, 2, 101, 1, 1299, 0),     -- trap: a cancelled line for a product that also sold
  (1008, 1, 102, 2, 2499, 0),
  (1008, 2, 107, 2, 1899, 0),
  (1009, 1, 106, 1, 3499, 0),
  (1009, 2, 109, 1, 999, 0),
  (1010, 1, 108, 1, 3999, 0),
  (1010, 2, 106, 1, 3499, 0),
  (1011, 1, 103, 1, 14999, 2000),
  (1011, 2, 104, 3, 1200, 0),
  (1012, 1, 107, 1, 1899, 0),
  (1012, 2, 102, 1, 2499, NULL),  -- trap: NULL discount
  (1012, 3, 108, 2, 3999, 0),     -- makes 107 and 108 tie on units sold
  (1013, 1, 101, 3, 1299, 0),
  (1014, 1, 109, 2, 999, 0),
  (1015, 1, 104, 1, 1200, 0),
  (1016, 1, 102, 1, 2499, 0);

CREATE TABLE returns (
  return_id    INTEGER PRIMARY KEY,
  order_id     INTEGER NOT NULL,
  line_no      INTEGER NOT NULL,
  quantity     INTEGER NOT NULL,
  refund_cents INTEGER NOT NULL,
  returned_at  TIMESTAMP NOT NULL,
  reason       TEXT NOT NULL,
  FOREIGN KEY (order_id, line_no) REFERENCES order_items (order_id, line_no)
);
INSERT INTO returns VALUES
  (1, 1002, 2, 1, 1200,  '2026-01-20 10:00:00', 'damaged'),          -- trap: partial return, 1 of 4 mugs
  (2, 1003, 2, 3, 2997,  '2026-01-25 15:30:00', 'changed mind'),
  (3, 1008, 1, 1, 2499,  '2026-02-20 09:00:00', 'wrong colour'),
  (4, 1002, 2, 1, 1200,  '2026-02-02 11:00:00', 'damaged'),          -- trap: second return on the same line (fans out joins)
  (5, 1006, 1, 1, 14999, '2026-02-15 12:00:00', 'not as described');

CREATE TABLE inventory_movements (
  movement_id   INTEGER PRIMARY KEY,
  warehouse_id  INTEGER NOT NULL REFERENCES warehouses (warehouse_id),
  product_id    INTEGER NOT NULL REFERENCES products (product_id),
  moved_at      TIMESTAMP NOT NULL,
  movement_type TEXT NOT NULL CHECK (movement_type IN ('receipt', 'shipment', 'adjustment')),
  quantity      INTEGER NOT NULL -- signed: receipts +, shipments -, adjustments either way
);
INSERT INTO inventory_movements VALUES
  (1,  1, 101, '2026-01-02 08:00:00', 'receipt',    20),
  (2,  2, 101, '2026-01-02 08:00:00', 'receipt',    10),
  (3,  1, 101, '2026-01-04 12:00:00', 'shipment',   -2),
  (4,  2, 103, '2026-01-03 09:00:00', 'receipt',     5),
  (5,  2, 103, '2026-01-10 07:30:00', 'shipment',   -1),
  (6,  2, 104, '2026-01-03 09:00:00', 'receipt',    12),
  (7,  2, 104, '2026-01-10 07:30:00', 'shipment',   -4),
  (8,  2, 104, '2026-01-31 18:00:00', 'adjustment', -1), -- cycle count found a broken mug
  (9,  3, 104, '2026-01-05 09:00:00', 'receipt',     6),
  (10, 3, 104, '2026-01-23 08:00:00', 'shipment',   -2),
  (11, 1, 102, '2026-01-02 08:00:00', 'receipt',     8),
  (12, 1, 102, '2026-01-17 11:00:00', 'shipment',   -1),
  (13, 3, 102, '2026-02-01 00:00:00', 'receipt',     5), -- trap: lands exactly on the month boundary
  (14, 3, 102, '2026-02-11 12:00:00', 'shipment',   -2),
  (15, 3, 102, '2026-02-21 10:00:00', 'adjustment',  1), -- returned mouse restocked
  (16, 2, 103, '2026-02-01 06:00:00', 'shipment',   -1),
  (17, 2, 103, '2026-02-16 09:00:00', 'adjustment',  1), -- returned headphones restocked
  (18, 1, 106, '2026-01-25 08:00:00', 'receipt',     4),
  (19, 1, 106, '2026-02-01 09:00:00', 'shipment',   -1),
  (20, 1, 106, '2026-02-19 10:00:00', 'shipment',   -1),
  (21, 1, 103, '2026-02-25 08:00:00', 'receipt',     3),
  (22, 1, 103, '2026-03-02 15:00:00', 'shipment',   -1);
