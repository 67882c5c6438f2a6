//! The Yew views: one component per file. `app` picks the view from the element's attributes.

pub mod app;
pub mod browser;
pub mod card;
pub mod card_face;
pub mod comparison;
pub mod copy_button;
pub mod entry_heading;
pub mod explainer;
pub mod flags;
pub mod guide;
pub mod no_results;
pub mod problem;
pub mod response;
pub mod rich_text;
