//! The first admin of a fresh deployment.

use crate::accounts::users::service as accounts;

use crate::accounts::users::service::NewAccount;
use crate::accounts::users::store as user;
use crate::domain::Role;
use crate::platform::db::DbConn;

/// Creates the admin from `UPSTAIRS_ADMIN_EMAIL`/`_PASSWORD` when none exists.
pub fn first_admin(
    conn: &mut DbConn,
    email: Option<&str>,
    password: Option<&str>,
) -> anyhow::Result<()> {
    let (Some(email), Some(password)) = (email, password) else {
        return Ok(());
    };
    if user::any_admin(conn).map_err(|e| anyhow::anyhow!("{e}"))? {
        return Ok(());
    }
    if password.chars().count() < crate::platform::auth::password::MIN_PASSWORD_CHARS {
        anyhow::bail!("UPSTAIRS_ADMIN_PASSWORD must be at least 10 characters");
    }
    let hash = accounts::hash_password(password).map_err(|e| anyhow::anyhow!("{e}"))?;
    let account = NewAccount {
        email: email.into(),
        display_name: "Administrator".into(),
        role: Role::Admin,
        tenant_id: None,
    };
    accounts::create_account(conn, account, hash)
        .map_err(|e| anyhow::anyhow!("cannot create the first admin: {e}"))?;
    tracing::info!(email, "created the first admin");
    Ok(())
}
