//! Structured Field Values (RFC 9651), the syntax of `RateLimit`, `RateLimit-Policy`,
//! `Proxy-Status`, `Cache-Status` and `Deprecation`: Lists, Dictionaries and Items with
//! Parameters, following the RFC's parsing algorithms. A value that breaks the syntax parses
//! to `None` as a whole, as the RFC requires; callers then fall back to older forms.
//!
//! `sfv` 0.15 (0.16 needs Rust 1.95) passes the reader's tests in this file's place, but would add
//! 21.6 KB (9.0 KB gzip) to the full wasm (measured 2026-12-07; its parser alone, through `Ignored`
//! visitors and without `indexmap`, 16.0 KB / 6.4 KB gzip), so this parser stays.

/// A Bare Item.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Bare {
    Integer(i64),
    Decimal(f64),
    String(String),
    Token(String),
    /// Base64 as written, not decoded: nothing here needs the bytes.
    Bytes(String),
    Boolean(bool),
    /// Unix seconds (`@1688169599`).
    Date(i64),
    Display(String),
}

impl Bare {
    pub(crate) fn as_integer(&self) -> Option<i64> {
        match self {
            Bare::Integer(value) => Some(*value),
            _ => None,
        }
    }

    /// A String or Token as text.
    pub(crate) fn as_text(&self) -> Option<&str> {
        match self {
            Bare::String(text) | Bare::Token(text) | Bare::Display(text) => Some(text),
            _ => None,
        }
    }
}

pub(crate) type Parameters = Vec<(String, Bare)>;

/// An Item with its Parameters.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item {
    pub(crate) bare: Bare,
    pub(crate) parameters: Parameters,
}

impl Item {
    pub(crate) fn parameter(&self, key: &str) -> Option<&Bare> {
        self.parameters.iter().find(|(name, _)| name == key).map(|(_, value)| value)
    }
}

/// A member of a List or Dictionary: an Item, or an Inner List with its Parameters.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Member {
    Item(Item),
    Inner(Vec<Item>, Parameters),
}

impl Member {
    pub(crate) fn item(&self) -> Option<&Item> {
        match self {
            Member::Item(item) => Some(item),
            Member::Inner(..) => None,
        }
    }
}

