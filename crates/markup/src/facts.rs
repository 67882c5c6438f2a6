//! Facts about an entry put in words, for every place that states them: the explainer (views)
//! and the lookup app's pages.

use http_status_data::{Entry, Kind, Status};

/// Where the entry stands with IANA: "IANA, permanent", "Not registered: used by Cloudflare".
pub fn registry_fact(entry: &Entry) -> String {
    let deprecated = if entry.deprecated { ", deprecated in practice" } else { "" };
    match (entry.kind, entry.status, entry.expires) {
        (Kind::NotHttp, ..) => format!("Not an HTTP status: reported by {} when there is no response", entry.vendor.unwrap_or("tools")),
        (_, Status::Unofficial, _) => format!("Not registered: used by {}", entry.vendor.unwrap_or("a vendor")),
        (_, Status::Temporary, Some(expires)) => format!("Temporary IANA registration, set to expire {expires}"),
        (_, Status::Expired, Some(expires)) => format!("Temporary IANA registration whose term ended {expires}: best treated as deprecated"),
        _ => format!("IANA, {}{deprecated}", entry.status.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::registry_fact;
    use http_status_data as db;

    #[test]
    fn the_registry_fact_says_who_defines_the_entry() {
        assert_eq!(registry_fact(db::lookup(404).unwrap()), "IANA, permanent");
        assert_eq!(registry_fact(db::lookup(305).unwrap()), "IANA, permanent, deprecated in practice");
        assert_eq!(registry_fact(db::by_id("1020-cloudflare").unwrap()), "Not registered: used by Cloudflare");
        assert!(registry_fact(db::by_id("0-fetch").unwrap()).starts_with("Not an HTTP status: reported by Browsers"));
    }
}
