use http_status_data::Entry;
use http_status_markup::card_face::heading_markup;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryHeadingProps {
    pub entry: &'static Entry,
    /// 2 for `<h2>`, 3 for `<h3>`.
    pub level: u8,
}

/// Code and phrase as a heading, the tags that qualify the entry after it (see markup::card_face).
#[component]
pub fn EntryHeading(EntryHeadingProps { entry, level }: &EntryHeadingProps) -> Html {
    Html::from_html_unchecked(heading_markup(entry, *level).into())
}
