//! The header field a response with this status carries, which the database's examples and the
//! guide's leaves must show. Shared by both checks so that they cannot disagree.
//!
//! Depends on nothing: the data and guide build scripts read it, and so will the response reader.

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// RFC 9110 section 15 asks for it; every example of the status shows it.
    Required,
    /// Not required, but clients and crawlers rely on it: our own examples and advice show it,
    /// while a vendor's example shows what that vendor really sends.
    Advised,
}

/// Location on 201 and the redirects, the challenges on 401 and 407, Allow on 405, Content-Range
/// on 206 and 416, Upgrade on 426; Retry-After on 429 and 503, to back off by.
pub const REQUIRED_HEADERS: &[(u16, &str, Need)] = &[
    (201, "Location", Need::Required),
    (206, "Content-Range", Need::Required),
    (301, "Location", Need::Required),
    (302, "Location", Need::Required),
    (303, "Location", Need::Required),
    (305, "Location", Need::Required),
    (307, "Location", Need::Required),
    (308, "Location", Need::Required),
    (401, "WWW-Authenticate", Need::Required),
    (405, "Allow", Need::Required),
    (407, "Proxy-Authenticate", Need::Required),
    (416, "Content-Range", Need::Required),
    (426, "Upgrade", Need::Required),
    (429, "Retry-After", Need::Advised),
    (503, "Retry-After", Need::Advised),
];

/// The header field a response with this status shows, if any, and how strongly.
pub fn required_header(code: u16) -> Option<(&'static str, Need)> {
    REQUIRED_HEADERS.iter().find(|(required_by, ..)| *required_by == code).map(|&(_, header, need)| (header, need))
}
