//! wget's output, with or without `-S`: its own lines (where each request goes, the status, the
//! redirect followed) and the server's, indented. Apart because wget frames a response in lines
//! of its own, which become the reader's channels here.

use super::channel::Channel;
use super::lines::{field_line, status_code, status_line};

/// The URL of wget's line announcing each request: `--2024-05-14 09:30:00--  https://…`.
fn wget_fetch_url(line: &str) -> Option<&str> {
    let (time, url) = line.strip_prefix("--")?.split_once("--  ")?;
    let is_time = !time.is_empty() && time.bytes().all(|byte| byte.is_ascii_digit() || matches!(byte, b'-' | b':' | b' '));
    (is_time && (url.starts_with("http://") || url.starts_with("https://"))).then(|| url.trim())
}

/// What wget prints before the status it received.
const AWAITING: &str = "awaiting response... ";

/// The status wget prints without `-S`: `HTTP request sent, awaiting response... 404 Not Found`.
pub(super) fn wget_status(line: &str) -> Option<(u16, &str)> {
    let (_, after) = line.split_once(AWAITING)?;
    let after = after.trim();
    let (code, reason) = after.split_once(char::is_whitespace).unwrap_or((after, ""));
    Some((status_code(code)?, reason.trim()))
}

/// The redirect wget follows, as it notes it: `Location: https://… [following]`.
fn wget_following(line: &str) -> Option<&str> {
    line.strip_prefix("Location: ")?.strip_suffix(" [following]")
}

/// wget's own lines around the server's, which a paste that starts or ends mid-way still shows:
/// the connection, the redirect followed, what it saves, and its error line
/// (`2024-05-14 09:30:00 ERROR 404: Not Found.`).
fn wget_note(line: &str) -> bool {
    const STARTS: [&str; 7] =
        ["Resolving ", "Connecting to ", "Reusing existing connection to ", "Length: ", "Saving to: ", "Remaining length: ", "HTTP request sent"];
    let error = line.split_once(" ERROR ").is_some_and(|(time, rest)| {
        time.bytes().all(|byte| byte.is_ascii_digit() || matches!(byte, b'-' | b':' | b' '))
            && rest.get(..3).and_then(status_code).is_some()
            && rest[3..].starts_with(':')
    });
    error || wget_following(line).is_some() || STARTS.iter().any(|start| line.starts_with(start))
}

/// A server line as wget -S shows it: indented by exactly two spaces.
fn indented(line: &str) -> Option<&str> {
    line.strip_prefix("  ").filter(|rest| !rest.starts_with(' '))
}

/// The server's status line as wget -S shows it: indented by two spaces, or at the start of a
/// copy that began on its first character (so lost its indentation) with the fields below it
/// still indented.
fn server_status(lines: &[&str]) -> bool {
    let first = lines.iter().position(|line| !line.trim().is_empty());
    let copied_from_status = first.is_some_and(|first| {
        status_line(lines[first]).is_some()
            && !lines[first].starts_with(' ')
            && lines.get(first + 1).and_then(|next| indented(next)).is_some_and(|next| field_line(next).is_some())
    });
    copied_from_status || lines.iter().any(|line| indented(line).is_some_and(|rest| status_line(rest).is_some()))
}

/// wget's output: with `-S`, the server's status lines indented by two spaces among wget's own
/// lines (where each request goes, that it awaits the response, what it saves, its error line),
/// which tell it from an indented curl paste even when the copy starts or ends mid-way; without
/// `-S`, the status at the end of its "awaiting response..." line. `text` is what `lines` were
/// cut from: one search of it spares looking for wget's status in every line of a body.
pub(super) fn is_wget(text: &str, lines: &[&str]) -> bool {
    let plain_status = text.contains(AWAITING) && lines.iter().any(|line| wget_status(line).is_some());
    plain_status || (server_status(lines) && lines.iter().any(|line| wget_fetch_url(line).is_some() || wget_note(line)))
}

/// wget's lines: the server's are indented by two spaces; the rest are wget's own, which say
/// where each request goes and, without `-S`, the status and the redirect followed.
pub(super) fn wget_channel(line: &str) -> Channel<'_> {
    if let Some(url) = wget_fetch_url(line) {
        Channel::Fetch(url)
    } else if let Some((code, reason)) = wget_status(line) {
        Channel::StatusOnly(code, reason)
    } else if let Some(location) = wget_following(line) {
        Channel::Following(location)
    } else if let Some(server) = line.strip_prefix("  ") {
        Channel::Response(server)
    } else if status_line(line).is_some() {
        // The server's status line where the copy began, its indentation left behind.
        Channel::Response(line)
    } else {
        Channel::Info(line)
    }
}
