use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::Bool;

use crate::access::Visibility;
use crate::domain::{ApplicationStatus, FireHazardClass, UseType};
use crate::platform::db::conn::MultiBackend;
use crate::platform::db::schema::{applications, offers};
use crate::platform::db::{DbConn, Id, IdList, StoreResult, Versioned, Window};

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

impl Versioned for Application {
    const WHAT: &'static str = "application";
    const TABLE: &'static str = "applications";
    fn stamp(&mut self) -> (&mut i32, &mut NaiveDateTime) {
        (&mut self.version, &mut self.updated_at)
    }
    fn write_if_unchanged(&self, conn: &mut DbConn, read_version: i32) -> StoreResult<usize> {
        let unchanged = applications::id
            .eq(self.id)
            .and(applications::version.eq(read_version));
        Ok(diesel::update(applications::table.filter(unchanged))
            .set(self)
            .execute(conn)?)
    }
}

pub struct ListFilter {
    pub status: Option<ApplicationStatus>,
    pub tenant_id: Option<Id>,
}

/// The applications `who` may see that pass `f`, as a query. An operator's
/// parks are matched in the JSON list of preferred parks by their quoted id,
/// which no other id can contain.
fn visible<'a>(who: &Visibility, f: &ListFilter) -> applications::BoxedQuery<'a, MultiBackend> {
    let mut q = applications::table.into_boxed();
    if let Some(s) = f.status {
        q = q.filter(applications::status.eq(s));
    }
    if let Some(t) = f.tenant_id {
        q = q.filter(applications::tenant_id.eq(t));
    }
    match who {
        Visibility::All => q,
        Visibility::Tenant(t) => q.filter(applications::tenant_id.eq(*t)),
        Visibility::Parks { parks, filer } => {
            type Cond =
                Box<dyn BoxableExpression<applications::table, MultiBackend, SqlType = Bool>>;
            let offered = offers::table
                .filter(offers::park_id.eq_any(parks.clone()))
                .select(offers::application_id);
            let mut concerns: Cond = Box::new(
                applications::preferred_park_ids
                    .eq(IdList::default())
                    .or(applications::id.eq_any(offered)),
            );
            for p in parks {
                let quoted = format!("%\"{p}\"%");
                concerns = Box::new(concerns.or(applications::preferred_park_ids.like(quoted)));
            }
            let open: Cond = Box::new(
                applications::status
                    .ne(ApplicationStatus::Draft)
                    .and(concerns),
            );
            match filer {
                // What the operator filed itself, drafts included (NULL when
                // someone else filed it: not seen through this arm).
                Some(f) => q.filter(open.or(applications::created_by.eq(*f).assume_not_null())),
                None => q.filter(open),
            }
        }
    }
}

/// One window of what `who` may see, newest first.
pub fn list(
    conn: &mut DbConn,
    who: &Visibility,
    f: &ListFilter,
    window: Window,
) -> StoreResult<(Vec<Application>, i64)> {
    let total = visible(who, f).count().get_result(conn)?;
    let items = visible(who, f)
        .order((applications::created_at.desc(), applications::id.desc()))
        .limit(window.limit)
        .offset(window.offset)
        .load(conn)?;
    Ok((items, total))
}

/// The tenants of every application `who` may see.
pub fn tenant_ids(conn: &mut DbConn, who: &Visibility) -> StoreResult<Vec<Id>> {
    let all = ListFilter {
        status: None,
        tenant_id: None,
    };
    Ok(visible(who, &all)
        .select(applications::tenant_id)
        .distinct()
        .load(conn)?)
}

/// The id and version of every application `who` may see that awaits an
/// offer (submitted or under review), newest first: what a cache of their
/// requirements checks itself against (every write to an application
/// raises its version).
pub fn awaiting_versions(conn: &mut DbConn, who: &Visibility) -> StoreResult<Vec<(Id, i32)>> {
    let any = ListFilter {
        status: None,
        tenant_id: None,
    };
    Ok(visible(who, &any)
        .filter(applications::status.eq_any(ApplicationStatus::AWAITING_OFFER))
        .order((applications::created_at.desc(), applications::id.desc()))
        .select((applications::id, applications::version))
        .load(conn)?)
}

/// The applications with these ids, in no particular order.
pub fn by_ids(conn: &mut DbConn, ids: &[Id]) -> StoreResult<Vec<Application>> {
    let mut out = Vec::with_capacity(ids.len());
    // Well under SQLite's limit on bound parameters.
    for chunk in ids.chunks(500) {
        out.extend(
            applications::table
                .filter(applications::id.eq_any(chunk.to_vec()))
                .load::<Application>(conn)?,
        );
    }
    Ok(out)
}

/// The applications `who` may see that still want space, oldest first.
pub fn open(conn: &mut DbConn, who: &Visibility) -> StoreResult<Vec<Application>> {
    let any = ListFilter {
        status: None,
        tenant_id: None,
    };
    Ok(visible(who, &any)
        .filter(applications::status.eq_any(ApplicationStatus::OPEN))
        .order(applications::id.asc())
        .load(conn)?)
}
