//! Messages to the page's author, in the console.

use http_status_data::Unresolved;
use http_status_markup::problem::warning;

/// Tells the page author, in the console, why `code` cannot be shown (see `warning`).
pub fn warn_bad_code(code: &str, unresolved: &Unresolved) {
    if let Some(warning) = warning(code, unresolved) {
        gloo::console::warn!(warning);
    }
}
