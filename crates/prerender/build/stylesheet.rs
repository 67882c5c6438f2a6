//! The stylesheet that ships inside the wasm: its files joined in cascade order, then shrunk.
//! Comments go, and whitespace collapses to one space, or to none next to `{`, `}`, `;` and `,`.
//! Spaces elsewhere can matter (`.a .b`, the space ending the escape in `.\31 xx`), so they stay.

use std::path::Path;

/// The files of `styles/`, in cascade order: the host's tokens and shared pieces first, then one
/// file per view. A view's rules may override shared ones, so the order matters.
pub const FILES: &[&str] = &["host.css", "shared.css", "card.css", "badge.css", "explainer.css", "problem.css", "response.css", "guide.css", "browser.css"];

/// The stylesheet's files under `folder`, joined in `FILES` order.
pub fn join(folder: &Path) -> String {
    FILES.iter().map(|name| std::fs::read_to_string(folder.join(name)).unwrap_or_else(|error| panic!("styles/{name}: {error}"))).collect::<Vec<_>>().join("\n")
}

pub fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
        without_comments.push(' ');
    }
    without_comments.push_str(rest);

    let mut minified = String::with_capacity(without_comments.len());
    for word in without_comments.split_whitespace() {
        let joins = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if !minified.is_empty() && !minified.ends_with(joins) && !word.starts_with(joins) {
            minified.push(' ');
        }
        minified.push_str(word);
    }
    minified
}
