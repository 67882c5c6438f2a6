use crate::components::explainer::Explainer;
use crate::components::result_cards::ResultCards;
use crate::db::{self, Class, Entry};
use crate::search::{self, Filters, Registry};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// How many close matches to offer when a search finds nothing.
const SUGGESTION_COUNT: usize = 5;
/// Cards rendered before "Show all": a screenful at any width (fills rows of 1, 2, 3 or 4
/// columns). Laying out new cards is most of a keystroke's cost: 24 cards measured a p95 of
/// about 21 ms per keystroke, 12 about half that.
const FIRST_RESULTS: usize = 12;

thread_local! {
    /// Browser views on the page that asked for the `/` shortcut; it only acts when there is one.
    static SHORTCUT_BROWSERS: Cell<usize> = const { Cell::new(0) };
}

#[derive(Clone, Debug, PartialEq)]
pub struct BrowserState {
    query: String,
    filters: Filters,
    selected: Option<&'static Entry>,
    /// Every result rendered, not just the first ones; reset by a new search.
    show_all: bool,
}

pub enum Action {
    SetQuery(String),
    ToggleClass(Class),
    SetRegistry(Registry),
    ClearFilters,
    ShowAll,
    Open(&'static Entry),
    Close,
}

impl Reducible for BrowserState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetQuery(query) => {
                next.show_all &= next.query == query;
                next.query = query;
            }
            Action::ToggleClass(class) => {
                next.filters.class = if next.filters.class == Some(class) { None } else { Some(class) };
                next.show_all = false;
            }
            Action::SetRegistry(registry) => {
                next.filters.registry = registry;
                next.show_all = false;
            }
            Action::ClearFilters => {
                next.filters = Filters::default();
                next.show_all = false;
            }
            Action::ShowAll => next.show_all = true,
            Action::Open(entry) => next.selected = Some(entry),
            Action::Close => next.selected = None,
        }
        Rc::new(next)
    }
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
    let state = use_reducer(|| BrowserState { query: props.query.to_string(), filters: Filters::default(), selected: None, show_all: false });
    let search_input = use_node_ref();
    let results_list = use_node_ref();
    let panel = use_node_ref();
    // The card to give focus back to when the explainer closes.
    let return_focus_to = use_mut_ref(|| None::<&'static str>);
    // The card that takes part in Tab order (roving tabindex).
    let active_card = use_state(|| None::<&'static str>);
    let result_cards = use_memo((), |_| ResultCards::default());

    {
        let state = state.clone();
        use_effect_with(props.query.clone(), move |query| state.dispatch(Action::SetQuery(query.to_string())));
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
    use_hash_link(props.link_hash, state.clone());

    let hits = {
        let (query, filters) = (state.query.clone(), state.filters);
        use_memo((query, filters), |(query, filters)| search::search(query, filters))
    };

    // Move focus into the panel when it opens, and back to the card when it closes.
    {
        let (panel, results_list, return_focus_to) = (panel.clone(), results_list.clone(), return_focus_to.clone());
        use_effect_with(state.selected.map(|entry| entry.id), move |selected| {
            match selected {
                Some(_) => {
                    if let Some(panel) = panel.cast::<HtmlElement>() {
                        let _ = panel.focus();
                    }
                }
                None => {
                    if let Some(id) = return_focus_to.borrow_mut().take() {
                        focus_card(&results_list, id);
                    }
                }
            }
        });
    }

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
    let close = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Close))
    };
    let on_root_keydown = {
        let state = state.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && state.selected.is_some() {
                event.prevent_default();
                state.dispatch(Action::Close);
            }
        })
    };
    let on_input = {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                state.dispatch(Action::SetQuery(input.value()));
            }
        })
    };
    let on_search_keydown = {
        let results_list = results_list.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "ArrowDown" {
                event.prevent_default();
                move_focus(&results_list, |_, _| Some(0));
            }
        })
    };
    let on_results_keydown = {
        let (results_list, search_input) = (results_list.clone(), search_input.clone());
        Callback::from(move |event: KeyboardEvent| {
            let columns = column_count(&results_list);
            let step: fn(usize, usize, usize) -> Option<usize> = match event.key().as_str() {
                "ArrowRight" => |current, _, _| Some(current + 1),
                "ArrowLeft" => |current, _, _| current.checked_sub(1),
                "ArrowDown" => |current, columns, _| Some(current + columns),
                "ArrowUp" => |current, columns, _| current.checked_sub(columns),
                "Home" => |_, _, _| Some(0),
                "End" => |_, _, count| count.checked_sub(1),
                _ => return,
            };
            event.prevent_default();
            let moved = move_focus(&results_list, |current, count| step(current, columns, count));
            if !moved && event.key() == "ArrowUp" {
                if let Some(input) = search_input.cast::<HtmlElement>() {
                    let _ = input.focus();
                }
            }
        })
    };

    // One listener each on the list rather than two per card.
    let on_results_click = {
        let open = open.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(entry) = card_entry(event.target()) {
                open.emit(entry);
            }
        })
    };
    let on_results_focus = {
        let active_card = active_card.clone();
        Callback::from(move |event: FocusEvent| {
            if let Some(entry) = card_entry(event.target()) {
                active_card.set(Some(entry.id));
            }
        })
    };
    let selected_id = state.selected.map(|entry| entry.id);
    let shown = if state.show_all { hits.len() } else { hits.len().min(FIRST_RESULTS) };
    let show_all = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ShowAll))
    };
    let tab_stop = active_card.filter(|id| hits.iter().any(|hit| hit.entry.id == *id)).or(hits.first().map(|hit| hit.entry.id));
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
                    onkeydown={on_search_keydown}
                />
                <div class="filters" role="group" aria-label="Filter by class">
                    { for Class::ALL.iter().map(|&class| {
                        let pressed = state.filters.class == Some(class);
                        let onclick = { let state = state.clone(); Callback::from(move |_| state.dispatch(Action::ToggleClass(class))) };
                        html! {
                            <button type="button" class={classes!("chip", class.label())} part="filter" aria-pressed={pressed.to_string()} title={class.name()} {onclick}>
                                { class.label() }
                            </button>
                        }
                    }) }
                    <span class="divider" aria-hidden="true"></span>
                    { for [(Registry::All, "All"), (Registry::Standard, "Standard"), (Registry::Vendor, "Unofficial")].into_iter().map(|(registry, label)| {
                        let pressed = state.filters.registry == registry;
                        let onclick = { let state = state.clone(); Callback::from(move |_| state.dispatch(Action::SetRegistry(registry))) };
                        html! {
                            <button type="button" class="chip registry" part="filter" aria-pressed={pressed.to_string()} {onclick}>{ label }</button>
                        }
                    }) }
                </div>
                <p class="count" role="status" aria-live="polite">{ count_text }</p>
            </div>
            <div class="layout">
                <div class="results-column">
                    if hits.is_empty() {
                        <NoResults query={AttrValue::from(state.query.clone())} filtered={state.filters != Filters::default()} state={state.clone()} on_open={open.clone()} />
                    } else {
                        <ul class="results" ref={results_list} aria-label="Status codes" onkeydown={on_results_keydown} onclick={on_results_click} onfocusin={on_results_focus}>
                            { for hits[..shown].iter().map(|hit| {
                                let id = hit.entry.id;
                                result_cards.card(hit.entry, selected_id == Some(id), tab_stop == Some(id))
                            }) }
                        </ul>
                        if shown < hits.len() {
                            <button type="button" class="show-all" onclick={show_all}>{ format!("Show all {} codes", hits.len()) }</button>
                        }
                    }
                </div>
                if let Some(entry) = state.selected {
                    <div class={classes!("panel", entry.class().label())} ref={panel} tabindex="-1" role="region" aria-label={format!("{} explained", entry.title())}>
                        <button type="button" class="close" onclick={close} aria-label="Close the explanation">
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

#[derive(Properties, PartialEq)]
struct NoResultsProps {
    query: AttrValue,
    filtered: bool,
    state: UseReducerHandle<BrowserState>,
    on_open: Callback<&'static Entry>,
}

/// What a search that found nothing shows: why, and where to go instead.
#[component]
fn NoResults(NoResultsProps { query, filtered, state, on_open }: &NoResultsProps) -> Html {
    let suggestions = search::suggestions(query, SUGGESTION_COUNT);
    let clear_filters = { let state = state.clone(); Callback::from(move |_| state.dispatch(Action::ClearFilters)) };
    let unfiltered_count = if *filtered { search::search(query, &Filters::default()).len() } else { 0 };
    html! {
        <div class="empty">
            <p class="empty-title">{ format!("No status code matches \u{201c}{}\u{201d}", truncate(query, 60)) }</p>
            if unfiltered_count > 0 {
                <p>
                    { format!("{unfiltered_count} more outside the current filters. ") }
                    <button type="button" class="link" onclick={clear_filters}>{ "Clear filters" }</button>
                </p>
            }
            if suggestions.is_empty() {
                <p class="muted">{ "Try a number (404), a class (5xx), a name (not found) or a symptom (rate limit)." }</p>
            } else {
                <p>{ "Close matches:" }</p>
                <ul class="suggestions">
                    { for suggestions.into_iter().map(|entry| html! {
                        <li>
                            <button type="button" class={classes!("chip", entry.class().label())} onclick={on_open.reform(move |_| entry)}>
                                { entry.title() }
                            </button>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}

fn truncate(text: &str, limit: usize) -> String {
    let mut shortened: String = text.chars().take(limit).collect();
    if text.chars().count() > limit {
        shortened.push('…');
    }
    shortened
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

/// The entry of the result card an event happened in.
fn card_entry(target: Option<web_sys::EventTarget>) -> Option<&'static Entry> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let card = element.closest("button.card").ok()??;
    db::by_id(&card.get_attribute("data-id")?)
}

fn cards(results_list: &NodeRef) -> Vec<HtmlElement> {
    let Some(list) = results_list.cast::<HtmlElement>() else { return Vec::new() };
    let Ok(nodes) = list.query_selector_all("button.card") else { return Vec::new() };
    (0..nodes.length()).filter_map(|index| nodes.item(index)?.dyn_into::<HtmlElement>().ok()).collect()
}

/// Cards per row, from their layout: the cards sharing the first card's top edge.
fn column_count(results_list: &NodeRef) -> usize {
    let top = |card: &HtmlElement| card.get_bounding_client_rect().top().round();
    let cards = cards(results_list);
    let Some(first_top) = cards.first().map(top) else { return 1 };
    cards.iter().take_while(|card| top(card) == first_top).count().max(1)
}

/// Focuses the card that `target(current index, count)` picks; false when there is none.
fn move_focus(results_list: &NodeRef, target: impl Fn(usize, usize) -> Option<usize>) -> bool {
    let cards = cards(results_list);
    let focused = cards.iter().position(|card| card.matches(":focus").unwrap_or(false)).unwrap_or(0);
    match target(focused, cards.len()).and_then(|index| cards.get(index)) {
        Some(card) => card.focus().is_ok(),
        None => false,
    }
}

fn focus_card(results_list: &NodeRef, id: &str) {
    if let Some(card) = cards(results_list).into_iter().find(|card| card.get_attribute("data-id").as_deref() == Some(id)) {
        let _ = card.focus();
    }
}

/// With `shortcut`, `/` anywhere on the page focuses the search box, unless the reader is typing
/// elsewhere or more than one browser view on the page asked for it.
#[hook]
fn use_slash_shortcut(enabled: bool, search_input: NodeRef) {
    use_effect_with(enabled, move |enabled| {
        let enabled = *enabled;
        if enabled {
            SHORTCUT_BROWSERS.with(|count| count.set(count.get() + 1));
        }
        let listener = enabled.then(web_sys::window).flatten().map(|window| {
            // On window, capturing, so it acts before the page's own "/" listeners and can keep
            // the key from them; not passive, so the "/" is not typed into the box.
            let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                if event.key() != "/" || event.ctrl_key() || event.meta_key() || event.alt_key() || SHORTCUT_BROWSERS.with(Cell::get) != 1 {
                    return;
                }
                if typing_somewhere(event) {
                    return;
                }
                if let Some(input) = search_input.cast::<HtmlInputElement>() {
                    // The page asked for this shortcut: its own `/` handlers do not also act.
                    event.prevent_default();
                    event.stop_propagation();
                    let _ = input.focus();
                    input.select();
                }
            })
        });
        move || {
            drop(listener);
            if enabled {
                SHORTCUT_BROWSERS.with(|count| count.set(count.get().saturating_sub(1)));
            }
        }
    });
}

/// Whether the key went to a text field (looking through shadow roots).
fn typing_somewhere(event: &KeyboardEvent) -> bool {
    let Some(origin) = event.composed_path().get(0).dyn_into::<HtmlElement>().ok() else { return false };
    let tag = origin.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select") || origin.is_content_editable()
}

/// With `link-hash`, the selected entry lives in the page's URL hash (`#429`, `#499-nginx`):
/// opening the page at that hash opens the entry, and selecting an entry updates the hash.
#[hook]
fn use_hash_link(enabled: bool, state: UseReducerHandle<BrowserState>) {
    {
        let state = state.clone();
        use_effect_with(enabled, move |enabled| {
            let listener = enabled.then(|| {
                open_from_hash(&state);
                let state = state.clone();
                web_sys::window().map(|window| EventListener::new(&window, "hashchange", move |_| open_from_hash(&state)))
            });
            move || drop(listener)
        });
    }
    // Only a hash this view wrote is cleared when the explainer closes.
    let written = use_mut_ref(|| None::<String>);
    use_effect_with((enabled, state.selected.map(|entry| entry.id)), move |(enabled, selected)| {
        if !*enabled {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let (Ok(history), Ok(current)) = (window.history(), window.location().hash()) else { return };
        let url = match selected {
            Some(id) => format!("#{id}"),
            None if written.borrow().as_deref() == Some(current.as_str()) => {
                let location = window.location();
                location.pathname().unwrap_or_default() + &location.search().unwrap_or_default()
            }
            None => return,
        };
        if url != current {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        *written.borrow_mut() = selected.map(|id| format!("#{id}"));
    });
}

fn open_from_hash(state: &UseReducerHandle<BrowserState>) {
    let Some(hash) = web_sys::window().and_then(|window| window.location().hash().ok()) else { return };
    // resolve() reads ids ("499-nginx") as well as codes ("429"), and rejects an empty hash.
    if let Ok(entry) = db::resolve(hash.trim_start_matches('#')) {
        if state.selected != Some(entry) {
            state.dispatch(Action::Open(entry));
        }
    }
}
