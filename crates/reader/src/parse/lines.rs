//! Single lines, whatever the format: status, request and field lines, `:status`, tokens, and
//! the text cut into lines. Every format's reader is built from these, so they stand apart.

use super::MAX_VALUE;

fn is_token_character(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

/// The line without the whitespace it starts with, as `str::trim_start` gives it, spaces and
/// tabs skipped a byte at a time: every line of a pasted body is looked at here, several times.
fn trim_start(line: &str) -> &str {
    let indent = line.bytes().take_while(|byte| matches!(byte, b' ' | b'\t')).count();
    line[indent..].trim_start()
}

fn is_method_byte(byte: u8) -> bool {
    byte.is_ascii_uppercase() || byte == b'-' || byte == b'_'
}

fn is_token(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(is_token_character)
}

pub(super) fn capped(value: &str) -> String {
    // Bytes are never fewer than characters: a value of MAX_VALUE bytes or less is kept whole
    // without counting its characters.
    if value.len() <= MAX_VALUE {
        return value.to_string();
    }
    match value.char_indices().nth(MAX_VALUE) {
        Some((cut, _)) => format!("{}\u{2026}", &value[..cut]),
        None => value.to_string(),
    }
}

/// Whether the text starts with `HTTP/`, in any case.
fn starts_with_http(text: &str) -> bool {
    text.as_bytes().get(..5).is_some_and(|prefix| prefix.eq_ignore_ascii_case(b"HTTP/"))
}

/// `HTTP/1.1`, `HTTP/2`, `HTTP/2.0`, `HTTP/3`, any case.
fn version(text: &str) -> Option<String> {
    let number = starts_with_http(text).then(|| &text[5..])?;
    let bytes = number.as_bytes();
    let valid = match bytes {
        [major] => major.is_ascii_digit(),
        [major, b'.', minor] => major.is_ascii_digit() && minor.is_ascii_digit(),
        _ => false,
    };
    valid.then(|| format!("HTTP/{number}"))
}

/// A three-digit status code from 100 to 999 (codes above 599 are read, then flagged).
pub(super) fn status_code(text: &str) -> Option<u16> {
    (text.len() == 3 && text.bytes().all(|byte| byte.is_ascii_digit())).then(|| text.parse().ok()).flatten().filter(|code| *code >= 100)
}

/// Whether a line could start a message, by its first visible byte: a status line (`HTTP/`), a
/// request line (an upper-case method) or `:status`. Lets the lines of a body pass quickly.
pub(super) fn may_start_message(line: &str) -> bool {
    trim_start(line).bytes().next().is_some_and(|byte| matches!(byte, b'h' | b':') || is_method_byte(byte))
}

/// A status line: version, code, optional reason phrase.
pub(super) fn status_line(line: &str) -> Option<(String, u16, Option<String>)> {
    // Every line of a pasted body comes here: most are ruled out by their first bytes.
    let line = trim_start(line);
    if !starts_with_http(line) {
        return None;
    }
    let line = line.trim_end();
    let (version_text, rest) = line.split_once([' ', '\t'])?;
    let version = version(version_text)?;
    let rest = rest.trim_start();
    let (code_text, reason) = rest.split_once([' ', '\t']).unwrap_or((rest, ""));
    let code = status_code(code_text)?;
    let reason = reason.trim();
    Some((version, code, (!reason.is_empty()).then(|| capped(reason))))
}

/// A line that starts like a status line, for saying what is wrong with it.
pub(super) fn almost_status_line(line: &str) -> bool {
    let line = trim_start(line);
    starts_with_http(line) && status_line(line).is_none()
}

/// A request line: method, target, version.
pub(super) fn request_line(line: &str) -> Option<(String, String, String)> {
    // The method's first byte rules out most of a body's lines before any is split into words.
    if !trim_start(line).bytes().next().is_some_and(is_method_byte) {
        return None;
    }
    let mut words = line.split_whitespace();
    let method = words.next().filter(|method| method.len() <= 20 && method.bytes().all(is_method_byte))?;
    let (target, version_text) = (words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    Some((method.to_string(), capped(target), version(version_text)?))
}

/// `name: value`, the name a token (or a pseudo-header name such as `:status`).
pub(super) fn field_line(line: &str) -> Option<(&str, &str)> {
    let (name, value) = if let Some(pseudo) = line.strip_prefix(':') {
        let (name, value) = pseudo.split_once(':')?;
        (&line[..name.len() + 1], value)
    } else {
        line.split_once(':')?
    };
    let bare = name.strip_prefix(':').unwrap_or(name);
    is_token(bare).then(|| (name, value.trim_matches([' ', '\t'])))
}

/// `Name : value`: whitespace between a token name and its colon, which HTTP/1.1 forbids
/// (RFC 9112 section 5.1) and many servers send anyway. The name without the whitespace, and the
/// value; `None` for a well-formed field line or anything else.
pub(super) fn spaced_field_line(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(':')?;
    let bare = name.trim_end_matches([' ', '\t']);
    (bare.len() < name.len() && is_token(bare)).then(|| (bare, value.trim_matches([' ', '\t'])))
}

/// `:status: 404` (or `:status 404`, as some tools print it).
pub(super) fn pseudo_status(line: &str) -> Option<u16> {
    let rest = trim_start(line).strip_prefix(":status")?;
    status_code(rest.trim_start_matches(':').trim())
}

/// A line of the text before its common indentation is cut, with what it takes to cut it.
struct RawLine<'a> {
    line: &'a str,
    /// Bytes of line end after it.
    end: usize,
    /// Spaces and tabs it starts with.
    indent: usize,
    /// Nothing but whitespace.
    blank: bool,
}

/// The least indentation of the lines that are not blank.
fn least_indent(lines: &[RawLine]) -> usize {
    lines.iter().filter(|raw| !raw.blank).map(|raw| raw.indent).min().unwrap_or(0)
}

/// The text's lines without line ends, a common indentation or Markdown code fences, and how
/// many bytes of line end followed each (2 for CRLF, 1 for LF, 0 after the last line), so a
/// body's length counts what was there. Lone CRs (old Mac line ends) count as line ends when the
/// text has no LF at all. Each line is looked at once here: a 1 MB body has tens of thousands.
pub(super) fn lines(text: &str) -> (Vec<&str>, Vec<usize>) {
    let text = text.trim_start_matches('\u{feff}');
    let separator = if text.contains('\n') { '\n' } else { '\r' };
    let mut pieces = text.split(separator).peekable();
    let mut raw: Vec<RawLine> = Vec::new();
    while let Some(piece) = pieces.next() {
        let separated = usize::from(pieces.peek().is_some());
        let (line, end) = match piece.strip_suffix('\r').filter(|_| separator == '\n') {
            Some(line) => (line, 1 + separated),
            None => (piece, separated),
        };
        let indent = line.bytes().take_while(|byte| matches!(byte, b' ' | b'\t')).count();
        let blank = line[indent..].chars().all(char::is_whitespace);
        if !blank && line[indent..].trim_start().starts_with("```") {
            continue;
        }
        raw.push(RawLine { line, end, indent, blank });
    }
    let first = raw.iter().position(|raw| !raw.blank).unwrap_or(0);
    let indent = least_indent(&raw);
    // A copy that began on the first character of an indented status line (wget -S's server
    // lines) lost that line's indentation only: the lines after it lose their own.
    let below = raw.get(first + 1..).map_or(0, least_indent);
    let lost_first = indent == 0 && below > 0 && raw.get(first).is_some_and(|raw| raw.indent == 0 && status_line(raw.line).is_some());
    raw.into_iter()
        .enumerate()
        .map(|(index, raw)| {
            let cut = if lost_first && index > first { below } else { indent };
            (if raw.blank { "" } else { &raw.line[cut..] }, raw.end)
        })
        .unzip()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_with_and_without_reasons() {
        assert_eq!(status_line("HTTP/1.1 404 Not Found"), Some(("HTTP/1.1".into(), 404, Some("Not Found".into()))));
        assert_eq!(status_line("HTTP/2 200 "), Some(("HTTP/2".into(), 200, None)));
        assert_eq!(status_line("http/3 503"), Some(("HTTP/3".into(), 503, None)));
        assert_eq!(status_line("HTTP/1.0 200 Connection established"), Some(("HTTP/1.0".into(), 200, Some("Connection established".into()))));
        for line in ["HTTP/1.1 4040 Nope", "HTTP/1.1 abc", "HTTP/1.1", "HTTPS/1.1 200 OK", "HTTP/11 200", "HTTP/1.1 099 Low", "GET / HTTP/1.1"] {
            assert_eq!(status_line(line), None, "{line:?}");
        }
    }

    #[test]
    fn field_lines() {
        assert_eq!(field_line("Content-Type: text/html; charset=utf-8"), Some(("Content-Type", "text/html; charset=utf-8")));
        assert_eq!(field_line("x-empty:"), Some(("x-empty", "")));
        assert_eq!(field_line(":status: 404"), Some((":status", "404")));
        assert_eq!(field_line("Location: https://example.com:8443/a"), Some(("Location", "https://example.com:8443/a")));
        for line in ["no colon here", "bad name: x", "\"json\": 1", ": empty name", "<html>"] {
            assert_eq!(field_line(line), None, "{line:?}");
        }
        assert_eq!(spaced_field_line("Content-Type : text/html"), Some(("Content-Type", "text/html")));
        assert_eq!(spaced_field_line("Allow\t:GET"), Some(("Allow", "GET")));
        for line in ["Allow: GET", "  Allow : GET", "bad name : x", " : x", "no colon"] {
            assert_eq!(spaced_field_line(line), None, "{line:?}");
        }
    }

    #[test]
    fn lines_are_dedented_and_fences_dropped() {
        assert_eq!(
            lines("```\n    HTTP/1.1 200 OK\r\n      folded\r\n\r\n    Server: x\n```"),
            (vec!["HTTP/1.1 200 OK", "  folded", "", "Server: x"], vec![2, 2, 2, 1])
        );
        assert_eq!(lines("HTTP/1.1 200 OK\rServer: x"), (vec!["HTTP/1.1 200 OK", "Server: x"], vec![1, 0]));
        assert_eq!(lines("a\r\nb\nc\r"), (vec!["a", "b", "c"], vec![2, 1, 1]), "a CR at the very end is still a byte");
        assert_eq!(lines("a\n"), (vec!["a", ""], vec![1, 0]));
        assert_eq!(
            lines("HTTP/1.1 200 OK\n  Date: x\n    folded\n\n  Server: y").0,
            vec!["HTTP/1.1 200 OK", "Date: x", "  folded", "", "Server: y"],
            "the status line's indentation was left behind"
        );
        assert_eq!(lines("Note\n  HTTP/1.1 200 OK\n  Date: x").0, vec!["Note", "  HTTP/1.1 200 OK", "  Date: x"]);
    }
}
