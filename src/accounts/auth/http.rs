use actix_web::{HttpRequest, HttpResponse, get, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::accounts::users::service as accounts;

use crate::access::CurrentUser;
use crate::accounts::auth::model::{Login, MeOut, Register, Registered, TokenOut};
use crate::accounts::auth::throttle;
use crate::accounts::operators::store as park_operator;
use crate::accounts::tenants::model::TenantOut;
use crate::accounts::tenants::store as tenant;
use crate::accounts::users::model::UserOut;
use crate::accounts::users::service::NewAccount;
use crate::accounts::users::store as user;
use crate::domain::Role;
use crate::platform::auth::password;
use crate::platform::db;
use crate::platform::db::now;
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::ValidJson;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(register).service(login).service(me);
}

/// Creates a tenant user and its organisation. Public.
#[utoipa::path(tag = "auth", request_body = Register, responses((status = 201, body = Registered)))]
#[post("/auth/register")]
async fn register(
    state: web::Data<AppState>,
    ValidJson(body): ValidJson<Register>,
) -> AppResult<HttpResponse> {
    let hash = web::block({
        let plain = body.password.clone();
        move || accounts::hash_password(&plain)
    })
    .await??;
    let (u, t) = db::write(&state.pool, move |c| {
        let org = body.organization.into_row();
        if let Some(code) = &org.credit_code
            && tenant::credit_code_taken(c, code)?
        {
            return Err(AppError::Conflict(
                "an organisation with this credit code is registered".into(),
            ));
        }
        tenant::insert(c, &org)?;
        let account = NewAccount {
            email: body.email,
            display_name: body.display_name,
            role: Role::Tenant,
            tenant_id: Some(org.id),
        };
        let u = accounts::create(c, account, hash)?;
        Ok((u, org))
    })
    .await?;
    let out = Registered {
        user: UserOut::new(u, Vec::new()),
        tenant: TenantOut::from(t),
    };
    Ok(HttpResponse::Created().json(out))
}

fn client_address(req: &HttpRequest, trust_forwarded_for: bool) -> String {
    if trust_forwarded_for
        && let Some(first) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
    {
        return first.trim().to_string();
    }
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Exchanges email and password for a bearer token. Public; throttled.
#[utoipa::path(tag = "auth", request_body = Login, responses((status = 200, body = TokenOut)))]
#[post("/auth/login")]
async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    ValidJson(body): ValidJson<Login>,
) -> AppResult<HttpResponse> {
    let policy = state.throttle;
    let email_key = throttle::email_key(&body.email);
    let keys = vec![
        (email_key.clone(), policy.max_failures_per_email),
        (
            throttle::address_key(&client_address(&req, state.trust_forwarded_for)),
            policy.max_failures_per_address,
        ),
    ];
    let email = body.email.clone();
    let (found, park_ids) = db::read(&state.pool, {
        let keys = keys.clone();
        move |c| {
            throttle::check(c, policy, &keys, now())?;
            let u = user::find_by_email(c, &email)?;
            let parks = match &u {
                Some(u) if u.role == Role::Operator => park_operator::park_ids_of(c, u.id)?,
                _ => Vec::new(),
            };
            Ok((u, parks))
        }
    })
    .await?;
    let plain = body.password;
    let verified = web::block(move || match found {
        Some(u) if !u.disabled => password::verify(&plain, &u.password_hash).then_some(u),
        _ => {
            password::verify_dummy(&plain);
            None
        }
    })
    .await?;
    let Some(u) = verified else {
        let keys: Vec<String> = keys.into_iter().map(|k| k.0).collect();
        db::write(&state.pool, move |c| {
            throttle::record_failure(c, policy, &keys, now())
        })
        .await?;
        return Err(AppError::Unauthorized("wrong email or password".into()));
    };
    db::write(&state.pool, move |c| throttle::clear(c, &email_key)).await?;
    let token = state
        .jwt
        .issue(u.id, u.role, u.session_version)
        .map_err(AppError::Internal)?;
    Ok(HttpResponse::Ok().json(TokenOut {
        access_token: token,
        token_type: "Bearer".into(),
        expires_in: state.jwt.ttl_seconds,
        user: UserOut::new(u, park_ids),
    }))
}

/// The caller.
#[utoipa::path(tag = "auth", responses((status = 200, body = MeOut)), security(("bearer" = [])))]
#[get("/me")]
async fn me(user: CurrentUser) -> AppResult<HttpResponse> {
    let park_ids = (user.role == Role::Operator).then_some(user.park_ids);
    Ok(HttpResponse::Ok().json(MeOut {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        role: user.role,
        tenant_id: user.tenant_id,
        park_ids,
    }))
}
