//! Real-world responses as people paste them, and what the analysis must read from each:
//! curl -i, -I, -iL and -v, HTTPie, DevTools copies from Chrome and Firefox, from CDNs,
//! proxies, load balancers, platforms and APIs. Times are fixed: the responses' Date is
//! Tue, 14 May 2024 09:30:00 GMT (1715679000) unless a case says otherwise.

use http_status_reader::{Format, Role};

/// 09:30:00 UTC on 2024-05-14.
pub const NOW: i64 = 1_715_679_000;

/// A value the analysis must read.
pub enum Expect {
    Format(Format),
    Role(usize, Role),
    Version(usize, Option<&'static str>),
    /// The database entry picked for the step.
    Entry(usize, Option<&'static str>),
    /// Retry-After: seconds and clock time.
    RetryAfter(usize, i64, &'static str),
    /// Location: resolved URL and the next request's method.
    Location(usize, &'static str, Option<&'static str>),
    /// The URL the step answered.
    Url(usize, &'static str),
    /// The `error` of the first Bearer challenge.
    BearerError(usize, &'static str),
    /// The schemes of WWW-Authenticate or Proxy-Authenticate, in order.
    Schemes(usize, &'static [&'static str]),
    /// A rate limit: its policy (or resource) and what remains.
    Remaining(usize, Option<&'static str>, u64),
    /// A rate limit's reset as a clock time.
    Resets(usize, Option<&'static str>, &'static str),
    /// A CDN, proxy or server named, and its edge location.
    Named(usize, &'static str, Option<&'static str>),
    /// Content-Range: first and last byte, complete length.
    ContentRange(usize, Option<(u64, u64)>, Option<u64>),
    /// Whether Allow includes the request's method.
    MethodAllowed(usize, bool),
    /// The problem+json title.
    ProblemTitle(usize, &'static str),
    /// Some reading's sentence contains this.
    Says(usize, &'static str),
    /// The serialised analysis does not contain this secret.
    Hides(&'static str),
    /// The step's fields or body name this sub-status or vendor error of its code.
    Refines(usize, &'static str),
    /// The step's body length in bytes.
    BodyLength(usize, usize),
    /// The step carries this header field, name and value as shown.
    Header(usize, &'static str, &'static str),
    /// The number of header fields the step carries.
    HeaderCount(usize, usize),
    /// A flag with this id whose title or why contains the text.
    FlagSays(&'static str, &'static str),
    /// The field is said to be malformed, and no part of it is read as a value.
    Unreadable(usize, &'static str),
}

/// Ten copies of a literal: header blocks too long to write out.
macro_rules! ten {
    ($text:expr) => {
        concat!($text, $text, $text, $text, $text, $text, $text, $text, $text, $text)
    };
}

pub struct Case {
    pub name: &'static str,
    pub text: &'static str,
    pub now: Option<i64>,
    pub statuses: &'static [u16],
    /// The exact flag ids, in any order.
    pub flags: &'static [&'static str],
    pub expect: &'static [Expect],
}

use Expect::*;

pub const CASES: &[Case] = &[
    // The checks of checks/, category by category: each flag raised, and near misses that must not raise it.
    // httplint: httplint/field/parsers/content_length.py, "a"
    Case {
        name: "raw: Content-Length is a word, not a number",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: a\n\nhello\n",
        now: None,
        statuses: &[200],
        flags: &["content-length-invalid"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_length.py, "1;"
    Case {
        name: "raw: Content-Length ends in a semicolon",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 1;\n\nx",
        now: None,
        statuses: &[200],
        flags: &["content-length-invalid"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_length.py, "1, 1"
    Case {
        name: "raw: Content-Length repeats one length as a list",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 1, 1\n\nx",
        now: None,
        statuses: &[200],
        flags: &["content-length-invalid"],
        expect: &[FlagSays("content-length-invalid", "as a list")],
    },
    // httplint: httplint/field/parsers/content_length.py, "1" and "2"
    Case {
        name: "raw: two Content-Length fields disagree",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 1\nContent-Length: 2\n\nx",
        now: None,
        statuses: &[200],
        flags: &["content-length-conflict"],
        expect: &[FlagSays("content-length-conflict", "1 and 2")],
    },
    // httplint: httplint/field/parsers/content_length.py, "1, 2"
    Case {
        name: "raw: Content-Length lists two lengths",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 1, 2\n\nx",
        now: None,
        statuses: &[200],
        flags: &["content-length-conflict"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_length.py, "1" twice
    Case {
        name: "raw: the same Content-Length twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 1\nContent-Length: 1\n\nx",
        now: None,
        statuses: &[200],
        flags: &["repeated-field"],
        expect: &[FlagSays("repeated-field", "Content-Length sent twice")],
    },
    // httplint: httplint/field/parsers/content_length.py, "1" with Transfer-Encoding
    Case {
        name: "curl -i: Content-Length beside Transfer-Encoding: chunked",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 1\nTransfer-Encoding: chunked\n\n1\r\nx\r\n0\r\n",
        now: None,
        statuses: &[200],
        flags: &["content-length-with-transfer-encoding"],
        expect: &[],
    },
    Case {
        name: "curl -i: a backend's Transfer-Encoding leaks into an HTTP/2 response",
        text: "HTTP/2 200 \ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: application/json\ntransfer-encoding: chunked\n\n{\"ok\":true}\n",
        now: None,
        statuses: &[200],
        flags: &["transfer-encoding-in-http2"],
        expect: &[FlagSays("transfer-encoding-in-http2", "HTTP/2")],
    },
    Case {
        name: "curl -i: a chunked HTTP/1.1 response without Content-Length is framed once",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nTransfer-Encoding: chunked\nConnection: keep-alive\n\n{\"ok\":true}\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: a header line folded onto the next is joined and flagged",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 2\nX-Note: first\n  second part\nServer: demo\n\nok",
        now: None,
        statuses: &[200],
        flags: &["obsolete-line-folding"],
        expect: &[Header(0, "X-Note", "first second part"), HeaderCount(0, 5), FlagSays("obsolete-line-folding", "X-Note is folded")],
    },
    Case {
        name: "raw: tabs inside a value and an indented body line are no folding",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 16\nX-Note: first\tsecond\n\n  indented body\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Header(0, "X-Note", "first\tsecond")],
    },
    // httplint: httplint/field/parsers/cache_control.py, "max-age=foo"
    Case {
        name: "curl -i: max-age=foo is unreadable, not max-age=0, and the response is stale",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nCache-Control: max-age=foo\nExpires: 0\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-malformed"],
        expect: &[Says(0, "It is stale at once (its max-age is not a number of seconds"), FlagSays("cache-control-malformed", "max-age=foo")],
    },
    // httplint: httplint/field/parsers/cache_control.py, "no-store=foo"
    Case {
        name: "raw: no-store given a value",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: no-store=foo\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-malformed"],
        expect: &[FlagSays("cache-control-malformed", "takes no value")],
    },
    // httplint: httplint/field/parsers/cache_control.py, "max-age=5, max-age=10"
    Case {
        name: "raw: max-age given twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: max-age=5, max-age=10\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-duplicate"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/cache_control.py, "foo=1, foo=2"
    Case {
        name: "raw: an extension directive twice is not flagged",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: foo=1, foo=2\nCache-Control: max-age=60\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Says(0, "Caches may reuse it for 1 minute (max-age=60)")],
    },
    // httplint: httplint/field/parsers/cache_control.py, CacheControlCaseTest "A=b, c=D"
    Case {
        name: "raw: directive names in capitals are read, and advised against",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: Max-Age=60, A=b, c=D\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-not-lowercase"],
        expect: &[Says(0, "Caches may reuse it for 1 minute (max-age=60)"), FlagSays("cache-control-not-lowercase", "Max-Age, A not in lower case")],
    },
    // httplint: httplint/field/parsers/cache_control.py, CacheControlBigTest "max-age=2147483649"
    Case {
        name: "raw: max-age past 2^31 seconds",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: image/png\nCache-Control: public, max-age=2147483649\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-lifetime-too-large"],
        expect: &[FlagSays("cache-control-lifetime-too-large", "max-age past")],
    },
    Case {
        name: "curl -i: a year's max-age with immutable raises nothing",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/css\ncache-control: public, max-age=31536000, immutable\netag: \"5f1c\"\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/cache_control.py, KNOWN_CC "pre-check" and "post-check" (the CHECK_* notes)
    Case {
        name: "curl -i: pre-check and post-check relied on to make browsers revalidate",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=UTF-8\nCache-Control: private, post-check=900, pre-check=3600\nLast-Modified: Tue, 14 May 2024 08:00:00 GMT\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-ie-directive"],
        expect: &[FlagSays("cache-control-ie-directive", "post-check and pre-check")],
    },
    Case {
        name: "curl -i: the stock PHP no-cache recipe, pre-check and post-check at zero beside no-store, raises nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=UTF-8\nExpires: Thu, 19 Nov 1981 08:52:00 GMT\nCache-Control: no-store, no-cache, must-revalidate, post-check=0, pre-check=0\nPragma: no-cache\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/age.py, AgeLargeTest "2147483649"
    Case {
        name: "raw: Age of more than 68 years",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: max-age=600\nAge: 2147483649\n",
        now: None,
        statuses: &[200],
        flags: &["age-too-large"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/age.py, AgeTest "10"
    Case {
        name: "raw: Age: 10 raises nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: max-age=600\nAge: 10\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -i: Cache-Control says public and private",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nCache-Control: public, private, max-age=600\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-conflict"],
        expect: &[FlagSays("cache-control-conflict", "public and private")],
    },
    Case {
        name: "curl -i: no-store beside an hour's max-age",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nCache-Control: no-store, max-age=3600\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-conflict"],
        expect: &[FlagSays("cache-control-conflict", "no-store with a lifetime")],
    },
    Case {
        name: "curl -i: PHP's and Rails' belt-and-braces no-store lines are no conflict",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=UTF-8\nCache-Control: no-store, no-cache, must-revalidate, max-age=0\nCache-Control: private\nPragma: no-cache\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: max-age in quotes",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: max-age=\"3600\"\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-quoted-value"],
        expect: &[],
    },
    Case {
        name: "raw: a request's max-stale in a response",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: max-age=60, max-stale=600\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-request-directive"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/date.py, "0"
    Case {
        name: "raw: Date: 0",
        text: "HTTP/1.1 200 OK\nDate: 0\nContent-Type: text/plain\n",
        now: None,
        statuses: &[200],
        flags: &["date-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/date.py, ""
    Case {
        name: "raw: an empty Date",
        text: "HTTP/1.1 200 OK\nDate: \nContent-Type: text/plain\n",
        now: None,
        statuses: &[200],
        flags: &["date-malformed"],
        expect: &[],
    },
    Case {
        name: "curl -i: the server's clock runs an hour ahead",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 0\n",
        now: Some(NOW - 3600),
        statuses: &[200],
        flags: &["date-in-future"],
        expect: &[FlagSays("date-in-future", "1 hour ahead")],
    },
    Case {
        name: "curl -i: a Date a minute ahead of this clock is drift, not a fault",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 0\n",
        now: Some(NOW - 60),
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: Last-Modified without Date",
        text: "HTTP/1.1 200 OK\nContent-Type: text/css\nLast-Modified: Mon, 13 May 2024 09:30:00 GMT\nETag: \"abc\"\n",
        now: None,
        statuses: &[200],
        flags: &["missing-date"],
        expect: &[FlagSays("missing-date", "Last-Modified without Date")],
    },
    Case {
        name: "raw: a partial paste without Date and nothing that depends on it",
        text: "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 2\n\nok",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: a 503 without Date may leave it out, Expires or not",
        text: "HTTP/1.1 503 Service Unavailable\nContent-Type: text/plain\nRetry-After: 30\nExpires: 0\n",
        now: None,
        statuses: &[503],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/etag.py, "foo"
    Case {
        name: "raw: an ETag without quotes",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nETag: foo\n",
        now: None,
        statuses: &[200],
        flags: &["etag-malformed"],
        expect: &[],
    },
    Case {
        name: "raw: a weak ETag with a lower-case w",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nETag: w/\"foo\"\n",
        now: None,
        statuses: &[200],
        flags: &["etag-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/etag.py, "W/\"foo\""; last_modified.py, "Mon, 04 Jul 2011 09:08:06 GMT"
    Case {
        name: "curl -I: weak and strong ETags, an old Last-Modified",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nETag: W/\"foo\"\nLast-Modified: Mon, 04 Jul 2011 09:08:06 GMT\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/last_modified.py, "0"
    Case {
        name: "raw: Last-Modified: 0",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nLast-Modified: 0\n",
        now: None,
        statuses: &[200],
        flags: &["last-modified-malformed"],
        expect: &[],
    },
    Case {
        name: "curl -I: Last-Modified a day after Date",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nLast-Modified: Wed, 15 May 2024 09:30:00 GMT\n",
        now: None,
        statuses: &[200],
        flags: &["last-modified-in-future"],
        expect: &[FlagSays("last-modified-in-future", "later than the response's Date")],
    },
    Case {
        name: "curl -i: an API sends JSON without Content-Type",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Length: 11\n\n{\"ok\":true}",
        now: None,
        statuses: &[200],
        flags: &["missing-content-type"],
        expect: &[],
    },
    Case {
        name: "curl -I: a redirect with an empty body needs no Content-Type",
        text: "HTTP/1.1 301 Moved Permanently\nDate: Tue, 14 May 2024 09:30:00 GMT\nLocation: https://example.com/\nContent-Length: 0\n",
        now: None,
        statuses: &[301],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: Content-Type without its semicolon",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html charset=utf-8\n",
        now: None,
        statuses: &[200],
        flags: &["content-type-malformed"],
        expect: &[],
    },
    Case {
        name: "curl -i: JSON declared as ISO-8859-1",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json; charset=iso-8859-1\n\n{\"name\":\"Zoe\"}",
        now: None,
        statuses: &[200],
        flags: &["json-charset-not-utf-8"],
        expect: &[],
    },
    Case {
        name: "curl -i: a PNG with a charset",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: image/png; charset=utf-8\nContent-Length: 0\n",
        now: None,
        statuses: &[200],
        flags: &["charset-ignored"],
        expect: &[],
    },
    Case {
        name: "raw: accented HTML with no charset anywhere",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\n\n<html><body>Café crème</body></html>\n",
        now: None,
        statuses: &[200],
        flags: &["charset-missing"],
        expect: &[],
    },
    // httplint: httplint/charset.py, a meta charset in the content
    Case {
        name: "raw: accented HTML whose page declares its charset, and ASCII text without one",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\n\n<html><head><meta charset=\"utf-8\"></head><body>Café</body></html>\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -i: JSON with charset=utf-8 is fine",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json; charset=utf-8\n\n{\"name\":\"Zoë\"}",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: a Set-Cookie without a name",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: =abc; Path=/\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/set_cookie.py, "__Secure-ID=123; Path=/"
    Case {
        name: "raw: __Secure- cookie without Secure",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: __Secure-ID=123; Path=/\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-prefix-violated"],
        expect: &[FlagSays("set-cookie-prefix-violated", "it must be Secure")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, "__Host-ID=123; Secure; Path=/foo"
    Case {
        name: "raw: __Host- cookie with a narrower Path",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: __Host-ID=123; Secure; Path=/foo\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-prefix-violated"],
        expect: &[FlagSays("set-cookie-prefix-violated", "must set Path=/")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, "__Host-ID=123; Secure; Path=/; Domain=example.com"
    Case {
        name: "raw: __Host- cookie with a Domain",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: __Host-ID=123; Secure; Path=/; Domain=example.com\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-prefix-violated"],
        expect: &[FlagSays("set-cookie-prefix-violated", "must not set Domain")],
    },
    Case {
        name: "curl -i: SameSite=None without Secure",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: SID=31d4d96e407aad42; Path=/; SameSite=None\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-samesite-none-insecure"],
        expect: &[Hides("31d4d96e407aad42")],
    },
    Case {
        name: "raw: a cookie's Max-Age and Expires browsers cannot read",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: lang=en-US; Max-Age=1h; Expires=tomorrow\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-attribute-malformed"],
        expect: &[FlagSays("set-cookie-attribute-malformed", "Max-Age=1h is not a number")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, "SID=abc; Secure; HttpOnly; SameSite=Lax"
    Case {
        name: "curl -i https: hardened cookies, a __Host- cookie, a PHP-style expiry and a partitioned cookie",
        text: "$ curl -i https://shop.example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: SID=abc; Secure; HttpOnly; SameSite=Lax\nSet-Cookie: __Host-ID=123; Secure; Path=/\nSet-Cookie: gone=deleted; Expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=-1; Secure\nSet-Cookie: embed=1; Secure; SameSite=None; Partitioned\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -i https: a cookie without Secure",
        text: "$ curl -i https://shop.example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: lang=en-US; Path=/\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-not-secure"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/strict_transport_security.py, "max-age=foo"
    Case {
        name: "raw: HSTS with a max-age that is not a number",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nStrict-Transport-Security: max-age=foo\n",
        now: None,
        statuses: &[200],
        flags: &["hsts-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/strict_transport_security.py, "includeSubDomains; preload"
    Case {
        name: "raw: HSTS without max-age",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nStrict-Transport-Security: includeSubDomains; preload\n",
        now: None,
        statuses: &[200],
        flags: &["hsts-malformed"],
        expect: &[FlagSays("hsts-malformed", "has no max-age")],
    },
    // httplint: httplint/field/parsers/strict_transport_security.py, "max-age=31536000; max-age=100"
    Case {
        name: "raw: HSTS with max-age twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nStrict-Transport-Security: max-age=31536000; max-age=100\n",
        now: None,
        statuses: &[200],
        flags: &["hsts-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/strict_transport_security.py, "max-age=31536000" over http
    Case {
        name: "curl -i http: HSTS over plain HTTP",
        text: "$ curl -i http://example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nStrict-Transport-Security: max-age=31536000\n",
        now: None,
        statuses: &[200],
        flags: &["hsts-over-http"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/strict_transport_security.py, "max-age=31536000;includeSubdomains;"; x_frame_options.py, "deny"
    Case {
        name: "curl -i https: HSTS with a trailing semicolon, deny in lower case, nosniff",
        text: "$ curl -i https://example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nStrict-Transport-Security: max-age=31536000;includeSubdomains;\nX-Frame-Options: deny\nX-Content-Type-Options: nosniff\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/x_frame_options.py, "foO"
    Case {
        name: "raw: X-Frame-Options: foO",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nX-Frame-Options: foO\n",
        now: None,
        statuses: &[200],
        flags: &["x-frame-options-invalid"],
        expect: &[],
    },
    Case {
        name: "raw: X-Frame-Options: ALLOW-FROM",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nX-Frame-Options: ALLOW-FROM https://partner.example.com\n",
        now: None,
        statuses: &[200],
        flags: &["x-frame-options-invalid"],
        expect: &[FlagSays("x-frame-options-invalid", "ignore ALLOW-FROM")],
    },
    // httplint: httplint/field/parsers/x_content_type_options.py, "foo"
    Case {
        name: "raw: X-Content-Type-Options: foo",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nX-Content-Type-Options: foo\n",
        now: None,
        statuses: &[200],
        flags: &["x-content-type-options-invalid"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/vary.py, "Accept-Encoding", "*, User-Agent", "Host"
    Case {
        name: "raw: Vary on *, User-Agent and Host",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nVary: Accept-Encoding\nVary: *, User-Agent\nVary: Host\n",
        now: None,
        statuses: &[200],
        flags: &["vary-asterisk", "vary-user-agent", "vary-pointless"],
        expect: &[FlagSays("vary-pointless", "Host")],
    },
    // httplint: httplint/field/parsers/vary.py, "a, b" and "a, c"
    Case {
        name: "raw: Vary names a twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nVary: a, b\nVary: a, c\n",
        now: None,
        statuses: &[200],
        flags: &["vary-pointless"],
        expect: &[FlagSays("vary-pointless", "a twice")],
    },
    Case {
        name: "curl -i: Vary on Accept-Encoding and Origin",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nVary: Accept-Encoding, Origin\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/link.py, "\"http://www.example.com/\"; rel=example"
    Case {
        name: "raw: a Link whose URI is in quotes",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nLink: \"http://www.example.com/\"; rel=example\n",
        now: None,
        statuses: &[200],
        flags: &["link-malformed"],
        expect: &[FlagSays("link-malformed", "angle brackets")],
    },
    // httplint: httplint/field/parsers/link.py, "</foo>; rel=\"example\"; rel=\"another\""
    Case {
        name: "raw: a Link with rel twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nLink: </foo>; rel=\"example\"; rel=\"another\"\n",
        now: None,
        statuses: &[200],
        flags: &["link-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/link.py, "</main.css>; rel=\"preload\"; as=\"style\""
    Case {
        name: "curl -i: GitHub's pagination and a preload",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nLink: <https://api.github.com/repositories/1/issues?page=2>; rel=\"next\", <https://api.github.com/repositories/1/issues?page=5>; rel=\"last\"\nLink: </main.css>; rel=\"preload\"; as=\"style\"\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_disposition.py, "attachment; filename=foo.txt; filename*=\"UTF-8''a%cc%88.txt\""
    Case {
        name: "raw: a quoted filename*",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Disposition: attachment; filename=foo.txt; filename*=\"UTF-8''a%cc%88.txt\"\n",
        now: None,
        statuses: &[200],
        flags: &["content-disposition-malformed"],
        expect: &[FlagSays("content-disposition-malformed", "quotes filename*")],
    },
    Case {
        name: "raw: a file name with a space, unquoted",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=my report.pdf\n",
        now: None,
        statuses: &[200],
        flags: &["content-disposition-malformed"],
        expect: &[],
    },
    Case {
        name: "raw: Content-Disposition: download",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/pdf\nContent-Disposition: download; filename=\"report.pdf\"\n",
        now: None,
        statuses: &[200],
        flags: &["content-disposition-unknown-type"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_disposition.py, "attachment; filename=foo.txt" and "inline; filename=bar.txt"
    Case {
        name: "raw: two Content-Disposition fields",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Disposition: attachment; filename=foo.txt\nContent-Disposition: inline; filename=bar.txt\n",
        now: None,
        statuses: &[200],
        flags: &["repeated-field"],
        expect: &[FlagSays("repeated-field", "2 values")],
    },
    Case {
        name: "curl -i: a download with an ASCII name and an encoded one",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"resume.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_encoding.py, "gzip, foo"
    Case {
        name: "raw: Content-Encoding: gzip, foo",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Encoding: gzip, foo\n",
        now: None,
        statuses: &[200],
        flags: &["content-encoding-unknown"],
        expect: &[],
    },
    Case {
        name: "raw: Content-Encoding: identity",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Encoding: identity\n",
        now: None,
        statuses: &[200],
        flags: &["content-encoding-identity"],
        expect: &[],
    },
    Case {
        name: "curl -i: gzip applied twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nContent-Encoding: gzip, gzip\nVary: Accept-Encoding\n",
        now: None,
        statuses: &[200],
        flags: &["content-encoding-twice"],
        expect: &[],
    },
    Case {
        name: "curl -v: Brotli to a client that asked for gzip",
        text: "> GET / HTTP/1.1\n> Host: example.com\n> Accept-Encoding: deflate, gzip\n>\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Type: text/html; charset=utf-8\n< Content-Encoding: br\n< Vary: Accept-Encoding\n<\n",
        now: None,
        statuses: &[200],
        flags: &["content-encoding-not-accepted"],
        expect: &[FlagSays("content-encoding-not-accepted", "does not accept br")],
    },
    Case {
        name: "curl -v --compressed: Brotli to a client that asked for it",
        text: "> GET / HTTP/1.1\n> Host: example.com\n> Accept-Encoding: deflate, gzip, br, zstd\n>\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Type: text/html; charset=utf-8\n< Content-Encoding: br\n< Vary: Accept-Encoding\n<\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/accept_ranges.py, "foo"
    Case {
        name: "raw: Accept-Ranges: foo",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nAccept-Ranges: foo\n",
        now: None,
        statuses: &[200],
        flags: &["accept-ranges-unknown"],
        expect: &[],
    },
    Case {
        name: "raw: Content-Range on a 200",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Range: bytes 0-99/200\nContent-Length: 100\n",
        now: None,
        statuses: &[200],
        flags: &["content-range-out-of-place"],
        expect: &[FlagSays("content-range-out-of-place", "on a 200")],
    },
    Case {
        name: "curl -I: Accept-Ranges: bytes and none are the units clients know",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: video/mp4\nAccept-Ranges: bytes\nContent-Length: 1048576\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: Content-Type twice, differently",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nContent-Type: application/json\n",
        now: None,
        statuses: &[200],
        flags: &["repeated-field"],
        expect: &[FlagSays("repeated-field", "Content-Type sent twice")],
    },
    Case {
        name: "raw: the same ETag twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nETag: \"abc\"\nETag: \"abc\"\n",
        now: None,
        statuses: &[200],
        flags: &["repeated-field"],
        expect: &[FlagSays("repeated-field", "same value")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, "SID=31d4d96e407aad42; Partitioned"
    Case {
        name: "raw: a Partitioned cookie without Secure",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: SID=31d4d96e407aad42; Partitioned\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-partitioned-insecure"],
        expect: &[Hides("31d4d96e407aad42")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, "WR_SID=50.56.234.188.1398; path=/; max-age=315360000; domain=.wolframalpha.com"
    Case {
        name: "raw: a cookie asking to live ten years",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: WR_SID=50.56.234.188.1398; path=/; max-age=315360000; domain=.wolframalpha.com\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-lifetime-capped"],
        expect: &[FlagSays("set-cookie-lifetime-capped", "3650 days")],
    },
    Case {
        name: "raw: a cookie whose Expires lies two years after Date",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: lang=en-US; Expires=Thu, 14 May 2026 09:30:00 GMT\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-lifetime-capped"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/set_cookie.py, "a=1; Path=/" and "a=2; Path=/"
    Case {
        name: "raw: the same cookie set twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: a=1; Path=/\nSet-Cookie: a=2; Path=/\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-repeated"],
        expect: &[],
    },
    Case {
        name: "raw: one name on two paths is two cookies, and a year's Max-Age is kept",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: a=1; Path=/\nSet-Cookie: a=2; Path=/admin; Max-Age=31536000\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/age.py, "foo"
    Case {
        name: "raw: Age: foo",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: max-age=600\nAge: foo\n",
        now: None,
        statuses: &[200],
        flags: &["age-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/age.py, "-20"
    Case {
        name: "raw: a negative Age",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: max-age=600\nAge: -20\n",
        now: None,
        statuses: &[200],
        flags: &["age-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/age.py, "20" and "10"
    Case {
        name: "raw: two Age fields",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: max-age=600\nAge: 20\nAge: 10\n",
        now: None,
        statuses: &[200],
        flags: &["repeated-field"],
        expect: &[],
    },
    Case {
        name: "curl -i: a CDN's Age within max-age",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: max-age=600\nAge: 120\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Says(0, "It has already spent 2 minutes in a cache (Age)")],
    },
    // httplint: httplint/field/parsers/referrer_policy.py, "unknown-value"
    Case {
        name: "raw: Referrer-Policy: unknown-value",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nReferrer-Policy: unknown-value\n",
        now: None,
        statuses: &[200],
        flags: &["referrer-policy-unknown"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/referrer_policy.py, "no-referrer", "unsafe-url" and "unsafe-url, no-referrer"
    Case {
        name: "raw: Referrer-Policy lists a fallback, then a newer policy",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nReferrer-Policy: no-referrer\nReferrer-Policy: unsafe-url, strict-origin-when-cross-origin, some-future-policy\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: X-Frame-Options twice, DENY and SAMEORIGIN",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nX-Frame-Options: DENY\nX-Frame-Options: SAMEORIGIN\n",
        now: None,
        statuses: &[200],
        flags: &["x-frame-options-invalid"],
        expect: &[FlagSays("x-frame-options-invalid", "disagree")],
    },
    // httplint: httplint/field/parsers/x_content_type_options.py, "nosniff" and "foo" (httplint flags foo; browsers read only the first value)
    Case {
        name: "raw: X-Frame-Options repeated by a proxy, and nosniff before an unknown value",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nX-Frame-Options: SAMEORIGIN, SAMEORIGIN\nX-Content-Type-Options: nosniff\nX-Content-Type-Options: foo\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/access_control_allow_credentials.py, "True"
    Case {
        name: "curl -i: Access-Control-Allow-Credentials: True",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nAccess-Control-Allow-Origin: https://app.example.com\nAccess-Control-Allow-Credentials: True\nVary: Origin\n",
        now: None,
        statuses: &[200],
        flags: &["cors-allow-credentials-invalid"],
        expect: &[FlagSays("cors-allow-credentials-invalid", "exactly and in lower case")],
    },
    // httplint: httplint/field/parsers/access_control_allow_credentials.py, "false"
    Case {
        name: "curl -i: Access-Control-Allow-Credentials: false",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Credentials: false\n",
        now: None,
        statuses: &[200],
        flags: &["cors-allow-credentials-invalid"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/access_control_allow_credentials.py, "true"
    Case {
        name: "curl -i: credentials allowed for one origin, as browsers want",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nAccess-Control-Allow-Origin: https://app.example.com\nAccess-Control-Allow-Credentials: true\nVary: Origin\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: Date and Last-Modified in the obsolete forms",
        text: "HTTP/1.1 200 OK\nDate: Tuesday, 14-May-24 09:30:00 GMT\nContent-Type: text/plain\nLast-Modified: Mon May 13 09:30:00 2024\n",
        now: None,
        statuses: &[200],
        flags: &["date-not-imf-fixdate", "date-not-imf-fixdate"],
        expect: &[FlagSays("date-not-imf-fixdate", "obsolete RFC 850 form"), FlagSays("date-not-imf-fixdate", "obsolete asctime form")],
    },
    // httplint: httplint/field/parsers/strict_transport_security.py, "max-age=100; includeSubDomains; preload"
    Case {
        name: "raw: HSTS asks for preload with a short max-age",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nStrict-Transport-Security: max-age=100; includeSubDomains; preload\n",
        now: None,
        statuses: &[200],
        flags: &["hsts-preload-unsuitable"],
        expect: &[],
    },
    Case {
        name: "raw: a cookie with an empty Domain",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: a=1; Domain=; Path=/\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-attribute-malformed"],
        expect: &[FlagSays("set-cookie-attribute-malformed", "Domain is empty")],
    },
    // httplint: httplint/field/parsers/transfer_encoding.py, "identity"
    Case {
        name: "raw: Transfer-Encoding: identity",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nTransfer-Encoding: identity\n",
        now: None,
        statuses: &[200],
        flags: &["transfer-encoding-invalid"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/transfer_encoding.py, "chunked", "foo" and "bar"
    Case {
        name: "raw: Transfer-Encoding: chunked, then foo and bar",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nTransfer-Encoding: chunked\nTransfer-Encoding: foo\nTransfer-Encoding: bar\n",
        now: None,
        statuses: &[200],
        flags: &["transfer-encoding-invalid"],
        expect: &[FlagSays("transfer-encoding-invalid", "not a transfer coding clients know")],
    },
    // httplint: httplint/field/parsers/transfer_encoding.py, "chunked; foo=bar"
    Case {
        name: "raw: chunked with a parameter",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nTransfer-Encoding: chunked; foo=bar\n",
        now: None,
        statuses: &[200],
        flags: &["transfer-encoding-invalid"],
        expect: &[FlagSays("transfer-encoding-invalid", "gives parameters")],
    },
    Case {
        name: "raw: gzip as the last transfer coding, so the body runs to the close",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nTransfer-Encoding: gzip\n",
        now: None,
        statuses: &[200],
        flags: &["transfer-encoding-invalid"],
        expect: &[FlagSays("transfer-encoding-invalid", "does not end with chunked")],
    },
    Case {
        name: "curl -i: gzip, then chunked, as transfer codings",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nTransfer-Encoding: gzip, chunked\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: a cookie with Expiry for Expires",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: id=1; Expiry=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-attribute-malformed"],
        expect: &[FlagSays("set-cookie-attribute-malformed", "expiry is not an attribute browsers know")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, "a=1; Priority=High" and "a=1; Version=1"
    Case {
        name: "raw: Chrome's Priority and RFC 2965's Version and Comment are noted, not taken for attributes browsers cannot read",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: a=1; Priority=High; Version=1; Comment=old; HttpOnly\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-nonstandard-attribute"],
        expect: &[FlagSays("set-cookie-nonstandard-attribute", "Priority is Chrome's own"), FlagSays("set-cookie-nonstandard-attribute", "Version belongs to RFC 2965")],
    },
    // More of httplint's categories: Set-Cookie's sizes, repeats and notes; HSTS lifetimes; the
    // security headers it reads; preflight-only CORS fields; Vary, Link, Content-Disposition,
    // dictionary compression and Cache-Status. Each flag raised, and near misses that must not.
    // httplint: httplint/field/parsers/set_cookie.py, TooLargeSCTest, "foo=" and 4,094 a's
    Case {
        name: "raw: a cookie of 4,097 bytes is dropped by browsers",
        text: concat!(
            "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: foo=",
            ten!(ten!(ten!("aaaa"))),
            ten!("aaaaaaaaa"),
            "aaaa\n"
        ),
        now: None,
        statuses: &[200],
        flags: &["set-cookie-too-large"],
        expect: &[FlagSays("set-cookie-too-large", "4097 bytes")],
    },
    Case {
        name: "raw: a cookie of 1.5 KB works but weighs on every request",
        text: concat!(
            "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: prefs=",
            ten!(ten!("0123456789abcde")),
            "; Path=/; HttpOnly\n"
        ),
        now: None,
        statuses: &[200],
        flags: &["set-cookie-large"],
        expect: &[FlagSays("set-cookie-large", "1505 bytes")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, ValueTooLargeSCTest, "foo=" and 129 a's:
    // httplint notes a value past 128 bytes; a session JWT passes that, so it raises nothing here.
    Case {
        name: "curl -i https: a session cookie holding a JWT is no size worth a flag",
        text: "$ curl -i https://app.example.com/login\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: foo=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa; Secure; HttpOnly\nSet-Cookie: session=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyLCJleHAiOjE3MTU2ODI2MDAsInJvbGVzIjpbInVzZXIiLCJlZGl0b3IiXX0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Hides("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, SetCookieAttributeDupTest, "a=b; Path=/; Path=/foo"
    Case {
        name: "raw: a cookie gives Path twice, differently",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: a=b; Path=/; Path=/foo\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-attribute-repeated"],
        expect: &[FlagSays("set-cookie-attribute-repeated", "gives path twice with different values")],
    },
    Case {
        name: "curl -i https: HttpOnly given twice by a framework and the application",
        text: "$ curl -i https://app.example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: sid=4f9a2c; Path=/; Secure; HttpOnly; SameSite=Lax; HttpOnly\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-attribute-repeated"],
        expect: &[FlagSays("set-cookie-attribute-repeated", "twice with the same value")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, MaxAgeLeadingZeroScTest, "lang=en-US; Max-Age=0123"
    Case {
        name: "raw: Max-Age=0123",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: lang=en-US; Max-Age=0123\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-max-age-leading-zero"],
        expect: &[FlagSays("set-cookie-max-age-leading-zero", "Max-Age=0123 starts with 0")],
    },
    // httplint: httplint/field/parsers/set_cookie.py, SetCookiePriorityTest and SetCookieVersionTest
    Case {
        name: "raw: Priority=High alone, and Version=1 on another cookie",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nSet-Cookie: a=1; Priority=High\nSet-Cookie: b=1; Version=1\n",
        now: None,
        statuses: &[200],
        flags: &["set-cookie-nonstandard-attribute", "set-cookie-nonstandard-attribute"],
        expect: &[FlagSays("set-cookie-nonstandard-attribute", "RFC 6265 made obsolete")],
    },
    // httplint: httplint/field/parsers/strict_transport_security.py, HSTSMaxAgeZeroTest, "max-age=0"
    Case {
        name: "curl -i https: HSTS max-age=0",
        text: "$ curl -i https://www.example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nStrict-Transport-Security: max-age=0\n",
        now: None,
        statuses: &[200],
        flags: &["hsts-max-age-zero"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/strict_transport_security.py, HSTSShortMaxAgeTest, "max-age=100"
    Case {
        name: "curl -i https: HSTS for 100 seconds",
        text: "$ curl -i https://www.example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nStrict-Transport-Security: max-age=100\n",
        now: None,
        statuses: &[200],
        flags: &["hsts-max-age-short"],
        expect: &[FlagSays("hsts-max-age-short", "max-age=100")],
    },
    // httplint: httplint/field/parsers/strict_transport_security.py, HSTSTrailingSemicolonTest
    // notes a trailing semicolon; RFC 6797's grammar makes every directive optional, and Chrome
    // reads empty ones (its tests parse ";; max-age=394082038  ; incLudesUbdOmains; ;").
    Case {
        name: "curl -i https: HSTS with empty directives is read as browsers read it",
        text: "$ curl -i https://www.example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nStrict-Transport-Security: ;; max-age=31536000 ; includeSubDomains; ;\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: test/test_cors.py, AccessControlAllowMethodsPreflightTest and AccessControlMaxAgePreflightTest
    Case {
        name: "curl -v: preflight-only CORS fields on the answer to a cross-origin GET",
        text: "> GET /api/items HTTP/1.1\n> Host: api.example.com\n> Origin: https://app.example.com\n>\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Type: application/json\n< Access-Control-Allow-Origin: https://app.example.com\n< Access-Control-Allow-Methods: GET, PUT, DELETE\n< Access-Control-Max-Age: 123\n< Vary: Origin\n<\n[]",
        now: None,
        statuses: &[200],
        flags: &["cors-preflight-field-out-of-place"],
        expect: &[FlagSays("cors-preflight-field-out-of-place", "Access-Control-Allow-Methods, Access-Control-Max-Age on the answer to GET")],
    },
    // httplint: test/test_cors.py, AccessControlAllowMethodsValidPreflightTest
    Case {
        name: "curl -v: the same fields on the answer to the preflight",
        text: "> OPTIONS /api/items HTTP/1.1\n> Host: api.example.com\n> Origin: https://app.example.com\n> Access-Control-Request-Method: PUT\n>\n< HTTP/1.1 204 No Content\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Access-Control-Allow-Origin: https://app.example.com\n< Access-Control-Allow-Methods: GET, PUT, DELETE\n< Access-Control-Allow-Headers: a, b\n< Access-Control-Max-Age: 123\n< Vary: Origin\n<\n",
        now: None,
        statuses: &[204],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/access_control_max_age.py, AccessControlMaxAgeInvalidTest, "abc",
    // and AccessControlMaxAgeNegativeTest, "-1"
    Case {
        name: "curl -v: preflight answers whose Access-Control-Max-Age is no number of seconds",
        text: "> OPTIONS /api/items HTTP/1.1\n> Host: api.example.com\n> Origin: https://app.example.com\n> Access-Control-Request-Method: PUT\n>\n< HTTP/1.1 204 No Content\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Access-Control-Allow-Origin: https://app.example.com\n< Access-Control-Allow-Methods: PUT\n< Access-Control-Max-Age: abc\n<\n> OPTIONS /api/items HTTP/1.1\n> Host: api.example.com\n> Origin: https://app.example.com\n> Access-Control-Request-Method: PUT\n>\n< HTTP/1.1 204 No Content\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Access-Control-Allow-Origin: https://app.example.com\n< Access-Control-Allow-Methods: PUT\n< Access-Control-Max-Age: -1\n<\n",
        now: None,
        statuses: &[204, 204],
        flags: &["cors-max-age-invalid", "cors-max-age-invalid"],
        expect: &[FlagSays("cors-max-age-invalid", "“-1” is not a number of seconds")],
    },
    // httplint: httplint/field/parsers/vary.py, VaryNegotiateTest, "Negotiate"
    Case {
        name: "raw: Vary: Negotiate",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nVary: Negotiate\n",
        now: None,
        statuses: &[200],
        flags: &["vary-pointless"],
        expect: &[FlagSays("vary-pointless", "no browser sends")],
    },
    // httplint: httplint/field/parsers/vary.py, VaryTest notes more than three fields; four pass
    // here (next case), five do not.
    Case {
        name: "curl -I: a Next.js page varies on five fields",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\nvary: RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding\nx-powered-by: Next.js\n",
        now: None,
        statuses: &[200],
        flags: &["vary-long"],
        expect: &[FlagSays("vary-long", "Vary lists 5 fields")],
    },
    Case {
        name: "curl -i: Spring's CORS fields and Accept-Encoding in Vary are four, and usual",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nVary: Origin\nVary: Access-Control-Request-Method\nVary: Access-Control-Request-Headers\nVary: Accept-Encoding\n\n{}",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/link.py, RevLinkTest, "</foo>; rev=\"bar\""
    Case {
        name: "raw: a Link with rev and no rel (unreadable), and one with both (rev noted)",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nLink: </foo>; rev=\"bar\"\nLink: </page/1>; rel=\"next\"; rev=\"prev\"\n",
        now: None,
        statuses: &[200],
        flags: &["link-malformed", "link-rev"],
        expect: &[FlagSays("link-malformed", "has no rel parameter"), FlagSays("link-rev", "rel=\"next\"; rev=\"prev\"")],
    },
    // httplint: httplint/field/parsers/link.py, BadAnchorLinkTest and BadTypeLinkTest
    Case {
        name: "raw: a Link whose anchor is no URI, and one whose type is no media type",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nLink: </foo>; rel=\"bar\"; anchor=\"{blah}\"\nLink: </foo>; rel=\"bar\"; type=\"{blah}\"\n",
        now: None,
        statuses: &[200],
        flags: &["link-malformed", "link-malformed"],
        expect: &[FlagSays("link-malformed", "anchor that is not a URI reference"), FlagSays("link-malformed", "type that is not a media type")],
    },
    // httplint: httplint/field/parsers/link.py, BadHintTargetLinkTest and MixedHintTargetsLinkTest
    Case {
        name: "raw: resource hints to javascript: and ftp: targets",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nLink: <javascript:alert(1)>; rel=\"preload\"\nLink: <https://cdn.example.com>; rel=\"preconnect\", <ftp://example.com/x>; rel=\"preload\"\n",
        now: None,
        statuses: &[200],
        flags: &["link-hint-ignored", "link-hint-ignored"],
        expect: &[FlagSays("link-hint-ignored", "preload of a javascript: URI"), FlagSays("link-hint-ignored", "preload of a ftp: URI")],
    },
    Case {
        name: "curl -I https: a font preloaded without as",
        text: "$ curl -I https://www.example.com/\nHTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\nlink: </fonts/inter.woff2>; rel=preload; crossorigin\n",
        now: None,
        statuses: &[200],
        flags: &["link-hint-ignored"],
        expect: &[FlagSays("link-hint-ignored", "preload without as")],
    },
    // httplint: httplint/field/parsers/link.py, PreloadLinkTest, PreconnectLinkTest, DnsPrefetchLinkTest,
    // CombinedRelHintLinkTest and NonHintLinkTest
    Case {
        name: "curl -I https: resource hints browsers act on, and a stylesheet",
        text: "$ curl -I https://www.example.com/\nHTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\nlink: </main.css>; rel=\"preload\"; as=\"style\", <https://cdn.example.com>; rel=\"preconnect\"\nlink: <https://cdn.example.com>; rel=\"preconnect dns-prefetch\", </style.css>; rel=\"stylesheet\", </app.js>; rel=modulepreload\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_disposition.py, DISPOSITION_OMITS_FILENAME
    Case {
        name: "raw: Content-Disposition: attachment without a file name",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/pdf\nContent-Disposition: attachment\n",
        now: None,
        statuses: &[200],
        flags: &["content-disposition-no-filename"],
        expect: &[FlagSays("content-disposition-no-filename", "after the URL")],
    },
    // httplint: httplint/field/parsers/content_disposition.py, FilenamePercentCDTest, "attachment; filename=fo%22o.txt"
    Case {
        name: "raw: a % in Content-Disposition's filename",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Disposition: attachment; filename=fo%22o.txt\n",
        now: None,
        statuses: &[200],
        flags: &["content-disposition-filename-unsafe"],
        expect: &[FlagSays("content-disposition-filename-unsafe", "has a % in filename")],
    },
    // httplint: httplint/field/parsers/content_disposition.py, FilenamePathCharCDTest, "attachment; filename=\"/foo.txt\""
    Case {
        name: "raw: a path in Content-Disposition's filename",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Disposition: attachment; filename=\"/foo.txt\"\n",
        now: None,
        statuses: &[200],
        flags: &["content-disposition-filename-unsafe"],
        expect: &[FlagSays("content-disposition-filename-unsafe", "holds a path")],
    },
    Case {
        name: "curl -I: a PDF shown inline needs no file name",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/pdf\nContent-Disposition: inline\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_encoding.py, DictionaryCompressedMissingVaryTest, "dcb"
    Case {
        name: "curl -v: a dictionary-compressed script without Vary: Available-Dictionary",
        text: "> GET /app.v2.js HTTP/1.1\n> Host: www.example.com\n> Accept-Encoding: gzip, br, zstd, dcb, dcz\n> Available-Dictionary: :pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4=:\n>\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Type: text/javascript\n< Cache-Control: public, max-age=31536000\n< Content-Encoding: dcb\n< Vary: Accept-Encoding\n<\n",
        now: None,
        statuses: &[200],
        flags: &["content-encoding-dictionary-without-vary"],
        expect: &[FlagSays("content-encoding-dictionary-without-vary", "without Vary: Available-Dictionary")],
    },
    Case {
        name: "curl -v: a dictionary-compressed script that varies as RFC 9842 asks",
        text: "> GET /app.v2.js HTTP/1.1\n> Host: www.example.com\n> Accept-Encoding: gzip, br, zstd, dcb, dcz\n> Available-Dictionary: :pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4=:\n>\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Type: text/javascript\n< Cache-Control: public, max-age=31536000\n< Content-Encoding: dcz\n< Vary: Accept-Encoding, Available-Dictionary\n<\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -v: a dictionary-compressed answer no cache may store needs no Vary",
        text: "> GET /api/feed HTTP/1.1\n> Host: www.example.com\n> Accept-Encoding: gzip, br, zstd, dcb, dcz\n> Available-Dictionary: :pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4=:\n>\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Type: application/json\n< Cache-Control: no-store\n< Content-Encoding: dcz\n<\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/cache_status.py, CacheStatusUnknownParamTest, "ExampleCache; unknown=1"
    Case {
        name: "raw: Cache-Status with a parameter RFC 9211 does not define",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Status: ExampleCache; unknown=1\n",
        now: None,
        statuses: &[200],
        flags: &["cache-status-parameter-unknown"],
        expect: &[FlagSays("cache-status-parameter-unknown", "unknown")],
    },
    // httplint: httplint/field/parsers/cache_status.py, CacheStatusBadParamValTest, "ExampleCache; fwd=invalid"
    Case {
        name: "raw: Cache-Status with fwd=invalid and a quoted ttl",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Status: ExampleCache; fwd=invalid, EdgeCache; hit; ttl=\"376\"\n",
        now: None,
        statuses: &[200],
        flags: &["cache-status-parameter-invalid"],
        expect: &[FlagSays("cache-status-parameter-invalid", "ExampleCache's fwd is not one of"), FlagSays("cache-status-parameter-invalid", "EdgeCache's ttl is not an integer")],
    },
    // httplint: httplint/field/parsers/cache_status.py, CacheStatusTest, "ExampleCache; hit; ttl=3700" and "AnotherCache; fwd=uri-miss"
    Case {
        name: "curl -I: every parameter of RFC 9211, of the right kind",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Status: ExampleCache; hit; ttl=3700\nCache-Status: AnotherCache; fwd=uri-miss; fwd-status=200; stored; collapsed; key=\"https://example.com/\"; detail=shield\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_security_policy.py, CSPTest, "default-src 'self'; script-src 'unsafe-inline'"
    Case {
        name: "raw: CSP lets inline scripts run",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nContent-Security-Policy: default-src 'self'; script-src 'unsafe-inline'\n",
        now: None,
        statuses: &[200],
        flags: &["csp-unsafe-inline"],
        expect: &[FlagSays("csp-unsafe-inline", "script-src allows 'unsafe-inline'")],
    },
    // httplint: httplint/field/parsers/content_security_policy.py, CSPMultipleTest, "default-src 'self'" and "script-src 'unsafe-eval'"
    Case {
        name: "raw: two CSP fields, the second allowing eval",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nContent-Security-Policy: default-src 'self'\nContent-Security-Policy: script-src 'unsafe-eval'\n",
        now: None,
        statuses: &[200],
        flags: &["csp-unsafe-eval"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_security_policy.py, CSPDuplicateTest, "default-src 'self'; default-src 'none'"
    Case {
        name: "raw: CSP gives default-src twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nContent-Security-Policy: default-src 'self'; default-src 'none'\n",
        now: None,
        statuses: &[200],
        flags: &["csp-directive-repeated"],
        expect: &[FlagSays("csp-directive-repeated", "gives default-src twice")],
    },
    // httplint: httplint/field/parsers/content_security_policy.py, CSPWideOpenTest, "script-src *"
    Case {
        name: "raw: CSP allows scripts from anywhere, and images over plain HTTP",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nContent-Security-Policy: script-src *; img-src 'self' http:\n",
        now: None,
        statuses: &[200],
        flags: &["csp-any-source"],
        expect: &[FlagSays("csp-any-source", "script-src, img-src allows * or http:")],
    },
    Case {
        name: "raw: CSP written with colons after the directive names",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nContent-Security-Policy: default-src: 'self'; frame-ancestors: 'none'\n",
        now: None,
        statuses: &[200],
        flags: &["csp-malformed"],
        expect: &[FlagSays("csp-malformed", "default-src:, frame-ancestors:")],
    },
    // httplint notes 'unsafe-inline' in any directive; for styles it is no flag here (next case).
    Case {
        name: "curl -I https: MDN's policy, with hashes for scripts and inline styles allowed",
        text: "$ curl -I https://developer.mozilla.org/\nHTTP/2 200\ncontent-type: text/html\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-security-policy: default-src 'self'; script-src 'report-sample' 'self' *.speedcurve.com 'sha256-q7cJjDqNO2e1L5UltvJ1LhvnYN7yJXgGO7b6h9xkL1o=' www.google-analytics.com/analytics.js; script-src-elem 'report-sample' 'self' *.speedcurve.com; style-src 'report-sample' 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; img-src 'self' data: *.githubusercontent.com; frame-src 'self' interactive-examples.mdn.mozilla.net; worker-src 'self'\nstrict-transport-security: max-age=63072000\nx-content-type-options: nosniff\nx-frame-options: DENY\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_security_policy.py, CSPReportToMissingTest, "script-src 'self'; report-to endpoint"
    Case {
        name: "raw: CSP reports to an endpoint no field defines, and only by report-to",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nContent-Security-Policy: script-src 'self'; report-to endpoint\n",
        now: None,
        statuses: &[200],
        flags: &["reporting-endpoint-undefined", "csp-report-to-only"],
        expect: &[FlagSays("reporting-endpoint-undefined", "Content-Security-Policy reports to endpoint")],
    },
    // httplint: httplint/field/parsers/content_security_policy.py, CSPReportToTest, CSPReportUriTest,
    // CSPTrailingSemiTest and CSPROTest (a report-only policy with 'unsafe-inline'). httplint notes
    // report-uri as deprecated: Firefox reads only it, so it is no flag here.
    Case {
        name: "curl -i https: a nonce-based CSP with strict-dynamic, its reports defined, and a report-only policy",
        text: "$ curl -i https://www.example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nReporting-Endpoints: endpoint=\"https://example.com/reports\"\nContent-Security-Policy: default-src 'self'; script-src 'nonce-r4nd0m' 'strict-dynamic' 'unsafe-inline' https: http:; object-src 'none'; base-uri 'none'; img-src * data:; report-uri /csp-report; report-to endpoint;\nContent-Security-Policy-Report-Only: default-src 'self'; script-src 'unsafe-inline'\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/cross_origin_opener_policy.py, cross_origin_embedder_policy.py,
    // cross_origin_resource_policy.py and their report-only twins, each "foo"
    Case {
        name: "raw: COOP, COEP, CORP and a report-only COEP browsers do not know",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nCross-Origin-Opener-Policy: foo\nCross-Origin-Embedder-Policy: require_corp\nCross-Origin-Embedder-Policy-Report-Only: foo\nCross-Origin-Resource-Policy: same-origin, same-site\n",
        now: None,
        statuses: &[200],
        flags: &["cross-origin-policy-invalid", "cross-origin-policy-invalid", "cross-origin-policy-invalid", "cross-origin-policy-invalid"],
        expect: &[FlagSays("cross-origin-policy-invalid", "not cross-origin isolated")],
    },
    // httplint: httplint/field/parsers/cross_origin_opener_policy.py, CrossOriginOpenerPolicyReportToMissingTest, "same-origin; report-to=endpoint"
    Case {
        name: "raw: COOP reports to an endpoint no field defines",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nCross-Origin-Opener-Policy: same-origin; report-to=endpoint\n",
        now: None,
        statuses: &[200],
        flags: &["reporting-endpoint-undefined"],
        expect: &[FlagSays("reporting-endpoint-undefined", "Cross-Origin-Opener-Policy reports to endpoint")],
    },
    // httplint: the report-to tests of cross_origin_opener_policy.py and cross_origin_embedder_policy.py,
    // COEP_UNSAFE_NONE and COOP_REPORT_ONLY_DUPLICATE: unsafe-none is the default, sent on purpose, and
    // HTML applies a policy and its report-only twin side by side, so neither is a flag here.
    Case {
        name: "curl -I https: cross-origin isolation with its reports defined, a report-only trial, and a popup-friendly page",
        text: "$ curl -I https://app.example.com/\nHTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\nreporting-endpoints: coop=\"https://example.com/coop\", coep=\"/coep\"\ncross-origin-opener-policy: same-origin-allow-popups; report-to=\"coop\"\ncross-origin-opener-policy-report-only: same-origin; report-to=\"coop\"\ncross-origin-embedder-policy: credentialless; report-to=\"coep\"\ncross-origin-embedder-policy-report-only: require-corp\ncross-origin-resource-policy: same-site\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -I: a checkout page keeps its payment popup with COOP: unsafe-none",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\ncross-origin-opener-policy: unsafe-none\ncross-origin-embedder-policy: unsafe-none\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/permissions_policy.py, PermissionsPolicyInvalidTest, "geolocation=(\"self\"), camera=(none)"
    Case {
        name: "raw: Permissions-Policy with a quoted \"self\" and none in a list",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nPermissions-Policy: geolocation=(\"self\"), camera=(none)\n",
        now: None,
        statuses: &[200],
        flags: &["permissions-policy-allowlist-invalid"],
        expect: &[FlagSays("permissions-policy-allowlist-invalid", "geolocation lists \"self\" in quotes"), FlagSays("permissions-policy-allowlist-invalid", "camera lists none")],
    },
    // httplint: httplint/field/parsers/permissions_policy.py, PermissionsPolicyWildcardTest, "geolocation=*, camera=()"
    Case {
        name: "raw: Permissions-Policy opens geolocation to every origin",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nPermissions-Policy: geolocation=*, camera=()\n",
        now: None,
        statuses: &[200],
        flags: &["permissions-policy-wildcard"],
        expect: &[],
    },
    Case {
        name: "raw: Permissions-Policy written in Feature-Policy's syntax",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nPermissions-Policy: geolocation 'none'; camera 'none'\n",
        now: None,
        statuses: &[200],
        flags: &["permissions-policy-malformed"],
        expect: &[FlagSays("permissions-policy-malformed", "Feature-Policy's syntax")],
    },
    // httplint: httplint/field/parsers/permissions_policy.py, PermissionsPolicyTest, "geolocation=(), camera=self":
    // httplint notes the bare self; the standard's allowlist may be the token self, so it passes here.
    Case {
        name: "curl -I: a Permissions-Policy of empty lists, bare self and quoted origins",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\npermissions-policy: geolocation=(), camera=self, microphone=(self \"https://meet.example.com\"), fullscreen=*, interest-cohort=()\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/reporting_endpoints.py, ReportingEndpointsInsecureTest and ReportingEndpointsBadSyntaxTest
    Case {
        name: "raw: a reporting endpoint over plain HTTP",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nReporting-Endpoints: endpoint=\"http://example.com/reports\"\n",
        now: None,
        statuses: &[200],
        flags: &["reporting-endpoint-insecure"],
        expect: &[],
    },
    Case {
        name: "raw: Reporting-Endpoints: endpoint=123",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nReporting-Endpoints: endpoint=123\n",
        now: None,
        statuses: &[200],
        flags: &["reporting-endpoints-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/reporting_endpoints.py, ReportingEndpointsInsecureBaseTest, "/reports" from http://
    Case {
        name: "curl -i http: a relative reporting endpoint on a plain-HTTP page",
        text: "$ curl -i http://example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nReporting-Endpoints: endpoint=\"/reports\"\n",
        now: None,
        statuses: &[200],
        flags: &["reporting-endpoint-insecure"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/report_to.py, ReportToMissingMaxAgeTest and ReportToBadJsonTest
    Case {
        name: "raw: Report-To without max_age, and Report-To that is no JSON",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nReport-To: {\"endpoints\": [{\"url\": \"https://a.com\"}]}\n",
        now: None,
        statuses: &[200],
        flags: &["report-to-malformed"],
        expect: &[],
    },
    Case {
        name: "raw: Report-To: {unquoted: \"keys\"}",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nReport-To: {unquoted: \"keys\"}\n",
        now: None,
        statuses: &[200],
        flags: &["report-to-malformed"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/nel.py, NelMissingReportToTest, NelBadFractionTest and NelReportToMissingTest
    Case {
        name: "raw: NEL without report_to",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nNEL: {\"max_age\": 100}\n",
        now: None,
        statuses: &[200],
        flags: &["nel-malformed"],
        expect: &[FlagSays("nel-malformed", "no report_to")],
    },
    Case {
        name: "raw: NEL with a success_fraction of 1.5",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nReporting-Endpoints: a=\"https://example.com/reports\"\nNEL: {\"report_to\": \"a\", \"max_age\": 1, \"success_fraction\": 1.5}\n",
        now: None,
        statuses: &[200],
        flags: &["nel-malformed"],
        expect: &[FlagSays("nel-malformed", "from 0 to 1")],
    },
    Case {
        name: "raw: NEL reports to a group no field defines",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html\nNEL: {\"report_to\": \"group1\", \"max_age\": 100}\n",
        now: None,
        statuses: &[200],
        flags: &["reporting-endpoint-undefined"],
        expect: &[FlagSays("reporting-endpoint-undefined", "NEL reports to group1")],
    },
    // httplint: httplint/field/parsers/nel.py, NelTest and NelMultiLineTest, with Cloudflare's Report-To group
    Case {
        name: "curl -I https: Cloudflare's Network Error Logging and its Report-To group",
        text: "$ curl -I https://www.example.com/\nHTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\nreport-to: {\"endpoints\":[{\"url\":\"https:\\/\\/a.nel.cloudflare.com\\/report\\/v4?s=Xm3kT9q%2BvY2pL8wR4nZ6bC1dF5gH7jK0\"}],\"group\":\"cf-nel\",\"max_age\":604800}\nnel: {\"success_fraction\":0,\"report_to\":\"cf-nel\",\"max_age\":604800}\nreporting-endpoints: group1=\"https://example.com/1\", group2=\"/2\"\nnel: {\"report_to\": \"group1\", \"max_age\": 2592000, \"include_subdomains\": true, \"success_fraction\": 0.5}, {\"report_to\": \"group2\", \"max_age\": 3600}\nserver: cloudflare\ncf-ray: 8836f2a1c9e04e21-FRA\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/clear_site_data.py, ClearSiteDataUnquotedTest, ClearSiteDataUnknownTest and ClearSiteDataEmptyTest
    Case {
        name: "curl -i: a sign-out whose Clear-Site-Data is unquoted",
        text: "HTTP/1.1 303 See Other\nDate: Tue, 14 May 2024 09:30:00 GMT\nLocation: /\nClear-Site-Data: cache, cookies\nContent-Length: 0\n",
        now: None,
        statuses: &[303],
        flags: &["clear-site-data-invalid"],
        expect: &[FlagSays("clear-site-data-invalid", "nothing is cleared")],
    },
    Case {
        name: "raw: Clear-Site-Data with an unknown type and an empty one",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nClear-Site-Data: \"cookies\", \"foo\", \"\"\n",
        now: None,
        statuses: &[200],
        flags: &["clear-site-data-invalid"],
        expect: &[FlagSays("clear-site-data-invalid", "less is cleared")],
    },
    // httplint: httplint/field/parsers/clear_site_data.py, ClearSiteDataTest and ClearSiteDataWildcardTest
    Case {
        name: "curl -i: sign-outs that clear cache and cookies, and everything",
        text: "HTTP/1.1 303 See Other\nDate: Tue, 14 May 2024 09:30:00 GMT\nLocation: /\nClear-Site-Data: \"cache\", \"cookies\"\nContent-Length: 0\n\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nClear-Site-Data: \"*\"\n",
        now: None,
        statuses: &[303, 200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw: Expires: tomorrow",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nExpires: tomorrow\n",
        now: None,
        statuses: &[200],
        flags: &["expires-malformed"],
        expect: &[FlagSays("expires-malformed", "is not a date in the form")],
    },
    // httplint: httplint/field/parsers/expires.py, "0" (httplint flags it; caches must read it as expired, which is what it is sent for)
    Case {
        name: "raw: Expires: 0 means already expired, as meant, and no-cache has an ETag to check",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nCache-Control: no-cache\nExpires: 0\nETag: \"v1\"\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/cache.py, FRESHNESS_NO_CACHE_NO_VALIDATOR
    Case {
        name: "curl -i: no-cache on a page with nothing to revalidate against",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nCache-Control: no-cache\n",
        now: None,
        statuses: &[200],
        flags: &["no-cache-without-validator"],
        expect: &[],
    },
    Case {
        name: "curl -i: GitHub's API rejects a bad token without a challenge",
        text: r##"$ curl -i -H "Authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a" https://api.github.com/user
HTTP/2 401 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/json; charset=utf-8
content-length: 131
x-github-media-type: github.v3; format=json
x-ratelimit-limit: 60
x-ratelimit-remaining: 59
x-ratelimit-reset: 1715682600
x-ratelimit-used: 1
x-ratelimit-resource: core
access-control-expose-headers: ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset
access-control-allow-origin: *
strict-transport-security: max-age=31536000; includeSubdomains; preload
x-frame-options: deny
x-content-type-options: nosniff
x-xss-protection: 0
referrer-policy: origin-when-cross-origin, strict-origin-when-cross-origin
content-security-policy: default-src 'none'
vary: Accept-Encoding, Accept, X-Requested-With
server: github.com
x-github-request-id: C0F6:2B5E:1A2B3C:1B2C3D:66432F08

{
  "message": "Bad credentials",
  "documentation_url": "https://docs.github.com/rest",
  "status": "401"
}
"##,
        now: None,
        statuses: &[401],
        flags: &["missing-www-authenticate"],
        expect: &[
            Url(0, "https://api.github.com/user"),
            Remaining(0, Some("core"), 59),
            Resets(0, Some("core"), "10:30:00 UTC"),
            Named(0, "GitHub", None),
            Says(0, "Scripts on any website may read this response"),
            Hides("16C7e42F292c6912E7710c838347Ae178B4a"),
        ],
    },
    Case {
        name: "curl -i: nginx answers 429 with Retry-After in seconds",
        text: "HTTP/1.1 429 Too Many Requests\r\nServer: nginx/1.25.4\r\nDate: Tue, 14 May 2024 09:30:00 GMT\r\nContent-Type: application/json\r\nContent-Length: 61\r\nConnection: keep-alive\r\nRetry-After: 120\r\n\r\n{\"error\":\"rate_limited\",\"message\":\"Slow down: 10 requests/s\"}",
        now: None,
        statuses: &[429],
        flags: &[],
        expect: &[
            RetryAfter(0, 120, "09:32:00 UTC"),
            Says(0, "Wait 2 minutes (120 seconds) before retrying: until 09:32:00 UTC, counted from the response's Date."),
            Named(0, "nginx", None),
        ],
    },
    Case {
        name: "curl -I: Apache in maintenance, Retry-After as an HTTP-date",
        text: r##"HTTP/1.1 503 Service Unavailable
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Apache/2.4.59 (Debian)
Retry-After: Tue, 14 May 2024 10:00:00 GMT
Content-Type: text/html; charset=iso-8859-1
"##,
        now: None,
        statuses: &[503],
        flags: &[],
        expect: &[RetryAfter(0, 1800, "10:00:00 UTC"), Named(0, "Apache", None), Format(Format::StatusLines)],
    },
    Case {
        name: "curl -iL: http to https to www, then the page",
        text: r##"$ curl -iL http://example.com/docs
HTTP/1.1 301 Moved Permanently
Server: nginx
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/html
Content-Length: 162
Connection: keep-alive
Location: https://example.com/docs

<html>
<head><title>301 Moved Permanently</title></head>
<body>
<center><h1>301 Moved Permanently</h1></center>
<hr><center>nginx</center>
</body>
</html>
HTTP/2 301 
server: nginx
date: Tue, 14 May 2024 09:30:00 GMT
content-type: text/html
content-length: 162
location: https://www.example.com/docs/

<html>
<head><title>301 Moved Permanently</title></head>
<body>
<center><h1>301 Moved Permanently</h1></center>
<hr><center>nginx</center>
</body>
</html>
HTTP/2 200 
server: nginx
date: Tue, 14 May 2024 09:30:01 GMT
content-type: text/html; charset=utf-8
cache-control: public, max-age=600
etag: W/"6643a1b2-5f3"

<!doctype html>
<html><head><title>Docs</title></head><body>Docs</body></html>
"##,
        now: None,
        statuses: &[301, 301, 200],
        flags: &[],
        expect: &[
            Url(0, "http://example.com/docs"),
            Location(0, "https://example.com/docs", Some("GET")),
            Location(1, "https://www.example.com/docs/", Some("GET")),
            Says(0, "browsers keep a permanent redirect without one"),
            Url(2, "https://www.example.com/docs/"),
            Role(0, Role::Redirect),
            Role(1, Role::Redirect),
            Role(2, Role::Final),
            Says(2, "Caches may reuse it for 10 minutes (max-age=600)."),
        ],
    },
    Case {
        name: "curl -v: a login POST redirected with a relative Location turns into a GET",
        text: r##"* Host app.example.com:443 was resolved.
* IPv6: (none)
* IPv4: 203.0.113.10
*   Trying 203.0.113.10:443...
* Connected to app.example.com (203.0.113.10) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS
* ALPN: server accepted http/1.1
> POST /login HTTP/1.1
> Host: app.example.com
> User-Agent: curl/8.7.1
> Accept: */*
> Cookie: csrftoken=Zk3f9Q2LmX8vT1aB
> Content-Length: 29
> Content-Type: application/x-www-form-urlencoded
> 
* upload completely sent off: 29 bytes
< HTTP/1.1 302 Found
< Date: Tue, 14 May 2024 09:30:00 GMT
< Content-Length: 0
< Connection: keep-alive
< Location: /dashboard?welcome=1
< Set-Cookie: sessionid=8d6f0a4c2b1e9f7a3c5d; Path=/; HttpOnly; Secure; SameSite=Lax
< 
* Connection #0 to host app.example.com left intact
"##,
        now: None,
        statuses: &[302],
        flags: &[],
        expect: &[
            Format(Format::CurlVerbose),
            Url(0, "https://app.example.com/login"),
            Location(0, "https://app.example.com/dashboard?welcome=1", Some("GET")),
            Says(0, "The POST becomes a GET on the next request"),
            Hides("8d6f0a4c2b1e9f7a3c5d"),
            Hides("Zk3f9Q2LmX8vT1aB"),
        ],
    },
    Case {
        name: "HTTPie -v: POST answered with 303 See Other",
        text: r##"POST /orders HTTP/1.1
Accept: application/json, */*;q=0.5
Accept-Encoding: gzip, deflate
Connection: keep-alive
Content-Length: 31
Content-Type: application/json
Host: api.example.com
User-Agent: HTTPie/3.2.2

{
    "item": "book",
    "qty": 1
}


HTTP/1.1 303 See Other
Connection: keep-alive
Content-Length: 0
Date: Tue, 14 May 2024 09:30:00 GMT
Location: /orders/42
Server: gunicorn
"##,
        now: None,
        statuses: &[303],
        flags: &[],
        expect: &[
            Location(0, "https://api.example.com/orders/42", Some("GET")),
            Says(0, "taking it to be https"),
            Says(0, "A 303 always continues with a GET, so the POST becomes a GET."),
            Named(0, "Gunicorn", None),
        ],
    },
    Case {
        name: "curl -v over HTTP/2: 307 keeps the POST",
        text: r##"> POST /v1/upload HTTP/2
> Host: api.example.com
> user-agent: curl/8.5.0
> accept: */*
> content-type: application/json
> content-length: 18
>
< HTTP/2 307 
< location: https://eu.api.example.com/v1/upload
< date: Tue, 14 May 2024 09:30:00 GMT
< content-length: 0
<
"##,
        now: None,
        statuses: &[307],
        flags: &[],
        expect: &[
            Version(0, Some("HTTP/2")),
            Url(0, "https://api.example.com/v1/upload"),
            Location(0, "https://eu.api.example.com/v1/upload", Some("POST")),
            Says(0, "The next request repeats the POST with the same body"),
        ],
    },
    Case {
        name: "curl -I: Vercel adds the trailing slash with 308, HEAD stays HEAD",
        text: r##"$ curl -I https://example.com/blog
HTTP/2 308 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: text/plain
location: /blog/
refresh: 0;url=/blog/
server: Vercel
strict-transport-security: max-age=63072000
x-vercel-id: fra1::6kz7q-1715679000000-6a1b2c3d4e5f
"##,
        now: None,
        statuses: &[308],
        flags: &[],
        expect: &[Location(0, "https://example.com/blog/", Some("HEAD")), Named(0, "Vercel", Some("fra1")), Says(0, "Moved permanently to https://example.com/blog/")],
    },
    Case {
        name: "curl -iL: HTTPS and HTTP redirect to each other until curl gives up",
        text: r##"$ curl -iL https://shop.example.com/
HTTP/2 301 
date: Tue, 14 May 2024 09:30:00 GMT
location: http://shop.example.com/
server: cloudflare
cf-ray: 882f1a2b3c4d5e6f-AMS

HTTP/1.1 301 Moved Permanently
Date: Tue, 14 May 2024 09:30:00 GMT
Location: https://shop.example.com/
Server: cloudflare
CF-RAY: 882f1a2b3c4d5e70-AMS

HTTP/2 301 
date: Tue, 14 May 2024 09:30:00 GMT
location: http://shop.example.com/
server: cloudflare
cf-ray: 882f1a2b3c4d5e71-AMS

curl: (47) Maximum (50) redirects followed
"##,
        now: None,
        statuses: &[301, 301, 301],
        flags: &["redirect-loop"],
        expect: &[Location(1, "https://shop.example.com/", Some("GET")), Named(0, "Cloudflare", Some("AMS"))],
    },
    Case {
        name: "curl -i through a proxy: the tunnel, then the server's answer",
        text: r##"$ curl -i -x http://proxy.corp.example:3128 https://api.example.com/health
HTTP/1.1 200 Connection established

HTTP/2 200 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/json
content-length: 15
cache-control: no-store

{"status":"ok"}
"##,
        now: None,
        statuses: &[200, 200],
        flags: &[],
        expect: &[Role(0, Role::Tunnel), Role(1, Role::Final), Url(1, "https://api.example.com/health"), Says(1, "No cache may store this response (no-store).")],
    },
    Case {
        name: "curl -v: Expect: 100-continue, then 201 Created",
        text: r##"> PUT /files/report.pdf HTTP/1.1
> Host: storage.example.com
> User-Agent: curl/8.7.1
> Accept: */*
> Content-Length: 1048576
> Expect: 100-continue
>
< HTTP/1.1 100 Continue
<
* We are completely uploaded and fine
< HTTP/1.1 201 Created
< Date: Tue, 14 May 2024 09:30:00 GMT
< Location: https://storage.example.com/files/report.pdf
< ETag: "a1b2c3"
< Content-Length: 0
<
"##,
        now: None,
        statuses: &[100, 201],
        flags: &[],
        expect: &[
            Role(0, Role::Interim),
            Role(1, Role::Final),
            Says(0, "The request announced Expect: 100-continue; the server is ready for the body."),
            Location(1, "https://storage.example.com/files/report.pdf", None),
            Says(1, "The new resource is at https://storage.example.com/files/report.pdf."),
        ],
    },
    Case {
        name: "curl -i: Express ends a 301 without saying where to",
        text: r##"HTTP/1.1 301 Moved Permanently
X-Powered-By: Express
Date: Tue, 14 May 2024 09:30:00 GMT
Connection: keep-alive
Keep-Alive: timeout=5
Content-Length: 0
"##,
        now: None,
        statuses: &[301],
        flags: &["missing-location"],
        expect: &[Role(0, Role::Final)],
    },
    Case {
        name: "HTTPie: Express answers 201 without Location",
        text: r##"HTTP/1.1 201 Created
X-Powered-By: Express
Content-Type: application/json; charset=utf-8
Content-Length: 38
ETag: W/"26-4b3e1a8e"
Date: Tue, 14 May 2024 09:30:00 GMT
Connection: keep-alive
Keep-Alive: timeout=5

{"id":"ord_42","status":"pending"}
"##,
        now: None,
        statuses: &[201],
        flags: &["created-without-location"],
        expect: &[Entry(0, Some("201"))],
    },
    Case {
        name: "curl -i: a Go handler's 405 without Allow",
        text: r##"HTTP/1.1 405 Method Not Allowed
Content-Type: text/plain; charset=utf-8
X-Content-Type-Options: nosniff
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Length: 19

Method Not Allowed
"##,
        now: None,
        statuses: &[405],
        flags: &["missing-allow"],
        expect: &[],
    },
    Case {
        name: "curl -v -X DELETE: Django REST framework's 405 with Allow",
        text: r##"> DELETE /api/articles/12 HTTP/1.1
> Host: blog.example.com
> User-Agent: curl/8.7.1
> Accept: */*
>
< HTTP/1.1 405 Method Not Allowed
< Date: Tue, 14 May 2024 09:30:00 GMT
< Server: WSGIServer/0.2 CPython/3.12.3
< Content-Type: application/json
< Vary: Accept, Cookie
< Allow: GET, PUT, PATCH, HEAD, OPTIONS
< X-Frame-Options: DENY
< Content-Length: 40
<
{"detail":"Method \"DELETE\" not allowed."}
"##,
        now: None,
        statuses: &[405],
        flags: &[],
        expect: &[
            MethodAllowed(0, false),
            Says(0, "The resource accepts GET, PUT, PATCH, HEAD and OPTIONS. The request was a DELETE, which is not one of them."),
            Named(0, "WSGIServer/0.2 CPython/3.12.3", None),
            Says(0, "Varying on Cookie or Authorization makes a copy per user"),
        ],
    },
    Case {
        name: "curl -i: a corporate gateway's 407 without a challenge",
        text: r##"HTTP/1.1 407 Proxy Authentication Required
Server: corp-gateway
Content-Type: text/html
Content-Length: 59
Connection: close

<html><body>Proxy authentication required</body></html>
"##,
        now: None,
        statuses: &[407],
        flags: &["missing-proxy-authenticate"],
        expect: &[],
    },
    Case {
        name: "curl -i: Squid asks for proxy credentials three ways",
        text: r##"HTTP/1.1 407 Proxy Authentication Required
Server: squid/5.7
Mime-Version: 1.0
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/html;charset=utf-8
Content-Length: 3520
X-Squid-Error: ERR_CACHE_ACCESS_DENIED 0
Vary: Accept-Language
Content-Language: en
Proxy-Authenticate: Negotiate
Proxy-Authenticate: NTLM
Proxy-Authenticate: Basic realm="Corporate proxy"
X-Cache: MISS from proxy01
X-Cache-Lookup: NONE from proxy01:3128
Via: 1.1 proxy01 (squid/5.7)
Connection: keep-alive
"##,
        now: None,
        statuses: &[407],
        flags: &[],
        expect: &[Schemes(0, &["Negotiate", "NTLM", "Basic"]), Named(0, "Squid", None), Says(0, "the credentials go in Proxy-Authorization")],
    },
    Case {
        name: "curl -i: 426 without Upgrade",
        text: r##"HTTP/1.1 426 Upgrade Required
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/plain
Content-Length: 16
Connection: close

Upgrade Required
"##,
        now: None,
        statuses: &[426],
        flags: &["missing-upgrade"],
        expect: &[],
    },
    Case {
        name: "curl -i: a WebSocket handshake switches protocols",
        text: r##"$ curl -i -N -H "Connection: Upgrade" -H "Upgrade: websocket" -H "Sec-WebSocket-Version: 13" -H "Sec-WebSocket-Key: SGVsbG8sIHdvcmxkIQ==" https://ws.example.com/socket
HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Accept: qGEgH3En71di5rrssAZTmtRTyFk=
"##,
        now: None,
        statuses: &[101],
        flags: &[],
        expect: &[Role(0, Role::Final), Says(0, "The connection switches to websocket from here on.")],
    },
    Case {
        name: "curl -i -H Range: CloudFront serves the first kilobyte",
        text: r##"$ curl -i -H "Range: bytes=0-1023" https://downloads.example.com/app-2.4.1.dmg
HTTP/2 206 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/x-apple-diskimage
content-length: 1024
content-range: bytes 0-1023/146515
accept-ranges: bytes
etag: "5d41402abc4b2a76b9719d911017c592"
last-modified: Mon, 13 May 2024 18:00:00 GMT
cache-control: public, max-age=86400
x-amz-cf-pop: FRA56-P1
x-cache: Hit from cloudfront
via: 1.1 8f3c1a2b4d5e6f708192a3b4c5d6e7f8.cloudfront.net (CloudFront)
x-amz-cf-id: kKV6gqZ2G3B6n1vHbgwpG3PLx4rQPlCWqd0hWfSnHr3_2lNnV2kKPA==
"##,
        now: None,
        statuses: &[206],
        flags: &[],
        expect: &[
            ContentRange(0, Some((0, 1023)), Some(146_515)),
            Says(0, "This part is bytes 0\u{2013}1,023 (1,024 bytes) of 146,515 bytes."),
            Says(0, "The request asked for bytes=0-1023."),
            Named(0, "Amazon CloudFront", Some("FRA56-P1")),
            Says(0, "cache Hit"),
        ],
    },
    Case {
        name: "curl -i: Apache's 206 without Content-Range",
        text: r##"HTTP/1.1 206 Partial Content
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Apache/2.4.59 (Unix)
Content-Type: video/mp4
Content-Length: 1048576
Accept-Ranges: bytes
"##,
        now: None,
        statuses: &[206],
        flags: &["missing-content-range"],
        expect: &[],
    },
    Case {
        name: "curl -i: nginx's 416 states the length",
        text: r##"HTTP/1.1 416 Requested Range Not Satisfiable
Server: nginx/1.25.4
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/html
Content-Length: 197
Connection: keep-alive
Content-Range: bytes */146515

<html>
<head><title>416 Requested Range Not Satisfiable</title></head>
<body>
<center><h1>416 Requested Range Not Satisfiable</h1></center>
<hr><center>nginx/1.25.4</center>
</body>
</html>
"##,
        now: None,
        statuses: &[416],
        flags: &[],
        expect: &[ContentRange(0, None, Some(146_515)), Says(0, "The whole representation is 146,515 bytes")],
    },
    Case {
        name: "curl -i: an API's 416 without the length",
        text: r##"HTTP/2 416 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/json
content-length: 37

{"error":"requested range not valid"}
"##,
        now: None,
        statuses: &[416],
        flags: &["range-not-satisfiable-without-length"],
        expect: &[],
    },
    Case {
        name: "curl -i: a PHP app's 204 with a JSON body",
        text: r##"HTTP/1.1 204 No Content
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Apache/2.4.59 (Debian)
X-Powered-By: PHP/8.3.6
Content-Type: application/json
Content-Length: 16

{"deleted":true}
"##,
        now: None,
        statuses: &[204],
        flags: &["body-on-204-or-304", "content-fields-on-204-or-304"],
        expect: &[],
    },
    Case {
        name: "curl -v: Fastly answers a conditional request with 304",
        text: r##"> GET /assets/app.3f9c2b.js HTTP/2
> Host: static.example.com
> user-agent: curl/8.7.1
> accept: */*
> if-none-match: "3f9c2b7a"
>
< HTTP/2 304 
< etag: "3f9c2b7a"
< cache-control: public, max-age=31536000, immutable
< date: Tue, 14 May 2024 09:30:00 GMT
< via: 1.1 varnish
< age: 5321
< x-served-by: cache-fra-eddf8230064-FRA
< x-cache: HIT
< x-cache-hits: 4
< x-timer: S1715679000.123456,VS0,VE0
< vary: Accept-Encoding
<
"##,
        now: None,
        statuses: &[304],
        flags: &[],
        expect: &[
            Says(0, "The request's if-none-match: \"3f9c2b7a\" matched"),
            Named(0, "Fastly", Some("FRA")),
            Says(0, "Served by Fastly (CDN, edge FRA, cache HIT)."),
            Says(0, "It has already spent 1 hour 28 minutes in a cache (Age)"),
        ],
    },
    Case {
        name: "curl -i: IIS's 500 is the registered 500, not one of its sub-statuses",
        text: r##"HTTP/1.1 500 Internal Server Error
Content-Type: text/html
Server: Microsoft-IIS/10.0
X-Powered-By: ASP.NET
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Length: 1208

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html><head><title>500 - Internal server error.</title></head><body><h2>500 - Internal server error.</h2></body></html>
"##,
        now: None,
        statuses: &[500],
        flags: &[],
        expect: &[Entry(0, Some("500")), Named(0, "Microsoft IIS", None)],
    },
    Case {
        name: "curl -i: IIS sends Content-Type on a 304",
        text: r##"HTTP/1.1 304 Not Modified
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Microsoft-IIS/10.0
Content-Type: text/html; charset=utf-8
ETag: "1d9a5b3c7e2f"
X-Powered-By: ASP.NET
"##,
        now: None,
        statuses: &[304],
        flags: &["content-fields-on-204-or-304"],
        expect: &[Named(0, "Microsoft IIS", None)],
    },
    Case {
        name: "HTTPie: 429 with the draft's RateLimit fields and a problem body, but no Retry-After",
        text: r##"HTTP/1.1 429 Too Many Requests
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: application/problem+json
RateLimit-Policy: "default";q=100;w=60
RateLimit: "default";r=0;t=30
Content-Length: 166

{"type":"https://iana.org/assignments/http-problem-types#quota-exceeded","title":"Too Many Requests","status":429,"detail":"Quota of 100 requests per minute exceeded."}
"##,
        now: None,
        statuses: &[429],
        flags: &["missing-retry-after"],
        expect: &[
            Remaining(0, Some("default"), 0),
            Resets(0, Some("default"), "09:30:30 UTC"),
            Says(0, "default: none of the 100 requests per minute left; it resets in 30 seconds (at 09:30:30 UTC)."),
            ProblemTitle(0, "Too Many Requests"),
        ],
    },
    Case {
        name: "curl -i: Varnish's Backend fetch failed",
        text: r##"HTTP/1.1 503 Backend fetch failed
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Varnish
Content-Type: text/html; charset=utf-8
Retry-After: 5
X-Varnish: 32770
Age: 0
Via: 1.1 varnish (Varnish/7.4)
Content-Length: 278
Connection: keep-alive

<!DOCTYPE html>
<html>
  <head>
    <title>503 Backend fetch failed</title>
  </head>
  <body>
    <h1>Error 503 Backend fetch failed</h1>
    <p>Backend fetch failed</p>
    <h3>Guru Meditation:</h3>
    <p>XID: 32770</p>
    <hr>
    <p>Varnish cache server</p>
  </body>
</html>
"##,
        now: None,
        statuses: &[503],
        flags: &[],
        expect: &[
            RetryAfter(0, 5, "09:30:05 UTC"),
            Named(0, "Varnish", None),
            Says(0, "Varnish could not fetch the page from its backend"),
            Refines(0, "backend-fetch-failed-varnish"),
        ],
    },
    Case {
        name: "curl -i: Cloudflare's 502 comes from its edge",
        text: r##"HTTP/2 502 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: text/html; charset=UTF-8
content-length: 4521
cache-control: private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0
expires: Thu, 01 Jan 1970 00:00:01 GMT
referrer-policy: same-origin
x-frame-options: SAMEORIGIN
server: cloudflare
cf-ray: 882f1a2b3c4d5e6f-FRA

<!DOCTYPE html>
<html class="no-js" lang="en-US"><head><title>example.com | 502: Bad gateway</title></head><body>Bad gateway</body></html>
"##,
        now: None,
        statuses: &[502],
        flags: &[],
        expect: &[Named(0, "Cloudflare", Some("FRA")), Says(0, "This 502 came from Cloudflare's edge"), Says(0, "No cache may store this response (no-store).")],
    },
    Case {
        name: "curl -i: Cloudflare's own 522",
        text: r##"HTTP/1.1 522 
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/plain; charset=UTF-8
Content-Length: 15
Connection: close
X-Frame-Options: SAMEORIGIN
Referrer-Policy: same-origin
Cache-Control: private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0
Expires: Thu, 01 Jan 1970 00:00:01 GMT
Server: cloudflare
CF-RAY: 882f1a2b3c4d5e6f-LHR

error code: 522
"##,
        now: None,
        statuses: &[522],
        flags: &["vendor-status"],
        expect: &[Entry(0, Some("522-cloudflare")), Says(0, "got no usable answer in time"), Named(0, "Cloudflare", Some("LHR"))],
    },
    Case {
        name: "curl -i: CloudFront's 504 Error from cloudfront",
        text: r##"HTTP/2 504 
content-type: text/html
content-length: 1033
date: Tue, 14 May 2024 09:30:00 GMT
x-cache: Error from cloudfront
via: 1.1 3e5a1b2c4d6f.cloudfront.net (CloudFront)
x-amz-cf-pop: IAD89-C1
x-amz-cf-id: 9wZVq2X5dG8mZk1Hq3Lr7Nf0Pc4Ty6Ub2Ws8Jv1Ka5Yx3Mo7Ei9Rg==
"##,
        now: None,
        statuses: &[504],
        flags: &[],
        expect: &[Named(0, "Amazon CloudFront", Some("IAD89-C1")), Says(0, "cache Error"), Says(0, "the origin did not answer in time")],
    },
    Case {
        name: "curl -i: an AWS Application Load Balancer's 502",
        text: r##"HTTP/1.1 502 Bad Gateway
Server: awselb/2.0
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/html
Content-Length: 122
Connection: keep-alive

<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
</body>
</html>
"##,
        now: None,
        statuses: &[502],
        flags: &[],
        expect: &[Named(0, "AWS load balancer", None), Says(0, "The AWS load balancer wrote this 502 itself, not the application behind it")],
    },
    Case {
        name: "curl -i: the load balancer's own 463",
        text: r##"HTTP/1.1 463 
Server: awselb/2.0
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/html
Content-Length: 0
Connection: close
"##,
        now: None,
        statuses: &[463],
        flags: &["vendor-status"],
        expect: &[Entry(0, Some("463-aws-elb")), Says(0, "the X-Forwarded-For header held too many addresses")],
    },
    Case {
        name: "curl -i: Fastly's first byte timeout",
        text: r##"HTTP/2 503 
server: Varnish
retry-after: 0
content-type: text/html; charset=utf-8
accept-ranges: bytes
date: Tue, 14 May 2024 09:30:00 GMT
via: 1.1 varnish
x-served-by: cache-ams21080-AMS
x-cache: MISS
x-cache-hits: 0
x-timer: S1715679000.100000,VS0,VE15003
content-length: 450

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html><head><title>503 first byte timeout</title></head><body><h1>Error 503 first byte timeout</h1></body></html>
"##,
        now: None,
        statuses: &[503],
        flags: &[],
        expect: &[
            Named(0, "Fastly", Some("AMS")),
            Says(0, "Fastly could not get an answer from the backend (origin)"),
            Says(0, "Retrying right away is allowed (Retry-After: 0)."),
        ],
    },
    Case {
        name: "curl -i: Envoy's own 503",
        text: r##"HTTP/1.1 503 Service Unavailable
content-length: 91
content-type: text/plain
date: Tue, 14 May 2024 09:30:00 GMT
server: envoy

upstream connect error or disconnect/reset before headers. reset reason: connection failure
"##,
        now: None,
        statuses: &[503],
        flags: &["missing-retry-after"],
        expect: &[Named(0, "Envoy", None), Says(0, "Envoy wrote this 503 itself"), Refines(0, "upstream-connect-error-envoy")],
    },
    Case {
        name: "curl -i: IIS's detailed error page for 500.19",
        text: "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\nServer: Microsoft-IIS/10.0\r\nX-Powered-By: ASP.NET\r\nDate: Tue, 14 May 2024 09:30:00 GMT\r\nContent-Length: 5216\r\n\r\n<html><head><title>IIS 10.0 Detailed Error - 500.19 - Internal Server Error</title></head><body><div id=\"content\"><div class=\"content-container\"><h3>HTTP Error 500.19 - Internal Server Error</h3><h4>The requested page cannot be accessed because the related configuration data for the page is invalid.</h4></div></div></body></html>",
        now: None,
        statuses: &[500],
        flags: &[],
        expect: &[Refines(0, "500.19-iis")],
    },
    Case {
        name: "curl -i: Cloudflare's error 1020 page",
        text: r##"HTTP/2 403
date: Tue, 14 May 2024 09:30:00 GMT
content-type: text/html; charset=UTF-8
cache-control: private, max-age=0, no-store, no-cache, must-revalidate
cf-ray: 8835a1b2c3d4e5f6-LHR
server: cloudflare

<!DOCTYPE html>
<html class="no-js" lang="en-US">
<head>
<title>Access denied | shop.example.com used Cloudflare to restrict access</title>
</head>
<body>
  <div id="cf-wrapper">
    <div id="cf-error-details" class="p-0">
      <header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-15 antialiased">
        <h1 class="inline-block md:block mr-2 md:mb-2 font-light text-60 md:text-3xl text-black-dark leading-tight">
          <span data-translate="error">Error</span>
          <span>1020</span>
        </h1>
        <span class="inline-block md:block heading-ray-id font-mono text-15 lg:text-sm lg:leading-relaxed">Ray ID: 8835a1b2c3d4e5f6 &bull;</span>
        <h2 class="text-gray-600 leading-1.3 text-3xl lg:text-2xl font-light">Access denied</h2>
      </header>
      <p>The site owner may have set restrictions that prevent you from accessing the site.</p>
    </div>
  </div>
</body>
</html>
"##,
        now: None,
        statuses: &[403],
        flags: &[],
        expect: &[Named(0, "Cloudflare", Some("LHR")), Refines(0, "1020-cloudflare")],
    },
    Case {
        name: "curl -i: nginx's 504 Gateway Time-out",
        text: r##"HTTP/1.1 504 Gateway Time-out
Server: nginx/1.18.0 (Ubuntu)
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/html
Content-Length: 176
Connection: keep-alive

<html>
<head><title>504 Gateway Time-out</title></head>
<body>
<center><h1>504 Gateway Time-out</h1></center>
<hr><center>nginx/1.18.0 (Ubuntu)</center>
</body>
</html>
"##,
        now: None,
        statuses: &[504],
        flags: &[],
        expect: &[Entry(0, Some("504")), Says(0, "nginx could not get an answer in time from the application behind it")],
    },
    Case {
        name: "curl -i: a Vercel function times out",
        text: r##"HTTP/2 504 
cache-control: public, max-age=0, must-revalidate
content-type: text/plain; charset=utf-8
date: Tue, 14 May 2024 09:30:00 GMT
server: Vercel
strict-transport-security: max-age=63072000
x-vercel-error: FUNCTION_INVOCATION_TIMEOUT
x-vercel-id: fra1::iad1::vxzq2-1715679000123-4f5e6d7c8b9a
content-length: 60

An error occurred with your deployment

FUNCTION_INVOCATION_TIMEOUT
"##,
        now: None,
        statuses: &[504],
        flags: &[],
        expect: &[Named(0, "Vercel", Some("fra1")), Says(0, "Vercel reports FUNCTION_INVOCATION_TIMEOUT: the serverless function ran past its time limit.")],
    },
    Case {
        name: "curl -i: a CDN says why in Proxy-Status",
        text: r##"HTTP/1.1 504 Gateway Timeout
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/plain
Content-Length: 15
Proxy-Status: ExampleCDN; error=connection_timeout; details="origin did not accept the connection within 10s"

Gateway Timeout
"##,
        now: None,
        statuses: &[504],
        flags: &[],
        expect: &[Says(0, "ExampleCDN reports connection_timeout: connecting to the next hop timed out; details: \u{201c}origin did not accept the connection within 10s\u{201d}.")],
    },
    Case {
        name: "Chrome DevTools, Copy response headers of an HTTP/2 404",
        text: r##":status: 404
cache-control: public, max-age=300
content-type: text/html; charset=utf-8
date: Tue, 14 May 2024 09:30:00 GMT
server: nginx
age: 42
"##,
        now: None,
        statuses: &[404],
        flags: &[],
        expect: &[Format(Format::PseudoHeaders), Version(0, None), Says(0, "Caches may reuse it for 5 minutes (max-age=300). It has already spent 42 seconds in a cache (Age), so it stays fresh for another 4 minutes 18 seconds.")],
    },
    Case {
        name: "Chrome DevTools, the whole Headers pane: a cross-origin call fails with 500 and no CORS headers",
        text: r##"General
Request URL:
https://api.example.com/v1/profile
Request Method:
GET
Status Code:
500 Internal Server Error
Remote Address:
203.0.113.7:443
Referrer Policy:
strict-origin-when-cross-origin
Response Headers
content-length:
21
content-type:
text/plain; charset=utf-8
date:
Tue, 14 May 2024 09:30:00 GMT
server:
gunicorn
Request Headers
:authority:
api.example.com
:method:
GET
:path:
/v1/profile
:scheme:
https
accept:
application/json
authorization:
Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQyIiwiZXhwIjoxNzE1NjgyNjAwfQ.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk4
origin:
https://app.example.com
referer:
https://app.example.com/
"##,
        now: None,
        statuses: &[500],
        flags: &["cors-missing-allow-origin"],
        expect: &[
            Format(Format::DevToolsPane),
            Url(0, "https://api.example.com/v1/profile"),
            Says(0, "the real problem may be the 500 itself"),
            Hides("dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk4"),
            Hides("eyJzdWIiOiJ1XzQyIiwiZXhwIjoxNzE1NjgyNjAwfQ"),
        ],
    },
    Case {
        name: "Chrome DevTools, the older Headers pane with values on the same line",
        text: r##"Request URL: https://www.example.com/missing
Request Method: GET
Status Code: 404 Not Found (from disk cache)
Remote Address: 93.184.215.14:443
Referrer Policy: strict-origin-when-cross-origin
Response Headers
cache-control: max-age=604800
content-type: text/html; charset=UTF-8
date: Tue, 14 May 2024 09:30:00 GMT
server: ECAcc (nyd/D184)
"##,
        now: None,
        statuses: &[404],
        flags: &[],
        expect: &[Format(Format::DevToolsPane), Url(0, "https://www.example.com/missing"), Says(0, "Caches may reuse it for 7 days (max-age=604800).")],
    },
    Case {
        name: "Firefox, Copy Response Headers: a Cloudflare challenge",
        text: r##"HTTP/2 403 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: text/html; charset=UTF-8
cf-mitigated: challenge
critical-ch: Sec-CH-UA-Bitness, Sec-CH-UA-Arch, Sec-CH-UA-Full-Version, Sec-CH-UA-Mobile, Sec-CH-UA-Model, Sec-CH-UA-Platform-Version, Sec-CH-UA-Full-Version-List, Sec-CH-UA-Platform, Sec-CH-UA, UA-Bitness, UA-Arch, UA-Full-Version, UA-Mobile, UA-Model, UA-Platform-Version, UA-Platform, UA
cross-origin-embedder-policy: require-corp
cross-origin-opener-policy: same-origin
cross-origin-resource-policy: same-origin
origin-agent-cluster: ?1
permissions-policy: accelerometer=(),autoplay=(),browsing-topics=(),camera=(),clipboard-read=(),clipboard-write=(),geolocation=(),gyroscope=(),hid=(),interest-cohort=(),magnetometer=(),microphone=(),payment=(),publickey-credentials-get=(),screen-wake-lock=(),serial=(),sync-xhr=(),usb=()
referrer-policy: same-origin
x-content-type-options: nosniff
x-frame-options: SAMEORIGIN
cache-control: private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0
expires: Thu, 01 Jan 1970 00:00:01 GMT
server: cloudflare
cf-ray: 882f1a2b3c4d5e6f-CDG
alt-svc: h3=":443"; ma=86400
X-Firefox-Spdy: h2
"##,
        now: None,
        statuses: &[403],
        flags: &[],
        expect: &[Named(0, "Cloudflare", Some("CDG")), Says(0, "Cloudflare answered with a challenge (cf-mitigated)"), Says(0, "The server also answers over HTTP/3 on port 443; clients may remember this for 1 day.")],
    },
    Case {
        name: "HTTPie: an expired bearer token",
        text: r##"HTTP/1.1 401 Unauthorized
Cache-Control: no-store
Connection: keep-alive
Content-Length: 0
Date: Tue, 14 May 2024 09:30:00 GMT
WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"
"##,
        now: None,
        statuses: &[401],
        flags: &[],
        expect: &[BearerError(0, "invalid_token"), Says(0, "The bearer token was rejected (invalid_token)"), Says(0, "The server says: \u{201c}The access token expired\u{201d}.")],
    },
    Case {
        name: "curl -i: an MCP server's 403 asks for more scope",
        text: r##"HTTP/2 403 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/json
www-authenticate: Bearer error="insufficient_scope", scope="repo:write", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource"
content-length: 30

{"error":"insufficient_scope"}
"##,
        now: None,
        statuses: &[403],
        flags: &[],
        expect: &[
            BearerError(0, "insufficient_scope"),
            Says(0, "Scope needed: repo:write."),
            Says(0, "described at https://mcp.example.com/.well-known/oauth-protected-resource"),
        ],
    },
    Case {
        name: "HTTPie -v: Kestrel offers Bearer or Basic",
        text: r##"GET /admin HTTP/1.1
Accept: */*
Accept-Encoding: gzip, deflate
Connection: keep-alive
Host: intranet.example.com
User-Agent: HTTPie/3.2.2



HTTP/1.1 401 Unauthorized
Content-Length: 0
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Kestrel
WWW-Authenticate: Bearer, Basic realm="intranet", charset="UTF-8"
"##,
        now: None,
        statuses: &[401],
        flags: &[],
        expect: &[
            Schemes(0, &["Bearer", "Basic"]),
            Says(0, "2 ways to authenticate are offered (Bearer and Basic)"),
            Says(0, "Send a username and password with Basic authentication for realm \u{201c}intranet\u{201d}, encoded as UTF-8."),
            Url(0, "https://intranet.example.com/admin"),
        ],
    },
    Case {
        name: "curl -i: Spring Boot's problem details for a 422",
        text: r##"HTTP/1.1 422 
Content-Type: application/problem+json
Transfer-Encoding: chunked
Date: Tue, 14 May 2024 09:30:00 GMT

{"type":"https://api.example.com/problems/validation","title":"Unprocessable Entity","status":422,"detail":"email: must be a well-formed email address","instance":"/v1/users"}
"##,
        now: None,
        statuses: &[422],
        flags: &[],
        expect: &[ProblemTitle(0, "Unprocessable Entity"), Entry(0, Some("422"))],
    },
    Case {
        name: "curl -i: Envoy passes a 502 whose problem body says 400",
        text: r##"HTTP/2 502 
content-type: application/problem+json; charset=utf-8
date: Tue, 14 May 2024 09:30:00 GMT
server: envoy
x-envoy-upstream-service-time: 12

{
  "type": "about:blank",
  "title": "Bad Request",
  "status": 400,
  "detail": "Missing required parameter: customer_id"
}
"##,
        now: None,
        statuses: &[502],
        flags: &["problem-status-mismatch"],
        expect: &[ProblemTitle(0, "Bad Request"), Says(0, "The upstream service answered 502 itself; Envoy passed it through.")],
    },
    Case {
        name: "curl -i: a deprecated endpoint with a sunset date",
        text: r##"HTTP/1.1 200 OK
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: application/json
Deprecation: @1688169599
Sunset: Sun, 30 Jun 2024 23:59:59 GMT
Link: <https://developer.example.com/changelog/v1-sunset>; rel="deprecation"; type="text/html", <https://api.example.com/v2/customers>; rel="successor-version"
Content-Length: 2

[]
"##,
        now: Some(NOW),
        statuses: &[200],
        flags: &[],
        expect: &[
            Says(0, "Deprecated since Fri, 30 Jun 2023 23:59:59 GMT: it still works, but plan to move off it. The migration notes are at https://developer.example.com/changelog/v1-sunset."),
            Says(0, "This is expected to stop responding after Sun, 30 Jun 2024 23:59:59 GMT (in 47 days 14 hours)."),
        ],
    },
    Case {
        name: "curl -sI: Google's home page advertises HTTP/3",
        text: r##"$ curl -sI https://www.google.com/
HTTP/2 200 
content-type: text/html; charset=ISO-8859-1
content-security-policy-report-only: object-src 'none';base-uri 'self';script-src 'nonce-Q2p9tV2mR8xYw3zL' 'strict-dynamic' 'report-sample' 'unsafe-eval' 'unsafe-inline' https: http:;report-uri https://csp.withgoogle.com/csp/gws/other-hp
p3p: CP="This is not a P3P policy! See g.co/p3phelp for more info."
date: Tue, 14 May 2024 09:30:00 GMT
server: gws
x-xss-protection: 0
x-frame-options: SAMEORIGIN
expires: Tue, 14 May 2024 09:30:00 GMT
cache-control: private
set-cookie: AEC=AQTF6HxyZ8k3vM0pL2nR5sT7uW9yB1cD3eF5gH7jK9mN1pQ3rS5tU7vW9xY; expires=Sun, 10-Nov-2024 09:30:00 GMT; path=/; domain=.google.com; Secure; HttpOnly; SameSite=lax
alt-svc: h3=":443"; ma=2592000,h3-29=":443"; ma=2592000
"##,
        now: None,
        statuses: &[200],
        // P3P is retired: no browser reads it (Google sends it only to say so).
        flags: &["field-deprecated"],
        expect: &[
            FlagSays("field-deprecated", "p3p is retired"),
            Says(0, "The server also answers over HTTP/3 on port 443 and HTTP/3 (a draft version) on port 443; clients may remember this for 30 days."),
            Says(0, "Only the browser's own cache may keep it (private)"),
            Hides("AQTF6HxyZ8k3vM0pL2nR5sT7uW9yB1cD3eF5gH7jK9mN1pQ3rS5tU7vW9xY"),
        ],
    },
    Case {
        name: "curl -i: Netlify's edge reports a hit in Cache-Status",
        text: r##"HTTP/2 200 
age: 120
cache-control: public,max-age=0,must-revalidate
cache-status: "Netlify Edge"; hit
content-type: text/html; charset=UTF-8
date: Tue, 14 May 2024 09:30:00 GMT
etag: "8a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d-ssl"
server: Netlify
strict-transport-security: max-age=31536000
x-nf-request-id: 01HXYZ8K3M5N7P9Q1R3S5T7V9W
"##,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Named(0, "Netlify", None), Says(0, "Netlify Edge: served from the cache."), Says(0, "It is stale at once (max-age=0)")],
    },
    Case {
        name: "curl -i: CloudFront keeps an API answer longer than browsers may",
        text: r##"HTTP/1.1 200 OK
Content-Type: application/json
Content-Length: 5120
Connection: keep-alive
Date: Tue, 14 May 2024 09:30:00 GMT
Cache-Control: public, max-age=60, s-maxage=3600, stale-while-revalidate=30
Age: 600
Vary: Accept-Encoding, Origin
X-Cache: Hit from cloudfront
Via: 1.1 0a1b2c3d.cloudfront.net (CloudFront)
X-Amz-Cf-Pop: LHR61-P2
X-Amz-Cf-Id: Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe9Dc8Ba7Zx6Yw5Vu4Ts3Rq==
"##,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[
            Says(0, "Caches may reuse it for 1 minute (max-age=60). Shared caches such as CDNs may reuse it for 1 hour (s-maxage). It has already spent 10 minutes in a cache (Age), so it stays fresh for another 50 minutes."),
            Says(0, "Varying on Origin keeps one origin's CORS answer from being served to another."),
            Named(0, "Amazon CloudFront", Some("LHR61-P2")),
        ],
    },
    Case {
        name: "curl -i: Twitter-style X-Rate-Limit fields with an epoch reset",
        text: r##"HTTP/2 200 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/json;charset=utf-8
x-rate-limit-limit: 900
x-rate-limit-remaining: 897
x-rate-limit-reset: 1715679900
server: tsa_b
"##,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Remaining(0, None, 897), Resets(0, None, "09:45:00 UTC"), Says(0, "897 of 900 requests left; it resets in 15 minutes (at 09:45:00 UTC).")],
    },
    Case {
        name: "curl -i: RateLimit as draft -07's Dictionary",
        text: r##"HTTP/1.1 200 OK
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: application/json
RateLimit-Policy: 100;w=60
RateLimit: limit=100, remaining=42, reset=18
Content-Length: 2

{}
"##,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Remaining(0, None, 42), Says(0, "Rate limit: 42 of 100 requests per minute left; it resets in 18 seconds (at 09:30:18 UTC).")],
    },
    Case {
        name: "curl -i: the draft's first fields, RateLimit-Limit, -Remaining and -Reset",
        text: r##"HTTP/2 429 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: text/plain
retry-after: 50
ratelimit-limit: 100
ratelimit-remaining: 0
ratelimit-reset: 50
ratelimit-policy: 100;w=60

Too Many Requests
"##,
        now: None,
        statuses: &[429],
        flags: &[],
        expect: &[
            Remaining(0, None, 0),
            Says(0, "Rate limit: none of the 100 requests per minute left; it resets in 50 seconds (at 09:30:50 UTC). The quota is used up: wait for the reset before sending more."),
        ],
    },
    Case {
        name: "curl -i: a Stripe-style payments API declines a card with 402",
        text: r##"$ curl -i https://api.stripe.com/v1/payment_intents/pi_3PGkZ2LkdIwHu7ix0Xq1aB2c/confirm -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: -d payment_method=pm_card_chargeDeclined
HTTP/1.1 402 Payment Required
Server: nginx
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: application/json
Content-Length: 1123
Connection: keep-alive
Access-Control-Allow-Credentials: true
Access-Control-Allow-Methods: GET, HEAD, PUT, PATCH, POST, DELETE
Access-Control-Allow-Origin: *
Access-Control-Expose-Headers: Request-Id, Stripe-Manage-Version, Stripe-Should-Retry, X-Stripe-External-Auth-Required, X-Stripe-Privileged-Session-Required
Access-Control-Max-Age: 300
Cache-Control: no-cache, no-store
Idempotency-Key: 2f6c8e1a-9b4d-4c3e-8f7a-1d2e3f4a5b6c
Original-Request: req_8fA3bC9dE1gH2i
Request-Id: req_8fA3bC9dE1gH2i
Stripe-Should-Retry: false
Stripe-Version: 2024-04-10
Strict-Transport-Security: max-age=63072000; includeSubDomains; preload

{
  "error": {
    "code": "card_declined",
    "decline_code": "generic_decline",
    "doc_url": "https://stripe.com/docs/error-codes/card-declined",
    "message": "Your card was declined.",
    "type": "card_error"
  }
}
"##,
        now: None,
        statuses: &[402],
        flags: &["cors-wildcard-with-credentials"],
        expect: &[
            Entry(0, Some("402")),
            Url(0, "https://api.stripe.com/v1/payment_intents/pi_3PGkZ2LkdIwHu7ix0Xq1aB2c/confirm"),
            Says(0, "No cache may store this response (no-store)."),
            Named(0, "nginx", None),
            Hides("4eC39HqLyjWDarjtT1zdp7dc"),
        ],
    },
    Case {
        name: "curl -i: Anthropic's API says 429 with its own rate-limit fields",
        text: r##"HTTP/2 429 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/json
retry-after: 28
anthropic-ratelimit-requests-limit: 50
anthropic-ratelimit-requests-remaining: 0
anthropic-ratelimit-requests-reset: 2024-05-14T09:30:28Z
anthropic-ratelimit-tokens-limit: 40000
anthropic-ratelimit-tokens-remaining: 38500
anthropic-ratelimit-tokens-reset: 2024-05-14T09:30:01Z
request-id: req_01HXYZ8K3M5N7P9Q1R3S5T7V9W
x-should-retry: true
via: 1.1 google
cf-cache-status: DYNAMIC
server: cloudflare
cf-ray: 882f1a2b3c4d5e6f-SJC

{"type":"error","error":{"type":"rate_limit_error","message":"Number of requests has exceeded your rate limit."}}
"##,
        now: None,
        statuses: &[429],
        flags: &[],
        expect: &[
            RetryAfter(0, 28, "09:30:28 UTC"),
            Remaining(0, Some("requests"), 0),
            Remaining(0, Some("tokens"), 38_500),
            Resets(0, Some("requests"), "09:30:28 UTC"),
            Named(0, "Cloudflare", Some("SJC")),
        ],
    },
    Case {
        name: "curl -i: OpenAI-style per-resource limits with Go durations",
        text: r##"HTTP/2 429 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/json; charset=utf-8
x-ratelimit-limit-requests: 500
x-ratelimit-limit-tokens: 30000
x-ratelimit-remaining-requests: 499
x-ratelimit-remaining-tokens: 0
x-ratelimit-reset-requests: 120ms
x-ratelimit-reset-tokens: 6m0s
retry-after: 360
server: cloudflare
cf-ray: 882f1a2b3c4d5e6f-AMS

{"error":{"message":"Rate limit reached for tokens per min (TPM)","type":"tokens","code":"rate_limit_exceeded"}}
"##,
        now: None,
        statuses: &[429],
        flags: &[],
        expect: &[Remaining(0, Some("tokens"), 0), Resets(0, Some("tokens"), "09:36:00 UTC"), Remaining(0, Some("requests"), 499), RetryAfter(0, 360, "09:36:00 UTC")],
    },
    Case {
        name: "curl -i: the Anthropic API is overloaded (529)",
        text: r##"HTTP/2 529 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/json
x-should-retry: true
request-id: req_01HXYZ8K3M5N7P9Q1R3S5T7V9W
server: cloudflare
cf-ray: 882f1a2b3c4d5e6f-SJC

{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}
"##,
        now: None,
        statuses: &[529],
        flags: &["vendor-status"],
        expect: &[Entry(0, Some("529-anthropic"))],
    },
    Case {
        name: "HTTPie: a made-up 299",
        text: r##"HTTP/1.1 299 Custom Success
Content-Type: text/plain
Content-Length: 2

ok
"##,
        now: None,
        statuses: &[299],
        flags: &["unregistered-status"],
        expect: &[Entry(0, None)],
    },
    Case {
        name: "raw: a status code above 599",
        text: "HTTP/1.1 600 Unknown\nContent-Length: 0\n",
        now: None,
        statuses: &[600],
        flags: &["unregistered-status"],
        expect: &[Entry(0, None)],
    },
    Case {
        name: "curl -v: GitLab with a token in the URL and a session cookie",
        text: r##"* Connected to gitlab.example.com (192.0.2.15) port 443
* ALPN: server accepted h2
> GET /api/v4/projects?private_token=glpat-AbCdEf123456GhIjKl78 HTTP/2
> Host: gitlab.example.com
> User-Agent: curl/8.7.1
> Accept: */*
> Authorization: Bearer glpat-AbCdEf123456GhIjKl78
>
< HTTP/2 200 
< server: nginx
< date: Tue, 14 May 2024 09:30:00 GMT
< content-type: application/json
< set-cookie: _gitlab_session=4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f; path=/; expires=Tue, 14 May 2024 11:30:00 GMT; secure; HttpOnly; SameSite=None
< ratelimit-observed: 3
< ratelimit-remaining: 1997
< ratelimit-resettime: Tue, 14 May 2024 09:31:00 GMT
< ratelimit-limit: 2000
< cache-control: max-age=0, private, must-revalidate
<
[]
"##,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[
            Url(0, "https://gitlab.example.com/api/v4/projects?private_token=\u{2022}\u{2022}\u{2022}\u{2022}"),
            Remaining(0, None, 1997),
            Resets(0, None, "09:31:00 UTC"),
            Hides("AbCdEf123456GhIjKl78"),
            Hides("4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f"),
        ],
    },
    Case {
        name: "curl -i: an OAuth implicit redirect carries the token in the fragment",
        text: r##"HTTP/1.1 302 Found
Date: Tue, 14 May 2024 09:30:00 GMT
Location: https://app.example.com/callback#access_token=ya29.a0AfB_byC3dE4fG5hI6jK7lM8nO9pQ0rS1tU2vW3xY4zA5bC6dE7f&token_type=Bearer&expires_in=3599&state=af0ifjsldkj
Cache-Control: no-store
Content-Length: 0
"##,
        now: None,
        statuses: &[302],
        flags: &[],
        expect: &[Location(0, "https://app.example.com/callback#access_token=\u{2022}\u{2022}\u{2022}\u{2022}&token_type=Bearer&expires_in=3599&state=af0ifjsldkj", None), Hides("a0AfB_byC3dE4fG5hI6jK7lM8nO9pQ0rS1tU2vW3xY4zA5bC6dE7f")],
    },
    Case {
        name: "curl --http3 -I: Cloudflare over HTTP/3",
        text: r##"$ curl --http3 -I https://cloudflare-quic.com/
HTTP/3 200 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: text/html
content-length: 125959
server: cloudflare
cf-ray: 882f1a2b3c4d5e6f-FRA
alt-svc: h3=":443"; ma=86400
"##,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Version(0, Some("HTTP/3")), Named(0, "Cloudflare", Some("FRA")), Says(0, "The server also answers over HTTP/3 on port 443")],
    },
    Case {
        name: "HTTPie: a maintenance page without Date, timed from now",
        text: r##"HTTP/1.1 503 Service Unavailable
Content-Type: text/html
Retry-After: 3600
Content-Length: 50

<h1>Down for maintenance, back in an hour</h1>
"##,
        now: Some(NOW),
        statuses: &[503],
        flags: &[],
        expect: &[RetryAfter(0, 3600, "10:30:00 UTC"), Says(0, "Wait 1 hour (3,600 seconds) before retrying: until 10:30:00 UTC, counted from now.")],
    },
    Case {
        name: "curl -v -X OPTIONS: a CORS preflight that passes",
        text: r##"> OPTIONS /v1/orders HTTP/2
> Host: api.example.com
> user-agent: curl/8.7.1
> accept: */*
> origin: https://app.example.com
> access-control-request-method: POST
> access-control-request-headers: content-type, authorization
>
< HTTP/2 204 
< date: Tue, 14 May 2024 09:30:00 GMT
< access-control-allow-origin: https://app.example.com
< access-control-allow-methods: GET, POST, OPTIONS
< access-control-allow-headers: content-type, authorization
< access-control-allow-credentials: true
< access-control-max-age: 7200
< vary: Origin
<
"##,
        now: None,
        statuses: &[204],
        flags: &[],
        expect: &[
            Says(0, "Scripts on https://app.example.com may read this response, including with cookies and HTTP authentication."),
            Says(0, "A preflight allows the methods GET, POST and OPTIONS."),
            Says(0, "The browser may cache this preflight for 2 hours."),
        ],
    },
    Case {
        name: "Chrome DevTools copy: * with credentials",
        text: r##":status: 200
access-control-allow-credentials: true
access-control-allow-origin: *
content-type: application/json
date: Tue, 14 May 2024 09:30:00 GMT
"##,
        now: None,
        statuses: &[200],
        flags: &["cors-wildcard-with-credentials"],
        expect: &[],
    },
    Case {
        name: "curl -i -H Origin: the API allows another origin",
        text: r##"$ curl -i -H "Origin: https://staging.example.com" https://api.example.com/v1/me
HTTP/2 200 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: application/json
access-control-allow-origin: https://www.example.com
vary: Origin

{"id":42}
"##,
        now: None,
        statuses: &[200],
        flags: &["cors-origin-mismatch"],
        expect: &[Says(0, "The response allows https://www.example.com, but the request came from https://staging.example.com")],
    },
    Case {
        name: "curl -i: OpenResty's Retry-After that is not a time",
        text: r##"HTTP/1.1 503 Service Temporarily Unavailable
Server: openresty
Date: Tue, 14 May 2024 09:30:00 GMT
Retry-After: soon
Content-Length: 0
"##,
        now: None,
        statuses: &[503],
        flags: &["malformed-field"],
        expect: &[Named(0, "nginx", None)],
    },
    Case {
        name: "curl -i: Heroku's router answers for a crashed app",
        text: r##"HTTP/1.1 503 Service Unavailable
Connection: keep-alive
Server: Cowboy
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Length: 506
Content-Type: text/html; charset=utf-8
Cache-Control: no-cache, no-store
Via: 1.1 vegur

<!DOCTYPE html>
<html><head><title>Application Error</title></head><body><iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe></body></html>
"##,
        now: None,
        statuses: &[503],
        flags: &["missing-retry-after"],
        expect: &[Named(0, "Heroku", None), Says(0, "The Heroku router answered")],
    },
    Case {
        name: "curl -i: Google's load balancer finds no healthy backend",
        text: r##"HTTP/2 502 
content-type: text/html; charset=UTF-8
referrer-policy: no-referrer
content-length: 332
date: Tue, 14 May 2024 09:30:00 GMT
via: 1.1 google
alt-svc: h3=":443"; ma=2592000,h3-29=":443"; ma=2592000

<html><head>
<meta http-equiv="content-type" content="text/html;charset=utf-8">
<title>502 Server Error</title>
</head>
<body text=#000000 bgcolor=#ffffff>
<h1>Error: Server Error</h1>
<h2>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.</h2>
</body></html>
"##,
        now: None,
        statuses: &[502],
        flags: &[],
        expect: &[Named(0, "Google Front End", None), Says(0, "Google's load balancer could not reach a healthy backend")],
    },
    Case {
        name: "curl -i: Azure Front Door cannot reach the origin",
        text: r##"HTTP/2 503 
content-type: text/html
date: Tue, 14 May 2024 09:30:00 GMT
x-azure-ref: 20240514T093000Z-17b8c5d6f6bx2k9h5s6t7u8v0000000001
x-cache: CONFIG_NOCACHE
content-length: 1570
"##,
        now: None,
        statuses: &[503],
        flags: &["missing-retry-after"],
        expect: &[Named(0, "Azure Front Door", None), Says(0, "cache CONFIG_NOCACHE"), Says(0, "Azure Front Door could not get an answer from the origin")],
    },
    Case {
        name: "curl -i: Pantheon's 530, not Cloudflare's",
        text: r##"HTTP/2 530 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: text/html
x-pantheon-styx-hostname: styx-fe1-a-6c7d8e9f0-abcde
x-styx-req-id: 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d
cache-control: no-cache
"##,
        now: None,
        statuses: &[530],
        flags: &["vendor-status"],
        expect: &[Entry(0, Some("530-pantheon")), Named(0, "Pantheon", None)],
    },
    Case {
        name: "curl -I: an S3 object without Cache-Control",
        text: r##"HTTP/1.1 200 OK
x-amz-id-2: Yd8LTq4Hc2m0fP9rZ3kQvW1xN5bJ7sA2eG6uD8iO0yT4lR1cV3nB5mK7hF9jX2wE6pQ8zU0aS4dY=
x-amz-request-id: 4Y8Z2F1QXW7B3N6M
Date: Tue, 14 May 2024 09:30:00 GMT
Last-Modified: Mon, 01 Apr 2024 12:00:00 GMT
ETag: "d41d8cd98f00b204e9800998ecf8427e"
x-amz-server-side-encryption: AES256
Accept-Ranges: bytes
Content-Type: image/png
Server: AmazonS3
Content-Length: 48213
"##,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Named(0, "Amazon S3", None), Says(0, "heuristic freshness, typically a tenth of the time since Last-Modified")],
    },
    Case {
        name: "raw HTTP/1.0 with CRLF and no reason phrase",
        text: "HTTP/1.0 200\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Version(0, Some("HTTP/1.0")), Entry(0, Some("200"))],
    },
    Case {
        name: "curl -v (curl 8): a 404 from an HTTP/2 API, body after the progress marker",
        text: r##"* [HTTP/2] [1] OPENED stream for https://api.example.com/v1/users/9999
* [HTTP/2] [1] [:method: GET]
* [HTTP/2] [1] [:scheme: https]
* [HTTP/2] [1] [:authority: api.example.com]
* [HTTP/2] [1] [:path: /v1/users/9999]
> GET /v1/users/9999 HTTP/2
> Host: api.example.com
> User-Agent: curl/8.7.1
> Accept: */*
> 
* Request completely sent off
< HTTP/2 404 
< date: Tue, 14 May 2024 09:30:00 GMT
< content-type: application/json
< content-length: 27
< 
{ [27 bytes data]
{"error":"user not found"}
* Connection #0 to host api.example.com left intact
"##,
        now: None,
        statuses: &[404],
        flags: &[],
        expect: &[Url(0, "https://api.example.com/v1/users/9999"), Entry(0, Some("404")), Format(Format::CurlVerbose)],
    },
    Case {
        name: "curl -vi: the headers twice, with and without <, are read once",
        text: r##"* Connected to example.com (93.184.215.14) port 443
> GET /old-page HTTP/2
> Host: example.com
> User-Agent: curl/8.7.1
> Accept: */*
>
< HTTP/2 410 
HTTP/2 410 
< content-type: text/html; charset=utf-8
content-type: text/html; charset=utf-8
< date: Tue, 14 May 2024 09:30:00 GMT
date: Tue, 14 May 2024 09:30:00 GMT
< cache-control: max-age=86400
cache-control: max-age=86400
<
<h1>Gone</h1>
"##,
        now: None,
        statuses: &[410],
        flags: &[],
        expect: &[Format(Format::CurlVerbose), Url(0, "https://example.com/old-page"), Says(0, "Caches may reuse it for 1 day (max-age=86400).")],
    },
    Case {
        name: "curl -v -L: a POST through a 301 arrives as a GET and gets 405",
        text: r##"*   Trying 93.184.215.14:80...
* Connected to example.com (93.184.215.14) port 80
> POST /api/submit HTTP/1.1
> Host: example.com
> User-Agent: curl/8.7.1
> Accept: */*
> Content-Type: application/json
> Content-Length: 13
>
< HTTP/1.1 301 Moved Permanently
< Location: https://www.example.com/api/submit
< Content-Length: 0
<
* Connection #0 to host example.com left intact
* Issue another request to this URL: 'https://www.example.com/api/submit'
* Switch from POST to GET
*   Trying 93.184.215.14:443...
* Connected to www.example.com (93.184.215.14) port 443
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> GET /api/submit HTTP/1.1
> Host: www.example.com
> User-Agent: curl/8.7.1
> Accept: */*
>
< HTTP/1.1 405 Method Not Allowed
< Allow: POST
< Content-Length: 0
<
"##,
        now: None,
        statuses: &[301, 405],
        flags: &[],
        expect: &[
            Url(0, "http://example.com/api/submit"),
            Location(0, "https://www.example.com/api/submit", Some("GET")),
            Url(1, "https://www.example.com/api/submit"),
            MethodAllowed(1, false),
            Says(1, "The request was a GET, which is not one of them."),
        ],
    },
    Case {
        name: "wget -S: a moved API answers the new URL with 429; wget's own lines between the server's",
        text: r##"$ wget -S https://api.example.com/users/42
--2024-05-14 09:30:00--  https://api.example.com/users/42
Resolving api.example.com (api.example.com)... 93.184.215.14
Connecting to api.example.com (api.example.com)|93.184.215.14|:443... connected.
HTTP request sent, awaiting response... 
  HTTP/1.1 301 Moved Permanently
  Date: Tue, 14 May 2024 09:30:00 GMT
  Location: /v2/users/42
  Content-Length: 0
Location: /v2/users/42 [following]
--2024-05-14 09:30:00--  https://api.example.com/v2/users/42
Reusing existing connection to api.example.com:443.
HTTP request sent, awaiting response... 
  HTTP/1.1 429 Too Many Requests
  Date: Tue, 14 May 2024 09:30:00 GMT
  Content-Type: application/json
  Retry-After: 30
  X-RateLimit-Limit: 100
  X-RateLimit-Remaining: 0
  Content-Length: 48
2024-05-14 09:30:00 ERROR 429: Too Many Requests.
"##,
        now: None,
        statuses: &[301, 429],
        flags: &[],
        expect: &[
            Format(Format::Wget),
            Url(0, "https://api.example.com/users/42"),
            Location(0, "https://api.example.com/v2/users/42", None),
            Url(1, "https://api.example.com/v2/users/42"),
            RetryAfter(1, 30, "09:30:30 UTC"),
            Remaining(1, None, 0),
        ],
    },
    Case {
        name: "wget without -S: a moved page now asks for credentials, which wget does not show: no flag for a missing challenge; the status ends wget's 'awaiting response' line",
        text: r##"$ wget http://example.com/old-page
--2024-05-14 09:30:00--  http://example.com/old-page
Resolving example.com (example.com)... 93.184.215.14
Connecting to example.com (example.com)|93.184.215.14|:80... connected.
HTTP request sent, awaiting response... 301 Moved Permanently
Location: https://example.com/new-page [following]
--2024-05-14 09:30:00--  https://example.com/new-page
Connecting to example.com (example.com)|93.184.215.14|:443... connected.
HTTP request sent, awaiting response... 401 Unauthorized

Username/Password Authentication Failed.
"##,
        now: None,
        statuses: &[301, 401],
        flags: &[],
        expect: &[
            Format(Format::Wget),
            Version(0, None),
            Url(0, "http://example.com/old-page"),
            Location(0, "https://example.com/new-page", None),
            Url(1, "https://example.com/new-page"),
            Entry(1, Some("401")),
        ],
    },
    Case {
        name: "curl -i: a middleware adds its field on every pass, 10,000 times; the Retry-After after them is not read, and the cut is said",
        text: concat!(
            "HTTP/1.1 503 Service Unavailable\r\nDate: Tue, 14 May 2024 09:30:00 GMT\r\nContent-Type: text/html\r\n",
            ten!(ten!(ten!(ten!("X-Middleware-Pass: session\r\n")))),
            "Retry-After: 120\r\n\r\n<h1>Service Unavailable</h1>\r\n"
        ),
        now: None,
        statuses: &[503],
        flags: &["fields-cut-short", "header-section-too-large", "missing-retry-after"],
        expect: &[
            HeaderCount(0, 10_000),
            FlagSays("fields-cut-short", "the first 10,000 were read and the other 3 were not"),
            FlagSays("fields-cut-short", "Only the first 10,000 of 10,003 response header fields were read"),
        ],
    },
    Case {
        name: "curl -i: a PHP app's flash message breaks over two lines; the Location after it is still read",
        text: r##"$ curl -i https://shop.example.com/login
HTTP/1.1 302 Found
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Apache/2.4.59 (Debian)
X-Powered-By: PHP/8.3.6
X-Flash-Message: Welcome back,
Alice!
Location: https://shop.example.com/account
Set-Cookie: PHPSESSID=9f8e7d6c5b4a39281706f5e4d3c2b1a0; path=/; HttpOnly
Content-Length: 0
Content-Type: text/html; charset=UTF-8

"##,
        now: None,
        statuses: &[302],
        // PHPSESSID came over HTTPS without Secure.
        flags: &["malformed-field-line", "set-cookie-not-secure"],
        expect: &[
            Location(0, "https://shop.example.com/account", Some("GET")),
            FlagSays("malformed-field-line", "A header line that is not a field: \u{201c}Alice!\u{201d}"),
            FlagSays("malformed-field-line", "(after X-Flash-Message)"),
            HeaderCount(0, 8),
            Hides("9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
        ],
    },
    Case {
        name: "curl -i: an embedded web server writes a space before each colon; Allow is read and each line flagged",
        text: r##"HTTP/1.1 405 Method Not Allowed
Server: GoAhead-Webs
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type : text/html
Allow : GET, HEAD
Content-Length: 0

"##,
        now: None,
        statuses: &[405],
        flags: &["malformed-field-line", "malformed-field-line"],
        expect: &[
            Header(0, "Allow", "GET, HEAD"),
            Header(0, "Content-Type", "text/html"),
            FlagSays("malformed-field-line", "Space before the colon in Allow"),
            FlagSays("malformed-field-line", "\u{201c}Content-Type : text/html\u{201d} has whitespace between the field name and the colon"),
        ],
    },
    Case {
        name: "curl -v: a router's status API sends a line without a colon among its fields",
        text: r##"> GET /api/status HTTP/1.1
> Host: router.local
> User-Agent: curl/8.7.1
> Accept: */*
>
< HTTP/1.1 200 OK
< Content-Type: application/json
< Cache-Control: no-store
< X-Build 2024.05.1
< Content-Length: 15
<
{"status":"ok"}
"##,
        now: None,
        statuses: &[200],
        flags: &["malformed-field-line"],
        expect: &[
            FlagSays("malformed-field-line", "\u{201c}X-Build 2024.05.1\u{201d} stands among the header fields (after Cache-Control)"),
            Header(0, "Content-Length", "15"),
            Format(Format::CurlVerbose),
        ],
    },
    Case {
        name: "raw: a blank line ends the header block, so a body line that looks like a field stays body",
        text: "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 41\r\n\r\nNote: the service restarts at 10:00 UTC.\r\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[HeaderCount(0, 2)],
    },
    Case {
        name: "curl -i: the blank line before an HTML body was lost in the copy; the page stays body",
        text: r##"HTTP/1.1 404 Not Found
Server: nginx
Content-Type: text/html
<!DOCTYPE html>
<html><head><title>404 Not Found</title></head>
<body><h1>Not Found</h1></body></html>
"##,
        now: None,
        statuses: &[404],
        flags: &[],
        expect: &[HeaderCount(0, 2)],
    },
    Case {
        name: "raw: a plain-text 404 without a final newline counts exactly its Content-Length",
        text: "HTTP/1.1 404 Not Found\nContent-Type: text/plain\nContent-Length: 9\n\nNot Found",
        now: None,
        statuses: &[404],
        flags: &[],
        expect: &[BodyLength(0, 9)],
    },
    Case {
        name: "raw: a plain-text 404 with a final newline counts the newline once",
        text: "HTTP/1.1 404 Not Found\nContent-Type: text/plain\nContent-Length: 10\n\nNot Found\n",
        now: None,
        statuses: &[404],
        flags: &[],
        expect: &[BodyLength(0, 10)],
    },
    Case {
        name: "curl -i: nginx's JSON 429 with CRLF and no final line end is exactly its Content-Length",
        text: "HTTP/1.1 429 Too Many Requests\r\nServer: nginx/1.25.4\r\nDate: Tue, 14 May 2024 09:30:00 GMT\r\nContent-Type: application/json\r\nContent-Length: 61\r\nRetry-After: 120\r\n\r\n{\"error\":\"rate_limited\",\"message\":\"Slow down: 10 requests/s\"}",
        now: None,
        statuses: &[429],
        flags: &[],
        expect: &[BodyLength(0, 61)],
    },
    Case {
        name: "raw: a problem+json 404 with CRLF line ends counts two bytes for each",
        text: "HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\nContent-Length: 74\r\n\r\n{\r\n  \"type\": \"about:blank\",\r\n  \"title\": \"Not Found\",\r\n  \"status\": 404\r\n}\r\n",
        now: None,
        statuses: &[404],
        flags: &[],
        expect: &[BodyLength(0, 74), ProblemTitle(0, "Not Found")],
    },
    Case {
        name: "curl -i: a CDN writes its two caches as an inner list in Cache-Status, which names no cache",
        text: r##"HTTP/2 200 
date: Tue, 14 May 2024 09:30:00 GMT
content-type: text/css
cache-control: public, max-age=3600
cache-status: (edge-fra shield-ams); fwd=uri-miss; stored
"##,
        now: None,
        statuses: &[200],
        flags: &["malformed-field"],
        expect: &[Says(0, "cache-status: \u{201c}(edge-fra shield-ams); fwd=uri-miss; stored\u{201d} is not a list naming each cache first, such as ExampleCache; hit; ttl=376")],
    },
    Case {
        name: "curl -i: a proxy names itself with a number in Proxy-Status",
        text: r##"HTTP/1.1 502 Bad Gateway
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/plain
Proxy-Status: 3; error=connection_refused
Content-Length: 11

Bad Gateway"##,
        now: None,
        statuses: &[502],
        flags: &["malformed-field"],
        expect: &[Says(0, "is not a list naming each intermediary first")],
    },
    Case {
        name: "Chrome DevTools, the Headers pane copied without its section titles: a 405 whose allow: GET is read",
        text: r##"Request URL:
https://api.example.com/v1/items/42
Request Method:
DELETE
Status Code:
405 Method Not Allowed
Remote Address:
203.0.113.7:443
Referrer Policy:
strict-origin-when-cross-origin
access-control-allow-origin:
https://app.example.com
allow:
GET
content-length:
0
date:
Tue, 14 May 2024 09:30:00 GMT
vary:
Origin
:authority:
api.example.com
:method:
DELETE
:path:
/v1/items/42
:scheme:
https
accept:
*/*
origin:
https://app.example.com
"##,
        now: None,
        statuses: &[405],
        flags: &[],
        expect: &[
            Format(Format::DevToolsPane),
            Header(0, "allow", "GET"),
            MethodAllowed(0, false),
            Url(0, "https://api.example.com/v1/items/42"),
            HeaderCount(0, 5),
        ],
    },
    Case {
        name: "Chrome DevTools, the older pane with values on the same line and no section titles: a 401 with its challenge",
        text: r##"Request URL: https://api.example.com/v1/me
Request Method: GET
Status Code: 401 Unauthorized
Remote Address: 203.0.113.7:443
Referrer Policy: strict-origin-when-cross-origin
content-type: application/json
date: Tue, 14 May 2024 09:30:00 GMT
www-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"
accept: application/json
authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1XzQyIn0.c2lnbmF0dXJlLXNlY3JldA
user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36
"##,
        now: None,
        statuses: &[401],
        flags: &[],
        expect: &[
            Format(Format::DevToolsPane),
            BearerError(0, "invalid_token"),
            HeaderCount(0, 3),
            Hides("c2lnbmF0dXJlLXNlY3JldA"),
        ],
    },
    Case {
        name: "wget -S, copied from the server's status line to wget's error line: the 405's Allow is read",
        text: r##"  HTTP/1.1 405 Method Not Allowed
  Server: nginx/1.25.4
  Date: Tue, 14 May 2024 09:30:00 GMT
  Content-Type: text/html
  Content-Length: 157
  Allow: GET, HEAD
  Connection: keep-alive
2024-05-14 09:30:00 ERROR 405: Method Not Allowed.
"##,
        now: None,
        statuses: &[405],
        flags: &[],
        expect: &[Format(Format::Wget), Header(0, "Allow", "GET, HEAD"), Named(0, "nginx", None)],
    },
    Case {
        name: "wget -S, copied from the first character of the status line (its indentation left behind) to the download",
        text: r##"HTTP/1.1 200 OK
  Date: Tue, 14 May 2024 09:30:00 GMT
  Content-Type: text/css
  Content-Length: 5120
  Cache-Control: public, max-age=86400
  Last-Modified: Mon, 13 May 2024 18:00:00 GMT
Length: 5120 (5.0K) [text/css]
Saving to: ‘site.css’

site.css            100%[===================>]   5.00K  --.-KB/s    in 0s      

2024-05-14 09:30:00 (48.8 MB/s) - ‘site.css’ saved [5120/5120]
"##,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[Format(Format::Wget), HeaderCount(0, 5), Says(0, "Caches may reuse it for 1 day (max-age=86400).")],
    },
    Case {
        name: "wget -S, only the server's lines, the first one's indentation left behind: a 503 with Retry-After",
        text: r##"HTTP/1.1 503 Service Unavailable
  Date: Tue, 14 May 2024 09:30:00 GMT
  Content-Type: text/html
  Retry-After: 120
  Content-Length: 0
"##,
        now: None,
        statuses: &[503],
        flags: &[],
        expect: &[RetryAfter(0, 120, "09:32:00 UTC"), HeaderCount(0, 4)],
    },
    // Issue 25, the status against the request it answers, when the paste shows the request's
    // whole header section: a status answering a field the request did not send, a 1xx nobody
    // asked for, 201 after a safe method, a 405 that allows its method, Location where the status
    // gives it no meaning.
    // httplint: test/test_status.py, test_412_no_precondition (GET / without preconditions).
    Case {
        name: "curl -v: 412 to a GET without any If- field",
        text: "> GET /doc HTTP/1.1\n> Host: example.com\n> User-Agent: curl/8.7.1\n> Accept: */*\n>\n< HTTP/1.1 412 Precondition Failed\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[412],
        flags: &["status-not-asked-for"],
        expect: &[FlagSays("status-not-asked-for", "412 to a request without a condition")],
    },
    // httplint: test/test_status.py, TestStatus412.test_412_generic (If-Match: "123").
    Case {
        name: "curl -v: 412 to a PUT whose If-Match failed raises nothing",
        text: "> PUT /doc HTTP/1.1\n> Host: example.com\n> Accept: */*\n> If-Match: \"123\"\n> Content-Length: 2\n>\n< HTTP/1.1 412 Precondition Failed\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< ETag: \"124\"\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[412],
        flags: &[],
        expect: &[],
    },
    // httplint: test/test_status.py, test_416_no_range.
    Case {
        name: "curl -v: 416 to a GET without Range",
        text: "> GET /video.mp4 HTTP/1.1\n> Host: example.com\n> Accept: */*\n>\n< HTTP/1.1 416 Range Not Satisfiable\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Range: bytes */1000\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[416],
        flags: &["status-not-asked-for"],
        expect: &[FlagSays("status-not-asked-for", "416 to a request without Range")],
    },
    Case {
        name: "curl -v: 416 to a Range past the end raises nothing",
        text: "> GET /video.mp4 HTTP/1.1\n> Host: example.com\n> Range: bytes=5000-\n> Accept: */*\n>\n< HTTP/1.1 416 Range Not Satisfiable\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Range: bytes */1000\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[416],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/status.py, status206 (PARTIAL_NOT_REQUESTED).
    Case {
        name: "HAR: 206 to a request without Range",
        text: r#"{"log":{"version":"1.2","entries":[{"startedDateTime":"2024-05-14T09:30:00.000Z","request":{"method":"GET","url":"https://cdn.example.com/app.js","httpVersion":"HTTP/1.1","headers":[{"name":"Host","value":"cdn.example.com"},{"name":"Accept","value":"*/*"}]},"response":{"status":206,"statusText":"Partial Content","httpVersion":"HTTP/1.1","headers":[{"name":"Date","value":"Tue, 14 May 2024 09:30:00 GMT"},{"name":"Content-Type","value":"text/javascript"},{"name":"Content-Range","value":"bytes 0-99/5000"},{"name":"Content-Length","value":"100"}],"content":{"size":100,"mimeType":"text/javascript"},"bodySize":100}}]}}"#,
        now: None,
        statuses: &[206],
        flags: &["status-not-asked-for"],
        expect: &[Format(Format::Har), FlagSays("status-not-asked-for", "206 to a request without Range")],
    },
    // httplint: test/test_status.py, test_417_no_expect.
    Case {
        name: "curl -v: 417 to a request without Expect",
        text: "> POST /upload HTTP/1.1\n> Host: example.com\n> Accept: */*\n> Content-Type: application/json\n> Content-Length: 2\n>\n< HTTP/1.1 417 Expectation Failed\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[417],
        flags: &["status-not-asked-for"],
        expect: &[FlagSays("status-not-asked-for", "417 to a request without Expect")],
    },
    // httplint: test/test_status.py, test_417_with_100_continue (a refusal of 100-continue is what 417 is for).
    Case {
        name: "curl -v: 417 refusing Expect: 100-continue raises nothing",
        text: "> POST /upload HTTP/1.1\n> Host: example.com\n> Accept: */*\n> Content-Length: 1048576\n> Expect: 100-continue\n>\n< HTTP/1.1 417 Expectation Failed\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[417],
        flags: &[],
        expect: &[],
    },
    // httplint: test/test_status.py, test_406_no_negotiation.
    Case {
        name: "raw: 406 to a request that sent no Accept field",
        text: "GET /report HTTP/1.1\nHost: example.com\nUser-Agent: python-urllib3/2.2.1\n\nHTTP/1.1 406 Not Acceptable\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Length: 0\n\n",
        now: None,
        statuses: &[406],
        flags: &["status-not-asked-for"],
        expect: &[FlagSays("status-not-asked-for", "406 to a request without Accept")],
    },
    // httplint: test/test_status.py, test_406_with_negotiation (Accept: text/html).
    Case {
        name: "raw: 406 to Accept: text/html raises nothing",
        text: "GET /report HTTP/1.1\nHost: example.com\nAccept: text/html\n\nHTTP/1.1 406 Not Acceptable\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Length: 0\n\n",
        now: None,
        statuses: &[406],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -i with its command line: 406 is not judged against a request the paste does not show whole",
        text: "$ curl -i https://example.com/report\nHTTP/1.1 406 Not Acceptable\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Length: 0\n\n",
        now: None,
        statuses: &[406],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/status.py, status100 (UNEXPECTED_CONTINUE).
    Case {
        name: "curl -v: 100 Continue to a POST that did not ask for it",
        text: "> POST /upload HTTP/1.1\n> Host: example.com\n> Accept: */*\n> Content-Length: 2\n>\n< HTTP/1.1 100 Continue\n<\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[100, 200],
        flags: &["status-not-asked-for"],
        expect: &[Role(0, Role::Interim), FlagSays("status-not-asked-for", "100 to a request without Expect: 100-continue")],
    },
    Case {
        name: "curl -v: 100 Continue to an upload with Expect: 100-continue raises nothing",
        text: "> PUT /files/big.bin HTTP/1.1\n> Host: example.com\n> Accept: */*\n> Content-Length: 1048576\n> Expect: 100-continue\n>\n< HTTP/1.1 100 Continue\n<\n< HTTP/1.1 201 Created\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Location: /files/big.bin\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[100, 201],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/status.py, status101 (UPGRADE_NOT_REQUESTED).
    Case {
        name: "curl -v: 101 to a request that offered no Upgrade",
        text: "> GET /socket HTTP/1.1\n> Host: ws.example.com\n> Accept: */*\n>\n< HTTP/1.1 101 Switching Protocols\n< Upgrade: websocket\n< Connection: Upgrade\n<\n",
        now: None,
        statuses: &[101],
        flags: &["status-not-asked-for"],
        expect: &[FlagSays("status-not-asked-for", "101 to a request without Upgrade")],
    },
    // httplint: httplint/status.py, status201 (CREATED_SAFE_METHOD).
    Case {
        name: "curl -v: 201 Created in answer to a GET",
        text: "> GET /sessions/new HTTP/1.1\n> Host: api.example.com\n> Accept: application/json\n>\n< HTTP/1.1 201 Created\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Location: /sessions/81\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[201],
        flags: &["created-by-safe-method"],
        expect: &[FlagSays("created-by-safe-method", "201 Created in answer to GET")],
    },
    Case {
        name: "curl -i with its command line: 201 after curl -X POST raises nothing",
        text: "$ curl -i -X POST https://api.example.com/sessions\nHTTP/2 201\ndate: Tue, 14 May 2024 09:30:00 GMT\nlocation: /sessions/81\ncontent-length: 0\n\n",
        now: None,
        statuses: &[201],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -i with its command line: 201 after an upload with curl -T, a PUT, raises nothing",
        text: "$ curl -i -T report.pdf https://files.example.com/reports/report.pdf\nHTTP/1.1 201 Created\nDate: Tue, 14 May 2024 09:30:00 GMT\nLocation: https://files.example.com/reports/report.pdf\nContent-Length: 0\n\n",
        now: None,
        statuses: &[201],
        flags: &[],
        expect: &[],
    },
    // httplint: test/test_status.py, test_405_method_in_allow (GET refused, Allow: GET, HEAD).
    Case {
        name: "curl -v: 405 refusing GET while Allow lists GET",
        text: "> GET /items HTTP/1.1\n> Host: example.com\n> Accept: */*\n>\n< HTTP/1.1 405 Method Not Allowed\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Allow: GET, HEAD\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[405],
        flags: &["method-in-allow-on-405"],
        expect: &[MethodAllowed(0, true), FlagSays("method-in-allow-on-405", "405 refuses GET, and Allow lists it")],
    },
    // httplint: test/test_status.py, test_405_method_not_in_allow (Allow: POST, PUT).
    Case {
        name: "curl -v: 405 refusing GET with Allow: POST, PUT raises nothing",
        text: "> GET /items HTTP/1.1\n> Host: example.com\n> Accept: */*\n>\n< HTTP/1.1 405 Method Not Allowed\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Allow: POST, PUT\n< Content-Length: 0\n<\n",
        now: None,
        statuses: &[405],
        flags: &[],
        expect: &[MethodAllowed(0, false)],
    },
    // httplint: httplint/field/parsers/location.py, LOCATION_UNDEFINED (Location on a status other than 201 and 3xx).
    Case {
        name: "curl -i: a 401 that carries Location to a login page",
        text: "HTTP/1.1 401 Unauthorized\nDate: Tue, 14 May 2024 09:30:00 GMT\nWWW-Authenticate: Bearer realm=\"api\"\nLocation: https://example.com/login\nContent-Length: 0\n\n",
        now: None,
        statuses: &[401],
        flags: &["location-out-of-place"],
        expect: &[FlagSays("location-out-of-place", "Location on a 401")],
    },
    Case {
        name: "curl -i: a 202 pointing Location at the job's status monitor raises nothing",
        text: "HTTP/1.1 202 Accepted\nDate: Tue, 14 May 2024 09:30:00 GMT\nLocation: https://api.example.com/operations/7f3a\nRetry-After: 5\nContent-Length: 0\n\n",
        now: None,
        statuses: &[202],
        flags: &[],
        expect: &[],
    },
    // Issue 25, framing: a length too large to count, a body longer than its Content-Length,
    // curl's word that the body ended early, transfer codings the request's TE did not offer.
    // httplint: httplint/field/parsers/content_length.py, ContentLengthLargeTest "9" * 999 (here 2^63, the first length past the limit).
    Case {
        name: "raw: Content-Length past 2^63-1",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/octet-stream\nContent-Length: 9223372036854775808\n\n",
        now: None,
        statuses: &[200],
        flags: &["content-length-too-large"],
        expect: &[FlagSays("content-length-too-large", "9223372036854775808")],
    },
    Case {
        name: "raw: Content-Length of a 4 GiB download raises nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/octet-stream\nContent-Length: 4294967296\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "raw capture: a JSON body longer than its Content-Length",
        text: "HTTP/1.1 200 OK\r\nDate: Tue, 14 May 2024 09:30:00 GMT\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{\"id\":81,\"name\":\"Ada Lovelace\",\"roles\":[\"admin\",\"editor\"],\"team\":\"analytical-engines\"}",
        now: None,
        statuses: &[200],
        flags: &["content-length-mismatch"],
        expect: &[FlagSays("content-length-mismatch", "longer than Content-Length: 10")],
    },
    Case {
        name: "curl -i: a body cut short, as curl reports",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 500\n\nThe first part of the report\ncurl: (18) transfer closed with 471 bytes remaining to read\n",
        now: None,
        statuses: &[200],
        flags: &["content-length-mismatch"],
        expect: &[FlagSays("content-length-mismatch", "ended before its Content-Length")],
    },
    Case {
        name: "curl -i: a CRLF body whose line ends the paste turned to LF, and a body cut by the paste, raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain\nContent-Length: 14\n\nline 1\nline 2\n\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nContent-Length: 48213\n\n<!doctype html>\n<html lang=\"en\">\n<head>\n",
        now: None,
        statuses: &[200, 200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -i -w: the status code curl printed after a body without a final line end raises nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nContent-Length: 15\n\n{\"status\":\"ok\"}200\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -i: a HEAD whose Content-Length is the GET's raises nothing",
        text: "$ curl -I https://example.com/\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nContent-Length: 1256\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/transfer_encoding.py, TransferEncodingMultUnwantedTest (a coding the request did not offer).
    Case {
        name: "curl -v: Transfer-Encoding: gzip, chunked to a request without TE",
        text: "> GET /log HTTP/1.1\n> Host: example.com\n> Accept: */*\n>\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Type: text/plain\n< Transfer-Encoding: gzip, chunked\n<\n",
        now: None,
        statuses: &[200],
        flags: &["transfer-coding-not-requested"],
        expect: &[FlagSays("transfer-coding-not-requested", "gzip was not asked for")],
    },
    // httplint: httplint/field/parsers/transfer_encoding.py, TransferEncodingWantedTest (the request's TE offered it).
    Case {
        name: "curl -v: Transfer-Encoding: gzip, chunked to TE: gzip raises nothing",
        text: "> GET /log HTTP/1.1\n> Host: example.com\n> TE: gzip\n> Connection: TE\n>\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Type: text/plain\n< Transfer-Encoding: gzip, chunked\n<\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/cache_control.py, CONFLICTING_CC "no-cache" (a lifetime beside it).
    Case {
        name: "curl -i: no-cache beside a ten-minute max-age and stale-while-revalidate",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nCache-Control: no-cache, max-age=600, stale-while-revalidate=30\nETag: \"v7\"\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-conflict"],
        expect: &[FlagSays("cache-control-conflict", "no-cache overrides max-age, stale-while-revalidate")],
    },
    // httplint: httplint/field/parsers/cache_control.py, CONFLICTING_CC "must-revalidate" (grace periods beside it).
    Case {
        name: "curl -i: must-revalidate beside stale-if-error",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nCache-Control: max-age=60, must-revalidate, stale-if-error=86400\nETag: \"v7\"\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-conflict"],
        expect: &[FlagSays("cache-control-conflict", "must-revalidate overrides stale-if-error")],
    },
    Case {
        name: "curl -i: the stock recipes, no-cache with max-age=0 and no-store with no-cache and must-revalidate, raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nCache-Control: no-cache, max-age=0, must-revalidate\nETag: \"v7\"\n\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nCache-Control: no-store, no-cache, must-revalidate, private\n\n",
        now: None,
        statuses: &[200, 200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/cdn_cache_control.py, CDNCacheControlBadSyntaxTest "max-age=foo".
    Case {
        name: "curl -i: CDN-Cache-Control with a max-age that is not a number",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\ncache-control: max-age=60\ncdn-cache-control: max-age=foo\n\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-malformed"],
        expect: &[FlagSays("cache-control-malformed", "CDN-Cache-Control: \u{201c}max-age=foo\u{201d} cannot be read")],
    },
    Case {
        name: "curl -i: CDN-Cache-Control in capitals, which is no structured dictionary",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\ncache-control: max-age=60\ncdn-cache-control: Max-Age=600\n\n",
        now: None,
        statuses: &[200],
        flags: &["malformed-field"],
        expect: &[FlagSays("malformed-field", "the CDN ignores the whole field")],
    },
    // httplint: httplint/field/parsers/cdn_cache_control.py, CDNCacheControlTest "max-age=60, no-store" (no-store beside a lifetime, as for Cache-Control).
    Case {
        name: "curl -i: CDN-Cache-Control: max-age=60, no-store",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\ncdn-cache-control: max-age=60, no-store\n\n",
        now: None,
        statuses: &[200],
        flags: &["cache-control-conflict"],
        expect: &[FlagSays("cache-control-conflict", "CDN-Cache-Control: no-store with a lifetime")],
    },
    // httplint: httplint/field/parsers/cache_groups.py, "123, \"group2\"".
    Case {
        name: "curl -i: Cache-Groups with a number among the names, and the X-Pad of an old server",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/css\nCache-Control: max-age=600\nCache-Groups: 123, \"group2\"\nX-Pad: avoid browser bug\n\n",
        now: None,
        statuses: &[200],
        flags: &["malformed-field", "field-deprecated"],
        expect: &[FlagSays("malformed-field", "Cache-Groups cannot be read"), FlagSays("field-deprecated", "X-Pad is retired")],
    },
    // httplint: httplint/field/parsers/cache_groups.py, "\"group1\", \"group2\""; cdn_cache_control.py, a lower-case dictionary.
    Case {
        name: "curl -i: Cache-Groups, CDN-Cache-Control, Authentication-Info and MIME-Version well formed raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/css\nCache-Control: max-age=600\nCDN-Cache-Control: max-age=86400, stale-while-revalidate=60\nCache-Groups: \"group1\", \"group2\"\nAuthentication-Info: nextnonce=\"47364c23432d2e131a5fb210812c\", qop=auth\nMIME-Version: 1.0\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // Issue 25, Date against the time the request was sent, which only a HAR file records.
    Case {
        name: "HAR: a response Chrome took from its disk cache keeps its old Date, and raises nothing",
        text: r#"{"log":{"version":"1.2","entries":[{"_fromCache":"disk","startedDateTime":"2024-05-14T09:30:00.000Z","request":{"method":"GET","url":"https://www.example.com/app.css","httpVersion":"h2","headers":[{"name":"accept","value":"text/css"}]},"response":{"status":200,"statusText":"","httpVersion":"h2","headers":[{"name":"date","value":"Mon, 13 May 2024 18:00:00 GMT"},{"name":"content-type","value":"text/css"},{"name":"cache-control","value":"max-age=86400"}],"content":{"size":0,"mimeType":"text/css"},"bodySize":0,"_transferSize":0}}]}}"#,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/date.py, DATE_INCORRECT (the server's clock against the time of the request).
    Case {
        name: "HAR: the server's Date is 20 minutes behind the request's time",
        text: r#"{"log":{"version":"1.2","entries":[{"startedDateTime":"2024-05-14T11:30:00.000+02:00","request":{"method":"GET","url":"https://www.example.com/news","httpVersion":"HTTP/1.1","headers":[{"name":"Accept","value":"text/html"}]},"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/1.1","headers":[{"name":"Date","value":"Tue, 14 May 2024 09:10:00 GMT"},{"name":"Content-Type","value":"text/html; charset=utf-8"},{"name":"Cache-Control","value":"max-age=300"}],"content":{"size":0,"mimeType":"text/html"},"bodySize":0}}]}}"#,
        now: None,
        statuses: &[200],
        flags: &["date-clock-wrong"],
        expect: &[FlagSays("date-clock-wrong", "20 minutes behind the request")],
    },
    // httplint: httplint/field/parsers/date.py, AGE_PENALTY (Date as new as the request beside a large Age).
    Case {
        name: "HAR: a CDN rewrote Date on a response Age says is an hour old",
        text: r#"{"log":{"version":"1.2","entries":[{"startedDateTime":"2024-05-14T09:30:00.000Z","request":{"method":"GET","url":"https://www.example.com/news","httpVersion":"HTTP/1.1","headers":[{"name":"Accept","value":"text/html"}]},"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/1.1","headers":[{"name":"Date","value":"Tue, 14 May 2024 09:30:00 GMT"},{"name":"Age","value":"3600"},{"name":"Content-Type","value":"text/html; charset=utf-8"},{"name":"Cache-Control","value":"max-age=7200"}],"content":{"size":0,"mimeType":"text/html"},"bodySize":0}}]}}"#,
        now: None,
        statuses: &[200],
        flags: &["date-rewritten"],
        expect: &[FlagSays("date-rewritten", "Age says the response is 1 hour old")],
    },
    Case {
        name: "HAR: a cached copy that kept the origin's Date, an hour before the request with Age: 3600, raises nothing",
        text: r#"{"log":{"version":"1.2","entries":[{"startedDateTime":"2024-05-14T09:30:02.000Z","request":{"method":"GET","url":"https://www.example.com/news","httpVersion":"HTTP/1.1","headers":[{"name":"Accept","value":"text/html"}]},"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/1.1","headers":[{"name":"Date","value":"Tue, 14 May 2024 08:30:00 GMT"},{"name":"Age","value":"3600"},{"name":"Content-Type","value":"text/html; charset=utf-8"},{"name":"Cache-Control","value":"max-age=7200"}],"content":{"size":0,"mimeType":"text/html"},"bodySize":0}}]}}"#,
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // Issue 25, Content-Type: names RFC 6838 cannot register, parameters twice, in single quotes
    // or in the extended form, and a body that is plainly something else.
    // httplint: httplint/field/parsers/content_type.py, CTBadNameTest "text/pl~in"
    Case {
        name: "raw: a media type name with a tilde",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/pl~in\n\nhello\n",
        now: None,
        statuses: &[200],
        flags: &["media-type-name-invalid"],
        expect: &[FlagSays("media-type-name-invalid", "pl~in")],
    },
    // httplint: httplint/field/parsers/content_type.py, CTBadNameFirstTest "text/.plain"
    Case {
        name: "raw: a media subtype starting with a dot",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/.plain\n\nhello\n",
        now: None,
        statuses: &[200],
        flags: &["media-type-name-invalid"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/content_type.py, CTSuffixTest "application/vnd.example.foo-bar+json"
    Case {
        name: "raw: a vendor type with a +json suffix raises nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/vnd.example.foo-bar+json\n\n{\"id\":1}\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/utils.py, parse_params PARAM_REPEATS
    Case {
        name: "curl -i: charset given twice in Content-Type",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8; charset=iso-8859-1\n\n<!doctype html><p>caf\u{e9}</p>\n",
        now: None,
        statuses: &[200],
        flags: &["content-type-parameter-repeated"],
        expect: &[FlagSays("content-type-parameter-repeated", "charset given twice")],
    },
    // httplint: httplint/field/utils.py, parse_params PARAM_SINGLE_QUOTED
    Case {
        name: "curl -i: a charset in single quotes",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain; charset='utf-8'\n\nhello\n",
        now: None,
        statuses: &[200],
        flags: &["content-type-parameter-malformed"],
        expect: &[FlagSays("content-type-parameter-malformed", "charset in single quotes")],
    },
    // httplint: httplint/field/parsers/content_type.py, parse_media_type(nostar=["charset"]) PARAM_STAR_BAD
    Case {
        name: "curl -i: charset in the extended form",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain; charset*=utf-8''utf-8\n\nhello\n",
        now: None,
        statuses: &[200],
        flags: &["content-type-parameter-malformed"],
        expect: &[FlagSays("content-type-parameter-malformed", "charset* in the extended form")],
    },
    Case {
        name: "curl -i: a multipart boundary and a double-quoted charset raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: multipart/form-data; boundary=\"----WebKitFormBoundary7MA4YWxkTrZu0gW\"; charset=\"UTF-8\"\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/content_type.py, CONTENT_TYPE_MISMATCH (the content sniffed against its type)
    Case {
        name: "curl -i: a gateway's HTML error page sent as application/json",
        text: "HTTP/1.1 502 Bad Gateway\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nContent-Length: 150\n\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n",
        now: None,
        statuses: &[502],
        flags: &["content-type-mismatch"],
        expect: &[FlagSays("content-type-mismatch", "The body is an HTML or XML document, not application/json")],
    },
    Case {
        name: "curl -i: JSON sent as text/html",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\n\n{\"name\": \"<img src=x onerror=alert(1)>\"}\n",
        now: None,
        statuses: &[200],
        flags: &["content-type-mismatch"],
        expect: &[FlagSays("content-type-mismatch", "The body is JSON, not text/html")],
    },
    Case {
        name: "curl -i: an HTML page that opens with a brace, and JSON cut by the paste, raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\n\n{{ template }} <p>hello</p>\n\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\n\n{\"items\": [{\"id\": 1},\n",
        now: None,
        statuses: &[200, 200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/charset.py, CHARSET_UNDECODABLE (the content does not decode in its declared charset).
    Case {
        name: "curl -i: JSON whose body shows replacement characters where latin-1 bytes were",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\n\n{\"city\": \"Z\u{fffd}rich\"}\n",
        now: None,
        statuses: &[200],
        flags: &["charset-undecodable"],
        expect: &[FlagSays("charset-undecodable", "not all UTF-8")],
    },
    Case {
        name: "curl -i: UTF-8 text beyond ASCII that decodes raises nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain; charset=utf-8\n\nZ\u{fc}rich, \u{65e5}\u{672c}\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // Issue 25, other fields: request fields in a response, retired fields, sizes, Server, Via,
    // Server-Timing, Accept-CH, Speculation-Rules and Use-As-Dictionary, and more fields that may
    // appear only once.
    // httplint: httplint/field/__init__.py, REQUEST_HDR_IN_RESPONSE (a field defined for requests only).
    Case {
        name: "curl -i: an API echoes the request's User-Agent and Accept back",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nUser-Agent: curl/8.7.1\nAccept: */*\nContent-Length: 2\n\n{}",
        now: None,
        statuses: &[200],
        flags: &["request-field-in-response", "request-field-in-response"],
        expect: &[FlagSays("request-field-in-response", "User-Agent in a response")],
    },
    Case {
        name: "curl -i: Accept-Ranges, Accept-Patch and Vary: Origin are response fields and raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nAccept-Ranges: bytes\nAccept-Patch: application/merge-patch+json\nVary: Origin\nContent-Length: 2\n\n{}",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/deprecated.py, OBSOLETED_FIELDS "Warning", "Public-Key-Pins" and "Expect-CT".
    Case {
        name: "curl -i: Warning, Public-Key-Pins and Expect-CT from an old configuration",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nWarning: 110 - \"Response is Stale\"\nPublic-Key-Pins: pin-sha256=\"d6qzRu9zOECb90Uez27xWltNsj0e1Md7GkYYkVoZWmM=\"; max-age=5184000\nExpect-CT: max-age=86400, enforce\n\n",
        now: None,
        statuses: &[200],
        flags: &["field-deprecated", "field-deprecated", "field-deprecated"],
        expect: &[FlagSays("field-deprecated", "Public-Key-Pins is retired")],
    },
    // httplint: httplint/field/deprecated.py, DEPRECATED_FIELDS "Pragma".
    Case {
        name: "curl -i: Pragma: no-cache relied on without Cache-Control",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nPragma: no-cache\nLast-Modified: Tue, 14 May 2024 08:00:00 GMT\n\n",
        now: None,
        statuses: &[200],
        flags: &["field-deprecated"],
        expect: &[FlagSays("field-deprecated", "Pragma without Cache-Control")],
    },
    // httplint: httplint/field/deprecated.py, OBSOLETED_FIELDS "X-XSS-Protection".
    Case {
        name: "curl -i: X-XSS-Protection: 1; mode=block turns the retired filter on, while 0 and Pragma beside Cache-Control raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nCache-Control: no-cache\nPragma: no-cache\nETag: \"a1\"\nX-XSS-Protection: 1; mode=block\n\nHTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nCache-Control: no-cache\nPragma: no-cache\nETag: \"a1\"\nX-XSS-Protection: 0\n\n",
        now: None,
        statuses: &[200, 200],
        flags: &["field-deprecated"],
        expect: &[FlagSays("field-deprecated", "X-XSS-Protection: 1; mode=block turns on a retired filter")],
    },
    // httplint: httplint/field/section.py, FIELD_TOO_LARGE (a field past 8 KiB).
    Case {
        name: "curl -i: a Content-Security-Policy past 8 KiB",
        text: concat!(
            "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nContent-Security-Policy: script-src 'self'",
            ten!(ten!(ten!(" https://cdn-0123456789.example.com"))),
            "\n\n"
        ),
        now: None,
        statuses: &[200],
        flags: &["field-too-large"],
        expect: &[FlagSays("field-too-large", "Content-Security-Policy is more than 8 KiB long")],
    },
    // httplint: httplint/field/parsers/server.py, ServerTooLongTest ("a" * 65).
    Case {
        name: "curl -i: a Server field that lists every module",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nServer: Apache/2.4.41 (Ubuntu) OpenSSL/1.1.1f mod_wsgi/4.6.8 Python/3.8 PHP/7.4.3 mod_perl/2.0.11\n\n",
        now: None,
        statuses: &[200],
        flags: &["server-too-long"],
        expect: &[FlagSays("server-too-long", "Server is 89 characters long")],
    },
    // httplint: httplint/field/parsers/server.py, ServerTest "Apache/2.4.1 (Unix)"; via.py, ViaTest "1.1 test".
    Case {
        name: "curl -i: a short Server and well-formed Via raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nServer: Apache/2.4.1 (Unix)\nVia: 1.1 test, 1.1 akamai.net(ghost) (AkamaiGHost), HTTP/2 edge.example:8443 (cdn, v2)\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    Case {
        name: "curl -i: a Via that names only the proxy",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nVia: squid-proxy\n\n",
        now: None,
        statuses: &[200],
        flags: &["malformed-field"],
        expect: &[FlagSays("malformed-field", "Via: \u{201c}squid-proxy\u{201d} is not a list of protocol")],
    },
    // httplint: httplint/field/parsers/server_timing.py, ServerTimingBadDurTest "db;dur=foo".
    Case {
        name: "curl -i: Server-Timing with a dur that is not a number",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nServer-Timing: db;dur=foo\nContent-Length: 2\n\n{}",
        now: None,
        statuses: &[200],
        flags: &["malformed-field"],
        expect: &[FlagSays("malformed-field", "Server-Timing cannot be read")],
    },
    // httplint: httplint/field/parsers/server_timing.py, ServerTimingTest "miss, db;dur=53, app;dur=47.2" and ServerTimingDescTest.
    Case {
        name: "curl -i: Server-Timing metrics with and without dur or desc raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nServer-Timing: miss, db;dur=53, app;dur=47.2\nServer-Timing: cache;desc=\"Cache Read\", db;dur=50;desc=\"Database\"\nContent-Length: 2\n\n{}",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/accept_ch.py, AcceptCHBadSyntaxTest "\"foo\"".
    Case {
        name: "curl -i: Accept-CH with a quoted string instead of hint names",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\naccept-ch: \"foo\"\n\n",
        now: None,
        statuses: &[200],
        flags: &["malformed-field"],
        expect: &[FlagSays("malformed-field", "accept-ch cannot be read")],
    },
    // httplint: httplint/field/parsers/accept_ch.py, AcceptCHHTTPTest "Sec-CH-Example" over http.
    Case {
        name: "curl -v: Accept-CH over plain HTTP",
        text: "* Connected to example.com (93.184.215.14) port 80\n> GET / HTTP/1.1\n> Host: example.com\n> Accept: */*\n>\n< HTTP/1.1 200 OK\n< Date: Tue, 14 May 2024 09:30:00 GMT\n< Content-Type: text/html; charset=utf-8\n< Accept-CH: Sec-CH-Example\n< Cache-Control: no-store\n<\n",
        now: None,
        statuses: &[200],
        flags: &["accept-ch-ignored"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/accept_ch.py, AcceptCHMissingVaryTest "Sec-CH-Example" on a cacheable response.
    Case {
        name: "curl -i: Accept-CH on a page shared caches keep, without the hints in Vary",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\naccept-ch: Sec-CH-UA-Platform, Sec-CH-DPR\ncache-control: public, max-age=600\nvary: Accept-Encoding, Sec-CH-DPR\n\n",
        now: None,
        statuses: &[200],
        flags: &["accept-ch-without-vary"],
        expect: &[FlagSays("accept-ch-without-vary", "asks for Sec-CH-UA-Platform without Vary")],
    },
    // httplint: httplint/field/parsers/accept_ch.py, AcceptCHTest "Sec-CH-Example, Sec-CH-Example-2".
    Case {
        name: "curl -i: Accept-CH on a private page raises nothing",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\naccept-ch: Sec-CH-Example, Sec-CH-Example-2\ncache-control: private, max-age=0\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/speculation_rules.py, SpeculationRulesInsecureTest "\"http://example.com/rules.json\"".
    Case {
        name: "curl -i: Speculation-Rules loaded over plain HTTP",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\nspeculation-rules: \"http://example.com/rules.json\"\n\n",
        now: None,
        statuses: &[200],
        flags: &["speculation-rules-insecure"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/speculation_rules.py, SpeculationRulesBadSyntaxTest "123".
    Case {
        name: "curl -i: Speculation-Rules that is a number, not a URL",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/html; charset=utf-8\nspeculation-rules: 123\n\n",
        now: None,
        statuses: &[200],
        flags: &["malformed-field"],
        expect: &[],
    },
    // httplint: httplint/field/parsers/speculation_rules.py, SpeculationRulesRelativeTest "\"/rules.json\"" on https.
    Case {
        name: "curl -v: relative Speculation-Rules on an HTTPS page raise nothing",
        text: "* Connected to example.com (93.184.215.14) port 443\n* SSL connection using TLSv1.3\n> GET / HTTP/2\n> Host: example.com\n> Accept: */*\n>\n< HTTP/2 200\n< date: Tue, 14 May 2024 09:30:00 GMT\n< content-type: text/html; charset=utf-8\n< speculation-rules: \"/rules.json\", \"https://example.com/rules2.json\"\n<\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/use_as_dictionary.py, UseAsDictionaryBadParamTest "match=123, ttl=\"abc\"".
    Case {
        name: "curl -i: Use-As-Dictionary with a number for match",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/javascript\ncache-control: public, max-age=31536000\nuse-as-dictionary: match=123, ttl=\"abc\"\n\n",
        now: None,
        statuses: &[200],
        flags: &["malformed-field"],
        expect: &[FlagSays("malformed-field", "gives match as something other than a quoted URL pattern")],
    },
    // httplint: httplint/field/parsers/use_as_dictionary.py, UseAsDictionaryTest "match=\"/foo/*\", ttl=123".
    Case {
        name: "curl -i: Use-As-Dictionary with a match pattern and destinations raises nothing",
        text: "HTTP/2 200\ndate: Tue, 14 May 2024 09:30:00 GMT\ncontent-type: text/javascript\ncache-control: public, max-age=31536000\nuse-as-dictionary: match=\"/foo/*\", match-dest=(\"script\"), id=\"v1\", type=raw, ttl=123\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/accept_patch.py, "invalid" and "*/*".
    Case {
        name: "curl -i: Accept-Patch that names no media type",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nAccept-Patch: */*\nContent-Length: 2\n\n{}",
        now: None,
        statuses: &[200],
        flags: &["malformed-field"],
        expect: &[FlagSays("malformed-field", "Accept-Patch cannot be read")],
    },
    // httplint: httplint/field/parsers/access_control_max_age.py, "-1".
    Case {
        name: "curl -i: a preflight answer whose Access-Control-Max-Age is negative, and an Allow written with spaces",
        text: "HTTP/1.1 204 No Content\nDate: Tue, 14 May 2024 09:30:00 GMT\nAccess-Control-Allow-Origin: https://app.example.com\nAccess-Control-Allow-Methods: GET, POST\nAccess-Control-Max-Age: -1\nAllow: GET POST OPTIONS\n\n",
        now: None,
        statuses: &[204],
        flags: &["cors-max-age-invalid", "malformed-field"],
        expect: &[FlagSays("malformed-field", "Allow cannot be read")],
    },
    Case {
        name: "curl -i: Content-Language written as words, and a Content-Location with a space",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nContent-Language: English (US)\nContent-Location: /docs/user guide.html\n\n",
        now: None,
        statuses: &[200],
        flags: &["malformed-field", "malformed-field"],
        expect: &[FlagSays("malformed-field", "Content-Language cannot be read"), FlagSays("malformed-field", "Content-Location cannot be read")],
    },
    // httplint: httplint/field/parsers/content_language.py, ContentLanguageDupTest "en-US, en-US".
    Case {
        name: "curl -i: Content-Language names en-US twice",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nContent-Language: en-US, en-US\n\n",
        now: None,
        statuses: &[200],
        flags: &["content-language-repeated"],
        expect: &[FlagSays("content-language-repeated", "names en-us twice")],
    },
    // httplint: httplint/field/parsers/upgrade.py, "HTTP/2.0, SHTTP/1.3, IRC/6.9, RTA/x11"; content_language.py, "en-US, fr"; allow.py, "GET, POST"; accept_patch.py, "text/example;charset=utf-8"; keep_alive.py, "timeout=30"; content_location.py, "/foo".
    Case {
        name: "curl -i: well-formed Upgrade, Content-Language, Allow, Accept-Patch, Keep-Alive, Connection and Content-Location raise nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/html; charset=utf-8\nUpgrade: HTTP/2.0, SHTTP/1.3, IRC/6.9, RTA/x11\nConnection: Upgrade, Keep-Alive\nKeep-Alive: timeout=30\nContent-Language: en-US, fr\nAllow: GET, POST\nAccept-Patch: text/example;charset=utf-8\nContent-Location: /foo\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/section.py, FIELD_VALUE_ENCODING (a value with non-ASCII characters).
    Case {
        name: "curl -i: a field value in raw UTF-8",
        text: "HTTP/1.1 403 Forbidden\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: text/plain; charset=utf-8\nX-Reason: Acc\u{e8}s refus\u{e9}\n\nForbidden\n",
        now: None,
        statuses: &[403],
        flags: &["field-value-not-ascii"],
        expect: &[FlagSays("field-value-not-ascii", "X-Reason holds characters beyond ASCII")],
    },
    Case {
        name: "curl -i: a file name in filename* with percent-encoded UTF-8 raises nothing",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"resume.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf\n\n",
        now: None,
        statuses: &[200],
        flags: &[],
        expect: &[],
    },
    // httplint: httplint/field/parsers/sunset.py (SingletonField).
    Case {
        name: "curl -i: Sunset sent twice with different dates",
        text: "HTTP/1.1 200 OK\nDate: Tue, 14 May 2024 09:30:00 GMT\nContent-Type: application/json\nSunset: Wed, 11 Nov 2026 11:11:11 GMT\nSunset: Thu, 12 Nov 2026 11:11:11 GMT\nContent-Length: 2\n\n{}",
        now: None,
        statuses: &[200],
        flags: &["repeated-field"],
        expect: &[FlagSays("repeated-field", "Sunset sent twice")],
    },
    // Issue 25, statuses: the fields and the content a status must or must not have (the rules
    // table's 101 and 304 rows, no content on a 205), the form of a 206's Content-Range, and the
    // codes retired from use.
    Case {
        name: "curl -v: a WebSocket handshake through a proxy that dropped Upgrade from the 101",
        text: r##"* Connected to ws.example.com (203.0.113.7) port 80
> GET /socket HTTP/1.1
> Host: ws.example.com
> User-Agent: curl/8.7.1
> Accept: */*
> Connection: Upgrade
> Upgrade: websocket
> Sec-WebSocket-Version: 13
> Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==
>
< HTTP/1.1 101 Switching Protocols
< Date: Tue, 14 May 2024 09:30:00 GMT
< Connection: upgrade
< Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
<
"##,
        now: None,
        statuses: &[101],
        flags: &["missing-upgrade"],
        expect: &[Format(Format::CurlVerbose), FlagSays("missing-upgrade", "101 without Upgrade")],
    },
    Case {
        name: "curl -v: a WebSocket handshake that names the protocol in Upgrade raises nothing",
        text: r##"> GET /chat HTTP/1.1
> Host: server.example.com
> Upgrade: websocket
> Connection: Upgrade
> Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==
> Sec-WebSocket-Version: 13
>
< HTTP/1.1 101 Switching Protocols
< Upgrade: websocket
< Connection: Upgrade
< Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
<
"##,
        now: None,
        statuses: &[101],
        flags: &[],
        expect: &[Role(0, Role::Final)],
    },
    // httplint: httplint/status.py, NO_DATE_304 (a 304 without Date).
    Case {
        name: "curl -i: Express with res.sendDate = false answers a conditional GET with a 304 and no Date",
        text: r##"HTTP/1.1 304 Not Modified
X-Powered-By: Express
ETag: W/"1f-JxBvWvZ6dKkNPb2PjEOZs9fGvzY"
Cache-Control: public, max-age=0
Connection: keep-alive
Keep-Alive: timeout=5
"##,
        now: None,
        statuses: &[304],
        flags: &["missing-date"],
        expect: &[FlagSays("missing-date", "304 without Date")],
    },
    Case {
        name: "Chrome DevTools, Copy response headers of an HTTP/2 304 with its date: nothing missing",
        text: r##":status: 304
cache-control: max-age=600
date: Tue, 14 May 2024 09:30:00 GMT
etag: "5f2a9c"
expires: Tue, 14 May 2024 09:40:00 GMT
vary: Accept-Encoding
"##,
        now: None,
        statuses: &[304],
        flags: &[],
        expect: &[Format(Format::PseudoHeaders)],
    },
    // httplint: httplint/status.py, status305 (STATUS_DEPRECATED).
    Case {
        name: "curl -i: an old intranet server sends 305 Use Proxy with the proxy in Location",
        text: r##"HTTP/1.1 305 Use Proxy
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Netscape-Enterprise/6.0
Location: http://proxy.corp.example:3128/
Content-Length: 0
"##,
        now: None,
        statuses: &[305],
        flags: &["deprecated-status"],
        expect: &[FlagSays("deprecated-status", "305 Use Proxy is deprecated")],
    },
    // httplint: httplint/status.py, status306 (STATUS_RESERVED).
    Case {
        name: "HTTPie: a test server sends the reserved 306 with a Location",
        text: r##"HTTP/1.1 306 Switch Proxy
Date: Tue, 14 May 2024 09:30:00 GMT
Location: https://proxy.example.net/
Content-Length: 0
"##,
        now: None,
        statuses: &[306],
        flags: &["reserved-status"],
        expect: &[Entry(0, Some("306"))],
    },
    Case {
        name: "curl -i: a Flask view returns ('Saved', 205), and Werkzeug sends the body",
        text: r##"HTTP/1.1 205 RESET CONTENT
Server: Werkzeug/3.0.3 Python/3.12.3
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/html; charset=utf-8
Content-Length: 5
Connection: close

Saved"##,
        now: None,
        statuses: &[205],
        flags: &["body-on-205"],
        expect: &[BodyLength(0, 5)],
    },
    Case {
        name: "curl -I: a 205 that announces a body in Content-Length",
        text: r##"HTTP/1.1 205 Reset Content
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: application/json
Content-Length: 27
"##,
        now: None,
        statuses: &[205],
        flags: &["body-on-205"],
        expect: &[FlagSays("body-on-205", "205 with a body")],
    },
    Case {
        name: "curl -i: a 205 with Content-Length: 0, as RFC 9110 asks, raises nothing",
        text: r##"HTTP/1.1 205 Reset Content
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Length: 0
"##,
        now: None,
        statuses: &[205],
        flags: &[],
        expect: &[BodyLength(0, 0)],
    },
    Case {
        name: "curl -i: a chunked 205 with only its last chunk is empty, which RFC 9110 allows",
        text: r##"HTTP/1.1 205 Reset Content
Date: Tue, 14 May 2024 09:30:00 GMT
Transfer-Encoding: chunked
"##,
        now: None,
        statuses: &[205],
        flags: &[],
        expect: &[Entry(0, Some("205"))],
    },
    // httplint: httplint/field/parsers/content_range.py, ContentRangeUnsatisfiedBadSCTest "bytes */100" on a 206.
    Case {
        name: "curl -sD - -r 0-99: a hand-written range handler answers 206 with the 416 form of Content-Range",
        text: r##"HTTP/1.1 206 Partial Content
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: application/octet-stream
Content-Range: bytes */100
Content-Length: 100
Accept-Ranges: bytes
"##,
        now: None,
        statuses: &[206],
        flags: &["unsatisfied-range-on-206"],
        expect: &[FlagSays("unsatisfied-range-on-206", "206 with Content-Range: bytes */100")],
    },
    // httplint: httplint/field/parsers/content_range.py, ContentRangeTest "bytes 1-100/200" on a 206.
    Case {
        name: "curl -sD - -r 1-100: a 206 with its range raises nothing",
        text: r##"HTTP/1.1 206 Partial Content
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: application/octet-stream
Content-Range: bytes 1-100/200
Content-Length: 100
"##,
        now: None,
        statuses: &[206],
        flags: &[],
        expect: &[ContentRange(0, Some((1, 100)), Some(200))],
    },
    // Issue 25, values the status depends on: a Location, a challenge or an HTTP-date that breaks
    // its syntax says so instead of being half-read.
    Case {
        name: "curl -i: a redirect to http://[, a host in brackets that never closes, leads nowhere",
        text: r##"HTTP/1.1 302 Found
Date: Tue, 14 May 2024 09:30:00 GMT
Server: gunicorn
Location: http://[
Content-Length: 0
"##,
        now: None,
        statuses: &[302],
        flags: &["malformed-field"],
        expect: &[Unreadable(0, "Location"), FlagSays("malformed-field", "never closes")],
    },
    Case {
        name: "curl -iL: a file server redirects to a path with spaces in it; where it leads is not guessed",
        text: r##"$ curl -iL https://files.example.com/latest-report
HTTP/2 301 
date: Tue, 14 May 2024 09:30:00 GMT
server: Apache
location: https://files.example.com/docs/Annual Report 2024.pdf
content-length: 0

"##,
        now: None,
        statuses: &[301],
        flags: &["malformed-field"],
        expect: &[Unreadable(0, "location"), FlagSays("malformed-field", "space"), Url(0, "https://files.example.com/latest-report")],
    },
    Case {
        name: "raw: a Location carrying a control character from unescaped input",
        text: "HTTP/1.1 303 See Other\nDate: Tue, 14 May 2024 09:30:00 GMT\nLocation: /search?q=caf\u{8}e\nContent-Length: 0\n",
        now: None,
        statuses: &[303],
        flags: &["malformed-field"],
        expect: &[Unreadable(0, "Location"), FlagSays("malformed-field", "U+0008")],
    },
    Case {
        name: "curl -i: a Location with an IPv6 host, a port and percent-encoding is well-formed",
        text: r##"HTTP/1.1 307 Temporary Redirect
Date: Tue, 14 May 2024 09:30:00 GMT
Location: https://[2001:db8::1]:8443/login?next=%2Faccount%3Ftab%3D1
Content-Length: 0
"##,
        now: None,
        statuses: &[307],
        flags: &[],
        expect: &[Location(0, "https://[2001:db8::1]:8443/login?next=%2Faccount%3Ftab%3D1", None)],
    },
    Case {
        name: "curl -i: a router's admin page asks for Basic credentials with an unquoted realm that has a space",
        text: r##"HTTP/1.1 401 Unauthorized
Date: Tue, 14 May 2024 09:30:00 GMT
Server: mini_httpd/1.30 26Oct2018
WWW-Authenticate: Basic realm=My Realm
Content-Type: text/html
Content-Length: 0
"##,
        now: None,
        statuses: &[401],
        flags: &["malformed-field"],
        expect: &[Unreadable(0, "WWW-Authenticate"), FlagSays("malformed-field", "After realm=My comes \u{201c}Realm\u{201d}")],
    },
    Case {
        name: "HTTPie: two Basic parameters without the comma between them",
        text: r##"HTTP/1.1 401 Unauthorized
Date: Tue, 14 May 2024 09:30:00 GMT
WWW-Authenticate: Basic realm="api" charset="UTF-8"
Content-Length: 0
"##,
        now: None,
        statuses: &[401],
        flags: &["malformed-field"],
        expect: &[Unreadable(0, "WWW-Authenticate"), FlagSays("malformed-field", "with no comma before it")],
    },
    // httplint: httplint/field/parsers/www_authenticate.py, WWWAuthenticateTest 'Basic realm="WallyWorld"'.
    Case {
        name: "curl -i: a quoted realm with a space and a charset raise nothing",
        text: r##"HTTP/1.1 401 Unauthorized
Date: Tue, 14 May 2024 09:30:00 GMT
WWW-Authenticate: Basic realm="My Realm", charset="UTF-8", Basic realm="WallyWorld"
Content-Length: 0
"##,
        now: None,
        statuses: &[401],
        flags: &[],
        expect: &[Schemes(0, &["Basic", "Basic"]), Says(0, "for realm \u{201c}My Realm\u{201d}")],
    },
    Case {
        name: "curl -i: a 503 whose Retry-After date is in lower case is read, and flagged",
        text: r##"HTTP/1.1 503 Service Unavailable
Date: Tue, 14 May 2024 09:30:00 GMT
Retry-After: tue, 14 may 2024 10:00:00 gmt
Content-Length: 0
"##,
        now: None,
        statuses: &[503],
        flags: &["date-not-imf-fixdate"],
        expect: &[RetryAfter(0, 1800, "10:00:00 UTC"), FlagSays("date-not-imf-fixdate", "the month may in the wrong case")],
    },
    Case {
        name: "curl -i: a 429 whose Retry-After is in the obsolete RFC 850 form is read, and flagged",
        text: r##"HTTP/1.1 429 Too Many Requests
Date: Tue, 14 May 2024 09:30:00 GMT
Retry-After: Tuesday, 14-May-24 09:35:00 GMT
Content-Length: 0
"##,
        now: None,
        statuses: &[429],
        flags: &["date-not-imf-fixdate"],
        expect: &[RetryAfter(0, 300, "09:35:00 UTC"), FlagSays("date-not-imf-fixdate", "RFC 850")],
    },
    // httplint: httplint/field/parsers/expires.py, BasicExpiresTest "Mon, 04 Jul 2011 09:08:06 GMT" (an IMF-fixdate: nothing to say of its form).
    Case {
        name: "raw: an embedded server writes Date as asctime and Expires in UTC; the IMF-fixdate Last-Modified is fine",
        text: r##"HTTP/1.0 200 OK
Date: Tue May 14 09:30:00 2024
Expires: Tue, 14 May 2024 10:30:00 UTC
Last-Modified: Mon, 04 Jul 2011 09:08:06 GMT
Content-Type: text/plain
Content-Length: 0
"##,
        now: None,
        statuses: &[200],
        flags: &["date-not-imf-fixdate", "date-not-imf-fixdate"],
        expect: &[FlagSays("date-not-imf-fixdate", "asctime"), FlagSays("date-not-imf-fixdate", "UTC where GMT goes")],
    },
];
