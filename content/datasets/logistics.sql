-- title: Parcel logistics: facilities, carriers, shipments, scans, routes, drivers and carrier invoices
-- Relay Parcels ships from two warehouses through hubs to delivery depots with three contract carriers,
-- 2-13 March 2026. All times are UTC TIMESTAMPs without a time zone; "now" for open shipments is stated
-- in each question. promised_date is the last calendar day a delivery counts as on time (a parcel
-- delivered at 18:00 on its promised date is on time).

-- Facilities: warehouses (where parcels start), hubs (sorting) and depots (last mile).
-- HUB-OLD is mothballed: it still has an outbound route but nothing leads to it.
CREATE TABLE facilities (
  facility_id INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  city        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('warehouse', 'hub', 'depot'))
);
INSERT INTO facilities VALUES
  (1,  'WH-NORTH', 'Leeds',      'warehouse'),
  (2,  'WH-SOUTH', 'Reading',    'warehouse'),
  (3,  'HUB-MID',  'Birmingham', 'hub'),
  (4,  'HUB-WEST', 'Bristol',    'hub'),
  (5,  'HUB-EAST', 'Cambridge',  'hub'),
  (6,  'HUB-SCOT', 'Glasgow',    'hub'),
  (7,  'DEP-LON',  'London',     'depot'),
  (8,  'DEP-MAN',  'Manchester', 'depot'),
  (9,  'DEP-CAR',  'Cardiff',    'depot'),
  (10, 'DEP-EDI',  'Edinburgh',  'depot'),
  (11, 'HUB-OLD',  'Crewe',      'hub');

-- Carriers. Kestrel Freight was signed in March and has no shipments yet (trap: per-carrier
-- reports that start from shipments lose it).
CREATE TABLE carriers (
  carrier_id INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE
);
INSERT INTO carriers VALUES
  (1, 'Swiftline'),
  (2, 'Northpost'),
  (3, 'Parcelo'),
  (4, 'Kestrel Freight');

-- The linehaul network: one row per scheduled route (a directed edge). It has no cycles but
-- several paths between the same places; the cheapest path is not the one with the fewest legs.
CREATE TABLE routes (
  route_id       INTEGER PRIMARY KEY,
  origin_id      INTEGER NOT NULL REFERENCES facilities (facility_id),
  destination_id INTEGER NOT NULL REFERENCES facilities (facility_id),
  cost           NUMERIC(8, 2) NOT NULL,
  hours          INTEGER NOT NULL
);
INSERT INTO routes VALUES
  (1,  1,  3,  120.00, 2),
  (2,  1,  5,   90.00, 3),
  (3,  1,  6,  200.00, 5),
  (4,  2,  3,  100.00, 2),
  (5,  2,  4,   80.00, 2),
  (6,  5,  3,   20.00, 2),
  (7,  3,  4,   60.00, 2),
  (8,  3,  7,   70.00, 2),
  (9,  3,  8,   50.00, 2),
  (10, 5,  7,  110.00, 2),
  (11, 4,  9,   45.00, 1),
  (12, 3,  6,   50.00, 5),
  (13, 6,  10,  60.00, 1),
  (14, 11, 8,   30.00, 1);

