//! Explaining a pasted response, table-driven: real-world responses and what must be read from
//! each (steps, exact flags, values), then input that is not a response, odd and huge input,
//! the quick check for the search box, and the JSON shape the JS API hands on.

mod common {
    pub mod checks;
    pub mod har_cases;
    pub mod location_cases;
    pub mod response_cases;
}

use common::checks::run;
use common::har_cases::HAR_CASES;
use common::location_cases::LOCATION_CASES;
use common::response_cases::{Case, CASES, NOW};
use http_status_reader::{explain, looks_like_response, Detail, InputProblem, Role, Severity};
use http_status_rules::RULES;

/// The flags the analysis raises besides the rules table's, for fields a status lacks.
const OTHER_FLAG_IDS: &[&str] = &[
    "body-on-204-or-304",
    "content-fields-on-204-or-304",
    "redirect-loop",
    "vendor-status",
    "unregistered-status",
    "malformed-field",
    "cors-missing-allow-origin",
    "cors-origin-mismatch",
    "cors-wildcard-with-credentials",
    "cors-multiple-origins",
    "problem-status-mismatch",
    "fields-cut-short",
    "malformed-field-line",
    // checks/: each field's own syntax, and fields that contradict each other.
    "content-length-invalid",
    "content-length-conflict",
    "content-length-with-transfer-encoding",
    "transfer-encoding-in-http2",
    "transfer-encoding-invalid",
    "obsolete-line-folding",
    "cache-control-malformed",
    "cache-control-quoted-value",
    "cache-control-request-directive",
    "cache-control-duplicate",
    "cache-control-conflict",
    "no-cache-without-validator",
    "missing-date",
    "date-malformed",
    "date-in-future",
    "etag-malformed",
    "last-modified-malformed",
    "last-modified-in-future",
    "missing-content-type",
    "content-type-malformed",
    "json-charset-not-utf-8",
    "charset-ignored",
    "charset-missing",
    "set-cookie-malformed",
    "set-cookie-attribute-malformed",
    "set-cookie-samesite-none-insecure",
    "set-cookie-prefix-violated",
    "set-cookie-not-secure",
    "set-cookie-partitioned-insecure",
    "set-cookie-lifetime-capped",
    "set-cookie-repeated",
    "set-cookie-too-large",
    "set-cookie-large",
    "set-cookie-attribute-repeated",
    "set-cookie-nonstandard-attribute",
    "set-cookie-max-age-leading-zero",
    "age-malformed",
    "referrer-policy-unknown",
    "cors-allow-credentials-invalid",
    "cors-preflight-field-out-of-place",
    "cors-max-age-invalid",
    "expires-malformed",
    "hsts-preload-unsuitable",
    "hsts-malformed",
    "hsts-over-http",
    "hsts-max-age-zero",
    "hsts-max-age-short",
    "x-content-type-options-invalid",
    "x-frame-options-invalid",
    "csp-malformed",
    "csp-directive-repeated",
    "csp-unsafe-inline",
    "csp-unsafe-eval",
    "csp-any-source",
    "csp-report-to-only",
    "cross-origin-policy-invalid",
    "permissions-policy-malformed",
    "permissions-policy-allowlist-invalid",
    "permissions-policy-wildcard",
    "reporting-endpoints-malformed",
    "report-to-malformed",
    "nel-malformed",
    "reporting-endpoint-insecure",
    "reporting-endpoint-undefined",
    "clear-site-data-invalid",
    "vary-asterisk",
    "vary-user-agent",
    "vary-pointless",
    "vary-long",
    "link-malformed",
    "link-rev",
    "link-hint-ignored",
    "content-disposition-malformed",
    "content-disposition-unknown-type",
    "content-disposition-no-filename",
    "content-disposition-filename-unsafe",
    "content-encoding-unknown",
    "content-encoding-identity",
    "content-encoding-twice",
    "content-encoding-not-accepted",
    "content-encoding-dictionary-without-vary",
    "cache-status-parameter-unknown",
    "cache-status-parameter-invalid",
    "accept-ranges-unknown",
    "content-range-out-of-place",
    "repeated-field",
    // Status rules, values, HAR.
    "deprecated-status",
    "reserved-status",
    "body-on-205",
    "unsatisfied-range-on-206",
    "date-not-imf-fixdate",
    "responses-cut-short",
    "har-cut-short",
    // The status against its request, and Location where the status gives it no meaning.
    "status-not-asked-for",
    "created-by-safe-method",
    "method-in-allow-on-405",
    "location-out-of-place",
    // Framing against the body and the request.
    "content-length-too-large",
    "content-length-mismatch",
    "transfer-coding-not-requested",
    // Cache-Control and Age in forms caches misread.
    "cache-control-not-lowercase",
    "cache-control-lifetime-too-large",
    "cache-control-ie-directive",
    "age-too-large",
    // Date against the request's time, where the paste records it.
    "date-clock-wrong",
    "date-rewritten",
    // Content-Type's names and parameters, and the content against it.
    "media-type-name-invalid",
    "content-type-parameter-repeated",
    "content-type-parameter-malformed",
    "content-type-mismatch",
    "charset-undecodable",
    // Other fields: roles, retirement, sizes, and the newer fields' own rules.
    "request-field-in-response",
    "field-deprecated",
    "field-too-large",
    "header-section-too-large",
    "server-too-long",
    "field-value-not-ascii",
    "content-language-repeated",
    "accept-ch-ignored",
    "accept-ch-without-vary",
    "speculation-rules-insecure",
];

