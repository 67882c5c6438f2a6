//! A whole card as the card view first shows it, collapsed: face, **Explain** and the copy
//! buttons. The small wasm draws cards from it without Yew; the Yew card (views) renders the
//! same markup, so the full wasm takes a card over, when a reader asks for its explanation,
//! without a visible change (a browser test compares the two).

use crate::card_face::{card_face_markup, name_id, summary_id};
use crate::copy_button::copy_button_markup;
use crate::escape;
use http_status_data::Entry;

/// The card of `entry`, its explanation not expanded (nor loaded), named by its face's title and
/// described by its summary.
pub fn card_markup(entry: &Entry) -> String {
    let details = format!("details-{}", escape(entry.id));
    format!(
        concat!(
            // Attributes in the order Yew writes them (class last), so the two are the same text.
            r#"<div class="card-space"><article part="card" aria-labelledby="{name}" aria-describedby="{summary}" class="card standalone {class}">"#,
            r#"<div class="card-face">{face}</div>"#,
            r#"<div class="actions"><button type="button" aria-expanded="false" aria-controls="{details}" class="toggle">Explain</button>{copy_code}{copy_line}</div>"#,
            r#"<div id="{details}" hidden="hidden"></div></article></div>"#,
        ),
        name = name_id(entry),
        summary = summary_id(entry),
        class = entry.class_label(),
        face = card_face_markup(entry),
        details = details,
        copy_code = copy_button_markup(&entry.code.to_string(), "Copy code"),
        copy_line = copy_button_markup(&entry.status_line(), "Copy status line"),
    )
}

#[cfg(test)]
mod tests {
    use super::card_markup;
    use http_status_data as db;

    #[test]
    fn a_card_holds_its_face_explain_and_both_copy_buttons() {
        let card = card_markup(db::lookup(429).unwrap());
        assert!(
            card.starts_with(
                r#"<div class="card-space"><article part="card" aria-labelledby="name-429" aria-describedby="summary-429" class="card standalone 4xx">"#
            ),
            "{card}"
        );
        assert!(card.contains(r#"<span class="code">429</span>"#), "{card}");
        assert!(card.contains(r#"aria-controls="details-429" class="toggle">Explain</button>"#), "{card}");
        assert!(card.contains(r#"data-copy="429""#) && card.contains(r#"data-copy="HTTP/1.1 429 Too Many Requests""#), "{card}");
        assert!(card.ends_with(r#"<div id="details-429" hidden="hidden"></div></article></div>"#), "{card}");
    }
}
