//! Where each record and each guide leaf lives in the lookup app: a folder of its own, so static
//! hosting serves `404/index.html` at `…/404/`.
//!
//! - A registered status is its code: `404/`.
//! - Everything a vendor defines (its status codes, sub-statuses, errors, what is not HTTP) sits
//!   in the vendor's folder under its label: `nginx/499/`, `microsoft-iis/500.19/`,
//!   `cloudflare/1020/`, `heroku/h12/`, `envoy/uh/`. The vendor's name gives the folder (what is
//!   in brackets dropped), the label the leaf (lower case, other characters than letters, digits
//!   and dots as one `-`).
//! - Labels that differ only in case within one vendor (HAProxy's `SH` and `sH`) would share a
//!   folder on case-insensitive file systems: those records take their id instead
//!   (`haproxy/sh-haproxy/`, `haproxy/sh-timeout-haproxy/`).
//! - A guide leaf is the walk that reaches it, as its deep link is: `#guide/request/auth/unknown`
//!   is `guide/request/auth/unknown/`.
//!
//! Ids, labels and answer ids are stable in the data (renaming them breaks links already), so
//! these paths are too.

use http_status_data::{self as db, Entry};
use http_status_guide::{self as guide, Walk};

/// `../` once per folder between a page at `path` (`cloudflare/1020/`) and the app's root.
pub fn up_to_root(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// The folder a vendor's records sit in: "Microsoft IIS" is `microsoft-iis`, "Apache
/// (unverified)" is `apache`, ".NET" is `dotnet`.
pub fn vendor_folder(vendor: &str) -> String {
    let without_brackets = vendor.split('(').next().unwrap_or(vendor);
    let named = without_brackets.trim().strip_prefix('.').map_or_else(|| without_brackets.to_string(), |rest| format!("dot{rest}"));
    slug(&named, false)
}

/// Lower case, runs of anything but ASCII letters and digits (and dots, with `keep_dots`) as one
/// `-`, none at either end.
fn slug(text: &str, keep_dots: bool) -> String {
    let mut slug = String::with_capacity(text.len());
    for character in text.chars() {
        if character.is_ascii_alphanumeric() || (keep_dots && character == '.') {
            slug.push(character.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// The record's folder in the app, relative to its root, with the trailing slash: `404/`,
/// `cloudflare/1020/`.
pub fn record_path(entry: &Entry) -> String {
    let Some(vendor) = entry.vendor else {
        return format!("{}/", entry.label);
    };
    let label = slug(entry.label, true);
    let shares_its_folder = db::entries().iter().any(|other| other.id != entry.id && other.vendor == entry.vendor && slug(other.label, true) == label);
    let leaf = if shares_its_folder { entry.id.to_string() } else { label };
    format!("{}/{leaf}/", vendor_folder(vendor))
}

/// A guide leaf's folder: `guide/request/auth/unknown/`.
pub fn guide_path(walk: &Walk) -> String {
    walk.path().iter().fold(String::from("guide/"), |path, answer| format!("{path}{answer}/"))
}

/// Every walk that ends at a leaf, in the order of the guide's answers.
pub fn guide_walks() -> Vec<Walk> {
    let mut walks = Vec::new();
    let mut pending = vec![Walk::start()];
    while let Some(walk) = pending.pop() {
        let Some(question) = walk.question() else {
            walks.push(walk);
            continue;
        };
        // Reversed, so the stack hands back the first answer first.
        for answer in question.answers.iter().rev() {
            let mut next = walk.clone();
            next.steps.push(guide::Step { question, answer });
            next.end = answer.next();
            pending.push(next);
        }
    }
    walks
}
