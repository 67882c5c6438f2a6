//! Pre-renders the `<http-status>` elements written in a page: built HTML files (the command line)
//! or Markdown chapters (the mdBook preprocessor). Each badge or card of a known code gets its
//! shadow root as the element's first child; an existing one is replaced, so running twice, or
//! after an upgrade, gives the same page. Text that only shows markup is left alone: comments,
//! `<script>`, `<style>`, `<textarea>`, `<pre>` and `<code>`, and in Markdown also code spans and
//! fenced code blocks.

use crate::{record, shadow_root_markup, View};

/// A page with its elements pre-rendered, and the codes that were not (none unknown if empty).
#[derive(Debug, PartialEq)]
pub struct Prerendered {
    pub text: String,
    /// How many badges and cards it holds pre-rendered.
    pub elements: usize,
    /// The `code` of each badge or card left for the browser to explain, as written.
    pub unknown_codes: Vec<String>,
}

/// Pre-renders an HTML page, linking the stylesheet from `base`, the URL folder the site serves
/// our files from.
pub fn prerender_html(html: &str, base: &str) -> Prerendered {
    rewrite(html, base, false)
}

/// Pre-renders a Markdown page's raw HTML, leaving code spans and fenced blocks alone.
pub fn prerender_markdown(markdown: &str, base: &str) -> Prerendered {
    rewrite(markdown, base, true)
}

const TAG: &str = "<http-status";
const TEMPLATE: &str = "<template shadowrootmode";
/// Elements whose content shows text rather than markup, with their closing tags.
const VERBATIM: &[(&str, &str)] =
    &[("<!--", "-->"), ("<script", "</script>"), ("<style", "</style>"), ("<textarea", "</textarea>"), ("<pre", "</pre>"), ("<code", "</code>")];

fn rewrite(text: &str, base: &str, markdown: bool) -> Prerendered {
    let mut out = String::with_capacity(text.len());
    let mut unknown_codes = Vec::new();
    let mut elements = 0;
    let mut rest = text;
    let mut at_line_start = true;
    while let Some(position) = rest.find(['<', '`', '~']) {
        let (before, from) = rest.split_at(position);
        out.push_str(before);
        at_line_start = line_start_after(at_line_start, before);
        let skipped = if markdown { markdown_code(from, at_line_start) } else { None }.or_else(|| verbatim(from));
        if let Some(length) = skipped {
            out.push_str(&from[..length]);
            at_line_start = line_start_after(at_line_start, &from[..length]);
            rest = &from[length..];
            continue;
        }
        if starts_with_tag(from, TAG) {
            if let Some((consumed, prerendered)) = element(from, base, &mut out, &mut unknown_codes) {
                elements += usize::from(prerendered);
                rest = &from[consumed..];
                at_line_start = false;
                continue;
            }
        }
        let character = from.chars().next().expect("find stopped at a character");
        out.push(character);
        at_line_start = false;
        rest = &from[character.len_utf8()..];
    }
    out.push_str(rest);
    Prerendered { text: out, elements, unknown_codes }
}

/// Whether what follows `text` starts a line (only indentation before it on its line).
fn line_start_after(was_at_line_start: bool, text: &str) -> bool {
    match text.rfind('\n') {
        Some(newline) => text[newline + 1..].trim().is_empty(),
        None => was_at_line_start && text.trim().is_empty(),
    }
}

/// `from` opens `tag` (case-insensitively), followed by a space, `>` or `/`.
fn starts_with_tag(from: &str, tag: &str) -> bool {
    from.len() > tag.len()
        && from.is_char_boundary(tag.len())
        && from[..tag.len()].eq_ignore_ascii_case(tag)
        && matches!(from.as_bytes()[tag.len()], b' ' | b'\t' | b'\n' | b'\r' | b'>' | b'/')
}

/// The length of a verbatim element (or comment) starting here, through its end.
fn verbatim(from: &str) -> Option<usize> {
    let (_, close) = VERBATIM.iter().find(|(open, _)| if *open == "<!--" { from.starts_with(open) } else { starts_with_tag(from, open) })?;
    Some(find_ignoring_case(from, close).map_or(from.len(), |end| end + close.len()))
}

