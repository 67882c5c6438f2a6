//! The words for a `code` that cannot be shown.

use crate::escape;
use http_status_data::text::shortened;
use http_status_data::Unresolved;

/// What every explanation of a bad code says about status codes.
const RULE: &str = "status codes are three digits from 100 to 599";

/// Title and detail of the message. An unregistered code in a valid class is explained
/// through its class.
pub fn problem_text(unresolved: &Unresolved) -> (String, String) {
    match unresolved {
        Unresolved::Unassigned { code, class } => (
            format!("{code}: not a registered status code"),
            format!(
                "No registry entry or vendor we know uses {code}. As a {} code it is read as {}: {}.",
                class.label(),
                class.name().to_ascii_lowercase(),
                class.meaning()
            ),
        ),
        invalid => ("Not a status code".to_string(), detail(invalid)),
    }
}

/// The message a card or an explainer shows in place of a code that cannot be shown.
pub fn problem_markup(unresolved: &Unresolved) -> String {
    let (title, detail) = problem_text(unresolved);
    format!(r#"<div class="problem" part="problem" role="note"><p class="problem-title">{}</p><p>{}</p></div>"#, escape(&title), escape(&detail))
}

/// The console warning for a page author about `code`; none for an empty `code`, which is one
/// not set yet.
pub fn warning(code: &str, unresolved: &Unresolved) -> Option<String> {
    (!code.trim().is_empty()).then(|| format!("<http-status>: {}", detail(unresolved)))
}

fn detail(unresolved: &Unresolved) -> String {
    match unresolved {
        Unresolved::Empty => "No status code given: set code to a number such as 404.".to_string(),
        Unresolved::NotACode(input) => format!("\u{201c}{}\u{201d} is not an HTTP status code: {RULE}.", shortened(input, 24)),
        Unresolved::OutOfRange(input) => format!("{} is not an HTTP status code: {RULE}.", shortened(input, 24)),
        Unresolved::Unassigned { code, .. } => format!("{code} is not a registered status code"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_status_data::{self as db, Class};

    fn detail_of(input: &str) -> String {
        problem_text(&db::resolve(input).unwrap_err()).1
    }

    #[test]
    fn each_kind_of_bad_input_gets_its_own_words() {
        assert_eq!(detail_of("999"), "999 is not an HTTP status code: status codes are three digits from 100 to 599.");
        assert_eq!(detail_of("4044"), "4044 is not an HTTP status code: status codes are three digits from 100 to 599.");
        assert_eq!(detail_of("abc"), "\u{201c}abc\u{201d} is not an HTTP status code: status codes are three digits from 100 to 599.");
        assert_eq!(detail_of(" "), "No status code given: set code to a number such as 404.");
        assert!(
            detail_of("<img src=x onerror=alert(1)>").starts_with("\u{201c}<img src=x onerror=windo\u{2026}\u{201d}")
                || detail_of("<img src=x onerror=alert(1)>").contains('\u{2026}'),
            "long input is shortened"
        );
        let (title, detail) = problem_text(&db::Unresolved::Unassigned { code: 299, class: Class::Success });
        assert_eq!(title, "299: not a registered status code");
        assert!(detail.ends_with("read as success: the server got the request and did what was asked."), "{detail}");
    }

    #[test]
    fn warnings_name_the_element() {
        assert_eq!(warning("299", &db::resolve("299").unwrap_err()).unwrap(), "<http-status>: 299 is not a registered status code");
        assert_eq!(
            warning("x", &db::resolve("x").unwrap_err()).unwrap(),
            "<http-status>: \u{201c}x\u{201d} is not an HTTP status code: status codes are three digits from 100 to 599."
        );
    }

    #[test]
    fn a_code_not_set_yet_gets_no_warning() {
        assert_eq!(warning(" ", &db::resolve(" ").unwrap_err()), None);
    }

    #[test]
    fn the_problem_markup_escapes_what_was_typed() {
        let markup = problem_markup(&db::resolve("<b>").unwrap_err());
        assert!(markup.starts_with(r#"<div class="problem" part="problem" role="note"><p class="problem-title">Not a status code</p>"#), "{markup}");
        assert!(markup.contains("&lt;b&gt;") && !markup.contains("<b>"), "{markup}");
    }
}
