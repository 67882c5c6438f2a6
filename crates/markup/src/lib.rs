//! Markup and wording built as strings from our own data, with no web dependencies: the views
//! inserted in one step instead of node by node (badges, card faces, copy buttons), and the
//! words for a code that cannot be shown. Every interpolated text goes through `escape`.
//!
//! Depends on the data crate only: this is what the small wasm of badges and cards will draw with.
//! Must not depend on search, the guide, the reader, the views or anything from the web.

pub mod badge;
pub mod card;
pub mod card_face;
pub mod copy_button;
pub mod facts;
pub mod problem;

/// Text made safe to place between tags or inside a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// Data prose as markup: escaped, with `backticked` header names and values as code (the
/// markup twin of the RichText component).
pub fn rich(text: &str) -> String {
    text.split('`').enumerate().map(|(position, piece)| if position % 2 == 1 { format!("<code>{}</code>", escape(piece)) } else { escape(piece) }).collect()
}

#[cfg(test)]
mod tests {
    use super::{escape, rich};

    #[test]
    fn backticks_become_code_and_everything_stays_escaped() {
        assert_eq!(rich("Set `Retry-After: <s>` & wait."), "Set <code>Retry-After: &lt;s&gt;</code> &amp; wait.");
    }

    #[test]
    fn markup_characters_become_entities() {
        assert_eq!(escape(r#"<img src="x" onerror=a&b>"#), "&lt;img src=&quot;x&quot; onerror=a&amp;b&gt;");
        assert_eq!(escape("I'm a teapot"), "I'm a teapot");
    }
}
