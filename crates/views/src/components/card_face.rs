use http_status_data::Entry;
use http_status_markup::card_face::card_face_markup;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardFaceProps {
    pub entry: &'static Entry,
}

/// Heading, former names and summary, as every card shows them (see markup::card_face).
#[component]
pub fn CardFace(CardFaceProps { entry }: &CardFaceProps) -> Html {
    Html::from_html_unchecked(card_face_markup(entry).into())
}