/// The flags about the status, the body or the paste as a whole, which concern no header field.
const WHOLE_RESPONSE_FLAG_IDS: &[&str] = &[
    "body-on-204-or-304",
    "body-on-205",
    "content-fields-on-204-or-304",
    "vendor-status",
    "unregistered-status",
    "deprecated-status",
    "reserved-status",
    "problem-status-mismatch",
    "fields-cut-short",
    "responses-cut-short",
    "har-cut-short",
    "status-not-asked-for",
    "created-by-safe-method",
    "header-section-too-large",
];

/// Every flag id the analysis can raise; the cases must use each one at least once.
fn flag_ids() -> Vec<&'static str> {
    let mut ids: Vec<&str> = RULES.iter().map(|rule| rule.flag.id()).chain(OTHER_FLAG_IDS.iter().copied()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Every case: the real-world table, the 3xx responses without Location and the HAR files.
fn cases() -> impl Iterator<Item = &'static Case> {
    CASES.iter().chain(LOCATION_CASES).chain(HAR_CASES)
}

#[test]
fn real_world_responses_are_read_as_expected() {
    assert!(CASES.len() >= 40, "the table should stay realistic and large");
    let mut report = Vec::new();
    for case in cases() {
        let failures = run(case);
        if !failures.is_empty() {
            report.push(format!("{}:\n  {}", case.name, failures.join("\n  ")));
        }
    }
    assert!(report.is_empty(), "{} of {} cases failed:\n{}", report.len(), cases().count(), report.join("\n"));
}

#[test]
fn the_cases_raise_every_flag_but_one_and_every_flag_is_explained() {
    let flag_ids = flag_ids();
    let mut raised: Vec<&str> = cases().flat_map(|case| case.flags.iter().copied()).collect();
    raised.sort_unstable();
    raised.dedup();
    // Several origins in Access-Control-Allow-Origin has its own test below.
    let unused: Vec<&&str> = flag_ids.iter().filter(|id| !raised.contains(id) && **id != "cors-multiple-origins").collect();
    assert!(unused.is_empty(), "no case raises {unused:?}");
    for case in cases() {
        let Ok(explanation) = explain(case.text, case.now) else { continue };
        for flag in &explanation.flags {
            assert!(flag_ids.contains(&flag.id), "{}: unknown flag id {}", case.name, flag.id);
            assert!(!flag.title.is_empty() && flag.why.ends_with('.') && flag.fix.ends_with('.'), "{}: {flag:?}", case.name);
            // The view groups flags by field: only flags about the status, the body or the paste
            // as a whole have none.
            let whole_response = WHOLE_RESPONSE_FLAG_IDS.contains(&flag.id) || (flag.id == "malformed-field-line" && !flag.title.starts_with("Space before"));
            assert_eq!(flag.field.is_none(), whole_response, "{}: {} with field {:?}", case.name, flag.id, flag.field);
            assert!(flag.step < explanation.steps.len());
        }
    }
}

