//! The database order: the order of `ENTRIES`, of the prose file, and of the checks across entries.

use super::entry::Checked;

/// Sorts the entries into the database order.
pub(super) fn sort(entries: &mut [Checked]) {
    // Within a code: the registered entry, the primary vendor meaning, vendors by name, then
    // sub-statuses and vendor errors by label.
    entries.sort_by_key(|checked| {
        let entry = &checked.entry;
        (entry.code, checked.kind, entry.vendor.is_some(), !entry.primary, entry.vendor.clone(), label_order(entry.label.as_deref()))
    });
}

/// Labels in the order a reader expects: "500.2" before "500.19", then words alphabetically.
fn label_order(label: Option<&str>) -> (Vec<u32>, String) {
    let label = label.unwrap_or_default();
    let numbers = label.split('.').map_while(|part| part.parse::<u32>().ok()).collect();
    (numbers, label.to_ascii_lowercase())
}
