//! Applications: create, edit (drafts only), and the state transitions.

use serde_json::json;

use crate::leasing::today;

use crate::access::CurrentUser;
use crate::accounts::tenants::store as tenant;
use crate::audit::{self, Entity};
use crate::domain::{Actor, ApplicationAction, ApplicationStatus, OfferStatus, Role, transition};
use crate::leasing::application::model::{CreateApplication, PatchApplication};
use crate::leasing::application::store as application;
use crate::leasing::application::store::Application;
use crate::leasing::offer::store as offer;
use crate::leasing::visible_application;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::{AppError, AppResult};

pub fn create(
    conn: &mut DbConn,
    user: &CurrentUser,
    body: CreateApplication,
) -> AppResult<Application> {
    let tenant_id = match (user.role, body.tenant_id) {
        (Role::Tenant, Some(_)) => {
            return Err(AppError::field(
                "tenant_id",
                "not_allowed",
                "tenants apply for their own organisation",
            ));
        }
        (Role::Tenant, None) => user.tenant_id.ok_or_else(|| {
            AppError::Forbidden("this account belongs to no tenant organisation".into())
        })?,
        (_, Some(t)) => t,
        (_, None) => {
            return Err(AppError::field(
                "tenant_id",
                "required",
                "name the tenant you apply for",
            ));
        }
    };
    if tenant::find(conn, tenant_id)?.is_none() {
        return Err(AppError::field(
            "tenant_id",
            "unknown_tenant",
            format!("no tenant with id {tenant_id}"),
        ));
    }
    let row = body.into_row(tenant_id, user.id);
    application::insert(conn, &row)?;
    audit::record(
        conn,
        Some(user),
        Entity {
            kind: "application",
            id: row.id,
            park_id: None,
        },
        "create",
        json!({"status": row.status}),
    )?;
    Ok(row)
}

fn is_owner(user: &CurrentUser, a: &Application) -> bool {
    user.tenant_id == Some(a.tenant_id)
}

pub fn update(
    conn: &mut DbConn,
    user: &CurrentUser,
    id: Id,
    if_match: &crate::platform::http::etag::IfMatch,
    body: PatchApplication,
) -> AppResult<Application> {
    let mut a = visible_application(conn, user, id)?;
    if_match.check(a.version)?;
    if a.status != ApplicationStatus::Draft {
        return Err(AppError::InvalidTransition(format!(
            "only drafts can be edited; this application is {}",
            a.status
        )));
    }
    body.apply(&mut a);
    if let Some(max) = a.max_area_m2
        && max < a.min_area_m2
    {
        return Err(AppError::field(
            "max_area_m2",
            "order",
            "max_area_m2 must not be below min_area_m2",
        ));
    }
    application::save(conn, &mut a)?;
    audit::record(
        conn,
        Some(user),
        Entity {
            kind: "application",
            id: a.id,
            park_id: None,
        },
        "update",
        json!({"version": a.version}),
    )?;
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
    let mut a = visible_application(conn, user, id)?;
    let actor = if is_owner(user, &a) {
        Actor::Tenant
    } else {
        Actor::Staff
    };
    if actor == Actor::Staff && user.role == Role::Tenant {
        return Err(AppError::not_found("application", id));
    }
    if action == ApplicationAction::Withdraw && actor == Actor::Staff && user.role != Role::Admin {
        return Err(AppError::Forbidden(
            "only the applicant withdraws an application".into(),
        ));
    }
    let to = transition(a.status, action, actor).map_err(AppError::InvalidTransition)?;
    let from = a.status;
    a.status = to;
    application::save(conn, &mut a)?;
    if to == ApplicationStatus::Withdrawn {
        let today = today();
        for mut o in offer::of_application(conn, id)? {
            if o.status == OfferStatus::Open {
                o.status = OfferStatus::Withdrawn;
                offer::save(conn, &mut o)?;
                crate::leasing::close_offer(conn, &o, today)?;
            }
        }
    }
    audit::record(
        conn,
        Some(user),
        Entity {
            kind: "application",
            id: a.id,
            park_id: None,
        },
        action.as_str(),
        json!({"from": from, "to": to}),
    )?;
    Ok(a)
}
