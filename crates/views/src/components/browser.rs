use crate::browser_state::{Action, BrowserState, Instead};
use crate::components::explainer::Explainer;
use crate::components::guide::Guide;
use crate::components::no_results::NoResults;
use crate::components::response::Response;
use crate::hooks::use_guide_link::use_guide_link;
use crate::hooks::use_hash_link::use_hash_link;
use crate::hooks::use_prose::use_search_words_loaded;
use crate::hooks::use_result_cards::use_result_cards;
use crate::hooks::use_result_grid::{focus_card, use_result_grid};
use crate::hooks::use_slash_shortcut::use_slash_shortcut;
use gloo::timers::callback::Timeout;
use http_status_data::{self as db, Class, Entry};
use http_status_reader as response;
use http_status_search::{self as search, Filters, Registry};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// Cards rendered before "Show all": a screenful at any width (fills rows of 1, 2, 3 or 4
/// columns). Laying out new cards is most of a keystroke's cost: 24 cards measured a p95 of
/// about 21 ms per keystroke, 12 about half that.
const FIRST_RESULTS: usize = 12;

impl Reducible for BrowserState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.after(action))
    }
}

/// A callback that dispatches `action`, whatever the event.
fn dispatching<Event>(state: &UseReducerHandle<BrowserState>, action: Action) -> Callback<Event> {
    let dispatcher = state.dispatcher();
    Callback::from(move |_| dispatcher.dispatch(action.clone()))
}

#[derive(Properties, PartialEq)]
pub struct BrowserProps {
    /// The initial search (the element's `query` attribute).
    pub query: AttrValue,
    /// Keep the selected code in the page's URL hash.
    pub link_hash: bool,
    /// `/` anywhere on the page focuses this view's search box.
    pub shortcut: bool,
    /// Called when the reader opens an entry.
    pub on_open: Callback<&'static Entry>,
}

