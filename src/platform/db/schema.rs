//! The one diesel schema, written by hand: only types that both backends and
//! the multi-backend connection share (ids, enums and lists are TEXT).

diesel::table! {
    tenants (id) {
        id -> Text,
        name -> Text,
        credit_code -> Nullable<Text>,
        industry_code -> Nullable<Text>,
        contact_name -> Nullable<Text>,
        contact_phone -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        created_by -> Nullable<Text>,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        password_hash -> Text,
        display_name -> Text,
        role -> Text,
        tenant_id -> Nullable<Text>,
        disabled -> Bool,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        session_version -> Integer,
    }
}

diesel::table! {
    login_failures (id) {
        id -> Text,
        throttle_key -> Text,
        failed_at -> Timestamp,
    }
}

diesel::table! {
    known_addresses (email_key, address_key) {
        email_key -> Text,
        address_key -> Text,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    revoked_tokens (jti) {
        jti -> Text,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    parks (id) {
        id -> Text,
        name -> Text,
        district -> Nullable<Text>,
        city -> Nullable<Text>,
        address -> Nullable<Text>,
        site_area_m2 -> Nullable<Double>,
        description -> Nullable<Text>,
        target_industries -> Text,
        time_zone -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    park_operators (park_id, user_id) {
        park_id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    buildings (id) {
        id -> Text,
        park_id -> Text,
        code -> Text,
        name -> Nullable<Text>,
        kind -> Text,
        floors_above_ground -> Integer,
        floors_below_ground -> Integer,
        status -> Text,
        completion_date -> Nullable<Date>,
        max_fire_hazard_class -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    freight_lifts (id) {
        id -> Text,
        building_id -> Text,
        code -> Text,
        rated_load_kg -> Integer,
        car_width_mm -> Integer,
        car_depth_mm -> Integer,
        car_height_mm -> Integer,
        door_width_mm -> Integer,
        door_height_mm -> Integer,
        lowest_level -> Integer,
        highest_level -> Integer,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    floors (id) {
        id -> Text,
        building_id -> Text,
        level -> Integer,
        floor_height_mm -> Integer,
        clear_height_mm -> Integer,
        live_load_kn_m2 -> Double,
        area_m2 -> Double,
        column_grid_x_mm -> Nullable<Integer>,
        column_grid_y_mm -> Nullable<Integer>,
        power_kva -> Nullable<Double>,
        has_utility_shaft -> Bool,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    units (id) {
        id -> Text,
        floor_id -> Text,
        building_id -> Text,
        code -> Text,
        area_m2 -> Double,
        status -> Text,
        asking_rent_fen_m2_day -> BigInt,
        fit_out -> Text,
        live_load_kn_m2 -> Nullable<Double>,
        clear_height_mm -> Nullable<Integer>,
        power_kva -> Nullable<Double>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    unit_adjacency (unit_id, adjacent_unit_id) {
        unit_id -> Text,
        adjacent_unit_id -> Text,
    }
}

diesel::table! {
    applications (id) {
        id -> Text,
        tenant_id -> Text,
        created_by -> Nullable<Text>,
        status -> Text,
        industry_code -> Text,
        use_type -> Text,
        min_area_m2 -> Double,
        max_area_m2 -> Nullable<Double>,
        min_live_load_kn_m2 -> Nullable<Double>,
        min_clear_height_mm -> Nullable<Integer>,
        item_weight_kg -> Nullable<Double>,
        item_length_mm -> Nullable<Integer>,
        item_width_mm -> Nullable<Integer>,
        item_height_mm -> Nullable<Integer>,
        fire_hazard_class -> Text,
        min_power_kva -> Nullable<Double>,
        needs_utility_shaft -> Bool,
        max_rent_fen_m2_day -> Nullable<BigInt>,
        move_in_date -> Date,
        lease_months -> Integer,
        preferred_park_ids -> Text,
        allow_combined_units -> Bool,
        notes -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    leases (id) {
        id -> Text,
        tenant_id -> Text,
        park_id -> Text,
        application_id -> Nullable<Text>,
        status -> Text,
        start_date -> Date,
        end_date -> Date,
        rent_fen_m2_day -> BigInt,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    offers (id) {
        id -> Text,
        application_id -> Text,
        tenant_id -> Text,
        park_id -> Text,
        status -> Text,
        start_date -> Date,
        end_date -> Date,
        rent_fen_m2_day -> BigInt,
        valid_until -> Date,
        lease_id -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    offer_units (offer_id, unit_id) {
        offer_id -> Text,
        unit_id -> Text,
    }
}

diesel::table! {
    lease_units (lease_id, unit_id) {
        lease_id -> Text,
        unit_id -> Text,
    }
}

diesel::table! {
    unit_holds (id) {
        id -> Text,
        unit_id -> Text,
        start_date -> Date,
        end_date -> Date,
        offer_id -> Nullable<Text>,
        lease_id -> Nullable<Text>,
    }
}

diesel::table! {
    audit_events (id) {
        id -> Text,
        at -> Timestamp,
        actor_id -> Nullable<Text>,
        entity_type -> Text,
        entity_id -> Text,
        park_id -> Nullable<Text>,
        action -> Text,
        changes -> Text,
    }
}

diesel::table! {
    match_generation (id) {
        id -> Integer,
        value -> BigInt,
        pruned_below -> BigInt,
    }
}

diesel::table! {
    /// Read and pruned only; the database's triggers write it. It has no
    /// key: `generation` stands in for one.
    catalog_changes (generation) {
        generation -> Nullable<BigInt>,
        unit_id -> Nullable<Text>,
        floor_id -> Nullable<Text>,
    }
}

diesel::joinable!(users -> tenants (tenant_id));
diesel::joinable!(park_operators -> parks (park_id));
diesel::joinable!(park_operators -> users (user_id));
diesel::joinable!(buildings -> parks (park_id));
diesel::joinable!(freight_lifts -> buildings (building_id));
diesel::joinable!(floors -> buildings (building_id));
diesel::joinable!(units -> floors (floor_id));
diesel::joinable!(units -> buildings (building_id));
diesel::joinable!(applications -> tenants (tenant_id));
diesel::joinable!(leases -> tenants (tenant_id));
diesel::joinable!(offer_units -> offers (offer_id));
diesel::joinable!(offer_units -> units (unit_id));
diesel::joinable!(lease_units -> leases (lease_id));
diesel::joinable!(lease_units -> units (unit_id));
diesel::joinable!(unit_holds -> units (unit_id));

diesel::allow_tables_to_appear_in_same_query!(
    tenants,
    users,
    login_failures,
    revoked_tokens,
    known_addresses,
    parks,
    park_operators,
    buildings,
    freight_lifts,
    floors,
    units,
    unit_adjacency,
    applications,
    leases,
    offers,
    offer_units,
    lease_units,
    unit_holds,
    audit_events,
    match_generation,
    catalog_changes,
);
