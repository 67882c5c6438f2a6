//! Just enough JSON for what people paste: a scanner that reads strings and skips values (for
//! the members of a problem+json body) and a reader of whole documents into values (for a HAR
//! file). Numbers are kept as written, since only whole ones are used.
//!
//! Not serde_json: reading HAR files with it (derived structs for the members used) added
//! 104,385 bytes raw, 68,242 after `wasm-opt -Oz` and 30,005 gzipped to the full wasm, against
//! 9,586, 6,924 and 3,969 for this file and the HAR reader (measured 2026-12-07, release build
//! of http-status-app).
//!
//! Text cut short is common in pastes: an array keeps the elements that were complete before the
//! cut, and the scanner says a cut happened.
//!
//! Values borrow from the text where they can (numbers, and strings without escapes): a HAR file
//! of a megabyte holds tens of thousands of strings.

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

    pub(crate) fn as_array(&self) -> &[Value<'a>] {
        match self {
            Value::Array(values) => values,
            _ => &[],
        }
    }
}

/// Nesting deeper than this is not read: no document people paste goes near it, and it bounds
/// the recursion.
const MAX_DEPTH: usize = 64;

pub(crate) struct Scanner<'a> {
    /// The text read, and its bytes.
    source: &'a str,
    pub(crate) bytes: &'a [u8],
    pub(crate) position: usize,
    /// An array ended before its closing bracket: the text was cut or broke there.
    pub(crate) cut: bool,
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str) -> Scanner<'a> {
        let source = text.trim_start_matches('\u{feff}');
        Scanner { source, bytes: source.as_bytes(), position: 0, cut: false }
    }

    pub(crate) fn skip_whitespace(&mut self) {
        while matches!(self.bytes.get(self.position), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.position += 1;
        }
    }

    pub(crate) fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let matched = self.bytes.get(self.position) == Some(&byte);
        self.position += usize::from(matched);
        matched
    }

    pub(crate) fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes.get(self.position).copied()
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.position..self.position + 4)?;
        self.position += 4;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    }

    /// A string, the opening quote next.
    pub(crate) fn string(&mut self) -> Option<String> {
        self.text().map(Cow::into_owned)
    }

    /// The length of the run of string bytes from the position to the next quote or backslash;
    /// `None`, with the position at the end, where the text ends first.
    fn plain_run(&mut self) -> Option<usize> {
        let run = self.bytes[self.position..].iter().position(|byte| matches!(byte, b'"' | b'\\'));
        if run.is_none() {
            self.position = self.bytes.len();
        }
        run
    }

    /// A string, the opening quote next: borrowed from the text when it holds no escape. Quotes
    /// and backslashes are ASCII, so the runs between them are whole characters of the text.
    fn text(&mut self) -> Option<Cow<'a, str>> {
        if !self.eat(b'"') {
            return None;
        }
        let start = self.position;
        self.position += self.plain_run()?;
        if self.bytes[self.position] == b'"' {
            let text = &self.source[start..self.position];
            self.position += 1;
            return Some(Cow::Borrowed(text));
        }
        let mut text = String::from(&self.source[start..self.position]);
        loop {
            let byte = self.bytes[self.position];
            self.position += 1;
            if byte == b'"' {
                return Some(Cow::Owned(text));
            }
            let escape = *self.bytes.get(self.position)?;
            self.position += 1;
            let decoded = match escape {
                b'"' | b'\\' | b'/' => char::from(escape),
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let unit = self.hex4()?;
                    let code = if (0xd800..0xdc00).contains(&unit) && self.bytes.get(self.position..self.position + 2) == Some(&b"\\u"[..]) {
                        let resume = self.position;
                        self.position += 2;
                        match self.hex4() {
                            Some(low @ 0xdc00..=0xdfff) => 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00),
                            _ => {
                                self.position = resume;
                                unit
                            }
                        }
                    } else {
                        unit
                    };
                    char::from_u32(code).unwrap_or('\u{fffd}')
                }
                _ => return None,
            };
            text.push(decoded);
            let run = self.plain_run()?;
            text.push_str(&self.source[self.position..self.position + run]);
            self.position += run;
        }
    }

    /// Any value, skipped: nested objects and arrays by counting brackets outside strings.
    pub(crate) fn skip_value(&mut self) -> Option<()> {
        self.skip_whitespace();
        let mut depth = 0usize;
        loop {
            let byte = *self.bytes.get(self.position)?;
            match byte {
                b'"' => {
                    self.text()?;
                    if depth == 0 {
                        return Some(());
                    }
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' if depth == 0 => return Some(()),
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        self.position += 1;
                        return Some(());
                    }
                }
                b',' if depth == 0 => return Some(()),
                _ => {}
            }
            self.position += 1;
        }
    }

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
            b'{' => {
                self.position += 1;
                let mut members = Vec::new();
                if self.eat(b'}') {
                    return Some(Value::Object(members));
                }
                // Past a cut inside, the object keeps the members before it, so that the arrays
                // around it keep their complete elements.
                loop {
                    let Some(name) = self.text().filter(|_| self.eat(b':')) else { return self.cut.then_some(Value::Object(members)) };
                    let Some(value) = self.value_within(depth + 1) else { return self.cut.then_some(Value::Object(members)) };
                    members.push((name, value));
                    if self.eat(b'}') {
                        return Some(Value::Object(members));
                    }
                    if !self.eat(b',') {
                        return self.cut.then_some(Value::Object(members));
                    }
                }
            }
            b'[' => {
                self.position += 1;
                let mut values = Vec::new();
                if self.eat(b']') {
                    return Some(Value::Array(values));
                }
                loop {
                    // An element cut short, or holding a cut, ends the array with the elements
                    // before it.
                    let cut_before = self.cut;
                    let Some(value) = self.value_within(depth + 1).filter(|_| self.cut == cut_before) else {
                        self.cut = true;
                        return Some(Value::Array(values));
                    };
                    values.push(value);
                    if self.eat(b']') {
                        return Some(Value::Array(values));
                    }
                    if !self.eat(b',') {
                        self.cut = true;
                        return Some(Value::Array(values));
                    }
                }
            }
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

    #[test]
    fn documents_are_read_whole() {
        let (value, cut) = read(r#"{"log": {"entries": [{"status": 200, "ok": true, "none": null, "size": -1, "text": "a\nb \u00e9"}]}}"#);
        assert!(!cut);
        let entry = &value.as_ref().unwrap().get("log").unwrap().get("entries").unwrap().as_array()[0];
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
        assert_eq!(value.unwrap().as_array().len(), 2);
        let (value, cut) = read(r#"{"log": {"entries": [{"a": [1, 2]}, {"b": [3, 4"#);
        assert!(cut);
        let entries = value.as_ref().and_then(|value| value.get("log")).and_then(|log| log.get("entries")).map(Value::as_array);
        assert_eq!(entries.map(<[Value]>::len), Some(1), "the entry holding the cut is dropped, the objects around it kept");
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
