//! One integration binary: every test drives the real server over HTTP
//! against its own fresh database (SQLite, or PostgreSQL when
//! `UPSTAIRS_TEST_POSTGRES_URL` is set).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod access_matrix;
mod applications;
mod audit;
mod auth;
mod authorization;
mod buildings;
mod catalog;
mod demo;
mod errors;
mod floors;
mod freight_lifts;
mod health;
mod helpers;
mod inventory_files;
mod labels;
mod languages;
mod leasing;
mod matching;
mod matching_languages;
mod metrics;
mod parks;
mod reports;
mod reverse_matching;
mod stacking_picture;
mod tenants;
mod time_zones;
mod unit_search;
mod units;
mod users;
mod worked_example;
