-- What changed, so an instance can bring its catalog up to date by reading
-- only those units again instead of the whole inventory. SQLite runs one
-- write transaction at a time, so each row can carry the generation its
-- transaction is moving to: above every generation committed before it.
-- An instance at generation G reads the rows stamped above G and misses none.
CREATE TABLE catalog_changes (
    generation BIGINT NOT NULL,
    unit_id TEXT,
    floor_id TEXT
);
CREATE INDEX catalog_changes_by_generation ON catalog_changes (generation);

-- Rows at or below this generation may have been pruned: an instance older
-- than that reads everything again.
ALTER TABLE match_generation ADD COLUMN pruned_below BIGINT NOT NULL DEFAULT 0;

CREATE TRIGGER units_record_change_insert AFTER INSERT ON units
BEGIN
    INSERT INTO catalog_changes (generation, unit_id)
        SELECT value + 1, NEW.id FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER units_record_change_update AFTER UPDATE ON units
BEGIN
    INSERT INTO catalog_changes (generation, unit_id)
        SELECT value + 1, NEW.id FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER units_record_change_delete AFTER DELETE ON units
BEGIN
    INSERT INTO catalog_changes (generation, unit_id)
        SELECT value + 1, OLD.id FROM match_generation WHERE id = 1;
END;

CREATE TRIGGER unit_adjacency_record_change_insert AFTER INSERT ON unit_adjacency
BEGIN
    INSERT INTO catalog_changes (generation, unit_id)
        SELECT value + 1, NEW.unit_id FROM match_generation WHERE id = 1
        UNION ALL SELECT value + 1, NEW.adjacent_unit_id FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER unit_adjacency_record_change_update AFTER UPDATE ON unit_adjacency
BEGIN
    INSERT INTO catalog_changes (generation, unit_id)
        SELECT value + 1, NEW.unit_id FROM match_generation WHERE id = 1
        UNION ALL SELECT value + 1, NEW.adjacent_unit_id FROM match_generation WHERE id = 1
        UNION ALL SELECT value + 1, OLD.unit_id FROM match_generation WHERE id = 1
        UNION ALL SELECT value + 1, OLD.adjacent_unit_id FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER unit_adjacency_record_change_delete AFTER DELETE ON unit_adjacency
BEGIN
    INSERT INTO catalog_changes (generation, unit_id)
        SELECT value + 1, OLD.unit_id FROM match_generation WHERE id = 1
        UNION ALL SELECT value + 1, OLD.adjacent_unit_id FROM match_generation WHERE id = 1;
END;

CREATE TRIGGER floors_record_change_insert AFTER INSERT ON floors
BEGIN
    INSERT INTO catalog_changes (generation, floor_id)
        SELECT value + 1, NEW.id FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER floors_record_change_update AFTER UPDATE ON floors
BEGIN
    INSERT INTO catalog_changes (generation, floor_id)
        SELECT value + 1, NEW.id FROM match_generation WHERE id = 1;
END;
CREATE TRIGGER floors_record_change_delete AFTER DELETE ON floors
BEGIN
    INSERT INTO catalog_changes (generation, floor_id)
        SELECT value + 1, OLD.id FROM match_generation WHERE id = 1;
END;
