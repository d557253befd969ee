//! Builds the server from settings: pool, migrations, bootstrap accounts,
//! middleware and routes. Tests call `Application::build` with port 0.

use std::net::TcpListener;

use actix_cors::Cors;
use actix_web::dev::{Server, Service};
use actix_web::http::{Method, header};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use anyhow::Context;
use futures_util::FutureExt;
use tracing_actix_web::TracingLogger;
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::{Config, SwaggerUi};

use crate::accounts::auth::throttle::ThrottlePolicy;
use crate::catalog::snapshot::SnapshotCache;
use crate::config::Settings;
use crate::i18n;
use crate::matching::engine::Limits;
use crate::openapi::{self, ApiDoc};
use crate::platform::auth::JwtKeys;
use crate::platform::db;
use crate::platform::db::DbPool;
use crate::platform::db::conn::Target;
use crate::platform::error::AppError;
use crate::platform::http::headers::Asked;
use crate::platform::http::routes_known::KnownRoutes;
use crate::platform::http::{health, problem};
use crate::platform::metrics::Metrics;
use crate::routes;
use crate::state::AppState;

pub struct Application {
    server: Server,
    port: u16,
    metrics_port: Option<u16>,
    pool: DbPool,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let pool = prepare_database(&settings).await?;
        let listener = TcpListener::bind(&settings.bind)
            .with_context(|| format!("cannot listen on {}", settings.bind))?;
        let port = listener.local_addr()?.port();
        let state = AppState {
            pool: pool.clone(),
            jwt: jwt_keys(&settings)?,
            throttle: ThrottlePolicy::default(),
            trust_forwarded_for: settings.trust_forwarded_for,
            backend: Target::parse(&settings.database_url).backend(),
            catalog: std::sync::Arc::new(SnapshotCache::new(
                pool.clone(),
                Limits {
                    sets_per_floor: settings.match_sets_per_floor.max(1),
                    sets_per_search: settings.match_sets_per_search.max(1),
                },
            )),
            demand: Default::default(),
        };
        spawn_housekeeping(pool.clone());
        let (metrics, metrics_port) = match &settings.metrics_bind {
            Some(bind) => {
                let metrics = Metrics::new().context("cannot set up the metrics")?;
                let port = serve_metrics(bind, metrics.clone(), &state)?;
                (Some(metrics), Some(port))
            }
            None => (None, None),
        };
        let server = serve(listener, state, metrics, &settings)?;
        Ok(Self {
            server,
            port,
            metrics_port,
            pool,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Where `/metrics` is served, when it is.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics_port
    }

    pub fn pool(&self) -> DbPool {
        self.pool.clone()
    }

    pub async fn run(self) -> std::io::Result<()> {
        self.server.await
    }

    pub fn into_server(self) -> Server {
        self.server
    }
}

/// Generations of the catalog's change log kept: an instance that falls
/// further behind (down for hours of busy editing) reads everything again.
const CATALOG_CHANGES_KEPT: i64 = 100_000;

/// Every ten minutes (and once at start): expire offers, refresh unit
/// statuses, forget logouts of tokens that have expired, prune the catalog's
/// change log. Dates move on while nobody writes.
fn spawn_housekeeping(pool: DbPool) {
    actix_web::rt::spawn(async move {
        let mut tick = actix_web::rt::time::interval(std::time::Duration::from_secs(600));
        loop {
            tick.tick().await;
            let at = crate::platform::time::now();
            if let Err(e) = db::write(&pool, move |c| {
                crate::leasing::upkeep::housekeeping(c, at)?;
                crate::catalog::store::prune_changes(c, CATALOG_CHANGES_KEPT)?;
                crate::accounts::auth::service::forget_expired_logouts(c)
            })
            .await
            {
                tracing::warn!(error = %e, "housekeeping failed; will retry");
            }
        }
    });
}

/// Pool, migrations, first admin and (if asked) the demo parks.
pub async fn prepare_database(settings: &Settings) -> anyhow::Result<DbPool> {
    let s = settings.clone();
    web::block(move || -> anyhow::Result<DbPool> {
        let pool = db::build_pool(&s.database_url, s.db_pool_size)
            .with_context(|| format!("cannot open the database {}", redact(&s.database_url)))?;
        let mut conn = pool.get()?;
        let ran = db::migrate::run_pending(&mut conn)?;
        if ran > 0 {
            tracing::info!(migrations = ran, "applied migrations");
        }
        crate::bootstrap::first_admin(
            &mut conn,
            s.admin_email.as_deref(),
            s.admin_password.as_deref(),
        )?;
        if s.demo && crate::demo::load_if_empty(&mut conn)? {
            crate::demo::print_accounts(s.default_language());
        }
        Ok(pool)
    })
    .await?
}

/// The URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{}:***{}", &url[..scheme + 3], user, &url[at..])
        }
        _ => url.to_string(),
    }
}

