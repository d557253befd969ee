mod caller;

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::access::CurrentUser;
use crate::accounts::auth::model::{Login, MeOut, Register, Registered, TokenOut};
use crate::accounts::auth::service;
use crate::accounts::tenants::model::TenantOut;
use crate::accounts::users::model::UserOut;
use crate::domain::Role;
use crate::platform::db;
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::ValidJson;
use crate::platform::http::respond::no_content;
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(register)
        .service(login)
        .service(logout)
        .service(me);
}

/// Creates a tenant user and its organisation. Public.
#[utoipa::path(tag = "auth", request_body = Register, responses((status = 201, body = Registered)))]
#[post("/auth/register")]
async fn register(
    state: web::Data<AppState>,
    ValidJson(body): ValidJson<Register>,
) -> AppResult<HttpResponse> {
    let (u, t) = service::register(&state.pool, body).await?;
    let out = Registered {
        user: UserOut::new(u, Vec::new()),
        tenant: TenantOut::from(t),
    };
    Ok(HttpResponse::Created().json(out))
}

/// The client as the trusted proxy saw it: the last `X-Forwarded-For`
/// entry, the one the proxy appended. Earlier entries are whatever the
/// client itself sent, so a client could name any address there.
fn client_address(req: &HttpRequest, trust_forwarded_for: bool) -> String {
    if trust_forwarded_for
        && let Some(last) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(str::trim)
            .filter(|v| !v.is_empty())
    {
        return last.to_string();
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
    let address = client_address(&req, state.trust_forwarded_for);
    let (u, park_ids) = service::login(
        &state.pool,
        state.throttle,
        body.email,
        body.password,
        &address,
    )
    .await?;
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

/// Ends the token this request carries; the user's other sessions go on.
#[utoipa::path(tag = "auth", responses((status = 204, description = "The token no longer works")),
    security(("bearer" = [])))]
#[post("/auth/logout")]
async fn logout(state: web::Data<AppState>, user: CurrentUser) -> AppResult<HttpResponse> {
    db::write(&state.pool, move |c| service::logout(c, &user)).await?;
    Ok(no_content())
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
