use crate::flag_groups::{self, FieldGroup};
use http_status_reader::{Flag, Header, Severity};
use yew::prelude::*;

/// What is worth fixing in one response, kept short to take in: the errors, then the warnings,
/// each under a small heading per header field (the status and body under "The response as a
/// whole"), then the advice folded away behind its count. Headings and lists, so a screen reader
/// can move by field; the fold is a real `<details>`. The field groups follow the order of the
/// step's `headers`. A function rather than a component: it holds no state, and a component's
/// machinery weighs in the wasm.
pub fn flags(flags: &[Flag], headers: &[Header]) -> Html {
    let sent: Vec<&str> = headers.iter().map(|header| header.name.as_str()).collect();
    let [errors, warnings, advice] = [Severity::Error, Severity::Warning, Severity::Advice].map(|severity| flag_groups::by_field(flags, severity, &sent));
    let count = |groups: &[FieldGroup]| groups.iter().map(|group| group.flags.len()).sum::<usize>();
    let advice_count = count(&advice);
    html! {
        <div class="flags">
            { for [("error", "error", "errors", &errors), ("warning", "warning", "warnings", &warnings)].into_iter().filter(|(.., groups)| !groups.is_empty()).map(|(class, one, many, groups)| html! {
                <section class={classes!("flag-severity", class)}>
                    <h4 class="flag-severity-title">{ counted(count(groups), one, many) }</h4>
                    { for groups.iter().map(field_group) }
                </section>
            }) }
            if advice_count > 0 {
                <details class="flag-severity advice">
                    // A heading in the summary (which HTML allows) keeps the field headings under it in the outline.
                    <summary><h4 class="flag-severity-title">{ counted(advice_count, "piece of advice", "pieces of advice") }</h4></summary>
                    { for advice.iter().map(field_group) }
                </details>
            }
        </div>
    }
}

fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

fn field_group(group: &FieldGroup) -> Html {
    html! {
        <div class="flag-group">
            <h5 class="flag-field">
                { match group.field {
                    Some(field) => html! { <code>{ field }</code> },
                    None => html! { "The response as a whole" },
                } }
            </h5>
            <ul class="flag-list">
                { for group.flags.iter().map(|flag| html! {
                    <li class="flag" data-flag={flag.id}>
                        <p class="flag-title">{ flag.title.clone() }</p>
                        <p class="flag-why">{ flag.why.clone() }</p>
                        <p class="flag-fix"><strong>{ "Fix: " }</strong>{ flag.fix.clone() }</p>
                    </li>
                }) }
            </ul>
        </div>
    }
}
