-- title: Food delivery: orders, items, couriers and batched deliveries
-- Money is integer cents. Timestamps are local time without a zone (TIMESTAMP). 2026-03-02 is a Monday.
-- A delivery is one courier trip. A courier may carry two orders in one trip (a batch), so
-- several orders can share a delivery_id; courier pay is per delivery, not per order.

CREATE TABLE customers (
  customer_id INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  zone        TEXT NOT NULL,
  signup_date DATE NOT NULL
);
INSERT INTO customers VALUES
  (1, 'Ivy Chen',   'north', '2025-09-14'),
  (2, 'Jon Park',   'north', '2025-11-02'),
  (3, 'Kemi Ade',   'south', '2025-12-20'),
  (4, 'Liam Ortiz', 'south', '2026-01-15'),
  (5, 'Mia Novak',  'east',  '2026-02-03'),
  (6, 'Noor Aziz',  'east',  '2026-03-01'); -- trap: no orders

CREATE TABLE restaurants (
  restaurant_id INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  cuisine       TEXT NOT NULL,
  zone          TEXT NOT NULL
);
INSERT INTO restaurants VALUES
  (1, 'Tandoor House',  'indian',     'north'),
  (2, 'Pho Corner',     'vietnamese', 'north'),
  (3, 'Slice Society',  'pizza',      'south'),
  (4, 'Green Bowl',     'salads',     'east'),
  (5, 'Taco Loco',      'mexican',    'south'),
  (6, 'Dumpling Den',   'chinese',    'east'); -- trap: listed, never ordered from

CREATE TABLE couriers (
  courier_id INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  vehicle    TEXT NOT NULL
);
INSERT INTO couriers VALUES
  (1, 'Oscar', 'bike'),
  (2, 'Priya', 'scooter'),
  (3, 'Quinn', 'car'),
  (4, 'Rosa',  'bike'); -- trap: no deliveries yet

CREATE TABLE deliveries (
  delivery_id       INTEGER PRIMARY KEY,
  courier_id        INTEGER NOT NULL REFERENCES couriers (courier_id),
  picked_up_at      TIMESTAMP NOT NULL,
  completed_at      TIMESTAMP NOT NULL, -- last drop-off of the trip
  distance_km       DOUBLE PRECISION NOT NULL,
  courier_pay_cents INTEGER NOT NULL -- paid once per delivery, however many orders it carried
);
INSERT INTO deliveries VALUES
  (1,  1, '2026-03-02 00:10:00', '2026-03-02 00:28:00', 2.1, 450),
  (2,  2, '2026-03-02 12:28:00', '2026-03-02 12:41:00', 3.0, 500),
  (3,  3, '2026-03-02 19:30:00', '2026-03-02 19:52:00', 6.2, 900), -- trap: batch of orders 1003 and 1004
  (4,  1, '2026-03-03 13:20:00', '2026-03-03 13:35:00', 2.4, 450),
  (5,  2, '2026-03-04 12:38:00', '2026-03-04 12:50:00', 2.8, 480),
  (6,  3, '2026-03-05 18:50:00', '2026-03-05 19:15:00', 5.5, 850), -- trap: batch of orders 1008 and 1009
  (7,  1, '2026-03-06 20:05:00', '2026-03-06 20:20:00', 2.9, 470),
  (8,  2, '2026-03-07 12:20:00', '2026-03-07 12:33:00', 2.5, 460),
  (9,  1, '2026-03-08 18:15:00', '2026-03-08 18:29:00', 2.7, 460),
  (10, 3, '2026-03-09 19:30:00', '2026-03-09 19:44:00', 3.9, 600),
  (11, 2, '2026-03-10 12:35:00', '2026-03-10 12:58:00', 4.8, 785), -- trap: batch of orders 1014 and 1015; odd pay, so integer halves lose a cent
  (12, 1, '2026-03-11 20:50:00', '2026-03-11 21:05:00', 3.3, 500),
  (13, 3, '2026-03-13 19:40:00', '2026-03-13 19:55:00', 3.6, 580),
  (14, 2, '2026-03-14 13:48:00', '2026-03-14 14:02:00', 2.6, 470);

