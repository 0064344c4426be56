-- title: Lodging bookings, calendar snapshots and reviews
-- Money in integer cents. "Today" in this dataset is 2026-07-31.

CREATE TABLE dim_listing (
  listing_id INTEGER PRIMARY KEY,
  listing_name TEXT NOT NULL,
  host_id INTEGER NOT NULL,
  city TEXT NOT NULL,
  room_type TEXT NOT NULL CHECK (room_type IN ('entire_home', 'private_room'))
);

CREATE TABLE dim_guest (
  guest_id INTEGER PRIMARY KEY,
  home_country TEXT NOT NULL,
  joined_on DATE NOT NULL
);

-- Versioned policy terms: a booking points at the version in force when it was made.
CREATE TABLE dim_cancellation_policy (
  policy_version_id INTEGER PRIMARY KEY,
  policy_name TEXT NOT NULL,
  version INTEGER NOT NULL,
  full_refund_days INTEGER NOT NULL,   -- cancel at least this many days before check-in: full refund
  late_refund_pct INTEGER NOT NULL,    -- otherwise this % of the nightly subtotal (cleaning fee always back)
  valid_from DATE NOT NULL,
  valid_to DATE,
  UNIQUE (policy_name, version)
);

CREATE TABLE fact_booking (
  booking_id INTEGER PRIMARY KEY,
  listing_id INTEGER NOT NULL REFERENCES dim_listing (listing_id),
  guest_id INTEGER NOT NULL REFERENCES dim_guest (guest_id),
  policy_version_id INTEGER NOT NULL REFERENCES dim_cancellation_policy (policy_version_id),
  booked_at TIMESTAMP NOT NULL,
  check_in DATE NOT NULL,
  check_out DATE NOT NULL,
  nights_cents INTEGER NOT NULL,
  cleaning_fee_cents INTEGER NOT NULL,
  total_cents INTEGER NOT NULL,
  CHECK (check_out > check_in),
  CHECK (total_cents = nights_cents + cleaning_fee_cents)
);

-- One row per cancelled booking; the refund is computed once, at cancel time, and never recomputed.
CREATE TABLE fact_cancellation (
  booking_id INTEGER PRIMARY KEY REFERENCES fact_booking (booking_id),
  cancelled_at TIMESTAMP NOT NULL,
  cancelled_by TEXT NOT NULL CHECK (cancelled_by IN ('guest', 'host')),
  days_before_check_in INTEGER NOT NULL,
  refund_cents INTEGER NOT NULL CHECK (refund_cents >= 0)
);

CREATE TABLE fact_review (
  review_id INTEGER PRIMARY KEY,
  booking_id INTEGER NOT NULL UNIQUE REFERENCES fact_booking (booking_id),
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  submitted_at TIMESTAMP NOT NULL
);

-- The calendar as a fact: one row per listing, stay night and snapshot day.
CREATE TABLE fact_calendar_snapshot (
  listing_id INTEGER NOT NULL REFERENCES dim_listing (listing_id),
  stay_date DATE NOT NULL,
  snapshot_date DATE NOT NULL,
  status TEXT NOT NULL,
  nightly_price_cents INTEGER NOT NULL,
  booking_id INTEGER REFERENCES fact_booking (booking_id),
  PRIMARY KEY (listing_id, stay_date, snapshot_date),
  CHECK (status IN ('available', 'booked', 'blocked')),
  CHECK ((status = 'booked') = (booking_id IS NOT NULL))
);

-- Derived mart, rebuilt every night from bookings and cancellations: one row per listing and
-- month of check-in that has a booking. Refunds land in the month of the stay they belong to.
CREATE TABLE mart_listing_month (
  listing_id INTEGER NOT NULL REFERENCES dim_listing (listing_id),
  stay_month DATE NOT NULL,              -- first day of the check-in month
  bookings INTEGER NOT NULL,
  cancellations INTEGER NOT NULL,
  nights_sold INTEGER NOT NULL,          -- nights of bookings that were not cancelled
  gross_cents INTEGER NOT NULL,
  refund_cents INTEGER NOT NULL,
  net_cents INTEGER NOT NULL,
  PRIMARY KEY (listing_id, stay_month),
  CHECK (net_cents = gross_cents - refund_cents)
);

INSERT INTO dim_listing VALUES
  (1, 'Harbour loft', 501, 'Lisbon', 'entire_home'),
  (2, 'Garden room', 502, 'Lisbon', 'private_room'),
  (3, 'Cliffside studio', 503, 'Porto', 'entire_home'),
  (4, 'Old town flat', 503, 'Porto', 'entire_home'),
  (5, 'Vineyard cottage', 504, 'Douro', 'entire_home');

INSERT INTO dim_guest VALUES
  (1, 'DE', '2024-02-11'),
  (2, 'GB', '2025-06-30'),
  (3, 'US', '2023-09-04'),
  (4, 'FR', '2026-01-18'),
  (5, 'NL', '2025-11-02');

INSERT INTO dim_cancellation_policy VALUES
  (1, 'flexible', 1, 1, 0, '2024-01-01', NULL),
  (2, 'moderate', 1, 5, 50, '2024-01-01', '2026-06-01'),
  -- trap: the moderate window widened from 5 to 7 days on 2026-06-01
  (3, 'moderate', 2, 7, 50, '2026-06-01', NULL),
  (4, 'strict', 1, 14, 0, '2024-01-01', NULL),
  (5, 'non_refundable', 1, 10000, 0, '2024-01-01', NULL);

