-- title: Payments double-entry ledger
-- Sign convention: amount_minor > 0 is a debit, < 0 is a credit; minor units (cents).
-- A ledger transaction is "sealed" by inserting its header AFTER its entries: the trigger
-- below refuses a header whose entries do not sum to zero in every currency.

CREATE TABLE dim_merchant (
  merchant_id INTEGER PRIMARY KEY,
  merchant_name TEXT NOT NULL,
  country TEXT NOT NULL,
  settlement_currency TEXT NOT NULL
);

CREATE TABLE dim_account (
  account_id INTEGER PRIMARY KEY,
  account_name TEXT NOT NULL,
  account_type TEXT NOT NULL CHECK (account_type IN ('asset', 'liability', 'revenue', 'expense')),
  merchant_id INTEGER REFERENCES dim_merchant (merchant_id)
);

CREATE TABLE fact_ledger_entry (
  entry_id INTEGER PRIMARY KEY,
  txn_id INTEGER NOT NULL,
  account_id INTEGER NOT NULL REFERENCES dim_account (account_id),
  currency TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0)
);

CREATE TABLE fact_ledger_transaction (
  txn_id INTEGER PRIMARY KEY,
  source_event_id TEXT NOT NULL CONSTRAINT uq_ledger_txn_source_event UNIQUE,
  event_type TEXT NOT NULL,
  merchant_id INTEGER REFERENCES dim_merchant (merchant_id),
  occurred_at TIMESTAMP NOT NULL
);

CREATE TABLE snap_merchant_balance_daily (
  merchant_id INTEGER NOT NULL REFERENCES dim_merchant (merchant_id),
  balance_date DATE NOT NULL,
  currency TEXT NOT NULL,
  closing_balance_minor INTEGER NOT NULL,
  PRIMARY KEY (merchant_id, balance_date, currency)
);

-- The seal and the append-only rule, written once per engine with the same names and messages.
-- [sqlite]
CREATE TRIGGER trg_txn_must_balance BEFORE INSERT ON fact_ledger_transaction
WHEN NOT EXISTS (SELECT 1 FROM fact_ledger_entry WHERE txn_id = NEW.txn_id)
  OR EXISTS (SELECT 1 FROM fact_ledger_entry WHERE txn_id = NEW.txn_id
             GROUP BY currency HAVING SUM(amount_minor) <> 0)
BEGIN
  SELECT RAISE(ABORT, 'ledger transaction does not balance in every currency');
END;

CREATE TRIGGER trg_entry_no_update BEFORE UPDATE ON fact_ledger_entry
BEGIN
  SELECT RAISE(ABORT, 'entries are append-only: post a reversing transaction');
END;

CREATE TRIGGER trg_entry_no_delete BEFORE DELETE ON fact_ledger_entry
BEGIN
  SELECT RAISE(ABORT, 'entries are append-only: post a reversing transaction');
END;
-- [postgres]
CREATE FUNCTION txn_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM fact_ledger_entry WHERE txn_id = NEW.txn_id)
     OR EXISTS (SELECT 1 FROM fact_ledger_entry WHERE txn_id = NEW.txn_id
                GROUP BY currency HAVING SUM(amount_minor) <> 0) THEN
    RAISE EXCEPTION 'ledger transaction does not balance in every currency';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER trg_txn_must_balance BEFORE INSERT ON fact_ledger_transaction
FOR EACH ROW EXECUTE FUNCTION txn_must_balance();

CREATE FUNCTION entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'entries are append-only: post a reversing transaction';
END $$;
CREATE TRIGGER trg_entry_no_update BEFORE UPDATE ON fact_ledger_entry
FOR EACH ROW EXECUTE FUNCTION entry_append_only();
CREATE TRIGGER trg_entry_no_delete BEFORE DELETE ON fact_ledger_entry
FOR EACH ROW EXECUTE FUNCTION entry_append_only();
-- [both]

INSERT INTO dim_merchant VALUES
  (7, 'Juniper Ceramics', 'US', 'USD'),
  (9, 'North Pier Coffee', 'US', 'USD'),
  (12, 'Atelier Brume', 'FR', 'EUR'),
  (15, 'Lumen Print Co', 'US', 'USD'),
  (18, 'Osteria Verde', 'IT', 'EUR');  -- trap: onboarded, no activity yet

INSERT INTO dim_account VALUES
  (101, 'processor_receivable', 'asset', NULL),
  (102, 'platform_bank', 'asset', NULL),
  (103, 'fx_clearing', 'asset', NULL),
  (201, 'merchant_payable:7', 'liability', 7),
  (202, 'merchant_payable:9', 'liability', 9),
  (203, 'merchant_payable:12', 'liability', 12),
  (204, 'merchant_payable:15', 'liability', 15),
  (205, 'merchant_payable:18', 'liability', 18),
  (301, 'processing_fee_revenue', 'revenue', NULL);