/// Each row of the rules table is shown by a real response lacking its field, with the row's
/// flag on a step with the row's status.
#[test]
fn every_row_of_the_rules_table_has_a_case() {
    let mut raised: Vec<(u16, &str)> = Vec::new();
    for case in cases() {
        let Ok(explanation) = explain(case.text, case.now) else { continue };
        raised.extend(explanation.flags.iter().map(|flag| (explanation.steps[flag.step].code, flag.id)));
    }
    let uncovered: Vec<(u16, &str)> = RULES.iter().filter(|rule| !raised.contains(&(rule.code, rule.flag.id()))).map(|rule| (rule.code, rule.field)).collect();
    assert!(uncovered.is_empty(), "no case lacks {uncovered:?}");
}

#[test]
fn flags_come_step_by_step_errors_first() {
    let text = "HTTP/1.1 401 Unauthorized\n\nHTTP/1.1 503 Service Unavailable\nRetry-After: later\nContent-Length: 0\n";
    let explanation = explain(text, None).unwrap();
    let order: Vec<(usize, Severity, &str)> = explanation.flags.iter().map(|flag| (flag.step, flag.severity, flag.id)).collect();
    assert_eq!(order, [(0, Severity::Error, "missing-www-authenticate"), (1, Severity::Warning, "malformed-field")]);
    assert_eq!(explanation.steps[0].role, Role::Retried);
    assert_eq!(explanation.summary, "401 Unauthorized \u{2192} 503 Service Unavailable");
}

#[test]
fn a_long_chain_is_summed_up_by_status_and_a_short_one_listed() {
    let response = |status: &str| format!("HTTP/1.1 {status}\nContent-Length: 0\n\n");
    let listed: String = ["301 Moved Permanently", "302 Found", "200 OK"].map(response).concat();
    assert_eq!(explain(&listed, None).unwrap().summary, "301 Moved Permanently \u{2192} 302 Found \u{2192} 200 OK");
    let mut many = [response("302 Found"), response("301 Moved Permanently").repeat(4), response("302 Found").repeat(4), response("200 OK")].concat();
    assert_eq!(explain(&many, None).unwrap().summary, "10 responses: 5 \u{d7} 302 Found, 4 \u{d7} 301 Moved Permanently, 1 \u{d7} 200 OK");
    many.push_str(&response("599 Whatever").repeat(1_000));
    let summary = explain(&many, None).unwrap().summary;
    assert!(
        summary.starts_with("1,000 responses: 990 \u{d7} 599 Network Connect Timeout Error, 5 \u{d7} 302 Found"),
        "the responses read, counted in thousands: {summary}"
    );
}

#[test]
fn several_allowed_origins_are_rejected() {
    let text = "HTTP/1.1 200 OK\nAccess-Control-Allow-Origin: https://a.example.com\nAccess-Control-Allow-Origin: https://b.example.com\n";
    let explanation = explain(text, None).unwrap();
    let flags: Vec<&str> = explanation.flags.iter().map(|flag| flag.id).collect();
    assert_eq!(flags, ["cors-multiple-origins"]);
}

