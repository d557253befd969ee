use actix_web::{HttpResponse, get, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::access::CurrentUser;
use crate::audit::model::AuditEventOut;
use crate::audit::store as audit;
use crate::audit::store::Filter;
use crate::domain::Role;
use crate::leasing;
use crate::platform::db;
use crate::platform::db::Id;
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::{Page, Paging, QueryMap};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_audit_events);
}

/// The audit trail, newest first. Admins see everything; operators the
/// events of their parks, and of applications they can see.
#[utoipa::path(tag = "audit", params(("entity_type" = Option<String>, Query), ("entity_id" = Option<Id>, Query),
    ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<AuditEventOut>)), security(("bearer" = [])))]
#[get("/audit")]
async fn list_audit_events(
    state: web::Data<AppState>,
    user: CurrentUser,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    if user.role == Role::Tenant {
        return Err(AppError::Forbidden(
            "the audit trail is for park staff".into(),
        ));
    }
    let paging = Paging::from_query(&mut q);
    let entity_type: Option<String> = q.take("entity_type", "an entity type");
    let entity_id: Option<Id> = q.take("entity_id", "a UUID");
    q.finish()?;
    let page = db::read(&state.pool, move |c| {
        let parks = match (user.role, entity_type.as_deref(), entity_id) {
            (Role::Admin, _, _) => None,
            // Applications span parks: their events carry no park, so an
            // operator reads them through the application's own visibility.
            (_, Some("application"), Some(id)) => {
                leasing::visible_application(c, &user, id)?;
                None
            }
            _ => Some(user.park_ids.clone()),
        };
        let filter = Filter {
            entity_type,
            entity_id,
            parks,
        };
        let (rows, total) = audit::list(c, &filter, paging)?;
        Ok(paging.wrap(rows.into_iter().map(AuditEventOut::from).collect(), total))
    })
    .await?;
    Ok(HttpResponse::Ok().json(page))
}
