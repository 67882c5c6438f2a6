//! The heading and face of an entry, shared by cards, the browser's results and the explainer.
//!
//! They are built as markup strings and inserted in one step: the browser re-renders dozens of
//! cards per keystroke, and building each from a tree of virtual nodes costs many calls from
//! wasm into the DOM. The markup comes from our own static data, escaped here.
//!
//! What assistive technology reads: an entry is named by its code and phrase ("100 Continue")
//! and described by its summary; the tags (class, vendor, deprecation) follow the name, not in it.

use crate::{escape, rich};
use http_status_data::{Entry, Kind, Status};
use std::fmt::Write as _;

/// What every card shows: heading, former names and the one-sentence summary, in one
/// element so that inserting and removing it is one DOM operation. The title and the summary
/// carry the ids `name_id` and `summary_id` give, for the card that is named by them.
pub fn card_face_markup(entry: &Entry) -> String {
    let mut markup = format!(
        r#"<span class="face"><span class="entry-heading"><span class="heading" id="{}">{}</span>{}</span>"#,
        name_id(entry),
        title_markup(entry),
        tags_markup(entry)
    );
    if !entry.aliases.is_empty() {
        let _ = write!(markup, r#"<span class="aliases">{}</span>"#, escape(&formerly(entry)));
    }
    let _ = write!(markup, r#"<span class="summary" id="{}">{}</span></span>"#, summary_id(entry), rich(entry.summary));
    markup
}

/// The id of a card face's title, which names the card (aria-labelledby).
pub fn name_id(entry: &Entry) -> String {
    format!("name-{}", escape(entry.id))
}

/// The id of a card face's summary, which describes the card (aria-describedby).
pub fn summary_id(entry: &Entry) -> String {
    format!("summary-{}", escape(entry.id))
}

/// The explainer's and the guide's heading, `<h2>` or `<h3>`: code and phrase in the heading,
/// the tags after it.
pub fn heading_markup(entry: &Entry, level: u8) -> String {
    format!(r#"<h{level} class="heading">{}</h{level}>{}"#, title_markup(entry), tags_markup(entry))
}

/// Code and phrase. The space between them is a real one, so that they read and copy as
/// "404 Not Found", but drawn with no width: the code's margin draws the gap.
fn title_markup(entry: &Entry) -> String {
    let mut markup = format!(r#"<span class="code">{}</span>"#, escape(entry.label));
    if let Some(phrase) = entry.phrase_after_label() {
        let _ = write!(markup, r#"<span class="heading-space"> </span><span class="phrase">{}</span>"#, escape(phrase));
    }
    markup
}

/// The class and the tags that qualify the entry.
fn tags_markup(entry: &Entry) -> String {
    let mut markup = String::from(r#"<span class="tags">"#);
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
    markup.push_str("</span>");
    markup
}

/// "formerly Payload Too Large, Request Entity Too Large".
pub fn formerly(entry: &Entry) -> String {
    format!("formerly {}", entry.aliases.join(", "))
}

#[cfg(test)]
mod tests {
    use super::{card_face_markup, heading_markup};
    use http_status_data as db;

    #[test]
    fn the_phrase_follows_the_code_after_a_space_unless_it_repeats_the_label() {
        let not_found = heading_markup(db::lookup(404).unwrap(), 2);
        assert!(
            not_found.starts_with(r#"<h2 class="heading"><span class="code">404</span><span class="heading-space"> </span><span class="phrase">Not Found</span></h2><span class="tags">"#),
            "{not_found}"
        );
        let log_phrase = heading_markup(db::by_id("upstream-timed-out-nginx").unwrap(), 3);
        assert!(log_phrase.starts_with(r#"<h3 class="heading"><span class="code">upstream timed out</span></h3>"#), "{log_phrase}");
        assert!(!log_phrase.contains("phrase") && !log_phrase.contains("heading-space"), "{log_phrase}");
        assert_eq!(db::by_id("upstream-timed-out-nginx").unwrap().title(), "upstream timed out");
    }

    #[test]
    fn a_face_holds_the_title_and_summary_that_name_and_describe_its_card() {
        let face = card_face_markup(db::by_id("500.19-iis").unwrap());
        assert!(face.contains(r#"<span class="heading" id="name-500.19-iis"><span class="code">500.19</span><span class="heading-space"> </span>"#), "{face}");
        assert!(face.contains(r#"<span class="phrase">Configuration data is invalid</span></span><span class="tags">"#), "the tags follow the title: {face}");
        assert!(face.contains(r#"<span class="summary" id="summary-500.19-iis">"#), "{face}");
    }
}
