use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::domain::{ApplicationStatus, FireHazardClass, UseType};
use crate::platform::db::schema::applications;
use crate::platform::db::{DbConn, Id, IdList};
use crate::platform::error::AppResult;
use crate::platform::http::Paging;

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset, Identifiable)]
#[diesel(table_name = applications, treat_none_as_null = true)]
pub struct Application {
    pub id: Id,
    pub tenant_id: Id,
    pub created_by: Option<Id>,
    pub status: ApplicationStatus,
    pub industry_code: String,
    pub use_type: UseType,
    pub min_area_m2: f64,
    pub max_area_m2: Option<f64>,
    pub min_live_load_kn_m2: Option<f64>,
    pub min_clear_height_mm: Option<i32>,
    pub item_weight_kg: Option<f64>,
    pub item_length_mm: Option<i32>,
    pub item_width_mm: Option<i32>,
    pub item_height_mm: Option<i32>,
    pub fire_hazard_class: FireHazardClass,
    pub min_power_kva: Option<f64>,
    pub needs_utility_shaft: bool,
    pub max_rent_fen_m2_day: Option<i64>,
    pub move_in_date: NaiveDate,
    pub lease_months: i32,
    pub preferred_park_ids: IdList,
    pub allow_combined_units: bool,
    pub notes: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::versioned_table!(applications, Application, "application");

/// Which applications a caller sees.
#[derive(Debug, Clone)]
pub enum Visibility {
    All,
    /// A tenant organisation's own.
    Tenant(Id),
    /// An operator: non-draft applications that prefer one of these parks,
    /// name no park at all, or have an offer in one of them.
    Parks(Vec<Id>),
}

impl Visibility {
    pub fn allows(&self, a: &Application, offer_parks: &[Id]) -> bool {
        match self {
            Self::All => true,
            Self::Tenant(t) => a.tenant_id == *t,
            Self::Parks(parks) => {
                a.status != ApplicationStatus::Draft
                    && (a.preferred_park_ids.0.is_empty()
                        || a.preferred_park_ids.0.iter().any(|p| parks.contains(p))
                        || offer_parks.iter().any(|p| parks.contains(p)))
            }
        }
    }
}

pub struct ListFilter {
    pub status: Option<ApplicationStatus>,
    pub tenant_id: Option<Id>,
}

/// Lists what `who` may see. Operator visibility depends on a JSON list, so
/// it is filtered here rather than in SQL; the volume of applications per
/// deployment is small next to units.
pub fn list(
    conn: &mut DbConn,
    who: &Visibility,
    f: &ListFilter,
    paging: Paging,
) -> AppResult<(Vec<Application>, i64)> {
    let mut q = applications::table.into_boxed();
    if let Some(s) = f.status {
        q = q.filter(applications::status.eq(s));
    }
    if let Some(t) = f.tenant_id {
        q = q.filter(applications::tenant_id.eq(t));
    }
    if let Visibility::Tenant(t) = who {
        q = q.filter(applications::tenant_id.eq(*t));
    }
    let rows: Vec<Application> = q
        .order((applications::created_at.desc(), applications::id.desc()))
        .load(conn)?;
    let offer_parks = crate::leasing::offer::store::parks_by_application(conn)?;
    let visible: Vec<Application> = rows
        .into_iter()
        .filter(|a| who.allows(a, offer_parks.get(&a.id).map(Vec::as_slice).unwrap_or(&[])))
        .collect();
    let total = visible.len() as i64;
    let page = visible
        .into_iter()
        .skip(paging.offset() as usize)
        .take(paging.per_page as usize)
        .collect();
    Ok((page, total))
}

/// Applications that still want space.
pub fn open(conn: &mut DbConn) -> AppResult<Vec<Application>> {
    Ok(applications::table
        .filter(applications::status.eq_any([
            ApplicationStatus::Submitted,
            ApplicationStatus::UnderReview,
            ApplicationStatus::Offered,
        ]))
        .order(applications::id.asc())
        .load(conn)?)
}
