//! The command line, read with lexopt: the options, the words to look up, and the help.

use std::ffi::OsString;

/// Records listed when `--limit` does not say: the best in full and nine more in a line each.
const DEFAULT_LIMIT: usize = 10;

pub const HELP: &str = "\
http-status: HTTP status codes, vendor errors, log lines and whole responses, explained.

Usage:
  http-status [OPTIONS] <CODE | NAME | LOG LINE>...
  curl -si URL | http-status [OPTIONS]
  http-status [OPTIONS] < log-lines.txt
  http-status --prerender [--base URL] <FILE>...

Arguments are read together as one query: a status code (504), a sub-status (500.19), a
vendor's error (cloudflare 1020, H12, UH), a name or symptom (too many requests) or a log
line (quote it). The best record is printed in full, then the others the query names, best
first. Put -- before text that starts with a dash. A response given as an argument
(\"$(curl -si URL)\") is explained as on standard input.

With no arguments, standard input is read: a response (curl -si, curl -v, HTTPie, wget -S,
headers copied from DevTools, a HAR file) is explained step by step with what is worth
fixing, errors first; other text is read as log lines (the first 200).

Pre-rendering (--prerender) writes each badge and card of the given HTML or Markdown
(.md) files into the file as Declarative Shadow DOM, so pages paint them before any script
runs; the element adopts them. Files are rewritten in place; running again gives the same
file. --base is the URL folder the site serves our files from (default /http-status/).
Code samples (<pre>, <code>, Markdown code) are left alone; unknown codes are named on
stderr and left for the browser to explain.

Options:
      --json       Print JSON instead of text: records as an array of the JS API's
                   entries (as search() gives them), a response as explainResponse() does
  -n, --limit N    List at most N records (default 10; 0 lists every match)
      --prerender  Pre-render the badges and cards of the files given (see above)
      --base URL   Where pre-rendered elements link our stylesheet from (ends with /)
  -h, --help       Print this help
  -V, --version    Print the version and the number of records

Exit status:
  0  records found, or a response with no error-level flag
  1  a response with an error-level flag (a CI check can fail on it)
  2  a usage error, input that cannot be read, or nothing found (the reason on stderr)

Colour only when standard output is a terminal and NO_COLOR is unset or empty.
Text wraps at 80 columns, or at $COLUMNS (40 to 100).
";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Version,
    Run(Options),
    Prerender { base: String, files: Vec<std::path::PathBuf> },
}

/// Where a site serves our files from when `--base` does not say (the README's recipes).
const DEFAULT_BASE: &str = "/http-status/";

#[derive(Debug, PartialEq, Eq)]
pub struct Options {
    pub json: bool,
    /// Records listed at most (`usize::MAX` for every match).
    pub limit: usize,
    /// The words to look up, joined; empty when standard input is to be read.
    pub query: String,
}

/// Reads the arguments (without the program's name); the error is a sentence for stderr.
pub fn parse(arguments: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(arguments);
    let mut options = Options { json: false, limit: DEFAULT_LIMIT, query: String::new() };
    let mut words: Vec<OsString> = Vec::new();
    let mut prerender = false;
    let mut base: Option<String> = None;
    let explained = |error: lexopt::Error| error.to_string();
    while let Some(argument) = parser.next().map_err(explained)? {
        match argument {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("json") => options.json = true,
            Long("prerender") => prerender = true,
            Long("base") => base = Some(parser.value().map_err(explained)?.string().map_err(explained)?),
            Short('n') | Long("limit") => {
                let limit: usize =
                    parser.value().map_err(explained)?.parse().map_err(|_| "--limit takes a number of records, such as 5 (0 lists every match)".to_string())?;
                options.limit = if limit == 0 { usize::MAX } else { limit };
            }
            Value(word) => words.push(word),
            other => return Err(format!("{} (to look up text that starts with a dash, put -- before it)", other.unexpected())),
        }
    }
    if prerender {
        if words.is_empty() {
            return Err("--prerender takes the HTML or Markdown files to pre-render".to_string());
        }
        let base = base.map_or(DEFAULT_BASE.to_string(), |base| if base.ends_with('/') { base } else { format!("{base}/") });
        return Ok(Command::Prerender { base, files: words.into_iter().map(Into::into).collect() });
    }
    if base.is_some() {
        return Err("--base goes with --prerender".to_string());
    }
    let words: Vec<String> =
        words.into_iter().map(|word| word.into_string().map_err(|word| format!("{} is not valid UTF-8", word.to_string_lossy()))).collect::<Result<_, _>>()?;
    options.query = words.join(" ");
    Ok(Command::Run(options))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(arguments: &[&str]) -> Result<Command, String> {
        parse(arguments.iter().map(OsString::from))
    }

    #[test]
    fn words_are_one_query_and_options_go_anywhere() {
        assert_eq!(parsed(&["cloudflare", "--json", "1020"]), Ok(Command::Run(Options { json: true, limit: 10, query: "cloudflare 1020".into() })));
        assert_eq!(parsed(&["-n", "3", "timeout"]), Ok(Command::Run(Options { json: false, limit: 3, query: "timeout".into() })));
        assert_eq!(parsed(&["--limit=0"]), Ok(Command::Run(Options { json: false, limit: usize::MAX, query: String::new() })));
        assert_eq!(parsed(&["--", "-0700", "504"]), Ok(Command::Run(Options { json: false, limit: 10, query: "-0700 504".into() })));
        assert_eq!(parsed(&["504", "--help"]), Ok(Command::Help));
        assert_eq!(parsed(&["-V"]), Ok(Command::Version));
    }

    #[test]
    fn prerendering_takes_files_and_a_base_folder() {
        assert_eq!(
            parsed(&["--prerender", "a.html", "b.md"]),
            Ok(Command::Prerender { base: "/http-status/".into(), files: vec!["a.html".into(), "b.md".into()] })
        );
        assert_eq!(parsed(&["--prerender", "--base", "/assets", "a.html"]), Ok(Command::Prerender { base: "/assets/".into(), files: vec!["a.html".into()] }));
        assert_eq!(parsed(&["--prerender"]).unwrap_err(), "--prerender takes the HTML or Markdown files to pre-render");
        assert_eq!(parsed(&["--base", "/x/", "404"]).unwrap_err(), "--base goes with --prerender");
    }

    #[test]
    fn mistakes_are_explained() {
        assert_eq!(parsed(&["--colour"]).unwrap_err(), "invalid option '--colour' (to look up text that starts with a dash, put -- before it)");
        assert_eq!(parsed(&["--limit", "many"]).unwrap_err(), "--limit takes a number of records, such as 5 (0 lists every match)");
        assert!(parsed(&["--limit"]).unwrap_err().contains("missing argument"));
    }
}
