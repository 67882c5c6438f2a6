//! Shared by the field readers: numbers and lists in words, quoting, the reading of a value
//! that cannot be read, and the plain digits numeric fields are written in.

use crate::{mask, Detail, Reading};
pub(crate) use http_status_data::text::grouped;

/// `a`, `a and b`, `a, b and c`.
pub(crate) fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub(super) fn quoted(text: &str) -> String {
    format!("\u{201c}{text}\u{201d}")
}

pub(super) fn unreadable(name: &str, value: &str, expected: &'static str) -> Reading {
    let shown = mask::text(value);
    Reading {
        fields: vec![name.to_string()],
        sentence: format!("{name}: {} is not {expected}, so clients ignore it.", quoted(&shown)),
        detail: Detail::Unreadable { field: name.to_string(), value: shown, expected, problem: None },
    }
}

/// A value that is not what was expected, in a way clients do not agree on how to repair: the
/// `problem` says what is wrong and what clients make of it, in sentences.
pub(super) fn malformed(name: &str, value: &str, expected: &'static str, problem: String) -> Reading {
    let shown = mask::text(value);
    Reading {
        fields: vec![name.to_string()],
        sentence: format!("{name}: {} is not {expected}. {problem}", quoted(&shown)),
        detail: Detail::Unreadable { field: name.to_string(), value: shown, expected, problem: Some(problem) },
    }
}

pub(super) fn digits(text: &str) -> Option<u64> {
    (!text.is_empty() && text.len() <= 18 && text.bytes().all(|byte| byte.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_in_words() {
        assert_eq!(listed(&["GET".into(), "HEAD".into(), "OPTIONS".into()]), "GET, HEAD and OPTIONS");
    }
}
