//! `Content-Disposition` (RFC 6266): `inline` or `attachment`, then parameters; `filename*` in
//! the RFC 8187 form `UTF-8''name%20encoded`. A value browsers cannot read loses the file name
//! or, for an unknown type, downloads what was meant to be shown.

use super::syntax::{is_token, parameters, split_outside_quotes};
use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

/// An RFC 8187 ext-value: `charset'language'percent-encoded`, the charset UTF-8 or ISO-8859-1.
fn is_ext_value(value: &str) -> bool {
    let mut parts = value.splitn(3, '\'');
    let (Some(charset), Some(_language), Some(encoded)) = (parts.next(), parts.next(), parts.next()) else { return false };
    let known_charset = charset.eq_ignore_ascii_case("utf-8") || charset.eq_ignore_ascii_case("iso-8859-1");
    let bytes = encoded.as_bytes();
    let well_encoded = bytes.iter().enumerate().all(|(index, byte)| match byte {
        b'%' => bytes.get(index + 1..index + 3).is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)),
        byte => byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~%".contains(byte),
    });
    known_charset && well_encoded
}

/// What is wrong with the value, if anything.
fn problem(value: &str) -> Option<String> {
    let parts = split_outside_quotes(value, ';');
    let kind = parts.first().copied().unwrap_or_default();
    if !is_token(kind) {
        return Some("does not start with inline or attachment".into());
    }
    let Some(parameters) = parameters(&parts[1..]) else {
        return Some("has a parameter that is not name=value (a file name with spaces must be quoted)".into());
    };
    let extended = parameters.iter().find(|parameter| parameter.name == "filename*")?;
    if extended.quoted {
        return Some("quotes filename*, which must not be quoted".into());
    }
    (!is_ext_value(&extended.value)).then(|| "has a filename* that is not charset''percent-encoded-name (UTF-8''…)".into())
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some(field) = context.first("content-disposition") else { return };
    if let Some(problem) = problem(field.value.trim()) {
        raised.flag(
            "content-disposition-malformed",
            "Content-Disposition",
            Severity::Warning,
            "Content-Disposition cannot be read".into(),
            format!("Content-Disposition: {} {problem} (RFC 6266), so browsers save the file under a name of their own, or ignore the field.", shown(&field.name, &field.value)),
            "Send Content-Disposition: attachment; filename=\"report.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf (the quoted ASCII name first, the encoded one for other characters).".into(),
        );
        return;
    }
    let kind = split_outside_quotes(field.value.trim(), ';').first().map(|kind| kind.to_ascii_lowercase()).unwrap_or_default();
    if kind != "inline" && kind != "attachment" {
        raised.flag(
            "content-disposition-unknown-type",
            "Content-Disposition",
            Severity::Advice,
            format!("Content-Disposition: {kind} is not inline or attachment"),
            format!("Browsers know only inline and attachment, and treat {kind} as attachment (RFC 6266 section 4.2): the response is downloaded, not shown."),
            "Send attachment to have the file downloaded, or inline to show it.".into(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn dispositions() {
        for good in ["attachment", "attachment; filename=\"a b.pdf\"", "inline; filename=a.pdf; filename*=UTF-8''%e2%82%ac%20rates.pdf", "attachment;"] {
            assert_eq!(problem(good), None, "{good}");
        }
        for bad in [
            "attachment; filename=a b.pdf",
            "attachment; filename*=\"UTF-8''a.pdf\"",
            "attachment; filename*=a.pdf",
            "attachment; filename*=UTF-8''%zz",
            "; filename=a",
        ] {
            assert!(problem(bad).is_some(), "{bad}");
        }
    }
}
