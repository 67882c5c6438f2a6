//! `Content-Disposition` (RFC 6266): `inline` or `attachment`, then parameters; `filename*` in
//! the RFC 8187 form `UTF-8''name%20encoded`. A value browsers cannot read loses the file name
//! or, for an unknown type, downloads what was meant to be shown. A download without a name is
//! named after the URL; a name with `%` is decoded by some browsers and not others, and one with
//! a path is cut down or refused, since a saved file must not choose its folder.

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
    if let Some((severity, id, problem)) = file_name_problem(&kind, field.value.trim()) {
        raised.flag(
            id,
            "Content-Disposition",
            severity,
            if id == "content-disposition-no-filename" { "Content-Disposition without a file name".into() } else { "Content-Disposition's file name will not survive".into() },
            format!("Content-Disposition: {} {problem}.", shown(&field.name, &field.value)),
            "Give the bare name in a quoted filename, ASCII only and without / \\ or %, and the exact name in filename*: attachment; filename=\"resume.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf.".into(),
        );
    }
}

/// The file name an RFC 8187 ext-value carries, percent-decoded (already checked by `is_ext_value`).
fn decoded(ext_value: &str) -> String {
    let encoded = ext_value.splitn(3, '\'').nth(2).unwrap_or_default().as_bytes();
    let mut bytes = Vec::with_capacity(encoded.len());
    let mut index = 0;
    while index < encoded.len() {
        let hex = encoded.get(index + 1..index + 3).and_then(|hex| std::str::from_utf8(hex).ok()).and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (encoded[index], hex) {
            (b'%', Some(byte)) => {
                bytes.push(byte);
                index += 3;
            }
            (byte, _) => {
                bytes.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The name the file is saved under: what is wrong or missing about it, if anything, with how
/// severe it is.
fn file_name_problem(kind: &str, value: &str) -> Option<(Severity, &'static str, String)> {
    let parts = split_outside_quotes(value, ';');
    let parameters = parameters(&parts[1..])?;
    let plain = parameters.iter().find(|parameter| parameter.name == "filename").map(|parameter| parameter.value.as_str());
    let extended = parameters.iter().find(|parameter| parameter.name == "filename*").map(|parameter| decoded(&parameter.value));
    let names = plain.into_iter().map(str::to_string).chain(extended.clone());
    for name in names {
        if name.contains(['/', '\\']) {
            return Some((
                Severity::Warning,
                "content-disposition-filename-unsafe",
                "holds a path (a / or \\), which browsers cut off or replace, since a download must not choose its folder: the file is saved under another name than the one meant".into(),
            ));
        }
    }
    if plain.is_some_and(|name| name.contains('%')) {
        return Some((
            Severity::Warning,
            "content-disposition-filename-unsafe",
            "has a % in filename, which some browsers decode as percent-encoding and others keep, so the saved name differs from one browser to the next"
                .into(),
        ));
    }
    match (kind, plain, extended) {
        ("attachment", None, None) => Some((
            Severity::Advice,
            "content-disposition-no-filename",
            "names no file, so browsers name the download after the URL's last segment (often something like download or export?id=3)".into(),
        )),
        (_, None, Some(_)) => Some((
            Severity::Advice,
            "content-disposition-no-filename",
            "gives filename* without a plain filename beside it, so a client that does not read RFC 8187 names the file after the URL".into(),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{decoded, file_name_problem, problem};

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
        assert_eq!(decoded("UTF-8''a%cc%88%2Fb.txt"), "a\u{308}/b.txt");
        for fine in ["attachment; filename=\"a.pdf\"", "inline", "inline; filename*=UTF-8''a.pdf; filename=a.pdf"] {
            assert_eq!(file_name_problem(fine.split(';').next().unwrap(), fine), None, "{fine}");
        }
        for (value, id) in [
            ("attachment", "content-disposition-no-filename"),
            ("attachment; filename*=UTF-8''a.pdf", "content-disposition-no-filename"),
            ("attachment; filename=fo%22o.txt", "content-disposition-filename-unsafe"),
            ("attachment; filename=\"/foo.txt\"", "content-disposition-filename-unsafe"),
            ("attachment; filename=a.txt; filename*=UTF-8''..%5Ca.txt", "content-disposition-filename-unsafe"),
        ] {
            assert_eq!(file_name_problem("attachment", value).map(|(_, id, _)| id), Some(id), "{value}");
        }
    }
}
