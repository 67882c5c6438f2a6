use crate::db::{self, Unresolved};
use crate::markup::problem::warning;
use yew::prelude::*;

/// One console warning per bad `code` value of a view that shows one (`shown`), so page
/// authors notice without a flood.
#[hook]
pub fn use_bad_input_warning(code: &AttrValue, shown: bool) {
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
    if !code.trim().is_empty() {
        gloo::console::warn!(warning(unresolved));
    }
}
