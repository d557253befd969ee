-- The generation counter moves at commit, not mid-transaction. Bumped by a
-- statement trigger, its one row was locked in the middle of a write; two
-- multi-unit leases racing ([A, B] and [B, A]) then each waited for the
-- other, one on the counter's row and one on the no-overlap constraint, and
-- PostgreSQL broke the cycle with "deadlock detected". A deferred trigger
-- takes the row last, when nothing else is left to wait for, and once per
-- transaction.

CREATE OR REPLACE FUNCTION bump_match_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('upstairs.generation_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE match_generation SET value = value + 1 WHERE id = 1;
        PERFORM set_config('upstairs.generation_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER parks_bump_match_generation ON parks;
CREATE CONSTRAINT TRIGGER parks_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON parks
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER buildings_bump_match_generation ON buildings;
CREATE CONSTRAINT TRIGGER buildings_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON buildings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER freight_lifts_bump_match_generation ON freight_lifts;
CREATE CONSTRAINT TRIGGER freight_lifts_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON freight_lifts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER floors_bump_match_generation ON floors;
CREATE CONSTRAINT TRIGGER floors_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON floors
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER units_bump_match_generation ON units;
CREATE CONSTRAINT TRIGGER units_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON units
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER unit_adjacency_bump_match_generation ON unit_adjacency;
CREATE CONSTRAINT TRIGGER unit_adjacency_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON unit_adjacency
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER unit_holds_bump_match_generation ON unit_holds;
CREATE CONSTRAINT TRIGGER unit_holds_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON unit_holds
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_match_generation();

DROP TRIGGER offers_bump_match_generation ON offers;
CREATE CONSTRAINT TRIGGER offers_bump_match_generation AFTER INSERT OR UPDATE OR DELETE ON offers
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_match_generation();

