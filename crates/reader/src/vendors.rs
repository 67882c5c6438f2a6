//! Fingerprints: the CDN, load balancer, proxy, platform or server that a response's fields
//! point to (`cf-ray`, `x-amz-cf-pop`, `x-served-by`, `server`, `via`…), and what that means
//! for an error status: who most likely wrote it, and where to look.

use super::parse::Field;
use super::{mask, Intermediary};

/// How a field gives a vendor away.
enum Clue {
    /// The field is present.
    Field(&'static str),
    /// A field whose name starts with this.
    FieldPrefix(&'static str),
    /// The field's value contains this, ignoring case.
    ValueContains(&'static str, &'static str),
    /// The field's value starts with this, ignoring case.
    ValueStarts(&'static str, &'static str),
}

struct Vendor {
    name: &'static str,
    role: &'static str,
    /// The vendor's name in the database, for picking its meaning of a vendor code.
    database_vendor: Option<&'static str>,
    clues: &'static [Clue],
}

use Clue::{Field as Named, FieldPrefix, ValueContains, ValueStarts};

/// Edge networks first, then what sits behind them, so `found` lists the hops from the client
/// inwards; the first is who answered.
const VENDORS: &[Vendor] = &[
    Vendor {
        name: "Cloudflare",
        role: "CDN",
        database_vendor: Some("Cloudflare"),
        clues: &[Named("cf-ray"), Named("cf-cache-status"), Named("cf-mitigated"), ValueStarts("server", "cloudflare")],
    },
    Vendor {
        name: "Amazon CloudFront",
        role: "CDN",
        database_vendor: None,
        clues: &[Named("x-amz-cf-id"), Named("x-amz-cf-pop"), ValueContains("x-cache", "cloudfront"), ValueContains("via", "cloudfront")],
    },
    Vendor {
        name: "Fastly",
        role: "CDN",
        database_vendor: None,
        clues: &[ValueStarts("x-served-by", "cache-"), Named("x-fastly-request-id"), FieldPrefix("fastly-"), ValueStarts("x-timer", "S")],
    },
    Vendor {
        name: "Akamai",
        role: "CDN",
        database_vendor: None,
        clues: &[
            ValueStarts("server", "akamai"),
            FieldPrefix("x-akamai-"),
            Named("akamai-grn"),
            Named("akamai-cache-status"),
            ValueContains("x-cache", "akamai"),
        ],
    },
    Vendor { name: "Azure Front Door", role: "CDN", database_vendor: None, clues: &[Named("x-azure-ref"), Named("x-msedge-ref"), Named("x-fd-healthprobe")] },
    Vendor {
        name: "Google Front End",
        role: "load balancer",
        database_vendor: None,
        clues: &[ValueStarts("server", "google frontend"), ValueContains("via", "1.1 google"), ValueStarts("server", "gws"), ValueStarts("server", "esf")],
    },
    Vendor { name: "Bunny CDN", role: "CDN", database_vendor: None, clues: &[ValueStarts("server", "bunnycdn"), Named("cdn-requestid")] },
    Vendor { name: "Sucuri", role: "CDN", database_vendor: None, clues: &[Named("x-sucuri-id"), ValueStarts("server", "sucuri")] },
    Vendor {
        name: "Imperva",
        role: "CDN",
        database_vendor: None,
        clues: &[Named("x-iinfo"), ValueContains("x-cdn", "imperva"), ValueContains("x-cdn", "incapsula")],
    },
    Vendor {
        name: "Vercel",
        role: "platform",
        database_vendor: None,
        clues: &[Named("x-vercel-id"), Named("x-vercel-cache"), Named("x-vercel-error"), ValueStarts("server", "vercel")],
    },
    Vendor { name: "Netlify", role: "platform", database_vendor: None, clues: &[Named("x-nf-request-id"), ValueStarts("server", "netlify")] },
    Vendor {
        name: "Fly.io",
        role: "platform",
        database_vendor: None,
        clues: &[Named("fly-request-id"), ValueStarts("server", "fly/"), ValueContains("via", "fly.io")],
    },
    Vendor { name: "Heroku", role: "platform", database_vendor: None, clues: &[ValueContains("via", "vegur"), ValueContains("via", "heroku-router")] },
    Vendor { name: "Render", role: "platform", database_vendor: None, clues: &[Named("rndr-id"), Named("x-render-origin-server")] },
    Vendor { name: "Pantheon", role: "platform", database_vendor: Some("Pantheon"), clues: &[Named("x-pantheon-styx-hostname"), Named("x-styx-req-id")] },
    Vendor { name: "Shopify", role: "platform", database_vendor: Some("Shopify"), clues: &[Named("x-shopid"), Named("x-shopify-stage"), Named("x-shardid")] },
    Vendor { name: "GitHub", role: "platform", database_vendor: None, clues: &[Named("x-github-request-id"), ValueStarts("server", "github.com")] },
    Vendor { name: "AWS load balancer", role: "load balancer", database_vendor: Some("AWS Elastic Load Balancing"), clues: &[ValueStarts("server", "awselb")] },
    Vendor { name: "Amazon API Gateway", role: "API gateway", database_vendor: None, clues: &[Named("x-amz-apigw-id"), Named("x-amzn-errortype")] },
    Vendor { name: "Amazon S3", role: "storage", database_vendor: None, clues: &[ValueStarts("server", "amazons3")] },
    Vendor {
        name: "Kong",
        role: "API gateway",
        database_vendor: None,
        clues: &[FieldPrefix("x-kong-"), ValueStarts("via", "kong/"), ValueStarts("server", "kong/")],
    },
    Vendor {
        name: "Envoy",
        role: "proxy",
        database_vendor: None,
        clues: &[ValueStarts("server", "envoy"), ValueStarts("server", "istio-envoy"), FieldPrefix("x-envoy-")],
    },
    Vendor {
        name: "Varnish",
        role: "proxy",
        database_vendor: None,
        clues: &[Named("x-varnish"), ValueContains("via", "varnish"), ValueStarts("server", "varnish")],
    },
    Vendor {
        name: "Squid",
        role: "proxy",
        database_vendor: None,
        clues: &[ValueContains("via", "squid"), Named("x-squid-error"), ValueStarts("server", "squid")],
    },
    Vendor { name: "nginx", role: "server", database_vendor: Some("nginx"), clues: &[ValueStarts("server", "nginx"), ValueStarts("server", "openresty")] },
    Vendor { name: "Apache", role: "server", database_vendor: Some("Apache"), clues: &[ValueStarts("server", "apache")] },
    Vendor { name: "Microsoft IIS", role: "server", database_vendor: Some("Microsoft IIS"), clues: &[ValueStarts("server", "microsoft-iis")] },
    Vendor { name: "Caddy", role: "server", database_vendor: None, clues: &[ValueStarts("server", "caddy")] },
    Vendor { name: "LiteSpeed", role: "server", database_vendor: None, clues: &[ValueStarts("server", "litespeed")] },
    Vendor { name: "Kestrel", role: "server", database_vendor: None, clues: &[ValueStarts("server", "kestrel")] },
    Vendor { name: "Gunicorn", role: "server", database_vendor: None, clues: &[ValueStarts("server", "gunicorn")] },
    Vendor { name: "Laravel", role: "server", database_vendor: Some("Laravel"), clues: &[ValueContains("set-cookie", "laravel_session")] },
];

fn value_of<'a>(fields: &'a [Field], name: &str) -> Option<&'a str> {
    fields.iter().find(|field| field.is(name)).map(|field| field.value.trim())
}

