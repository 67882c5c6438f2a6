//! Log lines read by field, not by their first number: a line in a format we know gives its
//! status, and the labels that refine it (a sub-status, a proxy's flags or termination state, a
//! router's error code), from the fields that hold them. Case is kept where it carries meaning:
//! HAProxy's `sH` (a server timeout) is not `SH` (the server aborted).
//!
//! One format per file. Each reader looks at one line and answers only when the line is
//! unmistakably its format; `read_lines` carries what spans lines (W3C's `#Fields` header).

mod access_log;
mod alb;
mod expected_actual;
mod haproxy;
mod key_values;
mod w3c;

/// What a line's own fields say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FieldReading {
    /// The status the line records, when a field holds it (0 and `-` are no status).
    pub status: Option<u16>,
    /// The byte range of the field holding the status, so the query does not read it again as
    /// a word or take another number for the status.
    pub status_at: Option<std::ops::Range<usize>>,
    /// Labels read from their own fields, case kept: `500.19`, `UF`, `sH`, `H12`, `backend_timeout`.
    pub labels: Vec<String>,
}

/// What carries from one line of a paste to the next.
#[derive(Default)]
pub(crate) struct LineContext {
    /// The W3C field names from the last `#Fields:` line.
    w3c_fields: Option<Vec<String>>,
    /// The last line named an expected status and no actual one: the next may ("Received: 404").
    expecting_actual: bool,
}

impl LineContext {
    /// Whether the line is a W3C directive (`#Software:`, `#Fields:` …), which names no status;
    /// a `#Fields:` line names the fields of the lines after it.
    pub(crate) fn is_directive(&mut self, line: &str) -> bool {
        if let Some(names) = w3c::field_names(line) {
            self.w3c_fields = Some(names);
        }
        w3c::is_directive(line)
    }

    /// Reads one line of a paste, in order.
    pub(crate) fn read(&mut self, line: &str) -> Option<FieldReading> {
        let actual = std::mem::take(&mut self.expecting_actual).then(|| expected_actual::read_actual(line)).flatten();
        let fields = fields(line);
        actual
            .or_else(|| w3c::read(&fields, self.w3c_fields.as_deref()))
            .or_else(|| alb::read(&fields))
            .or_else(|| haproxy::read(&fields))
            .or_else(|| access_log::read(&fields))
            .or_else(|| key_values::read(line))
            .or_else(|| {
                let (reading, expecting_actual) = expected_actual::read(line)?;
                self.expecting_actual = expecting_actual;
                Some(reading)
            })
    }
}

/// A status code as a log field writes it: three digits from 100 to 599.
fn status_code(field: &str) -> Option<u16> {
    (field.len() == 3 && field.bytes().all(|byte| byte.is_ascii_digit())).then(|| field.parse().ok()).flatten().filter(|code| (100..=599).contains(code))
}

/// A whitespace-separated field of a line, with its byte range.
type Field<'a> = (std::ops::Range<usize>, &'a str);

/// The line's whitespace-separated fields, read once for the readers that go by field.
fn fields(line: &str) -> Vec<Field<'_>> {
    with_ranges(line, line.split_whitespace())
}

/// Pieces of `line` (sub-slices of it), each with its byte range in the line.
fn with_ranges<'a>(line: &'a str, pieces: impl Iterator<Item = &'a str>) -> Vec<Field<'a>> {
    pieces
        .map(|piece| {
            let start = piece.as_ptr() as usize - line.as_ptr() as usize;
            (start..start + piece.len(), piece)
        })
        .collect()
}

