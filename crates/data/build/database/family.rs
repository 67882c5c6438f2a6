//! `data/families.toml`: the families that compare entries side by side, and their checks.

use super::entry::Checked;
use super::schema::Kind;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FamiliesFile {
    pub(super) family: Vec<FamilyFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FamilyFile {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) columns: Vec<String>,
    pub(super) rows: Vec<FamilyRowFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FamilyRowFile {
    /// The entry compared: its id ("499-nginx") or, for a registered code, its number.
    pub(super) entry: toml::Value,
    pub(super) cells: Vec<String>,
    pub(super) note: String,
}

/// A family's rows, each resolved to the entry it compares.
pub(super) fn check_family(file: &str, family: &FamilyFile, entries: &[Checked]) -> Result<Vec<String>, Vec<String>> {
    let mut problems = Vec::new();
    let mut ids = Vec::new();
    let id = &family.id;
    for row in &family.rows {
        let named = match &row.entry {
            toml::Value::String(entry_id) => entries.iter().find(|checked| checked.id == *entry_id),
            toml::Value::Integer(code) => entries.iter().find(|checked| checked.kind == Kind::Status && i64::from(checked.entry.code) == *code),
            _ => None,
        };
        match named {
            Some(checked) => ids.push(checked.id.clone()),
            None => problems.push(format!("{file}: family {id}: row {} is not an entry (an id such as \"499-nginx\", or a code)", row.entry)),
        }
        if row.cells.len() != family.columns.len() {
            problems.push(format!("{file}: family {id}: row {} has {} cells for {} columns", row.entry, row.cells.len(), family.columns.len()));
        }
    }
    if problems.is_empty() {
        Ok(ids)
    } else {
        Err(problems)
    }
}
