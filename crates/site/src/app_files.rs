//! The app's files beside its pages: the web app manifest, the OpenSearch description (so
//! browsers offer the lookup from the address bar), the id → path table the app's script
//! navigates with, and the service worker with this build's list of files and version.

use crate::base_url::BaseUrl;
use crate::page::APP_NAME;
use crate::paths::record_path;
use http_status_data as db;
use http_status_markup::escape;

/// The web app manifest. Its URLs are relative to itself, so the app installs from wherever
/// it is served.
pub fn manifest() -> String {
    format!(
        r##"{{
  "name": "{APP_NAME}",
  "short_name": "HTTP status",
  "description": "Every HTTP status code, vendor code and client error, explained. Works offline.",
  "id": "./",
  "start_url": "./",
  "scope": "./",
  "display": "standalone",
  "background_color": "#f5f6f8",
  "theme_color": "#1f5fbf",
  "icons": [
    {{ "src": "icon.svg", "sizes": "any", "type": "image/svg+xml" }},
    {{ "src": "icon-192.png", "sizes": "192x192", "type": "image/png" }},
    {{ "src": "icon-512.png", "sizes": "512x512", "type": "image/png" }},
    {{ "src": "icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" }}
  ]
}}
"##
    )
}

/// The OpenSearch description: its URLs must be absolute, hence the base URL.
pub fn opensearch(base: &BaseUrl) -> String {
    let base = escape(base.as_str());
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>HTTP status</ShortName>
  <Description>{APP_NAME}: a status code, a vendor error, a log line or an error message</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="192" height="192" type="image/png">{base}icon-192.png</Image>
  <Url type="text/html" method="get" template="{base}?q={{searchTerms}}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="{base}opensearch.xml"/>
  <moz:SearchForm>{base}</moz:SearchForm>
</OpenSearchDescription>
"#
    )
}

/// `paths.js`: each entry id's folder, for the app's script to put in the address bar.
pub fn paths_module() -> String {
    let rows: Vec<String> = db::entries().iter().map(|entry| format!("{:?}:{:?}", entry.id, record_path(entry))).collect();
    format!("// Written by crates/site: each record's folder in the lookup app, by entry id.\n/** @type {{Record<string, string>}} */\nexport const PATHS = {{{}}};\n", rows.join(","))
}

/// The service worker: `files` (paths relative to the app's root; a page as its folder, `404/`)
/// are precached under a cache named for `version`, so a new build replaces the old cache.
pub fn service_worker(version: &str, files: &[String]) -> String {
    let list: Vec<String> = files.iter().map(|file| format!("{file:?}")).collect();
    include_str!("../app/sw.js").replace("__VERSION__", &format!("{version:?}")).replace("__FILES__", &format!("[\n  {},\n]", list.join(",\n  ")))
}
