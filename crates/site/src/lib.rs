//! The lookup app's static files, written at build time: a page per record (`404/index.html`)
//! and per guide leaf, each readable without JavaScript (title, description, Open Graph and
//! canonical tags, the record's explanation as plain HTML) and then taken over by the
//! `<http-status>` browser view; the first page; the web app manifest; the OpenSearch
//! description; and the service worker that keeps it all offline. `lookup-site` (src/main.rs)
//! writes them into `dist/lookup/`.
//!
//! Depends on the data (with its prose), the guide and the markup crates; must not depend on
//! search, the reader, the views, the wasm crates or anything from the web: it runs natively.

pub mod app_files;
pub mod base_url;
pub mod guide_page;
pub mod index_page;
pub mod page;
pub mod paths;
pub mod record;
pub mod site;

/// The embed's files the app's pages load, from the build's `http-status-files.json`: its
/// `parts` but the small wasm's, which a page showing the browser view never loads.
pub fn embed_files(list: &str) -> Result<Vec<String>, String> {
    let json: serde_json::Value = serde_json::from_str(list).map_err(|error| format!("not the build's list of files: {error}"))?;
    let parts = json.get("parts").and_then(serde_json::Value::as_object).ok_or("no \"parts\" in the list of files")?;
    let mut files: Vec<String> = parts
        .iter()
        .filter(|(part, _)| part.as_str() != "element")
        .filter_map(|(_, files)| files.as_array())
        .flatten()
        .filter_map(|file| file.as_str().map(str::to_string))
        .collect();
    files.sort();
    files.dedup();
    if files.is_empty() {
        return Err("the list of files names none".to_string());
    }
    Ok(files)
}
