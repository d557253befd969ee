use actix_web::{HttpResponse, get, web};
use utoipa_actix_web::service_config::ServiceConfig;

use super::model::AuditEventOut;
use super::{EntityKind, service};
use crate::access::CurrentUser;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::respond::page;
use crate::platform::http::{Page, Paging, QueryMap};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_audit_events);
}

/// The audit trail, newest first. Admins see everything; operators the
/// events of their parks, and of applications they can see.
#[utoipa::path(tag = "audit", params(("entity_type" = Option<EntityKind>, Query), ("entity_id" = Option<Id>, Query),
    ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<AuditEventOut>)), security(("bearer" = [])))]
#[get("/audit")]
async fn list_audit_events(
    state: web::Data<AppState>,
    user: CurrentUser,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    let entity_type: Option<EntityKind> =
        q.take("entity_type", crate::text!("problem-expected-entity-type"));
    let entity_id: Option<Id> = q.take("entity_id", crate::platform::validation::expected_uuid());
    q.finish()?;
    let rows = db::read(&state.pool, move |c| {
        service::list(c, &user, entity_type, entity_id, paging.window())
    })
    .await?;
    Ok(page::<_, AuditEventOut>(paging, rows))
}
