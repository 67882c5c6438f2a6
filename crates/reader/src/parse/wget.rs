//! wget's output, with or without `-S`: its own lines (where each request goes, the status, the
//! redirect followed) and the server's, indented. Apart because wget frames a response in lines
//! of its own, which become the reader's channels here.

use super::channel::Channel;
use super::lines::{status_code, status_line};

/// The URL of wget's line announcing each request: `--2024-05-14 09:30:00--  https://…`.
fn wget_fetch_url(line: &str) -> Option<&str> {
    let (time, url) = line.strip_prefix("--")?.split_once("--  ")?;
    let is_time = !time.is_empty() && time.bytes().all(|byte| byte.is_ascii_digit() || matches!(byte, b'-' | b':' | b' '));
    (is_time && (url.starts_with("http://") || url.starts_with("https://"))).then(|| url.trim())
}

/// The status wget prints without `-S`: `HTTP request sent, awaiting response... 404 Not Found`.
pub(super) fn wget_status(line: &str) -> Option<(u16, &str)> {
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
pub(super) fn is_wget(lines: &[&str]) -> bool {
    let indented_status = lines.iter().any(|line| line.strip_prefix("  ").is_some_and(|rest| !rest.starts_with(' ') && status_line(rest).is_some()));
    let plain_status = lines.iter().any(|line| wget_status(line).is_some());
    plain_status || (indented_status && lines.iter().any(|line| wget_fetch_url(line).is_some() || line.contains("awaiting response...")))
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
    } else {
        Channel::Info(line)
    }
}
