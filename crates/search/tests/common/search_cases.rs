//! Realistic queries and what a person typing them wants, shared by the search tests and the
//! search benchmark. Written from how codes get looked up: from logs, curl output, API docs,
//! memory, in a hurry, with typos.

/// A query, the entry id that should rank first, and ids that should all be in the top three.
pub struct Case {
    pub query: &'static str,
    pub top: &'static str,
    pub top_three: &'static [&'static str],
}

const fn case(query: &'static str, top: &'static str, top_three: &'static [&'static str]) -> Case {
    Case { query, top, top_three }
}

/// Queries as typed: codes, names, symptoms, headers, vendors.
pub const CASES: &[Case] = &[
    // Numbers from logs and status lines.
    case("404", "404", &[]),
    case("  404 ", "404", &[]),
    case("HTTP/1.1 503 Service Unavailable", "503", &[]),
    case("HTTP/2 401", "401", &[]),
    case("error 502", "502", &[]),
    case("status 503", "503", &[]),
    case("HTTP 429", "429", &[]),
    case("got a 500 from the api", "500", &[]),
    case("what does 410 mean", "410", &[]),
    case("451", "451", &["451", "451-exchange"]),
    case("499", "499-nginx", &["499-nginx", "499-esri"]),
    case("499 nginx", "499-nginx", &["499-nginx", "499-esri"]),
    case("nginx 499", "499-nginx", &[]),
    case("530 cloudflare", "530-cloudflare", &[]),
    // Partial numbers and class patterns.
    case("4xx", "400", &["400", "401", "402"]),
    case("5XX", "500", &["500", "501", "502"]),
    case("5**", "500", &[]),
    case("40x", "400", &[]),
    case("40", "400", &["400", "401", "402"]),
    case("52", "520-cloudflare", &["520-cloudflare", "521-cloudflare", "522-cloudflare"]),
    // Names, current and former, in any spacing.
    case("not found", "404", &[]),
    case("notfound", "404", &[]),
    case("Not-Found", "404", &[]),
    case("internal server error", "500", &[]),
    case("bad gateway", "502", &[]),
    case("gateway timeout", "504", &[]),
    case("service unavailable", "503", &[]),
    case("method not allowed", "405", &[]),
    case("too many requests", "429", &[]),
    case("unavailable for legal reasons", "451", &[]),
    case("payload too large", "413", &[]),
    case("request entity too large", "413", &[]),
    case("unprocessable entity", "422", &[]),
    case("requested range not satisfiable", "416", &[]),
    case("moved temporarily", "302", &[]),
    case("I'm a teapot", "418", &[]),
    case("teapot", "418", &[]),
    case("permanent redirect", "308", &[]),
    case("temporary redirect", "307", &[]),
    case("moved permanently", "301", &[]),
    case("switching protocols", "101", &[]),
    case("client closed request", "499-nginx", &[]),
    case("enhance your calm", "420-twitter", &[]),
    case("page expired", "419-laravel", &[]),
    // Typing in progress.
    case("too ma", "429", &[]),
    case("unproc", "422", &[]),
    // Typos and British spelling.
    case("forbiden", "403", &[]),
    case("unauthorised", "401", &[]),
    case("unathorized", "401", &[]),
    case("servce unavailable", "503", &[]),
    case("gatway timeout", "504", &[]),
    case("teapott", "418", &[]),
    // Symptoms and concepts.
    case("rate limit", "429", &[]),
    case("throttling", "429", &[]),
    case("login", "401", &[]),
    case("permission denied", "403", &[]),
    case("maintenance", "503", &[]),
    case("captive portal", "511", &[]),
    case("hotel wifi", "511", &[]),
    case("CAFÉ WI-FI LOGIN", "511", &[]),
    case("Café", "511", &[]),
    case("csrf", "403", &["403", "419-laravel"]),
    case("upload too big", "413", &[]),
    case("file too large", "413", &[]),
    case("upstream timed out", "upstream-timed-out-nginx", &["upstream-timed-out-nginx", "504"]),
    case("websocket", "101", &[]),
    case("redirect", "307", &["307", "308"]),
    case("cookie too big", "431", &[]),
    case("lost update", "412", &[]),
    case("censorship", "451", &[]),
    case("tls early data", "425", &[]),
    // Header fields, in any case and spacing.
    case("Retry-After", "429", &["429", "503"]),
    case("retry after", "429", &["429", "503"]),
    case("WWW-Authenticate", "401", &[]),
    case("www authenticate", "401", &[]),
    case("Proxy-Authenticate", "407", &[]),
    case("etag", "304", &["304", "412"]),
    case("Allow", "405", &[]),
    // Vendors.
    case("cloudflare", "520-cloudflare", &["520-cloudflare", "521-cloudflare", "522-cloudflare"]),
    case("nginx", "444-nginx", &["444-nginx", "494-nginx", "495-nginx"]),
    case("aws load balancer", "460-aws-elb", &[]),
    case("laravel", "419-laravel", &[]),
    case("shopify", "430-shopify", &["430-shopify", "540-shopify"]),
    case("esri token", "498-esri", &["498-esri", "499-esri"]),
    case("web server is down", "521-cloudflare", &[]),
    case("ssl handshake failed", "525-cloudflare", &[]),
    case("anthropic overloaded", "529-anthropic", &[]),
];

