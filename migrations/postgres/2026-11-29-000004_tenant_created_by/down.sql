ALTER TABLE tenants DROP COLUMN created_by;
