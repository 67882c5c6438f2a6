//! `mdbook-http-status`, an mdBook preprocessor: every badge and card written in a chapter is
//! pre-rendered (crates/prerender), so the book paints them before any script runs and the
//! element adopts them. Code spans and fenced blocks are left alone.
//!
//! mdBook runs `mdbook-http-status supports <renderer>` (yes for `html`), then hands it
//! `[context, book]` as JSON on stdin and reads the book back from stdout. The book is walked
//! as JSON rather than through mdBook's own crate, which would bring its whole renderer into a
//! preprocessor that changes one string per chapter; the walk finds every chapter whatever the
//! book's layout version. The stylesheet is linked relative to each chapter, from the folder
//! `[preprocessor.http-status] folder` names (by default `http-status/`, as the README's recipe
//! copies the files into `src/http-status/`).
//!
//! A native binary at the top of the arrows: depends on pre-rendering alone, nothing on it.

use http_status_prerender::{prerender_markdown, STYLESHEET_FILE};
use serde_json::Value;
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

const DEFAULT_FOLDER: &str = "http-status/";

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if let [command, renderer] = arguments.as_slice() {
        if command == "supports" {
            // Declarative Shadow DOM is HTML: other renderers get the chapters as written.
            return if renderer == "html" { ExitCode::SUCCESS } else { ExitCode::FAILURE };
        }
    }
    let mut input = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("mdbook-http-status: cannot read the book from mdBook: {error}");
        return ExitCode::FAILURE;
    }
    match preprocess(&input) {
        Ok(book) => {
            println!("{book}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("mdbook-http-status: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The book mdBook sent (`[context, book]`), pre-rendered, as JSON text; warnings on stderr.
fn preprocess(input: &str) -> Result<String, String> {
    let [context, mut book]: [Value; 2] = serde_json::from_str(input).map_err(|error| format!("mdBook sent what is not [context, book] JSON: {error}"))?;
    let folder = context.pointer("/config/preprocessor/http-status/folder").and_then(Value::as_str).unwrap_or(DEFAULT_FOLDER);
    let folder = if folder.ends_with('/') { folder.to_string() } else { format!("{folder}/") };
    let source = context.pointer("/config/book/src").and_then(Value::as_str).unwrap_or("src");
    let root = context.pointer("/root").and_then(Value::as_str).unwrap_or(".");
    let stylesheet = Path::new(root).join(source).join(&folder).join(STYLESHEET_FILE);
    if !stylesheet.exists() {
        eprintln!(
            "mdbook-http-status: {} is missing: copy the published files there, or pre-rendered elements paint unstyled until the script runs",
            stylesheet.display()
        );
    }
    each_chapter(&mut book, &mut |chapter| prerender_chapter(chapter, &folder));
    serde_json::to_string(&book).map_err(|error| error.to_string())
}

/// Calls `visit` with every chapter object (`{"Chapter": {…}}` at any depth).
fn each_chapter(value: &mut Value, visit: &mut impl FnMut(&mut serde_json::Map<String, Value>)) {
    match value {
        Value::Object(object) => {
            if let Some(Value::Object(chapter)) = object.get_mut("Chapter") {
                visit(chapter);
            }
            for child in object.values_mut() {
                each_chapter(child, visit);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| each_chapter(item, visit)),
        _ => {}
    }
}

fn prerender_chapter(chapter: &mut serde_json::Map<String, Value>, folder: &str) {
    let Some(content) = chapter.get("content").and_then(Value::as_str) else { return };
    let path = chapter.get("path").and_then(Value::as_str).unwrap_or("");
    let base = format!("{}{folder}", "../".repeat(depth(path)));
    let done = prerender_markdown(content, &base);
    for code in &done.unknown_codes {
        eprintln!("mdbook-http-status: {path}: code \"{code}\" is not one we know; left for the browser to explain");
    }
    chapter.insert("content".to_string(), Value::from(done.text));
}

/// How many folders deep a chapter's page is below the book's root.
fn depth(chapter_path: &str) -> usize {
    Path::new(chapter_path).parent().map_or(0, |parent| parent.components().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book_with(chapters: Value) -> String {
        serde_json::json!([{ "root": "/nowhere", "config": { "book": { "src": "src" } }, "renderer": "html", "mdbook_version": "0.5.4" }, { "items": chapters }]).to_string()
    }

    #[test]
    fn chapters_at_any_depth_link_the_stylesheet_relative_to_their_page() {
        let chapter =
            |path: &str, content: &str, sub: Value| serde_json::json!({ "Chapter": { "name": path, "content": content, "path": path, "sub_items": sub } });
        let nested = chapter("guide/errors.md", "<http-status code=\"404\" view=\"badge\"></http-status>", serde_json::json!([]));
        let book = book_with(serde_json::json!([
            chapter("intro.md", "`<http-status code=\"404\">`\n\n<http-status code=\"429\"></http-status>", serde_json::json!([nested])),
            "Separator"
        ]));
        let out: Value = serde_json::from_str(&preprocess(&book).unwrap()).unwrap();
        let intro = out["items"][0]["Chapter"]["content"].as_str().unwrap();
        assert!(intro.starts_with("`<http-status code=\"404\">`\n\n<http-status code=\"429\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"http-status/http-status-shadow.css\">"), "{intro}");
        let errors = out["items"][0]["Chapter"]["sub_items"][0]["Chapter"]["content"].as_str().unwrap();
        assert!(errors.contains("href=\"../http-status/http-status-shadow.css\""), "{errors}");
        assert_eq!(out["items"][1], "Separator");
    }

    #[test]
    fn a_configured_folder_is_used_and_bad_input_is_explained() {
        let book = serde_json::json!([{ "root": ".", "config": { "preprocessor": { "http-status": { "folder": "assets/hs" } } } }, { "items": [{ "Chapter": { "content": "<http-status code=\"500\"></http-status>", "path": "a.md" } }] }]).to_string();
        assert!(preprocess(&book).unwrap().contains("href=\\\"assets/hs/http-status-shadow.css\\\""));
        assert!(preprocess("{}").unwrap_err().starts_with("mdBook sent what is not [context, book] JSON"));
    }
}
