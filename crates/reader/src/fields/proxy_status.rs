//! `Proxy-Status` (RFC 9209): which intermediary said what, and what its error type means.

use super::words::{quoted, unreadable};
use super::Context;
use crate::structured::{self, Bare};
use crate::{mask, Detail, ProxyHop, Reading};

/// What each RFC 9209 error type means.
fn proxy_error_meaning(error: &str) -> Option<&'static str> {
    Some(match error {
        "dns_timeout" => "looking up the next hop's address in DNS timed out",
        "dns_error" => "looking up the next hop's address in DNS failed",
        "destination_not_found" => "the proxy has no route configured for this destination",
        "destination_unavailable" => "the next hop is marked unavailable (for example, it fails health checks)",
        "destination_ip_prohibited" => "the proxy may not connect to the next hop's IP address",
        "destination_ip_unroutable" => "the next hop's IP address cannot be reached",
        "connection_refused" => "the next hop refused the connection",
        "connection_terminated" => "the connection to the next hop closed before any response",
        "connection_timeout" => "connecting to the next hop timed out",
        "connection_read_timeout" => "the next hop stopped sending data",
        "connection_write_timeout" => "sending to the next hop timed out",
        "connection_limit_reached" => "the proxy reached its limit of connections to the next hop",
        "tls_protocol_error" => "the TLS handshake with the next hop failed",
        "tls_certificate_error" => "the next hop's TLS certificate was not accepted",
        "tls_alert_received" => "the next hop ended TLS with an alert",
        "http_request_error" => "the proxy found the request itself invalid",
        "http_request_denied" => "the proxy's policy denied the request",
        "http_response_incomplete" => "the next hop's response was cut short",
        "http_response_header_section_size" => "the next hop's response header section was too large",
        "http_response_header_size" => "a header field from the next hop was too large",
        "http_response_body_size" => "the next hop's response body was too large",
        "http_response_trailer_section_size" | "http_response_trailer_size" => "the next hop's trailer fields were too large",
        "http_response_transfer_coding" => "the next hop's transfer coding could not be decoded",
        "http_response_content_coding" => "the next hop's content coding could not be decoded",
        "http_response_timeout" => "the next hop did not send a whole response in time",
        "http_upgrade_failed" => "the protocol upgrade with the next hop (such as WebSocket) failed",
        "http_protocol_error" => "the next hop broke the HTTP protocol",
        "proxy_internal_response" => "the proxy wrote this response itself",
        "proxy_internal_error" => "the proxy failed internally",
        "proxy_configuration_error" => "the proxy is misconfigured",
        "proxy_loop_detected" => "the request came back to the same proxy: a forwarding loop",
        _ => return None,
    })
}

/// `Proxy-Status` (RFC 9209): which intermediary said what, nearest the origin first.
pub(crate) fn proxy_status(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("proxy-status")?;
    // An empty list names no intermediary: nothing to say, and nothing wrong.
    if value.trim().is_empty() {
        return None;
    }
    let Some(members) = structured::list(&value) else {
        return Some(unreadable(&name, &value, "a structured list such as ExampleCDN; error=connection_timeout"));
    };
    let text = |bare: Option<&Bare>| bare.and_then(Bare::as_text).map(mask::text);
    // As in Cache-Status: a member that does not name its intermediary makes the value unreadable,
    // rather than a reading with nothing to say.
    let proxies: Option<Vec<ProxyHop>> = members
        .iter()
        .map(|member| {
            let item = member.item()?;
            let error = text(item.parameter("error"));
            Some(ProxyHop {
                name: text(Some(&item.bare))?,
                meaning: error.as_deref().and_then(proxy_error_meaning),
                error,
                details: text(item.parameter("details")),
                next_hop: text(item.parameter("next-hop")),
                received_status: item.parameter("received-status").and_then(Bare::as_integer),
            })
        })
        .collect();
    let Some(proxies) = proxies.filter(|proxies| !proxies.is_empty()) else {
        return Some(unreadable(&name, &value, "a list naming each intermediary first, such as ExampleCDN; error=connection_timeout"));
    };
    let sentences: Vec<String> = proxies
        .iter()
        .map(|proxy| {
            let mut sentence = match (&proxy.error, proxy.meaning) {
                (Some(error), Some(meaning)) => format!("{} reports {error}: {meaning}", proxy.name),
                (Some(error), None) => format!("{} reports the error {error}", proxy.name),
                (None, _) => format!("{} handled the request", proxy.name),
            };
            if let Some(next_hop) = &proxy.next_hop {
                sentence.push_str(&format!(" (next hop {next_hop})"));
            }
            if let Some(status) = proxy.received_status {
                sentence.push_str(&format!("; the next hop answered {status}"));
            }
            if let Some(details) = &proxy.details {
                sentence.push_str(&format!("; details: {}", quoted(details)));
            }
            sentence + "."
        })
        .collect();
    Some(Reading { fields: vec![name], sentence: sentences.join(" "), detail: Detail::ProxyStatus { proxies } })
}
