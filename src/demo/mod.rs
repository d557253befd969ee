//! The demonstration parks behind `serve --demo`: 源嘉生命科技产业园 (Laoshan)
//! and 洁神智慧园区 (Licang), with buildings, lifts, floors, units, tenants
//! and accounts. The engineering figures are illustrative, chosen to be
//! believable for industry-upstairs buildings; they are not survey data.

mod builder;
mod deals;
mod jieshen;
pub mod synthetic;
mod yuanjia;

use crate::accounts::users::service as accounts;

use crate::accounts::operators::store as park_operator;
use crate::accounts::users::service::NewAccount;
use crate::domain::Role;
use crate::inventory::park::store as park;
use crate::platform::db::{DbConn, Id, Window, tx};
use crate::platform::error::AppResult;

/// The password of every demo account. The demo is for trying the API out;
/// never load it into a database that faces the internet.
pub const DEMO_PASSWORD: &str = "upstairs-demo-2026";

/// Demo accounts: (email, role, the park it operates or the tenant it works for).
pub const ACCOUNTS: &[(&str, &str, &str)] = &[
    ("admin@upstairs.demo", "admin", ""),
    (
        "operator.yuanjia@upstairs.demo",
        "operator",
        "源嘉生命科技产业园",
    ),
    ("operator.jieshen@upstairs.demo", "operator", "洁神智慧园区"),
    (
        "tenant.biotech@upstairs.demo",
        "tenant",
        "青岛蓝海生物医药有限公司",
    ),
    (
        "tenant.devices@upstairs.demo",
        "tenant",
        "青岛启明医疗器械有限公司",
    ),
];

/// Loads the demo when the database has no parks; returns whether it did.
pub fn load_if_empty(conn: &mut DbConn) -> anyhow::Result<bool> {
    // Hashed before the transaction: argon2 must not hold SQLite's write lock.
    let hash = accounts::hash_password(DEMO_PASSWORD).map_err(|e| anyhow::anyhow!("{e}"))?;
    let loaded = tx::in_write_transaction(conn, |c| {
        let (_, parks) = park::list(
            c,
            Window {
                offset: 0,
                limit: 1,
            },
        )?;
        if parks > 0 {
            return Ok(false);
        }
        load(c, hash)?;
        Ok(true)
    })
    .map_err(|e| anyhow::anyhow!("loading the demo failed: {e}"))?;
    if loaded {
        tracing::info!("loaded the demonstration parks");
    } else {
        tracing::info!("the database already has parks; demo data not loaded");
    }
    Ok(loaded)
}

fn load(c: &mut DbConn, hash: String) -> AppResult<()> {
    let yuanjia = yuanjia::load(c)?;
    let (jieshen, laundry, jieshen_biotech) = jieshen::load(c)?;
    let parties = deals::Parties {
        yuanjia: yuanjia.park,
        jieshen,
        biotech: yuanjia.biotech_tenant,
        devices: yuanjia.devices_tenant,
        software: yuanjia.software_tenant,
        laundry,
        jieshen_biotech,
    };
    // Both demo parks are in Qingdao, on China Standard Time.
    deals::load(c, &parties, crate::platform::time::china_today())?;
    let tenant_of = |email: &str| match email {
        "tenant.biotech@upstairs.demo" => Some(yuanjia.biotech_tenant),
        "tenant.devices@upstairs.demo" => Some(yuanjia.devices_tenant),
        _ => None::<Id>,
    };
    for (email, role, _) in ACCOUNTS {
        let role: Role = role
            .parse()
            .map_err(|e: String| crate::platform::error::AppError::Internal(anyhow::anyhow!(e)))?;
        let account = NewAccount {
            email: (*email).into(),
            display_name: email.split('@').next().unwrap_or(email).into(),
            role,
            tenant_id: tenant_of(email),
        };
        let user = accounts::create_account(c, account, hash.clone())?;
        match *email {
            "operator.yuanjia@upstairs.demo" => {
                park_operator::assign(c, yuanjia.park, user.id)?;
            }
            "operator.jieshen@upstairs.demo" => {
                park_operator::assign(c, jieshen, user.id)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Prints the demo accounts for the person who started the server, in the
/// server's default language; emails, roles and the password as typed.
pub fn print_accounts(lang: crate::i18n::Lang) {
    let heading = crate::text!("cli-demo-accounts", password = DEMO_PASSWORD);
    println!("{}", heading.render(lang));
    for (email, role, of) in ACCOUNTS {
        let what = match *role {
            "admin" => crate::text!("cli-demo-admin"),
            "operator" => crate::text!("cli-demo-operator", park = *of),
            _ => crate::text!("cli-demo-tenant", tenant = *of),
        };
        println!("  {email:<34} {role:<9} {}", what.render(lang));
    }
}
