//! Badges and cards of `<http-status>` written into a page at build time, as Declarative Shadow
//! DOM: the element arrives with its shadow root in the HTML, painted before any script runs, and
//! adopts that root when it upgrades instead of drawing it again.
//!
//! One source for every pre-renderer: the table (`http-status-prerendered.json`, written by the
//! `prerender-table` binary into dist/) that the Node export and the docs plugins look up, the
//! rewriting of HTML and Markdown that the command line and the mdBook preprocessor use, and the
//! stamp the small wasm checks before adopting a root. Every root is stamped with this build's
//! version, so markup from another build is drawn afresh.
//!
//! Depends on the data and the markup only: must not depend on search, the guide, the reader,
//! the views or anything from the web (the small wasm links it for the stamp and stylesheet).

mod html;
mod table;

pub use html::{prerender_html, prerender_markdown, Prerendered};
pub use table::table_json;

use http_status_data::{self as db, Entry};
use http_status_markup::badge::badge_markup;
use http_status_markup::card::card_markup;
use http_status_markup::escape;

/// This build's version: a hash of everything the markup and stylesheet are made from (build.rs).
pub const VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/version.txt"));

/// The stylesheet of every shadow root: adopted by the element, linked by pre-rendered roots
/// before it upgrades (published as `STYLESHEET_FILE`).
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/http-status-shadow.css"));
pub const STYLESHEET_FILE: &str = "http-status-shadow.css";

/// The views drawn without the full wasm, so the only ones pre-rendered.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum View {
    Badge,
    Card,
}

impl View {
    pub const ALL: [View; 2] = [View::Badge, View::Card];

    pub fn name(self) -> &'static str {
        match self {
            View::Badge => "badge",
            View::Card => "card",
        }
    }

    /// The view a `view` attribute asks for, if it is one of these: an absent or empty one is a
    /// card (an element with a code and no view is a card).
    pub fn of_attribute(view: Option<&str>) -> Option<View> {
        match view.map(|view| view.trim().to_ascii_lowercase()).as_deref() {
            None | Some("") | Some("card") => Some(View::Card),
            Some("badge") => Some(View::Badge),
            _ => None,
        }
    }

    pub fn markup(self, entry: &'static Entry) -> String {
        match self {
            View::Badge => badge_markup(&Ok(entry)),
            View::Card => card_markup(entry),
        }
    }
}

/// What marks a root as this build's drawing of `entry` in `view`: the element adopts a root
/// only when its `data-prerendered` is exactly this.
pub fn stamp(view: View, entry: &Entry) -> String {
    format!("{VERSION} {} {}", view.name(), entry.id)
}

/// The root the element's shadow root holds, stamped.
pub fn root_markup(view: View, entry: &'static Entry) -> String {
    format!(r#"<div class="root" data-prerendered="{}">{}</div>"#, escape(&stamp(view, entry)), view.markup(entry))
}

/// The whole shadow root for a template, linking the stylesheet from `base` (a URL folder).
pub fn shadow_root_markup(view: View, entry: &'static Entry, base: &str) -> String {
    format!(r#"<template shadowrootmode="open"><link rel="stylesheet" href="{}{STYLESHEET_FILE}">{}</template>"#, escape(base), root_markup(view, entry))
}

/// The record a page author's `code` names, as the element resolves it.
pub fn record(code: &str) -> Option<&'static Entry> {
    db::resolve(code).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_a_hash_and_the_stamp_names_view_and_record() {
        assert_eq!(VERSION.len(), 16);
        assert!(VERSION.bytes().all(|byte| byte.is_ascii_hexdigit()));
        assert_eq!(stamp(View::Card, record("404").unwrap()), format!("{VERSION} card 404"));
    }

    #[test]
    fn an_absent_or_empty_view_is_a_card_and_other_views_are_not_prerendered() {
        assert_eq!(View::of_attribute(None), Some(View::Card));
        assert_eq!(View::of_attribute(Some(" Badge ")), Some(View::Badge));
        assert_eq!(View::of_attribute(Some("")), Some(View::Card));
        assert_eq!(View::of_attribute(Some("explainer")), None);
        assert_eq!(View::of_attribute(Some("browser")), None);
    }

    #[test]
    fn a_shadow_root_links_the_stylesheet_and_holds_the_stamped_markup() {
        let entry = record("429").unwrap();
        let root = shadow_root_markup(View::Badge, entry, "/assets/");
        assert!(
            root.starts_with(
                r#"<template shadowrootmode="open"><link rel="stylesheet" href="/assets/http-status-shadow.css"><div class="root" data-prerendered=""#
            ),
            "{root}"
        );
        assert!(root.contains(&View::Badge.markup(entry)) && root.ends_with("</div></template>"), "{root}");
        assert!(shadow_root_markup(View::Badge, entry, "\"><script>").contains("&quot;&gt;&lt;script&gt;"));
    }

    #[test]
    fn the_stylesheet_is_the_shadow_roots_own() {
        assert!(STYLESHEET.contains(":host") && STYLESHEET.contains(".badge") && !STYLESHEET.contains("/*"));
    }
}
