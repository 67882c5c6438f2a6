//! HAR files as DevTools export them ("Copy all as HAR", "Save all as HAR"), in HAR 1.2's fields:
//! `log.entries[]`, each with `request` {`method`, `url`, `httpVersion`, `headers[]`} and
//! `response` {`status`, `statusText`, `httpVersion`, `headers[]`, `content` {`size`, `text`,
//! `mimeType`}, `redirectURL`, `bodySize`}. Chrome adds its own `_`-prefixed members, writes
//! HTTP/2 as `h2` and lists pseudo-headers among the headers; Firefox writes `HTTP/2` and an empty
//! `statusText`. Each entry's response is a step answering its own request.

use super::response_cases::Case;
use super::response_cases::Expect::*;
use http_status_reader::{Format, Role};

/// Ten copies of a literal: entries too many to write out.
macro_rules! ten {
    ($text:expr) => {
        concat!($text, $text, $text, $text, $text, $text, $text, $text, $text, $text)
    };
}

pub const HAR_CASES: &[Case] = &[
    Case {
        name: "Chrome, Copy all as HAR: http to https to the login page, a stylesheet revalidated with 304, an ad the blocker stopped, and a logout back to the account page, which is no loop",
        text: r##"{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "pages": [],
    "entries": [
      {
        "_connectionId": "112233",
        "_initiator": { "type": "other" },
        "_priority": "VeryHigh",
        "_resourceType": "document",
        "cache": {},
        "connection": "80",
        "request": {
          "method": "GET",
          "url": "http://example.com/account",
          "httpVersion": "HTTP/1.1",
          "headers": [
            { "name": "Accept", "value": "text/html,application/xhtml+xml" },
            { "name": "Host", "value": "example.com" },
            { "name": "Upgrade-Insecure-Requests", "value": "1" },
            { "name": "User-Agent", "value": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" }
          ],
          "queryString": [],
          "cookies": [],
          "headersSize": 402,
          "bodySize": 0
        },
        "response": {
          "status": 301,
          "statusText": "Moved Permanently",
          "httpVersion": "HTTP/1.1",
          "headers": [
            { "name": "Content-Length", "value": "0" },
            { "name": "Date", "value": "Tue, 14 May 2024 09:30:00 GMT" },
            { "name": "Location", "value": "https://www.example.com/account" },
            { "name": "Server", "value": "nginx" }
          ],
          "cookies": [],
          "content": { "size": 0, "mimeType": "x-unknown" },
          "redirectURL": "https://www.example.com/account",
          "headersSize": 152,
          "bodySize": 0,
          "_transferSize": 152,
          "_error": null
        },
        "serverIPAddress": "93.184.215.14",
        "startedDateTime": "2024-05-14T09:30:00.120Z",
        "time": 41.3,
        "timings": { "blocked": 2.1, "dns": 0.4, "ssl": -1, "connect": 18.2, "send": 0.1, "wait": 19.8, "receive": 0.7, "_blocked_queueing": 1.2 }
      },
      {
        "_initiator": { "type": "other" },
        "_priority": "VeryHigh",
        "_resourceType": "document",
        "cache": {},
        "connection": "443",
        "request": {
          "method": "GET",
          "url": "https://www.example.com/account",
          "httpVersion": "http/2.0",
          "headers": [
            { "name": ":authority", "value": "www.example.com" },
            { "name": ":method", "value": "GET" },
            { "name": ":path", "value": "/account" },
            { "name": ":scheme", "value": "https" },
            { "name": "accept", "value": "text/html,application/xhtml+xml" },
            { "name": "cookie", "value": "sid=s%3AabcDEF123" }
          ],
          "queryString": [],
          "cookies": [{ "name": "sid", "value": "s%3AabcDEF123" }],
          "headersSize": -1,
          "bodySize": 0
        },
        "response": {
          "status": 302,
          "statusText": "",
          "httpVersion": "http/2.0",
          "headers": [
            { "name": ":status", "value": "302" },
            { "name": "cache-control", "value": "no-store" },
            { "name": "content-length", "value": "0" },
            { "name": "date", "value": "Tue, 14 May 2024 09:30:00 GMT" },
            { "name": "location", "value": "/login?next=%2Faccount" }
          ],
          "cookies": [],
          "content": { "size": 0, "mimeType": "x-unknown" },
          "redirectURL": "/login?next=%2Faccount",
          "headersSize": -1,
          "bodySize": 0,
          "_transferSize": 97,
          "_error": null
        },
        "serverIPAddress": "93.184.215.14",
        "startedDateTime": "2024-05-14T09:30:00.170Z",
        "time": 38.9,
        "timings": { "blocked": 1.3, "dns": 0.2, "ssl": 12.4, "connect": 20.1, "send": 0.1, "wait": 16.2, "receive": 0.6 }
      },
      {
        "_initiator": { "type": "other" },
        "_priority": "VeryHigh",
        "_resourceType": "document",
        "cache": {},
        "connection": "443",
        "request": {
          "method": "GET",
          "url": "https://www.example.com/login?next=%2Faccount",
          "httpVersion": "http/2.0",
          "headers": [
            { "name": ":authority", "value": "www.example.com" },
            { "name": ":method", "value": "GET" },
            { "name": ":path", "value": "/login?next=%2Faccount" },
            { "name": ":scheme", "value": "https" }
          ],
          "queryString": [{ "name": "next", "value": "%2Faccount" }],
          "cookies": [],
          "headersSize": -1,
          "bodySize": 0
        },
        "response": {
          "status": 200,
          "statusText": "",
          "httpVersion": "http/2.0",
          "headers": [
            { "name": "cache-control", "value": "private, no-cache" },
            { "name": "content-encoding", "value": "br" },
            { "name": "content-type", "value": "text/html; charset=utf-8" },
            { "name": "date", "value": "Tue, 14 May 2024 09:30:00 GMT" },
            { "name": "vary", "value": "Accept-Encoding" }
          ],
          "cookies": [],
          "content": { "size": 5120, "mimeType": "text/html", "compression": 3911, "text": "<!doctype html><title>Sign in</title>" },
          "redirectURL": "",
          "headersSize": -1,
          "bodySize": 1209,
          "_transferSize": 1302,
          "_error": null
        },
        "startedDateTime": "2024-05-14T09:30:00.215Z",
        "time": 60.2,
        "timings": { "blocked": 0.9, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 51.7, "receive": 7.5 }
      },
      {
        "_initiator": { "type": "parser", "url": "https://www.example.com/login?next=%2Faccount", "lineNumber": 0 },
        "_priority": "VeryHigh",
        "_resourceType": "stylesheet",
        "cache": {},
        "connection": "443",
        "request": {
          "method": "GET",
          "url": "https://www.example.com/static/app.css",
          "httpVersion": "h2",
          "headers": [
            { "name": ":path", "value": "/static/app.css" },
            { "name": "if-none-match", "value": "\"5f2a9c\"" }
          ],
          "queryString": [],
          "cookies": [],
          "headersSize": -1,
          "bodySize": 0
        },
        "response": {
          "status": 304,
          "statusText": "",
          "httpVersion": "h2",
          "headers": [
            { "name": "cache-control", "value": "max-age=600" },
            { "name": "date", "value": "Tue, 14 May 2024 09:30:00 GMT" },
            { "name": "etag", "value": "\"5f2a9c\"" }
          ],
          "cookies": [],
          "content": { "size": 48213, "mimeType": "text/css" },
          "redirectURL": "",
          "headersSize": -1,
          "bodySize": 0,
          "_transferSize": 88,
          "_error": null
        },
        "startedDateTime": "2024-05-14T09:30:00.290Z",
        "time": 21.4,
        "timings": { "blocked": 0.5, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 20.3, "receive": 0.5 }
      },
      {
        "_initiator": { "type": "script" },
        "_priority": "Low",
        "_resourceType": "script",
        "cache": {},
        "request": {
          "method": "GET",
          "url": "https://ads.example.net/tag.js",
          "httpVersion": "",
          "headers": [],
          "queryString": [],
          "cookies": [],
          "headersSize": -1,
          "bodySize": 0
        },
        "response": {
          "status": 0,
          "statusText": "",
          "httpVersion": "",
          "headers": [],
          "cookies": [],
          "content": { "size": 0, "mimeType": "x-unknown" },
          "redirectURL": "",
          "headersSize": -1,
          "bodySize": -1,
          "_transferSize": 0,
          "_error": "net::ERR_BLOCKED_BY_CLIENT"
        },
        "startedDateTime": "2024-05-14T09:30:00.301Z",
        "time": 0,
        "timings": { "blocked": -1, "dns": -1, "ssl": -1, "connect": -1, "send": 0, "wait": 0, "receive": 0 }
      },
      {
        "_initiator": { "type": "other" },
        "_resourceType": "document",
        "cache": {},
        "request": {
          "method": "GET",
          "url": "https://www.example.com/logout",
          "httpVersion": "h2",
          "headers": [],
          "queryString": [],
          "cookies": [],
          "headersSize": -1,
          "bodySize": 0
        },
        "response": {
          "status": 302,
          "statusText": "",
          "httpVersion": "h2",
          "headers": [
            { "name": "date", "value": "Tue, 14 May 2024 09:31:00 GMT" },
            { "name": "location", "value": "https://www.example.com/account" },
            { "name": "content-length", "value": "0" }
          ],
          "cookies": [],
          "content": { "size": 0, "mimeType": "x-unknown" },
          "redirectURL": "https://www.example.com/account",
          "headersSize": -1,
          "bodySize": 0,
          "_transferSize": 80,
          "_error": null
        },
        "startedDateTime": "2024-05-14T09:31:00.010Z",
        "time": 30.1,
        "timings": { "blocked": 0.4, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 29.2, "receive": 0.4 }
      }
    ]
  }
}
"##,
        now: None,
        statuses: &[301, 302, 200, 304, 302],
        // The login page says no-cache with nothing to revalidate against: advice, not an error.
        flags: &["no-cache-without-validator"],
        expect: &[
            Format(Format::Har),
            Role(0, Role::Redirect),
            Role(1, Role::Redirect),
            Role(2, Role::Final),
            Role(3, Role::Final),
            Role(4, Role::Redirect),
            Version(0, Some("HTTP/1.1")),
            Version(1, Some("HTTP/2")),
            Version(3, Some("HTTP/2")),
            Location(0, "https://www.example.com/account", Some("GET")),
            Location(1, "https://www.example.com/login?next=%2Faccount", Some("GET")),
            Url(2, "https://www.example.com/login?next=%2Faccount"),
            Url(3, "https://www.example.com/static/app.css"),
            BodyLength(3, 0),
            HeaderCount(1, 4),
            Hides("abcDEF123"),
        ],
    },
    Case {
        name: "Firefox, Save All As HAR: an API answers a POST with 401 and no challenge, then a 200",
        text: r##"{"log":{"version":"1.2","creator":{"name":"Firefox","version":"125.0"},"browser":{"name":"Firefox","version":"125.0"},"pages":[{"startedDateTime":"2024-05-14T09:30:00.000+00:00","id":"page_1","title":"Dashboard","pageTimings":{"onContentLoad":-8000,"onLoad":-8000}}],"entries":[{"pageref":"page_1","startedDateTime":"2024-05-14T09:30:00.100+00:00","request":{"bodySize":27,"method":"POST","url":"https://api.example.com/v1/reports","httpVersion":"HTTP/2","headers":[{"name":"Host","value":"api.example.com"},{"name":"User-Agent","value":"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"},{"name":"Accept","value":"application/json"},{"name":"Content-Type","value":"application/json"},{"name":"Authorization","value":"Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"},{"name":"Origin","value":"https://app.example.com"}],"cookies":[],"queryString":[],"headersSize":412,"postData":{"mimeType":"application/json","params":[],"text":"{\"range\":\"last-7-days\"}"}},"response":{"status":401,"statusText":"","httpVersion":"HTTP/2","headers":[{"name":"date","value":"Tue, 14 May 2024 09:30:00 GMT"},{"name":"content-type","value":"application/json"},{"name":"content-length","value":"26"},{"name":"access-control-allow-origin","value":"https://app.example.com"},{"name":"vary","value":"Origin"}],"cookies":[],"content":{"mimeType":"application/json","size":26,"text":"{\"error\":\"token expired\"}"},"redirectURL":"","headersSize":188,"bodySize":214},"cache":{},"timings":{"blocked":0,"dns":0,"connect":0,"ssl":0,"send":0,"wait":48,"receive":0},"time":48,"_securityState":"secure","serverIPAddress":"203.0.113.10","connection":"443"},{"pageref":"page_1","startedDateTime":"2024-05-14T09:30:01.200+00:00","request":{"bodySize":0,"method":"GET","url":"https://api.example.com/v1/me","httpVersion":"HTTP/2","headers":[{"name":"Host","value":"api.example.com"},{"name":"Accept","value":"application/json"}],"cookies":[],"queryString":[],"headersSize":198},"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/2","headers":[{"name":"date","value":"Tue, 14 May 2024 09:30:01 GMT"},{"name":"content-type","value":"application/json"},{"name":"cache-control","value":"private, max-age=0"}],"cookies":[],"content":{"mimeType":"application/json","size":17,"text":"{\"name\":\"Alice\"}"},"redirectURL":"","headersSize":120,"bodySize":137},"cache":{},"timings":{"blocked":0,"dns":0,"connect":0,"ssl":0,"send":0,"wait":31,"receive":0},"time":31,"_securityState":"secure","serverIPAddress":"203.0.113.10","connection":"443"}]}}"##,
        now: None,
        statuses: &[401, 200],
        flags: &["missing-www-authenticate"],
        expect: &[
            Format(Format::Har),
            Role(0, Role::Final),
            Role(1, Role::Final),
            Url(0, "https://api.example.com/v1/reports"),
            Version(0, Some("HTTP/2")),
            BodyLength(0, 25),
            Hides("c2lnbmF0dXJl"),
        ],
    },
    Case {
        name: "DevTools, Save all as HAR of a long session: 1,001 requests, of which the first 1,000 are read and the cut is said",
        text: concat!(
            r#"{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": ["#,
            ten!(ten!(ten!(
                r#"{"request": {"method": "GET", "url": "https://www.example.com/poll", "httpVersion": "h2", "headers": []}, "response": {"status": 200, "statusText": "", "httpVersion": "h2", "headers": [{"name": "date", "value": "Tue, 14 May 2024 09:30:00 GMT"}, {"name": "content-length", "value": "0"}], "content": {"size": 0, "mimeType": "application/json"}, "redirectURL": "", "bodySize": 0}},"#
            ))),
            r#"{"request": {"method": "GET", "url": "https://www.example.com/poll", "httpVersion": "h2", "headers": []}, "response": {"status": 200, "statusText": "", "httpVersion": "h2", "headers": [], "content": {"size": 0, "mimeType": "application/json"}, "redirectURL": "", "bodySize": 0}}"#,
            "]}}"
        ),
        now: None,
        statuses: &[200; 1000],
        flags: &["responses-cut-short"],
        expect: &[Format(Format::Har), FlagSays("responses-cut-short", "Only the first 1,000 of 1,001 responses were read")],
    },
    Case {
        name: "Chrome, Copy all as HAR, pasted into a box that cut it in the second entry: the first is read, and the break is said",
        text: r##"{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [{"_resourceType": "fetch", "request": {"method": "DELETE", "url": "https://api.example.com/v1/items/42", "httpVersion": "h2", "headers": [{"name": ":method", "value": "DELETE"}]}, "response": {"status": 405, "statusText": "", "httpVersion": "h2", "headers": [{"name": "date", "value": "Tue, 14 May 2024 09:30:00 GMT"}, {"name": "allow", "value": "GET, HEAD"}, {"name": "content-length", "value": "0"}], "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": "", "bodySize": 0, "_transferSize": 61}}, {"_resourceType": "fetch", "request": {"method": "GET", "url": "https://api.example.com/v1/items", "httpVersion": "h2", "headers": []}, "response": {"status": 200, "statusText": "", "httpVersion": "h2", "headers": [{"name": "date", "value": "Tue, 14 May 2024 09:30:01 GMT"}, {"name": "content-ty"##,
        now: None,
        statuses: &[405],
        flags: &["har-cut-short"],
        expect: &[Format(Format::Har), MethodAllowed(0, false), FlagSays("har-cut-short", "the one complete entry before the break was read")],
    },
    Case {
        name: "Chrome, Copy all as HAR: two redirects that send the browser back and forth until it gives up, a loop within one chain",
        text: r##"{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [
  {"_resourceType": "document", "request": {"method": "GET", "url": "https://shop.example.com/cart", "httpVersion": "h2", "headers": [{"name": ":path", "value": "/cart"}]}, "response": {"status": 302, "statusText": "", "httpVersion": "h2", "headers": [{"name": "date", "value": "Tue, 14 May 2024 09:30:00 GMT"}, {"name": "location", "value": "https://shop.example.com/login"}], "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": "https://shop.example.com/login", "bodySize": 0}},
  {"_resourceType": "document", "request": {"method": "GET", "url": "https://shop.example.com/login", "httpVersion": "h2", "headers": []}, "response": {"status": 302, "statusText": "", "httpVersion": "h2", "headers": [{"name": "date", "value": "Tue, 14 May 2024 09:30:00 GMT"}, {"name": "location", "value": "/cart"}], "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": "https://shop.example.com/cart", "bodySize": 0}},
  {"_resourceType": "document", "request": {"method": "GET", "url": "https://shop.example.com/cart", "httpVersion": "h2", "headers": []}, "response": {"status": 302, "statusText": "", "httpVersion": "h2", "headers": [{"name": "date", "value": "Tue, 14 May 2024 09:30:00 GMT"}, {"name": "location", "value": "https://shop.example.com/login"}], "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": "https://shop.example.com/login", "bodySize": 0}}
]}}"##,
        now: None,
        statuses: &[302, 302, 302],
        flags: &["redirect-loop"],
        expect: &[Format(Format::Har), Role(2, Role::Redirect), Location(1, "https://shop.example.com/cart", Some("GET")), FlagSays("redirect-loop", "https://shop.example.com/cart")],
    },
];