-- Shipments: one row per parcel. picked_up_at and delivered_at come from the carrier's API
-- (NULL = not yet); status is the carrier's current status. quoted_cost is the agreed price.
CREATE TABLE shipments (
  shipment_id       INTEGER PRIMARY KEY,
  carrier_id        INTEGER NOT NULL REFERENCES carriers (carrier_id),
  origin_id         INTEGER NOT NULL REFERENCES facilities (facility_id),
  recipient_address TEXT NOT NULL,
  weight_kg         NUMERIC(6, 2) NOT NULL,
  quoted_cost       NUMERIC(8, 2) NOT NULL,
  created_at        TIMESTAMP NOT NULL,
  picked_up_at      TIMESTAMP,
  delivered_at      TIMESTAMP,
  promised_date     DATE NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('created', 'in_transit', 'delivered', 'exception'))
);
INSERT INTO shipments VALUES
  (101, 1, 1, '3 Orchard Close, London', 1.20, 4.92, '2026-03-02 08:00:00', '2026-03-02 12:00:00', '2026-03-03 12:00:00', '2026-03-04', 'delivered'),
  (102, 1, 1, '18 Canal Street, Manchester', 0.80, 4.58, '2026-03-02 09:30:00', '2026-03-02 12:00:00', '2026-03-03 16:00:00', '2026-03-03', 'delivered'), -- delivered on the promised day, in the afternoon: on time
  (103, 1, 1, '40 Kings Road, London', 2.00, 5.60, '2026-03-03 10:00:00', '2026-03-03 13:00:00', '2026-03-04 13:00:00', '2026-03-05', 'delivered'), -- exactly 2 kg
  (104, 1, 1, '14 Mill Lane, Manchester', 15.00, 16.65, '2026-03-03 15:00:00', '2026-03-03 18:00:00', '2026-03-05 10:00:00', '2026-03-04', 'delivered'), -- late; exactly 15 kg; same address and day as 126
  (105, 1, 1, '7 Quay Street, London', 4.50, 7.72, '2026-03-04 08:00:00', '2026-03-04 11:00:00', '2026-03-06 15:00:00', '2026-03-05', 'delivered'), -- late; pickup scan uploaded a day late
  (106, 1, 1, '2 Castle Wynd, Edinburgh', 9.50, 11.97, '2026-03-05 09:00:00', '2026-03-05 12:00:00', '2026-03-09 12:00:00', '2026-03-07', 'delivered'), -- late; failed first attempt, 27 h at the depot
  (107, 1, 1, '61 Brick Lane, London', 9.50, 11.97, '2026-03-06 10:00:00', '2026-03-06 14:00:00', '2026-03-07 20:00:00', '2026-03-08', 'delivered'), -- ties 106 on weight
  (108, 1, 1, '5 Albert Square, Manchester', 0.45, 4.28, '2026-03-09 08:00:00', '2026-03-09 10:00:00', '2026-03-10 08:00:00', '2026-03-11', 'delivered'),
  (109, 1, 1, '30 Dock Road, Cardiff', 3.10, 6.54, '2026-03-10 11:00:00', '2026-03-10 15:00:00', NULL, '2026-03-12', 'in_transit'), -- stuck at HUB-MID: scanned there twice, 37 h apart
  (110, 1, 1, '12 Elm Row, London', 1.00, 4.75, '2026-03-12 16:00:00', NULL, NULL, '2026-03-14', 'created'), -- never scanned; exactly 1 kg
  (111, 1, 1, '77 Oxford Road, Manchester', 2.40, 5.94, '2026-03-11 09:00:00', '2026-03-11 12:00:00', '2026-03-12 10:00:00', '2026-03-13', 'delivered'), -- a hub scanned it AFTER the delivery scan
  (112, 1, 1, '9 Fleet Street, London', 5.00, 8.15, '2026-03-13 09:00:00', '2026-03-13 11:00:00', NULL, '2026-03-17', 'in_transit'), -- not due yet; exactly 5 kg
  (113, 2, 2, '4 Bute Street, Cardiff', 3.00, 6.45, '2026-03-02 06:30:00', '2026-03-02 10:00:00', '2026-03-04 10:00:00', '2026-03-04', 'delivered'), -- exactly 48 h
  (114, 2, 2, '20 Queen Street, Cardiff', 6.20, 9.17, '2026-03-02 11:00:00', '2026-03-02 16:00:00', '2026-03-04 18:00:00', '2026-03-04', 'delivered'), -- 50 h, but only two calendar days
  (115, 2, 2, '88 Baker Street, London', 1.75, 5.39, '2026-03-03 08:30:00', '2026-03-03 12:00:00', '2026-03-05 09:00:00', '2026-03-05', 'delivered'),
  (116, 2, 2, '15 Cable Street, London', 20.00, 20.90, '2026-03-04 09:45:00', '2026-03-04 14:00:00', '2026-03-07 14:00:00', '2026-03-06', 'delivered'), -- late; delivered scan received three times
  (117, 2, 2, '3 Wind Street, Swansea', 0.60, 4.41, '2026-03-05 08:00:00', '2026-03-05 09:00:00', '2026-03-08 09:00:00', '2026-03-07', 'delivered'), -- late
  (118, 2, 2, '42 Mare Street, London', 20.00, 20.90, '2026-03-06 10:30:00', '2026-03-06 15:00:00', '2026-03-09 15:00:00', '2026-03-08', 'delivered'), -- late; out for delivery overnight (20 h at the depot)
  (119, 2, 2, '6 Park Place, Cardiff', 9.00, 11.55, '2026-03-09 08:15:00', '2026-03-09 12:00:00', '2026-03-11 11:00:00', '2026-03-10', 'delivered'), -- late
  (120, 2, 2, '19 Upper Street, London', 2.50, 6.03, '2026-03-10 07:40:00', '2026-03-10 13:00:00', '2026-03-12 13:00:00', '2026-03-12', 'delivered'), -- exactly 48 h
  (121, 2, 2, '27 Cathedral Road, Cardiff', 0.90, 4.67, '2026-03-11 14:00:00', NULL, NULL, '2026-03-13', 'created'), -- never scanned
  (122, 2, 2, '8 Holloway Road, London', 7.00, 9.85, '2026-03-12 08:00:00', '2026-03-12 10:00:00', NULL, '2026-03-14', 'exception'), -- damaged at the hub
  (123, 2, 2, '11 Clifton Road, Bristol', 1.10, 4.83, '2026-03-03 06:50:00', '2026-03-03 12:00:00', '2026-03-04 20:00:00', '2026-03-05', 'delivered'),
  (124, 2, 2, '9 Harbour Road, Cardiff', 4.80, 7.98, '2026-03-05 11:20:00', '2026-03-05 16:00:00', '2026-03-08 10:00:00', '2026-03-07', 'delivered'), -- late; same address and day as 127 and 128
  (125, 3, 2, '50 City Road, Cardiff', 0.30, 4.16, '2026-03-02 09:45:00', '2026-03-02 14:00:00', '2026-03-03 10:00:00', '2026-03-03', 'delivered'),
  (126, 3, 1, '14 Mill Lane, Manchester', 2.20, 5.77, '2026-03-03 10:00:00', '2026-03-03 15:00:00', '2026-03-05 09:00:00', '2026-03-05', 'delivered'),
  (127, 3, 2, '9 Harbour Road, Cardiff', 1.50, 5.17, '2026-03-05 09:30:00', '2026-03-05 13:00:00', '2026-03-06 13:00:00', '2026-03-06', 'delivered'),
  (128, 3, 2, '9 Harbour Road, Cardiff', 25.00, 25.15, '2026-03-05 17:45:00', '2026-03-06 09:00:00', '2026-03-08 09:00:00', '2026-03-07', 'delivered'), -- late
  (129, 3, 1, '221 Station Road, Manchester', 0.75, 4.54, '2026-03-06 23:40:00', '2026-03-07 09:00:00', '2026-03-08 17:00:00', '2026-03-09', 'delivered'), -- 35 minutes before 130, but the day before
  (130, 3, 1, '221 Station Road, Manchester', 16.00, 17.50, '2026-03-07 00:15:00', '2026-03-07 09:00:00', '2026-03-08 17:00:00', '2026-03-09', 'delivered'), -- misrouted: HUB-MID, HUB-WEST, back to HUB-MID
  (131, 3, 1, '70 Old Kent Road, London', 3.30, 6.71, '2026-03-09 10:00:00', '2026-03-09 14:00:00', '2026-03-10 20:00:00', '2026-03-11', 'delivered'), -- marked delivered by the driver app, no delivered scan
  (132, 3, 2, '5 Bow Road, London', 8.00, 10.70, '2026-03-10 09:00:00', '2026-03-10 11:00:00', NULL, '2026-03-12', 'exception'), -- lost at the hub
  (133, 3, 1, '18 Leith Walk, Edinburgh', 25.00, 25.15, '2026-03-11 10:00:00', '2026-03-11 15:00:00', NULL, '2026-03-13', 'in_transit'), -- only a pickup scan
  (134, 3, 2, '2 Mermaid Quay, Cardiff', 1.00, 4.75, '2026-03-12 09:00:00', '2026-03-12 12:00:00', '2026-03-13 15:00:00', '2026-03-14', 'delivered'), -- exactly 1 kg
  (135, 3, 1, '33 Deansgate, Manchester', 19.99, 20.89, '2026-03-04 09:00:00', '2026-03-04 12:00:00', '2026-03-06 12:00:00', '2026-03-06', 'delivered');

