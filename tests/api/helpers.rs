//! `spawn_app()`: the real server on a free port against a fresh database —
//! a temp SQLite file, or a new PostgreSQL database when
//! `UPSTAIRS_TEST_POSTGRES_URL` is set (dropped when the test ends).

use diesel::RunQueryDsl;
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use upstairs::config::Settings;
use upstairs::platform::db::connect_postgres;
use upstairs::startup::Application;

pub const ADMIN_EMAIL: &str = "admin@upstairs.test";
pub const ADMIN_PASSWORD: &str = "admin-password-1";
pub const PASSWORD: &str = "correct-horse-9";

enum TestDb {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { server_url: String, name: String },
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Postgres { server_url, name } = self
            && let Ok(mut c) = connect_postgres(server_url)
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .execute(&mut c);
        }
    }
}

/// The server URL of `UPSTAIRS_TEST_POSTGRES_URL` with another database name.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map(|(b, q)| (b, format!("?{q}")))
        .unwrap_or((url, String::new()));
    let cut = base
        .rfind('/')
        .filter(|i| *i > "postgres://".len())
        .unwrap_or(base.len());
    format!("{}/{db}{query}", &base[..cut])
}

fn fresh_database() -> (TestDb, String) {
    match std::env::var("UPSTAIRS_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => {
            let prefix =
                std::env::var("UPSTAIRS_TEST_DB_PREFIX").unwrap_or_else(|_| "upstairs_test".into());
            let name = format!("{prefix}_{}", uuid::Uuid::now_v7().simple());
            let server_url = with_database(&url, "postgres");
            let mut c =
                connect_postgres(&server_url).expect("connect to the test PostgreSQL server");
            diesel::sql_query(format!("CREATE DATABASE \"{name}\""))
                .execute(&mut c)
                .expect("create test database");
            let db_url = with_database(&url, &name);
            (TestDb::Postgres { server_url, name }, db_url)
        }
        _ => {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir
                .path()
                .join("upstairs.db")
                .to_string_lossy()
                .into_owned();
            (TestDb::Sqlite(dir), path)
        }
    }
}

pub struct TestApp {
    pub address: String,
    /// Where `/metrics` is served, when the settings asked for it.
    pub metrics_address: Option<String>,
    pub client: reqwest::Client,
    admin_token: tokio::sync::OnceCell<String>,
    /// The server's own pool, for the few tests that look behind the API.
    pub pool: upstairs::platform::db::DbPool,
    database_url: String,
    /// Shared by every instance on the database; dropped with the last.
    db: std::sync::Arc<TestDb>,
}

#[derive(Debug)]
pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    }

    /// The problem's stable code.
    pub fn code(&self) -> &str {
        self.body["code"].as_str().unwrap_or("")
    }

    /// The fields named in a `validation_failed` problem.
    pub fn error_fields(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e["field"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn id(&self) -> String {
        self.body["id"]
            .as_str()
            .expect("an id in the body")
            .to_string()
    }

    #[track_caller]
    pub fn expect(self, status: u16) -> Self {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.body
        );
        self
    }

    /// Asserts a problem+json answer with this status and code.
    #[track_caller]
    pub fn expect_problem(self, status: u16, code: &str) -> Self {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.body
        );
        assert_eq!(
            self.header("content-type").as_deref(),
            Some("application/problem+json")
        );
        assert_eq!(self.code(), code, "body: {}", self.body);
        assert_eq!(self.body["status"], status);
        self
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_with(|_| {}).await
}

pub async fn spawn_with(tweak: impl FnOnce(&mut Settings)) -> TestApp {
    let (db, url) = fresh_database();
    start(std::sync::Arc::new(db), url, tweak).await
}

