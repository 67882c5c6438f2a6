//! Views ask for the long prose and render again when it arrives (`crate::prose` holds the state).

use crate::prose::{request_prose, FAILED, WAITING};
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
    let rerender = use_force_update();
    let loaded = db::prose_loaded();
    use_effect_with(loaded, move |loaded| {
        if *loaded {
            return;
        }
        if db::prose_loaded() || FAILED.get() {
            // It settled between this render and this effect, so no call will come: render again.
            rerender.force_update();
        } else {
            WAITING.with(|waiting| waiting.borrow_mut().push(Callback::from(move |()| rerender.force_update())));
            request_prose();
        }
    });
    loaded
}

/// An entry's prose, asked for when it is not here yet.
#[hook]
pub fn use_prose(entry: &'static db::Entry) -> ProseState {
    let loaded = use_prose_loaded();
    match entry.prose() {
        Some(prose) if loaded => ProseState::Ready(prose),
        _ if FAILED.get() => ProseState::Failed,
        _ => ProseState::Loading,
    }
}