CREATE TABLE orders (
  order_id           INTEGER PRIMARY KEY,
  customer_id        INTEGER NOT NULL REFERENCES customers (customer_id),
  restaurant_id      INTEGER NOT NULL REFERENCES restaurants (restaurant_id),
  delivery_id        INTEGER REFERENCES deliveries (delivery_id), -- NULL until a courier picks it up
  status             TEXT NOT NULL,    -- placed, delivered or cancelled
  placed_at          TIMESTAMP NOT NULL,
  delivered_at       TIMESTAMP,
  delivery_fee_cents INTEGER NOT NULL,
  tip_cents          INTEGER,          -- NULL = tip screen skipped (not the same as 0)
  CONSTRAINT known_order_status CHECK (status IN ('placed', 'delivered', 'cancelled'))
);
INSERT INTO orders VALUES
  (1001, 1, 1, 1,    'delivered', '2026-03-01 23:50:00', '2026-03-02 00:28:00', 299, 200), -- trap: Sunday night, delivered Monday
  (1002, 2, 2, 2,    'delivered', '2026-03-02 12:10:00', '2026-03-02 12:41:00', 299, 0),
  (1003, 3, 3, 3,    'delivered', '2026-03-02 19:05:00', '2026-03-02 19:40:00', 399, 300),
  (1004, 4, 3, 3,    'delivered', '2026-03-02 19:08:00', '2026-03-02 19:52:00', 399, NULL),
  (1005, 1, 2, 4,    'delivered', '2026-03-03 13:00:00', '2026-03-03 13:35:00', 299, 100),
  (1006, 5, 4, 5,    'delivered', '2026-03-04 12:20:00', '2026-03-04 12:50:00', 199, 0),
  (1007, 2, 1, NULL, 'cancelled', '2026-03-04 20:00:00', NULL,                  299, NULL),
  (1008, 3, 5, 6,    'delivered', '2026-03-05 18:30:00', '2026-03-05 19:02:00', 349, 250),
  (1009, 4, 5, 6,    'delivered', '2026-03-05 18:33:00', '2026-03-05 19:15:00', 349, 150),
  (1010, 1, 1, 7,    'delivered', '2026-03-06 19:45:00', '2026-03-06 20:20:00', 299, 300),
  (1011, 5, 4, 8,    'delivered', '2026-03-07 12:05:00', '2026-03-07 12:33:00', 199, NULL),
  (1012, 2, 2, 9,    'delivered', '2026-03-08 18:00:00', '2026-03-08 18:29:00', 299, 200),
  (1013, 3, 3, 10,   'delivered', '2026-03-09 19:10:00', '2026-03-09 19:44:00', 399, 0),
  (1014, 1, 4, 11,   'delivered', '2026-03-10 12:15:00', '2026-03-10 12:48:00', 199, 100),
  (1015, 5, 4, 11,   'delivered', '2026-03-10 12:18:00', '2026-03-10 12:58:00', 199, 0),
  (1016, 4, 1, 12,   'delivered', '2026-03-11 20:30:00', '2026-03-11 21:05:00', 299, 200),
  (1017, 2, 5, NULL, 'cancelled', '2026-03-11 22:10:00', NULL,                  349, NULL),
  (1018, 3, 3, 13,   'delivered', '2026-03-13 19:20:00', '2026-03-13 19:55:00', 399, 300), -- trap: nothing at all was placed on 2026-03-12
  (1019, 1, 2, 14,   'delivered', '2026-03-14 13:30:00', '2026-03-14 14:02:00', 299, 0),
  (1020, 4, 5, NULL, 'placed',    '2026-03-15 19:40:00', NULL,                  349, NULL), -- trap: no delivery yet
  (1021, 5, 1, NULL, 'placed',    '2026-03-15 19:52:00', NULL,                  299, NULL); -- trap: no delivery yet
-- Delivered item spend: customers 3 and 4 tie at 6450.

CREATE TABLE order_items (
  order_id         INTEGER NOT NULL REFERENCES orders (order_id),
  line_no          INTEGER NOT NULL,
  item_name        TEXT NOT NULL,
  quantity         INTEGER NOT NULL,
  unit_price_cents INTEGER NOT NULL,
  PRIMARY KEY (order_id, line_no)
);
INSERT INTO order_items VALUES
  (1001, 1, 'butter chicken', 1, 1450),
  (1001, 2, 'garlic naan',    2, 350),
  (1002, 1, 'beef pho',       1, 1300),
  (1002, 2, 'spring rolls',   1, 650),
  (1003, 1, 'margherita',     1, 1200),
  (1003, 2, 'garlic knots',   1, 500),
  (1004, 1, 'pepperoni',      2, 1400),
  (1005, 1, 'banh mi',        2, 900),
  (1006, 1, 'harvest bowl',   1, 1150),
  (1007, 1, 'butter chicken', 2, 1450), -- cancelled order: not a sale
  (1007, 2, 'garlic naan',    2, 350),
  (1008, 1, 'al pastor taco', 3, 400),
  (1008, 2, 'churros',        1, 450),
  (1009, 1, 'burrito',        2, 1100),
  (1010, 1, 'butter chicken', 1, 1450),
  (1010, 2, 'dal makhani',    1, 1100),
  (1010, 3, 'garlic naan',    1, 350),
  (1011, 1, 'kale caesar',    1, 1050),
  (1012, 1, 'beef pho',       2, 1300),
  (1013, 1, 'pepperoni',      1, 1400),
  (1013, 2, 'garlic knots',   1, 500),
  (1014, 1, 'harvest bowl',   1, 1150),
  (1015, 1, 'kale caesar',    1, 1050),
  (1015, 2, 'harvest bowl',   1, 1150),
  (1016, 1, 'dal makhani',    1, 1100),
  (1016, 2, 'garlic naan',    1, 350),
  (1017, 1, 'burrito',        1, 1100),
  (1018, 1, 'margherita',     1, 1200),
  (1019, 1, 'spring rolls',   1, 650),
  (1019, 2, 'banh mi',        1, 900),
  (1020, 1, 'al pastor taco', 4, 400),
  (1021, 1, 'butter chicken', 1, 1450);
-- Delivered quantities at Pho Corner: beef pho 3 and banh mi 3 tie for the top dish.
