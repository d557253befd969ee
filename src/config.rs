//! Typed settings, from flags and environment variables.

use clap::Args;

/// How the server runs. Every flag has an environment variable.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address to listen on.
    #[arg(long, env = "UPSTAIRS_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// `postgres://…` selects PostgreSQL; anything else is an SQLite file path or `sqlite://` URL.
    #[arg(long, env = "DATABASE_URL", default_value = "upstairs.db")]
    pub database_url: String,
    /// HS256 signing secret, at least 32 bytes. Without it a random one is made (tokens die with the process).
    #[arg(long, env = "UPSTAIRS_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// Lifetime of access tokens.
    #[arg(long, env = "UPSTAIRS_TOKEN_TTL_SECONDS", default_value_t = 3600)]
    pub token_ttl_seconds: i64,
    /// Comma-separated origins allowed by CORS (`*` for any); none by default.
    #[arg(long, env = "UPSTAIRS_CORS_ORIGINS", default_value = "")]
    pub cors_origins: String,
    /// Database connections per instance.
    #[arg(long, env = "UPSTAIRS_DB_POOL_SIZE", default_value_t = 10)]
    pub db_pool_size: u32,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "UPSTAIRS_WORKERS")]
    pub workers: Option<usize>,
    /// Take the client address from X-Forwarded-For (only behind a proxy that sets it).
    #[arg(long, env = "UPSTAIRS_TRUST_FORWARDED_FOR", default_value_t = false)]
    pub trust_forwarded_for: bool,
    /// Creates this admin at start when no admin exists (with UPSTAIRS_ADMIN_PASSWORD).
    #[arg(long, env = "UPSTAIRS_ADMIN_EMAIL")]
    pub admin_email: Option<String>,
    #[arg(long, env = "UPSTAIRS_ADMIN_PASSWORD", hide_env_values = true)]
    pub admin_password: Option<String>,
    /// Load the demonstration parks when the database is empty.
    #[arg(long, default_value_t = false)]
    pub demo: bool,
    /// Combinations of units grown per floor before a match stops trying
    /// that floor's (the answer then says `truncated`).
    #[arg(long, env = "UPSTAIRS_MATCH_SETS_PER_FLOOR", default_value_t = 5_000)]
    pub match_sets_per_floor: usize,
    /// Combinations of units grown in one match, all floors together.
    #[arg(long, env = "UPSTAIRS_MATCH_SETS_PER_SEARCH", default_value_t = 40_000)]
    pub match_sets_per_search: usize,
    /// Language of answers whose request names none of ours (`Accept-Language`,
    /// `?lang=`): `zh-CN` or `en`. Unset: `zh-CN` with `--demo`, else `en`.
    #[arg(long, env = "UPSTAIRS_DEFAULT_LANGUAGE")]
    pub default_language: Option<crate::i18n::Lang>,
    /// Serve Prometheus metrics at `GET /metrics` on this address (e.g.
    /// `127.0.0.1:9090`), apart from the API; off when not given.
    #[arg(long, env = "UPSTAIRS_METRICS_BIND")]
    pub metrics_bind: Option<String>,
}

impl Settings {
    /// Settings for an embedded server on a free port (tests, tools).
    pub fn for_database(database_url: &str) -> Self {
        Self {
            bind: "127.0.0.1:0".into(),
            database_url: database_url.into(),
            jwt_secret: Some("test-secret-test-secret-test-secret!".into()),
            token_ttl_seconds: 3600,
            cors_origins: String::new(),
            db_pool_size: 8,
            workers: Some(2),
            trust_forwarded_for: false,
            admin_email: None,
            admin_password: None,
            demo: false,
            metrics_bind: None,
            match_sets_per_floor: 5_000,
            match_sets_per_search: 40_000,
            default_language: Some(crate::i18n::Lang::En),
        }
    }

    pub fn default_language(&self) -> crate::i18n::Lang {
        use crate::i18n::Lang;
        self.default_language
            .unwrap_or(if self.demo { Lang::ZhCn } else { Lang::En })
    }

    pub fn cors_origin_list(&self) -> Vec<String> {
        self.cors_origins
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    }
}