-- Scan events as the handhelds upload them: scan_id is assigned on upload, so it follows uploaded_at,
-- not scanned_at (scans uploaded late are out of order). Scanners retry, so some scans arrive more
-- than once (same shipment, facility, type and scanned_at). Shipments 110 and 121 were never scanned.
-- One delivered scan has no shipment_id (the label was unreadable).
CREATE TABLE scan_events (
  scan_id     INTEGER PRIMARY KEY,
  shipment_id INTEGER,
  facility_id INTEGER NOT NULL REFERENCES facilities (facility_id),
  scan_type   TEXT NOT NULL CHECK (scan_type IN ('pickup', 'arrival', 'out_for_delivery', 'delivered', 'exception')),
  scanned_at  TIMESTAMP NOT NULL,
  uploaded_at TIMESTAMP NOT NULL
);
INSERT INTO scan_events VALUES
  (1, 113, 2, 'pickup', '2026-03-02 10:00:00', '2026-03-02 10:04:00'),
  (2, 101, 1, 'pickup', '2026-03-02 12:00:00', '2026-03-02 12:04:00'),
  (3, 102, 1, 'pickup', '2026-03-02 12:00:00', '2026-03-02 12:04:00'),
  (4, 125, 2, 'pickup', '2026-03-02 14:00:00', '2026-03-02 14:04:00'),
  (5, 113, 4, 'arrival', '2026-03-02 15:00:00', '2026-03-02 15:03:00'),
  (6, 114, 2, 'pickup', '2026-03-02 16:00:00', '2026-03-02 16:04:00'),
  (7, 101, 3, 'arrival', '2026-03-02 17:00:00', '2026-03-02 17:03:00'),
  (8, 102, 3, 'arrival', '2026-03-02 17:00:00', '2026-03-02 17:03:00'),
  (9, 101, 3, 'arrival', '2026-03-02 17:00:00', '2026-03-02 17:45:00'), -- duplicate
  (10, 125, 4, 'arrival', '2026-03-02 19:00:00', '2026-03-02 19:03:00'),
  (11, 114, 4, 'arrival', '2026-03-02 21:00:00', '2026-03-02 21:03:00'),
  (12, 125, 9, 'out_for_delivery', '2026-03-03 07:00:00', '2026-03-03 07:02:00'),
  (13, 101, 7, 'out_for_delivery', '2026-03-03 09:00:00', '2026-03-03 09:02:00'),
  (14, 125, 9, 'delivered', '2026-03-03 10:00:00', '2026-03-03 10:02:00'),
  (15, 101, 7, 'delivered', '2026-03-03 12:00:00', '2026-03-03 12:02:00'),
  (16, 115, 2, 'pickup', '2026-03-03 12:00:00', '2026-03-03 12:04:00'),
  (17, 123, 2, 'pickup', '2026-03-03 12:00:00', '2026-03-03 12:04:00'),
  (18, 102, 8, 'out_for_delivery', '2026-03-03 13:00:00', '2026-03-03 13:02:00'),
  (19, 103, 1, 'pickup', '2026-03-03 13:00:00', '2026-03-03 13:04:00'),
  (20, 126, 1, 'pickup', '2026-03-03 15:00:00', '2026-03-03 15:04:00'),
  (21, 102, 8, 'delivered', '2026-03-03 16:00:00', '2026-03-03 16:02:00'),
  (22, 115, 3, 'arrival', '2026-03-03 17:00:00', '2026-03-03 17:03:00'),
  (23, 123, 4, 'arrival', '2026-03-03 17:00:00', '2026-03-03 17:03:00'),
  (24, 103, 3, 'arrival', '2026-03-03 18:00:00', '2026-03-03 18:03:00'),
  (25, 104, 1, 'pickup', '2026-03-03 18:00:00', '2026-03-03 18:04:00'),
  (26, 104, 1, 'pickup', '2026-03-03 18:00:00', '2026-03-03 18:30:00'), -- duplicate
  (27, 126, 3, 'arrival', '2026-03-03 20:00:00', '2026-03-03 20:03:00'),
  (28, 104, 3, 'arrival', '2026-03-03 23:00:00', '2026-03-03 23:03:00'),
  (29, 113, 9, 'out_for_delivery', '2026-03-04 07:00:00', '2026-03-04 07:02:00'),
  (30, 103, 7, 'out_for_delivery', '2026-03-04 10:00:00', '2026-03-04 10:02:00'),
  (31, 113, 9, 'delivered', '2026-03-04 10:00:00', '2026-03-04 10:02:00'),
  (32, 135, 1, 'pickup', '2026-03-04 12:00:00', '2026-03-04 12:04:00'),
  (33, 103, 7, 'delivered', '2026-03-04 13:00:00', '2026-03-04 13:02:00'),
  (34, 116, 2, 'pickup', '2026-03-04 14:00:00', '2026-03-04 14:04:00'),
  (35, 114, 9, 'out_for_delivery', '2026-03-04 15:00:00', '2026-03-04 15:02:00'),
  (36, 105, 3, 'arrival', '2026-03-04 16:00:00', '2026-03-04 16:03:00'),
  (37, 123, 9, 'out_for_delivery', '2026-03-04 17:00:00', '2026-03-04 17:02:00'),
  (38, 135, 3, 'arrival', '2026-03-04 17:00:00', '2026-03-04 17:03:00'),
  (39, 114, 9, 'delivered', '2026-03-04 18:00:00', '2026-03-04 18:02:00'),
  (40, 116, 3, 'arrival', '2026-03-04 19:00:00', '2026-03-04 19:03:00'),
  (41, 123, 9, 'delivered', '2026-03-04 20:00:00', '2026-03-04 20:02:00'),
  (42, 115, 7, 'out_for_delivery', '2026-03-05 06:00:00', '2026-03-05 06:02:00'),
  (43, 126, 8, 'out_for_delivery', '2026-03-05 06:00:00', '2026-03-05 06:02:00'),
  (44, 104, 8, 'out_for_delivery', '2026-03-05 07:00:00', '2026-03-05 07:02:00'),
  (45, 105, 1, 'pickup', '2026-03-04 11:00:00', '2026-03-05 09:00:00'), -- uploaded 22 h late
  (46, 115, 7, 'delivered', '2026-03-05 09:00:00', '2026-03-05 09:02:00'),
  (47, 126, 8, 'delivered', '2026-03-05 09:00:00', '2026-03-05 09:02:00'),
  (48, 117, 2, 'pickup', '2026-03-05 09:00:00', '2026-03-05 09:04:00'),
  (49, 104, 8, 'delivered', '2026-03-05 10:00:00', '2026-03-05 10:02:00'),
  (50, 106, 1, 'pickup', '2026-03-05 12:00:00', '2026-03-05 12:04:00'),
  (51, 127, 2, 'pickup', '2026-03-05 13:00:00', '2026-03-05 13:04:00'),
  (52, 117, 4, 'arrival', '2026-03-05 14:00:00', '2026-03-05 14:03:00'),
  (53, 124, 2, 'pickup', '2026-03-05 16:00:00', '2026-03-05 16:04:00'),
  (54, 106, 6, 'arrival', '2026-03-05 17:00:00', '2026-03-05 17:03:00'),
  (55, 127, 4, 'arrival', '2026-03-05 18:00:00', '2026-03-05 18:03:00'),
  (56, 124, 4, 'arrival', '2026-03-05 21:00:00', '2026-03-05 21:03:00'),
  (57, 135, 8, 'out_for_delivery', '2026-03-06 09:00:00', '2026-03-06 09:02:00'),
  (58, 128, 2, 'pickup', '2026-03-06 09:00:00', '2026-03-06 09:04:00'),
  (59, 127, 9, 'out_for_delivery', '2026-03-06 10:00:00', '2026-03-06 10:02:00'),
  (60, 127, 9, 'out_for_delivery', '2026-03-06 10:00:00', '2026-03-06 11:00:00'), -- duplicate
  (61, 105, 7, 'out_for_delivery', '2026-03-06 12:00:00', '2026-03-06 12:02:00'),
  (62, 135, 8, 'delivered', '2026-03-06 12:00:00', '2026-03-06 12:02:00'),
  (63, 127, 9, 'delivered', '2026-03-06 13:00:00', '2026-03-06 13:02:00'),
  (64, 128, 4, 'arrival', '2026-03-06 14:00:00', '2026-03-06 14:03:00'),
  (65, 107, 1, 'pickup', '2026-03-06 14:00:00', '2026-03-06 14:04:00'),
  (66, NULL, 9, 'delivered', '2026-03-06 14:10:00', '2026-03-06 14:12:00'), -- unreadable label
  (67, 105, 7, 'delivered', '2026-03-06 15:00:00', '2026-03-06 15:02:00'),
  (68, 118, 2, 'pickup', '2026-03-06 15:00:00', '2026-03-06 15:04:00'),
  (69, 107, 3, 'arrival', '2026-03-06 19:00:00', '2026-03-06 19:03:00'),
  (70, 118, 3, 'arrival', '2026-03-06 20:00:00', '2026-03-06 20:03:00'),
  (71, 118, 3, 'arrival', '2026-03-06 20:00:00', '2026-03-06 20:03:00'), -- duplicate
  (72, 129, 1, 'pickup', '2026-03-07 09:00:00', '2026-03-07 09:04:00'),
  (73, 130, 1, 'pickup', '2026-03-07 09:00:00', '2026-03-07 09:04:00'),
  (74, 116, 7, 'out_for_delivery', '2026-03-07 11:00:00', '2026-03-07 11:02:00'),
  (75, 116, 7, 'delivered', '2026-03-07 14:00:00', '2026-03-07 14:02:00'),
  (76, 129, 3, 'arrival', '2026-03-07 14:00:00', '2026-03-07 14:03:00'),
  (77, 130, 3, 'arrival', '2026-03-07 14:00:00', '2026-03-07 14:03:00'),
  (78, 116, 7, 'delivered', '2026-03-07 14:00:00', '2026-03-07 14:10:00'), -- duplicate
  (79, 116, 7, 'delivered', '2026-03-07 14:00:00', '2026-03-07 14:25:00'), -- duplicate
  (80, 107, 7, 'out_for_delivery', '2026-03-07 17:00:00', '2026-03-07 17:02:00'),
  (81, 107, 7, 'delivered', '2026-03-07 20:00:00', '2026-03-07 20:02:00'),
  (82, 130, 4, 'arrival', '2026-03-07 22:00:00', '2026-03-07 22:03:00'),
  (83, 117, 9, 'out_for_delivery', '2026-03-08 06:00:00', '2026-03-08 06:02:00'),
  (84, 128, 9, 'out_for_delivery', '2026-03-08 06:00:00', '2026-03-08 06:02:00'),
  (85, 124, 9, 'out_for_delivery', '2026-03-08 07:00:00', '2026-03-08 07:02:00'),
  (86, 106, 10, 'out_for_delivery', '2026-03-08 09:00:00', '2026-03-08 09:02:00'),
  (87, 117, 9, 'delivered', '2026-03-08 09:00:00', '2026-03-08 09:02:00'),
  (88, 128, 9, 'delivered', '2026-03-08 09:00:00', '2026-03-08 09:02:00'),
  (89, 124, 9, 'delivered', '2026-03-08 10:00:00', '2026-03-08 10:02:00'),
  (90, 129, 8, 'out_for_delivery', '2026-03-08 14:00:00', '2026-03-08 14:02:00'),
  (91, 130, 3, 'arrival', '2026-03-08 15:00:00', '2026-03-08 15:03:00'),
  (92, 130, 8, 'out_for_delivery', '2026-03-08 16:00:00', '2026-03-08 16:02:00'),
  (93, 129, 8, 'delivered', '2026-03-08 17:00:00', '2026-03-08 17:02:00'),
  (94, 130, 8, 'delivered', '2026-03-08 17:00:00', '2026-03-08 17:02:00'),
  (95, 118, 7, 'out_for_delivery', '2026-03-08 19:00:00', '2026-03-08 19:02:00'),
  (96, 108, 1, 'pickup', '2026-03-09 10:00:00', '2026-03-09 10:04:00'),
  (97, 106, 10, 'delivered', '2026-03-09 12:00:00', '2026-03-09 12:02:00'),
  (98, 119, 2, 'pickup', '2026-03-09 12:00:00', '2026-03-09 12:04:00'),
  (99, 131, 1, 'pickup', '2026-03-09 14:00:00', '2026-03-09 14:04:00'),
  (100, 118, 7, 'delivered', '2026-03-09 15:00:00', '2026-03-09 15:02:00'),
  (101, 108, 3, 'arrival', '2026-03-09 15:00:00', '2026-03-09 15:03:00'),
  (102, 119, 4, 'arrival', '2026-03-09 17:00:00', '2026-03-09 17:03:00'),
  (103, 131, 3, 'arrival', '2026-03-09 19:00:00', '2026-03-09 19:03:00'),
  (104, 108, 8, 'out_for_delivery', '2026-03-10 05:00:00', '2026-03-10 05:02:00'),
  (105, 108, 8, 'delivered', '2026-03-10 08:00:00', '2026-03-10 08:02:00'),
  (106, 132, 2, 'pickup', '2026-03-10 11:00:00', '2026-03-10 11:04:00'),
  (107, 120, 2, 'pickup', '2026-03-10 13:00:00', '2026-03-10 13:04:00'),
  (108, 109, 1, 'pickup', '2026-03-10 15:00:00', '2026-03-10 15:04:00'),
  (109, 132, 3, 'arrival', '2026-03-10 16:00:00', '2026-03-10 16:03:00'),
  (110, 131, 7, 'out_for_delivery', '2026-03-10 17:00:00', '2026-03-10 17:02:00'),
  (111, 120, 3, 'arrival', '2026-03-10 18:00:00', '2026-03-10 18:03:00'),
  (112, 109, 3, 'arrival', '2026-03-10 20:00:00', '2026-03-10 20:03:00'),
  (113, 119, 9, 'out_for_delivery', '2026-03-11 08:00:00', '2026-03-11 08:02:00'),
  (114, 119, 9, 'delivered', '2026-03-11 11:00:00', '2026-03-11 11:02:00'),
  (115, 111, 1, 'pickup', '2026-03-11 12:00:00', '2026-03-11 12:04:00'),
  (116, 132, 3, 'exception', '2026-03-11 12:00:00', '2026-03-11 12:05:00'),
  (117, 133, 1, 'pickup', '2026-03-11 15:00:00', '2026-03-11 15:04:00'),
  (118, 111, 8, 'out_for_delivery', '2026-03-12 07:00:00', '2026-03-12 07:02:00'),
  (119, 109, 3, 'arrival', '2026-03-12 09:00:00', '2026-03-12 09:05:00'),
  (120, 111, 8, 'delivered', '2026-03-12 10:00:00', '2026-03-12 10:02:00'),
  (121, 120, 7, 'out_for_delivery', '2026-03-12 10:00:00', '2026-03-12 10:02:00'),
  (122, 122, 2, 'pickup', '2026-03-12 10:00:00', '2026-03-12 10:04:00'),
  (123, 109, 3, 'arrival', '2026-03-10 20:00:00', '2026-03-12 12:00:00'), -- uploaded after the later rescan
  (124, 134, 2, 'pickup', '2026-03-12 12:00:00', '2026-03-12 12:04:00'),
  (125, 120, 7, 'delivered', '2026-03-12 13:00:00', '2026-03-12 13:02:00'),
  (126, 122, 3, 'arrival', '2026-03-12 15:00:00', '2026-03-12 15:03:00'),
  (127, 134, 4, 'arrival', '2026-03-12 17:00:00', '2026-03-12 17:03:00'),
  (128, 111, 3, 'arrival', '2026-03-12 18:00:00', '2026-03-12 18:03:00'), -- hub scan after the delivery scan
  (129, 122, 3, 'exception', '2026-03-12 21:00:00', '2026-03-12 21:05:00'),
  (130, 112, 1, 'pickup', '2026-03-13 11:00:00', '2026-03-13 11:04:00'),
  (131, 134, 9, 'out_for_delivery', '2026-03-13 12:00:00', '2026-03-13 12:02:00'),
  (132, 134, 9, 'delivered', '2026-03-13 15:00:00', '2026-03-13 15:02:00'),
  (133, 112, 3, 'arrival', '2026-03-13 16:00:00', '2026-03-13 16:03:00');

