-- title: Cross-device attribution with an identity graph
-- Devices are linked to people by an SCD type 2 bridge (which person a device belonged to, and
-- when). Facts store only device ids; the person is resolved at read time, as of each event's
-- own timestamp. iOS traffic without tracking consent never reaches the device-level facts: it
-- arrives only as anonymous SKAdNetwork-style postbacks, aggregated per campaign.

CREATE TABLE dim_person (
  person_id INTEGER PRIMARY KEY,
  first_seen_at TIMESTAMP NOT NULL
);

CREATE TABLE dim_device (
  device_id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL CHECK (platform IN ('ios', 'android', 'web')),
  device_label TEXT NOT NULL
);

CREATE TABLE dim_campaign (
  campaign_id INTEGER PRIMARY KEY,
  campaign_name TEXT NOT NULL,
  channel TEXT NOT NULL
);

-- Half-open validity [valid_from, valid_to). A device belongs to at most one person at a time.
CREATE TABLE bridge_device_person (
  device_id INTEGER NOT NULL REFERENCES dim_device (device_id),
  person_id INTEGER NOT NULL REFERENCES dim_person (person_id),
  valid_from TIMESTAMP NOT NULL,
  valid_to TIMESTAMP NOT NULL DEFAULT '9999-12-31 23:59:59',
  match_type TEXT NOT NULL CHECK (match_type IN ('deterministic', 'probabilistic')),
  confidence NUMERIC(3, 2) NOT NULL CHECK (confidence > 0 AND confidence <= 1),
  PRIMARY KEY (device_id, valid_from),
  CHECK (valid_from < valid_to)
);

-- The trigger has the same name and the same message on both engines.
-- [sqlite]
CREATE TRIGGER bridge_no_overlap
BEFORE INSERT ON bridge_device_person
WHEN EXISTS (
  SELECT 1 FROM bridge_device_person b
  WHERE b.device_id = NEW.device_id AND NEW.valid_from < b.valid_to AND b.valid_from < NEW.valid_to
)
BEGIN
  SELECT RAISE(ABORT, 'a device can belong to only one person at a time');
END;
-- [postgres]
CREATE FUNCTION bridge_reject_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM bridge_device_person b
    WHERE b.device_id = NEW.device_id AND NEW.valid_from < b.valid_to AND b.valid_from < NEW.valid_to
  ) THEN
    RAISE EXCEPTION 'a device can belong to only one person at a time';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER bridge_no_overlap
BEFORE INSERT ON bridge_device_person
FOR EACH ROW EXECUTE FUNCTION bridge_reject_overlap();
-- [both]

CREATE TABLE fact_ad_exposure (
  exposure_id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES dim_device (device_id),
  campaign_id INTEGER NOT NULL REFERENCES dim_campaign (campaign_id),
  touch_type TEXT NOT NULL CHECK (touch_type IN ('view', 'click')),
  exposed_at TIMESTAMP NOT NULL
);

CREATE TABLE fact_conversion (
  conversion_id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES dim_device (device_id),
  converted_at TIMESTAMP NOT NULL,
  value_cents INTEGER NOT NULL
);

-- Aggregate-only measurement: no device, no person, no timestamp finer than a day.
CREATE TABLE fact_skan_postback (
  postback_id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES dim_campaign (campaign_id),
  source_app_id TEXT NOT NULL,
  received_date DATE NOT NULL,
  coarse_value TEXT CHECK (coarse_value IN ('low', 'medium', 'high')),  -- NULL: withheld by the privacy threshold
  is_redownload BOOLEAN NOT NULL
);

INSERT INTO dim_person VALUES
  (1, '2026-02-01 08:00:00'),
  (2, '2026-01-15 19:30:00'),
  (3, '2026-02-10 12:00:00');

INSERT INTO dim_device VALUES
  (101, 'android', 'P1 phone'),
  (102, 'web', 'P1 laptop browser'),
  (201, 'ios', 'P2 iPhone, tracking allowed'),
  (202, 'web', 'family laptop browser'),
  (301, 'web', 'P3 work browser'),
  (401, 'web', 'library computer');   -- never linked to anyone

INSERT INTO dim_campaign VALUES
  (1, 'Spring sale', 'web and app'),
  (2, 'App install push', 'ios app');

INSERT INTO bridge_device_person VALUES
  (101, 1, '2026-02-01 08:00:00', '9999-12-31 23:59:59', 'deterministic', 1.0),
  (102, 1, '2026-03-04 10:00:00', '9999-12-31 23:59:59', 'deterministic', 1.0),  -- P1 logs in on the laptop
  (201, 2, '2026-01-15 19:30:00', '9999-12-31 23:59:59', 'deterministic', 1.0),
  (202, 2, '2026-02-20 00:00:00', '2026-03-06 00:00:00', 'probabilistic', 0.82),  -- household IP match
  (202, 3, '2026-03-06 00:00:00', '9999-12-31 23:59:59', 'deterministic', 1.0),  -- then P3 logs in
  (301, 3, '2026-02-10 12:00:00', '9999-12-31 23:59:59', 'deterministic', 1.0);

INSERT INTO fact_ad_exposure VALUES
  (1, 101, 1, 'click', '2026-03-03 12:00:00'),
  (2, 201, 1, 'click', '2026-03-04 08:00:00'),
  (3, 202, 1, 'click', '2026-03-05 21:00:00'),  -- the laptop was P2's at this moment
  (4, 301, 1, 'view', '2026-03-05 09:00:00'),
  (5, 401, 1, 'click', '2026-03-05 10:00:00'),
  (6, 101, 1, 'view', '2026-03-06 09:00:00');

INSERT INTO fact_conversion VALUES
  (1, 102, '2026-03-05 19:00:00', 8400),   -- laptop purchase after a phone click
  (2, 102, '2026-03-04 09:00:00', 3000),   -- trap: an hour before the laptop was linked to P1
  (3, 201, '2026-03-06 08:00:00', 5600),   -- iPhone purchase after a laptop click
  (4, 401, '2026-03-05 11:00:00', 2500),   -- unlinked device, same-device click
  (5, 301, '2026-03-06 10:00:00', 4000);   -- only a view before it: no click credit

INSERT INTO fact_skan_postback VALUES
  (1, 2, 'app-trailmap', '2026-03-05', 'high', FALSE),
  (2, 2, 'app-trailmap', '2026-03-05', 'low', FALSE),
  (3, 2, 'app-puzzlebox', '2026-03-05', NULL, FALSE),
  (4, 2, 'app-trailmap', '2026-03-06', 'medium', FALSE),
  (5, 2, 'app-puzzlebox', '2026-03-06', 'low', TRUE),
  (6, 2, 'app-trailmap', '2026-03-06', 'high', FALSE),
  (7, 2, 'app-trailmap', '2026-03-07', 'low', FALSE),
  (8, 1, 'app-trailmap', '2026-03-06', 'medium', FALSE),
  (9, 1, 'app-puzzlebox', '2026-03-07', NULL, FALSE);
