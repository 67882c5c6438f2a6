//! The browser's clock, for the times a response does not anchor with its own `Date`.

/// Seconds since the Unix epoch, now.
pub fn now_unix_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
