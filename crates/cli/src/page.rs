//! The text the command prints, built line by line: paragraphs wrapped to the width, indented
//! blocks, headings, styled by `Style`. Widths count characters; escapes are added after
//! wrapping, so they never count.

use crate::style::Style;

/// Columns when `COLUMNS` does not say (the shell rarely exports it), and the range it may set:
/// lines past 100 characters are hard to read whatever the terminal's width.
const DEFAULT_WIDTH: usize = 80;
const WIDTHS: std::ops::RangeInclusive<usize> = 40..=100;

pub struct Page {
    pub style: Style,
    width: usize,
    lines: Vec<String>,
}

impl Page {
    pub fn new(style: Style, width: usize) -> Page {
        Page { style, width, lines: Vec::new() }
    }

    /// The width from `COLUMNS`, kept within reason.
    pub fn width_from_env() -> usize {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|columns| columns.trim().parse().ok())
            .map_or(DEFAULT_WIDTH, |columns: usize| columns.clamp(*WIDTHS.start(), *WIDTHS.end()))
    }

    /// A line as it is (already styled, or short by construction).
    pub fn line(&mut self, line: String) {
        self.lines.push(line);
    }

    /// One empty line between blocks, never two, never first.
    pub fn gap(&mut self) {
        if self.lines.last().is_some_and(|last| !last.is_empty()) {
            self.lines.push(String::new());
        }
    }

    pub fn heading(&mut self, text: &str, indent: usize) {
        self.gap();
        let heading = self.style.bold(text);
        self.lines.push(format!("{}{heading}", " ".repeat(indent)));
    }

    /// Data prose wrapped at `indent`, one paragraph per line of the text.
    pub fn paragraphs(&mut self, text: &str, indent: usize) {
        for paragraph in text.lines().filter(|line| !line.trim().is_empty()) {
            self.hanging(paragraph, indent, "");
        }
    }

    /// A paragraph whose first line starts with `marker` ("• ", "Fix: "), the others under its text.
    /// A marker too long to hang text under ("Strict-Transport-Security, Cache-Control: ") has a
    /// line of its own, the text under it.
    pub fn hanging(&mut self, text: &str, indent: usize, marker: &str) {
        let hang = marker.chars().count();
        if hang > self.width / 4 {
            self.lines.push(format!("{}{}", " ".repeat(indent), marker.trim_end()));
            return self.hanging(text, indent + 2, "");
        }
        let available = self.width.saturating_sub(indent + hang).max(20);
        let wrapped = self.style.code_spans(wrap(text, available));
        for (position, line) in wrapped.into_iter().enumerate() {
            let lead = if position == 0 { marker.to_string() } else { " ".repeat(hang) };
            self.lines.push(format!("{}{lead}{line}", " ".repeat(indent)));
        }
    }

    /// A status's title in its class's colour with `rest` after it, wrapped, the following lines
    /// two columns further in.
    pub fn titled(&mut self, class_label: &str, title: &str, rest: &str, indent: usize) {
        let available = self.width.saturating_sub(indent + 2).max(20);
        for (position, line) in wrap(&format!("{title}{rest}"), available).into_iter().enumerate() {
            let line = match line.strip_prefix(title) {
                Some(after) if position == 0 => format!("{}{after}", self.style.class(class_label, title)),
                _ => line,
            };
            let lead = if position == 0 { indent } else { indent + 2 };
            self.lines.push(format!("{}{line}", " ".repeat(lead)));
        }
    }

    /// Text kept line for line (an example response), indented, not wrapped.
    pub fn verbatim(&mut self, text: &str, indent: usize) {
        for line in text.lines() {
            self.lines.push(format!("{}{line}", " ".repeat(indent)).trim_end().to_string());
        }
    }

    /// Everything, one line each, with a final line break.
    pub fn into_text(self) -> String {
        let mut text = self.lines.join("\n");
        text.push('\n');
        text
    }
}

/// Words filled into lines of at most `width` characters; a longer word has a line of its own.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_width = 0;
    for word in text.split_whitespace() {
        let word_width = word.chars().count();
        if current_width > 0 && current_width + 1 + word_width > width {
            lines.push(std::mem::take(&mut current));
            current_width = 0;
        }
        if current_width > 0 {
            current.push(' ');
            current_width += 1;
        }
        current.push_str(word);
        current_width += word_width;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fill_lines_up_to_the_width() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("a verylongword b", 5), ["a", "verylongword", "b"]);
        assert_eq!(wrap("  spaced \n out  ", 80), ["spaced out"]);
        assert!(wrap("", 10).is_empty());
        assert_eq!(wrap("écoute éé", 6), ["écoute", "éé"], "characters, not bytes");
    }

    #[test]
    fn a_hanging_paragraph_lines_up_under_its_text() {
        let mut page = Page::new(Style { enabled: false }, 40);
        page.hanging("Send Retry-After with the number of seconds to wait before retrying.", 2, "• ");
        assert_eq!(page.into_text(), "  • Send Retry-After with the number of\n    seconds to wait before retrying.\n");
    }

    #[test]
    fn a_title_keeps_its_colour_and_the_rest_wraps_under_it() {
        let mut page = Page::new(Style { enabled: true }, 32);
        page.titled("5xx", "504 Gateway Timeout", " (nginx) · http-status 504-nginx", 2);
        assert_eq!(page.into_text(), "  \x1b[1m\x1b[31m504 Gateway Timeout\x1b[0m (nginx)\n    · http-status 504-nginx\n");
    }

    #[test]
    fn a_long_marker_has_a_line_of_its_own() {
        let mut page = Page::new(Style { enabled: false }, 40);
        page.hanging("Caches may reuse it.", 4, "Cache-Control, Expires: ");
        assert_eq!(page.into_text(), "    Cache-Control, Expires:\n      Caches may reuse it.\n");
    }

    #[test]
    fn gaps_never_double() {
        let mut page = Page::new(Style { enabled: false }, 80);
        page.gap();
        page.line("a".into());
        page.gap();
        page.gap();
        page.heading("B", 0);
        assert_eq!(page.into_text(), "a\n\nB\n");
    }
}
