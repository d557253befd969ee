//! Upstairs: a REST API for leasing space in industry-upstairs (工业上楼)
//! parks.
//!
//! One folder per capability (`inventory`, `leasing`, `accounts`, `reports`,
//! `matching`, `audit`); inside it, one role per file: `http.rs` the edge,
//! `service.rs` the use cases, `store.rs` the queries, `model.rs` the JSON
//! shapes. `domain` holds the pure rules every slice shares, `access` every
//! visibility rule, `platform` what all slices stand on. `docs/architecture.md`
//! draws it; `.ci/check-layers` keeps each file in its role.

pub mod access;
pub mod accounts;
pub mod audit;
pub mod bootstrap;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod i18n;
pub mod inventory;
pub mod labels;
pub mod leasing;
pub mod matching;
pub mod openapi;
pub mod platform;
pub mod reports;
pub mod routes;
pub mod startup;
pub mod state;
pub mod telemetry;
