//! The caller and every rule of who may see and change what, in one place.
//! Services ask here; no other file matches on a role.
//!
//! Records a caller may not see answer 404, as if absent (never reveal);
//! public records a caller may read but not change answer 403.

use crate::domain::{Actor, Role};
use crate::leasing::application::store::Application;
use crate::platform::db::Id;
use crate::platform::error::{AppError, AppResult};

#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: Id,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub tenant_id: Option<Id>,
    /// Parks an operator manages (empty for other roles).
    pub park_ids: Vec<Id>,
    /// The token this request came with: its id and expiry, for logout.
    pub token: Option<(Id, i64)>,
}

/// A caller who may or may not have sent a token (public endpoints). A token
/// that is sent must be valid: a bad one is 401, not silently anonymous.
pub struct MaybeUser(pub Option<CurrentUser>);

impl CurrentUser {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Park staff: admins and operators.
    pub fn is_staff(&self) -> bool {
        self.role != Role::Tenant
    }

    pub fn require_admin(&self) -> AppResult<()> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(AppError::Forbidden(crate::text!("problem-admin-only")))
        }
    }

    /// 403 for tenants; `why` tells them who may.
    pub fn require_staff(&self, why: impl Into<crate::i18n::Text>) -> AppResult<()> {
        if self.is_staff() {
            Ok(())
        } else {
            Err(AppError::Forbidden(why.into()))
        }
    }

    /// Admins manage every park, operators those assigned to them.
    pub fn manages_park(&self, park_id: Id) -> bool {
        self.role == Role::Admin
            || (self.role == Role::Operator && self.park_ids.contains(&park_id))
    }

    pub fn require_park(&self, park_id: Id) -> AppResult<()> {
        if self.manages_park(park_id) {
            Ok(())
        } else {
            Err(AppError::Forbidden(crate::text!("problem-not-your-park")))
        }
    }

    /// Acts for this tenant organisation: its own users, and admins.
    pub fn acts_for_tenant(&self, tenant_id: Id) -> bool {
        self.tenant_id == Some(tenant_id) || self.is_admin()
    }
}

/// Which applications a caller sees.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Visibility {
    All,
    /// A tenant organisation's own.
    Tenant(Id),
    /// An operator: non-draft applications that prefer one of these parks,
    /// name no park at all, or have an offer in one of them; and those it
    /// filed itself, drafts included.
    Parks {
        parks: Vec<Id>,
        filer: Option<Id>,
    },
}

impl Visibility {
    /// Whether `a` is visible, given the parks its offers are in.
    pub fn allows(&self, a: &Application, offer_parks: &[Id]) -> bool {
        match self {
            Self::All => true,
            Self::Tenant(t) => a.tenant_id == *t,
            Self::Parks { parks, filer } => {
                (filer.is_some() && a.created_by == *filer)
                    || (a.status != crate::domain::ApplicationStatus::Draft
                        && (a.preferred_park_ids.0.is_empty()
                            || a.preferred_park_ids.0.iter().any(|p| parks.contains(p))
                            || offer_parks.iter().any(|p| parks.contains(p))))
            }
        }
    }
}

pub fn applications(user: &CurrentUser) -> Visibility {
    match (user.role, user.tenant_id) {
        (Role::Admin, _) => Visibility::All,
        (Role::Tenant, Some(t)) => Visibility::Tenant(t),
        (Role::Operator, _) => Visibility::Parks {
            parks: user.park_ids.clone(),
            filer: Some(user.id),
        },
        // A tenant user without an organisation sees nothing.
        (Role::Tenant, None) => Visibility::Parks {
            parks: Vec::new(),
            filer: None,
        },
    }
}

/// The caller's part in an application it can see; a tenant user of another
/// organisation has none (404).
pub fn actor_on(user: &CurrentUser, a: &Application) -> AppResult<Actor> {
    if user.tenant_id == Some(a.tenant_id) {
        Ok(Actor::Tenant)
    } else if user.is_staff() {
        Ok(Actor::Staff)
    } else {
        Err(AppError::not_found("application", a.id))
    }
}

