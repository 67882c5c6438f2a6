//! The absolute URL the app is published at, set at build time: what makes the canonical, Open
//! Graph and OpenSearch URLs absolute. Everything else in the pages is relative, so a copy served
//! elsewhere works too; only those URLs then point at the published one.

use std::fmt;

/// Where the app is served from when nothing is set: `make serve` (Trunk) on its own port.
pub const LOCAL_BASE_URL: &str = "http://127.0.0.1:8080/lookup/";

/// An `http://` or `https://` URL ending with `/`, under which the app's folder is served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl(String);

/// Why a base URL was refused, in words for whoever set it.
#[derive(Debug, PartialEq, Eq)]
pub struct BadBaseUrl(String);

impl fmt::Display for BadBaseUrl {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "LOOKUP_BASE_URL must be an absolute http:// or https:// URL such as https://status.example.com/lookup/, not \u{201c}{}\u{201d}",
            self.0
        )
    }
}

impl std::error::Error for BadBaseUrl {}

impl BaseUrl {
    /// Reads a base URL; a missing trailing slash is added (the app is a folder).
    pub fn parse(text: &str) -> Result<BaseUrl, BadBaseUrl> {
        let trimmed = text.trim();
        let rest = trimmed.strip_prefix("https://").or_else(|| trimmed.strip_prefix("http://"));
        let host = rest.map(|rest| rest.split('/').next().unwrap_or_default()).unwrap_or_default();
        let clean = !trimmed.chars().any(|character| character.is_whitespace() || character.is_control() || "\"<>`?#".contains(character));
        if host.is_empty() || !clean {
            return Err(BadBaseUrl(text.to_string()));
        }
        let mut url = trimmed.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        Ok(BaseUrl(url))
    }

    /// The absolute URL of a path relative to the app's root (`404/`, or `` for the root).
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for BaseUrl {
    fn default() -> BaseUrl {
        BaseUrl(LOCAL_BASE_URL.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::BaseUrl;

    #[test]
    fn a_base_url_is_an_absolute_http_folder() {
        assert_eq!(BaseUrl::parse("https://status.example.com/lookup").unwrap().join("404/"), "https://status.example.com/lookup/404/");
        assert_eq!(BaseUrl::parse(" http://127.0.0.1:8080/ ").unwrap().as_str(), "http://127.0.0.1:8080/");
        for bad in [
            "",
            "/lookup/",
            "status.example.com",
            "ftp://example.com/",
            "https://",
            "https://example.com/a b/",
            "https://example.com/?q=1",
            "https://example.com/\"><script>",
        ] {
            let error = BaseUrl::parse(bad).expect_err(bad);
            assert!(error.to_string().starts_with("LOOKUP_BASE_URL must be an absolute http:// or https:// URL"), "{error}");
        }
    }
}
