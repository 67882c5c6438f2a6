//! A guide leaf's page: the questions answered on the way, the code to send and why, the headers
//! to send with it, an example and the common mistakes, readable without JavaScript.

use crate::page::Page;
use crate::paths::{guide_path, up_to_root};
use crate::record::record_link;
use http_status_guide::Walk;
use http_status_markup::{escape, rich};
use std::fmt::Write as _;

/// The guide's question, as the app's pages name it.
pub const GUIDE_TITLE: &str = "Which status code should I return?";

/// The page of the leaf `walk` ends at; none for a walk still under way.
pub fn guide_page(walk: &Walk) -> Option<Page> {
    let leaf = walk.leaf()?;
    let entry = leaf.entry();
    let path = guide_path(walk);
    let root = up_to_root(&path);
    let mut html = String::from(r#"<article class="record guide-leaf" aria-labelledby="record-title">"#);
    let _ = write!(html, r#"<p class="kind">{GUIDE_TITLE}</p><ol class="walk">"#);
    for step in &walk.steps {
        let _ = write!(html, "<li>{} <strong>{}</strong></li>", escape(step.question.prompt), escape(step.answer.label));
    }
    let _ = write!(html, r#"</ol><h1 id="record-title">Send {}</h1><p class="summary">{}</p>"#, record_link(entry, &root), rich(leaf.why));
    if !leaf.headers.is_empty() {
        let headers: String =
            leaf.headers.iter().map(|header| format!("<dt><code>{}</code></dt><dd>{}</dd>", escape(header.name), rich(header.value))).collect();
        let _ = write!(html, r#"<h2>Headers to send</h2><dl class="facts">{headers}</dl>"#);
    }
    let _ = write!(html, "<h2>Example response</h2><pre><code>{}</code></pre>", escape(leaf.example));
    if !leaf.notes.is_empty() {
        let notes: String = leaf.notes.iter().map(|note| format!("<li>{}</li>", rich(note))).collect();
        let _ = write!(html, "<h2>Common mistakes</h2><ul>{notes}</ul>");
    }
    html.push_str("</article>");
    let answers: Vec<&str> = walk.steps.iter().map(|step| step.answer.label).collect();
    Some(Page {
        title: Some(format!("{} — {GUIDE_TITLE}", entry.title())),
        description: format!("{}: {}", answers.join(", "), leaf.why.replace('`', "")),
        content: html,
        path,
    })
}
