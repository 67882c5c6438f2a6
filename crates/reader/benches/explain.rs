//! Native response reader: the median time of `explain` on the usual pastes (every table case),
//! on a few named ones, and on the large pastes the browser must also answer at once: a 1 MB JSON
//! body and a 1 MB HTML page behind `curl -i` headers, a 1.1 MB HAR file of 450 entries, and a
//! `curl -iL`-style paste of 64 responses. Prints one line per input a tool can read:
//! `reader <name>: median X.XXX ms (min X.XXX, max X.XXX over N runs), N bytes`
//! and, for the table, `reader table: median X.X µs/paste over N pastes, slowest X.X µs (<name>)`.

// The expectations are the tests' business; the benchmark only pastes the texts. At the root,
// as the HAR cases name the others as their siblings.
#[allow(dead_code)]
#[path = "../tests/common/har_cases.rs"]
mod har_cases;
#[allow(dead_code)]
#[path = "../tests/common/location_cases.rs"]
mod location_cases;
#[allow(dead_code)]
#[path = "../tests/common/response_cases.rs"]
mod response_cases;

use http_status_reader::explain;
use response_cases::{Case, NOW};
use std::fmt::Write;
use std::hint::black_box;
use std::time::Instant;

/// How large "1 MB" is: the pastes are grown to at least this many bytes.
const MEGABYTE: usize = 1024 * 1024;
/// Runs of each large paste; each table case runs `TABLE_REPEATS` times per round.
const LARGE_RUNS: usize = 15;
const TABLE_REPEATS: usize = 20;
const ROUNDS: usize = 5;
/// Table cases timed on their own as well, the everyday pastes.
const NAMED: &[&str] = &[
    "curl -iL: http to https to www, then the page",
    "curl -v over HTTP/2: 307 keeps the POST",
    "HTTPie: 429 with the draft's RateLimit fields and a problem body, but no Retry-After",
    "Chrome DevTools, the whole Headers pane: a cross-origin call fails with 500 and no CORS headers",
];

/// Median, minimum and maximum of `runs` timings of `explain` on `text`, in milliseconds.
fn time(text: &str, runs: usize) -> (f64, f64, f64) {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let _ = black_box(explain(black_box(text), Some(NOW)));
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[runs / 2], times[0], times[runs - 1])
}

/// Whether to time this paste: all of them, unless the command line names some
/// (`cargo bench --bench explain -- HAR` times the pastes whose name contains `HAR`, for a profiler).
fn wanted(name: &str) -> bool {
    let mut words = std::env::args().skip(1).filter(|argument| !argument.starts_with("--")).peekable();
    words.peek().is_none() || words.any(|word| name.contains(&word))
}

fn report(name: &str, text: &str, runs: usize) {
    if !wanted(name) {
        return;
    }
    let (median, min, max) = time(text, runs);
    println!("reader {name}: median {median:.3} ms (min {min:.3}, max {max:.3} over {runs} runs), {} bytes", text.len());
}

/// The response headers an API behind a CDN sends, as `curl -i` prints them.
fn curl_headers(status: &str, content_type: &str, length: usize) -> String {
    format!(
        "HTTP/2 {status}\r\ndate: Tue, 14 May 2024 09:30:00 GMT\r\ncontent-type: {content_type}\r\ncontent-length: {length}\r\n\
         cache-control: private, max-age=0, must-revalidate\r\netag: W/\"5e1f-9a8b7c6d\"\r\nvary: Accept-Encoding, Authorization\r\n\
         strict-transport-security: max-age=31536000; includeSubDomains\r\nx-content-type-options: nosniff\r\nx-request-id: 7d1c2b3a-4e5f-6789-abcd-ef0123456789\r\n\
         server: cloudflare\r\ncf-ray: 88a1b2c3d4e5f607-FRA\r\ncf-cache-status: DYNAMIC\r\n\r\n"
    )
}