-- Drivers and their shifts at a facility. Shift ids are not in time order. Traps: Amara's two shifts
-- on 2 March touch (14:00) but do not overlap; Chiara's 10:00-12:00 shift sits inside her long one;
-- Dev's later-numbered shift starts earlier and contains the other; Elena's night shift crosses
-- midnight. Femi has no shifts.
CREATE TABLE drivers (
  driver_id        INTEGER PRIMARY KEY,
  name             TEXT NOT NULL,
  home_facility_id INTEGER NOT NULL REFERENCES facilities (facility_id)
);
INSERT INTO drivers VALUES
  (1, 'Amara Okafor',   1),
  (2, 'Ben Hollis',     2),
  (3, 'Chiara Valli',   3),
  (4, 'Dev Patel',      3),
  (5, 'Elena Sokolova', 7),
  (6, 'Femi Adebayo',   8);

CREATE TABLE shifts (
  shift_id    INTEGER PRIMARY KEY,
  driver_id   INTEGER NOT NULL REFERENCES drivers (driver_id),
  facility_id INTEGER NOT NULL REFERENCES facilities (facility_id),
  shift_start TIMESTAMP NOT NULL,
  shift_end   TIMESTAMP NOT NULL,
  CHECK (shift_end > shift_start)
);
INSERT INTO shifts VALUES
  (1,  1, 1, '2026-03-02 06:00:00', '2026-03-02 14:00:00'),
  (2,  1, 1, '2026-03-02 14:00:00', '2026-03-02 18:00:00'), -- touches shift 1
  (3,  1, 1, '2026-03-03 06:00:00', '2026-03-03 16:00:00'),
  (4,  2, 2, '2026-03-02 07:00:00', '2026-03-02 15:00:00'),
  (5,  2, 4, '2026-03-02 12:00:00', '2026-03-02 20:00:00'), -- overlaps shift 4 by 3 h
  (6,  3, 3, '2026-03-04 08:00:00', '2026-03-04 18:00:00'),
  (7,  3, 3, '2026-03-04 10:00:00', '2026-03-04 12:00:00'), -- inside shift 6
  (8,  4, 3, '2026-03-05 09:00:00', '2026-03-05 13:00:00'),
  (9,  4, 3, '2026-03-05 07:00:00', '2026-03-05 17:00:00'), -- starts before shift 8 and contains it
  (10, 5, 7, '2026-03-06 22:00:00', '2026-03-07 06:00:00'), -- crosses midnight
  (11, 5, 7, '2026-03-07 05:00:00', '2026-03-07 13:00:00'), -- overlaps shift 10 by 1 h
  (12, 3, 3, '2026-03-05 08:00:00', '2026-03-05 16:00:00'),
  (13, 3, 3, '2026-03-04 13:00:00', '2026-03-04 15:00:00'); -- also inside shift 6, after shift 7 ended

