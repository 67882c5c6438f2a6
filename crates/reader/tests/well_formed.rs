//! No false alarm about a missing field: a well-formed response that carries every field the
//! rules table asks of its status, in any order and any case, pasted in any of the formats people
//! paste (raw, curl -i, curl -v, DevTools' Headers pane with and without titles, wget -S, a HAR
//! file), never gets a flag for a field it lacks (nor one saying a field cannot be read).
#![cfg(not(target_arch = "wasm32"))]

use http_status_reader::explain;
use http_status_rules::{rules_for, RULES};
use proptest::prelude::*;

/// A well-formed value of a field the rules table names, fit for the status.
fn value_for(code: u16, field: &str) -> &'static str {
    match (code, field) {
        (_, "Upgrade") => "websocket",
        (_, "Date") => "Tue, 14 May 2024 09:30:00 GMT",
        (201, "Location") => "/orders/1042",
        (_, "Location") => "https://www.example.com/next?page=2",
        (416, "Content-Range") => "bytes */146515",
        (_, "Content-Range") => "bytes 0-1023/146515",
        (_, "WWW-Authenticate") => "Bearer realm=\"api\", error=\"invalid_token\"",
        (_, "Proxy-Authenticate") => "Basic realm=\"corporate proxy\", charset=\"UTF-8\"",
        (_, "Allow") => "GET, HEAD, OPTIONS",
        (_, "Retry-After") => "120",
        (code, field) => panic!("no well-formed value for {code}'s {field}: add one"),
    }
}

/// Fields any response may carry besides, none of them one that only requests carry (which
/// would end the response's fields in a DevTools copy without titles).
const OTHER_FIELDS: [(&str, &str); 6] = [
    ("Content-Type", "application/json; charset=utf-8"),
    ("Server", "nginx/1.25.4"),
    ("X-Request-Id", "0f6f2c4e-9a51-4c0b-8f0e-3b2d7c1a9e44"),
    ("Cache-Control", "no-store"),
    ("Content-Length", "0"),
    ("Vary", "Accept-Encoding"),
];

/// The name with each letter's case flipped where `bits` says.
fn recased(name: &str, bits: u64) -> String {
    name.chars()
        .enumerate()
        .map(|(index, character)| if bits >> (index % 64) & 1 == 1 { character.to_ascii_uppercase() } else { character.to_ascii_lowercase() })
        .collect()
}

/// The ways people paste a response.
#[derive(Clone, Copy, Debug)]
enum Paste {
    Raw,
    CurlI,
    CurlVerbose,
    DevToolsTitled,
    DevToolsTitledNextLine,
    DevToolsUntitled,
    WgetS,
    Har,
}

