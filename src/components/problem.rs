use crate::db::Class;
use yew::prelude::*;

/// What the element shows for a `code` it cannot show.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A valid, unregistered code: explain its class instead.
    Unassigned { code: u16, class: Class },
    /// Not a status code; the message says why.
    Invalid(String),
}

/// A friendly message, inline (badge view) or as a block.
pub fn problem(kind: &ProblemKind, inline: bool) -> Html {
    let (title, detail) = match kind {
        ProblemKind::Unassigned { code, class } => (
            format!("{code}: not a registered status code"),
            format!(
                "No registry entry or vendor we know uses {code}. As a {} code it is read as {}: {}.",
                class.label(),
                class.name().to_lowercase(),
                class.meaning()
            ),
        ),
        ProblemKind::Invalid(message) => ("Not a status code".to_string(), message.clone()),
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
