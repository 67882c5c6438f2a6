//! A response explained, as text: the chain and its verdict, then each step with its status,
//! the vendor errors its body names, what is worth fixing (errors, then warnings, then advice,
//! each under the field it concerns, as the response view lays them out with the same
//! `flag_groups`), what the header fields say and the problem details of its body.

use crate::page::Page;
use http_status_data as db;
use http_status_reader::{Explanation, Flag, Severity, Step};
use http_status_views::flag_groups;

pub fn explanation(page: &mut Page, explanation: &Explanation) {
    let worth_fixing = explanation.flags.iter().filter(|flag| flag.severity != Severity::Advice).count();
    let verdict = match worth_fixing {
        0 => "nothing to fix".to_string(),
        1 => "1 thing to fix".to_string(),
        count => format!("{count} things to fix"),
    };
    let summary = page.style.bold(&explanation.summary);
    page.line(format!("{summary}: {verdict}"));
    for (index, step) in explanation.steps.iter().enumerate() {
        let flags: Vec<Flag> = explanation.flags.iter().filter(|flag| flag.step == index).cloned().collect();
        step_text(page, step, (index + 1, explanation.steps.len()), &flags);
    }
}

fn step_text(page: &mut Page, step: &Step, (number, count): (usize, usize), flags: &[Flag]) {
    let style = page.style;
    page.gap();
    let status_line = [step.version.clone(), Some(step.code.to_string()), step.reason.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let position = if count > 1 { format!("{number} of {count} \u{00b7} ") } else { String::new() };
    page.line(format!("{position}{}: {}", step.role.label(), style.class(step.status.class.unwrap_or("other"), &status_line)));
    if let Some(request) = &step.request {
        let line = [request.method.as_deref(), request.url.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            let guessed = if request.url_guessed { " (https assumed: the text does not say)" } else { "" };
            page.hanging(&format!("In answer to {line}{guessed}"), 2, "");
        }
    }
    match step.status.entry() {
        Some(entry) => page.hanging(&format!("{} (http-status {})", entry.summary, entry.id), 2, ""),
        None => page.hanging(&step.status.summary, 2, ""),
    }
    for entry in step.refinements.iter().filter_map(|id| db::by_id(id)) {
        page.hanging(&format!("{} {}: {} (http-status {})", entry.vendor.unwrap_or_default(), entry.title(), entry.summary, entry.id), 2, "");
    }
    flags_text(page, flags, step);
    if !step.readings.is_empty() {
        page.heading("What the header fields say", 2);
        for reading in &step.readings {
            let fields = if reading.fields.is_empty() { "Missing".to_string() } else { reading.fields.join(", ") };
            page.hanging(&reading.sentence, 4, &format!("{fields}: "));
        }
    }
    if let Some(problem) = &step.problem {
        page.heading("Problem details in the body", 2);
        for (name, value) in [("title", &problem.title), ("detail", &problem.detail), ("type", &problem.type_uri), ("instance", &problem.instance)] {
            if let Some(value) = value {
                page.hanging(value, 4, &format!("{name}: "));
            }
        }
    }
}

/// Errors, then warnings, then advice, each under the header field it concerns in the order
/// the response sends them.
fn flags_text(page: &mut Page, flags: &[Flag], step: &Step) {
    let sent: Vec<&str> = step.headers.iter().map(|header| header.name.as_str()).collect();
    for (severity, one, many) in
        [(Severity::Error, "error", "errors"), (Severity::Warning, "warning", "warnings"), (Severity::Advice, "piece of advice", "pieces of advice")]
    {
        let groups = flag_groups::by_field(flags, severity, &sent);
        let count: usize = groups.iter().map(|group| group.flags.len()).sum();
        if count == 0 {
            continue;
        }
        page.gap();
        page.line(format!("  {}", page.style.severity(severity, &format!("{count} {}", if count == 1 { one } else { many }))));
        for group in groups {
            page.line(format!("    {}", group.field.unwrap_or("The response as a whole")));
            for flag in group.flags {
                page.hanging(&flag.title, 6, "- ");
                page.hanging(&flag.why, 8, "");
                page.hanging(&flag.fix, 8, "Fix: ");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Style;

    fn text_of(response: &str) -> String {
        let mut page = Page::new(Style { enabled: false }, 80);
        explanation(&mut page, &http_status_reader::explain(response, None).unwrap());
        page.into_text()
    }

    #[test]
    fn a_clean_response_has_nothing_to_fix_and_says_what_its_fields_say() {
        let text = text_of("HTTP/1.1 429 Too Many Requests\r\nDate: Mon, 01 Jan 2024 12:00:00 GMT\r\nRetry-After: 120\r\n\r\n");
        assert!(text.starts_with("429 Too Many Requests: nothing to fix\n\nFinal: HTTP/1.1 429 Too Many Requests\n"), "{text}");
        assert!(text.contains("\n  What the header fields say\n    Retry-After: Wait 2 minutes (120 seconds)"), "{text}");
    }

    #[test]
    fn flags_come_errors_first_under_their_field() {
        let text = text_of("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nContent-Length: 5\r\n\r\n");
        let errors = text.find("errors\n").or_else(|| text.find("error\n")).expect(&text);
        assert!(text[errors..].contains("\n    WWW-Authenticate\n      - "), "{text}");
        assert!(text[errors..].contains("\n        Fix: "), "{text}");
        let warnings = text.find(" warning");
        assert!(warnings.is_none_or(|warnings| warnings > errors), "{text}");
    }
}
