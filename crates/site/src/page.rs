//! The shell every page of the app shares: the head (title, description, canonical and Open
//! Graph URLs, the manifest, the OpenSearch description, icons), the search box a reader sees
//! before the wasm arrives, and `<http-status view="browser">` around the page's own content,
//! which is its fallback: what reads without JavaScript, until the element renders.

use crate::base_url::BaseUrl;
use crate::paths::up_to_root;
use http_status_markup::escape;

/// The app's name, in titles, the manifest and the OpenSearch description.
pub const APP_NAME: &str = "HTTP status lookup";

/// One page of the app.
pub struct Page {
    /// The page's own title ("404 Not Found"), or none for the app's first page.
    pub title: Option<String>,
    /// One or two plain sentences: the description and link previews.
    pub description: String,
    /// Its folder relative to the app's root (`404/`), empty for the root.
    pub path: String,
    /// Markup for readers without JavaScript, after the search box.
    pub content: String,
}

impl Page {
    /// The whole document.
    pub fn render(&self, base: &BaseUrl) -> String {
        let root = up_to_root(&self.path);
        let full_title = match &self.title {
            Some(title) => format!("{title} · {APP_NAME}"),
            None => format!("{APP_NAME}: every HTTP status code, explained, offline"),
        };
        let canonical = base.join(&self.path);
        format!(
            include_str!("page.html"),
            title = escape(&full_title),
            og_title = escape(self.title.as_deref().unwrap_or(APP_NAME)),
            description = escape(&self.description),
            canonical = escape(&canonical),
            image = escape(&base.join("icon-512.png")),
            app_name = APP_NAME,
            root = root,
            home = if root.is_empty() { "./" } else { &root },
            content = self.content,
        )
    }
}
