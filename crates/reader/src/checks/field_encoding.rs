//! Field values beyond ASCII (RFC 9110 section 5.5): HTTP carries them only as opaque bytes,
//! which some clients read as ISO-8859-1 and others as UTF-8, so the text arrives garbled in one
//! or the other (in a paste, often already garbled: `rÃ©sumÃ©`). Fields with a defined way to
//! carry other characters (Content-Disposition's `filename*`, Link's `title*`) should use it.

use super::Raised;
use crate::fields::Context;
use crate::Severity;
use std::collections::HashSet;

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let mut flagged: HashSet<String> = HashSet::new();
    for field in context.fields {
        // The reader marks a value it cut with an ellipsis of its own.
        let value = field.value.strip_suffix('\u{2026}').unwrap_or(&field.value);
        if value.is_ascii() || !flagged.insert(field.name.to_ascii_lowercase()) {
            continue;
        }
        raised.flag(
            "field-value-not-ascii",
            &field.name,
            Severity::Warning,
            format!("{} holds characters beyond ASCII", field.name),
            format!("HTTP field values are bytes with no declared encoding: some clients read {}'s as ISO-8859-1 and others as UTF-8, so its non-ASCII characters come out garbled in one or the other.", field.name),
            "Keep field values ASCII: percent-encode URLs, use filename* (RFC 8187) in Content-Disposition, and send other text in the body.".into(),
        );
    }
}