/// A pretty-printed JSON list of orders, one member a line, as an API returns a large page.
fn json_body() -> String {
    let mut body = String::from("{\n  \"data\": [\n");
    let mut id = 0;
    while body.len() < MEGABYTE {
        id += 1;
        let _ = write!(
            body,
            "    {{\n      \"id\": \"ord_{id:08}\",\n      \"status\": \"shipped\",\n      \"customer\": {{ \"name\": \"Customer {id}\", \"email\": \"customer{id}@example.com\" }},\n      \"total\": {{ \"amount\": {}, \"currency\": \"EUR\" }},\n      \"created\": \"2024-05-14T09:{:02}:00Z\",\n      \"note\": \"Leave at the door; ring twice if nobody answers.\"\n    }},\n",
            id * 137 % 100_000,
            id % 60
        );
    }
    body.push_str("    { \"id\": \"last\" }\n  ],\n  \"has_more\": true\n}\n");
    body
}

/// A server-rendered HTML page: a long table of rows, one element a line.
fn html_body() -> String {
    let mut body = String::from("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Orders</title>\n</head>\n<body>\n<table>\n");
    let mut row = 0;
    while body.len() < MEGABYTE {
        row += 1;
        let _ =
            writeln!(body, "<tr class=\"order\"><td><a href=\"/orders/{row}\">Order {row}</a></td><td>Shipped</td><td>{}.00 EUR</td></tr>", row * 37 % 1000);
    }
    body.push_str("</table>\n</body>\n</html>\n");
    body
}

fn curl_paste(status: &str, content_type: &str, body: &str) -> String {
    curl_headers(status, content_type, body.len()) + body
}

/// One HAR entry as Chrome writes it: a request with its pseudo-headers, a response whose
/// `content.text` is a page of JSON of about 500 bytes.
fn har_entry(index: usize) -> String {
    let content: String = (0..8)
        .map(|item| format!("{{\\\"id\\\": {item}, \\\"name\\\": \\\"item {item} of page {index}\\\", \\\"ok\\\": true}}"))
        .collect::<Vec<_>>()
        .join(", ");
    let (status, text) = if index % 15 == 0 { (304, "Not Modified") } else { (200, "OK") };
    format!(
        r#"      {{
        "_initiator": {{ "type": "script" }},
        "_priority": "High",
        "_resourceType": "fetch",
        "cache": {{}},
        "connection": "443",
        "request": {{
          "method": "GET",
          "url": "https://api.example.com/v1/items?page={index}",
          "httpVersion": "http/2.0",
          "headers": [
            {{ "name": ":authority", "value": "api.example.com" }},
            {{ "name": ":method", "value": "GET" }},
            {{ "name": ":path", "value": "/v1/items?page={index}" }},
            {{ "name": ":scheme", "value": "https" }},
            {{ "name": "accept", "value": "application/json" }},
            {{ "name": "user-agent", "value": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" }}
          ],
          "queryString": [{{ "name": "page", "value": "{index}" }}],
          "cookies": [],
          "headersSize": -1,
          "bodySize": 0
        }},
        "response": {{
          "status": {status},
          "statusText": "{text}",
          "httpVersion": "http/2.0",
          "headers": [
            {{ "name": ":status", "value": "{status}" }},
            {{ "name": "cache-control", "value": "private, max-age=60" }},
            {{ "name": "content-type", "value": "application/json; charset=utf-8" }},
            {{ "name": "date", "value": "Tue, 14 May 2024 09:30:00 GMT" }},
            {{ "name": "etag", "value": "\"page-{index}\"" }},
            {{ "name": "server", "value": "nginx" }},
            {{ "name": "vary", "value": "Accept-Encoding" }}
          ],
          "cookies": [],
          "content": {{ "size": {size}, "mimeType": "application/json", "text": "[{content}]" }},
          "redirectURL": "",
          "headersSize": -1,
          "bodySize": {body_size},
          "_transferSize": {size},
          "_error": null
        }},
        "serverIPAddress": "93.184.215.14",
        "startedDateTime": "2024-05-14T09:30:00.120Z",
        "time": 41.3,
        "timings": {{ "blocked": 2.1, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 19.8, "receive": 0.7 }}
      }}"#,
        size = content.len() + 2,
        body_size = if status == 304 { 0 } else { content.len() + 2 },
    )
}