struct Parser<'a> {
    input: &'a [u8],
    position: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.input.get(self.position).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let matched = self.peek() == Some(byte);
        self.position += usize::from(matched);
        matched
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.position += 1;
        }
    }

    fn skip_ows(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.position += 1;
        }
    }

    fn done(&self) -> bool {
        self.position >= self.input.len()
    }

    /// Members separated by commas, shared by Lists and Dictionaries.
    fn members<T>(&mut self, mut member: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let mut members = Vec::new();
        while !self.done() {
            members.push(member(self)?);
            self.skip_ows();
            if self.done() {
                return Some(members);
            }
            if !self.eat(b',') {
                return None;
            }
            self.skip_ows();
            if self.done() {
                return None;
            }
        }
        Some(members)
    }

    fn list_member(&mut self) -> Option<Member> {
        if self.peek() == Some(b'(') {
            self.inner_list()
        } else {
            self.item().map(Member::Item)
        }
    }

    fn inner_list(&mut self) -> Option<Member> {
        self.eat(b'(');
        let mut items = Vec::new();
        loop {
            self.skip_spaces();
            if self.eat(b')') {
                return Some(Member::Inner(items, self.parameters()?));
            }
            items.push(self.item()?);
            if !matches!(self.peek(), Some(b' ' | b')')) {
                return None;
            }
        }
    }

    fn item(&mut self) -> Option<Item> {
        let bare = self.bare()?;
        Some(Item { bare, parameters: self.parameters()? })
    }

    fn parameters(&mut self) -> Option<Parameters> {
        let mut parameters: Parameters = Vec::new();
        while self.eat(b';') {
            self.skip_spaces();
            let key = self.key()?;
            let value = if self.eat(b'=') { self.bare()? } else { Bare::Boolean(true) };
            match parameters.iter_mut().find(|(name, _)| *name == key) {
                Some(existing) => existing.1 = value,
                None => parameters.push((key, value)),
            }
        }
        Some(parameters)
    }

    fn key(&mut self) -> Option<String> {
        let start = self.position;
        if !matches!(self.peek(), Some(b'a'..=b'z' | b'*')) {
            return None;
        }
        while matches!(self.peek(), Some(b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-' | b'.' | b'*')) {
            self.position += 1;
        }
        Some(String::from_utf8_lossy(&self.input[start..self.position]).into_owned())
    }

    fn bare(&mut self) -> Option<Bare> {
        match self.peek()? {
            b'-' | b'0'..=b'9' => self.number(),
            b'"' => self.string().map(Bare::String),
            b'*' | b'A'..=b'Z' | b'a'..=b'z' => Some(Bare::Token(self.token())),
            b':' => self.bytes(),
            b'?' => {
                self.position += 1;
                let value = match self.peek() {
                    Some(b'1') => true,
                    Some(b'0') => false,
                    _ => return None,
                };
                self.position += 1;
                Some(Bare::Boolean(value))
            }
            b'@' => {
                self.position += 1;
                match self.number()? {
                    Bare::Integer(seconds) => Some(Bare::Date(seconds)),
                    _ => None,
                }
            }
            b'%' => {
                self.position += 1;
                self.display_string()
            }
            _ => None,
        }
    }

    fn number(&mut self) -> Option<Bare> {
        let negative = self.eat(b'-');
        let start = self.position;
        let mut dot = None;
        while let Some(byte) = self.peek() {
            match byte {
                b'0'..=b'9' => {}
                b'.' if dot.is_none() => {
                    if self.position - start > 12 {
                        return None;
                    }
                    dot = Some(self.position);
                }
                _ => break,
            }
            self.position += 1;
            let length = self.position - start;
            if (dot.is_none() && length > 15) || length > 16 {
                return None;
            }
        }
        let digits = std::str::from_utf8(&self.input[start..self.position]).ok()?;
        if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        match dot {
            None => Some(Bare::Integer(if negative { -1 } else { 1 } * digits.parse::<i64>().ok()?)),
            Some(dot) => {
                let fraction = self.position - dot - 1;
                if !(1..=3).contains(&fraction) {
                    return None;
                }
                Some(Bare::Decimal(if negative { -1.0 } else { 1.0 } * digits.parse::<f64>().ok()?))
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        self.eat(b'"');
        let mut text = String::new();
        loop {
            let byte = self.peek()?;
            self.position += 1;
            match byte {
                b'\\' => {
                    let escaped = self.peek().filter(|escaped| matches!(escaped, b'"' | b'\\'))?;
                    self.position += 1;
                    text.push(char::from(escaped));
                }
                b'"' => return Some(text),
                0x20..=0x7e => text.push(char::from(byte)),
                _ => return None,
            }
        }
    }

    fn token(&mut self) -> String {
        let start = self.position;
        self.position += 1;
        while matches!(self.peek(), Some(byte) if byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~:/".contains(&byte)) {
            self.position += 1;
        }
        String::from_utf8_lossy(&self.input[start..self.position]).into_owned()
    }

    fn bytes(&mut self) -> Option<Bare> {
        self.eat(b':');
        let start = self.position;
        while matches!(self.peek(), Some(byte) if byte.is_ascii_alphanumeric() || b"+/=".contains(&byte)) {
            self.position += 1;
        }
        let text = String::from_utf8_lossy(&self.input[start..self.position]).into_owned();
        self.eat(b':').then_some(Bare::Bytes(text))
    }

    fn display_string(&mut self) -> Option<Bare> {
        if !self.eat(b'"') {
            return None;
        }
        let mut bytes = Vec::new();
        loop {
            let byte = self.peek()?;
            self.position += 1;
            match byte {
                b'%' => {
                    let hex = self.input.get(self.position..self.position + 2)?;
                    let hex = std::str::from_utf8(hex).ok().filter(|hex| hex.bytes().all(|digit| matches!(digit, b'0'..=b'9' | b'a'..=b'f')))?;
                    bytes.push(u8::from_str_radix(hex, 16).ok()?);
                    self.position += 2;
                }
                b'"' => return String::from_utf8(bytes).ok().map(Bare::Display),
                0x20..=0x7e => bytes.push(byte),
                _ => return None,
            }
        }
    }
}

fn parser(text: &str) -> Parser<'_> {
    let mut parser = Parser { input: text.trim_matches(' ').as_bytes(), position: 0 };
    parser.skip_spaces();
    parser
}

/// A List, such as `"default";q=100;w=60, "daily";q=1000;w=86400`.
pub(crate) fn list(text: &str) -> Option<Vec<Member>> {
    parser(text).members(Parser::list_member)
}

/// A Dictionary, such as `limit=100, remaining=50, reset=30`.
pub(crate) fn dictionary(text: &str) -> Option<Vec<(String, Member)>> {
    let mut members = parser(text).members(|parser| {
        let key = parser.key()?;
        let member = if parser.eat(b'=') { parser.list_member()? } else { Member::Item(Item { bare: Bare::Boolean(true), parameters: parser.parameters()? }) };
        Some((key, member))
    })?;
    // A repeated key keeps its first position and its last value.
    let mut unique: Vec<(String, Member)> = Vec::with_capacity(members.len());
    for (key, member) in members.drain(..) {
        match unique.iter_mut().find(|(existing, _)| *existing == key) {
            Some(existing) => existing.1 = member,
            None => unique.push((key, member)),
        }
    }
    Some(unique)
}

/// A single Item, such as `@1688169599`.
pub(crate) fn item(text: &str) -> Option<Item> {
    let mut parser = parser(text);
    let item = parser.item()?;
    parser.done().then_some(item)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(text: &str) -> Bare {
        Bare::Token(text.into())
    }

    #[test]
    fn lists_of_items_with_parameters() {
        let policies = list(r#""default";q=100;w=60, "daily";q=1000;w=86400;qu="requests""#).unwrap();
        assert_eq!(policies.len(), 2);
        let daily = policies[1].item().unwrap();
        assert_eq!(daily.bare, Bare::String("daily".into()));
        assert_eq!(daily.parameter("q"), Some(&Bare::Integer(1000)));
        assert_eq!(daily.parameter("qu").and_then(Bare::as_text), Some("requests"));
        let older = list("100;w=60, 10;w=1").unwrap();
        assert_eq!(older[1].item().unwrap().bare, Bare::Integer(10));
        let proxy = list(r#"ExampleCDN; error=connection_timeout; details="no answer", origin;received-status=503"#).unwrap();
        assert_eq!(proxy[0].item().unwrap().parameter("error"), Some(&token("connection_timeout")));
        assert_eq!(proxy[1].item().unwrap().parameter("received-status"), Some(&Bare::Integer(503)));
    }

    #[test]
    fn dictionaries_and_items() {
        let current = dictionary("limit=100, remaining=50, reset=30").unwrap();
        assert_eq!(current[1].0, "remaining");
        assert_eq!(current[1].1.item().unwrap().bare, Bare::Integer(50));
        let flags = dictionary("a, b=?0, a=2").unwrap();
        assert_eq!(flags.len(), 2);
        assert_eq!(flags[0].1.item().unwrap().bare, Bare::Integer(2));
        assert_eq!(flags[1].1.item().unwrap().bare, Bare::Boolean(false));
        assert_eq!(item("@1688169599").unwrap().bare, Bare::Date(1_688_169_599));
        assert_eq!(item("?1").unwrap().bare, Bare::Boolean(true));
        assert_eq!(item("-12.5").unwrap().bare, Bare::Decimal(-12.5));
        assert_eq!(item(":cHJldGVuZA==:").unwrap().bare, Bare::Bytes("cHJldGVuZA==".into()));
        assert_eq!(item(r#"%"f%c3%bc%c3%bc""#).unwrap().bare, Bare::Display("füü".into()));
        assert_eq!(item(r#""a \"quoted\" \\ word""#).unwrap().bare, Bare::String(r#"a "quoted" \ word"#.into()));
        let inner = list("(a b);p=1, c").unwrap();
        assert_eq!(
            inner[0],
            Member::Inner(
                vec![Item { bare: token("a"), parameters: vec![] }, Item { bare: token("b"), parameters: vec![] }],
                vec![("p".into(), Bare::Integer(1))]
            )
        );
    }

    #[test]
    fn broken_syntax_fails_as_a_whole() {
        for text in ["a,", "a,,b", "\"unterminated", "1234567890123456", "1.2345", "a;Q=1", "@1.5", "?2", ":abc", "a b", "\"tab\there\"", "(a", "%\"%zz\""] {
            assert_eq!(list(text), None, "{text:?}");
        }
        assert_eq!(item("a, b"), None);
        assert_eq!(list(""), Some(vec![]));
    }
}
