//! The handler bodies every `Resource` shares; each slice's `http.rs` keeps
//! only its routes, its OpenAPI annotations and a call into these.

use actix_web::{HttpResponse, web};

use super::resource::Resource;
use crate::access::CurrentUser;
use crate::platform::db::{self, Id};
use crate::platform::error::AppResult;
use crate::platform::http::etag::IfMatch;
use crate::platform::http::respond::{created, no_content, ok_tagged, page};
use crate::platform::http::{Paging, QueryMap};
use crate::state::AppState;

pub async fn list<R: Resource>(
    state: web::Data<AppState>,
    parent: R::Parent,
    mut q: QueryMap,
) -> AppResult<HttpResponse> {
    let paging = Paging::from_query(&mut q);
    q.finish()?;
    let rows = db::read(&state.pool, move |c| R::list(c, parent, paging.window())).await?;
    Ok(page::<_, R::Out>(paging, rows))
}

pub async fn create<R: Resource>(
    state: web::Data<AppState>,
    user: CurrentUser,
    parent: R::Parent,
    new: R::Create,
) -> AppResult<HttpResponse> {
    let row = db::write(&state.pool, move |c| R::create(c, &user, parent, new)).await?;
    let (id, version) = R::id_and_version(&row);
    let location = format!("/api/v1/{}/{id}", R::COLLECTION);
    Ok(created(location, version, &R::Out::from(row)))
}

pub async fn get<R: Resource>(state: web::Data<AppState>, id: Id) -> AppResult<HttpResponse> {
    let row = db::read(&state.pool, move |c| R::get(c, id)).await?;
    Ok(ok_tagged(R::id_and_version(&row).1, &R::Out::from(row)))
}

pub async fn update<R: Resource>(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: Id,
    if_match: IfMatch,
    change: R::Patch,
) -> AppResult<HttpResponse> {
    let expected = if_match.expected();
    let row = db::write(&state.pool, move |c| {
        R::update(c, &user, id, &expected, change)
    })
    .await?;
    Ok(ok_tagged(R::id_and_version(&row).1, &R::Out::from(row)))
}

pub async fn delete<R: Resource>(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: Id,
    if_match: IfMatch,
) -> AppResult<HttpResponse> {
    let expected = if_match.expected();
    db::write(&state.pool, move |c| R::delete(c, &user, id, &expected)).await?;
    Ok(no_content())
}