INSERT INTO fact_booking VALUES
  (1001, 1, 1, 2, '2026-05-20 09:12:00', '2026-07-10', '2026-07-13', 45000, 4000, 49000),
  (1002, 2, 2, 1, '2026-06-10 21:40:00', '2026-07-10', '2026-07-14', 28000, 1500, 29500),
  (1003, 3, 4, 4, '2026-05-02 13:05:00', '2026-06-05', '2026-06-08', 36000, 5000, 41000),
  (1004, 1, 3, 3, '2026-07-05 08:30:00', '2026-07-11', '2026-07-13', 32000, 4000, 36000),
  (1005, 4, 5, 1, '2026-06-01 17:55:00', '2026-06-12', '2026-06-15', 27000, 3000, 30000),
  (1006, 5, 1, 5, '2026-05-15 10:00:00', '2026-06-20', '2026-06-22', 40000, 6000, 46000),
  (1007, 3, 2, 4, '2026-06-01 11:11:00', '2026-07-02', '2026-07-05', 37500, 5000, 42500),
  (1008, 4, 3, 2, '2026-05-25 19:20:00', '2026-07-18', '2026-07-20', 19000, 3000, 22000),
  (1009, 5, 4, 3, '2026-06-20 07:45:00', '2026-07-24', '2026-07-27', 63000, 6000, 69000),
  (1010, 2, 5, 1, '2026-07-01 22:10:00', '2026-07-20', '2026-07-22', 14000, 1500, 15500),
  (1011, 4, 1, 1, '2026-07-02 12:00:00', '2026-07-24', '2026-07-26', 18000, 3000, 21000);

INSERT INTO fact_cancellation VALUES
  -- trap: booked under moderate v1 (5 days); cancelled 6 days out, so the full 490.00 was locked.
  -- Recomputing today with moderate v2 (7 days) would say 225.00 + 40.00 = 265.00.
  (1001, '2026-07-04 16:20:00', 'guest', 6, 49000),
  (1003, '2026-05-30 09:00:00', 'guest', 6, 5000),
  (1006, '2026-06-10 14:30:00', 'guest', 10, 6000),
  -- trap: a host cancellation refunds everything whatever the policy says
  (1008, '2026-07-15 08:05:00', 'host', 3, 22000),
  (1009, '2026-07-20 18:45:00', 'guest', 4, 37500);

INSERT INTO fact_review VALUES
  (1, 1002, 5, '2026-07-15 10:00:00'),
  (2, 1004, 4, '2026-07-14 19:30:00'),
  (3, 1005, 3, '2026-06-16 08:45:00'),
  (4, 1007, 5, '2026-07-07 12:10:00'),
  (5, 1011, 4, '2026-07-28 09:20:00');
  -- trap: booking 1010 stayed but has not been reviewed yet

-- Listings 1 and 2, stay nights 10-13 July, seen on three snapshot days.
INSERT INTO fact_calendar_snapshot VALUES
  (1, '2026-07-10', '2026-06-01', 'booked', 15000, 1001),
  (1, '2026-07-11', '2026-06-01', 'booked', 15000, 1001),
  (1, '2026-07-12', '2026-06-01', 'booked', 15000, 1001),
  (1, '2026-07-13', '2026-06-01', 'available', 15000, NULL),
  (1, '2026-07-10', '2026-06-15', 'booked', 15000, 1001),
  (1, '2026-07-11', '2026-06-15', 'booked', 15000, 1001),
  (1, '2026-07-12', '2026-06-15', 'booked', 15000, 1001),
  (1, '2026-07-13', '2026-06-15', 'available', 17000, NULL),
  -- trap: after the 4 July cancellation the nights were released and partly rebooked (1004)
  (1, '2026-07-10', '2026-07-08', 'available', 16000, NULL),
  (1, '2026-07-11', '2026-07-08', 'booked', 16000, 1004),
  (1, '2026-07-12', '2026-07-08', 'booked', 16000, 1004),
  (1, '2026-07-13', '2026-07-08', 'available', 17000, NULL),
  (2, '2026-07-10', '2026-06-01', 'available', 7000, NULL),
  (2, '2026-07-11', '2026-06-01', 'available', 7000, NULL),
  (2, '2026-07-12', '2026-06-01', 'available', 7000, NULL),
  (2, '2026-07-13', '2026-06-01', 'blocked', 7000, NULL),
  (2, '2026-07-10', '2026-06-15', 'booked', 7000, 1002),
  (2, '2026-07-11', '2026-06-15', 'booked', 7000, 1002),
  (2, '2026-07-12', '2026-06-15', 'booked', 7000, 1002),
  (2, '2026-07-13', '2026-06-15', 'booked', 7000, 1002),
  (2, '2026-07-10', '2026-07-08', 'booked', 7000, 1002),
  (2, '2026-07-11', '2026-07-08', 'booked', 7000, 1002),
  (2, '2026-07-12', '2026-07-08', 'booked', 7000, 1002),
  (2, '2026-07-13', '2026-07-08', 'booked', 7000, 1002);

INSERT INTO mart_listing_month VALUES
  (3, '2026-06-01', 1, 1, 0, 41000, 5000, 36000),
  (4, '2026-06-01', 1, 0, 3, 30000, 0, 30000),
  -- non-refundable: cancelled, no night stayed, most of the money kept
  (5, '2026-06-01', 1, 1, 0, 46000, 6000, 40000),
  (1, '2026-07-01', 2, 1, 2, 85000, 49000, 36000),
  (2, '2026-07-01', 2, 0, 6, 45000, 0, 45000),
  (3, '2026-07-01', 1, 0, 3, 42500, 0, 42500),
  (4, '2026-07-01', 2, 1, 2, 43000, 22000, 21000),
  (5, '2026-07-01', 1, 1, 0, 69000, 37500, 31500);
