//! How the engine's cost grows with the inventory: building the index and
//! one `find` (limit 10) over 10,000, 100,000 and 1,000,000 units of the
//! same synthetic portfolio, with criterion.
//!
//! `cargo bench --bench engine_scaling`

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use upstairs::matching::engine::{Index, find};

#[path = "support/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;
use synthetic::{Rng, inventory, requirements};

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

criterion_group!(benches, scaling);
criterion_main!(benches);
