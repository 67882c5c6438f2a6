use crate::console::warn_bad_code;
use http_status_data as db;
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