-- Trips: the legs a driver actually drove (trucks come back, so unlike `routes` these go both ways).
-- Traps: Ben returns the next day; Chiara's DEP-LON run is brought back by Dev; Amara's 3 March
-- loop is a triangle, not a return.
CREATE TABLE trips (
  trip_id        INTEGER PRIMARY KEY,
  driver_id      INTEGER NOT NULL REFERENCES drivers (driver_id),
  origin_id      INTEGER NOT NULL REFERENCES facilities (facility_id),
  destination_id INTEGER NOT NULL REFERENCES facilities (facility_id),
  departed_at    TIMESTAMP NOT NULL,
  arrived_at     TIMESTAMP NOT NULL
);
INSERT INTO trips VALUES
  (1,  1, 1, 3, '2026-03-02 06:30:00', '2026-03-02 09:00:00'),
  (2,  1, 3, 1, '2026-03-02 10:30:00', '2026-03-02 13:00:00'),
  (3,  2, 2, 4, '2026-03-02 07:30:00', '2026-03-02 10:00:00'),
  (4,  2, 4, 2, '2026-03-03 07:30:00', '2026-03-03 10:00:00'), -- next day
  (5,  3, 3, 7, '2026-03-04 08:30:00', '2026-03-04 11:00:00'),
  (6,  4, 7, 3, '2026-03-04 13:00:00', '2026-03-04 15:30:00'), -- a different driver
  (7,  1, 1, 5, '2026-03-03 06:30:00', '2026-03-03 09:30:00'),
  (8,  1, 5, 3, '2026-03-03 10:00:00', '2026-03-03 12:00:00'),
  (9,  1, 3, 1, '2026-03-03 12:30:00', '2026-03-03 15:00:00'),
  (10, 3, 3, 8, '2026-03-05 08:30:00', '2026-03-05 10:30:00'),
  (11, 3, 8, 3, '2026-03-05 12:00:00', '2026-03-05 14:00:00'),
  (12, 5, 7, 3, '2026-03-06 22:30:00', '2026-03-07 01:00:00'),
  (13, 5, 3, 7, '2026-03-07 05:30:00', '2026-03-07 08:00:00'), -- back, but on the next calendar day
  (14, 4, 3, 5, '2026-03-05 07:30:00', '2026-03-05 09:30:00'),
  (15, 4, 5, 3, '2026-03-05 11:00:00', '2026-03-05 13:00:00');

