//! Compiles the repository's `data/guide.toml` into static Rust (`$OUT_DIR/guide.rs`), failing the
//! build with a message naming the question, answer or leaf for every problem.

#[path = "build/guide.rs"]
mod guide;

use std::path::Path;

/// The repository, where `data/` is.
const REPOSITORY: &str = "../..";

fn main() {
    println!("cargo:rerun-if-changed={REPOSITORY}/data/guide.toml");
    println!("cargo:rerun-if-changed={REPOSITORY}/data/codes");
    println!("cargo:rerun-if-changed=build");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // The guide names entries by id, which is a file's name in data/codes/.
    let entry_ids: Vec<String> = std::fs::read_dir(Path::new(REPOSITORY).join("data/codes"))
        .expect("data/codes exists")
        .map(|entry| entry.expect("readable directory entry").file_name().to_string_lossy().into_owned())
        .filter_map(|name| name.strip_suffix(".toml").map(str::to_string))
        .collect();
    let text = std::fs::read_to_string(Path::new(REPOSITORY).join("data/guide.toml")).unwrap_or_else(|error| panic!("data/guide.toml: {error}"));
    match guide::compile(&text, &entry_ids) {
        Ok(rust) => std::fs::write(Path::new(&out_dir).join("guide.rs"), rust).expect("OUT_DIR is writable"),
        Err(errors) => {
            eprintln!("data/guide.toml has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    }
}
