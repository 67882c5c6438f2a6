use http_status_data::Entry;
use yew::prelude::*;

/// The entry a view shows: its `entry` prop until the reader follows a related code, and the
/// new prop whenever the prop changes. Worked out while rendering, so a new prop costs no
/// effect and no second render. Returns the shown entry and the callback that follows a code
/// (and reports it through `on_open`).
#[hook]
pub fn use_followed_entry(entry: &'static Entry, on_open: &Callback<&'static Entry>) -> (&'static Entry, Callback<&'static Entry>) {
    // The prop a code was followed from, and the entry followed to.
    let followed = use_mut_ref(|| None::<(&'static str, &'static Entry)>);
    let rerender = use_force_update();
    if followed.borrow().is_some_and(|(from, _)| from != entry.id) {
        *followed.borrow_mut() = None;
    }
    let shown = followed.borrow().map_or(entry, |(_, to)| to);
    let follow = {
        let on_open = on_open.clone();
        Callback::from(move |next: &'static Entry| {
            *followed.borrow_mut() = Some((entry.id, next));
            rerender.force_update();
            on_open.emit(next);
        })
    };
    (shown, follow)
}
