CREATE OR REPLACE FUNCTION bump_match_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('upstairs.generation_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE match_generation SET value = value + 1 WHERE id = 1;
        PERFORM set_config('upstairs.generation_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER floors_record_change ON floors;
DROP TRIGGER unit_adjacency_record_change ON unit_adjacency;
DROP TRIGGER units_record_change ON units;
DROP FUNCTION record_floor_change();
DROP FUNCTION record_adjacency_change();
DROP FUNCTION record_unit_change();
ALTER TABLE match_generation DROP COLUMN pruned_below;
DROP TABLE catalog_changes;
