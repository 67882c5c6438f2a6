//! The heading and face of an entry, shared by cards, the browser's results and the explainer.
//!
//! They are built as markup strings and inserted in one step: the browser re-renders dozens of
//! cards per keystroke, and building each from a tree of virtual nodes costs many calls from
//! wasm into the DOM. The markup comes from our own static data, escaped here.

use crate::{escape, rich};
use http_status_data::{Entry, Kind, Status};
use std::fmt::Write as _;

/// What every card shows: heading, former names and the one-sentence summary, in one
/// element so that inserting and removing it is one DOM operation.
pub fn card_face_markup(entry: &Entry) -> String {
    let mut markup = String::from(r#"<span class="face">"#);
    markup.push_str(&heading_markup(entry));
    if !entry.aliases.is_empty() {
        let _ = write!(markup, r#"<span class="aliases">{}</span>"#, escape(&formerly(entry)));
    }
    let _ = write!(markup, r#"<span class="summary">{}</span></span>"#, rich(entry.summary));
    markup
}

/// Code, phrase, class and the tags that qualify the entry.
pub fn heading_markup(entry: &Entry) -> String {
    let mut markup = format!(r#"<span class="entry-heading"><span class="heading"><span class="code">{}</span>"#, escape(entry.label));
    if let Some(phrase) = entry.phrase_after_label() {
        let _ = write!(markup, r#"<span class="phrase">{}</span>"#, escape(phrase));
    }
    markup.push_str(r#"</span><span class="tags">"#);
    match entry.class() {
        Some(class) => {
            let _ = write!(markup, r#"<span class="tag class-tag">{}</span>"#, class.label());
        }
        None => markup.push_str(r#"<span class="tag warn-tag">Not an HTTP status</span>"#),
    }
    // A sub-status's label already starts with its parent's code (500.19); a vendor error's does not.
    if entry.kind == Kind::VendorError {
        let _ = write!(markup, r#"<span class="tag kind-tag">Arrives as {}</span>"#, entry.code);
    }
    if let Some(vendor) = entry.vendor {
        let _ = write!(markup, r#"<span class="tag vendor-tag">{}</span>"#, escape(vendor));
    }
    if entry.deprecated {
        markup.push_str(r#"<span class="tag warn-tag">Deprecated</span>"#);
    }
    if matches!(entry.status, Status::Unused | Status::Obsoleted | Status::Temporary | Status::Expired) {
        let _ = write!(markup, r#"<span class="tag warn-tag">{}</span>"#, entry.status.label());
    }
    markup.push_str("</span></span>");
    markup
}

/// "formerly Payload Too Large, Request Entity Too Large".
pub fn formerly(entry: &Entry) -> String {
    format!("formerly {}", entry.aliases.join(", "))
}

#[cfg(test)]
mod tests {
    use super::heading_markup;
    use http_status_data as db;

    #[test]
    fn the_phrase_follows_the_code_unless_it_repeats_the_label() {
        let not_found = heading_markup(db::lookup(404).unwrap());
        assert!(not_found.contains(r#"<span class="code">404</span><span class="phrase">Not Found</span>"#), "{not_found}");
        let log_phrase = heading_markup(db::by_id("upstream-timed-out-nginx").unwrap());
        assert!(log_phrase.contains(r#"<span class="code">upstream timed out</span></span>"#), "{log_phrase}");
        assert!(!log_phrase.contains("phrase"), "{log_phrase}");
        assert_eq!(db::by_id("upstream-timed-out-nginx").unwrap().title(), "upstream timed out");
    }
}
