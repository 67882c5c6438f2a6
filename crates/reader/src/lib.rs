//! Explains a whole response: paste `curl -i` output (or `curl -v`, `-iL`, HTTPie, wget, DevTools'
//! copied headers or HAR file, a raw message) and get each response of the chain as a step with its
//! database entry, every header field that matters read out in plain words, and the mistakes
//! worth fixing as flags. Pure Rust with no web dependencies; the Yew view and the JS export
//! (`explainResponse`) serialise these types as they are (camelCase).
//!
//! Depends on the data crate, on search to name the vendor records a body mentions, and on the
//! rules table for the fields each status must or should carry (the table our own examples are
//! built against, so the reader's flags and our examples cannot disagree by accident). Must not
//! depend on the guide, the markup, the views or anything from the web (`tools/crate-arrows.sh`
//! checks it with `cargo tree`).
//!
//! The rooms: `model` and `detail` are the types handed out, and `json_text` writes them as the
//! JSON text the JS API parses. `parse` reads the text into messages, `chain` walks them in order (roles, the URL and method carried across redirects,
//! loops), `step` makes each response a step, `field_readings` lists the field readers of
//! `fields` and `intermediaries` (who answered, with `vendors` recognising the CDN or proxy),
//! and `status_rules` (with `missing_fields`, which walks the rules table, `no_content` and `status_asked`, the status against its request), `flags` and `checks`
//! (each field's own syntax and fields that contradict each other, one file per category) raise
//! the flags. Below them: `structured` (RFC 9651 structured fields), `http_date`, `url` (RFC 3986
//! reference resolution), `url_check` (whether a value is a reference at all), `json`, `problem` (problem+json members) and `mask` (secrets out of the output).
//!
//! ```
//! use http_status_reader::{explain, Severity};
//! let text = "HTTP/1.1 429 Too Many Requests\r\nDate: Mon, 01 Jan 2024 12:00:00 GMT\r\nRetry-After: 120\r\n\r\n";
//! let explanation = explain(text, None).unwrap();
//! assert_eq!(explanation.steps[0].code, 429);
//! assert_eq!(explanation.steps[0].readings[0].sentence, "Wait 2 minutes (120 seconds) before retrying: until 12:02:00 UTC, counted from the response's Date.");
//! assert!(explanation.flags.iter().all(|flag| flag.severity != Severity::Error));
//! ```

mod chain;
mod checks;
mod detail;
mod field_readings;
mod fields;
mod flags;
mod http_date;
mod input_flags;
mod intermediaries;
mod interned;
mod json;
mod json_text;
mod mask;
mod missing_fields;
mod model;
mod no_content;
mod parse;
mod problem;
mod status_asked;
mod status_rules;
mod step;
mod structured;
mod url;
mod url_check;
mod vendors;

pub use detail::{AltService, CacheHop, Challenge, Detail, Intermediary, Limit, Parameter, Problem, ProxyHop, Reference};
pub use model::{Explanation, Flag, Format, Header, InputProblem, NotAResponse, Reading, RequestInfo, Role, Severity, StatusInfo, Step};

use http_status_data::text::shortened;

/// How much of a bad line an error message quotes back.
pub(crate) const QUOTED_LINE_CHARACTERS: usize = 60;

/// Reads pasted text as one or more HTTP responses and explains them. `now_unix_seconds` is
/// the current time, for times the response does not anchor with its own `Date` (and for
/// whether a `Sunset` has passed); without it, those are left out. Never panics: text that is
/// not a response gets a `NotAResponse` saying what was expected.
pub fn explain(text: &str, now_unix_seconds: Option<i64>) -> Result<Explanation, NotAResponse> {
    let transcript = parse::read(text).map_err(|failure| {
        let (reason, message) = match failure {
            parse::Failure::Empty => (InputProblem::Empty, "Nothing to explain yet: paste a response, such as the output of curl -i.".to_string()),
            parse::Failure::RequestOnly(request) => (
                InputProblem::RequestOnly,
                format!("This is a request ({}), not a response: paste what came back, for example with curl -i or curl -v.", mask::text(&request)),
            ),
            parse::Failure::NoStatusLine => (
                InputProblem::NoStatusLine,
                "These look like header lines, but there is no status line: paste the first line too (such as \u{201c}HTTP/1.1 404 Not Found\u{201d}), or from DevTools the \u{201c}:status: 404\u{201d} line.".to_string(),
            ),
            parse::Failure::BadStatusLine(line) => (
                InputProblem::BadStatusLine,
                format!("\u{201c}{}\u{201d} is not a status line: after the HTTP version comes a three-digit status code, as in \u{201c}HTTP/1.1 404 Not Found\u{201d}.", shortened(&mask::text(&line), QUOTED_LINE_CHARACTERS)),
            ),
            parse::Failure::EmptyHar => (
                InputProblem::EmptyHar,
                "This HAR file holds no response: its log has no entries, or every request failed before an answer. Record again with DevTools open, then use Copy all as HAR.".to_string(),
            ),
            parse::Failure::Unrecognised => (
                InputProblem::Unrecognised,
                "This does not look like an HTTP response. Paste the status line and the headers: the output of curl -i or curl -v, HTTPie, wget, or the response headers copied from the browser's DevTools.".to_string(),
            ),
        };
        NotAResponse { reason, message }
    })?;
    Ok(chain::explain(&transcript, now_unix_seconds))
}

/// Whether pasted text should switch the search box to the response view: a status line (or
/// `:status`, or DevTools' `Status Code`) followed by at least one header line, or a HAR file.
/// Looks at the start only.
pub fn looks_like_response(text: &str) -> bool {
    parse::looks_like_response(text)
}
