//! Pasted text into messages: the responses in the order they came, each with the request it
//! answered when the text shows one. Reads `curl -i`/`-I`/`-iL` (status lines, blocks one after
//! another), `curl -v` (`<` response lines, `>` request lines, `*` information), HTTPie with or
//! without `-v`, raw messages with CRLF or LF, DevTools copies (the `:status` pseudo-header of
//! HTTP/2 and 3, lowercase names, and Chrome's Headers pane with its General section), wget with
//! or without `-S`, the `curl` or `http` command line when it was pasted too, and HAR files.

mod channel;
mod command;
mod devtools_pane;
mod har;
mod header_block;
mod lines;
mod quick_look;
mod reader;
mod wget;

use super::Format;
use channel::{channel, redirect_limit, Channel};
use devtools_pane::{is_pane, read_pane};
use har::{is_har, read_har};
use lines::{field_line, lines, status_line};
pub(crate) use quick_look::looks_like_response;
use reader::Reader;
use wget::{is_wget, wget_channel};

/// Responses kept: far more than a redirect chain (curl follows 50 at most) and than most pages'
/// HAR files, and still a bound on the work a huge paste makes. The responses past it are
/// counted, so the cut is reported rather than silent.
pub(crate) const MAX_RESPONSES: usize = 1_000;
/// Fields kept per message: far beyond what any client accepts (they refuse header sections of a
/// few dozen kilobytes), and still a bound on what a huge paste can make the reader hold. The
/// fields past it are counted, so the cut is reported rather than silent.
pub(crate) const MAX_FIELDS: usize = 10_000;
/// Lines that are not fields kept per message, for their flags; the rest are only counted.
pub(crate) const MAX_ODD_LINES: usize = 10;
/// Characters kept per field value.
const MAX_VALUE: usize = 8 * 1024;
/// Body bytes kept per response (for `application/problem+json`); the rest is only counted.
pub(crate) const BODY_KEPT: usize = 64 * 1024;

/// A header field as received. Repeated names stay separate, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Field {
    pub(crate) name: String,
    pub(crate) value: String,
}

impl Field {
    /// Whether the field is named `name`, in any case. The lengths are compared first: the
    /// readers and checks ask each response for fields by name hundreds of times, and most
    /// names asked for are not there.
    #[inline]
    pub(crate) fn is(&self, name: &str) -> bool {
        self.name.len() == name.len() && self.name.eq_ignore_ascii_case(name)
    }

    /// Whether the field's name starts with `prefix`, in any case.
    pub(crate) fn name_starts_with(&self, prefix: &str) -> bool {
        self.name.as_bytes().get(..prefix.len()).is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
    }
}

/// A line in a header block that is not a well-formed field, kept for its flag.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum OddLine {
    /// `Name : value`: whitespace before the colon, which HTTP/1.1 forbids. Read as the field.
    SpaceBeforeColon { name: String, value: String },
    /// A line without a colon, or whose name is not a token. `after` names the field before it.
    NotAField { line: String, after: Option<String> },
    /// A line starting with a space or tab (obsolete line folding): joined to `name`'s value.
    Folded { name: String },
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
    /// Fields past `MAX_FIELDS`, counted but not kept.
    pub(crate) fields_dropped: usize,
    /// The text shows the request's header section as it was sent (a request line and its
    /// fields, pseudo-headers, a HAR entry, DevTools' Request Headers), not only a command line
    /// whose client adds fields of its own: only then does a field's absence say anything.
    pub(crate) fields_shown: bool,
}

impl Request {
    /// The fields, when the whole header section is shown and holds any.
    pub(crate) fn shown_fields(&self) -> Option<&[Field]> {
        (self.fields_shown && !self.fields.is_empty()).then_some(self.fields.as_slice())
    }

    pub(crate) fn field(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|field| field.is(name)).map(|field| field.value.as_str())
    }
}

/// A response: its status line (or `:status`), fields and body.
#[derive(Debug)]
pub(crate) struct Response {
    pub(crate) version: Option<String>,
    pub(crate) code: u16,
    pub(crate) reason: Option<String>,
    pub(crate) fields: Vec<Field>,
    /// Fields past `MAX_FIELDS`, counted but not kept.
    pub(crate) fields_dropped: usize,
    /// The header block's lines that are not well-formed fields, up to `MAX_ODD_LINES`.
    pub(crate) odd_lines: Vec<OddLine>,
    /// Such lines past `MAX_ODD_LINES`, counted but not kept.
    pub(crate) odd_lines_dropped: usize,
    /// The first `BODY_KEPT` bytes of the body.
    pub(crate) body: String,
    /// The body's whole length in bytes as pasted, line ends included as they were (none after
    /// a last line without one), 0 when there was none or only blank lines.
    pub(crate) body_length: usize,
    /// The request it answers, an index into `Transcript::requests`.
    pub(crate) request: Option<usize>,
    /// False where the text gives only the status (wget without `-S`): no conclusion may be drawn
    /// from a field being absent.
    pub(crate) fields_shown: bool,
    /// When the request was sent, where the text records it (a HAR entry's `startedDateTime`):
    /// the time the server's Date can be held to. A paste's own time is unknown, as it may be old.
    pub(crate) started: Option<i64>,
}

/// Everything read from the text.
#[derive(Debug)]
pub(crate) struct Transcript {
    pub(crate) format: Format,
    pub(crate) requests: Vec<Request>,
    pub(crate) responses: Vec<Response>,
    /// curl said it stopped following redirects: `Maximum (50) redirects followed`.
    pub(crate) redirect_limit_hit: bool,
    /// Responses past `MAX_RESPONSES`, counted but not kept.
    pub(crate) responses_dropped: usize,
    /// The text broke off (or stopped being JSON) inside a HAR file: the entries before the break
    /// were read, and no more.
    pub(crate) cut_short: bool,
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
    /// A HAR file without one entry that got a response.
    EmptyHar,
    Unrecognised,
}

/// Reads the text into messages, or says why it cannot.
pub(crate) fn read(text: &str) -> Result<Transcript, Failure> {
    if text.trim().is_empty() {
        return Err(Failure::Empty);
    }
    if is_har(text) {
        if let Some(result) = read_har(text) {
            return result;
        }
    }
    let (lines, line_ends) = lines(text);
    if is_pane(&lines) {
        return read_pane(&lines);
    }
    let verbose = lines.iter().any(|line| line.strip_prefix("< ").is_some_and(|rest| status_line(rest).is_some()));
    let wget = !verbose && is_wget(text, &lines);
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
        reader.line(channel, &lines[position + 1..], line_ends.get(position).copied().unwrap_or(0));
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