/// Location as the rules table decides: a redirect goes nowhere without it; a 300 names a
/// preferred choice only when it has one (RFC 9110 section 15.4.1), and a client reads the
/// reserved 306 (section 15.4.7) and a code nobody registered as a 300 (section 15); 305 is
/// deprecated (section 15.4.6); a 201 without it created its target URI (section 15.3.2).
#[test]
fn location_is_an_error_only_on_a_redirect() {
    let flag = |text: &str| explain(text, None).unwrap().flags.into_iter().map(|flag| (flag.id, flag.severity)).collect::<Vec<_>>();
    assert_eq!(flag("HTTP/1.1 302 Found\nContent-Length: 0\n"), [("missing-location", Severity::Error)]);
    assert_eq!(flag("HTTP/1.1 300 Multiple Choices\nContent-Type: text/html\n"), [("missing-location", Severity::Advice)]);
    assert_eq!(flag("HTTP/1.1 306 Switch Proxy\nContent-Length: 0\n"), [("reserved-status", Severity::Warning), ("missing-location", Severity::Advice)]);
    assert_eq!(flag("HTTP/1.1 305 Use Proxy\nContent-Length: 0\n"), [("missing-location", Severity::Warning), ("deprecated-status", Severity::Warning)]);
    assert_eq!(flag("HTTP/1.1 201 Created\nContent-Length: 0\n"), [("created-without-location", Severity::Advice)]);
    assert_eq!(flag("HTTP/1.1 399 Elsewhere\nContent-Length: 0\n"), [("unregistered-status", Severity::Warning)]);
    assert!(flag("HTTP/1.1 304 Not Modified\nDate: Tue, 14 May 2024 09:30:00 GMT\nETag: \"x\"\n").is_empty());
}

#[test]
fn what_is_not_a_response_is_explained_in_words() {
    let reason = |text: &str| explain(text, None).map(|_| ()).unwrap_err();
    assert_eq!(reason("").reason, InputProblem::Empty);
    assert_eq!(reason("  \n\t ").reason, InputProblem::Empty);
    let request = reason("GET /api/items HTTP/1.1\nHost: api.example.com\nAccept: */*\n");
    assert_eq!(request.reason, InputProblem::RequestOnly);
    assert!(request.message.contains("GET /api/items"), "{}", request.message);
    let headers = reason("content-type: text/html\nserver: nginx\ncache-control: no-cache\n");
    assert_eq!(headers.reason, InputProblem::NoStatusLine);
    assert!(headers.message.contains("HTTP/1.1 404 Not Found"), "{}", headers.message);
    let har = reason(
        r#"{"log": {"version": "1.2", "creator": {"name": "WebInspector"}, "entries": [{"request": {"method": "GET", "url": "https://ads.example.net/t.js"}, "response": {"status": 0, "_error": "net::ERR_BLOCKED_BY_CLIENT"}}]}}"#,
    );
    assert_eq!(har.reason, InputProblem::EmptyHar);
    assert!(har.message.contains("Copy all as HAR"), "{}", har.message);
    let bad = reason("HTTP/1.1 4040 Not Found\nServer: nginx\n");
    assert_eq!(bad.reason, InputProblem::BadStatusLine);
    assert!(bad.message.starts_with("\u{201c}HTTP/1.1 4040 Not Found\u{201d} is not a status line"), "{}", bad.message);
    for text in ["404 not found", "hello world", "<html><body>Not Found</body></html>", "{\"status\": 404}", "\u{0}\u{1}\u{2}\u{fffd}"] {
        let error = reason(text);
        assert_eq!(error.reason, InputProblem::Unrecognised, "{text:?}");
        assert!(error.message.contains("curl -i"));
    }
}

#[test]
fn lines_that_are_not_fields_are_flagged_ten_at_most_then_counted() {
    let text = format!("HTTP/1.1 200 OK\n{}Content-Length: 0\n", "X-Ok: 1\nbroken line\n".repeat(25));
    let explanation = explain(&text, None).unwrap();
    assert_eq!(explanation.steps[0].headers.len(), 26, "the fields between the broken lines are read");
    let flags: Vec<&str> = explanation.flags.iter().map(|flag| flag.title.as_str()).collect();
    assert_eq!(flags.len(), 11, "{flags:?}");
    assert_eq!(flags[10], "15 more header lines that are not well-formed fields");
}

#[test]
fn a_bare_status_line_is_a_response() {
    let explanation = explain("HTTP/2 404", None).unwrap();
    assert_eq!(explanation.steps[0].code, 404);
    assert_eq!(explanation.steps[0].status.phrase, Some("Not Found"));
    assert_eq!(explanation.steps[0].status.entry().map(|entry| entry.code), Some(404));
    assert_eq!(explanation.steps[0].reason, None);
}

