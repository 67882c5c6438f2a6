//! The Yew views. Each file is one component; `app` picks the view from the element's attributes.

pub mod app;
pub mod badge;
pub mod browser;
pub mod card;
pub mod card_face;
pub mod comparison;
pub mod copy_button;
pub mod explainer;
pub mod markup;
pub mod no_results;
pub mod problem;
pub mod result_cards;
pub mod rich_text;
