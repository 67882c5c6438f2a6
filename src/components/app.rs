use crate::components::browser::Browser;
use crate::components::card::Card;
use crate::components::explainer::Explainer;
use crate::components::problem::Problem;
use crate::db::{self, Entry};
use crate::hooks::use_bad_input_warning::use_bad_input_warning;
use crate::hooks::use_followed_entry::use_followed_entry;
use yew::prelude::*;

/// The views a Yew app renders. Badges are plain markup without an app (see element.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// `card` when a code is set, `browser` otherwise.
    Default,
    Card,
    Explainer,
    Browser,
    /// Nothing: an app parked, empty, until an element needs it again.
    Nothing,
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub code: AttrValue,
    pub view: View,
    pub query: AttrValue,
    pub link_hash: bool,
    /// `/` anywhere on the page focuses the browser's search box (opt-in: docs sites own `/`).
    pub shortcut: bool,
    /// Called when the reader opens an entry (the element turns it into `http-status-select`).
    pub on_open: Callback<&'static Entry>,
}

/// Picks the view from the element's attributes.
#[component]
pub fn App(props: &AppProps) -> Html {
    let has_code = !props.code.trim().is_empty();
    let view = match props.view {
        View::Default if has_code => View::Card,
        View::Default => View::Browser,
        chosen => chosen,
    };
    use_bad_input_warning(&props.code, matches!(view, View::Card | View::Explainer));
    let on_open = props.on_open.clone();
    match view {
        View::Nothing => Html::default(),
        View::Browser => html! { <Browser query={props.query.clone()} link_hash={props.link_hash} shortcut={props.shortcut} {on_open} /> },
        View::Default | View::Card | View::Explainer => match db::resolve(&props.code) {
            Err(unresolved) => html! { <Problem {unresolved} /> },
            Ok(entry) if view == View::Explainer => html! { <StandaloneExplainer {entry} {on_open} /> },
            Ok(entry) => html! { <Card {entry} {on_open} /> },
        },
    }
}

#[derive(Properties, PartialEq)]
struct StandaloneExplainerProps {
    entry: &'static Entry,
    on_open: Callback<&'static Entry>,
}

/// The explainer view: following a related code switches it in place.
#[component]
fn StandaloneExplainer(StandaloneExplainerProps { entry, on_open }: &StandaloneExplainerProps) -> Html {
    let (shown, on_select) = use_followed_entry(entry, on_open);
    html! { <Explainer entry={shown} {on_select} /> }
}
