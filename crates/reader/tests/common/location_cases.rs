//! 3xx responses without Location as people paste them, one for each 3xx row of the rules table
//! that the real-world table does not already show, each with the flag the table decides. How
//! severe each flag is, is tested next to them in response.rs.

use super::response_cases::Case;
use super::response_cases::Expect::*;
use http_status_reader::Role;

pub const LOCATION_CASES: &[Case] = &[
    // RFC 9110 section 15.4.1: Location only when the server prefers one of the choices, so its
    // absence is advice, not an error: Apache lists the variants and leaves the choice open.
    Case {
        name: "curl -i: Apache's MultiViews answers 300 with a list of variants and no preference",
        text: r##"HTTP/1.1 300 Multiple Choices
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Apache/2.4.59 (Debian)
Alternates: {"manual.html.de" 1 {type text/html} {language de}}, {"manual.html.fr" 1 {type text/html} {language fr}}
Vary: negotiate,accept-language
TCN: list
Content-Type: text/html; charset=iso-8859-1

<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>300 Multiple Choices</title>
</head><body>
<h1>Multiple Choices</h1>
Available variants:
<ul>
<li><a href="manual.html.de">manual.html.de</a> , type text/html, language de</li>
<li><a href="manual.html.fr">manual.html.fr</a> , type text/html, language fr</li>
</ul>
</body></html>
"##,
        now: None,
        statuses: &[300],
        flags: &["missing-location", "vary-pointless"],
        expect: &[Entry(0, Some("300")), Role(0, Role::Final), FlagSays("vary-pointless", "Negotiate, the request field of transparent negotiation")],
    },
    Case {
        name: "curl -I: a PHP script sends a 302 status but no header('Location: …')",
        text: r##"HTTP/1.1 302 Found
Date: Tue, 14 May 2024 09:30:00 GMT
Server: Apache/2.4.57 (Ubuntu)
X-Powered-By: PHP/8.2.7
Content-Length: 0
Content-Type: text/html; charset=UTF-8
"##,
        now: None,
        statuses: &[302],
        flags: &["missing-location"],
        expect: &[Role(0, Role::Final)],
    },
    Case {
        name: "HTTPie: a Rails controller answers a form POST with head :see_other and no location",
        text: r##"HTTP/1.1 303 See Other
x-frame-options: SAMEORIGIN
x-xss-protection: 0
x-content-type-options: nosniff
content-type: text/html
cache-control: no-cache
x-request-id: 0f6f2c4e-9a51-4c0b-8f0e-3b2d7c1a9e44
x-runtime: 0.004113
Content-Length: 0
"##,
        now: None,
        statuses: &[303],
        flags: &["missing-location"],
        expect: &[Entry(0, Some("303"))],
    },
    // RFC 9110 section 15.4.6: 305 is deprecated, which is flagged on its own. Its Location named
    // the proxy (RFC 2616 section 10.3.6), so lacking it is still worth a warning, but clients
    // ignore 305 either way.
    Case {
        name: "curl -i: an old intranet server still answers 305 Use Proxy, naming no proxy",
        text: r##"HTTP/1.0 305 Use Proxy
Server: Netscape-Enterprise/6.0
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/html
Content-Length: 0
"##,
        now: None,
        statuses: &[305],
        flags: &["deprecated-status", "missing-location"],
        expect: &[Entry(0, Some("305")), Role(0, Role::Final)],
    },
    // RFC 9110 section 15.4.7: 306 is reserved, which is flagged on its own; a client reads it as a
    // 300 (section 15), so a missing Location is advice, as on a 300.
    Case {
        name: "curl -i: a test server answers the reserved 306 Switch Proxy",
        text: r##"HTTP/1.1 306 Switch Proxy
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Length: 0
"##,
        now: None,
        statuses: &[306],
        flags: &["reserved-status", "missing-location"],
        expect: &[Entry(0, Some("306"))],
    },
    Case {
        name: "curl -i: nginx's return 307; without a URL sends its error page and no Location",
        text: r##"HTTP/1.1 307 Temporary Redirect
Server: nginx/1.24.0
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Type: text/html
Content-Length: 171
Connection: keep-alive

<html>
<head><title>307 Temporary Redirect</title></head>
<body>
<center><h1>307 Temporary Redirect</h1></center>
<hr><center>nginx/1.24.0</center>
</body>
</html>
"##,
        now: None,
        statuses: &[307],
        flags: &["missing-location"],
        expect: &[Role(0, Role::Final), Named(0, "nginx", None)],
    },
    Case {
        name: "curl -i: a Go handler calls WriteHeader(308) without setting Location",
        text: r##"HTTP/1.1 308 Permanent Redirect
Date: Tue, 14 May 2024 09:30:00 GMT
Content-Length: 0
"##,
        now: None,
        statuses: &[308],
        flags: &["missing-location"],
        expect: &[Entry(0, Some("308"))],
    },
];
