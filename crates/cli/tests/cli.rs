//! The built `http-status` binary, run as a shell or a CI script runs it: arguments, standard
//! input, standard output and error, and the exit status.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs the binary with these arguments and, when given, this standard input (else an empty one,
/// as in CI); never a terminal, so never coloured.
fn run(arguments: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_http-status"))
        .args(arguments)
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let input = stdin.unwrap_or_default().to_vec();
    let mut pipe = child.stdin.take().unwrap();
    // A writer of its own: the binary may stop reading (a paste too large) before the end.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let run = Run {
        status: output.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    };
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(!run.stdout.contains('\x1b'), "no colour when stdout is not a terminal:\n{}", run.stdout);
    run
}

const CLEAN: &str = "HTTP/1.1 429 Too Many Requests\r\nDate: Mon, 01 Jan 2024 12:00:00 GMT\r\nRetry-After: 120\r\nContent-Length: 0\r\n\r\n";
const UNAUTHORIZED_WITHOUT_CHALLENGE: &str = "HTTP/1.1 401 Unauthorized\r\nDate: Mon, 01 Jan 2024 12:00:00 GMT\r\nContent-Length: 0\r\n\r\n";
const ENVOY_LINE: &str = r#"[2026-05-14T10:21:07.123Z] "GET /api/orders HTTP/1.1" 503 UH 0 19 0 - "203.0.113.7" "curl/8.5.0" "1f0c9d1e" "api.example.com" "-""#;

#[test]
fn a_code_prints_its_record_in_full() {
    let run = run(&["504"], None);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("504 Gateway Timeout\nA proxy or gateway gave up waiting"), "{}", run.stdout);
    for section in ["\nRegistry      IANA, permanent\n", "\nWhat it means\n  ", "\nWhat to do\n  ", "\nExample response\n  HTTP/1.1 504 Gateway Timeout\n"] {
        assert!(run.stdout.contains(section), "{section:?} in\n{}", run.stdout);
    }
    assert!(!run.stdout.contains("Also matching"), "a code is its record alone");
    assert!(run.stdout.lines().all(|line| line.chars().count() <= 80 || !line.trim().contains(' ')), "wrapped at 80 columns:\n{}", run.stdout);
}

#[test]
fn sub_statuses_and_vendor_errors_are_found_by_label_and_vendor() {
    let iis = run(&["500.19"], None);
    assert!(iis.stdout.starts_with("500.19 Configuration data is invalid\n"), "{}", iis.stdout);
    assert!(iis.stdout.contains("\nVendor        Microsoft IIS\nSub-status of 500 Internal Server Error\n"), "{}", iis.stdout);
    let cloudflare = run(&["cloudflare", "1020"], None);
    assert_eq!(cloudflare.status, 0);
    assert!(cloudflare.stdout.starts_with("1020 Access denied\n"), "{}", cloudflare.stdout);
    assert!(cloudflare.stdout.contains("\nArrives as    403 Forbidden\n"), "{}", cloudflare.stdout);
}

#[test]
fn a_log_line_lists_what_it_names_the_first_in_full() {
    let run = run(&[ENVOY_LINE], None);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("UH No healthy upstream\n"), "{}", run.stdout);
    assert!(run.stdout.contains("\nAlso matching, best first\n  503 Service Unavailable \u{b7} http-status 503\n"), "{}", run.stdout);
}

#[test]
fn log_lines_on_stdin_are_searched() {
    let lines = "10.0.0.1 - - [07/Dec/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 499 0 \"-\" \"curl/8.5.0\"\n\
                 at=error code=H12 desc=\"Request timeout\" method=GET path=\"/\" status=503\n";
    let run = run(&["--json"], Some(lines.as_bytes()));
    assert_eq!(run.status, 0, "{}", run.stderr);
    let ids: Vec<String> = serde_json::from_str::<Vec<Value>>(&run.stdout).unwrap().iter().map(|entry| entry["id"].as_str().unwrap().to_string()).collect();
    assert!(ids.contains(&"h12-heroku".to_string()) && ids.contains(&"499-nginx".to_string()), "{ids:?}");
}

