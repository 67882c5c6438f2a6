//! `Server-Timing` (W3C Server Timing): a list of metrics, each a name with `dur` (milliseconds,
//! a number) and `desc` parameters. A metric that breaks the syntax, or a `dur` that is not a
//! number, is dropped by the browser's DevTools and by the Performance API. A metric without
//! `dur` or `desc` is allowed (a bare name marks an event), so it is not flagged.

use super::syntax::{is_token, parameters, split_outside_quotes};
use super::Raised;
use crate::fields::Context;

/// Whether `text` is a number as Server-Timing's `dur` takes it: digits with an optional fraction.
fn is_duration(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    !whole.is_empty() && whole.bytes().all(|byte| byte.is_ascii_digit()) && !fraction.is_empty() && fraction.bytes().all(|byte| byte.is_ascii_digit())
}

fn is_metric(metric: &str) -> bool {
    let parts = split_outside_quotes(metric, ';');
    let Some(parameters) = parameters(&parts[1..]) else { return false };
    is_token(parts[0]) && parameters.iter().all(|parameter| parameter.name != "dur" || is_duration(&parameter.value))
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((name, value)) = context.combined("server-timing") else { return };
    if split_outside_quotes(&value, ',').iter().any(|metric| !metric.is_empty() && !is_metric(metric)) {
        raised.malformed(&name, &value, "a list of metrics such as db;dur=53.2;desc=\"Database\"", "browsers drop the metric and DevTools does not show it");
    }
}

#[cfg(test)]
mod tests {
    use super::is_metric;

    #[test]
    fn metrics() {
        for good in ["miss", "db;dur=53", "app;dur=47.2", "cache;desc=\"Cache Read\"", "cdn-cache;desc=HIT"] {
            assert!(is_metric(good), "{good}");
        }
        for bad in ["db;dur=foo", "db;dur=", "a b", "db;dur=-1"] {
            assert!(!is_metric(bad), "{bad}");
        }
    }
}
