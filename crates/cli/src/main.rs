//! `http-status`, the lookup on the command line: a code, a vendor error, a name or a log line
//! given as arguments prints the best record in full and the others it names; a response piped
//! in (`curl -si URL | http-status`) is explained with what is worth fixing, and other piped text
//! is read as log lines. `--json` prints what the JS API's `search` and `explainResponse` give.
//! The exit status tells a script whether anything was found (2 when not) and whether a response
//! has an error-level flag (1).
//!
//! A native binary at the top of the arrows, beside the two wasm crates: it depends on search,
//! the reader, the markup's words for a bad code, the views' layout of flags (`flag_groups`, the
//! views' native part: no Yew there) and the data, whose prose a native build compiles in, so the
//! binary works offline with no file beside it. Nothing depends on it. Must not depend on the
//! drawing, the element glue (`http-status-draw`, `-element`, `-app`) or anything from the web
//! (`tools/crate-arrows.sh` checks it natively, the only target it is built for).
//!
//! The rooms: `options` reads the command line, `stdin` the piped text, `lookup` decides what the
//! answer is, `record_text` and `response_text` write it as text on a `page` with a `style`;
//! `prerender_files` writes badges and cards into pages (`--prerender`).

mod lookup;
mod options;
mod page;
mod prerender_files;
mod record_text;
mod response_text;
mod stdin;
mod style;

use lookup::{Answer, Nothing};
use options::{Command, Options};
use page::Page;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use style::Style;

/// Found, or a response with nothing worse than warnings.
const FOUND: u8 = 0;
/// A response with an error-level flag.
const ERROR_FLAGGED: u8 = 1;
/// A usage error, unreadable input, or nothing found.
const NOT_FOUND: u8 = 2;

fn main() -> ExitCode {
    match options::parse(std::env::args_os().skip(1)) {
        Ok(Command::Help) => print(options::HELP, FOUND),
        Ok(Command::Version) => print(&format!("http-status {} ({} records)\n", env!("CARGO_PKG_VERSION"), http_status_data::entries().len()), FOUND),
        Ok(Command::Run(options)) => run(&options),
        Ok(Command::Prerender { base, files }) => match prerender_files::rewrite(&files, &base) {
            Ok(report) => print(&report, FOUND),
            Err(message) => refuse(&message),
        },
        Err(message) => refuse(&format!("{message}. See http-status --help.")),
    }
}

fn run(options: &Options) -> ExitCode {
    let answer = if !options.query.is_empty() {
        lookup::given(&options.query, options.limit, now_unix_seconds())
    } else if std::io::stdin().is_terminal() {
        return refuse(
            "give a status code, a name or a log line (http-status 504), or pipe a response in (curl -si URL | http-status). See http-status --help.",
        );
    } else {
        stdin::read(std::io::stdin().lock()).and_then(|text| lookup::piped(&text, options.limit, now_unix_seconds()))
    };
    let answer = match answer {
        Ok(answer) => answer,
        Err(Nothing(message)) => return refuse(&message),
    };
    let status = match &answer {
        Answer::Response(explanation) if explanation.flags.iter().any(|flag| flag.severity == http_status_reader::Severity::Error) => ERROR_FLAGGED,
        _ => FOUND,
    };
    let text = if options.json { json(&answer) } else { text(&answer) };
    print(&text, status)
}

fn text(answer: &Answer) -> String {
    let mut page = Page::new(Style::for_stdout(), Page::width_from_env());
    match answer {
        Answer::Records { found, more } => record_text::records(&mut page, found, *more),
        Answer::Response(explanation) => response_text::explanation(&mut page, explanation),
    }
    page.into_text()
}

/// The records as the JS API's `search` gives them (an array, best first), a response as its
/// `explainResponse` does.
fn json(answer: &Answer) -> String {
    let json = match answer {
        Answer::Records { found, .. } => serde_json::to_string_pretty(found),
        Answer::Response(explanation) => serde_json::to_string_pretty(explanation),
    };
    json.expect("records and explanations serialise to JSON") + "\n"
}

/// Writes to standard output; a reader that went away (`| head`) is no failure of ours.
fn print(text: &str, status: u8) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => refuse(&format!("Could not write the answer: {error}.")),
        _ => ExitCode::from(status),
    }
}

fn refuse(message: &str) -> ExitCode {
    // Even a closed stderr is no reason to panic.
    let _ = writeln!(std::io::stderr(), "http-status: {message}");
    ExitCode::from(NOT_FOUND)
}

fn now_unix_seconds() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs() as i64)
}
