-- title: E-commerce orders, returns and multi-warehouse inventory
-- Money in integer cents. First-party (1P) lines are our own sales; third-party (3P) lines
-- belong to marketplace sellers and only our commission is revenue.

CREATE TABLE dim_seller (
  seller_id INTEGER PRIMARY KEY,
  seller_name TEXT NOT NULL,
  seller_type TEXT NOT NULL CHECK (seller_type IN ('first_party', 'third_party')),
  current_commission_bps INTEGER NOT NULL
);

CREATE TABLE dim_product (
  product_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  category TEXT NOT NULL
);

CREATE TABLE dim_warehouse (
  warehouse_id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  region TEXT NOT NULL,
  purpose TEXT NOT NULL CHECK (purpose IN ('fulfilment', 'returns'))
);

-- recognized_as and commission_bps are decided when the order is placed and never change.
CREATE TABLE fact_order_line (
  order_line_id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES dim_product (product_id),
  seller_id INTEGER NOT NULL REFERENCES dim_seller (seller_id),
  ordered_at TIMESTAMP NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_cents INTEGER NOT NULL,
  recognized_as TEXT NOT NULL CHECK (recognized_as IN ('gross_sale', 'commission')),
  commission_bps INTEGER NOT NULL,
  fulfil_warehouse_id INTEGER REFERENCES dim_warehouse (warehouse_id),  -- NULL: the seller ships it
  CHECK ((recognized_as = 'gross_sale') = (commission_bps = 0))
);

-- Append-only: one row per return or refund event; a line can have several.
CREATE TABLE fact_return (
  return_id INTEGER PRIMARY KEY,
  order_line_id INTEGER NOT NULL REFERENCES fact_order_line (order_line_id),
  returned_at TIMESTAMP NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity >= 0),   -- 0 = refund without taking goods back
  refund_cents INTEGER NOT NULL CHECK (refund_cents > 0),
  disposition TEXT NOT NULL CHECK (disposition IN ('restock', 'dispose', 'to_seller', 'refund_only'))
);

-- Immutable ledger of stock: every change in on-hand is a signed row; nothing is updated.
CREATE TABLE fact_inventory_movement (
  movement_id INTEGER PRIMARY KEY,
  warehouse_id INTEGER NOT NULL REFERENCES dim_warehouse (warehouse_id),
  product_id INTEGER NOT NULL REFERENCES dim_product (product_id),
  owner_seller_id INTEGER NOT NULL REFERENCES dim_seller (seller_id),
  moved_at TIMESTAMP NOT NULL,
  movement_type TEXT NOT NULL CHECK (movement_type IN ('receipt', 'sale', 'return_restock', 'transfer_out', 'transfer_in', 'adjustment')),
  quantity_delta INTEGER NOT NULL CHECK (quantity_delta <> 0),
  order_line_id INTEGER REFERENCES fact_order_line (order_line_id),
  return_id INTEGER REFERENCES fact_return (return_id)
);

-- Month-end closing stock, rebuilt from the ledger after each close (never edited by hand):
-- one row per month end, warehouse, product and owner, zero positions included.
CREATE TABLE snap_inventory_month_end (
  snapshot_date DATE NOT NULL,
  warehouse_id INTEGER NOT NULL REFERENCES dim_warehouse (warehouse_id),
  product_id INTEGER NOT NULL REFERENCES dim_product (product_id),
  owner_seller_id INTEGER NOT NULL REFERENCES dim_seller (seller_id),
  on_hand_units INTEGER NOT NULL CHECK (on_hand_units >= 0),
  PRIMARY KEY (snapshot_date, warehouse_id, product_id, owner_seller_id)
);

-- The guards, written once per engine with the same names and the same messages.
-- Returns can never exceed what was bought, in units or in money.
-- Stock in a warehouse never goes below zero.
-- Movements and returns are never updated: corrections are new rows.
-- [sqlite]
CREATE TRIGGER trg_return_within_line BEFORE INSERT ON fact_return
WHEN (SELECT COALESCE(SUM(quantity), 0) FROM fact_return WHERE order_line_id = NEW.order_line_id) + NEW.quantity
       > (SELECT quantity FROM fact_order_line WHERE order_line_id = NEW.order_line_id)
  OR (SELECT COALESCE(SUM(refund_cents), 0) FROM fact_return WHERE order_line_id = NEW.order_line_id) + NEW.refund_cents
       > (SELECT quantity * unit_price_cents FROM fact_order_line WHERE order_line_id = NEW.order_line_id)
BEGIN
  SELECT RAISE(ABORT, 'return exceeds the order line');
