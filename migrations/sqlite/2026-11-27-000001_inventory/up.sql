CREATE TABLE tenants (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    credit_code TEXT UNIQUE,
    industry_code TEXT,
    contact_name TEXT,
    contact_phone TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'tenant')),
    tenant_id TEXT REFERENCES tenants (id) ON DELETE RESTRICT,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK ((role = 'tenant') = (tenant_id IS NOT NULL))
);
CREATE INDEX users_tenant_id ON users (tenant_id);

CREATE TABLE login_failures (
    id TEXT PRIMARY KEY NOT NULL,
    throttle_key TEXT NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_key_time ON login_failures (throttle_key, failed_at);

CREATE TABLE parks (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    district TEXT,
    city TEXT,
    address TEXT,
    site_area_m2 REAL CHECK (site_area_m2 > 0),
    description TEXT,
    target_industries TEXT NOT NULL DEFAULT '[]',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE park_operators (
    park_id TEXT NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (park_id, user_id)
);
CREATE INDEX park_operators_user ON park_operators (user_id);

CREATE TABLE buildings (
    id TEXT PRIMARY KEY NOT NULL,
    park_id TEXT NOT NULL REFERENCES parks (id) ON DELETE RESTRICT,
    code TEXT NOT NULL,
    name TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('industrial_tower', 'multi_storey_factory', 'rnd', 'warehouse', 'dormitory', 'amenity')),
    floors_above_ground INTEGER NOT NULL CHECK (floors_above_ground >= 1),
    floors_below_ground INTEGER NOT NULL DEFAULT 0 CHECK (floors_below_ground >= 0),
    status TEXT NOT NULL CHECK (status IN ('planned', 'under_construction', 'completed', 'operational')),
    completion_date DATE,
    max_fire_hazard_class TEXT NOT NULL CHECK (max_fire_hazard_class IN ('a', 'b', 'c', 'd', 'e')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (park_id, code)
);

CREATE TABLE freight_lifts (
    id TEXT PRIMARY KEY NOT NULL,
    building_id TEXT NOT NULL REFERENCES buildings (id) ON DELETE RESTRICT,
    code TEXT NOT NULL,
    rated_load_kg INTEGER NOT NULL CHECK (rated_load_kg > 0),
    car_width_mm INTEGER NOT NULL CHECK (car_width_mm > 0),
    car_depth_mm INTEGER NOT NULL CHECK (car_depth_mm > 0),
    car_height_mm INTEGER NOT NULL CHECK (car_height_mm > 0),
    door_width_mm INTEGER NOT NULL CHECK (door_width_mm > 0),
    door_height_mm INTEGER NOT NULL CHECK (door_height_mm > 0),
    lowest_level INTEGER NOT NULL,
    highest_level INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (building_id, code),
    CHECK (lowest_level <= highest_level)
);

CREATE TABLE floors (
    id TEXT PRIMARY KEY NOT NULL,
    building_id TEXT NOT NULL REFERENCES buildings (id) ON DELETE RESTRICT,
    level INTEGER NOT NULL CHECK (level <> 0),
    floor_height_mm INTEGER NOT NULL CHECK (floor_height_mm > 0),
    clear_height_mm INTEGER NOT NULL CHECK (clear_height_mm > 0),
    live_load_kn_m2 REAL NOT NULL CHECK (live_load_kn_m2 > 0),
    area_m2 REAL NOT NULL CHECK (area_m2 > 0),
    column_grid_x_mm INTEGER CHECK (column_grid_x_mm > 0),
    column_grid_y_mm INTEGER CHECK (column_grid_y_mm > 0),
    power_kva REAL CHECK (power_kva >= 0),
    has_utility_shaft BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (building_id, level),
    CHECK (clear_height_mm <= floor_height_mm)
);

CREATE TABLE units (
    id TEXT PRIMARY KEY NOT NULL,
    floor_id TEXT NOT NULL REFERENCES floors (id) ON DELETE RESTRICT,
    building_id TEXT NOT NULL REFERENCES buildings (id) ON DELETE RESTRICT,
    code TEXT NOT NULL,
    area_m2 REAL NOT NULL CHECK (area_m2 > 0),
    status TEXT NOT NULL CHECK (status IN ('available', 'reserved', 'leased', 'unavailable')),
    asking_rent_fen_m2_day BIGINT NOT NULL CHECK (asking_rent_fen_m2_day >= 0),
    fit_out TEXT NOT NULL CHECK (fit_out IN ('bare_shell', 'standard', 'cleanroom')),
    live_load_kn_m2 REAL CHECK (live_load_kn_m2 > 0),
    clear_height_mm INTEGER CHECK (clear_height_mm > 0),
    power_kva REAL CHECK (power_kva >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (building_id, code)
);
CREATE INDEX units_floor ON units (floor_id);
CREATE INDEX units_status_area ON units (status, area_m2);

CREATE TABLE unit_adjacency (
    unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    adjacent_unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    PRIMARY KEY (unit_id, adjacent_unit_id),
    CHECK (unit_id <> adjacent_unit_id)
);
CREATE INDEX unit_adjacency_reverse ON unit_adjacency (adjacent_unit_id);
