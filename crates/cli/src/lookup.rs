//! What the command answers: the records a query names, or a response read from standard
//! input, or why there is nothing to show.

use http_status_data::text::shortened;
use http_status_data::{self as db, Entry, Unresolved};
use http_status_markup::problem::problem_text;
use http_status_reader::{Explanation, InputProblem, NotAResponse};
use http_status_search::{search, suggestions, Filters};

/// How much of the input a message quotes back.
const QUOTED: usize = 40;
/// Near names offered when nothing matches.
const SUGGESTIONS: usize = 3;

pub enum Answer {
    /// Best first, at most the limit asked for, and how many more matched.
    Records {
        found: Vec<&'static Entry>,
        more: usize,
    },
    Response(Explanation),
}

/// Why there is nothing to show, in words for the person who asked.
#[derive(Debug, PartialEq, Eq)]
pub struct Nothing(pub String);

/// The arguments: a response pasted as one (`"$(curl -si URL)"`) is explained, as on standard
/// input; anything else is looked up.
pub fn given(query: &str, limit: usize, now_unix_seconds: i64) -> Result<Answer, Nothing> {
    if http_status_reader::looks_like_response(query) {
        if let Ok(explanation) = http_status_reader::explain(query, Some(now_unix_seconds)) {
            return Ok(Answer::Response(explanation));
        }
    }
    records(query, limit)
}

/// A code (`504`), an id or label (`500.19`, `H12`, `499-esri`), a name, a symptom or a log
/// line. A code or label is its record alone; anything else is searched, best first.
pub fn records(query: &str, limit: usize) -> Result<Answer, Nothing> {
    let query = query.trim();
    if query.is_empty() {
        return Err(Nothing("Nothing to look up: give a status code such as 404, a name, or a log line.".to_string()));
    }
    let unresolved = match db::resolve(query) {
        Ok(entry) => return Ok(Answer::Records { found: vec![entry], more: 0 }),
        Err(unresolved) => unresolved,
    };
    let hits = search(query, &Filters::default());
    if hits.is_empty() {
        return Err(nothing_found(query, &unresolved));
    }
    let more = hits.len().saturating_sub(limit);
    Ok(Answer::Records { found: hits.into_iter().take(limit).map(|hit| hit.entry).collect(), more })
}

/// Text from standard input: a response (or a chain of them) is explained; anything else is
/// read as log lines.
pub fn piped(text: &str, limit: usize, now_unix_seconds: i64) -> Result<Answer, Nothing> {
    if text.trim().is_empty() {
        return Err(Nothing(
            "Standard input is empty: pipe a response (curl -si URL | http-status) or log lines, or give a code (http-status 404).".to_string(),
        ));
    }
    let NotAResponse { reason, message } = match http_status_reader::explain(text, Some(now_unix_seconds)) {
        Ok(explanation) => return Ok(Answer::Response(explanation)),
        Err(not_a_response) => not_a_response,
    };
    if looks_binary(text) {
        return Err(Nothing("Standard input holds binary data, not text: pipe a response (curl -si URL | http-status) or log lines.".to_string()));
    }
    match reason {
        // It starts like HTTP but is not a whole response: the reader says what is missing.
        InputProblem::RequestOnly | InputProblem::BadStatusLine | InputProblem::EmptyHar => Err(Nothing(message)),
        // Lines of `name: value`: a test's "Expected: 200", or headers without their status line,
        // in which search would find only what the field names suggest.
        InputProblem::NoStatusLine => match records(text, limit) {
            Ok(Answer::Records { found, more }) if found.first().is_some_and(|best| mentions(text, best)) => Ok(Answer::Records { found, more }),
            _ => Err(Nothing(message)),
        },
        InputProblem::Empty | InputProblem::Unrecognised => records(text, limit),
    }
}

/// Whether the text names the record by its code or label, as a word of its own.
fn mentions(text: &str, entry: &Entry) -> bool {
    let lowered = text.to_ascii_lowercase();
    let apart = |character: Option<char>| character.is_none_or(|character| !character.is_alphanumeric());
    [entry.label.to_ascii_lowercase(), entry.code.to_string()].iter().any(|name| {
        lowered
            .match_indices(name.as_str())
            .any(|(start, _)| apart(lowered[..start].chars().next_back()) && apart(lowered[start + name.len()..].chars().next()))
    })
}

