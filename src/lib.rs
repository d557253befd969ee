//! Upstairs: a REST API for leasing space in industry-upstairs (工业上楼)
//! parks. `routes` is the HTTP edge, `domain` the rules, `db` the storage.

pub mod accounts;
pub mod api;
pub mod audit;
pub mod auth;
pub mod bootstrap;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod http;
pub mod leasing;
pub mod openapi;
pub mod routes;
pub mod startup;
pub mod state;
pub mod telemetry;
