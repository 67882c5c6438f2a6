//! Just enough JSON for what people paste: a scanner that reads objects member by member and
//! arrays element by element, reading the values asked for and skipping the others unbuilt (the
//! members of a problem+json body, a HAR file), and (`value`) a reader of whole documents into
//! values (the small JSON objects of `Report-To` and `NEL`). Numbers are kept as written, since
//! only whole ones are used.
//!
//! Reading a HAR file in place, not into values first, took a fifth off its reading and left
//! no tree of tens of thousands of values to free: natively 46 → 37 million instructions for the
//! bench's 1.1 MB file (callgrind); its first paste in a fresh page 206–214 → 157–175 ms in
//! WebKit, 106–109 → 100 in Chromium (2026-12-07).
//!
//! Not serde_json: reading HAR files with it (derived structs for the members used) added
//! 104,385 bytes raw, 68,242 after `wasm-opt -Oz` and 30,005 gzipped to the full wasm, against
//! 9,586, 6,924 and 3,969 for this file and the HAR reader when it read values (measured
//! 2026-12-07, release build of http-status-app).
//!
//! Text cut short is common in pastes: an array keeps the elements that were complete before the
//! cut, and the scanner says a cut happened.
//!
//! Values borrow from the text where they can (numbers, and strings without escapes): a HAR file
//! of a megabyte holds tens of thousands of strings.

mod value;

use std::borrow::Cow;
pub(crate) use value::Value;

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

    /// A string skipped, the opening quote next: its escapes are passed over, not decoded.
    fn skip_string(&mut self) -> Option<()> {
        self.position += 1;
        loop {
            self.position += self.plain_run()?;
            let byte = self.bytes[self.position];
            self.position += 1;
            if byte == b'"' {
                return Some(());
            }
            // A backslash: the byte after it is never the string's end (`\u` digits are plain).
            self.position += 1;
        }
    }

    /// An object read member by member: `member` is given each name with the scanner at its
    /// value, and reads or skips that value; a value that is not an object is skipped. `None`
    /// where the text breaks off or stops being JSON, unless an array inside was cut (then the
    /// members before the cut are the object).
    pub(crate) fn members(&mut self, mut member: impl FnMut(&mut Self, Cow<'a, str>) -> Option<()>) -> Option<()> {
        if self.peek()? != b'{' {
            return self.skip_value();
        }
        self.position += 1;
        if self.eat(b'}') {
            return Some(());
        }
        loop {
            let Some(name) = self.text().filter(|_| self.eat(b':')) else { return self.cut.then_some(()) };
            if member(self, name).is_none() {
                return self.cut.then_some(());
            }
            if self.eat(b'}') {
                return Some(());
            }
            if !self.eat(b',') {
                return self.cut.then_some(());
            }
        }
    }

    /// An array's elements, each read by `element`; a value that is not an array is no
    /// elements. An element that breaks off, or holds a cut, ends the array with the elements
    /// before it, and the scanner says a cut happened.
    pub(crate) fn elements<T>(&mut self, mut element: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let mut elements = Vec::new();
        if self.peek()? != b'[' {
            return self.skip_value().map(|()| elements);
        }
        self.position += 1;
        if self.eat(b']') {
            return Some(elements);
        }
        loop {
            let cut_before = self.cut;
            match element(self) {
                Some(value) if self.cut == cut_before => elements.push(value),
                _ => {
                    self.cut = true;
                    return Some(elements);
                }
            }
            if self.eat(b']') {
                return Some(elements);
            }
            if !self.eat(b',') {
                self.cut = true;
                return Some(elements);
            }
        }
    }

    /// The value next when it is a string, else `Some(None)` with the value skipped; `None` where
    /// the text breaks off.
    pub(crate) fn string_or_skip(&mut self) -> Option<Option<Cow<'a, str>>> {
        match self.peek()? {
            b'"' => self.text().map(Some),
            _ => self.skip_value().map(|()| None),
        }
    }

    /// The value next read as `T` from its text as written (`200` and `-1` as a whole number,
    /// `true` as a bool), else `Some(None)` with the value skipped; `None` where the text breaks off.
    pub(crate) fn parsed_or_skip<T: std::str::FromStr>(&mut self) -> Option<Option<T>> {
        self.skip_whitespace();
        let start = self.position;
        self.skip_value()?;
        Some(self.source[start..self.position].trim_end().parse().ok())
    }

    /// Any value, skipped: nested objects and arrays by counting brackets outside strings.
    pub(crate) fn skip_value(&mut self) -> Option<()> {
        self.skip_whitespace();
        let mut depth = 0usize;
        loop {
            let byte = *self.bytes.get(self.position)?;
            match byte {
                b'"' => {
                    self.skip_string()?;
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
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item's `n`, and its `s` when a string.
    type Item = (Option<i64>, Option<String>);

    /// `{"items": [{"n": 1, "s": "x"}, …]}` read member by member: the items, and the scanner's cut.
    fn read_items(text: &str) -> (Option<Vec<Item>>, bool) {
        let mut scanner = Scanner::new(text);
        let mut items = None;
        let read = scanner.members(|scanner, member| match &*member {
            "items" => {
                items = Some(scanner.elements(|scanner| {
                    let (mut n, mut s) = (None, None);
                    scanner.members(|scanner, member| {
                        match &*member {
                            "n" => n = scanner.parsed_or_skip()?,
                            "s" => s = scanner.string_or_skip()?.map(Cow::into_owned),
                            _ => scanner.skip_value()?,
                        }
                        Some(())
                    })?;
                    Some((n, s))
                })?);
                Some(())
            }
            _ => scanner.skip_value(),
        });
        (read.and(items), scanner.cut)
    }

    #[test]
    fn members_and_elements_read_what_is_asked_and_skip_the_rest() {
        let text = r#"{"skip": {"deep": [1, "]}\"", {"x": []}]}, "items": [{"n": 1, "s": "a\"b", "t": [2]}, {"s": 3, "n": -7}, 5, {"n": 1.5}]}"#;
        let (items, cut) = read_items(text);
        assert!(!cut);
        assert_eq!(items.unwrap(), [(Some(1), Some("a\"b".to_string())), (Some(-7), None), (None, None), (None, None)]);
        assert_eq!(read_items(r#"{"items": 4}"#), (Some(Vec::new()), false), "a value of another kind is no elements");
        assert_eq!(read_items(r#"{"items": [], "after": 1"#).0, None, "an object broken outside an array is nothing");
    }

    #[test]
    fn elements_cut_short_keep_the_complete_ones() {
        let (items, cut) = read_items(r#"{"items": [{"n": 1}, {"n": 2, "s": "cut he"#);
        assert!(cut);
        assert_eq!(items.unwrap(), [(Some(1), None)]);
        let (items, cut) = read_items(r#"{"items": [{"n": 1}, {"n": 2, "t": [1, 2"#);
        assert!(cut);
        assert_eq!(items.unwrap(), [(Some(1), None)], "an element holding a cut is dropped");
    }
}
