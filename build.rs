//! Compiles `data/` into static Rust (`$OUT_DIR/database.rs`), failing the build with a message
//! naming the file for every invalid entry, and minifies the stylesheet into `$OUT_DIR`.

#[path = "build/database.rs"]
mod database;
#[path = "build/stylesheet.rs"]
mod stylesheet;

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
    println!("cargo:rerun-if-changed=build/stylesheet.rs");
    println!("cargo:rerun-if-changed=styles/http-status.css");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let css = read(Path::new("styles/http-status.css")).text;
    std::fs::write(Path::new(&out_dir).join("http-status.css"), stylesheet::minify(&css)).expect("OUT_DIR is writable");
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
            let out = Path::new(&out_dir).join("database.rs");
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
