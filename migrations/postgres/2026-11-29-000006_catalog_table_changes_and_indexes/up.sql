-- A change to parks, buildings, lifts, holds or offers is logged too, as a
-- row naming no unit or floor: an instance reads those small tables again
-- only when the log says they changed, not on every change of a unit.
CREATE FUNCTION record_table_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalog_changes (unit_id, floor_id) VALUES (NULL, NULL);
    RETURN NULL;
END
$$;

CREATE TRIGGER parks_record_change AFTER INSERT OR UPDATE OR DELETE ON parks
    FOR EACH STATEMENT EXECUTE FUNCTION record_table_change();
CREATE TRIGGER buildings_record_change AFTER INSERT OR UPDATE OR DELETE ON buildings
    FOR EACH STATEMENT EXECUTE FUNCTION record_table_change();
CREATE TRIGGER freight_lifts_record_change AFTER INSERT OR UPDATE OR DELETE ON freight_lifts
    FOR EACH STATEMENT EXECUTE FUNCTION record_table_change();
CREATE TRIGGER unit_holds_record_change AFTER INSERT OR UPDATE OR DELETE ON unit_holds
    FOR EACH STATEMENT EXECUTE FUNCTION record_table_change();
CREATE TRIGGER offers_record_change AFTER INSERT OR UPDATE OR DELETE ON offers
    FOR EACH STATEMENT EXECUTE FUNCTION record_table_change();

-- Holds by offer and by lease: the catalog reads the holds of open offers
-- on every change of holds, and housekeeping joins them to their offers.
CREATE INDEX unit_holds_offer ON unit_holds (offer_id);
CREATE INDEX unit_holds_lease ON unit_holds (lease_id);

-- The newest applications first, as every list of them pages.
CREATE INDEX applications_newest ON applications (created_at DESC, id DESC);
