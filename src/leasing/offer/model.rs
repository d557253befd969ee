//! Offers: what an operator sends and what both sides see.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::{Validate, ValidationError};

use crate::domain::OfferStatus;
use crate::domain::limits as L;
use crate::leasing::offer::store::Offer;
use crate::platform::db::Id;
use crate::platform::time::utc;
use crate::platform::validation::{error, unique_ids};

fn offer_dates(o: &CreateOffer) -> Result<(), ValidationError> {
    if o.end_date <= o.start_date {
        return Err(error("order", crate::text!("problem-end-before-start")));
    }
    Ok(())
}

/// An offer of units to an application's tenant. Dates are half-open:
/// the lease would run from `start_date` up to, not including, `end_date`.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[validate(schema(function = "offer_dates", skip_on_field_errors = true))]
pub struct CreateOffer {
    #[validate(length(min = 1, max = L::UNITS_PER_DEAL_MAX), custom(function = "unique_ids"))]
    pub unit_ids: Vec<Id>,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    #[validate(range(min = 0, max = L::RENT_FEN_M2_DAY_MAX))]
    pub rent_fen_m2_day: i64,
    /// The last day the tenant may accept; the units are held until then.
    pub valid_until: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OfferOut {
    pub id: Id,
    pub application_id: Id,
    pub tenant_id: Id,
    pub park_id: Id,
    pub unit_ids: Vec<Id>,
    /// `open` offers past `valid_until` read as `expired`.
    pub status: OfferStatus,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub rent_fen_m2_day: i64,
    pub valid_until: NaiveDate,
    /// The lease an accepted offer created.
    pub lease_id: Option<Id>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl OfferOut {
    pub fn new(o: Offer, unit_ids: Vec<Id>, today: NaiveDate) -> Self {
        Self {
            status: o.effective_status(today),
            id: o.id,
            application_id: o.application_id,
            tenant_id: o.tenant_id,
            park_id: o.park_id,
            unit_ids,
            start_date: o.start_date,
            end_date: o.end_date,
            rent_fen_m2_day: o.rent_fen_m2_day,
            valid_until: o.valid_until,
            lease_id: o.lease_id,
            version: o.version,
            created_at: utc(o.created_at),
            updated_at: utc(o.updated_at),
        }
    }
}
