//! Every route of the API, registered in one place. Handlers are thin:
//! extract, authorise, call storage and domain rules, map to JSON.

pub mod applications;
pub mod audit;
pub mod auth;
pub mod buildings;
pub mod floors;
pub mod freight_lifts;
pub mod health;
pub mod leases;
pub mod matching;
pub mod offers;
pub mod operators;
pub mod parks;
pub mod reports;
pub mod tenants;
pub mod units;
pub mod users;

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use serde::Serialize;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::http::etag::etag;

/// Routes under `/api/v1`.
pub fn configure_v1(cfg: &mut ServiceConfig) {
    cfg.configure(auth::configure)
        .configure(users::configure)
        .configure(parks::configure)
        .configure(operators::configure)
        .configure(buildings::configure)
        .configure(freight_lifts::configure)
        .configure(floors::configure)
        .configure(units::configure)
        .configure(applications::configure)
        .configure(offers::configure)
        .configure(leases::configure)
        .configure(tenants::configure)
        .configure(audit::configure)
        .configure(reports::configure)
        .configure(matching::configure);
}

/// 201 with `Location` and `ETag`.
pub fn created<T: Serialize>(location: String, version: i32, body: &T) -> HttpResponse {
    HttpResponse::build(StatusCode::CREATED)
        .insert_header((header::LOCATION, location))
        .insert_header((header::ETAG, etag(version)))
        .json(body)
}

/// 200 with `ETag`.
pub fn ok_tagged<T: Serialize>(version: i32, body: &T) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::ETAG, etag(version)))
        .json(body)
}
