//! `Via` (RFC 9110 section 7.6.3): for each intermediary, the protocol it received
//! (`1.1`, `HTTP/2`), who received it (a host or a pseudonym), and an optional comment in
//! parentheses. Read leniently where intermediaries are known to bend it (Akamai writes
//! `akamai.net(ghost)`, older Kong a lone `kong/3.4.2`); flagged where a member cannot be made
//! out at all.

use super::syntax::is_token;
use super::Raised;
use crate::fields::Context;

/// Splits on commas outside parenthesised comments.
fn members(value: &str) -> Vec<&str> {
    let (mut parts, mut start, mut depth) = (Vec::new(), 0, 0usize);
    for (index, character) in value.char_indices() {
        match character {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(value[start..index].trim());
                start = index + 1;
            }
            _ => {}
        }
    }
    parts.push(value[start..].trim());
    parts
}

/// Whether a member reads as `protocol received-by [comment]`, or as the lone `product/version`
/// some gateways write (Kong before 3.6 sends `Via: kong/3.4.2`).
fn is_member(member: &str) -> bool {
    if let Some((product, version)) = member.split_once('/').filter(|_| !member.contains(char::is_whitespace)) {
        return is_token(product) && is_token(version);
    }
    let mut words = member.splitn(3, char::is_whitespace);
    let protocol = words.next().unwrap_or_default();
    let received_by = words.next().unwrap_or_default().trim();
    let comment = words.next().unwrap_or_default().trim();
    let protocol_ok = match protocol.split_once('/') {
        Some((name, version)) => is_token(name) && is_token(version),
        None => is_token(protocol),
    };
    let received_by_ok = !received_by.is_empty() && received_by.chars().all(|character| character.is_ascii_graphic() && character != ',');
    let comment_ok = comment.is_empty() || (comment.starts_with('(') && comment.ends_with(')'));
    protocol_ok && received_by_ok && comment_ok
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((name, value)) = context.combined("via") else { return };
    if members(&value).iter().any(|member| !member.is_empty() && !is_member(member)) {
        raised.malformed(
            &name,
            &value,
            "a list of protocol, receiver and optional (comment), such as 1.1 proxy.example.com (squid/6.9)",
            "tools that trace the path (and proxies that look for their own name to stop loops) cannot read it",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{is_member, members};

    #[test]
    fn via_members() {
        assert_eq!(members("1.1 a (b, c), 2 d"), vec!["1.1 a (b, c)", "2 d"]);
        for good in ["1.1 varnish", "HTTP/2 cdn.example:8443", "1.1 akamai.net(ghost) (AkamaiGHost)", "1.1 x.cloudfront.net (CloudFront)", "kong/3.4.2"] {
            assert!(is_member(good), "{good}");
        }
        for bad in ["varnish", "1.1 varnish Varnish/6", "1.1", "1 1/ x"] {
            assert!(!is_member(bad), "{bad}");
        }
    }
}