END;

CREATE TRIGGER trg_no_negative_stock BEFORE INSERT ON fact_inventory_movement
WHEN (SELECT COALESCE(SUM(quantity_delta), 0) FROM fact_inventory_movement
      WHERE warehouse_id = NEW.warehouse_id AND product_id = NEW.product_id) + NEW.quantity_delta < 0
BEGIN
  SELECT RAISE(ABORT, 'movement would make on-hand negative');
END;

CREATE TRIGGER trg_movement_no_update BEFORE UPDATE ON fact_inventory_movement
BEGIN SELECT RAISE(ABORT, 'movements are immutable: post a correcting movement'); END;

CREATE TRIGGER trg_return_no_update BEFORE UPDATE ON fact_return
BEGIN SELECT RAISE(ABORT, 'returns are append-only'); END;
-- [postgres]
CREATE FUNCTION return_within_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT COALESCE(SUM(quantity), 0) FROM fact_return WHERE order_line_id = NEW.order_line_id) + NEW.quantity
       > (SELECT quantity FROM fact_order_line WHERE order_line_id = NEW.order_line_id)
     OR (SELECT COALESCE(SUM(refund_cents), 0) FROM fact_return WHERE order_line_id = NEW.order_line_id) + NEW.refund_cents
       > (SELECT quantity * unit_price_cents FROM fact_order_line WHERE order_line_id = NEW.order_line_id) THEN
    RAISE EXCEPTION 'return exceeds the order line';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER trg_return_within_line BEFORE INSERT ON fact_return
FOR EACH ROW EXECUTE FUNCTION return_within_line();

CREATE FUNCTION no_negative_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT COALESCE(SUM(quantity_delta), 0) FROM fact_inventory_movement
      WHERE warehouse_id = NEW.warehouse_id AND product_id = NEW.product_id) + NEW.quantity_delta < 0 THEN
    RAISE EXCEPTION 'movement would make on-hand negative';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER trg_no_negative_stock BEFORE INSERT ON fact_inventory_movement
FOR EACH ROW EXECUTE FUNCTION no_negative_stock();

CREATE FUNCTION movement_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'movements are immutable: post a correcting movement';
END $$;
CREATE TRIGGER trg_movement_no_update BEFORE UPDATE ON fact_inventory_movement
FOR EACH ROW EXECUTE FUNCTION movement_no_update();

CREATE FUNCTION return_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'returns are append-only';
END $$;
CREATE TRIGGER trg_return_no_update BEFORE UPDATE ON fact_return
FOR EACH ROW EXECUTE FUNCTION return_no_update();
-- [both]

INSERT INTO dim_seller VALUES
  (1, 'House Kitchen (retail)', 'first_party', 0),
  -- trap: renegotiated to 17% on 1 June; May lines keep the 15% frozen on them
  (2, 'Brightline Audio', 'third_party', 1700),
  (3, 'Tidewater Outfitters', 'third_party', 1200),
  (4, 'Kettle & Crumb', 'third_party', 1500),
  (5, 'House Electronics (retail)', 'first_party', 0);

INSERT INTO dim_product VALUES
  (1, 'Ceramic pour-over kettle', 'Kitchen'),
  (2, 'Oak cutting board', 'Kitchen'),
  (3, 'Wireless earbuds', 'Audio'),
  (4, 'Trail rain jacket', 'Outdoor'),
  (5, 'Smart speaker', 'Audio'),
  (6, 'Sourdough starter kit', 'Kitchen');

INSERT INTO dim_warehouse VALUES
  (1, 'EWR1', 'us-east', 'fulfilment'),
  (2, 'ONT2', 'us-west', 'fulfilment'),
  (3, 'RTN1', 'us-central', 'returns'),
  (4, 'DFW3', 'us-south', 'fulfilment'),
  (5, 'ATL1', 'us-east', 'fulfilment');

INSERT INTO fact_order_line VALUES
  (101, 5001, 1, 1, '2026-05-02 09:14:00', 2, 4500, 'gross_sale', 0, 1),
  (102, 5001, 3, 2, '2026-05-02 09:14:00', 1, 12000, 'commission', 1500, 1),
  (103, 5002, 3, 2, '2026-05-03 20:41:00', 2, 12000, 'commission', 1500, 2),
  (104, 5003, 4, 3, '2026-05-05 11:02:00', 1, 18000, 'commission', 1200, NULL),  -- trap: seller-fulfilled, no stock of ours
  (105, 5004, 2, 1, '2026-05-06 16:30:00', 3, 3000, 'gross_sale', 0, 2),
  (106, 5005, 5, 5, '2026-05-08 08:05:00', 1, 9900, 'gross_sale', 0, 1),
  (107, 5006, 4, 3, '2026-05-09 13:45:00', 2, 18000, 'commission', 1200, NULL),
  (108, 5007, 6, 4, '2026-05-11 19:20:00', 4, 2500, 'commission', 1500, 1);

