//! A query as typed, parsed into an optional code part (`404`, `40`, `4xx`) and words.

use super::log_formats::FieldReading;
use super::normalize::normalized_words;

/// The code part of a query: an exact code, or digits with wildcards ("4xx", "40" as "40x").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CodePart {
    Exact(u16),
    Pattern([Option<u8>; 3]),
}

impl CodePart {
    pub(super) fn matches(self, code: u16) -> bool {
        match self {
            CodePart::Exact(exact) => code == exact,
            CodePart::Pattern(digits) => {
                let actual = [code / 100, code / 10 % 10, code % 10];
                digits.iter().zip(actual).all(|(want, got)| want.is_none_or(|want| u16::from(want) == got))
            }
        }
    }
}

/// A parsed query.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Query {
    pub(super) code: Option<CodePart>,
    /// Normalised words, filler words included.
    pub(super) words: Vec<String>,
    /// The words run together, for whole-query matches that ignore spaces and hyphens.
    pub(super) compact: String,
    /// The pieces of the input that could be a record's label, as typed ("500.19", "H12",
    /// "UF" from "code=H12", "(500.19)", "flags=UF"): split at spaces and the punctuation of log
    /// lines, keeping the dots inside.
    pub(super) label_tokens: Vec<String>,
    /// Labels a log format's own fields hold, case kept (HAProxy's `sH` is not `SH`).
    pub(super) field_labels: Vec<String>,
}

impl Query {
    /// A query as typed: the first whole code (else the first pattern) is its code part.
    pub(crate) fn parse(input: &str) -> Query {
        Query::read(input, None)
    }

    /// A query whose format's fields were read (`log_formats`): the status comes from its field,
    /// and the labels those fields hold join the label tokens with their case kept.
    pub(crate) fn read(input: &str, reading: Option<&FieldReading>) -> Query {
        let status_field = reading.and_then(|reading| reading.status_at.clone());
        let overlaps_status = |start: usize, length: usize| status_field.as_ref().is_some_and(|field| field.start < start + length && start < field.end);
        // "HTTP/1.1", "HTTP/2": the protocol in a pasted status line.
        let tokens: Vec<String> = input
            .split_whitespace()
            .filter(|token| !overlaps_status(token.as_ptr() as usize - input.as_ptr() as usize, token.len()))
            .map(str::to_ascii_lowercase)
            .filter(|token| !token.starts_with("http/"))
            .collect();
        let codes: Vec<Option<CodePart>> =
            tokens.iter().map(|token| parse_code(token.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '*'))).collect();
        // Typed, the first whole code, else the first pattern: in "curl: (22) … returned error:
        // 500" the status is 500, not the 22x that curl's exit code would start. Read by field,
        // the status field's.
        let code_at = match reading {
            Some(_) => None,
            None => codes.iter().position(|part| matches!(part, Some(CodePart::Exact(_)))).or_else(|| codes.iter().position(Option::is_some)),
        };
        let code = match reading {
            Some(reading) => reading.status.map(CodePart::Exact),
            None => code_at.and_then(|position| codes[position]),
        };
        let mut words = Vec::new();
        for (position, token) in tokens.iter().enumerate() {
            if Some(position) != code_at {
                words.extend(normalized_words(token));
            }
        }
        let compact = words.concat();
        let field_labels = reading.map(|reading| reading.labels.clone()).unwrap_or_default();
        let label_tokens: Vec<String> = input
            .split(|c: char| c.is_whitespace() || "=,;:\"'()[]{}<>|/".contains(c))
            .map(|token| token.trim_matches(|c: char| c == '.' || c == '-'))
            .filter(|token| !token.is_empty() && !field_labels.iter().any(|label| label.eq_ignore_ascii_case(token)))
            .map(str::to_string)
            .collect();
        Query { code, words, compact, label_tokens, field_labels }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.code.is_none() && self.words.is_empty()
    }
}