fn nothing_found(query: &str, unresolved: &Unresolved) -> Nothing {
    if let Unresolved::OutOfRange(_) | Unresolved::Unassigned { .. } = unresolved {
        let (title, detail) = problem_text(unresolved);
        return Nothing(format!("{title}. {detail}"));
    }
    let said = format!("Nothing found for \u{201c}{}\u{201d}.", shortened(&one_line(query), QUOTED));
    // Names near the words typed; a number has none worth offering.
    let near: Vec<String> = suggestions(query, SUGGESTIONS).into_iter().map(|entry| format!("{} ({})", entry.title(), entry.id)).collect();
    match near.is_empty() {
        true => Nothing(said),
        false => Nothing(format!("{said} Did you mean {}?", near.join(", "))),
    }
}

/// Text with its line breaks as spaces, to quote it in one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decoded bytes that were mostly not text: replacement characters (invalid UTF-8) and control
/// characters other than tabs and line breaks, in the first few thousand characters.
fn looks_binary(text: &str) -> bool {
    const SAMPLE: usize = 4096;
    let (mut total, mut odd) = (0usize, 0usize);
    for character in text.chars().take(SAMPLE) {
        total += 1;
        if character == char::REPLACEMENT_CHARACTER || (character.is_control() && !matches!(character, '\t' | '\n' | '\r')) {
            odd += 1;
        }
    }
    odd * 10 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(answer: Result<Answer, Nothing>) -> Vec<&'static str> {
        match answer {
            Ok(Answer::Records { found, .. }) => found.iter().map(|entry| entry.id).collect(),
            Ok(Answer::Response(_)) => panic!("a response"),
            Err(Nothing(message)) => panic!("{message}"),
        }
    }

    #[test]
    fn a_code_or_label_is_its_record_and_words_are_searched() {
        assert_eq!(ids(records(" 504 ", 10)), ["504"]);
        assert_eq!(ids(records("500.19", 10)), ["500.19-iis"]);
        assert_eq!(ids(records("cloudflare 1020", 10))[0], "1020-cloudflare");
        assert_eq!(ids(records("too many requests", 2)), ["429", "403.502-iis"]);
    }

    #[test]
    fn a_response_given_as_an_argument_is_explained() {
        assert!(matches!(given("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", 10, 0), Ok(Answer::Response(_))));
        assert_eq!(ids(given("HTTP/1.1 404", 10, 0))[0], "404", "a status line alone is searched");
    }

    #[test]
    fn the_limit_counts_what_is_left_out() {
        let Ok(Answer::Records { found, more }) = records("timeout", 3) else { panic!("found nothing") };
        assert_eq!(found.len(), 3);
        assert!(more > 0);
    }

    #[test]
    fn nothing_found_says_why_and_offers_near_names() {
        assert_eq!(records("999", 10).err().unwrap().0, "Not a status code. 999 is not an HTTP status code: status codes are three digits from 100 to 599.");
        assert!(records("299", 10).err().unwrap().0.starts_with("299: not a registered status code. No registry entry"));
        let Nothing(message) = records("qwzx", 10).err().unwrap();
        assert!(message.starts_with("Nothing found for \u{201c}qwzx\u{201d}. Did you mean "), "the browser's suggestions: {message}");
    }

    #[test]
    fn stdin_is_a_response_or_log_lines_or_a_friendly_refusal() {
        assert!(matches!(piped("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 10, 0), Ok(Answer::Response(_))));
        assert_eq!(ids(piped("at=error code=H12 desc=\"Request timeout\" method=GET path=\"/\" status=503\n", 10, 0))[0], "h12-heroku");
        assert!(piped(" \n", 10, 0).err().unwrap().0.starts_with("Standard input is empty"));
        assert!(piped("\u{0}\u{1}\u{fffd}\u{fffd}ab\u{2}", 10, 0).err().unwrap().0.starts_with("Standard input holds binary data"));
        assert!(piped("GET /orders HTTP/1.1\r\nHost: example.com\r\n\r\n", 10, 0).err().unwrap().0.starts_with("This is a request"));
        assert_eq!(ids(piped("Expected: 200\nReceived: 404\n", 10, 0))[0], "404");
        assert!(piped("x-request-id: abc\ncontent-type: text/html\n", 10, 0).err().unwrap().0.starts_with("These look like header lines"));
    }
}