-- Carrier invoices and their lines (one line per shipment billed). Lines are as the carrier sent
-- them, so shipment_id carries no foreign key: it may name a shipment we do not have.
CREATE TABLE carrier_invoices (
  invoice_id   INTEGER PRIMARY KEY,
  carrier_id   INTEGER NOT NULL REFERENCES carriers (carrier_id),
  invoice_no   TEXT NOT NULL UNIQUE,
  invoice_date DATE NOT NULL
);
INSERT INTO carrier_invoices VALUES
  (1, 1, 'SWL-0308', '2026-03-08'),
  (2, 1, 'SWL-0315', '2026-03-15'),
  (3, 2, 'NPT-0310', '2026-03-10'),
  (4, 2, 'NPT-0315', '2026-03-15'),
  (5, 3, 'PCL-0312', '2026-03-12');

CREATE TABLE invoice_lines (
  line_id     INTEGER PRIMARY KEY,
  invoice_id  INTEGER NOT NULL REFERENCES carrier_invoices (invoice_id),
  shipment_id INTEGER NOT NULL,
  amount      NUMERIC(8, 2) NOT NULL
);
INSERT INTO invoice_lines VALUES
  (1,  1, 101,  4.92),
  (2,  1, 102,  4.58),
  (3,  1, 103,  5.60),
  (4,  1, 104, 18.65), -- quoted 16.65
  (5,  1, 105,  7.72),
  (6,  1, 106, 11.97),
  (7,  1, 107, 11.97),
  (8,  2, 108,  4.28),
  (9,  2, 111,  5.94),
  (10, 2, 106, 11.97), -- billed a second time
  (11, 2, 9106, 6.40), -- no such shipment
  (12, 3, 113,  6.45),
  (13, 3, 114,  9.17),
  (14, 3, 115,  5.39),
  (15, 3, 116, 20.90),
  (16, 3, 117,  2.91), -- quoted 4.41
  (17, 3, 118, 20.90),
  (18, 3, 123,  4.83),
  (19, 3, 124,  7.98),
  (20, 4, 119, 11.55),
  (21, 4, 120,  6.03),
  (22, 4, 127,  5.17), -- a Parcelo shipment
  (23, 5, 125,  4.16),
  (24, 5, 126,  5.77),
  (25, 5, 127,  5.17),
  (26, 5, 128, 29.40), -- quoted 25.15
  (27, 5, 129,  4.54),
  (28, 5, 130, 17.50),
  (29, 5, 131,  6.71),
  (30, 5, 135, 20.89);