/// "404" → exact; "4", "40" → prefix; "4xx", "4XX", "4**", "40x" → pattern.
fn parse_code(token: &str) -> Option<CodePart> {
    let bytes = token.as_bytes();
    if bytes.is_empty() || bytes.len() > 3 || !bytes[0].is_ascii_digit() {
        return None;
    }
    let mut digits = [None; 3];
    for (slot, &byte) in digits.iter_mut().zip(bytes) {
        *slot = match byte {
            b'0'..=b'9' => Some(byte - b'0'),
            b'x' | b'*' => None,
            _ => return None,
        };
    }
    if !(1..=5).contains(&bytes[0].wrapping_sub(b'0')) {
        return None;
    }
    match digits {
        [Some(a), Some(b), Some(c)] if bytes.len() == 3 => Some(CodePart::Exact(u16::from(a) * 100 + u16::from(b) * 10 + u16::from(c))),
        _ => Some(CodePart::Pattern(digits)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_patterns_and_words() {
        assert_eq!(Query::parse("404").code, Some(CodePart::Exact(404)));
        assert_eq!(Query::parse("HTTP/1.1 503 Service Unavailable").code, Some(CodePart::Exact(503)));
        assert_eq!(Query::parse("HTTP/1.1 503 Service Unavailable").words, vec!["service", "unavailable"]);
        assert_eq!(Query::parse("(502)").code, Some(CodePart::Exact(502)));
        assert_eq!(Query::parse("4xx").code, Some(CodePart::Pattern([Some(4), None, None])));
        assert_eq!(Query::parse("4**").code, Some(CodePart::Pattern([Some(4), None, None])));
        assert_eq!(Query::parse("40X").code, Some(CodePart::Pattern([Some(4), Some(0), None])));
        assert_eq!(Query::parse("40").code, Some(CodePart::Pattern([Some(4), Some(0), None])));
        assert_eq!(Query::parse("999").code, None, "not a status code");
        assert_eq!(Query::parse("I'm a teapot").words, vec!["im", "a", "teapot"]);
        assert_eq!(Query::parse("Retry-After").compact, "retryafter");
        assert_eq!(Query::parse("unauthorised behaviour").words, vec!["unauthorized", "behavior"]);
    }

    #[test]
    fn label_tokens_come_out_of_log_lines() {
        assert_eq!(Query::parse("HTTP Error 500.19 - Internal").label_tokens, ["HTTP", "Error", "500.19", "Internal"]);
        assert_eq!(Query::parse("at=error code=H12 desc=\"Request timeout\"").label_tokens, ["at", "error", "code", "H12", "desc", "Request", "timeout"]);
        assert_eq!(Query::parse("\"GET / HTTP/1.1\" 503 UF,URX").label_tokens, ["GET", "HTTP", "1.1", "503", "UF", "URX"]);
        let reading = FieldReading { status: Some(500), status_at: Some(52..55), labels: vec!["500.19".into()] };
        let iis = Query::read("2024-05-14 10:21:37 GET /app/ - 443 - 203.0.113.7 - 500 19 13 15", Some(&reading));
        assert_eq!(
            (iis.code, &iis.field_labels[..]),
            (Some(CodePart::Exact(500)), &["500.19".to_string()][..]),
            "the status and sub-status fields, not the port"
        );
        assert!(!iis.words.contains(&"500".to_string()) && iis.words.contains(&"443".to_string()));
    }

    #[test]
    fn only_the_first_code_is_the_code_part() {
        let query = Query::parse("404 then 500");
        assert_eq!(query.code, Some(CodePart::Exact(404)));
        assert_eq!(query.words, vec!["then", "500"]);
    }

    #[test]
    fn a_whole_code_wins_over_digits_before_it() {
        let query = Query::parse("curl: (22) The requested URL returned error: 500");
        assert_eq!(query.code, Some(CodePart::Exact(500)));
        assert_eq!(query.words[..2], ["curl", "22"]);
        assert_eq!(Query::parse("4 errors").code, Some(CodePart::Pattern([Some(4), None, None])), "a pattern when there is no whole code");
    }

    #[test]
    fn code_tokens_outside_1xx_to_5xx_are_words() {
        for token in ["0", "600", "099", "1234", "x04", "4x4x"] {
            assert_eq!(parse_code(token), None, "{token}");
        }
        assert_eq!(parse_code("4x4"), Some(CodePart::Pattern([Some(4), None, Some(4)])));
    }

    #[test]
    fn patterns_match_the_codes_they_cover() {
        let four_hundreds = CodePart::Pattern([Some(4), None, None]);
        assert!(four_hundreds.matches(404) && four_hundreds.matches(499) && !four_hundreds.matches(500));
        assert!(CodePart::Exact(404).matches(404) && !CodePart::Exact(404).matches(405));
    }
}
