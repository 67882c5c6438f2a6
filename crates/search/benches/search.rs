//! Native search: the median time per query over the realistic query set used by the search
//! tests, on the full database, the slowest single query, and how long the result lists of the
//! pasted lines are. Prints two lines a tool can read:
//! `search: median X.X µs/query over N queries (min X.X, max X.X across R rounds), slowest X.X µs`
//! `pasted lists: median N, 90th percentile N entries over N lines`.

#[path = "../tests/common/search_cases.rs"]
#[allow(dead_code)] // The expected rankings are the tests' business; the benchmark only types the queries.
mod search_cases;

use http_status_search::{search, Filters};
use std::hint::black_box;
use std::time::Instant;

/// Each round times every query this many times and keeps the per-query median.
const REPEATS: usize = 200;
const ROUNDS: usize = 5;

fn main() {
    let filters = Filters::default();
    // Build the index outside the measurement: it is built once per page in the browser.
    black_box(search("warm up", &filters));
    let mut round_medians = Vec::new();
    let mut slowest: f64 = 0.0;
    for _ in 0..ROUNDS {
        let mut per_query = Vec::with_capacity(search_cases::all_cases().count());
        for case in search_cases::all_cases() {
            let mut times: Vec<f64> = (0..REPEATS)
                .map(|_| {
                    let start = Instant::now();
                    black_box(search(black_box(case.query), &filters));
                    start.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            times.sort_by(f64::total_cmp);
            per_query.push(times[REPEATS / 2]);
        }
        per_query.sort_by(f64::total_cmp);
        round_medians.push(per_query[per_query.len() / 2]);
        slowest = slowest.max(per_query[per_query.len() - 1]);
    }
    round_medians.sort_by(f64::total_cmp);
    println!(
        "search: median {:.1} µs/query over {} queries (min {:.1}, max {:.1} across {ROUNDS} rounds), slowest {slowest:.1} µs",
        round_medians[ROUNDS / 2],
        search_cases::all_cases().count(),
        round_medians[0],
        round_medians[ROUNDS - 1]
    );
    let mut sizes: Vec<usize> = search_cases::PASTED.iter().map(|case| search(case.query, &filters).len()).collect();
    sizes.sort_unstable();
    println!("pasted lists: median {}, 90th percentile {} entries over {} lines", sizes[sizes.len() / 2], sizes[sizes.len() * 9 / 10], sizes.len());
}
