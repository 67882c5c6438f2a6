//! The stylesheet shipped in the wasm is minified at build time without changing its meaning.

#[path = "../build/stylesheet.rs"]
mod stylesheet;

use stylesheet::{join, minify, FILES};

#[test]
fn comments_and_layout_whitespace_go() {
    let css = "/* header */\n:host {\n  color: red;  /* why */\n}\n\n.a,\n.b { margin: 0 auto; }\n";
    assert_eq!(minify(css), ":host{color: red;}.a,.b{margin: 0 auto;}");
}

#[test]
fn meaningful_spaces_stay() {
    // Descendant combinator, the space ending a CSS escape, calc operators, quoted font names.
    let css = ".badge .code { width: calc(100% + 0.35em); }\n.\\31 xx { font-family: \"Segoe UI\", sans-serif; }";
    assert_eq!(minify(css), ".badge .code{width: calc(100% + 0.35em);}.\\31 xx{font-family: \"Segoe UI\",sans-serif;}");
}

#[test]
fn the_real_stylesheet_keeps_every_rule_and_shrinks() {
    let css = join(std::path::Path::new("../../styles"));
    let minified = minify(&css);
    assert!(minified.len() * 10 < css.len() * 9, "{} → {} bytes", css.len(), minified.len());
    assert!(!minified.contains("/*"));
    let braces = |text: &str| (text.matches('{').count(), text.matches('}').count());
    let without_comments: String =
        css.split("/*").enumerate().map(|(index, part)| if index == 0 { part } else { part.split_once("*/").map_or("", |(_, rest)| rest) }).collect();
    assert_eq!(braces(&minified), braces(&without_comments));
}

#[test]
fn every_file_of_the_stylesheet_is_joined() {
    let mut found: Vec<String> = std::fs::read_dir("../../styles")
        .expect("styles/")
        .map(|entry| entry.expect("readable").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".css"))
        .collect();
    found.sort();
    let mut listed: Vec<String> = FILES.iter().map(|name| name.to_string()).collect();
    listed.sort();
    assert_eq!(found, listed, "styles/ and the build's FILES must list the same files");
}