async fn start(
    db: std::sync::Arc<TestDb>,
    url: String,
    tweak: impl FnOnce(&mut Settings),
) -> TestApp {
    let mut settings = Settings::for_database(&url);
    settings.admin_email = Some(ADMIN_EMAIL.into());
    settings.admin_password = Some(ADMIN_PASSWORD.into());
    tweak(&mut settings);
    let app = Application::build(settings)
        .await
        .expect("the server starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let metrics_address = app.metrics_port().map(|p| format!("http://127.0.0.1:{p}"));
    let pool = app.pool();
    actix_web::rt::spawn(app.into_server());
    TestApp {
        address,
        metrics_address,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client"),
        admin_token: tokio::sync::OnceCell::new(),
        pool,
        database_url: url,
        db,
    }
}

impl TestApp {
    /// Runs `f` on one of the server's own connections, off the async
    /// workers: for the few tests that look behind the API.
    pub async fn with_conn<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut upstairs::platform::db::DbConn) -> T + Send + 'static,
    ) -> T {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || f(&mut pool.get().expect("a connection")))
            .await
            .expect("the blocking task ran")
    }

    /// Another server on the same database, as behind a load balancer.
    pub async fn another_instance(&self) -> TestApp {
        start(self.db.clone(), self.database_url.clone(), |_| {}).await
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
        if_match: Option<&str>,
    ) -> Resp {
        let mut req = self
            .client
            .request(method, format!("{}{}", self.address, path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        if let Some(tag) = if_match {
            req = req.header("if-match", tag);
        }
        let res = req.send().await.expect("request sent");
        Self::read(res).await
    }

    pub async fn read(res: reqwest::Response) -> Resp {
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.bytes().await.expect("body read");
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        Resp {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Resp {
        self.request(Method::GET, path, token, None, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Resp {
        self.request(Method::POST, path, token, Some(body), None)
            .await
    }

    pub async fn put(&self, path: &str, token: Option<&str>) -> Resp {
        self.request(Method::PUT, path, token, None, None).await
    }

    pub async fn patch(&self, path: &str, token: Option<&str>, body: &Value) -> Resp {
        self.request(Method::PATCH, path, token, Some(body), None)
            .await
    }

    pub async fn patch_if(
        &self,
        path: &str,
        token: Option<&str>,
        body: &Value,
        etag: &str,
    ) -> Resp {
        self.request(Method::PATCH, path, token, Some(body), Some(etag))
            .await
    }

    pub async fn delete(&self, path: &str, token: Option<&str>) -> Resp {
        self.request(Method::DELETE, path, token, None, None).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Resp {
        self.post(
            "/api/v1/auth/login",
            None,
            &json!({"email": email, "password": password}),
        )
        .await
    }

    pub async fn token_for(&self, email: &str, password: &str) -> String {
        let r = self.login(email, password).await.expect(200);
        r.body["access_token"].as_str().expect("token").to_string()
    }

    pub async fn admin(&self) -> String {
        self.admin_token
            .get_or_init(|| self.token_for(ADMIN_EMAIL, ADMIN_PASSWORD))
            .await
            .clone()
    }

    /// Creates a user of `role` through the admin API; returns (id, token).
    pub async fn user(&self, role: &str, tenant_id: Option<&str>) -> (String, String) {
        let email = format!("{role}-{}@upstairs.test", uuid::Uuid::now_v7().simple());
        let admin = self.admin().await;
        let mut body = json!({"email": email, "password": PASSWORD, "display_name": format!("A {role}"), "role": role});
        if let Some(t) = tenant_id {
            body["tenant_id"] = json!(t);
        }
        let id = self
            .post("/api/v1/users", Some(&admin), &body)
            .await
            .expect(201)
            .id();
        (id, self.token_for(&email, PASSWORD).await)
    }

    /// An operator assigned to `park_id`; returns (user id, token).
    pub async fn operator_of(&self, park_id: &str) -> (String, String) {
        let (id, token) = self.user("operator", None).await;
        let admin = self.admin().await;
        self.put(
            &format!("/api/v1/parks/{park_id}/operators/{id}"),
            Some(&admin),
        )
        .await
        .expect(204);
        (id, token)
    }

    /// Registers a tenant organisation and its user; returns (tenant id, token).
    pub async fn tenant(&self) -> (String, String) {
        let email = format!("tenant-{}@upstairs.test", uuid::Uuid::now_v7().simple());
        let r = self
            .post(
                "/api/v1/auth/register",
                None,
                &json!({"email": email, "password": PASSWORD, "display_name": "Li Wei",
                        "organization": {"name": "青岛某生物科技有限公司", "industry_code": "C2770"}}),
            )
            .await
            .expect(201);
        let tenant_id = r.body["tenant"]["id"]
            .as_str()
            .expect("tenant id")
            .to_string();
        (tenant_id, self.token_for(&email, PASSWORD).await)
    }

    pub async fn create_park(&self, token: &str) -> String {
        self.post("/api/v1/parks", Some(token), &park_body())
            .await
            .expect(201)
            .id()
    }

    pub async fn create_building(&self, token: &str, park_id: &str, body: Value) -> String {
        self.post(
            &format!("/api/v1/parks/{park_id}/buildings"),
            Some(token),
            &body,
        )
        .await
        .expect(201)
        .id()
    }

    pub async fn create_floor(&self, token: &str, building_id: &str, body: Value) -> String {
        self.post(
            &format!("/api/v1/buildings/{building_id}/floors"),
            Some(token),
            &body,
        )
        .await
        .expect(201)
        .id()
    }

    pub async fn create_lift(&self, token: &str, building_id: &str, body: Value) -> String {
        self.post(
            &format!("/api/v1/buildings/{building_id}/freight-lifts"),
            Some(token),
            &body,
        )
        .await
        .expect(201)
        .id()
    }

    pub async fn create_unit(&self, token: &str, floor_id: &str, body: Value) -> String {
        self.post(
            &format!("/api/v1/floors/{floor_id}/units"),
            Some(token),
            &body,
        )
        .await
        .expect(201)
        .id()
    }

    /// Park → 15-storey tower → floors 1 and 5 → one unit on each.
    pub async fn tower(&self) -> Tower {
        let admin = self.admin().await;
        let park = self.create_park(&admin).await;
        let building = self
            .create_building(&admin, &park, building_body("T1"))
            .await;
        let ground = self
            .create_floor(&admin, &building, floor_body(1, 6000, 5200, 15.0, 2000.0))
            .await;
        let fifth = self
            .create_floor(&admin, &building, floor_body(5, 4500, 3800, 8.0, 2000.0))
            .await;
        let ground_unit = self
            .create_unit(&admin, &ground, unit_body("T1-0101", 800.0))
            .await;
        let fifth_unit = self
            .create_unit(&admin, &fifth, unit_body("T1-0501", 600.0))
            .await;
        Tower {
            park,
            building,
            ground,
            fifth,
            ground_unit,
            fifth_unit,
        }
    }
}

pub struct Tower {
    pub park: String,
    pub building: String,
    pub ground: String,
    pub fifth: String,
    pub ground_unit: String,
    pub fifth_unit: String,
}

pub fn park_body() -> Value {
    json!({"name": "源嘉生命科技产业园", "district": "崂山区", "city": "青岛", "site_area_m2": 33333.0,
           "target_industries": ["C27", "C35"]})
}

pub fn building_body(code: &str) -> Value {
    json!({"code": code, "name": "Tower", "kind": "industrial_tower", "floors_above_ground": 15,
           "floors_below_ground": 1, "status": "operational", "max_fire_hazard_class": "c"})
}

pub fn floor_body(level: i32, floor_height: i32, clear_height: i32, load: f64, area: f64) -> Value {
    json!({"level": level, "floor_height_mm": floor_height, "clear_height_mm": clear_height,
           "live_load_kn_m2": load, "area_m2": area, "power_kva": 800.0})
}

pub fn lift_body(code: &str, load_kg: i32, lowest: i32, highest: i32) -> Value {
    json!({"code": code, "rated_load_kg": load_kg, "car_width_mm": 2500, "car_depth_mm": 3500, "car_height_mm": 3000,
           "door_width_mm": 2200, "door_height_mm": 2800, "lowest_level": lowest, "highest_level": highest})
}

pub fn unit_body(code: &str, area: f64) -> Value {
    json!({"code": code, "area_m2": area, "status": "available", "asking_rent_fen_m2_day": 150, "fit_out": "bare_shell"})
}
