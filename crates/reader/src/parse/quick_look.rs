//! Whether text looks like a response at all, without reading it: the quick test run on every
//! keystroke of a search box. Apart because it must stay cheap and never fail.

use super::devtools_pane::pane_pair;
use super::har::is_har;
use super::lines::{pseudo_status, status_code, status_line};
use super::wget::wget_status;
use super::MAX_VALUE;

/// A status line (or `:status`, or DevTools' `Status Code`) followed by a header line, in the
/// first lines of the text, or the start of a HAR file: cheap enough to run on every keystroke of
/// a search box.
pub(crate) fn looks_like_response(text: &str) -> bool {
    // curl -v prints some 40 lines of connection and TLS details before the status line.
    const LOOKED_AT: usize = 200;
    if is_har(text) {
        return true;
    }
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
