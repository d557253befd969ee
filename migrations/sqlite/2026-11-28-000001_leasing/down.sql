DROP TABLE audit_events;
DROP TABLE unit_holds;
DROP TABLE lease_units;
DROP TABLE offer_units;
DROP TABLE offers;
DROP TABLE leases;
DROP TABLE applications;
