//! The browser view's state and how each reader action changes it. Pure (no web dependencies):
//! tested natively; the view wraps it in a Yew reducer.

use http_status_data::{Class, Entry};
use http_status_reader::looks_like_response;
use http_status_search::{Filters, Registry};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct BrowserState {
    pub query: String,
    pub filters: Filters,
    /// The entry open in the explainer panel.
    pub selected: Option<&'static Entry>,
    /// Every result rendered, not just the first ones; reset by a new search or filter.
    pub show_all: bool,
    /// What shows in place of the results, until the reader goes back to them.
    pub instead: Option<Instead>,
}

/// What the browser can show in place of its results.
#[derive(Clone, Debug, PartialEq)]
pub enum Instead {
    /// A pasted response, explained.
    Response(String),
    /// "Which status code should I return?"
    Guide,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetQuery(String),
    /// Filters by the class, or stops filtering by it when it is the current one.
    ToggleClass(Class),
    SetRegistry(Registry),
    ClearFilters,
    ShowAll,
    Open(&'static Entry),
    Close,
    /// Text pasted into the search box: a response is explained, anything else is a search.
    Paste(String),
    OpenGuide,
    BackToSearch,
}

impl BrowserState {
    pub fn new(query: &str) -> BrowserState {
        BrowserState::default().after(Action::Paste(query.to_string()))
    }

    /// The state after `action`.
    pub fn after(&self, action: Action) -> BrowserState {
        let mut next = self.clone();
        match action {
            Action::SetQuery(query) => {
                next.show_all &= next.query == query;
                next.query = query;
                next.instead = None;
            }
            Action::ToggleClass(class) => {
                next.filters.class = if next.filters.class == Some(class) { None } else { Some(class) };
                next.show_all = false;
            }
            Action::SetRegistry(registry) => {
                next.filters.registry = registry;
                next.show_all = false;
            }
            Action::ClearFilters => {
                next.filters = Filters::default();
                next.show_all = false;
            }
            Action::ShowAll => next.show_all = true,
            Action::Open(entry) => next.selected = Some(entry),
            Action::Close => next.selected = None,
            Action::Paste(text) if looks_like_response(&text) => next.instead = Some(Instead::Response(text)),
            Action::Paste(text) => return self.after(Action::SetQuery(text)),
            Action::OpenGuide => next.instead = Some(Instead::Guide),
            Action::BackToSearch => next.instead = None,
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_status_data as db;

    fn entry(id: &str) -> &'static Entry {
        db::by_id(id).unwrap()
    }

    #[test]
    fn a_new_query_shows_the_first_results_again_and_the_same_query_keeps_show_all() {
        let showing_all = BrowserState::new("5xx").after(Action::ShowAll);
        assert!(showing_all.after(Action::SetQuery("5xx".into())).show_all);
        let narrowed = showing_all.after(Action::SetQuery("50".into()));
        assert_eq!((narrowed.query.as_str(), narrowed.show_all), ("50", false));
    }

    #[test]
    fn class_filters_toggle_and_every_filter_change_resets_show_all() {
        let state = BrowserState::new("").after(Action::ShowAll).after(Action::ToggleClass(Class::ClientError));
        assert_eq!((state.filters.class, state.show_all), (Some(Class::ClientError), false));
        assert_eq!(state.after(Action::ToggleClass(Class::ClientError)).filters.class, None, "the same class again stops filtering");
        assert_eq!(state.after(Action::ToggleClass(Class::ServerError)).filters.class, Some(Class::ServerError));
        let vendor = state.after(Action::ShowAll).after(Action::SetRegistry(Registry::Vendor));
        assert_eq!((vendor.filters.registry, vendor.show_all), (Registry::Vendor, false));
        let cleared = vendor.after(Action::ShowAll).after(Action::ClearFilters);
        assert_eq!((cleared.filters, cleared.show_all), (Filters::default(), false));
    }

    #[test]
    fn opening_and_closing_keep_the_search() {
        let open = BrowserState::new("gateway").after(Action::Open(entry("502")));
        assert_eq!(open.selected.map(|entry| entry.id), Some("502"));
        assert_eq!(open.after(Action::Open(entry("499-nginx"))).selected.map(|entry| entry.id), Some("499-nginx"));
        let closed = open.after(Action::Close);
        assert_eq!((closed.selected, closed.query.as_str()), (None, "gateway"));
    }

    #[test]
    fn a_pasted_response_is_explained_in_place_of_the_results_and_anything_else_is_searched() {
        let curl = "HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n";
        let pasted = BrowserState::new("rate").after(Action::Paste(curl.into()));
        assert_eq!((pasted.instead.clone(), pasted.query.as_str()), (Some(Instead::Response(curl.into())), "rate"), "the search stays for going back");
        assert_eq!(pasted.after(Action::BackToSearch).instead, None);
        assert_eq!(pasted.after(Action::SetQuery("gateway".into())).instead, None, "typing a search leaves the response");
        let searched = BrowserState::new("").after(Action::Paste("too many requests".into()));
        assert_eq!((searched.instead, searched.query.as_str()), (None, "too many requests"));
        assert_eq!(BrowserState::new(curl).instead, Some(Instead::Response(curl.into())), "the query attribute may hold a response");
    }

    #[test]
    fn the_guide_replaces_the_results_until_the_reader_searches_or_goes_back() {
        let guide = BrowserState::new("409").after(Action::OpenGuide);
        assert_eq!(guide.instead, Some(Instead::Guide));
        assert_eq!(guide.after(Action::BackToSearch).instead, None);
        assert_eq!(guide.after(Action::SetQuery("conflict".into())).instead, None);
    }
}
