//! `Content-Range` (RFC 9110 section 14.4).

use super::words::{digits, grouped, unreadable};
use super::Context;
use crate::{Detail, Reading};

/// A `Content-Range` as written: unit, first and last position, complete length.
pub(crate) type RawContentRange = (String, Option<(u64, u64)>, Option<u64>);

/// `bytes 0-1023/146515`, `bytes */146515`, `bytes 0-1023/*`.
pub(crate) fn parse_content_range(value: &str) -> Option<RawContentRange> {
    let (unit, rest) = value.trim().split_once(' ')?;
    let (range, length) = rest.trim().split_once('/')?;
    let length = if length == "*" { None } else { Some(digits(length)?) };
    let range = if range == "*" {
        None
    } else {
        let (first, last) = range.split_once('-')?;
        let (first, last) = (digits(first)?, digits(last)?);
        if last < first || length.is_some_and(|length| last >= length) {
            return None;
        }
        Some((first, last))
    };
    if range.is_none() && length.is_none() {
        return None;
    }
    Some((unit.to_string(), range, length))
}

pub(crate) fn content_range(context: &Context) -> Option<Reading> {
    let field = context.first("content-range")?;
    let Some((unit, range, length)) = parse_content_range(&field.value) else {
        return Some(unreadable(&field.name, &field.value, "a range such as bytes 0-1023/146515, or bytes */146515"));
    };
    let of = length.map(|length| format!("{} {unit}", grouped(length))).unwrap_or_else(|| "a representation whose full length the server does not say".into());
    let sentence = match (range, length) {
        (Some((first, last)), _) => format!("This part is {unit} {}\u{2013}{} ({} {unit}) of {of}.", grouped(first), grouped(last), grouped(last - first + 1)),
        (None, Some(0)) => format!("The representation is empty (0 {unit}): no range of it can be satisfied."),
        (None, Some(length)) => {
            let position = if unit == "bytes" { "byte" } else { unit.as_str() };
            format!("The whole representation is {} {unit}: a range must start before {position} {}.", grouped(length), grouped(length))
        }
        (None, None) => return None,
    };
    Some(Reading {
        fields: vec![field.name.clone()],
        sentence,
        detail: Detail::ContentRange { unit, first: range.map(|(first, _)| first), last: range.map(|(_, last)| last), complete_length: length },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_ranges() {
        assert_eq!(parse_content_range("bytes 0-1023/146515"), Some(("bytes".into(), Some((0, 1023)), Some(146_515))));
        assert_eq!(parse_content_range("bytes */146515"), Some(("bytes".into(), None, Some(146_515))));
        assert_eq!(parse_content_range("bytes 0-1023/*"), Some(("bytes".into(), Some((0, 1023)), None)));
        for value in ["bytes 10-5/100", "bytes 0-100/100", "bytes */*", "bytes=0-5", "0-5/10", "bytes a-b/10"] {
            assert_eq!(parse_content_range(value), None, "{value:?}");
        }
    }
}
