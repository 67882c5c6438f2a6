//! The views of `<http-status>`: Yew components, one per file under `components/`, their hooks
//! under `hooks/`, the browser view's reducer (`browser_state`) and the response view's layout of
//! flags (`flag_groups`), both native-testable.
//!
//! Depends on the data, search, guide, reader and markup crates and on Yew. Of the reader, only
//! its types and its quick look (`looks_like_response`): the reading itself runs in the reader's
//! own wasm, asked through `reader`, so that the full wasm does not hold it. Must not depend on
//! the element glue (`http-status-element`, `http-status-app`): the glue mounts these views, never the reverse.

pub mod browser_state;
pub mod flag_groups;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod console;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod prose;
#[cfg(target_arch = "wasm32")]
pub mod reader;