/// The full reference: search, filters, a grid of cards and an explainer panel.
#[component]
pub fn Browser(props: &BrowserProps) -> Html {
    // Renders again only when an action changes the state: the query prop's effect below
    // repeats, on mounting, the query the state was made from.
    let state = use_reducer_eq(|| BrowserState::new(&props.query));
    let search_input = use_node_ref();
    let panel = use_node_ref();
    // The card to give focus back to when the explainer closes.
    let return_focus_to = use_mut_ref(|| None::<&'static str>);
    let result_cards = use_result_cards();

    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.query.clone(), move |query| dispatcher.dispatch(Action::Paste(query.to_string())));
    }
    use_slash_shortcut(props.shortcut, search_input.clone());
    // Prepare search (its index, and the code each kind of query runs) and every result card
    // once the first render is on screen, rather than on the first keystrokes.
    {
        let result_cards = result_cards.clone();
        use_effect_with((), move |_| {
            let preparing = Timeout::new(0, move || {
                warm_up_search();
                result_cards.prepare(db::entries());
            });
            move || drop(preparing)
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_hash_link(props.link_hash, state.selected, Callback::from(move |entry| dispatcher.dispatch(Action::Open(entry))));
        // A link into the guide (#guide/…) opens it here; the guide follows the rest of it.
        let dispatcher = state.dispatcher();
        use_guide_link(props.link_hash, Callback::from(move |_| dispatcher.dispatch(Action::OpenGuide)));
    }

    // The prose's words come as the view opens (not the prose, which a card's explainer fetches
    // when opened); they then count in searches too.
    let words_loaded = use_search_words_loaded();
    let hits = {
        let (query, filters) = (state.query.clone(), state.filters);
        use_memo((query, filters, words_loaded), |(query, filters, _)| search::search(query, filters))
    };

    // The same callback across renders, so the open explainer does not re-render per keystroke.
    let open = {
        let (dispatcher, return_focus_to) = (state.dispatcher(), return_focus_to.clone());
        use_callback(props.on_open.clone(), move |entry: &'static Entry, on_open| {
            // Only the card the panel was opened from: it is cleared when the panel closes.
            return_focus_to.borrow_mut().get_or_insert(entry.id);
            dispatcher.dispatch(Action::Open(entry));
            on_open.emit(entry);
        })
    };
    let grid = use_result_grid(search_input.clone(), open.clone());

    // Move focus into the panel when it opens, and back to the card when it closes.
    {
        let (panel, list, return_focus_to) = (panel.clone(), grid.list.clone(), return_focus_to.clone());
        use_effect_with(state.selected.map(|entry| entry.id), move |selected| match selected {
            Some(_) => {
                if let Some(panel) = panel.cast::<HtmlElement>() {
                    let _ = panel.focus();
                }
            }
            None => {
                if let Some(id) = return_focus_to.borrow_mut().take() {
                    focus_card(&list, id);
                }
            }
        });
    }

    let on_root_keydown = {
        let (dispatcher, open) = (state.dispatcher(), state.selected.is_some());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && open {
                event.prevent_default();
                dispatcher.dispatch(Action::Close);
            }
        })
    };
    let on_input = {
        let dispatcher = state.dispatcher();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                dispatcher.dispatch(Action::SetQuery(input.value()));
            }
        })
    };

    // A response pasted into the search box is explained in place of the results (a text field
    // of one line would drop its line breaks): see Action::Paste.
    let on_paste = {
        let dispatcher = state.dispatcher();
        Callback::from(move |event: Event| {
            let Some(text) = event.dyn_ref::<ClipboardEvent>().and_then(ClipboardEvent::clipboard_data).and_then(|data| data.get_data("text/plain").ok())
            else {
                return;
            };
            if response::looks_like_response(&text) {
                event.prevent_default();
                dispatcher.dispatch(Action::Paste(text));
            } else if let Some(one_line) = http_status_search::as_one_line(&text) {
                // The box would drop the line breaks and run the lines together; search reads
                // each line on its own, so they stay marked.
                let Some(input) = event.target_dyn_into::<HtmlInputElement>() else { return };
                if input.set_range_text(&one_line).is_ok() {
                    event.prevent_default();
                    dispatcher.dispatch(Action::SetQuery(input.value()));
                }
            }
        })
    };

    let selected_id = state.selected.map(|entry| entry.id);
    let shown = if state.show_all { hits.len() } else { hits.len().min(FIRST_RESULTS) };
    let tab_stop = grid.active.filter(|id| hits.iter().any(|hit| hit.entry.id == *id)).or(hits.first().map(|hit| hit.entry.id));
    let count_text = match hits.len() {
        0 => "No matching codes".to_string(),
        1 => "1 code".to_string(),
        count => format!("{count} codes"),
    };

    html! {
        <div class={classes!("browser", selected_id.map(|_| "has-selection"))} part="browser" onkeydown={on_root_keydown}>
            <div class="controls">
                <label class="visually-hidden" for="search">{ "Search HTTP status codes" }</label>
                <input
                    id="search"
                    ref={search_input}
                    type="search"
                    part="search"
                    class="search"
                    placeholder={if props.shortcut { "Search: 404, 5xx, rate limit, cloudflare… (press /)" } else { "Search: 404, 5xx, rate limit, cloudflare…" }}
                    autocomplete="off"
                    spellcheck="false"
                    value={state.query.clone()}
                    oninput={on_input}
                    onpaste={on_paste}
                    onkeydown={grid.on_search_keydown}
                />
                <div class="filters" role="group" aria-label="Filter by class">
                    { for Class::ALL.iter().map(|&class| html! {
                        <button type="button" class={classes!("chip", class.label())} part="filter" aria-pressed={(state.filters.class == Some(class)).to_string()} title={class.name()} onclick={dispatching(&state, Action::ToggleClass(class))}>
                            { class.label() }
                        </button>
                    }) }
                    <span class="divider" aria-hidden="true"></span>
                    { for [(Registry::All, "All"), (Registry::Registered, "IANA"), (Registry::Vendor, "Vendor")].into_iter().map(|(registry, label)| html! {
                        <button type="button" class="chip registry" part="filter" aria-pressed={(state.filters.registry == registry).to_string()} onclick={dispatching(&state, Action::SetRegistry(registry))}>{ label }</button>
                    }) }
                </div>
                <div class="count-row">
                    <p class="count" role="status" aria-live="polite">{ count_text }</p>
                    if state.instead != Some(Instead::Guide) {
                        <button type="button" class="link guide-link" onclick={dispatching(&state, Action::OpenGuide)}>{ "Which code should I return?" }</button>
                    }
                </div>
            </div>
            <div class="layout">
                <div class="results-column">
                    if let Some(instead) = &state.instead {
                        <button type="button" class="close back-to-search" onclick={dispatching(&state, Action::BackToSearch)}>{ "\u{2190} Back to search" }</button>
                        { match instead {
                            Instead::Response(text) => html! { <Response text={AttrValue::from(text.clone())} on_open={open.clone()} /> },
                            Instead::Guide => html! { <Guide link_hash={props.link_hash} on_open={open.clone()} /> },
                        } }
                    } else if hits.is_empty() {
                        <NoResults query={AttrValue::from(state.query.clone())} filtered={state.filters != Filters::default()} on_clear_filters={dispatching(&state, Action::ClearFilters)} on_open={open.clone()} />
                    } else {
                        <ul class="results" ref={grid.list} aria-label="Status codes" onkeydown={grid.onkeydown} onclick={grid.onclick} onfocusin={grid.onfocusin}>
                            { for hits[..shown].iter().map(|hit| {
                                let id = hit.entry.id;
                                result_cards.card(hit.entry, selected_id == Some(id), tab_stop == Some(id))
                            }) }
                        </ul>
                        if shown < hits.len() {
                            <button type="button" class="show-all" onclick={dispatching(&state, Action::ShowAll)}>{ format!("Show all {} codes", hits.len()) }</button>
                        }
                    }
                </div>
                if let Some(entry) = state.selected {
                    <div class={classes!("panel", entry.class_label())} ref={panel} tabindex="-1" role="region" aria-label={format!("{} explained", entry.title())}>
                        <button type="button" class="close" onclick={dispatching(&state, Action::Close)} aria-label="Close the explanation">
                            <span class="back-label">{ "← Back to results" }</span>
                            <span class="close-label" aria-hidden="true">{ "×" }</span>
                        </button>
                        <Explainer entry={entry} on_select={open.clone()} embedded=true />
                    </div>
                }
            </div>
        </div>
    }
}

/// Builds the search index now rather than on the first keystroke, and runs a query of each
/// kind once, so the browser has compiled the code they need before anyone types. Every
/// browser view on a page asks; the first does the work.
fn warm_up_search() {
    static WARMED: std::sync::Once = std::sync::Once::new();
    WARMED.call_once(|| {
        for query in ["4xx", "not found", "forbiden", "HTTP/1.1 503"] {
            search::search(query, &Filters::default());
        }
        search::suggestions("zzz", 1);
    });
}
