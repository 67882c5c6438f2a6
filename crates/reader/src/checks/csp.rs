//! `Content-Security-Policy` and `Content-Security-Policy-Report-Only` (W3C CSP Level 3): each
//! field a comma-separated list of policies, each policy `;`-separated directives, a directive a
//! name and its source list. Checked: directive names browsers cannot read, a directive given
//! twice (browsers keep the first), sources that undo an enforced policy ('unsafe-inline' and
//! 'unsafe-eval' for scripts, `*` and `http:`), report-to without report-uri, and report-to
//! naming an endpoint no field defines.
//!
//! Not flagged: what weakens a report-only policy, which enforces nothing (sites stage a stricter
//! policy there, or watch one with fallbacks, as Google's home page does); host and scheme
//! sources beside 'strict-dynamic', which browsers that know it ignore; 'unsafe-inline' for
//! styles, which GitHub's and MDN's policies carry, and through which injected markup restyles
//! the page but runs no code; and report-uri alone, which CSP Level 3 deprecates but Firefox is
//! the browser that still reads only it.

use super::reporting::{endpoint_names, undefined_endpoint};
use super::{shown, Raised};
use crate::fields::Context;
use crate::{mask, Severity};
use std::collections::HashSet;

/// The directives that decide which scripts run.
const SCRIPT_DIRECTIVES: &[&str] = &["script-src", "script-src-elem", "script-src-attr"];

/// The directives where `*` lets any host supply active content.
const ACTIVE_CONTENT_DIRECTIVES: &[&str] = &["default-src", "script-src", "script-src-elem", "object-src", "style-src", "style-src-elem"];

/// Whether a directive name is one: letters, digits and `-` (CSP's directive-name grammar).
fn is_directive_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-')
}

/// One policy's directives, names in lower case, in order, repeats kept.
fn directives(policy: &str) -> Vec<(String, Vec<&str>)> {
    policy
        .split(';')
        .map(str::trim)
        .filter(|directive| !directive.is_empty())
        .map(|directive| {
            let mut words = directive.split_ascii_whitespace();
            let name = words.next().unwrap_or_default().to_ascii_lowercase();
            (name, words.collect())
        })
        .collect()
}

/// Whether a source list lets scripts it does not name run inline: 'unsafe-inline' counts only
/// where no nonce, hash or 'strict-dynamic' sits beside it (CSP, "Does a source list allow all inline behavior").
fn inline_allowed(sources: &[&str]) -> bool {
    let lower: Vec<String> = sources.iter().map(|source| source.to_ascii_lowercase()).collect();
    let overridden = lower.iter().any(|source| source.starts_with("'nonce-") || source.starts_with("'sha") || source == "'strict-dynamic'");
    lower.iter().any(|source| source == "'unsafe-inline'") && !overridden
}

/// What one policy does wrong, gathered per kind.
#[derive(Default)]
struct Found {
    unreadable: Vec<String>,
    repeated: Vec<String>,
    inline: Vec<String>,
    eval: Vec<String>,
    any_source: Vec<String>,
    report_to_only: bool,
    report_to: Vec<String>,
}

fn inspect(policy: &str, found: &mut Found) {
    let directives = directives(policy);
    let names: Vec<&str> = directives.iter().map(|(name, _)| name.as_str()).collect();
    let governs_scripts = |name: &str| SCRIPT_DIRECTIVES.contains(&name) || (name == "default-src" && !names.contains(&"script-src"));
    let mut seen: HashSet<&str> = HashSet::new();
    for (name, sources) in &directives {
        if !is_directive_name(name) {
            found.unreadable.push(name.clone());
            continue;
        }
        if !seen.insert(name) {
            found.repeated.push(name.clone());
            continue;
        }
        if governs_scripts(name) && inline_allowed(sources) {
            found.inline.push(name.clone());
        }
        if governs_scripts(name) && sources.iter().any(|source| source.eq_ignore_ascii_case("'unsafe-eval'")) {
            found.eval.push(name.clone());
        }
        // With 'strict-dynamic', browsers that know it ignore host and scheme sources (CSP,
        // "'strict-dynamic' usage"): those are there for older browsers only.
        let strict_dynamic = governs_scripts(name) && sources.iter().any(|source| source.eq_ignore_ascii_case("'strict-dynamic'"));
        let wide = ACTIVE_CONTENT_DIRECTIVES.contains(&name.as_str()) && sources.contains(&"*");
        if !strict_dynamic && (wide || sources.iter().any(|source| source.eq_ignore_ascii_case("http:"))) {
            found.any_source.push(name.clone());
        }
        if name == "report-to" {
            found.report_to.extend(sources.first().map(|endpoint| endpoint.to_string()));
        }
    }
    found.report_to_only |= names.contains(&"report-to") && !names.contains(&"report-uri");
}

