use actix_web::{HttpResponse, delete, get, patch, post, web};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::platform::http::respond::created;

use crate::access::CurrentUser;
use crate::accounts::operators::store as park_operator;
use crate::accounts::users::model::{CreateUser, PatchUser, UserOut};
use crate::accounts::users::service as accounts;
use crate::accounts::users::service::NewAccount;
use crate::accounts::users::store as user;
use crate::accounts::users::store::User;
use crate::audit::{self, Entity};
use crate::domain::Role;
use crate::platform::db;
use crate::platform::db::{DbConn, Id};
use crate::platform::error::{AppError, AppResult};
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::ok_tagged;
use crate::platform::http::{Page, Paging, QueryMap, ValidJson};
use crate::state::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_users)
        .service(create_user)
        .service(get_user)
        .service(patch_user)
        .service(delete_user);
}

fn entity(id: Id) -> Entity<'static> {
    Entity {
        kind: "user",
        id,
        park_id: None,
    }
}

fn out(c: &mut DbConn, u: User) -> AppResult<UserOut> {
    let parks = if u.role == Role::Operator {
        park_operator::park_ids_of(c, u.id)?
    } else {
        Vec::new()
    };
    Ok(UserOut::new(u, parks))
}

/// Users, by email. Admin only.
#[utoipa::path(tag = "users", params(("role" = Option<Role>, Query), ("page" = Option<i64>, Query), ("per_page" = Option<i64>, Query)),
    responses((status = 200, body = Page<UserOut>)), security(("bearer" = [])))]
#[get("/users")]
async fn list_users(
    state: web::Data<AppState>,
    user: CurrentUser,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    user.require_admin()?;
    let paging = Paging::from_query(&mut q);
    let role = q.take::<Role>("role", "one of admin, operator, tenant");
    q.finish()?;
    let page = db::read(&state.pool, move |c| {
        let (rows, total) = user::list(c, role, paging)?;
        let items = rows
            .into_iter()
            .map(|u| out(c, u))
            .collect::<AppResult<Vec<_>>>()?;
        Ok(paging.wrap(items, total))
    })
    .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Creates a user of any role. Admin only.
#[utoipa::path(tag = "users", request_body = CreateUser, responses((status = 201, body = UserOut)), security(("bearer" = [])))]
#[post("/users")]
async fn create_user(
    state: web::Data<AppState>,
    user: CurrentUser,
    ValidJson(body): ValidJson<CreateUser>,
) -> AppResult<HttpResponse> {
    user.require_admin()?;
    let hash = web::block({
        let plain = body.password.clone();
        move || accounts::hash_password(&plain)
    })
    .await??;
    let created_user = db::write(&state.pool, move |c| {
        let account = NewAccount {
            email: body.email,
            display_name: body.display_name,
            role: body.role,
            tenant_id: body.tenant_id,
        };
        let u = accounts::create(c, account, hash)?;
        let o = out(c, u)?;
        audit::created(c, &user, entity(o.id), &o)?;
        Ok(o)
    })
    .await?;
    Ok(created(
        format!("/api/v1/users/{}", created_user.id),
        created_user.version,
        &created_user,
    ))
}

/// One user. Admins, and the user themself.
#[utoipa::path(tag = "users", params(("user_id" = Id, Path)), responses((status = 200, body = UserOut)), security(("bearer" = [])))]
#[get("/users/{user_id}")]
async fn get_user(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    if !user.is_admin() && user.id != id {
        return Err(AppError::not_found("user", id));
    }
    let u = db::read(&state.pool, move |c| {
        let u = user::get(c, id)?;
        out(c, u)
    })
    .await?;
    Ok(ok_tagged(u.version, &u))
}

/// A user changing their own password proves they know the current one.
async fn confirm_current_password(
    state: &AppState,
    id: Id,
    current: Option<String>,
) -> AppResult<()> {
    let Some(current) = current else {
        return Err(AppError::field(
            "current_password",
            "required",
            "give your current password to change it",
        ));
    };
    let stored = db::read(&state.pool, move |c| Ok(user::get(c, id)?.password_hash)).await?;
    let ok = web::block(move || crate::platform::auth::password::verify(&current, &stored)).await?;
    if ok {
        Ok(())
    } else {
        Err(AppError::field(
            "current_password",
            "wrong_password",
            "the current password is not right",
        ))
    }
}

/// Changes a user: disable, change role, reset password. Admins; a user may
/// change their own display name and password only.
#[utoipa::path(tag = "users", params(("user_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    request_body = PatchUser, responses((status = 200, body = UserOut)), security(("bearer" = [])))]
#[patch("/users/{user_id}")]
async fn patch_user(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
    ValidJson(body): ValidJson<PatchUser>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let is_self = user.id == id;
    if !user.is_admin() {
        if !is_self {
            return Err(AppError::not_found("user", id));
        }
        if body.disabled.is_some() || body.role.is_some() || body.tenant_id.is_some() {
            return Err(AppError::Forbidden(
                "only an admin may change roles, tenants or disable accounts".into(),
            ));
        }
    }
    if is_self
        && (body.disabled == Some(true)
            || body.role.is_some_and(|r| r != Role::Admin) && user.is_admin())
    {
        return Err(AppError::Conflict(
            "an admin cannot disable or demote themself; ask another admin".into(),
        ));
    }
    if is_self && body.password.is_some() {
        confirm_current_password(&state, id, body.current_password.clone()).await?;
    }
    let new_password = body.password.is_some();
    let new_hash = match body.password.clone() {
        Some(plain) => Some(web::block(move || accounts::hash_password(&plain)).await??),
        None => None,
    };
    let u = db::write(&state.pool, move |c| {
        let mut row = user::get(c, id)?;
        let before = audit::to_json(&out(c, row.clone())?);
        if_match.check(row.version)?;
        let old_role = row.role;
        if let Some(v) = body.display_name {
            row.display_name = v;
        }
        if let Some(v) = body.disabled {
            row.disabled = v;
        }
        if let Some(v) = body.role {
            row.role = v;
        }
        if let Some(v) = body.tenant_id {
            row.tenant_id = v;
        }
        if let Some(h) = new_hash {
            row.password_hash = h;
            row.session_version += 1;
        }
        accounts::check_role_tenant(c, row.role, row.tenant_id)?;
        if old_role == Role::Operator && row.role != Role::Operator {
            park_operator::unassign_all_of_user(c, id)?;
        }
        user::save(c, &mut row)?;
        let o = out(c, row)?;
        let mut changes = audit::diff(&before, &audit::to_json(&o));
        if new_password {
            // The hash itself is never recorded.
            changes["password"] = serde_json::json!("changed");
        }
        audit::record(c, Some(&user), entity(id), "update", changes)?;
        Ok(o)
    })
    .await?;
    Ok(ok_tagged(u.version, &u))
}

/// Deletes a user; their tokens stop working at once. Admin only.
#[utoipa::path(tag = "users", params(("user_id" = Id, Path), ("If-Match" = Option<String>, Header)),
    responses((status = 204)), security(("bearer" = [])))]
#[delete("/users/{user_id}")]
async fn delete_user(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Id>,
    if_match: IfMatch,
) -> AppResult<HttpResponse> {
    user.require_admin()?;
    let id = id.into_inner();
    if user.id == id {
        return Err(AppError::Conflict("an admin cannot delete themself".into()));
    }
    db::write(&state.pool, move |c| {
        let row = user::get(c, id)?;
        let last = out(c, row.clone())?;
        audit::deleted(c, &user, entity(id), &last)?;
        if_match.check(row.version)?;
        user::delete(c, id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
