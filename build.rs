//! Compiles `data/` into static Rust (`$OUT_DIR/database.rs`, and the guide into `$OUT_DIR/guide.rs`),
//! failing the build with a message naming the file (the guide's question, answer or leaf) for every
//! problem, and minifies the stylesheet into `$OUT_DIR`.

#[path = "build/database.rs"]
mod database;
#[path = "build/fields.rs"]
mod fields;
#[path = "build/guide.rs"]
mod guide;
#[path = "build/required_headers.rs"]
mod required_headers;
#[path = "build/stylesheet.rs"]
mod stylesheet;

use database::SourceFile;
use std::path::Path;

fn read(path: &Path) -> SourceFile {
    let name = path.to_string_lossy().into_owned();
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    SourceFile { name, text }
}

/// Today's date, YYYY-MM-DD (UTC), for the registrations that expire: days since the Unix epoch
/// to a civil date (Howard Hinnant's algorithm), without a date crate for one line.
fn today() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("the clock is after 1970").as_secs();
    let days = (seconds / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build");
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
    match database::compile(&code_files, &families, &today()) {
        Ok(compiled) => {
            std::fs::write(Path::new(&out_dir).join("database.rs"), compiled.rust).expect("OUT_DIR is writable");
            std::fs::write(Path::new(&out_dir).join("prose.txt"), compiled.prose).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!("data/ has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    }
    // The guide names entries by id, which is a file's name in data/codes/.
    let entry_ids: Vec<String> = paths.iter().filter_map(|path| path.file_stem()).map(|stem| stem.to_string_lossy().into_owned()).collect();
    match guide::compile(&read(Path::new("data/guide.toml")).text, &entry_ids) {
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
