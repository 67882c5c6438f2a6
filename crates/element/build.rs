//! Minifies the repository's stylesheet (`styles/http-status.css`) into `$OUT_DIR`, where the glue
//! includes it: every shadow root adopts it.

#[path = "build/stylesheet.rs"]
mod stylesheet;

use std::path::Path;

const STYLESHEET: &str = "../../styles/http-status.css";

fn main() {
    println!("cargo:rerun-if-changed={STYLESHEET}");
    println!("cargo:rerun-if-changed=build");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let css = std::fs::read_to_string(STYLESHEET).unwrap_or_else(|error| panic!("styles/http-status.css: {error}"));
    std::fs::write(Path::new(&out_dir).join("http-status.css"), stylesheet::minify(&css)).expect("OUT_DIR is writable");
}
