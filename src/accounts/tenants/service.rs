//! Tenant organisations: registered by themselves (`/auth/register`) or
//! recorded by staff for a direct lease; changed by their own users.

use std::collections::BTreeSet;

use super::model::{NewOrganization, PatchTenant, TenantOut};
use super::store::{self, Tenant};
use crate::access::{self, CurrentUser, Tenants};
use crate::audit::{self, Entity, EntityKind};
use crate::leasing::{application, lease};
use crate::platform::db::{DbConn, Expected, Id, Versioned, Window};
use crate::platform::error::{AppError, AppResult};

fn entity(t: &Tenant) -> Entity {
    Entity::new(EntityKind::Tenant, t.id, None)
}

fn credit_code_conflict() -> AppError {
    AppError::Conflict(crate::text!("problem-credit-code-taken"))
}

/// Tenants an operator deals with: those with an application they can see
/// or a lease in their parks.
fn dealt_with(c: &mut DbConn, user: &CurrentUser) -> AppResult<BTreeSet<Id>> {
    let mut ids: BTreeSet<Id> = application::store::tenant_ids(c, &access::applications(user))?
        .into_iter()
        .collect();
    ids.extend(lease::store::tenant_ids(c, &access::deals(user))?);
    // Those they recorded themselves, before any lease or application.
    ids.extend(store::recorded_by(c, user.id)?);
    Ok(ids)
}

/// Refuses a request naming a tenant that does not exist (422 on `tenant_id`).
pub fn require_known(c: &mut DbConn, id: Id) -> AppResult<()> {
    match Tenant::find(c, id)? {
        Some(_) => Ok(()),
        None => Err(AppError::field(
            "tenant_id",
            "unknown_tenant",
            crate::text!("problem-unknown-tenant", id = id.to_string()),
        )),
    }
}

/// The tenant, if the caller may see it; 404 otherwise.
pub fn visible(c: &mut DbConn, user: &CurrentUser, id: Id) -> AppResult<Tenant> {
    let not_found = || AppError::not_found(Tenant::WHAT, id);
    let t = Tenant::find(c, id)?.ok_or_else(not_found)?;
    let ok = match access::tenants(user) {
        Tenants::All => true,
        Tenants::Own(own) => own == Some(id),
        Tenants::DealtWith => dealt_with(c, user)?.contains(&id),
    };
    if ok { Ok(t) } else { Err(not_found()) }
}

pub fn list(c: &mut DbConn, user: &CurrentUser, window: Window) -> AppResult<(Vec<Tenant>, i64)> {
    let only: Option<Vec<Id>> = match access::tenants(user) {
        Tenants::All => None,
        Tenants::Own(own) => Some(own.into_iter().collect()),
        Tenants::DealtWith => Some(dealt_with(c, user)?.into_iter().collect()),
    };
    Ok(store::list(c, only.as_deref(), window)?)
}

/// Records an organisation that has not registered itself. Staff only.
pub fn create(c: &mut DbConn, user: &CurrentUser, new: NewOrganization) -> AppResult<Tenant> {
    user.require_staff(crate::text!("problem-tenants-register-themselves"))?;
    let mut row = new.into_row();
    row.created_by = Some(user.id);
    if let Some(code) = &row.credit_code
        && store::credit_code_taken(c, code, None)?
    {
        return Err(credit_code_conflict());
    }
    row.insert(c)?;
    audit::created(c, user, entity(&row), &TenantOut::from(row.clone()))?;
    Ok(row)
}

/// Changes an organisation: its own users, or an admin.
pub fn update(
    c: &mut DbConn,
    user: &CurrentUser,
    id: Id,
    expected: &Expected,
    change: PatchTenant,
) -> AppResult<Tenant> {
    Tenant::lock(c, id)?;
    let mut row = visible(c, user, id)?;
    access::require_tenant_editor(user, id)?;
    expected.check(Tenant::WHAT, row.version)?;
    let before = TenantOut::from(row.clone());
    change.apply(&mut row);
    if let Some(code) = &row.credit_code
        && store::credit_code_taken(c, code, Some(id))?
    {
        return Err(credit_code_conflict());
    }
    row.save(c)?;
    audit::updated(
        c,
        user,
        entity(&row),
        &before,
        &TenantOut::from(row.clone()),
    )?;
    Ok(row)
}
