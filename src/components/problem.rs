use crate::db::Unresolved;
use yew::prelude::*;

/// A friendly message for a `code` that cannot be shown.
pub fn problem(unresolved: &Unresolved) -> Html {
    let (title, detail) = problem_text(unresolved);
    html! {
        <div class="problem" part="problem" role="note">
            <p class="problem-title">{ title }</p>
            <p>{ detail }</p>
        </div>
    }
}

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
