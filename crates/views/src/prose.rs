//! The files the views fetch when they need them: the long prose (see
//! `http_status_data::load_prose`), which a view showing it asks for, and the prose's words for
//! search (`http_status_data::load_search_words`), which the browser asks for as it opens. The
//! element glue says how to ask for each (`set_prose_source`, `set_search_words_source`) and when
//! it has arrived (`prose_settled`, `search_words_settled`); views ask and wait here, through the
//! `use_prose` hooks.

use http_status_data as db;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::Callback;

/// One file the views fetch: how to ask for it, who waits for it, whether it failed.
pub(crate) struct Fetched {
    /// Starts fetching the file: set by the element glue.
    source: RefCell<Option<Rc<dyn Fn()>>>,
    /// Views waiting for it, rendered again when it arrives or fails.
    pub(crate) waiting: RefCell<Vec<Callback<()>>>,
    /// Whether it could not be had (the glue has said why in the console).
    pub(crate) failed: Cell<bool>,
    /// Whether it is here.
    loaded: fn() -> bool,
}

thread_local! {
    pub(crate) static PROSE: Fetched = Fetched::new(db::prose_loaded);
    pub(crate) static SEARCH_WORDS: Fetched = Fetched::new(db::search_words_loaded);
}

impl Fetched {
    fn new(loaded: fn() -> bool) -> Fetched {
        Fetched { source: RefCell::new(None), waiting: RefCell::new(Vec::new()), failed: Cell::new(false), loaded }
    }

    pub(crate) fn is_loaded(&self) -> bool {
        (self.loaded)()
    }

    /// Asks for the file unless it is here (the fetch happens once however often it is asked).
    pub(crate) fn request(&self) {
        if !self.is_loaded() {
            if let Some(fetch) = self.source.borrow().clone() {
                fetch();
            }
        }
    }

    /// The file arrived or could not be had: every waiting view renders again.
    fn settled(&self, loaded: bool) {
        self.failed.set(!loaded);
        for view in std::mem::take(&mut *self.waiting.borrow_mut()) {
            view.emit(());
        }
    }
}

/// How the prose file is asked for (the element glue's fetch).
pub fn set_prose_source(fetch: impl Fn() + 'static) {
    PROSE.with(|prose| *prose.source.borrow_mut() = Some(Rc::new(fetch)));
}

/// How the search-words file is asked for.
pub fn set_search_words_source(fetch: impl Fn() + 'static) {
    SEARCH_WORDS.with(|words| *words.source.borrow_mut() = Some(Rc::new(fetch)));
}

/// Asks for the prose file unless it is here.
pub fn request_prose() {
    PROSE.with(Fetched::request);
}

/// The prose arrived or could not be had.
pub fn prose_settled(loaded: bool) {
    PROSE.with(|prose| prose.settled(loaded));
}

/// The search words arrived or could not be had.
pub fn search_words_settled(loaded: bool) {
    SEARCH_WORDS.with(|words| words.settled(loaded));
}