#[test]
fn a_clean_response_on_stdin_exits_zero() {
    let run = run(&[], Some(CLEAN.as_bytes()));
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.starts_with("429 Too Many Requests: nothing to fix\n\nFinal: HTTP/1.1 429 Too Many Requests\n"), "{}", run.stdout);
    assert!(run.stdout.contains("\n    Retry-After: Wait 2 minutes (120 seconds) before retrying"), "{}", run.stdout);
}

#[test]
fn a_binary_body_after_the_headers_is_still_a_response() {
    let mut response = b"HTTP/1.1 200 OK\r\nDate: Mon, 01 Jan 2024 12:00:00 GMT\r\nContent-Type: image/png\r\nContent-Length: 4096\r\n\r\n".to_vec();
    response.extend((0..4096u32).map(|index| (index.wrapping_mul(2_654_435_761) >> 11) as u8));
    let run = run(&[], Some(&response));
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.starts_with("200 OK: nothing to fix\n"), "{}", run.stdout);
}

#[test]
fn a_response_given_as_an_argument_is_explained() {
    let run = run(&[UNAUTHORIZED_WITHOUT_CHALLENGE], None);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.starts_with("401 Unauthorized: 1 thing to fix\n"), "{}", run.stdout);
}

#[test]
fn a_response_with_an_error_flag_exits_one_and_shows_the_error_first() {
    let run = run(&[], Some(UNAUTHORIZED_WITHOUT_CHALLENGE.as_bytes()));
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.starts_with("401 Unauthorized: 1 thing to fix\n"), "{}", run.stdout);
    assert!(run.stdout.contains("\n  1 error\n    WWW-Authenticate\n      - 401 without WWW-Authenticate\n"), "{}", run.stdout);
    assert!(run.stdout.contains("\n        Fix: Send a challenge with the 401"), "{}", run.stdout);
}

#[test]
fn json_gives_what_the_js_api_gives() {
    let lookup = run(&["--json", "504"], None);
    assert_eq!(lookup.status, 0);
    let entries: Vec<Value> = serde_json::from_str(&lookup.stdout).expect("an array of entries");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["id"], "504");
    assert_eq!(entries[0]["class"], "5xx");
    assert_eq!(entries[0]["registry"], "iana");
    assert_eq!(entries[0]["status"], "permanent");
    assert!(entries[0]["explanation"].as_str().is_some_and(|text| text.len() > 100), "the prose is compiled in");
    assert!(entries[0]["whenToSend"].is_string() && entries[0]["relatedNotes"].is_array(), "camelCase, as in JS");

    let search = run(&["--json", "-n", "3", "timeout"], None);
    assert_eq!(serde_json::from_str::<Vec<Value>>(&search.stdout).unwrap().len(), 3, "the limit applies to the JSON too");

    let explained = run(&["--json"], Some(UNAUTHORIZED_WITHOUT_CHALLENGE.as_bytes()));
    assert_eq!(explained.status, 1);
    let explanation: Value = serde_json::from_str(&explained.stdout).expect("an explanation");
    assert_eq!(explanation["steps"][0]["code"], 401);
    assert_eq!(explanation["finalStep"], 0);
    assert!(
        explanation["flags"].as_array().unwrap().iter().any(|flag| flag["id"] == "missing-www-authenticate" && flag["severity"] == "error"),
        "{explanation}"
    );
}

#[test]
fn nothing_found_exits_two_with_a_message() {
    for (arguments, said) in [
        (&["qwzx"][..], "http-status: Nothing found for \u{201c}qwzx\u{201d}."),
        (&["999"][..], "http-status: Not a status code. 999 is not an HTTP status code"),
        (&["299"][..], "http-status: 299: not a registered status code."),
    ] {
        let run = run(arguments, None);
        assert_eq!(run.status, 2, "{arguments:?}");
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        assert!(run.stderr.starts_with(said), "{}", run.stderr);
    }
}

