-- What changed, so an instance can bring its catalog up to date by reading
-- only those units again instead of the whole inventory. Row triggers record
-- the units (and floors) a transaction touched; the deferred trigger that
-- moves the generation at commit stamps them with the new value, so rows
-- appear in commit order: an instance at generation G reads the rows
-- stamped above G and misses none.
CREATE TABLE catalog_changes (
    generation BIGINT,
    txid BIGINT NOT NULL DEFAULT txid_current(),
    unit_id TEXT,
    floor_id TEXT
);
CREATE INDEX catalog_changes_by_generation ON catalog_changes (generation);
CREATE INDEX catalog_changes_unstamped ON catalog_changes (txid) WHERE generation IS NULL;

-- Rows at or below this generation may have been pruned: an instance older
-- than that reads everything again.
ALTER TABLE match_generation ADD COLUMN pruned_below BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION record_unit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO catalog_changes (unit_id) VALUES (OLD.id);
    ELSE
        INSERT INTO catalog_changes (unit_id) VALUES (NEW.id);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION record_adjacency_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO catalog_changes (unit_id) VALUES (OLD.unit_id), (OLD.adjacent_unit_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO catalog_changes (unit_id) VALUES (NEW.unit_id), (NEW.adjacent_unit_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION record_floor_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO catalog_changes (floor_id) VALUES (OLD.id);
    ELSE
        INSERT INTO catalog_changes (floor_id) VALUES (NEW.id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER units_record_change AFTER INSERT OR UPDATE OR DELETE ON units
    FOR EACH ROW EXECUTE FUNCTION record_unit_change();
CREATE TRIGGER unit_adjacency_record_change AFTER INSERT OR UPDATE OR DELETE ON unit_adjacency
    FOR EACH ROW EXECUTE FUNCTION record_adjacency_change();
CREATE TRIGGER floors_record_change AFTER INSERT OR UPDATE OR DELETE ON floors
    FOR EACH ROW EXECUTE FUNCTION record_floor_change();

CREATE OR REPLACE FUNCTION bump_match_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next BIGINT;
BEGIN
    IF current_setting('upstairs.generation_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE match_generation SET value = value + 1 WHERE id = 1 RETURNING value INTO next;
        UPDATE catalog_changes SET generation = next
            WHERE generation IS NULL AND txid = txid_current();
        PERFORM set_config('upstairs.generation_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;