#[test]
fn odd_inputs_never_panic() {
    let long_line = "x".repeat(200_000);
    let many_fields = format!("HTTP/1.1 200 OK\n{}", "X-Filler: value\n".repeat(50_000));
    let huge_body = format!("HTTP/1.1 200 OK\nContent-Type: application/problem+json\n\n{}", "{\"a\":[".repeat(100_000));
    let many_blocks = "HTTP/1.1 302 Found\nLocation: /a\n\n".repeat(5_000);
    let binary: String = (0u32..2048).filter_map(char::from_u32).collect();
    let odd = [
        "HTTP/1.1 200 OK\r\r\n\r\n",
        "HTTP/1.1 200 OK\nRetry-After: 99999999999999999999999\nAge: 18446744073709551616\nCache-Control: max-age=99999999999999999999\n",
        "HTTP/1.1 429 x\nRateLimit: \"a\";r=-1;t=-5, \"b\";r=99999999999999\nRateLimit-Policy: ;;;\nX-RateLimit-Reset: 9999999999999999999999.5\n",
        "HTTP/1.1 401 x\nWWW-Authenticate: ,,,, = = \"\\\n",
        "HTTP/1.1 401 x\nWWW-Authenticate: Bearer error=\"",
        "HTTP/1.1 206 x\nContent-Range: bytes 18446744073709551615-18446744073709551615/*\n",
        "HTTP/1.1 301 x\nLocation: ../../../../..\n",
        "HTTP/1.1 301 x\nLocation: \u{1F4A5}://\u{e9}\u{301}/\u{0}\n",
        "HTTP/1.1 200 x\nLink: <<<>>>; rel=\"deprecation\", <\nDeprecation: @-99999999999999\nSunset: Fri, 31 Dec 9999 23:59:59 GMT\n",
        "HTTP/1.1 200 x\nAlt-Svc: h3=\":99999\"; ma=-1, =\"\", h3\n",
        "HTTP/1.1 200 x\nProxy-Status: a; error=\"x\", (inner list); p=1\nCache-Status: \"x\"; ttl=-99999999999999; fwd=\n",
        ":status: 200\n:status: 301\n:authority: x\n",
        "< HTTP/2 200\n< \n< \n> \n* \n",
        "Status Code:\n",
        "General\nResponse Headers\n:status:\n",
        "$ curl\n$ curl -X\n$ http\nHTTP/1.1 200 OK\n",
        "HTTP/1.1 200 OK\nContent-Type: application/problem+json\n\n{\"title\": \"\\ud800\\u",
        "\u{feff}HTTP/1.1 200 OK\n\u{2028}\n",
        "HTTP/1.1 999 \u{1F4A5}\n\u{1F4A5}: \u{1F4A5}\n",
    ];
    for text in odd.iter().map(|text| text.to_string()).chain([long_line, many_fields, huge_body, many_blocks, binary]) {
        let _ = explain(&text, Some(NOW));
        let _ = explain(&text, None);
        let _ = looks_like_response(&text);
    }
}

/// How fast is the benchmark's business (`crates/reader/benches`); here, that huge input is
/// answered, and cut where it says so.
#[test]
fn huge_input_is_answered_and_cut_where_it_says() {
    let text = format!("HTTP/1.1 200 OK\nContent-Type: text/html\n\n{}", "<p>lorem ipsum dolor sit amet</p>\n".repeat(300_000));
    let explanation = explain(&text, None).unwrap();
    assert!(explanation.steps[0].body_length > 10_000_000);
    let many = "HTTP/1.1 302 Found\nLocation: /a\n\n".repeat(5_000);
    let cut = explain(&many, None).unwrap();
    assert_eq!(cut.steps.len(), 1_000, "the responses are cut at 1,000, and the cut is said");
    let said: Vec<(&str, usize, &str)> =
        cut.flags.iter().filter(|flag| flag.id == "responses-cut-short").map(|flag| (flag.id, flag.step, flag.title.as_str())).collect();
    assert_eq!(said, [("responses-cut-short", 999, "Only the first 1,000 of 5,000 responses were read")]);
}