/// The length of a Markdown code span or fenced block starting here.
fn markdown_code(from: &str, at_line_start: bool) -> Option<usize> {
    let fence_character = from.chars().next().filter(|character| *character == '`' || *character == '~')?;
    let run = from.len() - from.trim_start_matches(fence_character).len();
    if at_line_start && run >= 3 {
        let fence = &from[..run];
        let body_start = from.find('\n').map_or(from.len(), |newline| newline + 1);
        let close =
            from[body_start..].match_indices(fence).find(|(index, _)| from[..body_start + index].ends_with('\n')).map(|(index, _)| body_start + index + run);
        return Some(close.map_or(from.len(), |end| from[end..].find('\n').map_or(from.len(), |newline| end + newline)));
    }
    if fence_character == '`' {
        // A code span closes at the next run of as many backticks; unclosed, the backticks are text.
        let ticks = &from[..run];
        return Some(from[run..].find(ticks).map_or(run, |end| run + end + run));
    }
    None
}

fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack.as_bytes().windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Writes the element opening here, pre-rendered when it is a badge or card of a known code;
/// returns how much of `from` it consumed (its opening tag, and a shadow root already there) and
/// whether it pre-rendered it.
fn element(from: &str, base: &str, out: &mut String, unknown_codes: &mut Vec<String>) -> Option<(usize, bool)> {
    let tag = opening_tag(from)?;
    let attributes = &from[TAG.len()..tag.end];
    let view = View::of_attribute(attribute(attributes, "view").as_deref());
    let code = attribute(attributes, "code");
    let (Some(view), Some(code)) = (view, code.filter(|code| !code.trim().is_empty())) else {
        out.push_str(&from[..tag.length]);
        return Some((tag.length, false));
    };
    let Some(entry) = record(&code) else {
        unknown_codes.push(code);
        out.push_str(&from[..tag.length]);
        return Some((tag.length, false));
    };
    let after_tag = &from[tag.length..];
    let existing = after_tag.trim_start();
    let replaced = if starts_with_tag(existing, TEMPLATE) || existing.get(..TEMPLATE.len()).is_some_and(|start| start.eq_ignore_ascii_case(TEMPLATE)) {
        find_ignoring_case(existing, "</template>").map(|end| after_tag.len() - existing.len() + end + "</template>".len())
    } else {
        None
    };
    out.push_str(&from[..tag.end]);
    out.push('>');
    out.push_str(&shadow_root_markup(view, entry, base));
    if tag.self_closing {
        out.push_str("</http-status>");
    }
    Some((tag.length + replaced.unwrap_or(0), true))
}

struct OpeningTag {
    /// Where the attributes end (before `>` or `/>`).
    end: usize,
    /// The whole tag's length.
    length: usize,
    self_closing: bool,
}

/// The opening tag at the start of `from`, its quoted values skipped over.
fn opening_tag(from: &str) -> Option<OpeningTag> {
    let mut quote = None;
    for (index, byte) in from.bytes().enumerate().skip(TAG.len()) {
        match (quote, byte) {
            (Some(open), _) if byte == open => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(byte),
            (None, b'>') => {
                let self_closing = from[..index].ends_with('/');
                return Some(OpeningTag { end: if self_closing { index - 1 } else { index }, length: index + 1, self_closing });
            }
            (None, b'<') => return None,
            _ => {}
        }
    }
    None
}

/// An attribute's value in an opening tag's attribute text: quoted, unquoted or empty; with
/// the character references our codes can contain decoded.
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start_matches(|character: char| character.is_ascii_whitespace() || character == '/');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest.find(|character: char| character.is_ascii_whitespace() || character == '=' || character == '/').unwrap_or(rest.len());
        let this_name = &rest[..name_end];
        rest = rest[name_end..].trim_start();
        let value = if let Some(after_equals) = rest.strip_prefix('=') {
            let after_equals = after_equals.trim_start();
            let (value, remaining) = match after_equals.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = &after_equals[1..];
                    let end = inner.find(quote).unwrap_or(inner.len());
                    (&inner[..end], inner.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after_equals.find(|character: char| character.is_ascii_whitespace()).unwrap_or(after_equals.len());
                    (&after_equals[..end], &after_equals[end..])
                }
            };
            rest = remaining;
            value
        } else {
            ""
        };
        if this_name.eq_ignore_ascii_case(name) {
            return Some(value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
    }
}
