//! The W3C extended log format, IIS's default. With its `#Fields:` header pasted, each column is
//! read by name (`sc-status`, `sc-substatus`). Without it, IIS's default columns are assumed:
//! a line that starts with a date and time and ends with four numbers ends with `sc-status
//! sc-substatus sc-win32-status time-taken`, and the port or a number in the URL is not the status.

use super::{status_code, status_field, Field, FieldReading};

/// `#Software:`, `#Version:`, `#Date:`, `#Fields:`: the header lines of a W3C log.
pub(super) fn is_directive(line: &str) -> bool {
    line.trim_start()
        .strip_prefix('#')
        .is_some_and(|rest| rest.split_once(':').is_some_and(|(name, _)| !name.is_empty() && name.bytes().all(|byte| byte.is_ascii_alphabetic())))
}

/// The field names a `#Fields:` line declares.
pub(super) fn field_names(line: &str) -> Option<Vec<String>> {
    let names = line.trim_start().strip_prefix("#Fields:")?;
    Some(names.split_whitespace().map(str::to_ascii_lowercase).collect())
}

pub(super) fn read(fields: &[Field], names: Option<&[String]>) -> Option<FieldReading> {
    let (status_at, substatus_at) = match names {
        Some(names) if names.len() == fields.len() => {
            let status = names.iter().position(|name| name == "sc-status")?;
            (status, names.iter().position(|name| name == "sc-substatus"))
        }
        _ => {
            let starts_with_date_and_time = fields.len() >= 6 && is_date(fields[0].1) && is_time(fields[1].1);
            let numbers_at_end = fields.len() >= 4 && fields[fields.len() - 4..].iter().all(|field| field.1.bytes().all(|byte| byte.is_ascii_digit()));
            if !starts_with_date_and_time || !numbers_at_end || status_code(fields[fields.len() - 4].1).is_none() {
                return None;
            }
            (fields.len() - 4, Some(fields.len() - 3))
        }
    };
    let mut reading = status_field(&fields[status_at]);
    if let (Some(status), Some(substatus)) = (reading.status, substatus_at.and_then(|at| fields.get(at))) {
        if substatus.1 != "0" && substatus.1.bytes().all(|byte| byte.is_ascii_digit()) {
            reading.labels.push(format!("{status}.{}", substatus.1));
        }
    }
    Some(reading)
}

fn is_date(field: &str) -> bool {
    let parts: Vec<&str> = field.split('-').collect();
    parts.len() == 3 && parts[0].len() == 4 && parts.iter().all(|part| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit()))
}

fn is_time(field: &str) -> bool {
    let parts: Vec<&str> = field.split(':').collect();
    parts.len() == 3 && parts.iter().all(|part| part.len() == 2 && part.bytes().all(|byte| byte.is_ascii_digit()))
}
