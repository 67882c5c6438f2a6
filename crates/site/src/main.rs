//! `lookup-site <dist folder>`: writes the lookup app into `<dist folder>/lookup/`, taking the
//! embed's files from the build there (its `http-status-files.json`). `LOOKUP_BASE_URL` is the
//! absolute URL the folder is published at (default: `make serve`'s `http://127.0.0.1:8080/lookup/`).
//! Run by `tools/post-build.sh` after Trunk's build.

use http_status_site::base_url::BaseUrl;
use http_status_site::site::write_site;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: lookup-site <dist folder>  (writes <dist folder>/lookup/; LOOKUP_BASE_URL sets the published URL)");
        return ExitCode::from(2);
    };
    let base = match std::env::var("LOOKUP_BASE_URL").ok().filter(|value| !value.trim().is_empty()) {
        Some(value) => match BaseUrl::parse(&value) {
            Ok(base) => base,
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(2);
            }
        },
        None => BaseUrl::default(),
    };
    let list = dist.join("http-status-files.json");
    let embed_files = match std::fs::read_to_string(&list).map_err(|error| error.to_string()).and_then(|text| http_status_site::embed_files(&text)) {
        Ok(files) => files,
        Err(error) => {
            eprintln!("{}: {error} (run after the build has written it)", list.display());
            return ExitCode::FAILURE;
        }
    };
    match write_site(&dist, &embed_files, &dist.join("lookup"), &base) {
        Ok(pages) => {
            println!("lookup app: {pages} pages in {}, published at {}", dist.join("lookup").display(), base.as_str());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("lookup app not written: {error}");
            ExitCode::FAILURE
        }
    }
}
