//! Messages to the page's author, in the console.

use http_status_data::Unresolved;
use http_status_markup::problem::warning;

/// Tells the page author, in the console, why `code` cannot be shown. An empty `code` is one
/// not set yet, and gets no warning.
pub fn warn_bad_code(code: &str, unresolved: &Unresolved) {
    if !code.trim().is_empty() {
        gloo::console::warn!(warning(unresolved));
    }
}
