use http_status_data::{self as db, Entry};
use wasm_bindgen::JsCast;
use web_sys::{EventTarget, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// The handlers of the browser's grid of result cards: one listener each on the list rather
/// than several per card. Arrows move between cards by rows and columns as laid out, Home and
/// End go to the first and last, ArrowUp from the first row returns to the search box and
/// ArrowDown from the search box enters the grid; a click opens a card; the card focused last
/// is the grid's one Tab stop (roving tabindex).
pub struct ResultGrid {
    pub list: NodeRef,
    pub onkeydown: Callback<KeyboardEvent>,
    pub onclick: Callback<MouseEvent>,
    pub onfocusin: Callback<FocusEvent>,
    /// For the search box.
    pub on_search_keydown: Callback<KeyboardEvent>,
    /// The id of the card focused last.
    pub active: Option<&'static str>,
}

#[hook]
pub fn use_result_grid(search_input: NodeRef, on_open: Callback<&'static Entry>) -> ResultGrid {
    let list = use_node_ref();
    let active = use_state(|| None::<&'static str>);
    let onkeydown = {
        let list = list.clone();
        Callback::from(move |event: KeyboardEvent| {
            let columns = column_count(&list);
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
            let moved = move_focus(&list, |current, count| step(current, columns, count));
            if !moved && event.key() == "ArrowUp" {
                if let Some(input) = search_input.cast::<HtmlElement>() {
                    let _ = input.focus();
                }
            }
        })
    };
    let onclick = Callback::from(move |event: MouseEvent| {
        if let Some(entry) = card_entry(event.target()) {
            on_open.emit(entry);
        }
    });
    let onfocusin = {
        let active = active.clone();
        Callback::from(move |event: FocusEvent| {
            if let Some(entry) = card_entry(event.target()) {
                active.set(Some(entry.id));
            }
        })
    };
    let on_search_keydown = {
        let list = list.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "ArrowDown" {
                event.prevent_default();
                move_focus(&list, |_, _| Some(0));
            }
        })
    };
    ResultGrid { list, onkeydown, onclick, onfocusin, on_search_keydown, active: *active }
}

/// Focuses the card of the entry with `id`, if it is in the list.
pub fn focus_card(list: &NodeRef, id: &str) {
    if let Some(card) = cards(list).into_iter().find(|card| card.get_attribute("data-id").as_deref() == Some(id)) {
        let _ = card.focus();
    }
}

/// The entry of the result card an event happened in.
fn card_entry(target: Option<EventTarget>) -> Option<&'static Entry> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let card = element.closest("button.card").ok()??;
    db::by_id(&card.get_attribute("data-id")?)
}

fn cards(list: &NodeRef) -> Vec<HtmlElement> {
    let Some(list) = list.cast::<HtmlElement>() else { return Vec::new() };
    let Ok(nodes) = list.query_selector_all("button.card") else { return Vec::new() };
    (0..nodes.length()).filter_map(|index| nodes.item(index)?.dyn_into::<HtmlElement>().ok()).collect()
}

/// Cards per row, from their layout: the cards sharing the first card's top edge.
fn column_count(list: &NodeRef) -> usize {
    let top = |card: &HtmlElement| card.get_bounding_client_rect().top().round() as i64;
    let cards = cards(list);
    let Some(first_top) = cards.first().map(top) else { return 1 };
    cards.iter().take_while(|card| top(card) == first_top).count().max(1)
}

/// Focuses the card that `target(current index, count)` picks; false when there is none.
fn move_focus(list: &NodeRef, target: impl Fn(usize, usize) -> Option<usize>) -> bool {
    let cards = cards(list);
    let focused = cards.iter().position(|card| card.matches(":focus").unwrap_or(false)).unwrap_or(0);
    match target(focused, cards.len()).and_then(|index| cards.get(index)) {
        Some(card) => card.focus().is_ok(),
        None => false,
    }
}
