//! The analysis read back from its JSON, as the full wasm's views read what the reader's own wasm
//! hands them: every case of the tables, and what is not a response, come back as they were.

// The cases' expectations are response.rs's to check; here only their texts are read.
#[allow(dead_code)]
mod common {
    pub mod har_cases;
    pub mod location_cases;
    pub mod response_cases;
}

use common::har_cases::HAR_CASES;
use common::location_cases::LOCATION_CASES;
use common::response_cases::CASES;
use http_status_reader::{explain, Explanation, NotAResponse};
use serde::Deserialize;

type Outcome = Result<Explanation, NotAResponse>;

/// Reads JSON as the views do, from the text in place.
fn read_back(json: &str) -> Outcome {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let outcome = Outcome::deserialize(&mut deserializer).unwrap_or_else(|error| panic!("{error}: {json}"));
    deserializer.end().unwrap();
    outcome
}

#[test]
fn every_case_reads_back_from_its_json_as_it_was() {
    for case in CASES.iter().chain(HAR_CASES).chain(LOCATION_CASES) {
        let outcome = explain(case.text, case.now);
        assert_eq!(read_back(&serde_json::to_string(&outcome).unwrap()), outcome, "{}", case.name);
    }
}

#[test]
fn what_is_not_a_response_reads_back_with_its_reason_and_message() {
    for text in ["", "GET / HTTP/1.1\nHost: example.com\n", "Content-Type: text/html\n", "HTTP/1.1 abc\n", "nonsense"] {
        let outcome = explain(text, None);
        assert!(outcome.is_err(), "{text}");
        assert_eq!(read_back(&serde_json::to_string(&outcome).unwrap()), outcome, "{text}");
    }
}

#[test]
fn a_word_read_twice_is_kept_once() {
    let text = "HTTP/1.1 401 Unauthorized\n\n";
    let json = serde_json::to_string(&explain(text, None)).unwrap();
    let [first, second] = [read_back(&json), read_back(&json)].map(|outcome| outcome.unwrap().flags[0].id);
    assert_eq!(first, "missing-www-authenticate");
    assert!(std::ptr::eq(first, second), "the same flag id read twice is one kept word");
}
