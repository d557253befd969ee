//! Leases: made directly or by accepting an offer, ended early by termination.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::{Validate, ValidationError};

use crate::domain::LeaseStatus;
use crate::domain::limits as L;
use crate::leasing::lease::store::Lease;
use crate::platform::db::Id;
use crate::platform::time::utc;
use crate::platform::validation::{error, unique_ids};

fn lease_dates(l: &CreateLease) -> Result<(), ValidationError> {
    if l.end_date <= l.start_date {
        return Err(error("order", crate::text!("problem-end-before-start")));
    }
    Ok(())
}

/// A lease made directly by an operator, without an application.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[validate(schema(function = "lease_dates", skip_on_field_errors = true))]
pub struct CreateLease {
    pub tenant_id: Id,
    #[validate(length(min = 1, max = L::UNITS_PER_DEAL_MAX), custom(function = "unique_ids"))]
    pub unit_ids: Vec<Id>,
    pub start_date: NaiveDate,
    /// Exclusive: the first day the units are free again.
    pub end_date: NaiveDate,
    #[validate(range(min = 0, max = L::RENT_FEN_M2_DAY_MAX))]
    pub rent_fen_m2_day: i64,
}

/// Ends a lease early: the units are free from `end_date` on.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TerminateLease {
    pub end_date: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LeaseOut {
    pub id: Id,
    pub tenant_id: Id,
    pub park_id: Id,
    pub application_id: Option<Id>,
    pub unit_ids: Vec<Id>,
    pub status: LeaseStatus,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub rent_fen_m2_day: i64,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<(Lease, Vec<Id>)> for LeaseOut {
    fn from((l, unit_ids): (Lease, Vec<Id>)) -> Self {
        Self {
            id: l.id,
            tenant_id: l.tenant_id,
            park_id: l.park_id,
            application_id: l.application_id,
            unit_ids,
            status: l.status,
            start_date: l.start_date,
            end_date: l.end_date,
            rent_fen_m2_day: l.rent_fen_m2_day,
            version: l.version,
            created_at: utc(l.created_at),
            updated_at: utc(l.updated_at),
        }
    }
}