fn starts_with_ignoring_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len()).is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

/// The field that matches a clue, named as received.
fn evidence(clue: &Clue, fields: &[Field]) -> Option<String> {
    fields
        .iter()
        .find(|field| match clue {
            Named(wanted) => field.is(wanted),
            FieldPrefix(prefix) => field.name_starts_with(prefix),
            ValueContains(wanted, needle) => field.is(wanted) && field.value.to_ascii_lowercase().contains(needle),
            ValueStarts(wanted, prefix) => field.is(wanted) && starts_with_ignoring_case(field.value.trim(), prefix),
        })
        .map(|field| field.name.clone())
}

/// The text after the last `-` of a request id, which names the edge location (`…-FRA`).
fn suffix_location(value: &str) -> Option<String> {
    let suffix = value.rsplit('-').next()?.trim();
    (suffix.len() >= 3 && suffix.len() <= 5 && suffix.bytes().all(|byte| byte.is_ascii_alphabetic())).then(|| suffix.to_ascii_uppercase())
}

fn location(vendor: &str, fields: &[Field]) -> Option<String> {
    let value = |name| value_of(fields, name);
    match vendor {
        "Cloudflare" => value("cf-ray").and_then(suffix_location),
        "Amazon CloudFront" => value("x-amz-cf-pop").map(mask::text),
        // Shielding lists the shield first and the edge the client reached last.
        "Fastly" => value("x-served-by").and_then(|served| served.rsplit(',').next()).and_then(suffix_location),
        "Vercel" => value("x-vercel-id").and_then(|id| id.split("::").next()).filter(|edge| edge.len() <= 8).map(str::to_string),
        "Fly.io" => value("fly-request-id").and_then(suffix_location),
        "Bunny CDN" => value("server").and_then(|server| server.split('-').nth(1)).map(str::to_string),
        _ => None,
    }
}

