//! The pieces of RFC 9110's field syntax (section 5.6) the checks share: tokens, quoted
//! strings, comma-separated lists that respect quotes (and Link's angle brackets), and
//! `; name=value` parameters.

/// `tchar` (RFC 9110 section 5.6.2).
fn is_tchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

/// A token: one or more `tchar`.
pub(super) fn is_token(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(is_tchar)
}

/// The text of a quoted string (`"a \"b\""` → `a "b"`), or `None` when `text` is not exactly one.
pub(super) fn unquoted(text: &str) -> Option<String> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut characters = inner.chars();
    while let Some(character) = characters.next() {
        match character {
            '\\' => out.push(characters.next()?),
            '"' => return None,
            c if c.is_control() && c != '\t' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// Splits on `separator` outside quoted strings and `<…>`, trimming each part and keeping empty
/// ones (so that `a,,b` shows its empty member).
pub(super) fn split_outside_quotes(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut quoted, mut escaped, mut angled) = (0, false, false, false);
    for (index, character) in text.char_indices() {
        match character {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' if !angled => quoted = !quoted,
            '<' if !quoted => angled = true,
            '>' if !quoted => angled = false,
            c if c == separator && !quoted && !angled => {
                parts.push(text[start..index].trim());
                start = index + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(text[start..].trim());
    parts
}

/// A parameter: its name in lower case, its value (unquoted), and whether it was quoted.
#[derive(Debug, PartialEq)]
pub(super) struct Parameter {
    pub(super) name: String,
    pub(super) value: String,
    pub(super) quoted: bool,
}

/// `; name=value` parameters, the value a token or a quoted string; `None` when one breaks that.
/// A trailing `;` is tolerated, as recipients do.
pub(super) fn parameters(parts: &[&str]) -> Option<Vec<Parameter>> {
    let mut parameters = Vec::new();
    for (position, part) in parts.iter().enumerate() {
        if part.is_empty() && position + 1 == parts.len() {
            break;
        }
        let (name, value) = part.split_once('=')?;
        let (name, value) = (name.trim(), value.trim());
        if !is_token(name) {
            return None;
        }
        let (value, quoted) = match unquoted(value) {
            Some(text) => (text, true),
            None if is_token(value) => (value.to_string(), false),
            None => return None,
        };
        parameters.push(Parameter { name: name.to_ascii_lowercase(), value, quoted });
    }
    Some(parameters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_parameters() {
        assert_eq!(split_outside_quotes(r#"a, "b, c", <d,e>; x=1,"#, ','), vec!["a", r#""b, c""#, "<d,e>; x=1", ""]);
        assert_eq!(unquoted(r#""a \"b\"""#).as_deref(), Some(r#"a "b""#));
        assert_eq!(unquoted(r#""a"b""#), None);
        let parsed = parameters(&["charset=UTF-8", r#"name="x y""#, ""]).unwrap();
        assert_eq!(parsed[1], Parameter { name: "name".into(), value: "x y".into(), quoted: true });
        assert_eq!(parameters(&["charset"]), None);
        assert_eq!(parameters(&["a=b c"]), None);
        assert!(is_token("max-age") && !is_token("a b") && !is_token(""));
    }
}
