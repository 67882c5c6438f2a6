//! Search, table-driven: the whole realistic query set, then parsing, filters and edge cases.

mod common {
    pub mod search_cases;
}

use common::search_cases::{all_cases, PASTED};
use http_status_data::{self as db, Class, Kind};
use http_status_search::{search, suggestions, Filters, Registry};

fn ids(query: &str, filters: &Filters) -> Vec<&'static str> {
    search(query, filters).into_iter().map(|hit| hit.entry.id).collect()
}

#[test]
fn realistic_queries_rank_the_expected_entry_first() {
    assert!(all_cases().count() >= 60, "the set should stay realistic and large");
    let mut failures = Vec::new();
    for case in all_cases() {
        let ranked = ids(case.query, &Filters::default());
        let top_three: Vec<_> = ranked.iter().take(3).copied().collect();
        if ranked.first() != Some(&case.top) {
            failures.push(format!("{:?}: expected {} first, got {:?}", case.query, case.top, top_three));
        }
        for wanted in case.top_three {
            if !top_three.contains(wanted) {
                failures.push(format!("{:?}: expected {wanted} in the top three, got {:?}", case.query, top_three));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} queries failed:\n{}", failures.len(), all_cases().count(), failures.join("\n"));
}

#[test]
fn empty_query_returns_every_entry_in_code_order_with_what_is_not_http_last() {
    let entries = db::entries().iter();
    let all: Vec<_> =
        entries.clone().filter(|entry| entry.kind != Kind::NotHttp).chain(entries.filter(|entry| entry.kind == Kind::NotHttp)).map(|entry| entry.id).collect();
    assert_eq!(ids("", &Filters::default()), all);
    assert_eq!(ids("   ", &Filters::default()), all);
    assert_eq!((all.first(), all.last()), (Some(&"100"), Some(&"000-curl")), "browsing starts at 100");
}

#[test]
fn only_the_named_code_or_pattern_is_returned_for_a_bare_number() {
    let found = search("404", &Filters::default());
    assert_eq!(found[0].entry.id, "404");
    assert!(found.iter().all(|hit| hit.entry.code == 404), "a bare number finds its code and what rides on it");
    assert!(found.len() > 1 && found[1..].iter().all(|hit| hit.entry.kind != Kind::Status), "the status code first, then its sub-statuses");
    let codes: Vec<u16> = search("5xx", &Filters::default()).iter().map(|hit| hit.entry.code).collect();
    assert!(
        codes.iter().all(|code| (500..600).contains(code))
            && codes.len() == db::entries().iter().filter(|entry| entry.class() == Some(Class::ServerError)).count()
    );
    // Standard entries rank above vendor entries on ties, then by code.
    let first_vendor = search("5xx", &Filters::default()).iter().position(|hit| !hit.entry.is_registered()).unwrap();
    assert!(search("5xx", &Filters::default())[first_vendor..].iter().all(|hit| !hit.entry.is_registered()));
}

#[test]
fn nonsense_finds_nothing_and_never_panics() {
    for query in ["999", "zzzzqqq", "<img src=x onerror=alert(1)>", "'; DROP TABLE codes; --", "\u{0}\u{ffff}", "💥💥💥", "a"] {
        let _ = search(query, &Filters::default());
    }
    assert!(search("999", &Filters::default()).is_empty());
    assert!(search("zzzzqqq", &Filters::default()).is_empty());
    let long = "timeout ".repeat(500);
    assert!(!search(&long, &Filters::default()).is_empty());
}

#[test]
fn filters_by_class_and_registry() {
    let server_errors = Filters { class: Some(Class::ServerError), registry: Registry::All };
    assert!(search("timeout", &server_errors).iter().all(|hit| hit.entry.class() == Some(Class::ServerError)));
    assert_eq!(ids("timeout", &server_errors).first(), Some(&"504"));
    let vendor_only = Filters { class: None, registry: Registry::Vendor };
    assert!(search("", &vendor_only).iter().all(|hit| !hit.entry.is_registered()));
    let registered_only = Filters { class: None, registry: Registry::Registered };
    assert_eq!(search("", &registered_only).len(), 64);
    assert!(ids("499", &registered_only).is_empty());
}

#[test]
fn close_matches_for_a_query_that_found_nothing() {
    assert!(search("gtwaey", &Filters::default()).is_empty(), "too far from \"gateway\" to match");
    let offered: Vec<u16> = suggestions("gtwaey", 5).iter().map(|entry| entry.code).collect();
    assert_eq!(offered[0], 502);
    assert!(offered.contains(&504), "{offered:?}");
    let offered: Vec<u16> = suggestions("teapoot kettle", 5).iter().map(|entry| entry.code).collect();
    assert!(offered.contains(&418), "{offered:?}");
    assert!(suggestions("zzzzqqq", 5).is_empty());
}

/// Pasted lines list only what the line supports: the median list is at most ten entries, and the
/// expected entry is in the top three of every one (the table above asserts first place).
#[test]
fn pasted_lines_list_only_what_they_support() {
    let mut sizes: Vec<(usize, &str)> = PASTED.iter().map(|case| (search(case.query, &Filters::default()).len(), case.query)).collect();
    sizes.sort_unstable();
    let median = sizes[sizes.len() / 2].0;
    let ninetieth = sizes[sizes.len() * 9 / 10].0;
    assert!(median <= 10, "median list of {median} entries over {} pasted lines; the longest: {:?}", sizes.len(), &sizes[sizes.len() - 5..]);
    assert!(ninetieth <= 30, "90th percentile list of {ninetieth} entries; the longest: {:?}", &sizes[sizes.len() - 5..]);
    assert!(sizes.iter().all(|(size, _)| *size > 0), "every pasted line finds something");
}

#[test]
fn a_paste_of_several_lines_reads_the_same_as_one_line_in_the_search_box() {
    let paste = "java.lang.AssertionError: Status expected:<200> but was:<403>\nExpected :200\nActual   :403";
    let in_the_box = http_status_search::as_one_line(paste).unwrap();
    assert!(in_the_box.contains(http_status_search::LINE_BREAK));
    assert_eq!(ids(&in_the_box, &Filters::default()), ids(paste, &Filters::default()));
    assert_eq!(ids(&in_the_box, &Filters::default()), ["403"], "the lines that name nothing (\"Expected :200\") add nothing");
    let traceback = PASTED.iter().find(|case| case.query.starts_with("Traceback")).unwrap().query;
    assert_eq!(ids(traceback, &Filters::default()), ["503"], "stack frames add nothing: not `line 12` as 12x, nor the words of file names");
}
