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

#[derive(Properties, PartialEq)]
pub struct ProblemProps {
    pub kind: ProblemKind,
    /// Inline (badge) or block.
    #[prop_or_default]
    pub inline: bool,
}

#[component]
pub fn Problem(ProblemProps { kind, inline }: &ProblemProps) -> Html {
    let (title, detail) = match kind {
        ProblemKind::Unassigned { code, class } => (
            format!("{code}: not a registered status code"),
            format!("No registry entry or vendor we know uses {code}. As a {} code it is read as {}: {}.", class.label(), class.name().to_lowercase(), class.meaning()),
        ),
        ProblemKind::Invalid(message) => ("Not a status code".to_string(), message.clone()),
    };
    if *inline {
        return html! { <span class="badge problem-badge" part="badge" title={detail.clone()}>{ title }</span> };
    }
    html! {
        <div class="problem" part="problem" role="note">
            <p class="problem-title">{ title }</p>
            <p>{ detail }</p>
        </div>
    }
}
