//! Who answered: the vendors the fields give away, and the `Via` and `Server` names no vendor
//! claimed, as one reading.

use crate::fields::{self, Context};
use crate::vendors::{self, Found};
use crate::{mask, Detail, Intermediary, Reading};

/// The vendors found, as a reading, with `Server` and `Via` names no vendor claimed.
pub(crate) fn intermediaries(code: u16, found: &[Found], context: &Context) -> Option<Reading> {
    let mut list: Vec<Intermediary> = found.iter().map(|found| found.intermediary.clone()).collect();
    let claimed = |name: &str| list.iter().any(|intermediary| intermediary.evidence.iter().any(|evidence| evidence.eq_ignore_ascii_case(name)));
    let via_claimed = claimed("via");
    let server_claimed = claimed("server");
    if !via_claimed {
        for field in context.all("via") {
            for hop in field.value.split(',') {
                // "1.1 proxy.example.com (comment)": the second word names the hop.
                if let Some(name) = hop.split_whitespace().nth(1) {
                    list.push(Intermediary { name: mask::text(name), role: "proxy", evidence: vec![field.name.clone()], location: None, cache: None });
                }
            }
        }
    }
    if let Some(field) = context.first("server").filter(|field| !server_claimed && !field.value.trim().is_empty()) {
        list.push(Intermediary { name: mask::text(field.value.trim()), role: "server", evidence: vec![field.name.clone()], location: None, cache: None });
    }
    let implication = vendors::implication(code, found, context.fields);
    if list.is_empty() && implication.is_none() {
        return None;
    }
    let described: Vec<String> = list
        .iter()
        .map(|intermediary| {
            // "nginx (server)" says nothing a reader does not know; a CDN's role does.
            let mut notes: Vec<String> = (intermediary.role != "server").then(|| intermediary.role.to_string()).into_iter().collect();
            notes.extend(intermediary.location.as_ref().map(|location| format!("edge {location}")));
            notes.extend(intermediary.cache.as_ref().map(|cache| format!("cache {cache}")));
            if notes.is_empty() {
                intermediary.name.clone()
            } else {
                format!("{} ({})", intermediary.name, notes.join(", "))
            }
        })
        .collect();
    let mut sentence = match described.as_slice() {
        [] => String::new(),
        [only] => format!("Served by {only}."),
        [first, rest @ ..] => format!("Answered by {first}, in front of {}.", fields::listed(rest)),
    };
    if let Some(implication) = &implication {
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence.push_str(implication);
    }
    let mut names: Vec<String> = list.iter().flat_map(|intermediary| intermediary.evidence.iter().cloned()).collect();
    names.sort_by_key(|name| name.to_ascii_lowercase());
    names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    Some(Reading {
        fields: names,
        sentence,
        detail: Detail::Intermediaries { answered_by: list.first().map(|first| first.name.clone()), found: list, implication },
    })
}