/// Whole lines pasted from logs, consoles and error pages: besides ranking the expected entry first,
/// their result lists stay short (see tests/search.rs).
pub const PASTED: &[Case] = &[
    case("HTTP Error 500.19 - Internal Server Error", "500.19-iis", &[]),
    case(
        "HTTP Error 500.19 - Internal Server Error The requested page cannot be accessed because the related configuration data for the page is invalid.",
        "500.19-iis",
        &[],
    ),
    case("HTTP Error 404.3 - Not Found", "404.3-iis", &[]),
    case("HTTP Error 403.14 - Forbidden The Web server is configured to not list the contents of this directory.", "403.14-iis", &[]),
    case("HTTP Error 500.30 - ASP.NET Core app failed to start", "500.30-ancm", &[]),
    case("HTTP Error 500.31 - Failed to load ASP.NET Core runtime", "500.31-ancm", &[]),
    case("HTTP Error 502.5 - ANCM Out-Of-Process Startup Failure", "502.5-ancm", &[]),
    case("HTTP Error 503. The service is unavailable.", "503", &[]),
    case("HTTP Error 401.2 - Unauthorized", "401.2-iis", &[]),
    case(
        "HTTP Error 404.13 - Not Found The request filtering module is configured to deny a request that exceeds the request content length.",
        "404.13-iis",
        &[],
    ),
    case("2024-05-14 10:21:37 10.0.0.5 GET /app/ - 443 - 203.0.113.7 Mozilla/5.0 - 500 19 13 15", "500.19-iis", &[]),
    case("500.19", "500.19-iis", &[]),
    case(r#"at=error code=H12 desc="Request timeout" method=GET path="/" host=myapp.herokuapp.com status=503 bytes=0"#, "h12-heroku", &[]),
    case(r#"heroku[router]: at=error code=H10 desc="App crashed" method=GET path="/favicon.ico" status=503"#, "h10-heroku", &[]),
    case(r#"at=error code=H13 desc="Connection closed without response" method=POST path="/upload" status=503"#, "h13-heroku", &[]),
    case(r#"at=error code=H14 desc="No web processes running" method=GET path="/" status=503"#, "h14-heroku", &[]),
    case(r#"at=error code=H15 desc="Idle connection" method=GET path="/stream" status=503"#, "h15-heroku", &[]),
    case(r#"at=error code=H18 desc="Server Request Interrupted" method=POST path="/api" status=503"#, "h18-heroku", &[]),
    case(r#"at=error code=H20 desc="App boot timeout""#, "h20-heroku", &[]),
    case(r#"at=error code=H21 desc="Backend connection refused" method=GET path="/" status=503"#, "h21-heroku", &[]),
    case(r#"at=info code=H27 desc="Client Request Interrupted" method=POST path="/submit" status=499"#, "h27-heroku", &[]),
    case("H12", "h12-heroku", &[]),
    case("heroku request timeout", "h12-heroku", &[]),
    case("Error 1020 Access denied", "1020-cloudflare", &[]),
    case("Error 1015 You are being rate limited", "1015-cloudflare", &[]),
    case("Error 1016 Origin DNS error", "1016-cloudflare", &[]),
    case("Error 1033 Cloudflare Tunnel error", "1033-cloudflare", &[]),
    case("Error 1101 Worker threw exception", "1101-cloudflare", &[]),
    case("Error 1102 Worker exceeded resource limits", "1102-cloudflare", &[]),
    case("error code: 1003", "1003-cloudflare", &[]),
    case("Error 1009 Access denied Country or region banned", "1009-cloudflare", &[]),
    case("cloudflare 1020", "1020-cloudflare", &[]),
    case("upstream connect error or disconnect/reset before headers. reset reason: connection failure", "upstream-connect-error-envoy", &[]),
    case(
        "upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure",
        "upstream-connect-error-envoy",
        &[],
    ),
    case("no healthy upstream", "uh-envoy", &[]),
    case("upstream request timeout", "ut-envoy", &[]),
    case(r#"[2024-05-14T10:21:37.118Z] "GET /api/orders HTTP/1.1" 503 UH 0 19 0 - "10.0.0.1" "curl/8.5.0" "d1b9" "orders" "-""#, "uh-envoy", &[]),
    case(r#"[2024-05-14T10:21:37.118Z] "GET /api HTTP/1.1" 503 UF 0 91 30 - "-" "Go-http-client/1.1" "6a1f" "api:8080" "10.1.2.3:8080""#, "uf-envoy", &[]),
    case(r#"[2024-05-14T10:21:37.118Z] "POST /pay HTTP/2" 504 UT 120 24 15001 - "-" "okhttp/4.12" "c0de" "payments" "10.1.2.9:8443""#, "ut-envoy", &[]),
    case(r#""GET /missing HTTP/1.1" 404 NR 0 0 0 - "-" "curl/8.5.0""#, "nr-envoy", &[]),
    case(r#""GET /api HTTP/1.1" 429 RL 0 18 0 - "-" "python-requests/2.31""#, "rl-envoy", &[]),
    case(r#""POST /upload HTTP/1.1" 0 DC 1048576 0 2301 - "-" "curl/8.5.0""#, "dc-envoy", &[]),
    case(r#"[2024-05-14T10:21:37.118Z] "POST /api/checkout HTTP/1.1" 503 UC 512 95 31 - "-" "okhttp/4.12" "7c2d" "shop" "10.1.2.3:8080""#, "uc-envoy", &[]),
    case(r#"[2024-05-14T10:21:37.118Z] "GET /api HTTP/1.1" 503 UO 0 81 0 - "-" "curl/8.5.0" "6a1f" "api:8080" "-""#, "uo-envoy", &[]),
    case(r#"[2024-05-14T10:21:37.118Z] "GET /admin/users HTTP/1.1" 403 UAEX 0 0 4 - "-" "Mozilla/5.0" "d1b9" "admin" "-""#, "uaex-envoy", &[]),
    case(r#"[2024-05-14T10:21:37.118Z] "GET /api HTTP/2" 502 UPE 0 87 3 - "-" "Go-http-client/2.0" "c0de" "api" "10.1.2.9:8080""#, "upe-envoy", &[]),
    case(r#""POST /api/upload HTTP/1.1" 408 SI 65536 14 300001 - "-" "python-requests/2.31""#, "si-envoy", &[]),
    case(
        r#"haproxy[14389]: 10.0.1.2:33317 [06/Feb/2024:12:14:14.655] http-in static/srv1 0/0/1/-1/231 502 208 - - SH-- 1/1/0/0/0 0/0 "GET /index.html HTTP/1.1""#,
        "sh-haproxy",
        &[],
    ),
    // HAProxy's lowercase states are timeouts, not aborts: read from the termination-state field,
    // their case is kept.
    case(
        r#"haproxy[14389]: 10.0.1.2:33317 [06/Feb/2024:12:14:14.655] http-in static/srv1 0/0/1/-1/30002 504 195 - - sH-- 1/1/0/0/0 0/0 "GET /report HTTP/1.1""#,
        "sh-timeout-haproxy",
        &["sh-timeout-haproxy", "504"],
    ),
    case(
        r#"haproxy[14389]: 10.0.1.2:33317 [06/Feb/2024:12:14:14.655] http-in static/srv1 0/0/-1/-1/3005 503 214 - - SC-- 1/1/0/0/3 0/0 "GET / HTTP/1.1""#,
        "sc-haproxy",
        &[],
    ),
    case(
        r#"haproxy[14389]: 10.0.1.2:33317 [06/Feb/2024:12:14:14.655] http-in http-in/<NOSRV> 0/-1/-1/-1/0 403 189 - - PR-- 1/1/0/0/0 0/0 "GET /admin HTTP/1.1""#,
        "pr-haproxy",
        &[],
    ),
    case(
        r#"haproxy[14389]: 10.0.1.2:33317 [06/Feb/2024:12:14:14.655] http-in static/srv1 0/0/1/12/13 502 208 - - PH-- 1/1/0/0/0 0/0 "GET /api HTTP/1.1""#,
        "ph-haproxy",
        &[],
    ),
    case(
        r#"haproxy[14389]: 10.0.1.2:33317 [06/Feb/2024:12:14:14.655] http-in http-in/<NOSRV> -1/-1/-1/-1/5002 408 233 - - cR-- 1/1/0/0/0 0/0 "<BADREQ>""#,
        "cr-timeout-haproxy",
        &["cr-timeout-haproxy", "408"],
    ),
    case(
        r#"haproxy[14389]: 10.0.1.2:33317 [06/Feb/2024:12:14:14.655] http-in static/srv1 0/0/1/12/4816 200 1048576 - - CD-- 1/1/0/0/0 0/0 "GET /report.pdf HTTP/1.1""#,
        "cd-haproxy",
        &[],
    ),
    case("Error 503 Backend fetch failed", "backend-fetch-failed-varnish", &[]),
    case("Error 503 Backend fetch failed Guru Meditation: XID: 32770 Varnish cache server", "backend-fetch-failed-varnish", &[]),
    case("Error 503 first byte timeout", "first-byte-timeout-fastly", &[]),
    case(
        "upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.7, server: example.com",
        "upstream-timed-out-nginx",
        &[],
    ),
    case("2024/05/14 10:21:37 [error] 1234#1234: *56 no live upstreams while connecting to upstream, client: 203.0.113.7", "no-live-upstreams-nginx", &[]),
    case("connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: _", "connect-failed-nginx", &[]),
    case("connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream", "connect-failed-nginx", &[]),
    case("client intended to send too large body: 10485760 bytes, client: 203.0.113.7", "too-large-body-nginx", &[]),
    case("upstream sent too big header while reading response header from upstream", "upstream-sent-too-big-header-nginx", &[]),
    case("upstream prematurely closed connection while reading response header from upstream, client: 203.0.113.7", "upstream-prematurely-closed-nginx", &[]),
    case("recv() failed (104: Connection reset by peer) while reading response header from upstream", "upstream-prematurely-closed-nginx", &[]),
    // Client tools' error lines: the code they quote, else the phrase they quote, over words like
    // "error" and "server" that every line has.
    case("curl: (22) The requested URL returned error: 500", "500", &[]),
    case("2026-11-25 10:00:00 ERROR 404: Not Found.", "404", &[]),
    case("kubectl: error: You must be logged in to the server (Unauthorized)", "401", &[]),
    case(r#"Error response from daemon: Head "https://registry.example.com/v2/app/manifests/1": unauthorized: incorrect username or password"#, "401", &[]),
    case(r#"{"message": "Internal server error"}"#, "500", &[]),
    case("Method Not Allowed The requested method POST is not allowed for this URL.", "405", &[]),
    case("heroku request timeout", "h12-heroku", &[]),
    // Apache's stock pages and error log, AWS API Gateway and S3, gRPC and Google API statuses.
    case("You don't have permission to access this resource.", "403", &[]),
    case("[authz_core:error] AH01630: client denied by server configuration: /srv/www", "403", &[]),
    case("Proxy Error The proxy server received an invalid response from an upstream server.", "502", &[]),
    case(r#"{"message":"Missing Authentication Token"}"#, "403", &[]),
    case(r#"{"message": "Endpoint request timed out"}"#, "504", &[]),
    case("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>", "404", &[]),
    case("<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>", "503", &[]),
    case("rpc error: code = Unavailable desc = connection error", "503", &[]),
    case("rpc error: code = DeadlineExceeded desc = context deadline exceeded", "504", &[]),
    case(r#""status": "RESOURCE_EXHAUSTED""#, "429", &[]),
    case("Error: connect ECONNREFUSED 127.0.0.1:3000", "econnrefused-node", &[]),
    case("Error: getaddrinfo ENOTFOUND api.example.com", "econnrefused-node", &[]),
    case("TypeError: fetch failed", "econnrefused-node", &[]),
    case("AWS WAF blocked request", "403", &[]),
    case(
        "Application error An error occurred in the application and your page could not be served. If you are the application owner, check your logs for details.",
        "503",
        &[],
    ),
    case("stripe.error.CardError: Request req_123: Your card was declined.", "402", &[]),
    case("The plain HTTP request was sent to HTTPS port", "497-nginx", &[]),
    case("400 Bad Request The plain HTTP request was sent to HTTPS port nginx", "497-nginx", &[]),
    case("400 Request Header Or Cookie Too Large", "494-nginx", &[]),
    case("CSRF token mismatch", "419-laravel", &[]),
    case("TypeError: Failed to fetch", "0-fetch", &[]),
    case("TypeError: NetworkError when attempting to fetch resource.", "0-fetch", &[]),
    case("TypeError: Load failed", "0-fetch", &[]),
    case("status 0", "0-fetch", &[]),
    case("net::ERR_TOO_MANY_REDIRECTS", "0-fetch", &[]),
    case("curl: (52) Empty reply from server", "000-curl", &[]),
    case("curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server", "000-curl", &[]),
    case("000", "000-curl", &[]),
    case(r#"10.0.0.1 - - [14/May/2024:10:21:37 +0000] "GET /slow HTTP/1.1" 499 0 "-" "Mozilla/5.0""#, "499-nginx", &[]),
    case(r#"10.0.0.1 - - [14/May/2024:10:21:37 +0000] "GET / HTTP/1.1" 444 0 "-" "masscan/1.3""#, "444-nginx", &[]),
    // Log formats read by field: the status and its refinements from their own fields, not the
    // first number in the line.
    // Istio's default text format, flags then response-code details after the status
    // (oneuptime.com/blog/post/2026-02-24-how-to-parse-istio-access-log-fields).
    case(
        r#"[2026-02-24T14:23:15.456Z] "POST /api/orders HTTP/1.1" 503 UC via_upstream - "-" 156 91 30004 - "-" "python-requests/2.31.0" "f47ac10b-58cc-4372-a567-0e02b2c3d479" "order-service.production.svc.cluster.local" "10.244.3.12:8080" outbound|8080||order-service.production.svc.cluster.local 10.244.1.5:54321 10.96.45.67:8080 10.244.1.5:33210 - default"#,
        "uc-envoy",
        &["uc-envoy", "503"],
    ),
    // Istio's JSON access log (same source, "Where to Find Response Flags").
    case(r#"{ "response_code": 503, "response_flags": "UF", "path": "/api/users" }"#, "uf-envoy", &["uf-envoy", "503"]),
    // ALB: the load balancer's 502 and 504, the target's status `-`; the client port 443 is no
    // status (cloudwithgagan.com/blog/troubleshoot-alb-502-504-gateway-errors).
    case(
        r#"h2 2026-03-15T14:22:31.445Z app/my-alb/a1b2c3d4e5f6g7h8 10.0.1.55:443 10.0.2.100:8080 -1 -1 -1 502 - 36 "GET https://api.example.com:443/v1/orders HTTP/2.0" "Mozilla/5.0""#,
        "502",
        &[],
    ),
    case(
        r#"h2 2026-03-15T14:22:45.891Z app/my-alb/a1b2c3d4e5f6g7h8 10.0.1.55:443 10.0.2.101:8080 0.001 60.001 -1 504 - 220 "POST https://api.example.com:443/v1/reports HTTP/2.0" "Mozilla/5.0""#,
        "504",
        &[],
    ),
    // IIS with its #Fields header: the header as IIS 7.5 writes it by default (Stack Overflow
    // 11296698, "Understanding IIS 7 log files"); the line ours, in that order: 404.3, with
    // the port 443 and a 500 in the query string ahead of the status.
    case(
        "#Software: Microsoft Internet Information Services 7.5\n#Version: 1.0\n#Date: 2011-04-13 19:02:34\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken\n2011-04-13 19:02:34 10.0.0.5 GET /report.json page=500 443 - 203.0.113.7 Mozilla/5.0 404 3 50 218",
        "404.3-iis",
        &["404.3-iis", "404"],
    ),
    // The same line without its header: IIS's default columns (Microsoft's "W3C Extended Log
    // File Format (IIS 6.0)" field list, as in the case above).
    case("2011-04-13 19:02:34 10.0.0.5 GET /report.json page=500 443 - 203.0.113.7 Mozilla/5.0 404 3 50 218", "404.3-iis", &["404.3-iis", "404"]),
    // Test failures name the expected status first: the actual one is meant. JUnit/MockMvc as
    // Maven prints it (a public project's notes, found by exact search of GitHub text), the
    // line number 145 ahead of both.
    case("[ERROR]   EmployeeControllerTest.testActuatorHealth_Public:145 Status expected:<200> but was:<404>", "404", &[]),
    // Spring Academy's "Simple Spring Security" lab output, as copied in public course notes.
    case("java.lang.AssertionError: Status expected:<201> but was:<403>", "403", &[]),
    // Go's net/http/httptest idiom (the handler test in Go's "Testing HTTP handlers" examples:
    // `t.Errorf("handler returned wrong status code: got %v want %v", ...)`).
    case("main_test.go:31: handler returned wrong status code: got 401 want 200", "401", &[]),
    // IntelliJ's three lines under a MockMvc failure (a public Korean blog post's output, found by
    // exact search): the expected line alone names no status.
    case("java.lang.AssertionError: Status expected:<200> but was:<403>\nExpected :200\nActual   :403", "403", &[]),
    // A Python traceback ending in requests' HTTPError, whose message requests builds as
    // "{status} Server Error: {reason} for url: {url}" (psf/requests, src/requests/models.py).
    case(
        "Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    response.raise_for_status()\n  File \"/usr/lib/python3/dist-packages/requests/models.py\", line 1021, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.example.com/v1/items",
        "503",
        &[],
    ),
    // Platform error pages and codes: Vercel, Fastly, Akamai, as each writes them.
    // https://github.com/hitsapp/web/issues/1
    case(
        "This Serverless Function has timed out. Your connection is working correctly. Vercel is working correctly. 504: GATEWAY_TIMEOUT Code: FUNCTION_INVOCATION_TIMEOUT ID: hkg1::lwfvf-1702001564825-665514977cb1",
        "function_invocation_timeout-vercel",
        &[],
    ),
    // https://github.com/vercel/community/discussions/1813
    case("504: GATEWAY_TIMEOUT Code: FUNCTION_INVOCATION_TIMEOUT ID: hnd1::fs8k9-1679151302268-044a719e1f27", "function_invocation_timeout-vercel", &[]),
    // https://github.com/anuraghazra/github-readme-stats/issues/2540
    case(
        "This Serverless Function has crashed. Your connection is working correctly. Vercel is working correctly. 500: INTERNAL_SERVER_ERROR Code: FUNCTION_INVOCATION_FAILED ID: hkg1::ndb9q-1677309790425-d1a54ae45668",
        "function_invocation_failed-vercel",
        &[],
    ),
    // https://github.com/polarsource/polar/issues/4623
    case("500: INTERNAL_SERVER_ERROR Code: EDGE_FUNCTION_INVOCATION_FAILED ID: cpt1::q44vj-1733896278852-5d2eb0528353", "function_invocation_failed-vercel", &[]),
    // https://vercel.com/guides/how-to-bypass-vercel-body-size-limit-serverless-functions
    case("413: FUNCTION_PAYLOAD_TOO_LARGE", "function_payload_too_large-vercel", &[]),
    case("500 - FUNCTION RESPONSE PAYLOAD TOO LARGE", "function_response_payload_too_large-vercel", &[]),
    // https://github.com/pbakaus/impeccable/issues/164
    case(
        "404: NOT_FOUND Code: DEPLOYMENT_NOT_FOUND ID: bom1::q9szz-1779538607519-189394a328b7 This deployment cannot be found. For more information and troubleshooting, see our documentation.",
        "deployment_not_found-vercel",
        &[],
    ),
    // https://github.com/orion-ai-community/BizzAI/issues/134
    case("404: NOT_FOUND Code: NOT_FOUND ID: bom1::kldz4-1767255343194-9f56f660d976", "not_found-vercel", &[]),
    // https://docs.fastly.com/en/guides/common-503-errors
    case("Error 503 backend read error", "backend-read-error-fastly", &[]),
    // https://www.fastly.com/documentation/guides/vcl/errors/
    case("Error 503 Backend is unhealthy", "backend-is-unhealthy-fastly", &[]),
    case("All backends failed or unhealthy (chash)", "all-backends-failed-or-unhealthy-fastly", &[]),
    // https://github.com/fastly/fastly-agent-toolkit/blob/4d5dbaa13ff28227607fa3debfedc517b7edb52d/skills/fastly-cli/references/troubleshooting.md
    case(r#"503 "hostname doesn't match against certificate""#, "certificate-hostname-mismatch-fastly", &[]),
    // https://raw.githubusercontent.com/divinevideo/divine-mobile/c3d6f7e1af4a3107b8ac5cd35ffe415d90d4bf3f/.agents/skills/fastly-domain-v1-activation/SKILL.md
    case(
        "Fastly error: unknown domain: example.com. Please check that this domain has been added to a service.",
        "unknown-domain-fastly",
        &[],
    ),
    // https://www.geekzone.co.nz/BarTender/akamai
    case(
        r#"Access Denied You don't have permission to access "http://www.jbhifi.co.nz/" on this server. Reference #18.67ff6dcb.1527719015.a6cebb8"#,
        "access-denied-akamai",
        &[],
    ),
    // Cloud load balancers, CDNs and gateways: CloudFront's error pages and log fields, API
    // Gateway's responses and execution logs, ALB's error_reason, Google's statusDetails, Azure
    // Front Door's ErrorInfo.
    // https://github.com/GSA/datagov-wptheme/issues/868
    case("502 ERROR The request could not be satisfied. CloudFront wasn't able to connect to the origin.", "originconnecterror-cloudfront", &[]),
    // https://github.com/Studio-42/elFinder/issues/3367
    case(
        "CloudFront couldn't connect to the origin or the origin returned an incorrect response. We can't connect to the server for this app or website at this time.",
        "originconnecterror-cloudfront",
        &[],
    ),
    // https://github.com/chanzuckerberg/single-cell-data-portal/issues/1250
    case(
        "504 ERROR The request could not be satisfied. CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.",
        "origincommerror-cloudfront",
        &[],
    ),
    // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html (example log entries)
    case(
        "2019-12-13	22:37:02	SEA19-C2	900	192.0.2.200	GET	d111111abcdef8.cloudfront.net	/	502	-	curl/7.55.1	-	-	Error	kBkDzGnceVtWHqSCqBUqtA_cEs2T3tFUBbnBNkB9El_uVRhHgcZfcw==	www.example.com	http	387	0.103	-	-	-	Error	HTTP/1.1	-	-	12644	0.103	OriginDnsError	text/html	507	-	-",
        "origindnserror-cloudfront",
        &[],
    ),
    // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-dns-error.html
    case("HTTP 502 error with the NonS3OriginDnsError error code", "origindnserror-cloudfront", &[]),
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-gateway-response-using-the-console.html
    case("x-amzn-ErrorType: MissingAuthenticationTokenException", "missing_authentication_token-api-gateway", &[]),
    case("MISSING_AUTHENTICATION_TOKEN", "missing_authentication_token-api-gateway", &[]),
    // https://repost.aws/knowledge-center/api-gateway-504-errors
    case("Execution failed due to a timeout error", "integration_timeout-api-gateway", &[]),
    case("INTEGRATION_TIMEOUT", "integration_timeout-api-gateway", &[]),
    // https://repost.aws/knowledge-center/malformed-502-api-gateway
    case(
        "Thu Dec 08 01:13:00 UTC 2016 : Execution failed due to configuration error: Malformed Lambda proxy response",
        "malformed-lambda-proxy-response-api-gateway",
        &[],
    ),
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html (example: a failed request to a Lambda function)
    case(
        r#"http 2018-11-30T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 - 0.000 0.001 0.000 502 - 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 0 2018-11-30T22:22:48.364000Z "forward" "-" "LambdaInvalidResponse" "-" "-" "-" "-""#,
        "lambdainvalidresponse-aws-elb",
        &[],
    ),
    // https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring#failure-messages
    case("backend_timeout The backend timed out while generating a response.", "backend_timeout-gcp", &[]),
    case("failed_to_connect_to_backend The load balancer failed to connect to the backend.", "failed_to_connect_to_backend-gcp", &[]),
    case(
        "client_disconnected_before_any_response The connection to the client was broken before the load balancer sent any response.",
        "client_disconnected_before_any_response-gcp",
        &[],
    ),
    // https://github.com/GoogleCloudPlatform/k8s-multicluster-ingress/issues/215
    case("Logs of load balancer show the error is `failed_to_pick_backend`.", "failed_to_pick_backend-gcp", &[]),
    // https://github.com/darklang/dark/pull/928
    case(r#"19 "backend_connection_closed_before_data_sent_to_client""#, "backend_connection_closed_before_data_sent_to_client-gcp", &[]),
    // https://learn.microsoft.com/azure/frontdoor/troubleshoot-issues
    case(r#"504 errors appear with "ErrorInfo: OriginTimeout.""#, "origintimeout-azure-front-door", &[]),
    // HTTP client libraries: errors with no status are not-http records; errors that wrap a
    // status rank that status first.
    // https://github.com/projectdiscovery/httpx/issues/1814
    case(
        r#"Get "https://fetlife.com/collections/new?source=writing_gallery": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"#,
        "client.timeout-exceeded-go",
        &[],
    ),
    // https://github.com/lucasgomide/snitch/issues/4
    case("Snitch: Get http://xx.x.x.x:8080/deploys?app=xxxxx&limit=1: net/http: request canceled (Client.Timeout exceeded while awaiting headers)", "client.timeout-exceeded-go", &[]),
    // https://github.com/golang/go/blob/master/src/net/http/transport.go (tlsHandshakeTimeoutError)
    case(r#"Post "https://api.example.com/v1/upload": net/http: TLS handshake timeout"#, "client.timeout-exceeded-go", &[]),
    // https://github.com/rackspace/gophercloud/issues/465
    case("Get http://xxx:8774/v2/16d0657471124a8da827347ade4630cd/servers/f9b7571a-a92a-417f-845a-eba13f5e6338: EOF", "eof-go", &[]),
    // https://github.com/loadlj/blog/issues/43
    case(r#"call xxx failed: Post "http://localhost:8080": EOF"#, "eof-go", &[]),
    // https://github.com/golang/go/issues/36700
    case(r#"net/http: permanently broken connection with error "read: connection reset by peer" when response body is not closed"#, "eof-go", &[]),
    // https://github.com/urllib3/urllib3/blob/main/src/urllib3/exceptions.py (MaxRetryError) and
    // src/urllib3/connection.py (NewConnectionError)
    case(
        "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded with url: /api/items (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2c1a3b5e50>: Failed to establish a new connection: [Errno 111] Connection refused'))",
        "connectionerror-requests",
        &[],
    ),
    // https://github.com/urllib3/urllib3/blob/main/src/urllib3/connectionpool.py ("Connection aborted.")
    case("requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))", "connectionerror-requests", &[]),
    // https://github.com/urllib3/urllib3/blob/main/src/urllib3/connectionpool.py ("Read timed out.")
    case("requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=10)", "readtimeout-requests", &[]),
    // https://github.com/urllib3/urllib3/blob/main/src/urllib3/connection.py (ConnectTimeoutError)
    case(
        "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f9b8c2d1e50>, 'Connection to api.example.com timed out. (connect timeout=5)'))",
        "readtimeout-requests",
        &[],
    ),
    // https://github.com/encode/httpx/issues/3017
    case("httpx.ReadTimeout: The read operation timed out", "httpx.connecttimeout-httpx", &[]),
    case("httpx.ConnectTimeout: _ssl.c:983: The handshake operation timed out", "httpx.connecttimeout-httpx", &[]),
    // https://github.com/openjdk/jdk/blob/master/src/java.base/share/classes/sun/nio/ch/NioSocketImpl.java
    case("java.net.SocketTimeoutException: Read timed out", "sockettimeoutexception-java", &[]),
    // https://github.com/usdot-fhwa-stol/carma-platform/issues/140
    case("Caused by: java.net.ConnectException: Connection refused (Connection refused)", "connectexception-java", &[]),
    case(
        r#"org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://localhost:8081/rest/commands/8": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)"#,
        "resourceaccessexception-spring",
        &[],
    ),
    // https://github.com/square/okhttp/blob/master/okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/http2/Http2Stream.kt
    case("java.net.SocketTimeoutException: timeout", "interruptedioexception-okhttp", &[]),
    // https://github.com/square/okhttp/blob/master/okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/RealCall.kt
    case("java.io.InterruptedIOException: timeout", "interruptedioexception-okhttp", &[]),
    // https://github.com/dotnet/runtime/blob/main/src/libraries/System.Net.Http/src/Resources/Strings.resx (net_http_request_timedout)
    case(
        "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
        "taskcanceledexception-dotnet",
        &[],
    ),
    // https://github.com/bloxstraplabs/bloxstrap/issues/1795
    case(
        "System.Net.Http.HttpRequestException: No connection could be made because the target machine actively refused it. (127.0.0.1:9666)",
        "socketexception-dotnet",
        &[],
    ),
    // https://github.com/dotnet/corefx/issues/36475
    case("System.Net.Http.HttpRequestException: Connection refused ---> System.Net.Sockets.SocketException: Connection refused", "socketexception-dotnet", &[]),
    // https://github.com/axios/axios/blob/v1.x/lib/adapters/xhr.js ('timeout of ' + timeout + 'ms exceeded', 'Network Error')
    case("AxiosError: timeout of 5000ms exceeded", "econnaborted-axios", &[]),
    case("AxiosError: Network Error", "econnaborted-axios", &[]),
    // https://github.com/nodejs/undici/blob/main/lib/core/connect.js (Connect Timeout Error message)
    case(
        "TypeError: fetch failed [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: api.example.com:443, timeout: 10000ms) code: 'UND_ERR_CONNECT_TIMEOUT'",
        "und_err_connect_timeout-undici",
        &[],
    ),
    // https://github.com/nodejs/undici/blob/main/lib/dispatcher/client-h1.js ('other side closed')
    case("SocketError: other side closed", "und_err_connect_timeout-undici", &[]),
    // Exceptions that wrap a status: the status is the answer.
    // https://github.com/spring-projects/spring-framework/blob/main/spring-web/src/main/java/org/springframework/web/HttpMediaTypeNotSupportedException.java
    // and AbstractHandlerExceptionResolver ("Resolved [" + ex + "]")
    case("Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]", "415", &[]),
    // https://github.com/spring-projects/spring-framework/blob/main/spring-web/src/main/java/org/springframework/web/HttpMediaTypeNotAcceptableException.java
    case("Resolved [org.springframework.web.HttpMediaTypeNotAcceptableException: No acceptable representation]", "406", &[]),
    // https://github.com/spring-projects/spring-framework/blob/main/spring-web/src/main/java/org/springframework/web/HttpRequestMethodNotSupportedException.java
    case("Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'POST' is not supported]", "405", &[]),
    // https://github.com/spring-projects/spring-framework/blob/main/spring-web/src/main/java/org/springframework/web/client/DefaultResponseErrorHandler.java
    case(r#"org.springframework.web.client.HttpClientErrorException$NotFound: 404 Not Found on GET request for "https://api.example.com/users/7": [no body]"#, "404", &[]),
    case(
        r#"org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable on GET request for "https://api.example.com/health": [no body]"#,
        "503",
        &[],
    ),
    // https://github.com/psf/requests/blob/main/src/requests/models.py (raise_for_status)
    case("requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.example.com/users/7", "404", &[]),
    // https://github.com/encode/httpx/blob/master/docs/quickstart.md
    case("httpx._exceptions.HTTPStatusError: 404 Client Error: Not Found for url: https://httpbin.org/status/404", "404", &[]),
    // https://github.com/axios/axios/blob/v1.x/lib/core/settle.js
    case("AxiosError: Request failed with status code 404", "404", &[]),
    // https://github.com/dotnet/runtime/blob/main/src/libraries/System.Net.Http/src/Resources/Strings.resx (net_http_message_not_success_statuscode)
    case("System.Net.Http.HttpRequestException: Response status code does not indicate success: 404 (Not Found).", "404", &[]),
    case("HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).", "503", &[]),
    // Web servers and gateways as their own logs and pages word it: Apache httpd's error_log
    // (AH ids), Traefik, Caddy, Kong Gateway and Squid. Each line is copied from the public thread
    // or the vendor source named above it.
    // https://github.com/WWBN/AVideo/issues/7284
    case(
        "[Mon Oct 17 23:57:42.497868 2022] [core:error] [pid 99972] [client 217.41.39.186:62549] AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error. Use 'LimitInternalRecursion' to increase the limit if necessary. Use 'LogLevel debug' to get a backtrace., referer: https://mysite.com/sw.js?0.9371478587954484",
        "ah00124-apache",
        &[],
    ),
    // https://github.com/Syonix/monolog-viewer/issues/11
    case("Request exceeded the limit of 10 internal redirects due to probable configuration error.", "ah00124-apache", &[]),
    // https://github.com/blacksaildivision/lamponsteroids/issues/72
    case(
        r"[Sun Feb 21 15:34:02.036018 2016] [proxy_fcgi:error] [pid 2610:tid 140051509872384] [client xx.xx.xx.xx:47246] AH01071: Got error 'Primary script unknown\n'",
        "ah01071-apache",
        &[],
    ),
    // https://github.com/nextcloud/all-in-one/issues/175
    case(
        "[Fri Jan 28 14:18:33.838658 2022] [proxy_http:error] [pid 119] (70007)The timeout specified has expired: [client 10.6.0.2:52924] AH01102: error reading status line from remote server localhost:8000, referer: https://192.168.178.98:8080/containers",
        "ah01102-apache",
        &[],
    ),
    // https://github.com/ether/etherpad/issues/4125
    case(
        "[Wed Jun 17 13:08:42.787147 2020] [proxy:error] [pid 12182:tid 140022686664448] [client x.x.x.x:54098] AH00898: Error reading from remote server returned by /api/1.1/createSession",
        "ah01102-apache",
        &[],
    ),
    // https://github.com/freedombox/FreedomBox/issues/895
    case(
        "[Sat Jul 08 17:40:54.742228 2017] [proxy_http:error] [pid 1081] [client 10.0.2.2:53768] AH01114: HTTP: failed to make connection to backend: 127.0.0.1",
        "ah01114-apache",
        &[],
    ),
    case(
        "[Sat Jul 08 17:40:54.742169 2017] [proxy:error] [pid 1081] (111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8000 (127.0.0.1) failed",
        "ah01114-apache",
        &[],
    ),
    // https://github.com/friendica/friendica/issues/8001
    case(
        "[Fri Dec 20 22:00:09.995890 2019] [proxy_fcgi:error] [pid 1251] [client 163.172.11.188:51894] AH01079: failed to make connection to backend: localhost",
        "ah01114-apache",
        &[],
    ),
    // https://github.com/backuppc/backuppc/issues/354
    case(
        "[Sun Jun 28 02:15:56.333130 2020] [cgid:error] [pid 9766:tid 140695008409344] [client 2001:470:XXXX:XXXXX:XXX] End of script output before headers: index.cgi",
        "end-of-script-output-before-headers-apache",
        &[],
    ),
    // https://github.com/Icinga/icinga-core/issues/219
    case(
        "[Wed May 19 05:23:52 2010] [error] [client 192.168.0.2] Premature end of script headers: extinfo.cgi, referer: https://www.vk7hse.hobby-site.org/icinga/menu.html",
        "end-of-script-output-before-headers-apache",
        &[],
    ),
    // https://github.com/traefik/traefik/blob/fd5a576df2e8aeb0bfc8a96b6ef6e60a61f7ec0a/pkg/server/service/loadbalancer/wrr/wrr.go
    case("no available server", "no-available-server-traefik", &[]),
    // https://github.com/lucaslorentz/caddy-docker-proxy/issues/825
    case(
        r#"caddy | {"level":"error","ts":1784560822.3006961,"logger":"http.log.error","msg":"no upstreams available","request":{"remote_ip":"REMOVED","remote_port":"62192","client_ip":"REMOVED","proto":"HTTP/1.1","method":"POST","host":"REMOVED.com","uri":"/api/heartbeat""#,
        "no-upstreams-available-caddy",
        &[],
    ),
    // https://github.com/TracecatHQ/tracecat/issues/1331
    case(
        r#"{"level":"error","ts":1754633393.458146,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused","request":{"remote_ip":"5*.2**.2*.1*","remote_port":"52069","client_ip":"5*.2**.2*.1*","proto":"HTTP/1.1","method":"GET","host":"1**.2**.3**.4**","uri":"/api//info","headers":{"Connection":["keep-alive"],"User-Agent":["Mozilla/5.0 Chrome/138.0.0.0 "],"Accept":["*/*"],"Referer":["http://1**.2**.3**.4**/sign-in"],"Accept-Encoding":["gzip, deflate"],"Accept-Language":["zh-CN,zh;q=0.9"]}},"duration":0.000669913,"status":502,"err_id":"c0wkic63c","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}"#,
        "reverseproxy.statuserror-caddy",
        &[],
    ),
    // https://github.com/pantsel/konga/issues/711
    case("KongProxyController request error { message: 'no Route matched with those values' }", "no-route-matched-kong", &[]),
    // https://github.com/Kong/kong/issues/7156
    case(r#"{"message":"failure to get a peer from the ring-balancer"}"#, "failure-to-get-a-peer-kong", &[]),
    // https://github.com/Kong/kong/issues/6624
    case(
        r#"2020/12/03 11:29:16 [error] 32#0: *561643 [lua] balancer.lua:900: execute(): DNS resolution failed: dns server error: 3 name error. Tried: ["(short)app-api:(na) - cache-miss","app-api:1 - cache-hit/stale/scheduled/dns server error: 3 name error","app-api:33 - cache-hit/stale/scheduled/dns server error: 3 name error","app-api:5 - cache-hit/stale/scheduled/dns server error: 3 name error"], client: 172.20.1.7, server: kong, request: "POST /mp/mp-admin/v1/product/ticket HTTP/1.0", host: "kong:8000""#,
        "name-resolution-failed-kong",
        &[],
    ),
    // https://github.com/Kong/kong/issues/2629
    case(r#"{"message":"API rate limit exceeded"}"#, "api-rate-limit-exceeded-kong", &[]),
    // https://github.com/sameersbn/docker-squid/issues/78
    case("1645064587.444      1 172.17.0.1 TCP_DENIED/403 4032 CONNECT www.cyberciti.biz:443 - HIER_NONE/- text/html", "err_access_denied-squid", &[]),
    // https://github.com/squid-cache/squid/blob/7c20a8a787d1ef399c56515a847610c0f8d12147/errors/templates/ERR_ACCESS_DENIED
    case(
        "Access Denied. Access control configuration prevents your request from being allowed at this time. Please contact your service provider if you feel this is incorrect.",
        "err_access_denied-squid",
        &[],
    ),
    // https://github.com/squid-cache/squid/blob/7c20a8a787d1ef399c56515a847610c0f8d12147/src/errorpage.cc (X-Squid-Error: name and errno)
    case("X-Squid-Error: ERR_CONNECT_FAIL 111", "err_connect_fail-squid", &[]),
    // https://github.com/squid-cache/squid/blob/7c20a8a787d1ef399c56515a847610c0f8d12147/errors/templates/ERR_CONNECT_FAIL
    case("The system returned: (111) Connection refused The remote host or network may be down. Please try the request again.", "err_connect_fail-squid", &[]),
    // https://github.com/hanl/MonkeytestJS/issues/8
    case(
        "Unable to determine IP address from host name monkeytestjs.io The DNS server returned: Server Failure: The name server was unable to process this query.",
        "err_dns_fail-squid",
        &[],
    ),
    // https://github.com/squid-cache/squid/blob/7c20a8a787d1ef399c56515a847610c0f8d12147/errors/templates/ERR_READ_TIMEOUT
    case(
        "Read Timeout The system returned: [No Error] A Timeout occurred while waiting to read data from the network. The network or server may be down or congested. Please retry your request.",
        "err_read_timeout-squid",
        &[],
    ),
    case("X-Squid-Error: ERR_READ_TIMEOUT 0", "err_read_timeout-squid", &[]),
    // https://github.com/Kong/kong/blob/22246ef28c16842098369b494eef879222e30c7b/kong/error_handlers.lua
    case(r#"{"message":"The upstream server is timing out","request_id":"7f3e1d5c9b2a4e6f8a0c2e4b6d8f0a1c"}"#, "upstream-server-is-timing-out-kong", &[]),
    case(r#""message":"An invalid response was received from the upstream server""#, "invalid-response-from-upstream-kong", &[]),
];

/// Every case, typed then pasted.
pub fn all_cases() -> impl Iterator<Item = &'static Case> {
    CASES.iter().chain(PASTED)
}
