//! Compiles `data/` into static Rust (`$OUT_DIR/database.rs`), failing the build with a message
//! naming the file for every invalid entry.

#[path = "build/database.rs"]
mod database;

use database::SourceFile;
use std::path::Path;

fn read(path: &Path) -> SourceFile {
    let name = path.to_string_lossy().into_owned();
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    SourceFile { name, text }
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build/database.rs");
    let mut paths: Vec<_> = std::fs::read_dir("data/codes")
        .expect("data/codes exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "toml"))
        .collect();
    paths.sort();
    let code_files: Vec<SourceFile> = paths.iter().map(|path| read(path)).collect();
    let families = read(Path::new("data/families.toml"));
    match database::compile(&code_files, &families) {
        Ok(rust) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("database.rs");
            std::fs::write(out, rust).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!("data/ has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    }
}
