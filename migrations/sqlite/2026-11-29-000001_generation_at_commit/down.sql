-- PostgreSQL only (see migrations/postgres); SQLite serialises writers with
-- BEGIN IMMEDIATE and needs no change. Kept so both folders hold the same versions.
SELECT 1;
