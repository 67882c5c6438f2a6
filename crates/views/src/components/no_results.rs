use http_status_data::text::shortened;
use http_status_data::Entry;
use http_status_search::{self as search, Filters};
use yew::prelude::*;

/// How many close matches to offer when a search finds nothing.
const SUGGESTION_COUNT: usize = 5;

#[derive(Properties, PartialEq)]
pub struct NoResultsProps {
    pub query: AttrValue,
    /// Whether filters are on: matches outside them are counted and can be shown.
    pub filtered: bool,
    pub on_clear_filters: Callback<()>,
    pub on_open: Callback<&'static Entry>,
}

/// What a search that found nothing shows: why, and where to go instead.
#[component]
pub fn NoResults(NoResultsProps { query, filtered, on_clear_filters, on_open }: &NoResultsProps) -> Html {
    let suggestions = search::suggestions(query, SUGGESTION_COUNT);
    let unfiltered_count = if *filtered { search::search(query, &Filters::default()).len() } else { 0 };
    html! {
        <div class="empty">
            <p class="empty-title">{ format!("No status code matches \u{201c}{}\u{201d}", shortened(query, 60)) }</p>
            if unfiltered_count > 0 {
                <p>
                    { format!("{unfiltered_count} more outside the current filters. ") }
                    <button type="button" class="link" onclick={on_clear_filters.reform(|_| ())}>{ "Clear filters" }</button>
                </p>
            }
            if suggestions.is_empty() {
                <p class="muted">{ "Try a number (404), a class (5xx), a name (not found) or a symptom (rate limit)." }</p>
            } else {
                <p>{ "Close matches:" }</p>
                <ul class="suggestions">
                    { for suggestions.into_iter().map(|entry| html! {
                        <li>
                            <button type="button" class={classes!("chip", entry.class_label())} onclick={on_open.reform(move |_| entry)}>
                                { entry.title() }
                            </button>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}
