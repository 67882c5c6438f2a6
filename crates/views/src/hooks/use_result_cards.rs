//! The browser's result cards, built once per view and kept: `use_result_cards`.
//!
//! A keystroke can replace every card on screen. Each card is built from markup the first time
//! its entry is a result and the same nodes come back whenever it is again, so a keystroke
//! only moves nodes: no virtual nodes, no markup parsing, no attribute writes for the cards.

use http_status_data::Entry;
use http_status_markup::card_face::{card_face_markup, name_id, summary_id};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::UnwrapThrowExt;
use web_sys::Element;
use yew::prelude::*;
use yew::virtual_dom::{Key, VList};

/// The parts of a card that change without its entry changing.
#[derive(Clone, Copy, PartialEq)]
struct CardState {
    selected: bool,
    /// The one card in Tab order (roving tabindex).
    tab_stop: bool,
}

/// A card's `<li>`, its button and the state last written to them.
struct KeptCard {
    item: Element,
    button: Element,
    state: Cell<CardState>,
}

/// The kept cards of one browser view, for as long as it lives.
#[hook]
pub fn use_result_cards() -> Rc<ResultCards> {
    use_memo((), |_| ResultCards::default())
}

#[derive(Default)]
pub struct ResultCards {
    kept: RefCell<HashMap<&'static str, KeptCard>>,
}

impl ResultCards {
    /// The card for `entry`, as a keyed child of the results list. Its state is written to
    /// the kept nodes here, during render: Yew does not manage them.
    pub fn card(&self, entry: &'static Entry, selected: bool, tab_stop: bool) -> Html {
        let mut kept = self.kept.borrow_mut();
        let card = kept.entry(entry.id).or_insert_with(|| KeptCard::build(entry));
        card.show(entry, CardState { selected, tab_stop });
        let item = Html::VRef(card.item.clone().into());
        Html::VList(Rc::new(VList::with_children(vec![item], Some(Key::from(entry.id)))))
    }

    /// Builds the cards of `entries` ahead of the keystrokes that will show them.
    pub fn prepare(&self, entries: &'static [Entry]) {
        let mut kept = self.kept.borrow_mut();
        for entry in entries {
            kept.entry(entry.id).or_insert_with(|| KeptCard::build(entry));
        }
    }
}

impl KeptCard {
    /// A card neither selected nor in Tab order, named by its code and phrase and described by
    /// its summary (its whole face would otherwise be its name).
    fn build(entry: &'static Entry) -> KeptCard {
        let item = gloo::utils::document().create_element("li").expect_throw("a document");
        item.set_inner_html(&format!(
            r#"<button type="button" class="{}" part="card" data-id="{}" tabindex="-1" aria-labelledby="{}" aria-describedby="{}">{}</button>"#,
            class_name(entry, false),
            entry.id,
            name_id(entry),
            summary_id(entry),
            card_face_markup(entry)
        ));
        let button = item.first_element_child().expect_throw("the card button");
        KeptCard { item, button, state: Cell::new(CardState { selected: false, tab_stop: false }) }
    }

    fn show(&self, entry: &Entry, state: CardState) {
        if self.state.replace(state) == state {
            return;
        }
        self.button.set_class_name(&class_name(entry, state.selected));
        let _ = self.button.set_attribute("tabindex", if state.tab_stop { "0" } else { "-1" });
        let _ = match state.selected {
            true => self.button.set_attribute("aria-current", "true"),
            false => self.button.remove_attribute("aria-current"),
        };
    }
}

fn class_name(entry: &Entry, selected: bool) -> String {
    let selected = if selected { " selected" } else { "" };
    format!("card {}{selected}", entry.class_label())
}
