//! The long prose is fetched when a view shows it (see `http_status_data::load_prose`). The
//! element glue says how to ask for the file (`set_prose_source`) and when it has arrived
//! (`prose_settled`); views ask and wait here, through the `use_prose` hook.

use http_status_data as db;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::Callback;

thread_local! {
    /// Starts fetching the prose file: set by the element glue.
    static SOURCE: RefCell<Option<Rc<dyn Fn()>>> = RefCell::new(None);
    /// Views waiting for the prose, re-rendered when it arrives or fails.
    pub(crate) static WAITING: RefCell<Vec<Callback<()>>> = const { RefCell::new(Vec::new()) };
    /// Whether the prose could not be had (the glue has said why in the console).
    pub(crate) static FAILED: Cell<bool> = const { Cell::new(false) };
}

/// How the prose file is asked for (the element glue's fetch).
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
pub fn prose_settled(loaded: bool) {
    FAILED.set(!loaded);
    for view in WAITING.with(|waiting| std::mem::take(&mut *waiting.borrow_mut())) {
        view.emit(());
    }
}
