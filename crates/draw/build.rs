//! Joins the repository's stylesheet (`styles/*.css`, one file per view) in cascade order and
//! minifies it into `$OUT_DIR/http-status.css`, where the glue includes it: every shadow root
//! adopts it.

#[path = "build/stylesheet.rs"]
mod stylesheet;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=../../styles");
    println!("cargo:rerun-if-changed=build");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let css = stylesheet::join(Path::new("../../styles"));
    std::fs::write(Path::new(&out_dir).join("http-status.css"), stylesheet::minify(&css)).expect("OUT_DIR is writable");
}