fn cache(vendor: &str, fields: &[Field]) -> Option<String> {
    let value = |name| value_of(fields, name).map(mask::text);
    let x_cache = || value("x-cache");
    match vendor {
        "Cloudflare" => value("cf-cache-status"),
        // "Hit from cloudfront", "Error from cloudfront".
        "Amazon CloudFront" => x_cache().and_then(|cache| cache.split(" from ").next().map(str::to_string)),
        "Fastly" => x_cache().and_then(|cache| cache.rsplit(',').next().map(|last| last.trim().to_string())),
        "Akamai" => value("akamai-cache-status").or_else(|| x_cache().and_then(|cache| cache.split_whitespace().next().map(str::to_string))),
        "Azure Front Door" => x_cache(),
        "Vercel" => value("x-vercel-cache"),
        "Bunny CDN" => value("cdn-cache"),
        "Varnish" | "Squid" => x_cache().and_then(|cache| cache.split_whitespace().next().map(str::to_string)),
        _ => None,
    }
}

/// A vendor found in the fields, with its database name for vendor codes.
pub(super) struct Found {
    pub(super) intermediary: Intermediary,
    pub(super) database_vendor: Option<&'static str>,
}

pub(super) fn fingerprints(fields: &[Field]) -> Vec<Found> {
    let mut found: Vec<Found> = VENDORS
        .iter()
        .filter_map(|vendor| {
            let mut evidence: Vec<String> = vendor.clues.iter().filter_map(|clue| evidence(clue, fields)).collect();
            evidence.dedup();
            (!evidence.is_empty()).then(|| Found {
                intermediary: Intermediary {
                    name: vendor.name.to_string(),
                    role: vendor.role,
                    evidence,
                    location: location(vendor.name, fields),
                    cache: cache(vendor.name, fields),
                },
                database_vendor: vendor.database_vendor,
            })
        })
        .collect();
    // Fastly's caches are Varnish and say so in Via and Server: that is Fastly, not a second hop.
    if let Some(varnish) =
        found.iter().position(|found| found.intermediary.name == "Varnish").filter(|_| found.iter().any(|found| found.intermediary.name == "Fastly"))
    {
        let evidence = found.remove(varnish).intermediary.evidence;
        if let Some(fastly) = found.iter_mut().find(|found| found.intermediary.name == "Fastly") {
            fastly.intermediary.evidence.extend(evidence);
        }
    }
    found
}

