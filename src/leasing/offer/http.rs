use actix_web::{HttpResponse, get, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::{CreateOffer, OfferOut};
use super::service;
use crate::access::CurrentUser;
use crate::domain::OfferStatus;
use crate::inventory::park::calendar::{Calendar, park_today};
use crate::leasing::offer::store::Offer;
use crate::leasing::upkeep;
use crate::platform::db::{self, DbConn, Id};
use crate::platform::error::AppResult;
use crate::platform::http::respond::{created, ok_tagged};
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::platform::time;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(create_offer)
        .service(list_application_offers)
        .service(get_offer)
        .service(accept_offer)
        .service(decline_offer)
        .service(withdraw_offer);
}

/// Offers units to the application's tenant and holds them (`reserved`).
/// 409 `unit_unavailable` when a unit is already offered or leased for an
/// overlapping period.
#[utoipa::path(tag = "offers and leases", params(("application_id" = Id, Path)), request_body = CreateOffer,
    responses((status = 201, body = OfferOut)), security(("bearer" = [])))]
#[post("/applications/{application_id}/offers")]
async fn create_offer(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    ValidJson(body): ValidJson<CreateOffer>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    upkeep::sweep(&state.pool).await?;
    let (o, units, today) = db::write(&state.pool, move |c| {
        let made = service::create(c, &user, id, body)?;
        with_park_today(c, made)
    })
    .await?;
    let version = o.version;
    Ok(created(
        format!("/api/v1/offers/{}", o.id),
        version,
        &OfferOut::new(o, units, today),
    ))
}

/// The offers made on an application.
#[utoipa::path(tag = "offers and leases", params(("application_id" = Id, Path), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<OfferOut>)),
    security(("bearer" = [])))]
#[get("/applications/{application_id}/offers")]
async fn list_application_offers(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let (offers, total, calendar) = db::read(&state.pool, move |c| {
        let (offers, total) = service::of_application(c, &user, id, paging.window())?;
        Ok((offers, total, Calendar::load(c, time::now())?))
    })
    .await?;
    let items: Vec<OfferOut> = offers
        .into_iter()
        .map(|(o, units)| {
            let today = calendar.today(o.park_id);
            OfferOut::new(o, units, today)
        })
        .collect();
    Ok(HttpResponse::Ok().json(paging.wrap(items, total)))
}

/// One offer: its tenant, its park's operators, admins.
#[utoipa::path(tag = "offers and leases", params(("offer_id" = Id, Path)), responses((status = 200, body = OfferOut)),
    security(("bearer" = [])))]
#[get("/offers/{offer_id}")]
async fn get_offer(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (o, units, today) = db::read(&state.pool, move |c| {
        let found = service::get(c, &user, id)?;
        with_park_today(c, found)
    })
    .await?;
    Ok(ok_tagged(o.version, &OfferOut::new(o, units, today)))
}

/// The tenant accepts: the lease is created and the application is `leased`.
#[utoipa::path(tag = "offers and leases", params(("offer_id" = Id, Path)), responses((status = 200, body = OfferOut)),
    security(("bearer" = [])))]
#[post("/offers/{offer_id}/accept")]
async fn accept_offer(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    upkeep::sweep(&state.pool).await?;
    let (o, units, today) = db::write(&state.pool, move |c| {
        let (o, _, units) = service::accept(c, &user, id)?;
        with_park_today(c, (o, units))
    })
    .await?;
    Ok(ok_tagged(o.version, &OfferOut::new(o, units, today)))
}

async fn close(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: Id,
    to: OfferStatus,
) -> AppResult<HttpResponse> {
    upkeep::sweep(&state.pool).await?;
    let (o, units, today) = db::write(&state.pool, move |c| {
        let closed = service::close(c, &user, id, to)?;
        with_park_today(c, closed)
    })
    .await?;
    Ok(ok_tagged(o.version, &OfferOut::new(o, units, today)))
}

/// An offer is shown with its status as of its park's date.
fn with_park_today(
    c: &mut DbConn,
    (o, units): (Offer, Vec<Id>),
) -> AppResult<(Offer, Vec<Id>, chrono::NaiveDate)> {
    let today = park_today(c, o.park_id, time::now())?;
    Ok((o, units, today))
}

/// The tenant declines; the units are free again.
#[utoipa::path(tag = "offers and leases", params(("offer_id" = Id, Path)), responses((status = 200, body = OfferOut)),
    security(("bearer" = [])))]
#[post("/offers/{offer_id}/decline")]
async fn decline_offer(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    close(state, user, id.into_inner(), OfferStatus::Declined).await
}

/// The park's operator withdraws; the units are free again.
#[utoipa::path(tag = "offers and leases", params(("offer_id" = Id, Path)), responses((status = 200, body = OfferOut)),
    security(("bearer" = [])))]
#[post("/offers/{offer_id}/withdraw")]
async fn withdraw_offer(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    close(state, user, id.into_inner(), OfferStatus::Withdrawn).await
}
