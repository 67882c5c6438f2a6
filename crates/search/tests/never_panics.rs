//! Whatever a person types or pastes, search, suggestions and resolve answer without panicking:
//! arbitrary Unicode, control characters, huge inputs, and inputs built from the pieces that
//! the parsers treat specially (digits, `x`, `*`, `HTTP/`, apostrophes, punctuation).
#![cfg(not(target_arch = "wasm32"))]

use http_status_data as db;
use http_status_search::{search, suggestions, Filters};
use proptest::prelude::*;

fn tricky() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("HTTP/1.1".to_string()),
        Just("4xx".to_string()),
        Just("40*".to_string()),
        Just("499-nginx".to_string()),
        Just("'".to_string()),
        Just("\u{2019}".to_string()),
        Just("ß".to_string()),
        Just("\u{0}".to_string()),
        "[0-9]{1,5}",
        "[a-zA-Z]{1,40}",
        "\\PC{1,8}",
    ];
    prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn search_takes_any_text(input in "\\PC*") {
        let hits = search(&input, &Filters::default());
        prop_assert!(hits.windows(2).all(|pair| pair[0].score >= pair[1].score));
        suggestions(&input, 5);
        let _ = db::resolve(&input);
    }

    #[test]
    fn search_takes_inputs_built_from_the_pieces_its_parsers_watch_for(input in tricky()) {
        search(&input, &Filters::default());
        suggestions(&input, 5);
        let _ = db::resolve(&input);
    }
}

#[test]
fn huge_inputs_are_answered() {
    for input in ["a".repeat(100_000), "404 ".repeat(20_000), "\u{1F4A5}".repeat(30_000), "x".repeat(40) + &"y".repeat(40)] {
        search(&input, &Filters::default());
        suggestions(&input, 5);
        assert!(db::resolve(&input).is_err());
    }
}
