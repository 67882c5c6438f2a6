//! Shrinks the stylesheet that ships inside the wasm: comments go, and whitespace collapses to
//! one space, or to none next to `{`, `}`, `;` and `,`. Spaces elsewhere can matter
//! (`.a .b`, the space ending the escape in `.\31 xx`), so they stay.

pub fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
        without_comments.push(' ');
    }
    without_comments.push_str(rest);

    let mut minified = String::with_capacity(without_comments.len());
    for word in without_comments.split_whitespace() {
        let joins = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if !minified.is_empty() && !minified.ends_with(joins) && !word.starts_with(joins) {
            minified.push(' ');
        }
        minified.push_str(word);
    }
    minified
}
