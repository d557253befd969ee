-- A counter that moves whenever anything the matching engine reads
-- changes, bumped by the database itself so no write path can forget it.
-- Each API instance keeps its inventory snapshot until the counter moves.
CREATE TABLE match_generation (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO match_generation (id, value) VALUES (1, 0);

CREATE TRIGGER parks_bump_match_generation_insert AFTER INSERT ON parks
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER parks_bump_match_generation_update AFTER UPDATE ON parks
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER parks_bump_match_generation_delete AFTER DELETE ON parks
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER buildings_bump_match_generation_insert AFTER INSERT ON buildings
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER buildings_bump_match_generation_update AFTER UPDATE ON buildings
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER buildings_bump_match_generation_delete AFTER DELETE ON buildings
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER freight_lifts_bump_match_generation_insert AFTER INSERT ON freight_lifts
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER freight_lifts_bump_match_generation_update AFTER UPDATE ON freight_lifts
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER freight_lifts_bump_match_generation_delete AFTER DELETE ON freight_lifts
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER floors_bump_match_generation_insert AFTER INSERT ON floors
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER floors_bump_match_generation_update AFTER UPDATE ON floors
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER floors_bump_match_generation_delete AFTER DELETE ON floors
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER units_bump_match_generation_insert AFTER INSERT ON units
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER units_bump_match_generation_update AFTER UPDATE ON units
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER units_bump_match_generation_delete AFTER DELETE ON units
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER unit_adjacency_bump_match_generation_insert AFTER INSERT ON unit_adjacency
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER unit_adjacency_bump_match_generation_update AFTER UPDATE ON unit_adjacency
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER unit_adjacency_bump_match_generation_delete AFTER DELETE ON unit_adjacency
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER unit_holds_bump_match_generation_insert AFTER INSERT ON unit_holds
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER unit_holds_bump_match_generation_update AFTER UPDATE ON unit_holds
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER unit_holds_bump_match_generation_delete AFTER DELETE ON unit_holds
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER offers_bump_match_generation_insert AFTER INSERT ON offers
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER offers_bump_match_generation_update AFTER UPDATE ON offers
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER offers_bump_match_generation_delete AFTER DELETE ON offers
BEGIN
    UPDATE match_generation SET value = value + 1 WHERE id = 1;
END;
