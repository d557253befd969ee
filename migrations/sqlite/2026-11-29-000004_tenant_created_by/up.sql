-- Who recorded a tenant organisation (staff; null when it registered itself):
-- an operator sees the tenants it recorded.
ALTER TABLE tenants ADD COLUMN created_by TEXT REFERENCES users (id) ON DELETE SET NULL;