fn vercel_error(code: &str) -> &'static str {
    match code {
        "FUNCTION_INVOCATION_TIMEOUT" => "the serverless function ran past its time limit",
        "FUNCTION_INVOCATION_FAILED" => "the serverless function crashed or threw",
        "EDGE_FUNCTION_INVOCATION_FAILED" | "MIDDLEWARE_INVOCATION_FAILED" => "the edge function or middleware threw",
        "FUNCTION_PAYLOAD_TOO_LARGE" => "the request body is larger than functions accept",
        "DEPLOYMENT_NOT_FOUND" => "no deployment answers at this address",
        "NOT_FOUND" => "no route or file matches this path",
        "DEPLOYMENT_BLOCKED" | "DEPLOYMENT_PAUSED" => "the deployment is blocked or paused",
        _ => "see Vercel's list of error codes",
    }
}

/// Who most likely wrote an error response, and where to look, from the vendors found.
pub(super) fn implication(code: u16, found: &[Found], fields: &[Field]) -> Option<String> {
    let has = |name: &str| found.iter().any(|found| found.intermediary.name == name);
    let value = |name: &str| value_of(fields, name);
    let x_cache_error = value("x-cache").is_some_and(|cache| cache.to_ascii_lowercase().starts_with("error from cloudfront"));
    if let Some(error) = value("x-vercel-error") {
        return Some(format!("Vercel reports {}: {}.", mask::text(error), vercel_error(error)));
    }
    if let Some(error) = value("x-squid-error") {
        let why = if code >= 500 { "it could not complete the request upstream" } else { "it is the proxy's own refusal, not the server's" };
        return Some(format!("The Squid proxy wrote this response itself ({}): {why}.", mask::text(error)));
    }
    if let Some(error) = value("x-amzn-errortype") {
        return Some(format!(
            "Amazon API Gateway answered with the error type {}: check the API's integration and authorizer before the backend.",
            mask::text(error)
        ));
    }
    if code == 403 && has("Cloudflare") && value("cf-mitigated").is_some() {
        return Some("Cloudflare answered with a challenge (cf-mitigated): a bot or firewall rule stopped the request before it reached the origin.".into());
    }
    if code == 403 && x_cache_error {
        return Some(
            "CloudFront refused the request itself (geographic restriction, a WAF rule, or a signed URL or origin access problem); the origin never saw it."
                .into(),
        );
    }
    if code < 500 && !(460..=464).contains(&code) {
        return None;
    }
    let envoy_timed = fields.iter().any(|field| field.is("x-envoy-upstream-service-time"));
    let awselb = value("server").is_some_and(|server| server.to_ascii_lowercase().starts_with("awselb"));
    let implication = if has("Cloudflare") && matches!(code, 502 | 504 | 520..=527 | 530) {
        format!(
            "This {code} came from Cloudflare's edge: Cloudflare reached out to the origin server and got no usable answer{}. Whoever runs the site should check the origin: is it up, does it accept Cloudflare's addresses, does its TLS work?",
            if matches!(code, 504 | 522 | 524) { " in time" } else { "" }
        )
    } else if has("Cloudflare") {
        format!("Cloudflare passes the origin's own {code} through, so this most likely comes from the origin server itself: its logs tell why. (A Cloudflare-branded error page would mean the edge wrote it.)")
    } else if has("Amazon CloudFront") && x_cache_error {
        let why = match code {
            502 => "it could not connect, or the TLS handshake with the origin failed",
            504 => "the origin did not answer in time",
            503 => "the origin was over capacity or CloudFront hit a limit",
            _ => "an error between CloudFront and the origin",
        };
        format!("CloudFront's edge could not get a valid answer from the origin ({why}): check the origin, its security groups and its TLS certificate.")
    } else if has("AWS load balancer") && awselb {
        let why = match code {
            502 => "a target closed the connection or sent a response it could not parse",
            503 => "no healthy target is registered for this rule",
            504 => "the target did not answer within the idle timeout",
            460 => "the client closed the connection before the idle timeout",
            463 => "the X-Forwarded-For header held too many addresses",
            464 => "the request's protocol does not match the target group's",
            _ => "see the load balancer's access logs for the target's status",
        };
        format!("The AWS load balancer wrote this {code} itself, not the application behind it: {why}.")
    } else if has("Fastly") && matches!(code, 502..=504) {
        format!("Fastly could not get an answer from the backend (origin) for this {code}: check the backend's health and the first-byte timeout.")
    } else if has("Akamai") {
        format!("This {code} came through Akamai's edge; the reference number in its error page finds the request in Akamai's logs.")
    } else if has("Azure Front Door") && matches!(code, 502..=504) {
        format!("Azure Front Door could not get an answer from the origin for this {code}; the x-azure-ref value finds the request in its logs.")
    } else if has("Google Front End") && matches!(code, 502..=504) {
        "Google's load balancer could not reach a healthy backend: check the backend service's health checks.".into()
    } else if has("Envoy") && !envoy_timed {
        format!("Envoy wrote this {code} itself (there is no x-envoy-upstream-service-time): no healthy upstream, a failed connection, or a circuit breaker.")
    } else if has("Envoy") {
        format!("The upstream service answered {code} itself; Envoy passed it through.")
    } else if has("Heroku") && code == 503 {
        "The Heroku router answered: look for its H error codes (H10 app crashed, H12 request timeout) in the app's logs.".into()
    } else if has("Varnish") && code == 503 {
        "Varnish could not fetch the page from its backend (\u{201c}Backend fetch failed\u{201d}): check that the backend is up and answers in time.".into()
    } else if has("nginx") && matches!(code, 502 | 504) {
        let what = if code == 504 { "an answer in time" } else { "a valid answer" };
        format!("nginx could not get {what} from the application behind it: check that the application is running and read nginx's error log.")
    } else {
        return None;
    };
    Some(implication)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<Field> {
        pairs.iter().map(|(name, value)| Field { name: name.to_string(), value: value.to_string() }).collect()
    }

    fn names(found: &[Found]) -> Vec<&str> {
        found.iter().map(|found| found.intermediary.name.as_str()).collect()
    }

    #[test]
    fn cloudflare_with_its_edge_and_cache() {
        let found = fingerprints(&fields(&[("server", "cloudflare"), ("CF-RAY", "8a1b2c3d4e5f6789-FRA"), ("cf-cache-status", "DYNAMIC")]));
        assert_eq!(names(&found), ["Cloudflare"]);
        assert_eq!(found[0].intermediary.evidence, ["CF-RAY", "cf-cache-status", "server"]);
        assert_eq!(found[0].intermediary.location.as_deref(), Some("FRA"));
        assert_eq!(found[0].intermediary.cache.as_deref(), Some("DYNAMIC"));
    }

    #[test]
    fn several_hops_in_order() {
        let found = fingerprints(&fields(&[
            ("Server", "nginx/1.25.3"),
            ("Via", "1.1 varnish, 1.1 abc123.cloudfront.net (CloudFront)"),
            ("X-Cache", "Miss from cloudfront"),
            ("X-Amz-Cf-Pop", "FRA56-P1"),
        ]));
        assert_eq!(names(&found), ["Amazon CloudFront", "Varnish", "nginx"]);
        assert_eq!(found[0].intermediary.location.as_deref(), Some("FRA56-P1"));
        assert_eq!(found[0].intermediary.cache.as_deref(), Some("Miss"));
    }

    #[test]
    fn fastly_names_the_edge_not_the_shield() {
        let found = fingerprints(&fields(&[("x-served-by", "cache-iad-kiad7000025-IAD, cache-fra-eddf8230064-FRA"), ("x-cache", "MISS, HIT")]));
        assert_eq!(names(&found), ["Fastly"]);
        assert_eq!(found[0].intermediary.location.as_deref(), Some("FRA"));
        assert_eq!(found[0].intermediary.cache.as_deref(), Some("HIT"));
    }

    #[test]
    fn nothing_recognisable() {
        assert!(fingerprints(&fields(&[("content-type", "text/html"), ("x-cache", "HIT")])).is_empty());
        assert_eq!(implication(502, &[], &[]), None);
    }
}
