use crate::db::Unresolved;
use yew::prelude::*;

/// A friendly message for a `code` that cannot be shown, inline (badge view) or as a block.
/// An unregistered code in a valid class is explained through its class.
pub fn problem(unresolved: &Unresolved, inline: bool) -> Html {
    let (title, detail) = match unresolved {
        Unresolved::Unassigned { code, class } => (
            format!("{code}: not a registered status code"),
            format!(
                "No registry entry or vendor we know uses {code}. As a {} code it is read as {}: {}.",
                class.label(),
                class.name().to_lowercase(),
                class.meaning()
            ),
        ),
        Unresolved::Invalid { message } => ("Not a status code".to_string(), message.clone()),
    };
    if inline {
        return html! { <span class="badge problem-badge" part="badge" title={detail}>{ title }</span> };
    }
    html! {
        <div class="problem" part="problem" role="note">
            <p class="problem-title">{ title }</p>
            <p>{ detail }</p>
        </div>
    }
}