/// A HAR file of 450 entries, about 1.1 MB, as "Copy all as HAR" writes a busy page's.
fn har_file() -> String {
    let entries: Vec<String> = (0..450).map(har_entry).collect();
    format!(
        "{{\n  \"log\": {{\n    \"version\": \"1.2\",\n    \"creator\": {{ \"name\": \"WebInspector\", \"version\": \"537.36\" }},\n    \"pages\": [],\n    \"entries\": [\n{}\n    ]\n  }}\n}}\n",
        entries.join(",\n")
    )
}

/// 64 responses one after another, as `curl -i` prints several URLs given at once: redirects,
/// pages, an error with a problem body, each with the usual fields.
fn many_responses() -> String {
    (0..64)
        .map(|index| match index % 4 {
            0 => format!("HTTP/1.1 301 Moved Permanently\r\nDate: Tue, 14 May 2024 09:30:00 GMT\r\nLocation: https://www.example.com/page/{index}\r\nContent-Length: 0\r\nServer: nginx\r\n\r\n"),
            1 => curl_headers("200", "text/html; charset=utf-8", 52) + "<!doctype html>\n<title>Page</title>\n<p>Hello</p>\n\n",
            2 => "HTTP/2 429\r\ndate: Tue, 14 May 2024 09:30:00 GMT\r\ncontent-type: application/problem+json\r\nretry-after: 30\r\nratelimit: \"default\";r=0;t=30\r\nratelimit-policy: \"default\";q=100;w=60\r\n\r\n{\"type\": \"https://example.com/probs/rate\", \"title\": \"Too many requests\", \"status\": 429}\n\n".to_string(),
            _ => "HTTP/2 404\r\ndate: Tue, 14 May 2024 09:30:00 GMT\r\ncontent-type: text/html\r\ncontent-length: 9\r\nserver: envoy\r\n\r\nNot found\n\n".to_string(),
        })
        .collect()
}

/// Every table case's median over `TABLE_REPEATS` runs, in microseconds; the median and the
/// slowest across cases, per round, then the median round.
fn table(cases: &[&Case]) {
    let mut medians = Vec::new();
    let mut slowest = (0.0, "");
    for _ in 0..ROUNDS {
        let mut per_case: Vec<(f64, &str)> = cases.iter().map(|case| (time(case.text, TABLE_REPEATS).0 * 1e3, case.name)).collect();
        per_case.sort_by(|a, b| a.0.total_cmp(&b.0));
        medians.push(per_case[per_case.len() / 2].0);
        if let Some(last) = per_case.last().filter(|last| last.0 > slowest.0) {
            slowest = *last;
        }
    }
    medians.sort_by(f64::total_cmp);
    println!("reader table: median {:.1} µs/paste over {} pastes, slowest {:.1} µs ({})", medians[ROUNDS / 2], cases.len(), slowest.0, slowest.1);
}

fn main() {
    let cases: Vec<&Case> = response_cases::CASES.iter().chain(location_cases::LOCATION_CASES).chain(har_cases::HAR_CASES).collect();
    if wanted("table") {
        table(&cases);
    }
    for name in NAMED {
        let case = cases.iter().find(|case| case.name == *name).unwrap_or_else(|| panic!("no table case named {name:?}"));
        report(&format!("usual paste ({name})"), case.text, 200);
    }
    report("1 MB JSON body", &curl_paste("200", "application/json; charset=utf-8", &json_body()), LARGE_RUNS);
    report("1 MB HTML body", &curl_paste("200", "text/html; charset=utf-8", &html_body()), LARGE_RUNS);
    report("1 MB error page", &curl_paste("502", "text/html", &html_body()), LARGE_RUNS);
    report("1.1 MB HAR, 450 entries", &har_file(), LARGE_RUNS);
    report("64 responses", &many_responses(), 100);
}
