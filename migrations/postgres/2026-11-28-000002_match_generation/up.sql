-- A counter that moves whenever anything the matching engine reads
-- changes, bumped by the database itself so no write path can forget it.
-- Each API instance keeps its inventory snapshot until the counter moves.
CREATE TABLE match_generation (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO match_generation (id, value) VALUES (1, 0);

CREATE FUNCTION bump_match_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER parks_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON parks
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

CREATE TRIGGER buildings_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON buildings
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

CREATE TRIGGER freight_lifts_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON freight_lifts
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

CREATE TRIGGER floors_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON floors
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

CREATE TRIGGER units_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON units
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

CREATE TRIGGER unit_adjacency_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON unit_adjacency
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

CREATE TRIGGER unit_holds_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON unit_holds
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();

CREATE TRIGGER offers_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON offers
    FOR EACH STATEMENT EXECUTE FUNCTION bump_match_generation();
