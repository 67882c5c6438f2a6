//! `Alt-Svc` (RFC 7838): the same service over other protocols or ports.

use super::freshness::directives;
use super::words::{digits, listed, unreadable};
use super::Context;
use crate::{http_date, mask, AltService, Detail, Reading};

fn protocol_name(id: &str) -> Option<&'static str> {
    Some(match id {
        "h3" => "HTTP/3",
        "h2" => "HTTP/2",
        "http/1.1" => "HTTP/1.1",
        "quic" => "Google QUIC",
        _ if id.starts_with("h3-") => "HTTP/3 (a draft version)",
        _ => return None,
    })
}

/// `Alt-Svc` (RFC 7838): the same service over other protocols or ports.
pub(crate) fn alt_svc(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("alt-svc")?;
    if value.trim().eq_ignore_ascii_case("clear") {
        return Some(Reading {
            fields: vec![name],
            sentence: "Forget the alternative services this origin advertised before (clear).".into(),
            detail: Detail::AltSvc { clear: true, services: Vec::new() },
        });
    }
    const DAY: i64 = 86_400;
    let services: Vec<AltService> = directives(&value)
        .into_iter()
        .filter_map(|(protocol, authority)| {
            let (authority, parameters) = authority.map(|authority| {
                authority
                    .split_once(';')
                    .map(|(authority, rest)| (authority.trim_matches('"').to_string(), rest.to_string()))
                    .unwrap_or((authority, String::new()))
            })?;
            let (host, port) = authority.rsplit_once(':')?;
            let max_age = parameters
                .split(';')
                .filter_map(|parameter| parameter.trim().strip_prefix("ma="))
                .find_map(digits)
                .map_or(DAY, |seconds| seconds.min(i64::MAX as u64) as i64);
            Some(AltService {
                protocol_name: protocol_name(&protocol),
                protocol,
                host: (!host.is_empty()).then(|| mask::text(host)),
                port: port.parse().ok(),
                max_age,
            })
        })
        .collect();
    if services.is_empty() {
        return Some(unreadable(&name, &value, "alternatives such as h3=\":443\"; ma=86400"));
    }
    let offers: Vec<String> = services
        .iter()
        .map(|service| {
            let protocol = service.protocol_name.map(str::to_string).unwrap_or_else(|| service.protocol.clone());
            let place = match (&service.host, service.port) {
                (Some(host), Some(port)) => format!(" at {host}:{port}"),
                (None, Some(port)) => format!(" on port {port}"),
                _ => String::new(),
            };
            format!("{protocol}{place}")
        })
        .collect();
    let remembered = services.iter().map(|service| service.max_age).max().unwrap_or(DAY);
    let sentence = format!("The server also answers over {}; clients may remember this for {}.", listed(&offers), http_date::duration(remembered));
    Some(Reading { fields: vec![name], sentence, detail: Detail::AltSvc { clear: false, services } })
}
