//! `--prerender`: the badges and cards of HTML and Markdown files written into them as Declarative
//! Shadow DOM (crates/prerender), each file rewritten in place only when it changes.

use http_status_prerender::{prerender_html, prerender_markdown};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Rewrites the files; the report says what each holds pre-rendered, and unknown codes go to
/// stderr by name. The error, for stderr, names the first file that cannot be read or written.
pub fn rewrite(files: &[PathBuf], base: &str) -> Result<String, String> {
    let mut report = String::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|error| format!("{}: {error}", file.display()))?;
        let done = if is_markdown(file) { prerender_markdown(&text, base) } else { prerender_html(&text, base) };
        for code in &done.unknown_codes {
            eprintln!("{}: code \"{code}\" is not one we know; left for the browser to explain", file.display());
        }
        if done.text != text {
            std::fs::write(file, &done.text).map_err(|error| format!("{}: {error}", file.display()))?;
        }
        let _ = writeln!(report, "{}: {} pre-rendered", file.display(), done.elements);
    }
    Ok(report)
}

fn is_markdown(file: &Path) -> bool {
    file.extension().and_then(|extension| extension.to_str()).is_some_and(|extension| matches!(extension.to_ascii_lowercase().as_str(), "md" | "markdown"))
}
