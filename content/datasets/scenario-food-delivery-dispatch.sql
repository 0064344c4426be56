-- title: Food delivery orders, couriers and stacked dispatches
-- One evening in a two-zone city. Three parties see three grains: the customer sees an order, the
-- restaurant sees a handoff at the counter, the courier sees a dispatch (one run, one or more
-- orders). brg_dispatch_orders joins them. Money is integer cents; tips pass through to couriers.

CREATE TABLE dim_customer (
  customer_id INTEGER PRIMARY KEY,
  zone TEXT NOT NULL,
  is_subscriber BOOLEAN NOT NULL,
  signup_date DATE NOT NULL
);

CREATE TABLE dim_restaurant (
  restaurant_id INTEGER PRIMARY KEY,
  restaurant_name TEXT NOT NULL,
  cuisine TEXT NOT NULL,
  zone TEXT NOT NULL
);

CREATE TABLE dim_courier (
  courier_id INTEGER PRIMARY KEY,
  vehicle TEXT NOT NULL CHECK (vehicle IN ('bike', 'scooter', 'car')),
  home_zone TEXT NOT NULL
);

CREATE TABLE fact_order (
  order_id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES dim_customer (customer_id),
  restaurant_id INTEGER NOT NULL REFERENCES dim_restaurant (restaurant_id),
  status TEXT CHECK (status IN ('delivered', 'cancelled')) NOT NULL,
  placed_at TIMESTAMP NOT NULL,
  ready_at TIMESTAMP,
  delivered_at TIMESTAMP,
  subtotal_cents INTEGER NOT NULL,
  delivery_fee_cents INTEGER NOT NULL,
  tip_cents INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE fact_dispatch (
  dispatch_id INTEGER PRIMARY KEY,
  courier_id INTEGER NOT NULL REFERENCES dim_courier (courier_id),
  assigned_at TIMESTAMP NOT NULL,
  completed_at TIMESTAMP NOT NULL,
  route_km DOUBLE PRECISION NOT NULL,
  courier_pay_cents INTEGER NOT NULL  -- base + distance for the whole run, tips excluded
);

-- The bridge: which orders rode in which dispatch, in what order, and what share of the run's
-- pay each order carries. An order is delivered by exactly one dispatch: UNIQUE (order_id).
CREATE TABLE brg_dispatch_orders (
  dispatch_id INTEGER NOT NULL REFERENCES fact_dispatch (dispatch_id),
  order_id INTEGER NOT NULL UNIQUE REFERENCES fact_order (order_id),
  pickup_seq INTEGER NOT NULL,
  dropoff_seq INTEGER NOT NULL,
  picked_up_at TIMESTAMP NOT NULL,
  pay_share NUMERIC(3, 2) NOT NULL CHECK (pay_share > 0 AND pay_share <= 1),
  PRIMARY KEY (dispatch_id, order_id),
  UNIQUE (dispatch_id, dropoff_seq)
);

INSERT INTO dim_customer VALUES
  (41, 'NORTH', TRUE, '2024-02-11'),
  (42, 'NORTH', FALSE, '2025-07-30'),
  (43, 'SOUTH', TRUE, '2023-10-02'),
  (44, 'SOUTH', FALSE, '2026-01-15'),
  (45, 'SOUTH', FALSE, '2025-03-08'),
  (46, 'NORTH', TRUE, '2022-12-19');

INSERT INTO dim_restaurant VALUES
  (21, 'Pho Corner', 'vietnamese', 'NORTH'),
  (22, 'Brick Oven', 'pizza', 'NORTH'),
  (23, 'Green Bowl', 'salads', 'SOUTH'),
  (24, 'Taqueria Sol', 'mexican', 'SOUTH');

INSERT INTO dim_courier VALUES
  (31, 'bike', 'NORTH'),
  (32, 'scooter', 'SOUTH'),
  (33, 'car', 'SOUTH'),
  (34, 'bike', 'NORTH');

INSERT INTO fact_order VALUES
  (1001, 41, 21, 'delivered', '2026-03-20 18:02:00', '2026-03-20 18:14:00', '2026-03-20 18:31:00', 2450, 299, 300),
  (1002, 42, 21, 'delivered', '2026-03-20 18:04:00', '2026-03-20 18:15:00', '2026-03-20 18:38:00', 1890, 299, 200),
  (1003, 43, 22, 'delivered', '2026-03-20 18:10:00', '2026-03-20 18:25:00', '2026-03-20 18:40:00', 3200, 399, 500),
  (1004, 44, 23, 'delivered', '2026-03-20 18:12:00', '2026-03-20 18:20:00', '2026-03-20 18:47:00', 1550, 299, 0),
  (1005, 45, 24, 'delivered', '2026-03-20 18:14:00', '2026-03-20 18:24:00', '2026-03-20 18:55:00', 2100, 299, 250),
  (1006, 46, 22, 'delivered', '2026-03-20 18:30:00', '2026-03-20 18:44:00', '2026-03-20 18:58:00', 2800, 399, 400),
  (1007, 41, 23, 'delivered', '2026-03-20 18:35:00', '2026-03-20 18:41:00', '2026-03-20 19:02:00', 1200, 299, 100),
  (1008, 42, 23, 'delivered', '2026-03-20 18:36:00', '2026-03-20 18:42:00', '2026-03-20 19:08:00', 1650, 299, 150),
  (1009, 43, 24, 'delivered', '2026-03-20 18:38:00', '2026-03-20 18:47:00', '2026-03-20 19:15:00', 2300, 299, 300),
  (1010, 44, 21, 'delivered', '2026-03-20 18:50:00', '2026-03-20 19:01:00', '2026-03-20 19:16:00', 1980, 299, 200),
  -- trap: cancelled before pickup, so it never reaches the bridge (inner joins drop it)
  (1011, 45, 24, 'cancelled', '2026-03-20 18:55:00', NULL, NULL, 1750, 299, 0),
  (1012, 46, 22, 'delivered', '2026-03-20 19:05:00', '2026-03-20 19:20:00', '2026-03-20 19:34:00', 2600, 399, 300);

INSERT INTO fact_dispatch VALUES
  (501, 31, '2026-03-20 18:10:00', '2026-03-20 18:38:00', 5.2, 780),   -- two orders, one restaurant
  (502, 33, '2026-03-20 18:16:00', '2026-03-20 18:40:00', 6.0, 620),
  (503, 32, '2026-03-20 18:15:00', '2026-03-20 18:55:00', 7.5, 980),   -- two orders, two restaurants
  (504, 31, '2026-03-20 18:38:00', '2026-03-20 18:58:00', 3.9, 480),
  (505, 33, '2026-03-20 18:37:00', '2026-03-20 19:15:00', 9.8, 1350),  -- a triple stack
  (506, 34, '2026-03-20 18:55:00', '2026-03-20 19:16:00', 4.1, 500),
  (507, 32, '2026-03-20 19:10:00', '2026-03-20 19:34:00', 4.4, 520);

INSERT INTO brg_dispatch_orders VALUES
  (501, 1001, 1, 1, '2026-03-20 18:16:00', 0.5),
  (501, 1002, 1, 2, '2026-03-20 18:16:00', 0.5),
  (502, 1003, 1, 1, '2026-03-20 18:27:00', 1.0),
  (503, 1004, 1, 1, '2026-03-20 18:24:00', 0.45),
  (503, 1005, 2, 2, '2026-03-20 18:33:00', 0.55),  -- second pickup: tacos wait on the counter
  (504, 1006, 1, 1, '2026-03-20 18:46:00', 1.0),
  (505, 1007, 1, 1, '2026-03-20 18:44:00', 0.3),
  (505, 1008, 1, 2, '2026-03-20 18:44:00', 0.3),
  (505, 1009, 2, 3, '2026-03-20 18:52:00', 0.4),
  (506, 1010, 1, 1, '2026-03-20 19:03:00', 1.0),
  (507, 1012, 1, 1, '2026-03-20 19:22:00', 1.0);
