-- A change to parks, buildings, lifts, holds or offers is logged too, as a
-- row naming no unit or floor: an instance reads those small tables again
-- only when the log says they changed, not on every change of a unit.

CREATE TRIGGER parks_record_change_insert AFTER INSERT ON parks
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER parks_record_change_update AFTER UPDATE ON parks
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER parks_record_change_delete AFTER DELETE ON parks
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER buildings_record_change_insert AFTER INSERT ON buildings
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER buildings_record_change_update AFTER UPDATE ON buildings
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER buildings_record_change_delete AFTER DELETE ON buildings
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER freight_lifts_record_change_insert AFTER INSERT ON freight_lifts
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER freight_lifts_record_change_update AFTER UPDATE ON freight_lifts
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER freight_lifts_record_change_delete AFTER DELETE ON freight_lifts
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER unit_holds_record_change_insert AFTER INSERT ON unit_holds
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER unit_holds_record_change_update AFTER UPDATE ON unit_holds
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER unit_holds_record_change_delete AFTER DELETE ON unit_holds
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER offers_record_change_insert AFTER INSERT ON offers
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER offers_record_change_update AFTER UPDATE ON offers
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER offers_record_change_delete AFTER DELETE ON offers
BEGIN
    INSERT INTO catalog_changes (generation, unit_id, floor_id)
        SELECT value + 1, NULL, NULL FROM match_generation WHERE id = 1;
END;

-- Holds by offer and by lease: the catalog reads the holds of open offers
-- on every change of holds, and housekeeping joins them to their offers.
CREATE INDEX unit_holds_offer ON unit_holds (offer_id);
CREATE INDEX unit_holds_lease ON unit_holds (lease_id);

-- The newest applications first, as every list of them pages.
CREATE INDEX applications_newest ON applications (created_at DESC, id DESC);