fn pasted(paste: Paste, code: u16, fields: &[(String, &str)]) -> String {
    let lines = |prefix: &str, separator: &str| fields.iter().map(|(name, value)| format!("{prefix}{name}:{separator}{value}\n")).collect::<String>();
    match paste {
        Paste::Raw => format!("HTTP/1.1 {code} Phrase\r\n{}\r\n", lines("", " ").replace('\n', "\r\n")),
        Paste::CurlI => format!("$ curl -i https://www.example.com/x\nHTTP/2 {code} \n{}\n", lines("", " ")),
        Paste::CurlVerbose => format!(
            "* Connected to www.example.com (93.184.215.14) port 443\n> GET /x HTTP/1.1\n> Host: www.example.com\n> Accept: */*\n>\n< HTTP/1.1 {code} Phrase\n{}<\n* Connection #0 to host www.example.com left intact\n",
            lines("< ", " ")
        ),
        Paste::DevToolsTitled => format!(
            "General\nRequest URL: https://www.example.com/x\nRequest Method: GET\nStatus Code: {code} Phrase\nReferrer Policy: strict-origin-when-cross-origin\nResponse Headers\n{}Request Headers\naccept: */*\nuser-agent: Mozilla/5.0\n",
            lines("", " ")
        ),
        Paste::DevToolsTitledNextLine => format!(
            "General\nRequest URL:\nhttps://www.example.com/x\nRequest Method:\nGET\nStatus Code:\n{code} Phrase\nResponse Headers\n{}Request Headers\n:authority:\nwww.example.com\naccept:\n*/*\n",
            lines("", "\n")
        ),
        Paste::DevToolsUntitled => format!("Request URL: https://www.example.com/x\nRequest Method: GET\nStatus Code: {code} Phrase\n{}accept: */*\n", lines("", " ")),
        Paste::Har => {
            let headers: Vec<String> = fields.iter().map(|(name, value)| format!("{{\"name\": \"{name}\", \"value\": \"{}\"}}", value.replace('"', "\\\""))).collect();
            format!(
                "{{\"log\": {{\"version\": \"1.2\", \"entries\": [{{\"request\": {{\"method\": \"GET\", \"url\": \"https://www.example.com/x\", \"headers\": []}}, \"response\": {{\"status\": {code}, \"statusText\": \"\", \"httpVersion\": \"h2\", \"headers\": [{}], \"content\": {{\"size\": 0}}, \"redirectURL\": \"\", \"bodySize\": 0}}}}]}}}}",
                headers.join(", ")
            )
        }
        Paste::WgetS => format!(
            "--2024-05-14 09:30:00--  https://www.example.com/x\nResolving www.example.com (www.example.com)... 93.184.215.14\nConnecting to www.example.com (www.example.com)|93.184.215.14|:443... connected.\nHTTP request sent, awaiting response... \n  HTTP/1.1 {code} Phrase\n{}2024-05-14 09:30:00 ERROR {code}: Phrase.\n",
            lines("  ", " ")
        ),
    }
}

fn paste() -> impl Strategy<Value = Paste> {
    prop_oneof![
        Just(Paste::Raw),
        Just(Paste::CurlI),
        Just(Paste::CurlVerbose),
        Just(Paste::DevToolsTitled),
        Just(Paste::DevToolsTitledNextLine),
        Just(Paste::DevToolsUntitled),
        Just(Paste::WgetS),
        Just(Paste::Har),
    ]
}

/// A status the rules table has rows for, or one it has none for.
fn code() -> impl Strategy<Value = u16> {
    let mut codes: Vec<u16> = RULES.iter().map(|rule| rule.code).chain([200, 204, 404, 500]).collect();
    codes.dedup();
    prop::sample::select(codes)
}

/// A response of the status with every field its rules ask for and some others, shuffled.
fn response() -> impl Strategy<Value = (u16, Vec<(&'static str, &'static str)>)> {
    (code(), prop::sample::subsequence(OTHER_FIELDS.to_vec(), 0..=OTHER_FIELDS.len())).prop_flat_map(|(code, others)| {
        let mut fields: Vec<(&'static str, &'static str)> = rules_for(code).iter().map(|rule| (rule.field, value_for(code, rule.field))).collect();
        fields.extend(others);
        (Just(code), Just(fields).prop_shuffle())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn a_response_with_every_field_its_status_needs_is_never_said_to_lack_one((code, fields) in response(), paste in paste(), case_bits in any::<u64>()) {
        let fields: Vec<(String, &str)> = fields.iter().enumerate().map(|(index, (name, value))| (recased(name, case_bits.rotate_left(index as u32 * 7)), *value)).collect();
        let text = pasted(paste, code, &fields);
        let explanation = explain(&text, None).map_err(|error| TestCaseError::fail(format!("{paste:?} not read: {}\n{text}", error.message)))?;
        prop_assert_eq!(explanation.steps.iter().map(|step| step.code).collect::<Vec<_>>(), vec![code], "{:?}\n{}", paste, text);
        let rule_flags: Vec<&str> = RULES.iter().map(|rule| rule.flag.id()).collect();
        let wrong: Vec<(&str, &str)> =
            explanation.flags.iter().filter(|flag| rule_flags.contains(&flag.id) || flag.id == "malformed-field").map(|flag| (flag.id, flag.title.as_str())).collect();
        prop_assert!(wrong.is_empty(), "{:?} raised {:?} for\n{}", paste, wrong, text);
        prop_assert_eq!(explanation.steps[0].headers.len(), fields.len(), "{:?} lost a field of\n{}", paste, text);
    }
}
