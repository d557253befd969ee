//! Success answers: a page of a list, and single records with their
//! version as an `ETag`.

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use serde::Serialize;

use super::Paging;
use super::etag::etag;

/// 200 with one page of `rows`, each shown as `O`.
pub fn page<T, O: From<T> + Serialize>(
    paging: Paging,
    (rows, total): (Vec<T>, i64),
) -> HttpResponse {
    HttpResponse::Ok().json(paging.wrap(rows.into_iter().map(O::from).collect(), total))
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

/// 204.
pub fn no_content() -> HttpResponse {
    HttpResponse::NoContent().finish()
}