fn jwt_keys(settings: &Settings) -> anyhow::Result<JwtKeys> {
    let secret = match &settings.jwt_secret {
        Some(s) if s.len() >= 32 => s.as_bytes().to_vec(),
        Some(_) => anyhow::bail!("UPSTAIRS_JWT_SECRET must be at least 32 bytes"),
        None => {
            tracing::warn!(
                "UPSTAIRS_JWT_SECRET is not set: using a random secret; tokens die with this process"
            );
            let mut bytes = [0u8; 32];
            rand::fill(&mut bytes);
            bytes.to_vec()
        }
    };
    Ok(JwtKeys::new(&secret, settings.token_ttl_seconds))
}

fn cors(origins: &[String]) -> Cors {
    let base = Cors::default()
        .allowed_methods(["GET", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            header::IF_NONE_MATCH,
            header::ACCEPT_LANGUAGE,
        ])
        .expose_headers([
            header::ETAG,
            header::LOCATION,
            header::RETRY_AFTER,
            header::HeaderName::from_static("x-request-id"),
        ])
        .max_age(3600);
    if origins.iter().any(|o| o == "*") {
        return base.allow_any_origin();
    }
    origins.iter().fold(base, |c, o| c.allowed_origin(o))
}

/// The API document, built the way the server registers its routes.
pub fn openapi_document() -> serde_json::Value {
    let (_, doc) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(health::healthz)
        .service(health::readyz)
        .service(utoipa_actix_web::scope("/api/v1").configure(routes::configure_v1))
        .split_for_parts();
    openapi::finish(doc)
}

/// Nothing matched: a known path asked with another method is 405, anything
/// else 404.
async fn not_found(req: HttpRequest) -> Result<HttpResponse, AppError> {
    let known = req.app_data::<web::Data<KnownRoutes>>();
    if let Some(allowed) = known.and_then(|k| k.methods(req.path())) {
        return Err(AppError::MethodNotAllowed { allowed });
    }
    Err(AppError::NotFound(crate::text!(
        "problem-no-endpoint",
        method = req.method().as_str(),
        path = req.path()
    )))
}

/// `GET /metrics` on an address of its own, so it is never exposed with the
/// API by accident; runs on the current system beside the API's server.
fn serve_metrics(bind: &str, metrics: Metrics, state: &AppState) -> anyhow::Result<u16> {
    let listener =
        TcpListener::bind(bind).with_context(|| format!("cannot serve metrics on {bind}"))?;
    let port = listener.local_addr()?.port();
    let (pool, catalog) = (state.pool.clone(), state.catalog.clone());
    let server = HttpServer::new(move || {
        let (metrics, pool, catalog) = (metrics.clone(), pool.clone(), catalog.clone());
        App::new().route(
            "/metrics",
            web::get().to(move || {
                let body = metrics.render(&pool, catalog.figures());
                async move {
                    HttpResponse::Ok()
                        .content_type("text/plain; version=0.0.4; charset=utf-8")
                        .body(body)
                }
            }),
        )
    })
    .workers(1)
    .listen(listener)?
    .run();
    actix_web::rt::spawn(server);
    Ok(port)
}

