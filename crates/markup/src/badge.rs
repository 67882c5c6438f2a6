use crate::copy_button::copy_button_markup;
use crate::problem::problem_text;
use crate::{escape, rich};
use http_status_data::{Entry, Unresolved};

/// An inline pill for running text; hovering or focusing it shows the summary. A code that
/// cannot be shown becomes a pill saying so, with the reason in its tooltip.
///
/// To assistive technology the pill is a term ("429 Too Many Requests", named by its own text)
/// described by the summary. Focusable text without a role would be a generic element, which
/// has no name.
///
/// Built as markup, without a component: pages hold hundreds of badges, so the element glue
/// renders them without starting a Yew app each.
pub fn badge_markup(resolved: &Result<&'static Entry, Unresolved>) -> String {
    let entry = match resolved {
        Ok(entry) => entry,
        Err(unresolved) => {
            let (title, detail) = problem_text(unresolved);
            return format!(r#"<span class="badge problem-badge" part="badge" title="{}">{}</span>"#, escape(&detail), escape(&title));
        }
    };
    format!(
        r#"<span class="badge-wrap {class}"><span class="badge" part="badge" role="term" tabindex="0" id="badge-name" aria-labelledby="badge-name" aria-describedby="badge-summary"><span class="code">{code}</span> {phrase}</span><span class="popover" part="popover"><span id="badge-summary">{summary}</span>{copy}</span></span>"#,
        class = entry.class_label(),
        code = entry.code,
        phrase = escape(entry.phrase),
        summary = rich(entry.summary),
        copy = copy_button_markup(&entry.status_line(), "Copy status line"),
    )
}

#[cfg(test)]
mod tests {
    use super::badge_markup;
    use http_status_data as db;

    #[test]
    fn a_badge_is_a_pill_with_its_summary_in_a_popover_and_a_copy_button() {
        let markup = badge_markup(&db::resolve("429"));
        assert!(
            markup.contains(
                r#"<span class="badge" part="badge" role="term" tabindex="0" id="badge-name" aria-labelledby="badge-name" aria-describedby="badge-summary"><span class="code">429</span> Too Many Requests</span>"#
            ),
            "{markup}"
        );
        assert!(markup.contains(r#"<span id="badge-summary">The client went over"#), "{markup}");
        assert!(markup.contains(r#"data-copy="HTTP/1.1 429 Too Many Requests""#), "{markup}");
        assert!(markup.starts_with(r#"<span class="badge-wrap 4xx">"#));
    }

    #[test]
    fn a_bad_code_is_a_pill_saying_so_with_the_reason_escaped() {
        let markup = badge_markup(&db::resolve("<b>x</b>"));
        assert!(markup.contains(">Not a status code</span>"), "{markup}");
        assert!(markup.contains("&lt;b&gt;x&lt;/b&gt;") && !markup.contains("<b>"), "{markup}");
    }
}