/// The directives named, once each, in the order found.
fn named(directives: &[String]) -> String {
    let mut seen: HashSet<&str> = HashSet::new();
    directives.iter().filter(|directive| seen.insert(directive)).map(|directive| mask::text(directive)).collect::<Vec<_>>().join(", ")
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    for (field, enforced) in [("Content-Security-Policy", true), ("Content-Security-Policy-Report-Only", false)] {
        let Some((_, value)) = context.combined(field) else { continue };
        let mut found = Found::default();
        for policy in value.split(',') {
            inspect(policy, &mut found);
        }
        if !enforced {
            found.inline.clear();
            found.eval.clear();
            found.any_source.clear();
        }
        if !found.unreadable.is_empty() {
            raised.flag(
                "csp-malformed",
                field,
                Severity::Warning,
                format!("{field} has a directive browsers cannot read"),
                format!(
                    "In {field}, {} is not a directive name (letters, digits and - only), so browsers skip that directive and what it should have restricted stays open. A colon after the name, or commas between sources, are the usual cause.",
                    shown(field, &named(&found.unreadable))
                ),
                "Write each directive as its name, a space and its sources separated by spaces, directives separated by semicolons: default-src 'self'; img-src 'self' https://images.example.com.".into(),
            );
        }
        if !found.repeated.is_empty() {
            raised.flag(
                "csp-directive-repeated",
                field,
                Severity::Warning,
                format!("{field} gives {} twice", named(&found.repeated)),
                format!("{field} gives {} more than once in one policy; browsers use the first and ignore the rest, so the sources the later one adds are not allowed.", named(&found.repeated)),
                "Merge the sources into one directive. To combine two policies (each enforced), separate them with a comma or send the field twice.".into(),
            );
        }
        if !found.inline.is_empty() {
            raised.flag(
                "csp-unsafe-inline",
                field,
                Severity::Warning,
                format!("{field} lets inline scripts run"),
                format!("{field}'s {} allows 'unsafe-inline' without a nonce or hash beside it, so a script injected into the page runs: the policy no longer stops cross-site scripting.", named(&found.inline)),
                "Give the page's inline scripts a nonce ('nonce-…', new for each response) or a hash ('sha256-…'), or move them to files; 'unsafe-inline' can then stay for old browsers, which newer ones ignore.".into(),
            );
        }
        if !found.eval.is_empty() {
            raised.flag(
                "csp-unsafe-eval",
                field,
                Severity::Warning,
                format!("{field} lets scripts evaluate strings"),
                format!("{field}'s {} allows 'unsafe-eval', so eval(), new Function() and string timers run text as code, which turns an injected string into a script.", named(&found.eval)),
                "Remove 'unsafe-eval' and replace eval-style code (most templating and JSON code has other ways); 'wasm-unsafe-eval' is enough for WebAssembly.".into(),
            );
        }
        if !found.any_source.is_empty() {
            raised.flag(
                "csp-any-source",
                field,
                Severity::Warning,
                format!("{field} allows content from any host"),
                format!("{field}'s {} allows * or http: as a source: any host, or any host over plain HTTP where the network can change it, may supply that content.", named(&found.any_source)),
                "List the hosts each directive needs, over https: script-src 'self' https://cdn.example.com.".into(),
            );
        }
        if found.report_to_only {
            raised.flag(
                "csp-report-to-only",
                field,
                Severity::Advice,
                format!("{field} reports with report-to only"),
                format!("{field} names report-to but no report-uri: Chromium sends reports to the endpoint, while Firefox reads only report-uri, so violations in Firefox go unreported."),
                "Keep report-uri with the same URL beside report-to until every browser you care about reads report-to: report-uri https://example.com/csp; report-to csp.".into(),
            );
        }
        let names = endpoint_names(context);
        let mut reported: HashSet<&str> = HashSet::new();
        for endpoint in found.report_to.iter().filter(|endpoint| reported.insert(endpoint)) {
            undefined_endpoint(raised, field, endpoint, &names);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{inspect, Found};

    #[test]
    fn policies() {
        let found = |policy: &str| {
            let mut found = Found::default();
            inspect(policy, &mut found);
            found
        };
        let clean = found("default-src 'self'; script-src 'self' 'nonce-r4nd0m' 'unsafe-inline' 'strict-dynamic' https: http:; img-src * data:; report-uri /csp; report-to csp;");
        assert!(clean.unreadable.is_empty() && clean.repeated.is_empty() && clean.inline.is_empty() && clean.any_source.is_empty() && !clean.report_to_only);
        assert_eq!(clean.report_to, ["csp"]);
        assert_eq!(found("default-src 'self'; script-src 'unsafe-inline'").inline, ["script-src"]);
        assert_eq!(found("default-src 'self' 'unsafe-inline'").inline, ["default-src"]);
        assert!(found("style-src 'unsafe-inline'").inline.is_empty());
        assert_eq!(found("default-src 'self'; default-src 'none'").repeated, ["default-src"]);
        assert_eq!(found("script-src *").any_source, ["script-src"]);
        assert_eq!(found("img-src http:").any_source, ["img-src"]);
        assert_eq!(found("default-src: 'self'").unreadable, ["default-src:"]);
        assert!(!found("report-uri /csp-report").report_to_only && found("report-to csp").report_to_only);
    }
}