#[test]
fn bad_input_gets_a_friendly_message() {
    let junk: Vec<u8> = (0..20_000u32).map(|index| (index.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let cases: [(&[u8], &str); 4] = [
        (&junk, "http-status: Standard input holds binary data, not text"),
        (b"", "http-status: Standard input is empty"),
        (b"  \n\n", "http-status: Standard input is empty"),
        (b"GET /orders HTTP/1.1\r\nHost: example.com\r\n\r\n", "http-status: This is a request (GET /orders), not a response"),
    ];
    for (input, said) in cases {
        let run = run(&[], Some(input));
        assert_eq!(run.status, 2, "{said}");
        assert!(run.stderr.starts_with(said), "{}", run.stderr);
    }
    let huge = "x".repeat(17 * 1024 * 1024);
    let run = run(&[], Some(huge.as_bytes()));
    assert_eq!(run.status, 2);
    assert!(run.stderr.starts_with("http-status: Standard input is over 16 MB"), "{}", run.stderr);
}

#[test]
fn help_version_and_usage_errors() {
    let help = run(&["--help"], None);
    assert_eq!(help.status, 0);
    assert!(help.stdout.contains("Exit status:\n  0  records found"), "{}", help.stdout);
    let version = run(&["-V"], None);
    assert!(version.stdout.starts_with(&format!("http-status {} (", env!("CARGO_PKG_VERSION"))), "{}", version.stdout);
    let unknown = run(&["--colour", "504"], None);
    assert_eq!(unknown.status, 2);
    assert!(unknown.stderr.starts_with("http-status: invalid option '--colour'"), "{}", unknown.stderr);
    let bad_limit = run(&["-n", "lots", "504"], None);
    assert_eq!(bad_limit.status, 2);
}

#[test]
fn columns_sets_the_width() {
    let narrow = Command::new(env!("CARGO_BIN_EXE_http-status")).arg("504").env("COLUMNS", "50").output().unwrap();
    let text = String::from_utf8(narrow.stdout).unwrap();
    assert!(text.lines().all(|line| line.chars().count() <= 50 || !line.trim().contains(' ')), "{text}");
    assert!(text.lines().any(|line| line.chars().count() > 40), "{text}");
}

#[test]
fn prerender_rewrites_html_and_markdown_files_in_place_and_names_unknown_codes() {
    let folder = std::env::temp_dir().join(format!("http-status-prerender-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let html = folder.join("page.html");
    let markdown = folder.join("page.md");
    std::fs::write(&html, r#"<p><http-status code="429" view="badge">429</http-status> <http-status code="nope" view="badge"></http-status></p>"#).unwrap();
    std::fs::write(&markdown, "`<http-status code=\"404\">`\n\n<http-status code=\"404\"></http-status>\n").unwrap();
    let paths = [html.to_str().unwrap(), markdown.to_str().unwrap()];
    let done = run(&["--prerender", "--base", "/assets", paths[0], paths[1]], None);
    assert_eq!(done.status, 0, "{}", done.stderr);
    assert_eq!(done.stdout, format!("{}: 1 pre-rendered\n{}: 1 pre-rendered\n", paths[0], paths[1]));
    assert_eq!(done.stderr, format!("{}: code \"nope\" is not one we know; left for the browser to explain\n", paths[0]));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains(r#"<http-status code="429" view="badge"><template shadowrootmode="open"><link rel="stylesheet" href="/assets/http-status-shadow.css"><div class="root" data-prerendered=""#), "{page}");
    let chapter = std::fs::read_to_string(&markdown).unwrap();
    assert!(chapter.starts_with("`<http-status code=\"404\">`\n\n<http-status code=\"404\"><template shadowrootmode"), "{chapter}");
    let again = run(&["--prerender", "--base", "/assets/", paths[0], paths[1]], None);
    assert_eq!((again.status, std::fs::read_to_string(&html).unwrap()), (0, page));
    let missing = run(&["--prerender", "/no/such/file.html"], None);
    assert_eq!(missing.status, 2);
    assert!(missing.stderr.contains("/no/such/file.html"), "{}", missing.stderr);
    std::fs::remove_dir_all(&folder).unwrap();
}
