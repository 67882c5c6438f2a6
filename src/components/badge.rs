use crate::components::copy_button::copy_button_markup;
use crate::components::markup::escape;
use crate::components::problem::problem_text;
use crate::db::{Entry, Unresolved};

/// An inline pill for running text; hovering or focusing it shows the summary. A code that
/// cannot be shown becomes a pill saying so, with the reason in its tooltip.
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
        r#"<span class="badge-wrap {class}"><span class="badge" part="badge" tabindex="0" aria-describedby="badge-summary"><span class="code">{code}</span> {phrase}</span><span class="popover" part="popover"><span id="badge-summary">{summary}</span>{copy}</span></span>"#,
        class = entry.class().label(),
        code = entry.code,
        phrase = escape(entry.phrase),
        summary = escape(entry.summary),
        copy = copy_button_markup(&entry.status_line(), "Copy status line"),
    )
}
