CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE applications (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'offered', 'leased', 'rejected', 'withdrawn')),
    industry_code TEXT NOT NULL,
    use_type TEXT NOT NULL CHECK (use_type IN ('rnd', 'production', 'office', 'warehouse', 'mixed')),
    min_area_m2 DOUBLE PRECISION NOT NULL CHECK (min_area_m2 > 0),
    max_area_m2 DOUBLE PRECISION CHECK (max_area_m2 >= min_area_m2),
    min_live_load_kn_m2 DOUBLE PRECISION,
    min_clear_height_mm INTEGER,
    item_weight_kg DOUBLE PRECISION,
    item_length_mm INTEGER,
    item_width_mm INTEGER,
    item_height_mm INTEGER,
    fire_hazard_class TEXT NOT NULL CHECK (fire_hazard_class IN ('a', 'b', 'c', 'd', 'e')),
    min_power_kva DOUBLE PRECISION,
    needs_utility_shaft BOOLEAN NOT NULL,
    max_rent_fen_m2_day BIGINT,
    move_in_date DATE NOT NULL,
    lease_months INTEGER NOT NULL CHECK (lease_months > 0),
    preferred_park_ids TEXT NOT NULL DEFAULT '[]',
    allow_combined_units BOOLEAN NOT NULL,
    notes TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((item_weight_kg IS NULL) = (item_length_mm IS NULL))
);
CREATE INDEX applications_tenant ON applications (tenant_id);
CREATE INDEX applications_status ON applications (status);

CREATE TABLE leases (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
    park_id TEXT NOT NULL REFERENCES parks (id) ON DELETE RESTRICT,
    application_id TEXT REFERENCES applications (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('active', 'terminated')),
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    rent_fen_m2_day BIGINT NOT NULL CHECK (rent_fen_m2_day >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (start_date < end_date)
);
CREATE INDEX leases_tenant ON leases (tenant_id);
CREATE INDEX leases_park_end ON leases (park_id, end_date);

CREATE TABLE offers (
    id TEXT PRIMARY KEY NOT NULL,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE RESTRICT,
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
    park_id TEXT NOT NULL REFERENCES parks (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'declined', 'withdrawn', 'expired')),
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    rent_fen_m2_day BIGINT NOT NULL CHECK (rent_fen_m2_day >= 0),
    valid_until DATE NOT NULL,
    lease_id TEXT REFERENCES leases (id) ON DELETE RESTRICT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (start_date < end_date)
);
CREATE INDEX offers_application ON offers (application_id);
CREATE INDEX offers_open_until ON offers (status, valid_until);

CREATE TABLE offer_units (
    offer_id TEXT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    PRIMARY KEY (offer_id, unit_id)
);
CREATE INDEX offer_units_unit ON offer_units (unit_id);

CREATE TABLE lease_units (
    lease_id TEXT NOT NULL REFERENCES leases (id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    PRIMARY KEY (lease_id, unit_id)
);
CREATE INDEX lease_units_unit ON lease_units (unit_id);

-- What keeps a unit from being double-booked: one row per unit held by a
-- live offer or a lease, over [start_date, end_date). Rows of offers that are
-- declined, withdrawn or expired are deleted; an accepted offer's rows pass
-- to its lease.
CREATE TABLE unit_holds (
    id TEXT PRIMARY KEY NOT NULL,
    unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    offer_id TEXT REFERENCES offers (id) ON DELETE CASCADE,
    lease_id TEXT REFERENCES leases (id) ON DELETE CASCADE,
    CHECK (start_date < end_date),
    CHECK ((offer_id IS NULL) <> (lease_id IS NULL))
);
CREATE INDEX unit_holds_unit ON unit_holds (unit_id, start_date);

CREATE TABLE audit_events (
    id TEXT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_id TEXT,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    park_id TEXT,
    action TEXT NOT NULL,
    changes TEXT NOT NULL
);
CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id, at);
CREATE INDEX audit_events_park ON audit_events (park_id, at);

-- No two holds of one unit overlap in time: enforced by PostgreSQL itself,
-- also between transactions that commit at the same instant.
ALTER TABLE unit_holds ADD CONSTRAINT unit_holds_no_overlap
    EXCLUDE USING gist (unit_id WITH =, daterange(start_date, end_date, '[)') WITH &&);
