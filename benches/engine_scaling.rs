//! How the engine's cost grows with the inventory: building the index and
//! one `find` (limit 10) over 10,000, 100,000 and 1,000,000 units of the
//! same synthetic portfolio, with criterion; and, at 100,000 units, the
//! combination search for large tenants (a quarter, half and the whole of a
//! floor) on floors of 5, 20 and 40 units.
//!
//! `cargo bench --bench engine_scaling`

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use upstairs::matching::engine::{Index, find};

#[path = "support/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;
use synthetic::{Rng, inventory, inventory_with, requirements};

/// Parks of 2,000 units each.
const SIZES: [usize; 3] = [5, 50, 500];

fn scaling(c: &mut Criterion) {
    let mut index_group = c.benchmark_group("index");
    index_group.sample_size(10);
    for parks in SIZES {
        let inv = inventory(&mut Rng(2026), parks);
        index_group.bench_with_input(
            BenchmarkId::from_parameter(inv.units.len()),
            &inv,
            |b, inv| b.iter(|| Index::new(inv)),
        );
    }
    index_group.finish();

    let mut find_group = c.benchmark_group("find");
    find_group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    for parks in SIZES {
        let mut rng = Rng(2026);
        let inv = inventory(&mut rng, parks);
        let reqs = requirements(&mut rng, &inv);
        let index = Index::new(&inv);
        let mut next = 0;
        // One call per iteration, cycling through the 60 requirements.
        find_group.bench_function(BenchmarkId::from_parameter(inv.units.len()), |b| {
            b.iter(|| {
                next = (next + 1) % reqs.len();
                find(&reqs[next], &index, 10)
            })
        });
    }
    find_group.finish();
}

/// Floors of 5, 20 and 40 units, about 100,000 units each time (20 towers
/// of 20 storeys a park).
const FLOORS: [(usize, usize); 3] = [(5, 50), (20, 13), (40, 6)];

fn large_tenants(c: &mut Criterion) {
    let mut group = c.benchmark_group("large_tenants");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for (per_floor, parks) in FLOORS {
        let mut rng = Rng(2026);
        let inv = inventory_with(&mut rng, parks, per_floor);
        let mut reqs = requirements(&mut rng, &inv);
        // A quarter, half and the whole of an average floor (4,500 m²),
        // combinations allowed, nothing else that rules most floors out.
        for (i, r) in reqs.iter_mut().enumerate() {
            r.min_area_m2 = [1_100.0, 2_250.0, 4_000.0][i % 3];
            r.max_area_m2 = None;
            r.allow_combined_units = true;
            r.preferred_park_ids.clear();
        }
        let index = Index::new(&inv);
        let truncated = reqs
            .iter()
            .filter(|r| find(r, &index, 10).truncated)
            .count();
        eprintln!(
            "{per_floor} units a floor, {} units: {truncated} of {} requests truncated",
            inv.units.len(),
            reqs.len()
        );
        let mut next = 0;
        group.bench_function(
            BenchmarkId::new("find", format!("{per_floor}_a_floor")),
            |b| {
                b.iter(|| {
                    next = (next + 1) % reqs.len();
                    find(&reqs[next], &index, 10)
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, scaling, large_tenants);
criterion_main!(benches);
