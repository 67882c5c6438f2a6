//! Pasted text into messages: the responses in the order they came, each with the request it
//! answered when the text shows one. Reads `curl -i`/`-I`/`-iL` (status lines, blocks one after
//! another), `curl -v` (`<` response lines, `>` request lines, `*` information), HTTPie with or
//! without `-v`, raw messages with CRLF or LF, DevTools copies (the `:status` pseudo-header of
//! HTTP/2 and 3, lowercase names, and Chrome's Headers pane with its General section), wget with
//! or without `-S`, and the `curl` or `http` command line when it was pasted too.

use super::Format;

/// Responses kept: curl follows 50 redirects at most, so more is not a chain.
const MAX_RESPONSES: usize = 64;
/// Fields kept per message.
const MAX_FIELDS: usize = 256;
/// Characters kept per field value.
const MAX_VALUE: usize = 8 * 1024;
/// Body bytes kept per response (for `application/problem+json`); the rest is only counted.
const BODY_KEPT: usize = 64 * 1024;

/// A header field as received. Repeated names stay separate, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Field {
    pub(crate) name: String,
    pub(crate) value: String,
}

/// A request, from a request line, pseudo-headers, the Headers pane or the command line.
#[derive(Debug, Default)]
pub(crate) struct Request {
    pub(crate) method: Option<String>,
    /// The request target as written (`/path?q`, an absolute URL, `host:443` for CONNECT).
    pub(crate) target: Option<String>,
    /// The absolute URL, when the text gives it whole (curl's `*` lines, the command line,
    /// DevTools' Request URL).
    pub(crate) url: Option<String>,
    /// `https` or `http` when the text shows which (TLS lines, the port, `:scheme`).
    pub(crate) scheme: Option<&'static str>,
    pub(crate) version: Option<String>,
    pub(crate) fields: Vec<Field>,
}

impl Request {
    pub(crate) fn field(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|field| field.name.eq_ignore_ascii_case(name)).map(|field| field.value.as_str())
    }
}

/// A response: its status line (or `:status`), fields and body.
#[derive(Debug)]
pub(crate) struct Response {
    pub(crate) version: Option<String>,
    pub(crate) code: u16,
    pub(crate) reason: Option<String>,
    pub(crate) fields: Vec<Field>,
    /// The first `BODY_KEPT` bytes of the body.
    pub(crate) body: String,
    /// The body's whole length in bytes, 0 when there was none or only blank lines.
    pub(crate) body_length: usize,
    /// The request it answers, an index into `Transcript::requests`.
    pub(crate) request: Option<usize>,
    /// False where the text gives only the status (wget without `-S`): no conclusion may be drawn
    /// from a field being absent.
    pub(crate) fields_shown: bool,
}

/// Everything read from the text.
#[derive(Debug)]
pub(crate) struct Transcript {
    pub(crate) format: Format,
    pub(crate) requests: Vec<Request>,
    pub(crate) responses: Vec<Response>,
    /// curl said it stopped following redirects: `Maximum (50) redirects followed`.
    pub(crate) redirect_limit_hit: bool,
}

/// Why nothing could be read, for `NotAResponse`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    Empty,
    /// Only a request: its method and target.
    RequestOnly(String),
    /// Header lines, but no status.
    NoStatusLine,
    /// A line that starts like a status line but is not one.
    BadStatusLine(String),
    Unrecognised,
}

