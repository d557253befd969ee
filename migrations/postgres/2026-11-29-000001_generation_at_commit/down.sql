CREATE OR REPLACE FUNCTION bump_match_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

DROP TRIGGER parks_bump_match_generation ON parks;
CREATE TRIGGER parks_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON parks
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER buildings_bump_match_generation ON buildings;
CREATE TRIGGER buildings_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON buildings
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER freight_lifts_bump_match_generation ON freight_lifts;
CREATE TRIGGER freight_lifts_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON freight_lifts
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER floors_bump_match_generation ON floors;
CREATE TRIGGER floors_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON floors
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER units_bump_match_generation ON units;
CREATE TRIGGER units_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON units
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER unit_adjacency_bump_match_generation ON unit_adjacency;
CREATE TRIGGER unit_adjacency_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON unit_adjacency
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER unit_holds_bump_match_generation ON unit_holds;
CREATE TRIGGER unit_holds_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON unit_holds
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER offers_bump_match_generation ON offers;
CREATE TRIGGER offers_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON offers
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

