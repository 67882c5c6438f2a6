//! HAProxy's HTTP log (`option httplog`): after the frontend and `backend/server` come the
//! timers `TR/Tw/Tc/Tr/Ta`, the status, the bytes read, the captured request and response
//! cookies, then the four-character termination state (`SH--`). Its first two characters say
//! who ended the session and at which stage; a lower-case letter means a timeout (`sH`), so their
//! case is kept.

use super::{status_field, Field, FieldReading};

pub(super) fn read(fields: &[Field]) -> Option<FieldReading> {
    let timers = fields.iter().position(|field| is_timers(field.1))?;
    let status = fields.get(timers + 1)?;
    let state = fields.get(timers + 5)?.1;
    if state.len() != 4 || !state.bytes().all(|byte| byte.is_ascii_alphabetic() || byte == b'-') {
        return None;
    }
    let mut reading = status_field(status);
    let ended = &state[..2];
    if ended != "--" {
        reading.labels.push(ended.to_string());
    }
    Some(reading)
}

/// Five timers separated by slashes, each a number of milliseconds or -1 (never reached).
fn is_timers(field: &str) -> bool {
    let timers: Vec<&str> = field.split('/').collect();
    timers.len() == 5 && timers.iter().all(|timer| !timer.is_empty() && timer.strip_prefix('-').unwrap_or(timer).bytes().all(|byte| byte.is_ascii_digit()))
}
