use crate::components::browser::Browser;
use crate::components::card::Card;
use crate::components::explainer::Explainer;
use crate::components::guide::Guide;
use crate::components::problem::Problem;
use crate::components::response::Response;
use crate::hooks::use_bad_input_warning::use_bad_input_warning;
use crate::hooks::use_followed_entry::use_followed_entry;
use http_status_data::{self as db, Entry};
use yew::prelude::*;

/// The views a Yew app renders. Badges are plain markup without an app (see element.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// `card` when a code is set, `browser` otherwise.
    Default,
    Card,
    Explainer,
    Browser,
    /// A pasted response explained (the `response` prop).
    Response,
    /// "Which status code should I return?"
    Guide,
    /// Nothing: an app parked, empty, until an element needs it again.
    Nothing,
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub code: AttrValue,
    pub view: View,
    pub query: AttrValue,
    /// The response the response view explains.
    pub response: AttrValue,
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
        View::Response => html! { <StandaloneResponse text={props.response.clone()} {on_open} /> },
        View::Guide => html! { <StandaloneGuide link_hash={props.link_hash} {on_open} /> },
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

#[derive(Properties, PartialEq)]
struct StandaloneResponseProps {
    text: AttrValue,
    on_open: Callback<&'static Entry>,
}

/// The response view: a step's status opens its explainer in place, with a way back.
#[component]
fn StandaloneResponse(StandaloneResponseProps { text, on_open }: &StandaloneResponseProps) -> Html {
    let (opened, open) = use_explainer_in_place(on_open);
    html! {
        <>
            // Kept while an explanation is open, so going back finds the reader's edits.
            <div class="in-place" hidden={opened.is_some()}><Response text={text.clone()} on_open={open.clone()} /></div>
            <ExplainerInPlace {opened} back_label="\u{2190} Back to the response" on_select={open} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct StandaloneGuideProps {
    link_hash: bool,
    on_open: Callback<&'static Entry>,
}

/// The guide view: the code it ends at opens its explainer in place, with a way back.
#[component]
fn StandaloneGuide(StandaloneGuideProps { link_hash, on_open }: &StandaloneGuideProps) -> Html {
    let (opened, open) = use_explainer_in_place(on_open);
    html! {
        <>
            <div class="in-place" hidden={opened.is_some()}><Guide link_hash={*link_hash} on_open={open.clone()} /></div>
            <ExplainerInPlace {opened} back_label="\u{2190} Back to the guide" on_select={open} />
        </>
    }
}

/// The entry a view opened in its own place, and the callback that opens one (and reports it).
#[hook]
fn use_explainer_in_place(on_open: &Callback<&'static Entry>) -> (UseStateHandle<Option<&'static Entry>>, Callback<&'static Entry>) {
    let opened = use_state(|| None::<&'static Entry>);
    let open = {
        let (opened, on_open) = (opened.clone(), on_open.clone());
        Callback::from(move |entry: &'static Entry| {
            opened.set(Some(entry));
            on_open.emit(entry);
        })
    };
    (opened, open)
}

#[derive(Properties, PartialEq)]
struct ExplainerInPlaceProps {
    opened: UseStateHandle<Option<&'static Entry>>,
    back_label: &'static str,
    on_select: Callback<&'static Entry>,
}

/// The opened entry's explainer, with the button back to the view it was opened from.
#[component]
fn ExplainerInPlace(ExplainerInPlaceProps { opened, back_label, on_select }: &ExplainerInPlaceProps) -> Html {
    let Some(entry) = **opened else { return Html::default() };
    let back = {
        let opened = opened.clone();
        Callback::from(move |_| opened.set(None))
    };
    html! {
        <div class="explainer-in-place">
            <button type="button" class="close" onclick={back}>{ *back_label }</button>
            <Explainer {entry} on_select={on_select.clone()} embedded=true />
        </div>
    }
}
