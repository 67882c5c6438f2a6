//! How the response view lays out a step's flags: errors, then warnings, then advice, and within
//! each the flags grouped under the header field they concern. Pure (no web dependencies): tested
//! natively; `components::flags` renders it.

use http_status_reader::{Flag, Severity};

/// The flags of one severity that concern one header field, or (`field` none) the status, the
/// body or the paste: the response as a whole.
#[derive(Debug, PartialEq)]
pub struct FieldGroup<'a> {
    /// As the first of its flags writes it.
    pub field: Option<&'a str>,
    /// In the order the reader raised them.
    pub flags: Vec<&'a Flag>,
}

/// The flags of `severity` grouped by field, in the order a reader finds them in the paste: the
/// response as a whole first, then the fields in the order the response sends them (`sent`, its
/// field names), then the fields it lacks (a missing Location) in the order they were flagged.
/// Field names match without regard to case, as HTTP reads them.
pub fn by_field<'a>(flags: &'a [Flag], severity: Severity, sent: &[&str]) -> Vec<FieldGroup<'a>> {
    let mut groups: Vec<FieldGroup<'a>> = Vec::new();
    for flag in flags.iter().filter(|flag| flag.severity == severity) {
        let field = flag.field.as_deref();
        let same = |group: &&mut FieldGroup<'a>| match (group.field, field) {
            (None, None) => true,
            (Some(name), Some(field)) => name.eq_ignore_ascii_case(field),
            _ => false,
        };
        match groups.iter_mut().find(same) {
            Some(group) => group.flags.push(flag),
            None => groups.push(FieldGroup { field, flags: vec![flag] }),
        }
    }
    // Each group taken out in turn by its rank, the first of equals first: a loop, where a
    // stable sort's code would weigh kilobytes in the wasm for lists this short.
    let rank = |group: &FieldGroup| match group.field {
        None => 0,
        Some(field) => sent.iter().position(|name| name.eq_ignore_ascii_case(field)).map_or(usize::MAX, |position| position + 1),
    };
    let mut ordered = Vec::with_capacity(groups.len());
    while let Some(next) = (0..groups.len()).min_by_key(|&index| rank(&groups[index])) {
        ordered.push(groups.remove(next));
    }
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(id: &'static str, field: Option<&str>, severity: Severity) -> Flag {
        Flag { id, field: field.map(str::to_string), severity, step: 0, title: id.into(), why: String::new(), fix: String::new() }
    }

    fn layout<'a>(groups: &[FieldGroup<'a>]) -> Vec<(Option<&'a str>, Vec<&'static str>)> {
        groups.iter().map(|group| (group.field, group.flags.iter().map(|flag| flag.id).collect())).collect()
    }

    #[test]
    fn each_severity_groups_its_flags_by_field_in_the_order_the_response_sends_them() {
        let flags = [
            flag("cache-control-malformed", Some("Cache-Control"), Severity::Warning),
            flag("set-cookie-samesite-none-insecure", Some("Set-Cookie"), Severity::Error),
            flag("missing-www-authenticate", Some("WWW-Authenticate"), Severity::Error),
            flag("date-in-future", Some("Date"), Severity::Warning),
            flag("content-length-conflict", Some("Content-Length"), Severity::Error),
            flag("set-cookie-not-secure", Some("set-cookie"), Severity::Error),
            flag("body-on-204-or-304", None, Severity::Error),
            flag("cache-control-conflict", Some("cache-control"), Severity::Advice),
            flag("cache-control-duplicate", Some("Cache-Control"), Severity::Warning),
        ];
        let sent = ["date", "content-length", "set-cookie", "cache-control"];
        assert_eq!(
            layout(&by_field(&flags, Severity::Error, &sent)),
            [
                (None, vec!["body-on-204-or-304"]),
                (Some("Content-Length"), vec!["content-length-conflict"]),
                (Some("Set-Cookie"), vec!["set-cookie-samesite-none-insecure", "set-cookie-not-secure"]),
                (Some("WWW-Authenticate"), vec!["missing-www-authenticate"]),
            ],
            "the response as a whole, the fields sent in their order, then the missing one; one group whatever the case"
        );
        assert_eq!(
            layout(&by_field(&flags, Severity::Warning, &sent)),
            [(Some("Date"), vec!["date-in-future"]), (Some("Cache-Control"), vec!["cache-control-malformed", "cache-control-duplicate"])]
        );
        assert_eq!(layout(&by_field(&flags, Severity::Advice, &sent)), [(Some("cache-control"), vec!["cache-control-conflict"])]);
        assert!(by_field(&flags[..2], Severity::Advice, &sent).is_empty());
    }

    #[test]
    fn fields_the_response_lacks_keep_the_order_they_were_flagged_in() {
        let flags = [
            flag("missing-retry-after", Some("Retry-After"), Severity::Warning),
            flag("missing-location", Some("Location"), Severity::Warning),
            flag("repeated-field", Some("ETag"), Severity::Warning),
        ];
        let groups = by_field(&flags, Severity::Warning, &["ETag"]);
        assert_eq!(groups.iter().map(|group| group.field).collect::<Vec<_>>(), [Some("ETag"), Some("Retry-After"), Some("Location")]);
    }
}
