//! Lines of `key=value` pairs (logfmt: Heroku's router) and JSON (Istio's access log, Google
//! Cloud's load balancer entries, API error bodies): the status and the labels come from the
//! keys that hold them, wherever they are nested.

use super::{status_code, FieldReading};

/// Keys whose value is the response's status.
const STATUS_KEYS: &[&str] =
    &["status", "status_code", "statuscode", "response_code", "responsecode", "http_status", "httpstatus", "sc-status", "elb_status_code"];
/// Keys whose value names a vendor's refinement of the status: Heroku's `code=H12`, Envoy's and
/// Istio's `response_flags`, Google Cloud's `statusDetails`, Azure Front Door's `errorInfo`, ALB's `error_reason`.
const LABEL_KEYS: &[&str] = &["code", "response_flags", "statusdetails", "errorinfo", "error_reason"];

pub(super) fn read(line: &str) -> Option<FieldReading> {
    if !line.contains('=') && !line.contains("\":") && !line.contains("\" :") {
        return None;
    }
    let pairs = pairs(line);
    if pairs.len() < 2 {
        return None;
    }
    let mut reading = FieldReading::default();
    let mut status_from_code = None;
    for (key, value) in &pairs {
        let key = key.to_ascii_lowercase();
        if STATUS_KEYS.contains(&key.as_str()) && reading.status.is_none() {
            reading.status = status_code(&line[value.clone()]);
            if reading.status.is_some() {
                reading.status_at = Some(value.clone());
            }
        } else if LABEL_KEYS.contains(&key.as_str()) {
            let text = &line[value.clone()];
            // A JSON error body's `"code": 404` is its status.
            if key == "code" && status_code(text).is_some() {
                status_from_code = status_from_code.or(Some(value.clone()));
            } else {
                reading.labels.extend(text.split(',').map(str::trim).filter(|label| !label.is_empty() && *label != "-").map(str::to_string));
            }
        }
    }
    if reading.status.is_none() {
        if let Some(range) = status_from_code {
            reading.status = status_code(&line[range.clone()]);
            reading.status_at = Some(range);
        }
    }
    (reading.status.is_some() || !reading.labels.is_empty()).then_some(reading)
}

/// Every `key=value`, `"key": value` and `"key": "value"` in the line: the key and the byte range
/// of its value, quotes excluded.
fn pairs(line: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let bytes = line.as_bytes();
    let is_key_byte = |byte: u8| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-' | b'.');
    let mut pairs = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !is_key_byte(bytes[at]) || (at > 0 && is_key_byte(bytes[at - 1])) {
            at += 1;
            continue;
        }
        let key_start = at;
        while at < bytes.len() && is_key_byte(bytes[at]) {
            at += 1;
        }
        let key = &line[key_start..at];
        let quoted_key = key_start > 0 && bytes[key_start - 1] == b'"' && bytes.get(at) == Some(&b'"');
        let mut separator = at + usize::from(quoted_key);
        while bytes.get(separator) == Some(&b' ') && quoted_key {
            separator += 1;
        }
        let is_pair = match bytes.get(separator) {
            Some(b'=') => !quoted_key,
            Some(b':') => quoted_key,
            _ => false,
        };
        if !is_pair {
            continue;
        }
        let mut value_start = separator + 1;
        while bytes.get(value_start) == Some(&b' ') && quoted_key {
            value_start += 1;
        }
        // A nested object or array: its own keys are read as the scan goes on.
        if matches!(bytes.get(value_start), Some(b'{' | b'[')) {
            at = value_start;
            continue;
        }
        let value = if bytes.get(value_start) == Some(&b'"') {
            let end = line[value_start + 1..].find('"').map_or(bytes.len(), |offset| value_start + 1 + offset);
            value_start + 1..end
        } else {
            let end = line[value_start..].find(|c: char| c.is_whitespace() || matches!(c, ',' | '}' | ']')).map_or(bytes.len(), |offset| value_start + offset);
            value_start..end
        };
        at = value.end;
        pairs.push((key, value));
    }
    pairs
}