INSERT INTO fact_ledger_entry VALUES
  -- txn 1: charge 100.00 USD for merchant 7, fee 2.9% + 0.30 = 3.20
  (1, 1, 101, 'USD', 10000), (2, 1, 201, 'USD', -9680), (3, 1, 301, 'USD', -320),
  -- txn 2: charge 45.00 USD for merchant 9, fee 1.61
  (4, 2, 101, 'USD', 4500), (5, 2, 202, 'USD', -4339), (6, 2, 301, 'USD', -161),
  -- txn 3: charge 250.00 USD for merchant 7, fee 7.55
  (7, 3, 101, 'USD', 25000), (8, 3, 201, 'USD', -24245), (9, 3, 301, 'USD', -755),
  -- txn 4: charge 80.00 EUR for merchant 12, fee 1.4% + 0.25 = 1.37
  (10, 4, 101, 'EUR', 8000), (11, 4, 203, 'EUR', -7863), (12, 4, 301, 'EUR', -137),
  -- txn 5: settlement of txns 1-2 from the processor into the bank
  (13, 5, 102, 'USD', 14500), (14, 5, 101, 'USD', -14500),
  -- txn 6: partial refund of 40.00 on txn 3; the fee is not returned
  (15, 6, 201, 'USD', 4000), (16, 6, 101, 'USD', -4000),
  -- txn 7: payout of merchant 9's full balance
  (17, 7, 202, 'USD', 4339), (18, 7, 102, 'USD', -4339),
  -- txn 8: a 50.00 EUR card charge for USD merchant 15, converted at 1.08 = 54.00 USD.
  -- trap: entries span two currencies; each currency balances on its own through fx_clearing
  (19, 8, 101, 'EUR', 5000), (20, 8, 103, 'EUR', -5000),
  (21, 8, 103, 'USD', 5400), (22, 8, 204, 'USD', -5213), (23, 8, 301, 'USD', -187),
  -- txn 9: charge 60.00 USD for merchant 7, fee 2.04 (its webhook was delivered twice; see dim notes)
  (24, 9, 101, 'USD', 6000), (25, 9, 201, 'USD', -5796), (26, 9, 301, 'USD', -204),
  -- txn 10: settlement of txn 3's remaining 210.00 (250.00 charged minus the 40.00 refund)
  (27, 10, 102, 'USD', 21000), (28, 10, 101, 'USD', -21000),
  -- txn 11: payout of 300.00 to merchant 7
  (29, 11, 201, 'USD', 30000), (30, 11, 102, 'USD', -30000);

-- Headers last: each insert is checked by trg_txn_must_balance.
-- trap: evt_ch_1005 arrived twice (webhook retry); the second insert hit UNIQUE(source_event_id)
-- and was dropped, so merchant 7 is credited for it once.
INSERT INTO fact_ledger_transaction VALUES
  (1, 'evt_ch_1001', 'charge.succeeded', 7, '2026-03-02 10:15:00'),
  (2, 'evt_ch_1002', 'charge.succeeded', 9, '2026-03-03 14:02:00'),
  (3, 'evt_ch_1003', 'charge.succeeded', 7, '2026-03-05 09:40:00'),
  (4, 'evt_ch_1004', 'charge.succeeded', 12, '2026-03-06 18:22:00'),
  (5, 'evt_st_4001', 'settlement.paid', NULL, '2026-03-08 06:00:00'),
  (6, 'evt_rf_2001', 'refund.created', 7, '2026-03-09 11:30:00'),
  (7, 'evt_po_3001', 'payout.paid', 9, '2026-03-10 07:00:00'),
  (8, 'evt_ch_1006', 'charge.succeeded', 15, '2026-03-11 20:45:00'),
  (9, 'evt_ch_1005', 'charge.succeeded', 7, '2026-03-12 23:58:00'),
  (10, 'evt_st_4002', 'settlement.paid', NULL, '2026-03-13 06:00:00'),
  (11, 'evt_po_3002', 'payout.paid', 7, '2026-03-13 07:00:00');

-- Closing balance owed to each merchant (credit balance shown as a positive amount owed).
INSERT INTO snap_merchant_balance_daily VALUES
  (7, '2026-03-02', 'USD', 9680),
  (7, '2026-03-05', 'USD', 33925),
  (7, '2026-03-09', 'USD', 29925),
  (7, '2026-03-12', 'USD', 35721),
  (7, '2026-03-13', 'USD', 5721),
  (9, '2026-03-03', 'USD', 4339),
  (9, '2026-03-10', 'USD', 0),
  (12, '2026-03-06', 'EUR', 7863),
  (15, '2026-03-11', 'USD', 5213);
