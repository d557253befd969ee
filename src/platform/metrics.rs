//! What an operator of the service watches, in the Prometheus text format:
//! requests and their latency per route and status, the database pool, the
//! catalog's generation, age and last update, and the process itself. One
//! registry per server, so two servers in one process (the tests) keep
//! their own figures.

use std::time::Duration;

use prometheus::{
    Encoder, GaugeVec, HistogramOpts, HistogramVec, IntGauge, Opts, Registry, TextEncoder,
};

use crate::platform::db::DbPool;

/// Request latency buckets, in seconds: from a cached read to a slow import.
const BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The catalog as `/metrics` shows it.
#[derive(Debug, Clone, Copy, Default)]
pub struct CatalogFigures {
    pub generation: i64,
    /// Since the snapshot in hand was made.
    pub age: Duration,
    /// The last load from scratch and the last update from the change log.
    pub last_full_load: Option<Duration>,
    pub last_update: Option<Duration>,
}

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: HistogramVec,
    pool: GaugeVec,
    catalog_generation: IntGauge,
    catalog: GaugeVec,
}

impl Metrics {
    pub fn new() -> prometheus::Result<Self> {
        let registry = Registry::new_custom(Some("upstairs".into()), None)?;
        let requests = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "Time to answer a request, by method, route template and status.",
            )
            .buckets(BUCKETS.to_vec()),
            &["method", "route", "status"],
        )?;
        let pool = GaugeVec::new(
            Opts::new(
                "db_pool_connections",
                "Database connections of this instance: open, idle, in use, and requests waiting for one.",
            ),
            &["state"],
        )?;
        let catalog_generation = IntGauge::new(
            "catalog_generation",
            "The inventory generation the catalog's snapshot was made at.",
        )?;
        let catalog = GaugeVec::new(
            Opts::new(
                "catalog_seconds",
                "The catalog's snapshot: its age, and how long the last load from scratch and the last update from the change log took.",
            ),
            &["measure"],
        )?;
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(pool.clone()))?;
        registry.register(Box::new(catalog_generation.clone()))?;
        registry.register(Box::new(catalog.clone()))?;
        #[cfg(target_os = "linux")]
        registry.register(Box::new(
            prometheus::process_collector::ProcessCollector::for_self(),
        ))?;
        Ok(Self {
            registry,
            requests,
            pool,
            catalog_generation,
            catalog,
        })
    }

    /// One answered request. `route` is the template (`/api/v1/units/{unit_id}`),
    /// never the path, so ids do not make a series each.
    pub fn observe(&self, method: &str, route: &str, status: u16, took: Duration) {
        self.requests
            .with_label_values(&[method, route, status.to_string().as_str()])
            .observe(took.as_secs_f64());
    }

    /// The figures taken when scraped, then every series as text.
    pub fn render(&self, pool: &DbPool, catalog: Option<CatalogFigures>) -> String {
        let state = pool.state();
        let open = f64::from(state.connections);
        let idle = f64::from(state.idle_connections);
        self.pool.with_label_values(&["open"]).set(open);
        self.pool.with_label_values(&["idle"]).set(idle);
        self.pool.with_label_values(&["in_use"]).set(open - idle);
        self.pool
            .with_label_values(&["waiting"])
            .set(crate::platform::db::waiting_for_connection() as f64);
        if let Some(c) = catalog {
            self.catalog_generation.set(c.generation);
            self.catalog
                .with_label_values(&["age"])
                .set(c.age.as_secs_f64());
            for (measure, took) in [
                ("last_full_load", c.last_full_load),
                ("last_update", c.last_update),
            ] {
                if let Some(took) = took {
                    self.catalog
                        .with_label_values(&[measure])
                        .set(took.as_secs_f64());
                }
            }
        }
        let mut out = Vec::new();
        // Encoding into memory fails only on a metric the registry itself
        // made inconsistent; answer what was written then.
        if let Err(e) = TextEncoder::new().encode(&self.registry.gather(), &mut out) {
            tracing::warn!(error = %e, "metrics could not all be encoded");
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}