/// Rejecting closes an application for every park. An operator does it only
/// when every park the application names is its own, or when it filed the
/// application; one naming no park is open to all parks, so only an admin
/// rejects it. The others simply make no offer.
pub fn may_reject(user: &CurrentUser, parks: &[Id], filed_by: Option<Id>) -> AppResult<()> {
    let ok = user.is_admin()
        || (user.role == Role::Operator
            && (filed_by == Some(user.id)
                || (!parks.is_empty() && parks.iter().all(|p| user.manages_park(*p)))));
    if ok {
        Ok(())
    } else {
        Err(AppError::Forbidden(crate::text!(
            "problem-reject-other-parks"
        )))
    }
}

/// The tenant an application is filed for: a tenant user files for their
/// own organisation; staff name the tenant.
pub fn files_for(user: &CurrentUser, named: Option<Id>) -> AppResult<Id> {
    match (user.is_staff(), named) {
        (false, Some(_)) => Err(AppError::field(
            "tenant_id",
            "not_allowed",
            crate::text!("problem-tenant-applies-for-itself"),
        )),
        (false, None) => user
            .tenant_id
            .ok_or_else(|| AppError::Forbidden(crate::text!("problem-no-tenant-organisation"))),
        (true, Some(t)) => Ok(t),
        (true, None) => Err(AppError::field(
            "tenant_id",
            "required",
            crate::text!("problem-name-the-tenant"),
        )),
    }
}

/// An operator files (or edits) an application on a tenant's behalf only
/// for its own parks: the application must name one of them, or no park.
pub fn may_prefer(user: &CurrentUser, preferred_parks: &[Id]) -> AppResult<()> {
    if user.role != Role::Operator
        || preferred_parks.is_empty()
        || preferred_parks.iter().any(|p| user.manages_park(*p))
    {
        Ok(())
    } else {
        Err(AppError::Forbidden(crate::text!(
            "problem-operator-own-parks"
        )))
    }
}

/// Which offers and leases a caller sees: their tenant's, their parks', all.
#[derive(Debug, Clone)]
pub enum Scope {
    All,
    Tenant(Id),
    Parks(Vec<Id>),
}

pub fn deals(user: &CurrentUser) -> Scope {
    match (user.role, user.tenant_id) {
        (Role::Admin, _) => Scope::All,
        (Role::Operator, _) => Scope::Parks(user.park_ids.clone()),
        (Role::Tenant, Some(t)) => Scope::Tenant(t),
        (Role::Tenant, None) => Scope::Parks(Vec::new()),
    }
}

/// An offer or a lease: its tenant, its park's operators, admins.
pub fn sees_deal(user: &CurrentUser, park_id: Id, tenant_id: Id) -> bool {
    match deals(user) {
        Scope::All => true,
        Scope::Tenant(t) => t == tenant_id,
        Scope::Parks(parks) => parks.contains(&park_id),
    }
}

/// Which tenant organisations a caller sees.
#[derive(Debug, Clone)]
pub enum Tenants {
    All,
    /// A tenant user's own organisation (none: sees nothing).
    Own(Option<Id>),
    /// An operator: tenants with an application it sees or a lease in its
    /// parks (`applications(user)`, `deals(user)`).
    DealtWith,
}

pub fn tenants(user: &CurrentUser) -> Tenants {
    match user.role {
        Role::Admin => Tenants::All,
        Role::Operator => Tenants::DealtWith,
        Role::Tenant => Tenants::Own(user.tenant_id),
    }
}

/// A tenant's details are changed by its own users or an admin.
pub fn require_tenant_editor(user: &CurrentUser, tenant_id: Id) -> AppResult<()> {
    if user.acts_for_tenant(tenant_id) {
        Ok(())
    } else {
        Err(AppError::Forbidden(crate::text!("problem-tenant-editor")))
    }
}

/// What only a park's staff may read about it (its occupancy, its
/// operators): 404 to everyone else, as if there were nothing. The park
/// itself is public; these are not.
pub fn require_park_staff(user: &CurrentUser, park_id: Id) -> AppResult<()> {
    if user.manages_park(park_id) {
        Ok(())
    } else {
        Err(AppError::NotFound(crate::text!(
            "problem-park-hidden",
            park_id = park_id.to_string()
        )))
    }
}

