//! The app's first page: the search box, and for readers without JavaScript (and crawlers) every
//! record and every guide answer as links, grouped the way the browser's filters group them.

use crate::guide_page::GUIDE_TITLE;
use crate::page::Page;
use crate::paths::guide_path;
use crate::record::record_link;
use http_status_data::{self as db, Class};
use http_status_guide::Walk;
use http_status_markup::escape;
use std::fmt::Write as _;

/// The root page, listing every record and each leaf of `walks`.
pub fn index_page(walks: &[Walk]) -> Page {
    let mut html = String::from(r#"<div class="index">"#);
    let classes = Class::ALL.map(|class| (format!("{} {}", class.label(), class.name()), Some(class)));
    for (heading, class) in classes.into_iter().chain([("Errors without an HTTP status".to_string(), None)]) {
        let items: String = db::entries().iter().filter(|entry| entry.class() == class).map(|entry| format!("<li>{}</li>", record_link(entry, ""))).collect();
        let _ = write!(html, r#"<h2>{heading}</h2><ul class="records">{items}</ul>"#);
    }
    let leaves: String = walks
        .iter()
        .filter_map(|walk| walk.leaf().map(|leaf| (walk, leaf)))
        .map(|(walk, leaf)| {
            let answers: Vec<&str> = walk.steps.iter().map(|step| step.answer.label).collect();
            format!(r#"<li><a href="{}">{}</a>: {}</li>"#, escape(&guide_path(walk)), escape(&answers.join(" › ")), escape(&leaf.entry().title()))
        })
        .collect();
    let _ = write!(html, "<h2>{GUIDE_TITLE}</h2><ul class=\"walks\">{leaves}</ul></div>");
    Page {
        title: None,
        description: "Every HTTP status code, the vendor codes met in logs (nginx, Cloudflare, AWS, IIS, Envoy, HAProxy…) and the errors HTTP clients raise, explained: what each means, when to send it, what to do about it. Works offline.".to_string(),
        path: String::new(),
        content: html,
    }
}