#[test]
fn the_search_box_switches_on_a_status_line_followed_by_a_header() {
    for case in cases().filter(|case| !case.text.starts_with('$') && !case.text.starts_with('*') && !case.text.starts_with('>')) {
        let status_then_field = case.text.lines().count() > 1 && !case.text.starts_with("GET ") && !case.text.starts_with("POST ");
        if status_then_field {
            assert!(looks_like_response(case.text), "{}", case.name);
        }
    }
    assert!(looks_like_response("$ curl -i https://example.com\nHTTP/2 200 \ncontent-type: text/html\n"));
    assert!(looks_like_response("* Connected\n> GET / HTTP/2\n> Host: x\n>\n< HTTP/2 404 \n< server: nginx\n"));
    assert!(!looks_like_response("HTTP/1.1 404 Not Found"));
    assert!(!looks_like_response("why do I get HTTP/1.1 404 Not Found from nginx"));
    assert!(!looks_like_response("429 too many requests"));
    assert!(!looks_like_response(&"HTTP/1.1 200 OK\n".repeat(100)));
}

#[test]
fn the_analysis_serialises_in_camel_case_with_tagged_details() {
    let text = "HTTP/1.1 429 Too Many Requests\nDate: Tue, 14 May 2024 09:30:00 GMT\nRetry-After: 120\nRateLimit-Policy: \"default\";q=100;w=60\nRateLimit: \"default\";r=0;t=30\n";
    let json: serde_json::Value = serde_json::to_value(explain(text, None).unwrap()).unwrap();
    assert_eq!(json["format"], "statusLines");
    assert_eq!(json["finalStep"], 0);
    let step = &json["steps"][0];
    assert_eq!(step["code"], 429);
    assert_eq!(step["role"], "final");
    assert_eq!(step["status"]["entryId"], "429");
    assert_eq!(step["status"]["cacheable"], false);
    assert_eq!(step["readings"][0]["detail"]["kind"], "retryAfter");
    assert_eq!(step["readings"][0]["detail"]["relativeTo"], "responseDate");
    assert_eq!(step["readings"][1]["detail"]["kind"], "rateLimit");
    assert_eq!(step["readings"][1]["detail"]["limits"][0]["resetClock"], "09:30:30 UTC");
    assert_eq!(step["readings"][1]["fields"], serde_json::json!(["RateLimit-Policy", "RateLimit"]));
    let error = serde_json::to_value(explain("nonsense", None).unwrap_err()).unwrap();
    assert_eq!(error["reason"], "unrecognised");
}

#[test]
fn the_same_text_and_time_give_the_same_analysis() {
    for case in cases() {
        assert_eq!(explain(case.text, case.now), explain(case.text, case.now), "{}", case.name);
    }
    let text = "HTTP/1.1 503 Service Unavailable\nRetry-After: 60\n";
    let without_time = explain(text, None).unwrap();
    assert!(matches!(&without_time.steps[0].readings[0].detail, Detail::RetryAfter { seconds: Some(60), at: None, clock: None, relative_to: None }));
    let with_time = explain(text, Some(NOW)).unwrap();
    assert!(matches!(&with_time.steps[0].readings[0].detail, Detail::RetryAfter { at: Some(at), .. } if *at == NOW + 60));
}

#[test]
fn secrets_never_reach_the_output() {
    let text = "> GET /cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz HTTP/1.1\n> Host: app.example.com\n> Authorization: Basic dXNlcjpjb3JyZWN0IGhvcnNlIGJhdHRlcnk=\n> Proxy-Authorization: Bearer 0123456789abcdef0123456789abcdef\n> Cookie: sid=s%3AabcDEF123; theme=dark\n>\n< HTTP/1.1 302 Found\n< Location: /home?access_token=AT-998877&x=1\n< Set-Cookie: sid=s%3AnewSecret456; Path=/; HttpOnly\n< X-Debug-Token: eyJhbGciOiJub25lIn0.eyJ1c2VyIjoiYWxpY2UifQ.\n<\n";
    let json = serde_json::to_string(&explain(text, None).unwrap()).unwrap();
    for secret in [
        "SplxlOBeZQQYbYS6WxSbIA",
        "dXNlcjpjb3JyZWN0IGhvcnNlIGJhdHRlcnk",
        "0123456789abcdef0123456789abcdef",
        "abcDEF123",
        "AT-998877",
        "newSecret456",
        "eyJ1c2VyIjoiYWxpY2UifQ",
    ] {
        assert!(!json.contains(secret), "{secret} leaked: {json}");
    }
    for kept in [
        "Basic \u{2022}\u{2022}\u{2022}\u{2022}",
        "sid=\u{2022}\u{2022}\u{2022}\u{2022}; theme=\u{2022}\u{2022}\u{2022}\u{2022}",
        "state=xyz",
        "Path=/; HttpOnly",
    ] {
        assert!(json.contains(kept), "{kept} missing: {json}");
    }
}

