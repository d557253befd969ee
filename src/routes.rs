//! Every route of the API, registered in one place; each slice's `http.rs`
//! lists its own handlers.

use utoipa_actix_web::service_config::ServiceConfig;

use crate::accounts::{auth, operators, tenants, users};
use crate::inventory::{building, files, floor, lift, park, unit};
use crate::leasing::{application, lease, offer};
use crate::{audit, labels, matching, reports};

/// Routes under `/api/v1`.
pub fn configure_v1(cfg: &mut ServiceConfig) {
    cfg.configure(auth::http::configure)
        .configure(users::http::configure)
        .configure(park::http::configure)
        .configure(operators::http::configure)
        .configure(building::http::configure)
        .configure(lift::http::configure)
        .configure(floor::http::configure)
        .configure(unit::http::configure)
        .configure(files::http::configure)
        .configure(application::http::configure)
        .configure(offer::http::configure)
        .configure(lease::http::configure)
        .configure(tenants::http::configure)
        .configure(audit::http::configure)
        .configure(reports::http::configure)
        .configure(matching::http::configure)
        .configure(labels::http::configure);
}
