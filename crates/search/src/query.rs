//! A query as typed, parsed into an optional code part (`404`, `40`, `4xx`) and words.

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
}

impl Query {
    pub(crate) fn parse(input: &str) -> Query {
        // "HTTP/1.1", "HTTP/2": the protocol in a pasted status line.
        let tokens: Vec<String> = input.split_whitespace().map(str::to_ascii_lowercase).filter(|token| !token.starts_with("http/")).collect();
        let codes: Vec<Option<CodePart>> =
            tokens.iter().map(|token| parse_code(token.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '*'))).collect();
        // The first whole code, else the first pattern: in "curl: (22) … returned error: 500"
        // the status is 500, not the 22x that curl's exit code would start.
        let code_at = codes.iter().position(|part| matches!(part, Some(CodePart::Exact(_)))).or_else(|| codes.iter().position(Option::is_some));
        let code = code_at.and_then(|position| codes[position]);
        let mut words = Vec::new();
        for (position, token) in tokens.iter().enumerate() {
            if Some(position) != code_at {
                words.extend(normalized_words(token));
            }
        }
        let compact = words.concat();
        let mut label_tokens: Vec<String> = input
            .split(|c: char| c.is_whitespace() || "=,;:\"'()[]{}<>|/".contains(c))
            .map(|token| token.trim_matches(|c: char| c == '.' || c == '-'))
            .filter(|token| !token.is_empty())
            .map(str::to_string)
            .collect();
        label_tokens.extend(iis_log_substatuses(input));
        Query { code, words, compact, label_tokens }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.code.is_none() && self.words.is_empty()
    }
}

/// IIS's W3C log writes the status and the sub-status as neighbouring fields (`500 19 13 15`:
/// `sc-status sc-substatus sc-win32-status time-taken`): each status followed by a number reads
/// as the label it stands for (`500.19`).
fn iis_log_substatuses(input: &str) -> impl Iterator<Item = String> + '_ {
    let tokens: Vec<&str> = input.split_whitespace().collect();
    let is_number = |token: &str, lengths: std::ops::RangeInclusive<usize>| lengths.contains(&token.len()) && token.bytes().all(|byte| byte.is_ascii_digit());
    (1..tokens.len()).filter_map(move |at| {
        let (status, substatus) = (tokens[at - 1], tokens[at]);
        (is_number(status, 3..=3) && matches!(parse_code(status), Some(CodePart::Exact(_))) && is_number(substatus, 1..=3))
            .then(|| format!("{status}.{substatus}"))
    })
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
        let iis = Query::parse("2024-05-14 10:21:37 GET /app/ - 443 - 203.0.113.7 - 500 19 13 15").label_tokens;
        assert!(iis.contains(&"500.19".to_string()), "status and sub-status fields: {iis:?}");
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