#[test]
fn any_current_time_is_taken() {
    for now in [i64::MIN, -1, 0, i64::MAX] {
        for case in cases() {
            let _ = explain(case.text, Some(now));
        }
        let _ = explain(
            "HTTP/1.1 429 x\nRetry-After: Fri, 31 Dec 9999 23:59:59 GMT\nX-RateLimit-Reset: 99999999999999999\nDeprecation: @999999999999999\n",
            Some(now),
        );
    }
}

/// Arbitrary text, and text built from the pieces the parsers look for.
#[cfg(not(target_arch = "wasm32"))]
mod arbitrary {
    use http_status_reader::{explain, looks_like_response};
    use proptest::prelude::*;

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("HTTP/1.1 301 Moved Permanently".to_string()),
            Just("HTTP/2 200 ".to_string()),
            Just(":status: 404".to_string()),
            Just("< HTTP/2 503".to_string()),
            Just("> POST /a HTTP/1.1".to_string()),
            Just("> Host: example.com".to_string()),
            Just("* Connected to example.com (1.2.3.4) port 443".to_string()),
            Just("$ curl -iL -X PUT https://example.com/x".to_string()),
            Just("General".to_string()),
            Just("Status Code:".to_string()),
            Just("Location: ../b?access_token=x#f".to_string()),
            Just("WWW-Authenticate: Bearer error=\"invalid_token\", Basic".to_string()),
            Just("RateLimit: \"a\";r=1;t=2".to_string()),
            Just("Content-Type: application/problem+json".to_string()),
            Just("{\"title\": \"x\", \"status\": 4".to_string()),
            Just("Retry-After: Sun, 06 Nov 1994 08:49:37 GMT".to_string()),
            Just("Cache-Status: (edge shield); hit".to_string()),
            Just("Proxy-Status: 42; error=dns_timeout".to_string()),
            Just(String::new()),
            Just("\r".to_string()),
            "[A-Za-z-]{1,12}: [ -~]{0,40}",
            "\\PC{0,30}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn any_text_is_answered(text in "\\PC*", now in proptest::option::of(any::<i64>())) {
            let _ = explain(&text, now);
            let _ = looks_like_response(&text);
        }

        #[test]
        fn lines_built_from_what_the_parsers_watch_for_are_answered(lines in prop::collection::vec(piece(), 0..40), now in proptest::option::of(any::<i64>())) {
            let text = lines.join("\n");
            if let Ok(explanation) = explain(&text, now) {
                prop_assert!(!explanation.steps.is_empty() && explanation.final_step < explanation.steps.len());
                prop_assert!(explanation.flags.iter().all(|flag| flag.step < explanation.steps.len()));
                prop_assert!(explanation.steps.iter().flat_map(|step| &step.readings).all(|reading| !reading.sentence.trim().is_empty()));
                let json = serde_json::to_string(&explanation).unwrap();
                prop_assert!(!json.contains("access_token=x"));
            }
            let _ = looks_like_response(&text);
        }
    }
}

#[test]
fn a_retry_after_date_already_past_allows_retrying_now() {
    let text = "HTTP/1.1 503 Service Unavailable\nDate: Tue, 14 May 2024 09:30:00 GMT\nRetry-After: Tue, 14 May 2024 09:00:00 GMT\n";
    let explanation = explain(text, None).unwrap();
    let reading = &explanation.steps[0].readings[0];
    assert_eq!(reading.sentence, "The time it names (09:00:00 UTC) had already come, counted from the response's Date: retrying right away is allowed.");
    assert!(matches!(reading.detail, Detail::RetryAfter { seconds: Some(-1800), .. }));
}
