//! Views ask for the long prose, or for its words (search), and render again when they arrive
//! (`crate::prose` holds the state).

use crate::prose::{Fetched, PROSE, SEARCH_WORDS};
use http_status_data::{self as db, Prose};
use yew::prelude::*;

/// The prose of an entry as a view sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ProseState {
    Ready(&'static Prose),
    Loading,
    Failed,
}

impl ProseState {
    pub fn ready(self) -> Option<&'static Prose> {
        match self {
            ProseState::Ready(prose) => Some(prose),
            _ => None,
        }
    }
}

/// Whether the prose has loaded, asking for it when not and rendering again when it arrives.
#[hook]
pub fn use_prose_loaded() -> bool {
    use_fetched(&PROSE)
}

/// Whether search has the prose's words, asking for the search-words file when not and
/// rendering again when it arrives.
#[hook]
pub fn use_search_words_loaded() -> bool {
    use_fetched(&SEARCH_WORDS)
}

#[hook]
fn use_fetched(file: &'static std::thread::LocalKey<Fetched>) -> bool {
    let rerender = use_force_update();
    let loaded = file.with(Fetched::is_loaded);
    use_effect_with(loaded, move |loaded| {
        if *loaded {
            return;
        }
        file.with(|file| {
            if file.is_loaded() || file.failed.get() {
                // It settled between this render and this effect, so no call will come: render again.
                rerender.force_update();
            } else {
                file.waiting.borrow_mut().push(Callback::from(move |()| rerender.force_update()));
                file.request();
            }
        });
    });
    loaded
}

/// An entry's prose, asked for when it is not here yet.
#[hook]
pub fn use_prose(entry: &'static db::Entry) -> ProseState {
    let loaded = use_prose_loaded();
    match entry.prose() {
        Some(prose) if loaded => ProseState::Ready(prose),
        _ if PROSE.with(|prose| prose.failed.get()) => ProseState::Failed,
        _ => ProseState::Loading,
    }
}
