//! The flag for an HTTP date written in another form than the IMF-fixdate: senders must write
//! that one form, case and all (RFC 9110 section 5.6.7), while recipients may accept the others.
//! The date is read all the same; the flag says that stricter parsers may not read it.

use super::Raised;
use crate::fields::{listed, Context};
use crate::http_date::{self, OtherForm};
use crate::{mask, Severity};

/// The response fields whose value is an HTTP-date (`Retry-After` when it is not seconds).
const DATE_FIELDS: [&str; 5] = ["date", "expires", "last-modified", "retry-after", "sunset"];

/// A flag for each date field written in another form than the IMF-fixdate.
pub(super) fn check(raised: &mut Raised, context: &Context) {
    for field in DATE_FIELDS.iter().flat_map(|name| context.all(name)) {
        let Some(form) = http_date::other_form(&field.value) else { continue };
        let Some(at) = http_date::parse(&field.value) else { continue };
        let how = match form {
            OtherForm::Rfc850 => {
                "It is in the obsolete RFC 850 form (Sunday, 06-Nov-94 08:49:37 GMT), whose two-digit year leaves the century to guess.".to_string()
            }
            OtherForm::Asctime => "It is in the obsolete asctime form (Sun Nov  6 08:49:37 1994), which names no time zone.".to_string(),
            OtherForm::LooseFixdate(faults) => format!("It is shaped like an IMF-fixdate, with {}.", listed(&faults)),
        };
        let name = &field.name;
        raised.flag(
            "date-not-imf-fixdate",
            name,
            Severity::Warning,
            format!("{name} is not written as an IMF-fixdate"),
            format!(
                "{name}: \u{201c}{}\u{201d} was read as {}. {how} Senders must write HTTP dates as an IMF-fixdate, which is case-sensitive (RFC 9110 section 5.6.7); recipients may accept the other forms, but a parser that does not drops the date or misreads it.",
                mask::text(field.value.trim()),
                http_date::format(at)
            ),
            format!("Write {name} as an IMF-fixdate: {name}: {}.", http_date::format(at)),
        );
    }
}
