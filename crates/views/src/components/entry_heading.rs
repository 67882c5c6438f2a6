use http_status_data::Entry;
use http_status_markup::card_face::heading_markup;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryHeadingProps {
    pub entry: &'static Entry,
}

/// Code, phrase, class and the tags that qualify the entry (see markup::card_face).
#[component]
pub fn EntryHeading(EntryHeadingProps { entry }: &EntryHeadingProps) -> Html {
    Html::from_html_unchecked(heading_markup(entry).into())
}