fn serve(
    listener: TcpListener,
    state: AppState,
    metrics: Option<Metrics>,
    settings: &Settings,
) -> anyhow::Result<Server> {
    let origins = settings.cors_origin_list();
    let default_language = settings.default_language();
    let doc = std::sync::Arc::new(openapi_document());
    let known = web::Data::new(KnownRoutes::from_document(&doc));
    let state = web::Data::new(state);
    let mut server = HttpServer::new(move || {
        let path_config = web::PathConfig::default().error_handler(|_, req| {
            AppError::NotFound(crate::text!("problem-path-id-invalid", path = req.path())).into()
        });
        // The page reads the document from the API itself and never asks an
        // outside validator: park intranets are often offline.
        let swagger = SwaggerUi::new("/docs/{_:.*}")
            .config(Config::new(["/api/v1/openapi.json"]).validator_url("none"));
        let document = doc.clone();
        let (app, _) = App::new()
            .into_utoipa_app()
            .app_data(state.clone())
            .app_data(known.clone())
            .app_data(path_config)
            .app_data(i18n::http::DefaultLang(default_language))
            // Before the `/api/v1` scope, which would otherwise swallow the document's path.
            .map(|app| {
                app.service(swagger).route(
                    "/api/v1/openapi.json",
                    web::get().to(move || {
                        let body = document.clone();
                        async move { HttpResponse::Ok().json(body.as_ref()) }
                    }),
                )
            })
            .service(health::healthz)
            .service(health::readyz)
            .service(utoipa_actix_web::scope("/api/v1").configure(routes::configure_v1))
            .split_for_parts();
        app.route(
            "/docs",
            web::get().to(|| async {
                HttpResponse::PermanentRedirect()
                    .insert_header((header::LOCATION, "/docs/"))
                    .finish()
            }),
        )
        .default_service(web::to(not_found))
        .wrap_fn(|req, srv| {
            // Before a write is acknowledged, the catalog learns that this
            // instance wrote, so the writer's next read (search, match)
            // brings it up to date first.
            let writes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
            let state = req
                .app_data::<web::Data<AppState>>()
                .filter(|_| writes)
                .cloned();
            srv.call(req).map(move |res| {
                if let (Ok(res), Some(state)) = (&res, state)
                    && res.status().is_success()
                {
                    state.catalog.note_write();
                }
                res
            })
        })
        .wrap(TracingLogger::default())
        .wrap(cors(&origins))
        .wrap_fn({
            let metrics = metrics.clone();
            move |mut req, srv| {
                // HEAD is GET without the body: actix answers a HEAD request
                // with the headers only, whatever the handler wrote.
                let method = req.method().clone();
                if req.method() == Method::HEAD {
                    req.head_mut().method = Method::GET;
                }
                let started = std::time::Instant::now();
                let metrics = metrics.clone();
                let (lang, refused) = match i18n::http::choose(&req, default_language) {
                    Ok(lang) => (lang, None),
                    Err((lang, e)) => (lang, Some(e)),
                };
                i18n::http::remember(&req, lang);
                let answer = match refused {
                    None => srv
                        .call(req)
                        .map(|res| res.map(|r| r.map_into_boxed_body()))
                        .left_future(),
                    Some(e) => {
                        let res = req.error_response(e).map_into_boxed_body();
                        futures_util::future::ready(Ok(res)).right_future()
                    }
                };
                answer.map(move |res| {
                    let res = res?;
                    // CORS answers its refusals itself, as plain text.
                    let refusal = res
                        .response()
                        .error()
                        .filter(|_| !problem::is_problem(res.response()))
                        .and_then(|e| problem::middleware_error(e, lang));
                    let res = match refusal {
                        None => res,
                        Some(answer) => res.into_response(answer),
                    };
                    let mut res = i18n::http::localize(res, lang);
                    // Outermost, so every answer gets them, refusals included.
                    Asked::of(res.request()).apply(res.headers_mut());
                    if let Some(m) = &metrics {
                        let route = res.request().match_pattern();
                        let route = route.as_deref().unwrap_or("unmatched");
                        m.observe(
                            method.as_str(),
                            route,
                            res.status().as_u16(),
                            started.elapsed(),
                        );
                    }
                    Ok(res)
                })
            }
        })
    })
    .listen(listener)?;
    if let Some(w) = settings.workers {
        server = server.workers(w);
    }
    Ok(server.run())
}