/// A user account is seen by its owner and admins; others get 404.
pub fn require_user(user: &CurrentUser, user_id: Id) -> AppResult<()> {
    if user.is_admin() || user.id == user_id {
        Ok(())
    } else {
        Err(AppError::not_found("user", user_id))
    }
}

/// Which audit events a caller reads.
#[derive(Debug, Clone)]
pub enum AuditScope {
    All,
    /// Events of these parks.
    Parks(Vec<Id>),
    /// An application's events (they carry no park): readable by whoever
    /// sees the application.
    Application(Id),
}

/// Admins read everything; operators their parks' events, and those of
/// an application they ask for by id; tenants nothing (403).
pub fn audit(user: &CurrentUser, application: Option<Id>) -> AppResult<AuditScope> {
    user.require_staff(crate::text!("problem-audit-staff-only"))?;
    Ok(match (user.is_admin(), application) {
        (true, _) => AuditScope::All,
        (false, Some(id)) => AuditScope::Application(id),
        (false, None) => AuditScope::Parks(user.park_ids.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role, tenant_id: Option<Id>, park_ids: Vec<Id>) -> CurrentUser {
        CurrentUser {
            id: Id::new(),
            email: "someone@example.com".into(),
            display_name: "Someone".into(),
            role,
            tenant_id,
            park_ids,
            token: None,
        }
    }

    #[test]
    fn deals_are_seen_by_their_tenant_their_parks_operators_and_admins() {
        let (park, other_park, tenant, other_tenant) = (Id::new(), Id::new(), Id::new(), Id::new());
        assert!(sees_deal(&user(Role::Admin, None, vec![]), park, tenant));
        assert!(sees_deal(
            &user(Role::Operator, None, vec![park]),
            park,
            tenant
        ));
        assert!(!sees_deal(
            &user(Role::Operator, None, vec![other_park]),
            park,
            tenant
        ));
        assert!(sees_deal(
            &user(Role::Tenant, Some(tenant), vec![]),
            park,
            tenant
        ));
        assert!(!sees_deal(
            &user(Role::Tenant, Some(other_tenant), vec![]),
            park,
            tenant
        ));
        assert!(!sees_deal(&user(Role::Tenant, None, vec![]), park, tenant));
    }

    #[test]
    fn an_operator_rejects_only_applications_wholly_for_its_parks() {
        let (mine, theirs) = (Id::new(), Id::new());
        let op = user(Role::Operator, None, vec![mine]);
        let rejects = |parks: &[Id], filed_by| may_reject(&op, parks, filed_by).is_ok();
        assert!(rejects(&[mine], None));
        assert!(!rejects(&[mine, theirs], None));
        assert!(!rejects(&[], None));
        assert!(rejects(&[], Some(op.id)));
        assert!(may_reject(&user(Role::Admin, None, vec![]), &[], None).is_ok());
        let tenant = user(Role::Tenant, Some(Id::new()), vec![]);
        assert!(may_reject(&tenant, &[], Some(tenant.id)).is_err());
    }

    #[test]
    fn only_staff_name_the_tenant_they_file_for() {
        let t = Id::new();
        let tenant_user = user(Role::Tenant, Some(t), vec![]);
        assert_eq!(files_for(&tenant_user, None).ok(), Some(t));
        assert!(files_for(&tenant_user, Some(Id::new())).is_err());
        let operator = user(Role::Operator, None, vec![Id::new()]);
        assert_eq!(files_for(&operator, Some(t)).ok(), Some(t));
        assert!(files_for(&operator, None).is_err());
    }

    #[test]
    fn operators_manage_only_their_parks() {
        let park = Id::new();
        assert!(user(Role::Operator, None, vec![park]).manages_park(park));
        assert!(!user(Role::Operator, None, vec![]).manages_park(park));
        assert!(user(Role::Admin, None, vec![]).manages_park(park));
        assert!(!user(Role::Tenant, None, vec![park]).manages_park(park));
    }
}
