//! The long prose is fetched when a view shows it (see db::prose). The element glue tells this
//! module how to ask for the file and when it has arrived; views ask and wait here.

use crate::db::{self, Prose};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    /// Starts fetching the prose file: set by the element glue.
    static SOURCE: RefCell<Option<Rc<dyn Fn()>>> = RefCell::new(None);
    /// Views waiting for the prose, re-rendered when it arrives or fails.
    static WAITING: RefCell<Vec<Callback<()>>> = const { RefCell::new(Vec::new()) };
    /// Whether the prose could not be had (the glue has said why in the console).
    static FAILED: Cell<bool> = const { Cell::new(false) };
}

/// How the prose file is asked for (the element glue's fetch).
#[cfg(feature = "element")]
pub fn set_prose_source(fetch: impl Fn() + 'static) {
    SOURCE.with(|source| *source.borrow_mut() = Some(Rc::new(fetch)));
}

/// Asks for the prose file unless it is here (the fetch happens once however often it is asked).
pub fn request_prose() {
    if !db::prose_loaded() {
        if let Some(fetch) = SOURCE.with(|source| source.borrow().clone()) {
            fetch();
        }
    }
}

/// The prose arrived or could not be had: every waiting view renders again.
#[cfg(feature = "element")]
pub fn prose_settled(loaded: bool) {
    FAILED.set(!loaded);
    for view in WAITING.with(|waiting| std::mem::take(&mut *waiting.borrow_mut())) {
        view.emit(());
    }
}

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
