//! The build's version, stamped on every pre-rendered root and compiled into the wasm that adopts
//! them: a hash (FNV-1a, 64 bits) of every file the pre-rendered markup and its stylesheet are
//! made from, so markup written by another build is drawn afresh instead of adopted.

#[path = "build/stylesheet.rs"]
mod stylesheet;

use std::path::{Path, PathBuf};

/// What the markup and its stylesheet are made from, relative to this crate.
const SOURCES: &[&str] = &["../../data", "../data/build", "../data/src", "../markup/src", "../../styles", "src"];

fn main() {
    let mut files = Vec::new();
    for source in SOURCES {
        println!("cargo:rerun-if-changed={source}");
        collect(Path::new(source), &mut files);
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    feed(env!("CARGO_PKG_VERSION").as_bytes());
    for file in &files {
        feed(file.to_string_lossy().as_bytes());
        feed(&std::fs::read(file).unwrap_or_else(|error| panic!("{}: {error}", file.display())));
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("version.txt"), format!("{hash:016x}")).expect("OUT_DIR is writable");
    let css = stylesheet::minify(&stylesheet::join(Path::new("../../styles")));
    std::fs::write(out_dir.join("http-status-shadow.css"), css).expect("OUT_DIR is writable");
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap_or_else(|error| panic!("{}: {error}", path.display())) {
            collect(&entry.expect("a readable folder").path(), files);
        }
    } else {
        files.push(path.to_path_buf());
    }
}
