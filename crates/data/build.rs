//! Compiles the repository's `data/codes/` and `data/families.toml` into static Rust
//! (`$OUT_DIR/database.rs`), the prose file (`$OUT_DIR/prose.txt`) and its words for search
//! (`$OUT_DIR/search-words.txt`), failing the build with a
//! message naming the file and entry for every problem.

#[path = "build/database/mod.rs"]
mod database;

use database::SourceFile;
use std::path::Path;

/// The repository, where `data/` is: error messages name files from there (`data/codes/404.toml`).
const REPOSITORY: &str = "../..";

fn read(name: &str) -> SourceFile {
    let path = Path::new(REPOSITORY).join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{name}: {error}"));
    SourceFile { name: name.to_string(), text }
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
    println!("cargo:rerun-if-changed={REPOSITORY}/data/codes");
    println!("cargo:rerun-if-changed={REPOSITORY}/data/families.toml");
    println!("cargo:rerun-if-changed=build");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut names: Vec<String> = std::fs::read_dir(Path::new(REPOSITORY).join("data/codes"))
        .expect("data/codes exists")
        .map(|entry| entry.expect("readable directory entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .map(|name| format!("data/codes/{name}"))
        .collect();
    names.sort();
    let code_files: Vec<SourceFile> = names.iter().map(|name| read(name)).collect();
    let families = read("data/families.toml");
    match database::compile(&code_files, &families, &today()) {
        Ok(compiled) => {
            std::fs::write(Path::new(&out_dir).join("database.rs"), compiled.rust).expect("OUT_DIR is writable");
            std::fs::write(Path::new(&out_dir).join("prose.txt"), compiled.prose).expect("OUT_DIR is writable");
            std::fs::write(Path::new(&out_dir).join("search-words.txt"), compiled.search_words).expect("OUT_DIR is writable");
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