fn is_token_character(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

fn is_token(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(is_token_character)
}

fn capped(value: &str) -> String {
    match value.char_indices().nth(MAX_VALUE) {
        Some((cut, _)) => format!("{}\u{2026}", &value[..cut]),
        None => value.to_string(),
    }
}

/// `HTTP/1.1`, `HTTP/2`, `HTTP/2.0`, `HTTP/3`, any case.
fn version(text: &str) -> Option<String> {
    let number = text.get(..5).filter(|prefix| prefix.eq_ignore_ascii_case("HTTP/")).map(|_| &text[5..])?;
    let bytes = number.as_bytes();
    let valid = match bytes {
        [major] => major.is_ascii_digit(),
        [major, b'.', minor] => major.is_ascii_digit() && minor.is_ascii_digit(),
        _ => false,
    };
    valid.then(|| format!("HTTP/{number}"))
}

/// A three-digit status code from 100 to 999 (codes above 599 are read, then flagged).
fn status_code(text: &str) -> Option<u16> {
    (text.len() == 3 && text.bytes().all(|byte| byte.is_ascii_digit())).then(|| text.parse().ok()).flatten().filter(|code| *code >= 100)
}

/// A status line: version, code, optional reason phrase.
pub(crate) fn status_line(line: &str) -> Option<(String, u16, Option<String>)> {
    let line = line.trim();
    let (version_text, rest) = line.split_once([' ', '\t'])?;
    let version = version(version_text)?;
    let rest = rest.trim_start();
    let (code_text, reason) = rest.split_once([' ', '\t']).unwrap_or((rest, ""));
    let code = status_code(code_text)?;
    let reason = reason.trim();
    Some((version, code, (!reason.is_empty()).then(|| capped(reason))))
}

/// A line that starts like a status line, for saying what is wrong with it.
fn almost_status_line(line: &str) -> bool {
    let line = line.trim();
    line.get(..5).is_some_and(|prefix| prefix.eq_ignore_ascii_case("HTTP/")) && status_line(line).is_none()
}

/// A request line: method, target, version.
fn request_line(line: &str) -> Option<(String, String, String)> {
    let mut words = line.split_whitespace();
    let (method, target, version_text) = (words.next()?, words.next()?, words.next()?);
    if words.next().is_some() || !method.bytes().all(|byte| byte.is_ascii_uppercase() || byte == b'-' || byte == b'_') || method.len() > 20 {
        return None;
    }
    Some((method.to_string(), capped(target), version(version_text)?))
}

/// `name: value`, the name a token (or a pseudo-header name such as `:status`).
pub(crate) fn field_line(line: &str) -> Option<(&str, &str)> {
    let (name, value) = if let Some(pseudo) = line.strip_prefix(':') {
        let (name, value) = pseudo.split_once(':')?;
        (&line[..name.len() + 1], value)
    } else {
        line.split_once(':')?
    };
    let bare = name.strip_prefix(':').unwrap_or(name);
    is_token(bare).then(|| (name, value.trim_matches([' ', '\t'])))
}

/// `:status: 404` (or `:status 404`, as some tools print it).
fn pseudo_status(line: &str) -> Option<u16> {
    let rest = line.trim().strip_prefix(":status")?;
    status_code(rest.trim_start_matches(':').trim())
}

/// Shell prompts before a pasted command: `$ `, `% `, `> `, `❯ `, `user@host:~$ `, `PS C:\> `.
fn without_prompt(line: &str) -> &str {
    let line = line.trim_start();
    for marker in ["$ ", "% ", "> ", "\u{276f} ", "\u{279c} ", "# "] {
        if let Some(position) = line.find(marker).filter(|&position| position < 80) {
            let before = &line[..position];
            if !before.contains(' ') || before.starts_with("PS ") {
                return line[position + marker.len()..].trim_start();
            }
        }
    }
    line
}

/// Splits a command line into words, honouring single and double quotes (no other shell
/// syntax: enough for the commands people paste).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut in_word = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(open), c) if c == open => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, '\\') => in_word = true,
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// A `curl`, `http`/`https` (HTTPie) or `xh` command line: the request it sent.
fn command(line: &str) -> Option<Request> {
    let words = shell_words(without_prompt(line));
    let program = words.first()?.rsplit('/').next()?.to_string();
    let mut request = Request::default();
    match program.as_str() {
        "curl" | "curl.exe" => {
            let mut data = false;
            let mut arguments = words.iter().skip(1);
            while let Some(word) = arguments.next() {
                match word.as_str() {
                    "-X" | "--request" => request.method = arguments.next().cloned(),
                    "-I" | "--head" => request.method = Some("HEAD".into()),
                    "-H" | "--header" => {
                        if let Some((name, value)) = arguments.next().and_then(|header| field_line(header)) {
                            request.fields.push(Field { name: name.to_string(), value: capped(value) });
                        }
                    }
                    "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-urlencode" | "--json" | "-F" | "--form" => {
                        data = true;
                        arguments.next();
                    }
                    "-o" | "--output" | "-u" | "--user" | "-A" | "--user-agent" | "-e" | "--referer" | "-b" | "--cookie" | "-x" | "--proxy" | "-m"
                    | "--max-time" | "--max-redirs" | "-w" | "--write-out" | "--connect-timeout" | "--resolve" | "--cacert" | "-E" | "--cert" | "-T"
                    | "--upload-file" => {
                        arguments.next();
                    }
                    _ if word.starts_with("-X") && word.len() > 2 => request.method = Some(word[2..].to_string()),
                    // Bundled short options with -I (HEAD): -sSI, -Iv.
                    _ if word.starts_with('-')
                        && !word.starts_with("--")
                        && word.len() > 2
                        && word[1..].bytes().all(|byte| byte.is_ascii_alphabetic())
                        && word.contains('I') =>
                    {
                        request.method = Some("HEAD".into());
                    }
                    _ if request.url.is_none() && (word.starts_with("http://") || word.starts_with("https://")) => request.url = Some(capped(word)),
                    _ => {}
                }
            }
            if request.method.is_none() {
                request.method = Some(if data { "POST" } else { "GET" }.into());
            }
        }
        "http" | "https" | "xh" | "xhs" => {
            let default_scheme = if program.ends_with('s') { "https" } else { "http" };
            let mut data = false;
            let mut arguments = words.iter().skip(1);
            while let Some(word) = arguments.next() {
                if word.starts_with('-') {
                    // Options that take a value, which is not the URL (and `--auth`'s is a secret).
                    const WITH_VALUE: &[&str] = &[
                        "-a",
                        "--auth",
                        "-A",
                        "--auth-type",
                        "-o",
                        "--output",
                        "--session",
                        "--session-read-only",
                        "-p",
                        "--print",
                        "--pretty",
                        "-s",
                        "--style",
                        "--verify",
                        "--cert",
                        "--cert-key",
                        "--proxy",
                        "--timeout",
                        "--max-redirects",
                        "--default-scheme",
                    ];
                    if WITH_VALUE.contains(&word.as_str()) {
                        arguments.next();
                    }
                    continue;
                }
                if request.url.is_none() {
                    if request.method.is_none() && word.bytes().all(|byte| byte.is_ascii_uppercase()) {
                        request.method = Some(word.clone());
                    } else {
                        request.url = Some(httpie_url(word, default_scheme));
                    }
                } else if let Some((name, value)) = field_line(word).filter(|(_, value)| !value.starts_with('=')) {
                    request.fields.push(Field { name: name.to_string(), value: capped(value) });
                } else if word.contains('=') {
                    data = true;
                }
            }
            if request.method.is_none() {
                request.method = Some(if data { "POST" } else { "GET" }.into());
            }
        }
        _ => return None,
    }
    request.url.is_some().then_some(request)
}

/// HTTPie's URL shorthands: no scheme (the program's default), `:3000/path` for localhost.
fn httpie_url(word: &str, default_scheme: &str) -> String {
    if word.starts_with("http://") || word.starts_with("https://") {
        capped(word)
    } else if let Some(local) = word.strip_prefix(':') {
        let local = if local.starts_with('/') || local.is_empty() { local.to_string() } else { format!(":{local}") };
        format!("{default_scheme}://localhost{local}")
    } else {
        capped(&format!("{default_scheme}://{word}"))
    }
}

/// A line as the reader sees it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Channel<'a> {
    Response(&'a str),
    Request(&'a str),
    Info(&'a str),
    Plain(&'a str),
    /// A request to this URL starts (wget's `--2024-05-14 09:30:00--  https://…`).
    Fetch(&'a str),
    /// A status without its fields, and its reason phrase (wget without `-S`).
    StatusOnly(u16, &'a str),
    /// The Location a redirect gave, as wget notes it when it follows.
    Following(&'a str),
}

/// curl -v marks lines with `< `, `> ` and `* `; everything else is plain.
fn channel(line: &str, verbose: bool) -> Channel<'_> {
    if !verbose {
        return Channel::Plain(line);
    }
    let Some(marker) = line.chars().next().filter(|marker| matches!(marker, '<' | '>' | '*')) else { return Channel::Plain(line) };
    let rest = &line[1..];
    if !rest.is_empty() && !rest.starts_with(' ') {
        return Channel::Plain(line);
    }
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    match marker {
        '<' => Channel::Response(rest),
        '>' => Channel::Request(rest),
        _ => Channel::Info(rest),
    }
}

/// The URL of wget's line announcing each request: `--2024-05-14 09:30:00--  https://…`.
fn wget_fetch_url(line: &str) -> Option<&str> {
    let (time, url) = line.strip_prefix("--")?.split_once("--  ")?;
    let is_time = !time.is_empty() && time.bytes().all(|byte| byte.is_ascii_digit() || matches!(byte, b'-' | b':' | b' '));
    (is_time && (url.starts_with("http://") || url.starts_with("https://"))).then(|| url.trim())
}

/// The status wget prints without `-S`: `HTTP request sent, awaiting response... 404 Not Found`.
fn wget_status(line: &str) -> Option<(u16, &str)> {
    let (_, after) = line.split_once("awaiting response... ")?;
    let after = after.trim();
    let (code, reason) = after.split_once(char::is_whitespace).unwrap_or((after, ""));
    Some((status_code(code)?, reason.trim()))
}

/// The redirect wget follows, as it notes it: `Location: https://… [following]`.
fn wget_following(line: &str) -> Option<&str> {
    line.strip_prefix("Location: ")?.strip_suffix(" [following]")
}

/// wget's output: with `-S`, the server's status lines indented by two spaces below wget's own
/// lines (which say where each request goes, or that it awaits the response); without, the status
/// at the end of its "awaiting response..." line.
fn is_wget(lines: &[&str]) -> bool {
    let indented_status = lines.iter().any(|line| line.strip_prefix("  ").is_some_and(|rest| !rest.starts_with(' ') && status_line(rest).is_some()));
    let plain_status = lines.iter().any(|line| wget_status(line).is_some());
    plain_status || (indented_status && lines.iter().any(|line| wget_fetch_url(line).is_some() || line.contains("awaiting response...")))
}

/// wget's lines: the server's are indented by two spaces; the rest are wget's own, which say
/// where each request goes and, without `-S`, the status and the redirect followed.
fn wget_channel(line: &str) -> Channel<'_> {
    if let Some(url) = wget_fetch_url(line) {
        Channel::Fetch(url)
    } else if let Some((code, reason)) = wget_status(line) {
        Channel::StatusOnly(code, reason)
    } else if let Some(location) = wget_following(line) {
        Channel::Following(location)
    } else if let Some(server) = line.strip_prefix("  ") {
        Channel::Response(server)
    } else {
        Channel::Info(line)
    }
}

/// The text's lines without line ends, a common indentation or Markdown code fences. Lone CRs
/// (old Mac line ends) count as line ends when the text has no LF at all.
fn lines(text: &str) -> Vec<&str> {
    let text = text.trim_start_matches('\u{feff}');
    let raw: Vec<&str> =
        if text.contains('\n') { text.split('\n').map(|line| line.strip_suffix('\r').unwrap_or(line)).collect() } else { text.split('\r').collect() };
    let raw: Vec<&str> = raw.into_iter().filter(|line| !line.trim_start().starts_with("```")).collect();
    let indent = raw.iter().filter(|line| !line.trim().is_empty()).map(|line| line.len() - line.trim_start_matches([' ', '\t']).len()).min().unwrap_or(0);
    raw.into_iter().map(|line| if line.trim().is_empty() { "" } else { &line[indent..] }).collect()
}

/// curl -v's information lines that tell where the next request goes.
fn info_url(info: &str) -> Option<&str> {
    let after = info
        .split_once("OPENED stream for ")
        .map(|(_, after)| after)
        .or_else(|| info.split_once("Issue another request to this URL: ").map(|(_, after)| after))?;
    let url = after.trim().trim_matches(['\'', '"']);
    (url.starts_with("http://") || url.starts_with("https://")).then_some(url)
}

/// curl's `Maximum (50) redirects followed`, wget's `20 redirections exceeded.`
fn redirect_limit(line: &str) -> bool {
    (line.contains("Maximum (") && line.contains("redirects followed")) || line.contains("redirections exceeded")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    RequestFields,
    RequestBody,
    ResponseFields,
    ResponseBody,
}

struct Reader {
    requests: Vec<Request>,
    responses: Vec<Response>,
    state: State,
    /// The request that the next response answers, until a final response answers it.
    open_request: Option<usize>,
    /// Where curl -v said the next request goes.
    pending_url: Option<String>,
    /// What curl -v's connection lines say about the scheme.
    scheme: Option<&'static str>,
    redirect_limit_hit: bool,
    bad_status_line: Option<String>,
    saw_fields: bool,
    full: bool,
}

impl Reader {
    fn new() -> Reader {
        Reader {
            requests: Vec::new(),
            responses: Vec::new(),
            state: State::Start,
            open_request: None,
            pending_url: None,
            scheme: None,
            redirect_limit_hit: false,
            bad_status_line: None,
            saw_fields: false,
            full: false,
        }
    }

    fn start_request(&mut self, mut request: Request) {
        request.url = request.url.or_else(|| self.pending_url.take());
        request.scheme = request.scheme.or(self.scheme);
        self.requests.push(request);
        self.open_request = Some(self.requests.len() - 1);
        self.state = State::RequestFields;
    }

    fn start_response(&mut self, version: Option<String>, code: u16, reason: Option<String>) {
        if self.responses.len() >= MAX_RESPONSES {
            self.full = true;
            self.state = State::ResponseBody;
            return;
        }
        let request = self.open_request;
        // Interim responses (1xx) leave the request open for the final one.
        if !(100..200).contains(&code) || code == 101 {
            self.open_request = None;
        }
        self.responses.push(Response { version, code, reason, fields: Vec::new(), body: String::new(), body_length: 0, request, fields_shown: true });
        self.state = State::ResponseFields;
    }

    fn push_field(fields: &mut Vec<Field>, name: &str, value: &str) {
        if fields.len() < MAX_FIELDS {
            fields.push(Field { name: name.to_string(), value: capped(value) });
        }
    }

    /// A continuation line (obsolete line folding) joins the previous value.
    fn fold(fields: &mut [Field], line: &str) -> bool {
        match fields.last_mut() {
            Some(last) if line.starts_with([' ', '\t']) && !line.trim().is_empty() => {
                if last.value.len() < MAX_VALUE {
                    last.value.push(' ');
                    last.value.push_str(line.trim());
                }
                true
            }
            _ => false,
        }
    }

    fn request_field(&mut self, line: &str) -> bool {
        let Some(request) = self.open_request.and_then(|index| self.requests.get_mut(index)) else { return false };
        if Reader::fold(&mut request.fields, line) {
            return true;
        }
        let Some((name, value)) = field_line(line) else { return false };
        match name {
            ":method" => request.method = Some(value.to_string()),
            ":path" => request.target = Some(capped(value)),
            ":scheme" => request.scheme = if value.eq_ignore_ascii_case("https") { Some("https") } else { Some("http") },
            ":authority" => Reader::push_field(&mut request.fields, "host", value),
            _ if name.starts_with(':') => {}
            _ => Reader::push_field(&mut request.fields, name, value),
        }
        true
    }

    fn response_field(&mut self, line: &str) -> bool {
        let Some(response) = self.responses.last_mut() else { return false };
        if Reader::fold(&mut response.fields, line) {
            return true;
        }
        match field_line(line) {
            Some((name, _)) if name.starts_with(':') => true,
            Some((name, value)) => {
                Reader::push_field(&mut response.fields, name, value);
                self.saw_fields = true;
                true
            }
            None => false,
        }
    }

    fn body_line(&mut self, line: &str) {
        if self.full {
            return;
        }
        if let Some(response) = self.responses.last_mut() {
            if response.body.len() < BODY_KEPT {
                response.body.push_str(line);
                response.body.push('\n');
            }
            response.body_length += line.len() + 1;
        }
    }

    /// Request pseudo-headers (`:method`, `:path`, `:authority`, `:scheme`) open a request as
    /// DevTools copies HTTP/2 request headers.
    fn pseudo_request(&mut self, line: &str) -> bool {
        let pseudo = [":method", ":path", ":authority", ":scheme"].iter().any(|name| line.trim_start().starts_with(name));
        if pseudo {
            self.start_request(Request::default());
            self.request_field(line.trim_start());
        }
        pseudo
    }

    fn line(&mut self, channel: Channel, next: Option<&str>) {
        match channel {
            Channel::Info(info) => {
                if let Some(url) = info_url(info) {
                    self.pending_url = Some(capped(url));
                }
                if let Some(port) = info.split_once("Connected to ").and_then(|(_, after)| after.split_once(" port ")).map(|(_, port)| port.trim_start()) {
                    self.scheme = match port.split(|c: char| !c.is_ascii_digit()).next() {
                        Some("443") => Some("https"),
                        Some("80") => Some("http"),
                        _ => None,
                    };
                }
                if ["SSL connection using", "TLS handshake", "ALPN", "SSL certificate verify"].iter().any(|marker| info.contains(marker)) {
                    self.scheme = Some("https");
                }
                self.redirect_limit_hit |= redirect_limit(info);
            }
            Channel::Request(line) => {
                if let Some((method, target, version)) = request_line(line) {
                    self.start_request(Request { method: Some(method), target: Some(target), version: Some(version), ..Request::default() });
                } else if self.state == State::RequestFields {
                    if line.trim().is_empty() {
                        self.state = State::RequestBody;
                    } else {
                        self.request_field(line);
                    }
                }
            }
            Channel::Response(line) => {
                if let Some((version, code, reason)) = status_line(line) {
                    self.start_response(Some(version), code, reason);
                } else if self.state == State::ResponseFields {
                    if line.trim().is_empty() {
                        self.state = State::ResponseBody;
                    } else {
                        self.response_field(line);
                    }
                } else if almost_status_line(line) {
                    self.bad_status_line.get_or_insert_with(|| capped(line.trim()));
                }
            }
            Channel::Plain(line) => self.plain(line, next),
            Channel::Fetch(url) => self.start_request(Request { url: Some(capped(url)), ..Request::default() }),
            Channel::StatusOnly(code, reason) => {
                let started = self.responses.len();
                let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
                self.start_response(None, code, (!reason.is_empty()).then(|| capped(&reason)));
                if let Some(response) = self.responses.get_mut(started) {
                    response.fields_shown = false;
                }
            }
            Channel::Following(location) => {
                // Without -S, wget's note is the only trace of the Location field; with it, the
                // field itself came first.
                if let Some(response) =
                    self.responses.last_mut().filter(|response| !response.fields.iter().any(|field| field.name.eq_ignore_ascii_case("location")))
                {
                    Reader::push_field(&mut response.fields, "Location", location);
                }
            }
        }
    }

    fn plain(&mut self, line: &str, next: Option<&str>) {
        self.redirect_limit_hit |= redirect_limit(line);
        if let Some((version, code, reason)) = status_line(line) {
            self.start_response(Some(version), code, reason);
            return;
        }
        if self.responses.is_empty() && almost_status_line(line) {
            self.bad_status_line.get_or_insert_with(|| capped(line.trim()));
        }
        if self.state != State::ResponseFields && self.state != State::RequestFields {
            if let Some((method, target, version)) = request_line(line) {
                self.start_request(Request { method: Some(method), target: Some(target), version: Some(version), ..Request::default() });
                return;
            }
        }
        let blank = line.trim().is_empty();
        match self.state {
            State::ResponseFields => {
                if blank {
                    self.state = State::ResponseBody;
                } else if !self.response_field(line) {
                    // A line that is not a field where fields should be: the blank line before
                    // the body was lost in the copy.
                    self.state = State::ResponseBody;
                    self.body_line(line);
                }
            }
            State::RequestFields => {
                if let Some(code) = pseudo_status(line) {
                    self.start_response(None, code, None);
                } else if blank || !self.request_field(line) {
                    self.state = State::RequestBody;
                }
            }
            State::ResponseBody | State::RequestBody | State::Start => {
                if let Some(code) = pseudo_status(line) {
                    self.start_response(None, code, None);
                } else if self.state == State::ResponseBody {
                    self.body_line(line);
                } else if !self.pseudo_request(line) && self.state == State::Start {
                    self.start_line(line, next);
                }
            }
        }
    }

    /// Before any message: a command line, Chrome's old `status: 200` first field, or text to
    /// skip (a prompt, a note).
    fn start_line(&mut self, line: &str, next: Option<&str>) {
        if self.requests.is_empty() {
            if let Some(request) = command(line) {
                self.start_request(request);
                self.state = State::Start;
                return;
            }
        }
        if let Some((name, value)) = field_line(line.trim()) {
            self.saw_fields = true;
            let next_is_field = next.is_some_and(|next| field_line(next.trim()).is_some());
            if name.eq_ignore_ascii_case("status") && next_is_field {
                if let Some(code) = value.split_whitespace().next().and_then(status_code) {
                    self.start_response(None, code, None);
                }
            }
        }
    }

    fn finish(mut self, format: Format) -> Result<Transcript, Failure> {
        if self.responses.is_empty() {
            if let Some(line) = self.bad_status_line {
                return Err(Failure::BadStatusLine(line));
            }
            if let Some(request) = self.requests.iter().find(|request| request.target.is_some()) {
                let method = request.method.as_deref().unwrap_or("GET");
                return Err(Failure::RequestOnly(format!("{method} {}", request.target.as_deref().unwrap_or_default())));
            }
            return Err(if self.saw_fields { Failure::NoStatusLine } else { Failure::Unrecognised });
        }
        // DevTools shows response headers above request headers: a request that only comes
        // after the responses, answered by none of them, is theirs.
        if self.responses.iter().all(|response| response.request.is_none()) {
            if let Some(last) = self.requests.len().checked_sub(1) {
                self.responses[0].request = Some(last);
            }
        }
        for response in &mut self.responses {
            if response.body.trim().is_empty() {
                response.body_length = 0;
                response.body.clear();
            }
        }
        Ok(Transcript { format, requests: self.requests, responses: self.responses, redirect_limit_hit: self.redirect_limit_hit })
    }
}

/// The General section's labels, which have spaces in them.
const PANE_LABELS: [&str; 5] = ["Request URL", "Request Method", "Status Code", "Remote Address", "Referrer Policy"];

/// A line of the Headers pane: a General label or a field, with its value (empty when the value
/// is on the next line).
fn pane_pair(line: &str) -> Option<(&str, &str)> {
    for label in PANE_LABELS {
        if let Some(value) = line.strip_prefix(label).and_then(|rest| rest.strip_prefix(':')) {
            return Some((label, value.trim()));
        }
    }
    field_line(line)
}

fn is_pane_title(line: &str) -> Option<State> {
    let line = line.trim();
    let title = line.split(" (").next().unwrap_or(line);
    match title.to_ascii_lowercase().as_str() {
        "general" => Some(State::Start),
        "response headers" => Some(State::ResponseFields),
        "request headers" => Some(State::RequestFields),
        _ => None,
    }
}

/// Chrome's Headers pane, copied whole: a General section (`Request URL`, `Request Method`,
/// `Status Code`), then Response Headers and Request Headers, each name followed by its value
/// on the same line or, in recent versions, on the next one.
fn is_pane(lines: &[&str]) -> bool {
    lines
        .iter()
        .take(400)
        .any(|line| is_pane_title(line).is_some() || line.trim_start().starts_with("Status Code:") || line.trim_start().starts_with("Request URL:"))
}

fn read_pane(lines: &[&str]) -> Result<Transcript, Failure> {
    let mut section = State::Start;
    let mut request = Request::default();
    let mut status: Option<(u16, Option<String>)> = None;
    let mut fields = Vec::new();
    let mut saw_fields = false;
    let mut position = 0;
    while position < lines.len() {
        let line = lines[position].trim();
        position += 1;
        if let Some(title) = is_pane_title(line) {
            section = title;
            continue;
        }
        let Some((name, value)) = pane_pair(line) else { continue };
        let value = if value.is_empty() {
            // The value on the next line, unless that line is a name of its own.
            match lines.get(position).map(|next| next.trim()) {
                Some(next) if !next.is_empty() && is_pane_title(next).is_none() && !(next.ends_with(':') && pane_pair(next).is_some()) => {
                    position += 1;
                    next
                }
                _ => "",
            }
        } else {
            value
        };
        match (section, name.to_ascii_lowercase().as_str()) {
            (State::Start, "request url") => request.url = Some(capped(value)),
            (State::Start, "request method") => request.method = Some(value.to_string()),
            (State::Start | State::ResponseFields, "status code" | ":status") => {
                let mut words = value.split_whitespace();
                if let Some(code) = words.next().and_then(status_code) {
                    let reason: Vec<&str> = words.take_while(|word| !word.starts_with('(')).collect();
                    status.get_or_insert((code, (!reason.is_empty()).then(|| reason.join(" "))));
                }
            }
            (State::Start, _) => {}
            (State::ResponseFields, _) => {
                saw_fields = true;
                Reader::push_field(&mut fields, name, value);
            }
            (_, ":method") => request.method = Some(value.to_string()),
            (_, ":path") => request.target = Some(capped(value)),
            (_, ":scheme") => request.scheme = if value.eq_ignore_ascii_case("https") { Some("https") } else { Some("http") },
            (_, ":authority") => Reader::push_field(&mut request.fields, "host", value),
            _ if !name.starts_with(':') => Reader::push_field(&mut request.fields, name, value),
            _ => {}
        }
    }
    let Some((code, reason)) = status else {
        return Err(if saw_fields { Failure::NoStatusLine } else { Failure::Unrecognised });
    };
    let response = Response { version: None, code, reason, fields, body: String::new(), body_length: 0, request: Some(0), fields_shown: true };
    Ok(Transcript { format: Format::DevToolsPane, requests: vec![request], responses: vec![response], redirect_limit_hit: false })
}

/// Reads the text into messages, or says why it cannot.
pub(crate) fn read(text: &str) -> Result<Transcript, Failure> {
    if text.trim().is_empty() {
        return Err(Failure::Empty);
    }
    let lines = lines(text);
    if is_pane(&lines) {
        return read_pane(&lines);
    }
    let verbose = lines.iter().any(|line| line.strip_prefix("< ").is_some_and(|rest| status_line(rest).is_some()));
    let wget = !verbose && is_wget(&lines);
    let mut reader = Reader::new();
    for (position, line) in lines.iter().enumerate() {
        let channel = if wget { wget_channel(line) } else { channel(line, verbose) };
        // The -i copy of what curl -v already showed with `<`: skip it, it is not body.
        if verbose
            && matches!(channel, Channel::Plain(plain) if status_line(plain).is_some() || field_line(plain).is_some() || plain.starts_with("{ [") || plain.starts_with("} ["))
        {
            reader.redirect_limit_hit |= redirect_limit(line);
            continue;
        }
        reader.line(channel, lines.get(position + 1).copied());
    }
    let pseudo = !verbose && reader.responses.first().is_some_and(|response| response.version.is_none());
    let format = if verbose {
        Format::CurlVerbose
    } else if wget {
        Format::Wget
    } else if pseudo {
        Format::PseudoHeaders
    } else {
        Format::StatusLines
    };
    reader.finish(format)
}

/// A status line (or `:status`, or DevTools' `Status Code`) followed by a header line, in the
/// first lines of the text: cheap enough to run on every keystroke of a search box.
pub(crate) fn looks_like_response(text: &str) -> bool {
    // curl -v prints some 40 lines of connection and TLS details before the status line.
    const LOOKED_AT: usize = 200;
    let mut previous_was_status = false;
    let mut previous_was_label = false;
    for line in text.split('\n').take(LOOKED_AT) {
        let line = line.strip_suffix('\r').unwrap_or(line).trim();
        let line = line.strip_prefix("< ").unwrap_or(line);
        if line.len() > MAX_VALUE {
            (previous_was_status, previous_was_label) = (false, false);
            continue;
        }
        if previous_was_status && pane_pair(line).is_some_and(|(name, _)| !name.starts_with(':')) {
            return true;
        }
        if wget_status(line).is_some() {
            return true;
        }
        let code_first = |text: &str| text.split_whitespace().next().and_then(status_code).is_some();
        // Chrome writes "Status Code:" and its value on separate lines in recent versions.
        previous_was_status = status_line(line).is_some()
            || pseudo_status(line).is_some()
            || line.strip_prefix("Status Code:").is_some_and(code_first)
            || (previous_was_label && code_first(line));
        previous_was_label = line == "Status Code:";
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_with_and_without_reasons() {
        assert_eq!(status_line("HTTP/1.1 404 Not Found"), Some(("HTTP/1.1".into(), 404, Some("Not Found".into()))));
        assert_eq!(status_line("HTTP/2 200 "), Some(("HTTP/2".into(), 200, None)));
        assert_eq!(status_line("http/3 503"), Some(("HTTP/3".into(), 503, None)));
        assert_eq!(status_line("HTTP/1.0 200 Connection established"), Some(("HTTP/1.0".into(), 200, Some("Connection established".into()))));
        for line in ["HTTP/1.1 4040 Nope", "HTTP/1.1 abc", "HTTP/1.1", "HTTPS/1.1 200 OK", "HTTP/11 200", "HTTP/1.1 099 Low", "GET / HTTP/1.1"] {
            assert_eq!(status_line(line), None, "{line:?}");
        }
    }

    #[test]
    fn field_lines() {
        assert_eq!(field_line("Content-Type: text/html; charset=utf-8"), Some(("Content-Type", "text/html; charset=utf-8")));
        assert_eq!(field_line("x-empty:"), Some(("x-empty", "")));
        assert_eq!(field_line(":status: 404"), Some((":status", "404")));
        assert_eq!(field_line("Location: https://example.com:8443/a"), Some(("Location", "https://example.com:8443/a")));
        for line in ["no colon here", "bad name: x", "\"json\": 1", ": empty name", "<html>"] {
            assert_eq!(field_line(line), None, "{line:?}");
        }
    }

    #[test]
    fn command_lines() {
        let curl = command("$ curl -sSiL -X POST -H 'Origin: https://app.example.com' https://api.example.com/v1/items").unwrap();
        assert_eq!(curl.method.as_deref(), Some("POST"));
        assert_eq!(curl.url.as_deref(), Some("https://api.example.com/v1/items"));
        assert_eq!(curl.field("origin"), Some("https://app.example.com"));
        assert_eq!(command("curl -I http://example.com").unwrap().method.as_deref(), Some("HEAD"));
        assert_eq!(command("me@box:~$ curl -d 'a=1' https://example.com/form").unwrap().method.as_deref(), Some("POST"));
        let httpie = command("$ https -v PUT pie.dev/put Origin:https://a.example name=x").unwrap();
        assert_eq!((httpie.method.as_deref(), httpie.url.as_deref()), (Some("PUT"), Some("https://pie.dev/put")));
        assert_eq!(httpie.field("Origin"), Some("https://a.example"));
        assert_eq!(command("http :3000/health").unwrap().url.as_deref(), Some("http://localhost:3000/health"));
        assert_eq!(command("http -a alice:s3cret --print=HBhb GET example.com/me").unwrap().url.as_deref(), Some("http://example.com/me"));
        assert!(command("curl --help").is_none());
        assert!(command("HTTP/1.1 200 OK").is_none());
    }

    #[test]
    fn lines_are_dedented_and_fences_dropped() {
        assert_eq!(lines("```\n    HTTP/1.1 200 OK\r\n      folded\r\n\r\n    Server: x\n```"), vec!["HTTP/1.1 200 OK", "  folded", "", "Server: x"]);
        assert_eq!(lines("HTTP/1.1 200 OK\rServer: x"), vec!["HTTP/1.1 200 OK", "Server: x"]);
    }

    #[test]
    fn quick_look() {
        assert!(looks_like_response("HTTP/1.1 404 Not Found\nContent-Type: text/plain\n"));
        assert!(looks_like_response("< HTTP/2 429 \r\n< retry-after: 30\r\n"));
        assert!(looks_like_response(":status: 404\ncontent-type: text/html"));
        assert!(looks_like_response("Status Code: 404 Not Found\nRemote Address: 1.2.3.4:443"));
        assert!(looks_like_response("Request Method:\nGET\nStatus Code:\n404 Not Found\nRemote Address:\n1.2.3.4:443"));
        assert!(!looks_like_response("HTTP/1.1 404 Not Found"));
        assert!(!looks_like_response("404 not found"));
        assert!(!looks_like_response("content-type: text/html\nserver: nginx"));
        assert!(!looks_like_response("HTTP/1.1 404 Not Found\n\nContent-Type: text/plain"));
        assert!(looks_like_response("HTTP request sent, awaiting response... 404 Not Found\n"), "wget's own status line");
        assert!(!looks_like_response("HTTP request sent, awaiting response... \n"), "wget -S: the status comes on the next lines");
    }
}
