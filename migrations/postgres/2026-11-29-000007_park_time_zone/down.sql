ALTER TABLE parks DROP COLUMN time_zone;
