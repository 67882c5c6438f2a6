//! Standard input read as text, within a size a paste can have: bytes that are not UTF-8 (a
//! binary body after `curl -si`'s headers) become replacement characters rather than an error.

use crate::lookup::Nothing;
use std::io::Read;

/// A megabyte-sized HAR file or a long log fits many times over; past this it is not a paste.
const MAX_BYTES: u64 = 16 * 1024 * 1024;

pub fn read(input: impl Read) -> Result<String, Nothing> {
    let mut bytes = Vec::new();
    input.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(|error| Nothing(format!("Standard input could not be read: {error}.")))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Nothing(format!(
            "Standard input is over {} MB: pipe one response (curl -si URL | http-status) or the log lines that matter.",
            MAX_BYTES / 1024 / 1024
        )));
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_read_and_bad_bytes_replaced() {
        assert_eq!(read(&b"HTTP/1.1 200 OK\r\n\xff\r\n"[..]), Ok("HTTP/1.1 200 OK\r\n\u{fffd}\r\n".to_string()));
    }

    #[test]
    fn more_than_a_paste_is_refused() {
        let huge = std::io::repeat(b'a').take(MAX_BYTES + 10);
        assert!(read(huge).unwrap_err().0.starts_with("Standard input is over 16 MB"));
    }
}
