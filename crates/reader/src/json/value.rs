//! A whole JSON document read into values, for the small objects a field holds (`Report-To`,
//! `NEL`), where a check looks at every member.

use super::Scanner;
use std::borrow::Cow;

/// A JSON value. Objects keep their members in order, repeated names included.
#[derive(Debug, PartialEq)]
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    /// As written: `200`, `-1`, `1.5e3`.
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

impl<'a> Value<'a> {
    /// The member's value, for an object that has it.
    pub(crate) fn get(&self, name: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(members) => members.iter().find(|(member, _)| member == name).map(|(_, value)| value),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text.as_ref()),
            _ => None,
        }
    }

    /// A whole number, as written without a fraction or exponent.
    pub(crate) fn as_integer(&self) -> Option<i64> {
        match self {
            Value::Number(text) => text.parse().ok(),
            _ => None,
        }
    }
}

/// Nesting deeper than this is not read: no document people paste goes near it, and it bounds
/// the recursion.
const MAX_DEPTH: usize = 64;

impl<'a> Scanner<'a> {
    /// A whole value, or `None` where the text breaks off or stops being JSON.
    pub(crate) fn value(&mut self) -> Option<Value<'a>> {
        self.value_within(0)
    }

    fn value_within(&mut self, depth: usize) -> Option<Value<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'"' => self.text().map(Value::String),
            // Past a cut inside, an object keeps the members before it, so that the arrays
            // around it keep their complete elements.
            b'{' => {
                let mut members = Vec::new();
                self.members(|scanner, name| {
                    members.push((name, scanner.value_within(depth + 1)?));
                    Some(())
                })?;
                Some(Value::Object(members))
            }
            b'[' => self.elements(|scanner| scanner.value_within(depth + 1)).map(Value::Array),
            _ => {
                let start = self.position;
                while self.bytes.get(self.position).is_some_and(|byte| byte.is_ascii_alphanumeric() || b"+-.".contains(byte)) {
                    self.position += 1;
                }
                // Only ASCII bytes were passed, so the slice falls on character boundaries.
                match &self.source[start..self.position] {
                    "null" => Some(Value::Null),
                    "true" => Some(Value::Bool(true)),
                    "false" => Some(Value::Bool(false)),
                    number if number.starts_with(|c: char| c == '-' || c.is_ascii_digit()) => Some(Value::Number(number)),
                    _ => None,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Option<Value<'_>>, bool) {
        let mut scanner = Scanner::new(text);
        let value = scanner.value();
        (value, scanner.cut)
    }

    fn elements<'a, 'b>(value: Option<&'b Value<'a>>) -> &'b [Value<'a>] {
        match value {
            Some(Value::Array(values)) => values,
            _ => &[],
        }
    }

    #[test]
    fn documents_are_read_whole() {
        let (value, cut) = read(r#"{"log": {"entries": [{"status": 200, "ok": true, "none": null, "size": -1, "text": "a\nb \u00e9"}]}}"#);
        assert!(!cut);
        let entry = &elements(value.as_ref().unwrap().get("log").unwrap().get("entries"))[0];
        assert_eq!(entry.get("status").and_then(Value::as_integer), Some(200));
        assert_eq!(entry.get("size").and_then(Value::as_integer), Some(-1));
        assert_eq!(entry.get("ok"), Some(&Value::Bool(true)));
        assert_eq!(entry.get("none"), Some(&Value::Null));
        assert_eq!(entry.get("text").and_then(Value::as_str), Some("a\nb \u{e9}"));
    }

    #[test]
    fn an_array_cut_short_keeps_its_complete_elements() {
        let (value, cut) = read(r#"[{"a": 1}, {"b": 2}, {"c": "cut he"#);
        assert!(cut);
        assert_eq!(elements(value.as_ref()).len(), 2);
        let (value, cut) = read(r#"{"log": {"entries": [{"a": [1, 2]}, {"b": [3, 4"#);
        assert!(cut);
        let entries = elements(value.as_ref().and_then(|value| value.get("log")).and_then(|log| log.get("entries")));
        assert_eq!(entries.len(), 1, "the entry holding the cut is dropped, the objects around it kept");
    }

    #[test]
    fn what_is_not_json_is_nothing() {
        for text in ["", "{", "{\"a\" 1}", "nonsense", "{\"a\": tru}", &"[".repeat(10_000)] {
            let (value, _) = read(text);
            assert!(value.is_none() || matches!(value, Some(Value::Array(_))), "{text:?}");
        }
        let deep_text = "[".repeat(10_000);
        let (deep, cut) = read(&deep_text);
        assert!(cut && matches!(deep, Some(Value::Array(_))), "nesting past the limit is cut, not recursed into");
    }
}
