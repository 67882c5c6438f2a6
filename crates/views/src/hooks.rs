//! Custom hooks, one per file.

pub mod use_bad_input_warning;
pub mod use_explanation;
pub mod use_followed_entry;
pub mod use_guide_link;
pub mod use_hash_link;
pub mod use_prose;
pub mod use_result_cards;
pub mod use_result_grid;
pub mod use_slash_shortcut;
