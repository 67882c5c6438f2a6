//! The access logs that follow the request line with the status: the common and combined formats
//! of Apache httpd and nginx (`"GET / HTTP/1.1" 499 0 …`), and Envoy's default format, which
//! writes its response flags right after the status (`"GET / HTTP/1.1" 503 UF,URX 0 91 …`).

use super::{status_field, Field, FieldReading};

pub(super) fn read(fields: &[Field]) -> Option<FieldReading> {
    // The request line is quoted, so it spans three fields: `"GET`, the target, `HTTP/1.1"`.
    let request_end = (2..fields.len()).find(|&at| {
        let (method, protocol) = (fields[at - 2].1, fields[at].1);
        method.strip_prefix('"').is_some_and(|method| !method.is_empty() && method.bytes().all(|byte| byte.is_ascii_uppercase()))
            && protocol.ends_with('"')
            && protocol.to_ascii_uppercase().starts_with("HTTP/")
    })?;
    let status = fields.get(request_end + 1)?;
    let mut reading = status_field(status);
    if reading.status.is_none() && status.1 != "0" && status.1 != "-" {
        return None;
    }
    // Envoy writes 0 when no response was sent, and its flags next: capitals and commas.
    if let Some(flags) = fields.get(request_end + 2).map(|field| field.1) {
        if flags.bytes().any(|byte| byte.is_ascii_uppercase()) && flags.bytes().all(|byte| byte.is_ascii_uppercase() || byte == b',') {
            reading.labels = flags.split(',').filter(|flag| !flag.is_empty()).map(str::to_string).collect();
        }
    }
    Some(reading)
}
