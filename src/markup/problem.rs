//! The words for a `code` that cannot be shown.

use crate::db::Unresolved;

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
        Unresolved::Invalid { message } => ("Not a status code".to_string(), message.clone()),
    }
}

/// The console warning for a page author.
pub fn warning(unresolved: &Unresolved) -> String {
    match unresolved {
        Unresolved::Unassigned { code, .. } => format!("<http-status>: {code} is not a registered status code"),
        Unresolved::Invalid { message } => format!("<http-status>: {message}"),
    }
}
