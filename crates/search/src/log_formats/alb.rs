//! AWS Application Load Balancer access logs: `type time elb client:port target:port
//! request_processing_time target_processing_time response_processing_time elb_status_code
//! target_status_code …`. The status a client got is the load balancer's; a target status of
//! `-` means the target never answered, which the load balancer's 502, 503 or 504 explains.

use super::{status_field, Field, FieldReading};

const TYPES: &[&str] = &["http", "https", "h2", "grpcs", "ws", "wss"];

pub(super) fn read(fields: &[Field]) -> Option<FieldReading> {
    if fields.len() < 10 || !TYPES.contains(&fields[0].1) || !fields[2].1.starts_with("app/") {
        return None;
    }
    Some(status_field(&fields[8]))
}
