//! Applications: create, edit (drafts only), and the state transitions.

use serde_json::json;

use super::model::{CreateApplication, PatchApplication};
use super::store::{self, Application, ListFilter};
use crate::access::{self, CurrentUser};
use crate::accounts::tenants;
use crate::audit::{self, Action, Entity, EntityKind};
use crate::domain::{Actor, ApplicationAction, ApplicationStatus, OfferStatus, transition};
use crate::inventory::park::calendar::park_today;
use crate::leasing::offer::store as offer_store;
use crate::leasing::upkeep::close_offer;
use crate::platform::db::{DbConn, Expected, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};

fn entity(a: &Application) -> Entity {
    Entity::new(EntityKind::Application, a.id, None)
}

/// The application, if the caller may see it; 404 otherwise (never reveal).
pub fn visible(conn: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Application> {
    let not_found = || AppError::not_found(Application::WHAT, id);
    let a = Application::find(conn, id)?.ok_or_else(not_found)?;
    let offer_parks: Vec<Id> = offer_store::of_application(conn, id)?
        .into_iter()
        .map(|o| o.park_id)
        .collect();
    if access::applications(user).allows(&a, &offer_parks) {
        Ok(a)
    } else {
        Err(not_found())
    }
}

pub fn list(
    conn: &mut DbConn,
    user: &CurrentUser,
    filter: &ListFilter,
    window: Window,
) -> AppResult<(Vec<Application>, i64)> {
    Ok(store::list(
        conn,
        &access::applications(user),
        filter,
        window,
    )?)
}

pub fn create(
    conn: &mut DbConn,
    user: &CurrentUser,
    body: CreateApplication,
) -> AppResult<Application> {
    let tenant_id = access::files_for(user, body.tenant_id)?;
    access::may_prefer(user, body.preferred_park_ids.as_deref().unwrap_or_default())?;
    tenants::service::require_known(conn, tenant_id)?;
    let row = body.into_row(tenant_id, user.id);
    row.insert(conn)?;
    let changes = json!({"status": row.status});
    audit::record(conn, Some(user), entity(&row), Action::Create, changes)?;
    Ok(row)
}

pub fn update(
    conn: &mut DbConn,
    user: &CurrentUser,
    id: Id,
    expected: &Expected,
    change: PatchApplication,
) -> AppResult<Application> {
    Application::lock(conn, id)?;
    let mut a = visible(conn, user, id)?;
    expected.check(Application::WHAT, a.version)?;
    if a.status != ApplicationStatus::Draft {
        return Err(AppError::InvalidTransition(crate::text!(
            "problem-application-not-draft",
            status = a.status.label()
        )));
    }
    change.apply(&mut a);
    access::may_prefer(user, &a.preferred_park_ids.0)?;
    if let Some(max) = a.max_area_m2
        && max < a.min_area_m2
    {
        return Err(AppError::field(
            "max_area_m2",
            "order",
            crate::text!("problem-max-area-below-min"),
        ));
    }
    a.save(conn)?;
    let changes = json!({"version": a.version});
    audit::record(conn, Some(user), entity(&a), Action::Update, changes)?;
    Ok(a)
}

/// Applies `action`; the actor is staff when the caller manages a park the
/// application concerns (or is an admin), the tenant when it is theirs.
pub fn act(
    conn: &mut DbConn,
    user: &CurrentUser,
    id: Id,
    action: ApplicationAction,
) -> AppResult<Application> {
    Application::lock(conn, id)?;
    let mut a = visible(conn, user, id)?;
    let actor = access::actor_on(user, &a)?;
    if action == ApplicationAction::Withdraw && actor == Actor::Staff && !user.is_admin() {
        return Err(AppError::Forbidden(crate::text!(
            "problem-applicant-withdraws"
        )));
    }
    if action == ApplicationAction::Reject && actor == Actor::Staff {
        access::may_reject(user, &a.preferred_park_ids.0, a.created_by)?;
    }
    let to = transition(a.status, action, actor).map_err(AppError::InvalidTransition)?;
    let from = a.status;
    a.status = to;
    a.save(conn)?;
    if to == ApplicationStatus::Withdrawn {
        let at = crate::platform::time::now();
        for mut o in offer_store::of_application(conn, id)? {
            if o.status == OfferStatus::Open {
                let today = park_today(conn, o.park_id, at)?;
                o.status = OfferStatus::Withdrawn;
                o.save(conn)?;
                close_offer(conn, &o, today)?;
            }
        }
    }
    let changes = json!({"from": from, "to": to});
    audit::record(conn, Some(user), entity(&a), action.into(), changes)?;
    Ok(a)
}
