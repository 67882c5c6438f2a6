#[path = "../tests/common/search_cases.rs"]
#[allow(dead_code)]
mod search_cases;
use http_status_search::{search, Filters};
use std::time::Instant;
fn main() {
    let f = Filters::default();
    search("warm", &f);
    let mut v: Vec<(f64, &str)> = search_cases::all_cases().map(|c| {
        let mut t: Vec<f64> = (0..100).map(|_| { let s = Instant::now(); std::hint::black_box(search(c.query, &f)); s.elapsed().as_secs_f64()*1e6 }).collect();
        t.sort_by(f64::total_cmp); (t[50], c.query)
    }).collect();
    v.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut all: Vec<f64> = v.iter().map(|x| x.0).collect(); all.sort_by(f64::total_cmp);
    println!("median {:.1}", all[all.len()/2]);
    for (t, q) in v.iter().take(25) { println!("{t:8.1} {}", q.chars().take(90).collect::<String>()); }
    for (t, q) in v.iter().rev().take(5) { println!("{t:8.1} {}", q.chars().take(90).collect::<String>()); }
}
