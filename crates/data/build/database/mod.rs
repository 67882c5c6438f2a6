//! Validates the status-code data files and turns them into static Rust.
//!
//! Shared by `build.rs` (which writes the generated code into `OUT_DIR`) and by the native
//! tests (which check that broken entries are rejected with a message naming the file).
//!
//! Here, the order of the work: each entry file alone (`entry`), the database order (`order`), the
//! checks across entries (`across`), the families (`family`), then what is written (`generate`).

#[path = "../../src/schema.rs"]
#[allow(dead_code)] // The build uses the tables' names, not every word the views use.
mod schema;

mod across;
mod entry;
mod family;
mod generate;
mod order;

use entry::{check_entry, Checked, CodeFile};
use family::{check_family, FamiliesFile};

/// One data file: its path from the repository (for error messages and the entry id) and its text.
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// What the build writes: the static Rust of the database, and the prose file the wasm fetches
/// when a view shows it (its first line the hash both carry).
#[derive(Debug)]
pub struct Compiled {
    pub rust: String,
    pub prose: String,
    /// The prose's words for search, under the same hash.
    pub search_words: String,
}

/// Parses and validates every file, returning the generated Rust source and prose file, or every
/// problem found, each naming its file. `today` (YYYY-MM-DD) is the date registrations expire against.
pub fn compile(code_files: &[SourceFile], families_file: &SourceFile, today: &str) -> Result<Compiled, Vec<String>> {
    let mut errors = Vec::new();
    let mut entries: Vec<Checked> = Vec::new();
    for file in code_files {
        match toml::from_str::<CodeFile>(&file.text) {
            Ok(entry) => match check_entry(&file.name, entry, today) {
                Ok(checked) => entries.push(checked),
                Err(problems) => errors.extend(problems),
            },
            Err(error) => errors.push(format!("{}: {}", file.name, error.message())),
        }
    }
    let families = match toml::from_str::<FamiliesFile>(&families_file.text) {
        Ok(parsed) => parsed.family,
        Err(error) => {
            errors.push(format!("{}: {}", families_file.name, error.message()));
            Vec::new()
        }
    };

    order::sort(&mut entries);
    errors.extend(across::check_across(&entries));
    let mut family_rows = Vec::new();
    for family in &families {
        match check_family(&families_file.name, family, &entries) {
            Ok(rows) => family_rows.push(rows),
            Err(problems) => errors.extend(problems),
        }
    }

    if errors.is_empty() {
        let body = generate::prose(&entries);
        let hash = generate::prose_hash(&body);
        let search_words = format!("{hash}\n{}", generate::search_words(&entries));
        Ok(Compiled { rust: generate::generate(&entries, &families, &family_rows, &hash), prose: format!("{hash}\n{body}"), search_words })
    } else {
        Err(errors)
    }
}