INSERT INTO fact_return VALUES
  (1, 101, '2026-05-09 10:00:00', 1, 4500, 'restock'),
  -- trap: two separate returns against line 103; each is its own row
  (2, 103, '2026-05-10 15:30:00', 1, 12000, 'restock'),
  (3, 103, '2026-05-17 12:10:00', 1, 12000, 'dispose'),
  (4, 107, '2026-05-16 09:45:00', 1, 18000, 'to_seller'),
  -- trap: returned to the returns centre, not to the warehouse that shipped it
  (5, 106, '2026-05-18 14:00:00', 1, 9900, 'restock'),
  -- trap: a partial refund for a cracked jar, no goods back
  (6, 108, '2026-05-14 17:25:00', 0, 1000, 'refund_only');

INSERT INTO fact_inventory_movement VALUES
  (1, 1, 1, 1, '2026-04-28 07:00:00', 'receipt', 20, NULL, NULL),
  (2, 2, 2, 1, '2026-04-28 07:30:00', 'receipt', 15, NULL, NULL),
  (3, 1, 3, 2, '2026-04-29 08:00:00', 'receipt', 10, NULL, NULL),
  (4, 2, 3, 2, '2026-04-29 09:00:00', 'receipt', 8, NULL, NULL),
  (5, 1, 5, 5, '2026-04-30 07:00:00', 'receipt', 6, NULL, NULL),
  (6, 1, 6, 4, '2026-04-30 07:45:00', 'receipt', 12, NULL, NULL),
  (7, 2, 1, 1, '2026-04-30 10:00:00', 'receipt', 5, NULL, NULL),
  (8, 1, 1, 1, '2026-05-02 13:00:00', 'sale', -2, 101, NULL),
  (9, 1, 3, 2, '2026-05-02 13:00:00', 'sale', -1, 102, NULL),
  (10, 2, 3, 2, '2026-05-04 06:10:00', 'sale', -2, 103, NULL),
  (11, 2, 2, 1, '2026-05-06 18:00:00', 'sale', -3, 105, NULL),
  (12, 1, 5, 5, '2026-05-08 11:30:00', 'sale', -1, 106, NULL),
  (13, 1, 6, 4, '2026-05-12 07:15:00', 'sale', -4, 108, NULL),
  (14, 1, 1, 1, '2026-05-09 16:00:00', 'return_restock', 1, NULL, 1),
  (15, 2, 3, 2, '2026-05-11 09:00:00', 'return_restock', 1, NULL, 2),
  (16, 3, 5, 5, '2026-05-19 10:00:00', 'return_restock', 1, NULL, 5),
  -- the returned speaker moves from the returns centre back to EWR1: two rows, one per side
  (17, 3, 5, 5, '2026-05-21 06:00:00', 'transfer_out', -1, NULL, NULL),
  (18, 1, 5, 5, '2026-05-22 15:00:00', 'transfer_in', 1, NULL, NULL),
  -- trap: a cycle count found a split board; corrected by a movement, not an UPDATE
  (19, 2, 2, 1, '2026-05-20 22:00:00', 'adjustment', -1, NULL, NULL);

-- The two month ends so far: the close of 30 April (receipts only) and of 31 May.
-- RTN1's speaker position nets to zero in May and stays as a zero row.
INSERT INTO snap_inventory_month_end VALUES
  ('2026-04-30', 1, 1, 1, 20),
  ('2026-04-30', 1, 3, 2, 10),
  ('2026-04-30', 1, 5, 5, 6),
  ('2026-04-30', 1, 6, 4, 12),
  ('2026-04-30', 2, 1, 1, 5),
  ('2026-04-30', 2, 2, 1, 15),
  ('2026-04-30', 2, 3, 2, 8),
  ('2026-05-31', 1, 1, 1, 19),
  ('2026-05-31', 1, 3, 2, 9),
  ('2026-05-31', 1, 5, 5, 6),
  ('2026-05-31', 1, 6, 4, 8),
  ('2026-05-31', 2, 1, 1, 5),
  ('2026-05-31', 2, 2, 1, 11),
  ('2026-05-31', 2, 3, 2, 7),
  ('2026-05-31', 3, 5, 5, 0);
