//! Colour for a terminal: ANSI escapes when `enabled`, the text untouched otherwise. Whether to
//! colour is decided once (`for_stdout`), so everything else writes the same code either way.

use http_status_reader::Severity;
use std::io::IsTerminal;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const BLUE: &str = "\x1b[34m";
const CYAN: &str = "\x1b[36m";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub enabled: bool,
}

impl Style {
    /// Colour only for a person at a terminal who has not asked for none (https://no-color.org:
    /// `NO_COLOR` set to anything but the empty string).
    pub fn for_stdout() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Style { enabled: std::io::stdout().is_terminal() && !no_color }
    }

    fn paint(self, codes: &str, text: &str) -> String {
        if self.enabled {
            format!("{codes}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint(BOLD, text)
    }

    pub fn dim(self, text: &str) -> String {
        self.paint(DIM, text)
    }

    /// A status in its class's colour, as the views colour them: "5xx" red, "4xx" amber…;
    /// "other" (what is not HTTP) plain bold.
    pub fn class(self, class_label: &str, text: &str) -> String {
        let colour = match class_label {
            "2xx" => GREEN,
            "3xx" => BLUE,
            "4xx" => YELLOW,
            "5xx" => RED,
            _ => "",
        };
        self.paint(&format!("{BOLD}{colour}"), text)
    }

    pub fn severity(self, severity: Severity, text: &str) -> String {
        match severity {
            Severity::Error => self.paint(&format!("{BOLD}{RED}"), text),
            Severity::Warning => self.paint(&format!("{BOLD}{YELLOW}"), text),
            Severity::Advice => self.paint(BOLD, text),
        }
    }

    /// Lines of data prose with its `backticked` names and values: kept as they are in plain
    /// text, shown in colour without the backticks at a terminal. A span may run across lines.
    pub fn code_spans(self, lines: Vec<String>) -> Vec<String> {
        if !self.enabled {
            return lines;
        }
        let mut in_code = false;
        lines
            .into_iter()
            .map(|line| {
                let mut styled = String::from(if in_code { CYAN } else { "" });
                for (position, piece) in line.split('`').enumerate() {
                    if position > 0 {
                        in_code = !in_code;
                        styled.push_str(if in_code { CYAN } else { RESET });
                    }
                    styled.push_str(piece);
                }
                if in_code {
                    styled.push_str(RESET);
                }
                styled
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_left_as_it_is() {
        let plain = Style { enabled: false };
        assert_eq!(plain.class("5xx", "504"), "504");
        assert_eq!(plain.code_spans(vec!["Send `Retry-After`.".into()]), ["Send `Retry-After`."]);
    }

    #[test]
    fn colour_replaces_backticks_and_carries_a_span_across_lines() {
        let colour = Style { enabled: true };
        assert_eq!(colour.class("5xx", "504"), "\x1b[1m\x1b[31m504\x1b[0m");
        assert_eq!(colour.code_spans(vec!["Send `Retry-After:".into(), "120` then".into()]), ["Send \x1b[36mRetry-After:\x1b[0m", "\x1b[36m120\x1b[0m then"]);
    }
}
