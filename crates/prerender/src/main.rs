//! Writes the pre-rendering table and the shadow roots' stylesheet into a folder (the build's
//! dist/, from tools/post-build.sh), where the plugins and the Node export find them.

use http_status_prerender::{table_json, STYLESHEET, STYLESHEET_FILE};
use std::path::PathBuf;
use std::process::ExitCode;

const TABLE_FILE: &str = "http-status-prerendered.json";

fn main() -> ExitCode {
    let Some(folder) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender-table <dist folder>  (writes {TABLE_FILE} and {STYLESHEET_FILE} there)");
        return ExitCode::from(2);
    };
    for (file, text) in [(TABLE_FILE, table_json()), (STYLESHEET_FILE, STYLESHEET.to_string())] {
        if let Err(error) = std::fs::write(folder.join(file), text) {
            eprintln!("{}: {error}", folder.join(file).display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
