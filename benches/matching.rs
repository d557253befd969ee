//! Matching against a synthetic inventory of 100,000 units: 50 parks × 20
//! towers × 20 storeys × 5 adjacent units, with freight lifts, a basement
//! level in some towers, and holds on the leased and reserved units.
//!
//! Builds the index once, then runs `find` (limit 10, the API's default) for
//! 60 varied requirements, ROUNDS times over, and prints the index build
//! time and the median and p99 latency of one `find` call.
//!
//! `cargo bench --bench matching`

use std::time::{Duration, Instant};

use upstairs::matching::engine::{Index, find};

#[path = "support/synthetic.rs"]
mod synthetic;
use synthetic::{Rng, inventory, requirements};

const PARKS: usize = 50;
const ROUNDS: usize = 20;
const LIMIT: usize = 10;

fn main() {
    let mut rng = Rng(2026);
    let inv = inventory(&mut rng, PARKS);
    let reqs = requirements(&mut rng, &inv);
    println!(
        "inventory: {} parks, {} buildings, {} lifts, {} units, {} holds",
        inv.parks.len(),
        inv.buildings.len(),
        inv.lifts.len(),
        inv.units.len(),
        inv.holds.len()
    );

    let mut builds: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let index = Index::new(&inv);
            let elapsed = t.elapsed();
            std::hint::black_box(&index);
            elapsed
        })
        .collect();
    builds.sort();
    let index = Index::new(&inv);

    // One warm-up round, which also reports what the requirements find.
    let (mut matches, mut near) = (0, 0);
    for req in &reqs {
        let r = find(req, &index, LIMIT);
        matches += r.matches.len();
        near += r.near_misses.len();
    }

    let mut times = Vec::with_capacity(ROUNDS * reqs.len());
    let mut per_req = vec![Duration::ZERO; reqs.len()];
    for _ in 0..ROUNDS {
        for (i, req) in reqs.iter().enumerate() {
            let t = Instant::now();
            let r = find(std::hint::black_box(req), &index, LIMIT);
            let elapsed = t.elapsed();
            times.push(elapsed);
            per_req[i] += elapsed;
            std::hint::black_box(r);
        }
    }
    times.sort();
    let slowest = (0..reqs.len()).max_by_key(|&i| per_req[i]).unwrap_or(0);
    let mean = times.iter().sum::<Duration>() / times.len() as u32;

    println!(
        "requirements: {}, answered with {:.1} matches and {:.1} near misses on average (limit {LIMIT})",
        reqs.len(),
        matches as f64 / reqs.len() as f64,
        near as f64 / reqs.len() as f64
    );
    println!("index build: median {:?} (5 builds)", builds[2]);
    println!(
        "find, {} calls: median {:?}, p99 {:?}, mean {:?}, max {:?}",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        mean,
        times[times.len() - 1]
    );
    let r = &reqs[slowest];
    let found = find(r, &index, LIMIT);
    println!(
        "slowest requirement: {:?} per call; {} m², combined units {}, preferred parks {}, found {} matches and {} near misses",
        per_req[slowest] / ROUNDS as u32,
        r.min_area_m2,
        r.allow_combined_units,
        r.preferred_park_ids.len(),
        found.matches.len(),
        found.near_misses.len()
    );
    if std::env::var_os("MATCHING_BENCH_DEBUG").is_some() {
        println!("{r:#?}");
        for c in found.matches.iter().chain(&found.near_misses) {
            println!(
                "{} units {} m² score {}",
                c.unit_ids.len(),
                c.total_area_m2,
                c.score
            );
        }
    }
    println!(
        "machine: {} logical CPUs available, one thread used",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}
