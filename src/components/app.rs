use crate::components::badge::badge_markup;
use crate::components::browser::Browser;
use crate::components::card::Card;
use crate::components::explainer::Explainer;
use crate::components::problem::problem;
use crate::db::{self, Entry, Unresolved};
use crate::hooks::use_followed_entry::use_followed_entry;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::prelude::*;

/// The element's `view` attribute; anything unknown falls back to the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// `card` when a code is set, `browser` otherwise.
    Default,
    Badge,
    Card,
    Explainer,
    Browser,
}

impl View {
    pub fn parse(value: &str) -> View {
        match value.trim().to_ascii_lowercase().as_str() {
            "badge" => View::Badge,
            "card" => View::Card,
            "explainer" => View::Explainer,
            "browser" => View::Browser,
            _ => View::Default,
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The `<http-status>` element, which events are dispatched from; `None` while the app
    /// waits, empty, for an element to connect.
    pub host: Option<HtmlElement>,
    pub code: AttrValue,
    pub view: View,
    pub query: AttrValue,
    pub link_hash: bool,
    /// `/` anywhere on the page focuses the browser's search box (opt-in: docs sites own `/`).
    pub shortcut: bool,
}

/// Picks the view from the element's attributes.
#[component]
pub fn App(props: &AppProps) -> Html {
    let on_open = {
        let host = props.host.clone();
        Callback::from(move |entry: &'static Entry| {
            if let Some(host) = &host {
                dispatch_select(host, entry);
            }
        })
    };
    let has_code = !props.code.trim().is_empty();
    let connected = props.host.is_some();
    use_bad_input_warning(&props.code, connected && props.view != View::Browser);
    if !connected {
        return Html::default();
    }
    let view = match props.view {
        View::Default if has_code => View::Card,
        View::Default => View::Browser,
        chosen => chosen,
    };
    if view == View::Browser {
        return html! { <Browser query={props.query.clone()} link_hash={props.link_hash} shortcut={props.shortcut} {on_open} /> };
    }
    if view == View::Badge {
        return Html::from_html_unchecked(badge_markup(&db::resolve(&props.code)).into());
    }
    let entry = match db::resolve(&props.code) {
        Ok(entry) => entry,
        Err(unresolved) => return problem(&unresolved),
    };
    match view {
        View::Explainer => html! { <StandaloneExplainer {entry} {on_open} /> },
        _ => html! { <Card {entry} {on_open} /> },
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

/// One console warning per bad `code` value, so page authors notice without a flood.
#[hook]
fn use_bad_input_warning(code: &AttrValue, shown: bool) {
    use_effect_with((code.clone(), shown), |(code, shown)| {
        if !*shown {
            return;
        }
        if let Err(unresolved) = db::resolve(code) {
            warn_bad_code(code, &unresolved);
        }
    });
}

/// Tells the page author, in the console, why `code` cannot be shown. An empty `code` is one
/// not set yet, and gets no warning.
pub fn warn_bad_code(code: &str, unresolved: &Unresolved) {
    if code.trim().is_empty() {
        return;
    }
    let warning = match unresolved {
        Unresolved::Unassigned { code, .. } => format!("{code} is not a registered status code"),
        Unresolved::Invalid { message } => message.clone(),
    };
    gloo::console::warn!(format!("<http-status>: {warning}"));
}

/// `http-status-select`, bubbling out of the shadow root, with `detail: { code, id }`.
fn dispatch_select(host: &HtmlElement, entry: &Entry) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"code".into(), &entry.code.into());
    let _ = js_sys::Reflect::set(&detail, &"id".into(), &entry.id.into());
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("http-status-select", &init) {
        let _ = host.dispatch_event(&event);
    }
}