/// A reading of the status in `field`, with its range.
fn status_field(field: &Field) -> FieldReading {
    FieldReading { status: status_code(field.1), status_at: Some(field.0.clone()), labels: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(lines: &str) -> Vec<(Option<u16>, Vec<String>)> {
        let mut context = LineContext::default();
        let mut read = Vec::new();
        for line in lines.lines() {
            if !context.is_directive(line) {
                read.extend(context.read(line).map(|reading| (reading.status, reading.labels)));
            }
        }
        read
    }

    fn one(line: &str) -> (Option<u16>, Vec<&'static str>) {
        let read = read(line);
        assert_eq!(read.len(), 1, "{line:?} reads as one line: {read:?}");
        let (status, labels) = read.into_iter().next().unwrap();
        (status, labels.into_iter().map(|label| &*label.leak()).collect())
    }

    #[test]
    fn the_status_comes_from_its_field_not_the_first_number() {
        // W3C without #Fields: IIS's default order ends with status, sub-status, Win32 status, time taken; 443 is the port.
        assert_eq!(one("2024-05-14 10:21:37 10.0.0.5 GET /app/ - 443 - 203.0.113.7 Mozilla/5.0 - 500 19 13 15"), (Some(500), vec!["500.19"]));
        // Combined: the field after the request.
        assert_eq!(one(r#"10.0.0.1 - - [14/May/2024:10:21:37 +0000] "GET /v1/items/404 HTTP/1.1" 499 0 "-" "Mozilla/5.0""#), (Some(499), vec![]));
        // Envoy's default format: status, then the response flags.
        assert_eq!(
            one(r#"[2024-05-14T10:21:37.118Z] "GET /api HTTP/1.1" 503 UF,URX 0 91 30 - "-" "Go-http-client/1.1" "6a1f" "api:8080" "10.1.2.3:8080""#),
            (Some(503), vec!["UF", "URX"])
        );
        assert_eq!(one(r#""POST /upload HTTP/1.1" 0 DC 1048576 0 2301 - "-" "curl/8.5.0""#), (None, vec!["DC"]));
    }

    #[test]
    fn w3c_fields_name_the_columns_of_the_lines_after_them() {
        let log = "#Software: Microsoft Internet Information Services 10.0\n#Fields: date time cs-method cs-uri-stem sc-status sc-substatus sc-win32-status time-taken\n2024-05-14 10:21:37 GET /app 404 3 50 12\n2024-05-14 10:21:38 GET / 200 0 0 3";
        assert_eq!(read(log), vec![(Some(404), vec!["404.3".to_string()]), (Some(200), vec![])]);
    }

    #[test]
    fn haproxy_keeps_the_case_of_its_termination_state() {
        let line = r#"haproxy[14389]: 10.0.1.2:33317 [06/Feb/2024:12:14:14.655] http-in static/srv1 0/0/1/-1/30002 504 195 - - sH-- 1/1/0/0/0 0/0 "GET /report HTTP/1.1""#;
        assert_eq!(one(line), (Some(504), vec!["sH"]));
        assert_eq!(one(&line.replace("sH--", "----")), (Some(504), vec![]), "no state to read");
    }

    #[test]
    fn alb_reads_the_load_balancer_status_and_the_target_one() {
        let line = r#"https 2024-05-14T10:21:37.118Z app/my-alb/50dc6c495c0c9188 203.0.113.7:2817 10.0.0.12:8080 0.000 -1 -1 502 - 34 366 "GET https://example.com:443/api HTTP/1.1" "curl/8.5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123:targetgroup/api/73e2d6bc24d8a067 "Root=1-58337262" "example.com" "arn:aws:acm:us-east-1:123:certificate/1" 0 2024-05-14T10:21:37.000Z "forward" "-" "-" "10.0.0.12:8080" "-" "-" "-""#;
        assert_eq!(one(line), (Some(502), vec![]), "the load balancer's status, not the target's (none: `-`)");
    }

    #[test]
    fn key_values_and_json() {
        assert_eq!(
            one(r#"at=error code=H12 desc="Request timeout" method=GET path="/" host=myapp.herokuapp.com status=503 bytes=0"#),
            (Some(503), vec!["H12"])
        );
        assert_eq!(one(r#"{"response_code":503,"response_flags":"UH","upstream_host":"-","path":"/api"}"#), (Some(503), vec!["UH"]));
        assert_eq!(
            one(r#"{"httpRequest":{"requestMethod":"GET","status":502},"jsonPayload":{"statusDetails":"backend_timeout"}}"#),
            (Some(502), vec!["backend_timeout"])
        );
    }

    #[test]
    fn expected_and_actual_statuses() {
        for line in [
            "AssertionError: expected 200 but got 404",
            "Status expected:<200> but was:<404>",
            "Expected: 200 Received: 404",
            "expected status code 200, actual 404",
            "AssertionError: expected 404 to equal 200",
            "Error: expected 200 \"OK\", got 404 \"Not Found\"",
            "Expected HTTP status 200 but received 404 Not Found",
            "handler returned wrong status code: got 404 want 200",
            "EmployeeControllerTest.testActuatorHealth_Public:145 Status expected:<200> but was:<404>",
        ] {
            assert_eq!(one(line).0, Some(404), "{line}");
        }
        let two_lines = read("java.lang.AssertionError: Status expected:<200> but was:<403>\nExpected :200\nActual   :403");
        assert_eq!(two_lines.iter().map(|(status, _)| *status).collect::<Vec<_>>(), [Some(403), None, Some(403)], "the expected status alone is no status");
        assert_eq!(read("Expected: 200\nReceived: 404")[1].0, Some(404));
    }

    #[test]
    fn other_text_reads_as_no_format() {
        for line in [
            "404",
            "got a 500 from the api",
            "upstream timed out (110: Connection timed out)",
            "status 503",
            "HTTP/1.1 503 Service Unavailable",
            "the expected value",
        ] {
            assert_eq!(read(line), vec![], "{line}");
        }
    }
}
