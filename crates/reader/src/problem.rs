//! The members of an `application/problem+json` body (RFC 9457) that the analysis shows:
//! `type`, `title`, `status`, `detail`, `instance`. A small hand-written reader instead of a
//! JSON crate: it reads the top-level object only, skips every other member however deeply
//! nested, and keeps what it read before any point where the body breaks off (pasted output
//! is often cut short).

#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct ProblemFields {
    pub(crate) type_uri: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) status: Option<i64>,
    pub(crate) detail: Option<String>,
    pub(crate) instance: Option<String>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl Reader<'_> {
    fn skip_whitespace(&mut self) {
        while matches!(self.bytes.get(self.position), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.position += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let matched = self.bytes.get(self.position) == Some(&byte);
        self.position += usize::from(matched);
        matched
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.position..self.position + 4)?;
        self.position += 4;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    }

    /// A string, the opening quote next.
    fn string(&mut self) -> Option<String> {
        if !self.eat(b'"') {
            return None;
        }
        let mut text: Vec<u8> = Vec::new();
        loop {
            let byte = *self.bytes.get(self.position)?;
            self.position += 1;
            match byte {
                b'"' => return Some(String::from_utf8_lossy(&text).into_owned()),
                b'\\' => {
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
                    text.extend_from_slice(decoded.encode_utf8(&mut [0; 4]).as_bytes());
                }
                _ => text.push(byte),
            }
        }
    }

    /// Any value, skipped: nested objects and arrays by counting brackets outside strings.
    fn skip_value(&mut self) -> Option<()> {
        self.skip_whitespace();
        let mut depth = 0usize;
        loop {
            let byte = *self.bytes.get(self.position)?;
            match byte {
                b'"' => {
                    self.string()?;
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

    /// A number or a numeric string ("404"), as some servers write `status`.
    fn status(&mut self) -> Option<i64> {
        self.skip_whitespace();
        if self.bytes.get(self.position) == Some(&b'"') {
            return self.string()?.trim().parse().ok();
        }
        let start = self.position;
        self.skip_value()?;
        std::str::from_utf8(&self.bytes[start..self.position]).ok()?.trim().parse().ok()
    }
}

/// Reads an object's members into `fields`, after its opening brace; `None` where the text
/// breaks off or stops being JSON.
fn members(reader: &mut Reader, fields: &mut ProblemFields) -> Option<()> {
    if reader.eat(b'}') {
        return Some(());
    }
    loop {
        let name = reader.string()?;
        if !reader.eat(b':') {
            return None;
        }
        reader.skip_whitespace();
        let is_string = reader.bytes.get(reader.position) == Some(&b'"');
        match name.as_str() {
            "type" if is_string => fields.type_uri = reader.string(),
            "title" if is_string => fields.title = reader.string(),
            "detail" if is_string => fields.detail = reader.string(),
            "instance" if is_string => fields.instance = reader.string(),
            "status" => fields.status = reader.status(),
            _ => reader.skip_value()?,
        }
        if !reader.eat(b',') {
            return Some(());
        }
    }
}

/// The problem members of a JSON object body, or `None` when the body is not an object or
/// names none of them.
pub(crate) fn read(body: &str) -> Option<ProblemFields> {
    let mut reader = Reader { bytes: body.trim_start_matches('\u{feff}').as_bytes(), position: 0 };
    if !reader.eat(b'{') {
        return None;
    }
    let mut fields = ProblemFields::default();
    // The members until the object ends or the text breaks off; what was read is kept either way.
    let _ = members(&mut reader, &mut fields);
    let named = fields.type_uri.is_some() || fields.title.is_some() || fields.status.is_some() || fields.detail.is_some() || fields.instance.is_some();
    named.then_some(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_problem_members_and_skips_the_rest() {
        let body = r#"{
  "type": "https://example.com/probs/out-of-credit",
  "title": "You do not have enough credit.",
  "status": 403,
  "balance": 30,
  "accounts": ["/account/12345", {"nested": ["]", "}"]}],
  "detail": "Your current balance is 30, but that costs 50.",
  "instance": "/account/12345/msgs/abc"
}"#;
        let fields = read(body).unwrap();
        assert_eq!(fields.type_uri.as_deref(), Some("https://example.com/probs/out-of-credit"));
        assert_eq!(fields.title.as_deref(), Some("You do not have enough credit."));
        assert_eq!(fields.status, Some(403));
        assert_eq!(fields.detail.as_deref(), Some("Your current balance is 30, but that costs 50."));
        assert_eq!(fields.instance.as_deref(), Some("/account/12345/msgs/abc"));
    }

    #[test]
    fn escapes_and_odd_status_forms() {
        let fields = read(r#"{"title":"Caf\u00e9 \"closed\" \ud83d\ude00 \ud800","status":"429"}"#).unwrap();
        assert_eq!(fields.title.as_deref(), Some("Café \"closed\" 😀 \u{fffd}"));
        assert_eq!(fields.status, Some(429));
        assert_eq!(read(r#"{"title": "x", "status": 4.0e2}"#).unwrap().status, None);
    }

    #[test]
    fn keeps_what_came_before_a_cut() {
        let fields = read(r#"{"title": "Not Found", "status": 404, "detail": "No user with id 7 exi"#).unwrap();
        assert_eq!(fields.title.as_deref(), Some("Not Found"));
        assert_eq!(fields.status, Some(404));
        assert_eq!(fields.detail, None);
    }

    #[test]
    fn anything_else_is_no_problem() {
        for body in ["", "[]", "null", "<html>", "{}", r#"{"error": "x"}"#, "{\"title\"", &"{".repeat(10_000), &"[".repeat(10_000)] {
            assert_eq!(read(body), None, "{body:?}");
        }
        assert_eq!(read(&format!("{{\"a\": {}, \"title\": \"deep\"}}", "[".repeat(10_000))), None, "an unclosed nesting ends the object");
    }
}
