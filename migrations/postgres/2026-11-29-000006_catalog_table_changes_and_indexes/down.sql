DROP INDEX applications_newest;
DROP INDEX unit_holds_lease;
DROP INDEX unit_holds_offer;
DROP TRIGGER offers_record_change ON offers;
DROP TRIGGER unit_holds_record_change ON unit_holds;
DROP TRIGGER freight_lifts_record_change ON freight_lifts;
DROP TRIGGER buildings_record_change ON buildings;
DROP TRIGGER parks_record_change ON parks;
DROP FUNCTION record_table_change();
