//! The table every plugin looks up (`http-status-prerendered.json`): the spellings a page author
//! may write for each record, and each record's stamped root per view. A plugin's whole job is
//! `spellings[code] ?? spellings[code.toLowerCase()]`, then `views[view][id]` inside a template.

use crate::{record, root_markup, View, STYLESHEET_FILE, VERSION};
use http_status_data::{self as db, Kind};
use serde_json::{json, Map, Value};

/// The table as JSON text.
pub fn table_json() -> String {
    let mut views = Map::new();
    for view in View::ALL {
        let roots: Map<String, Value> = db::entries().iter().map(|entry| (entry.id.to_string(), Value::from(root_markup(view, entry)))).collect();
        views.insert(view.name().to_string(), Value::Object(roots));
    }
    let table = json!({
        "version": VERSION,
        "stylesheet": STYLESHEET_FILE,
        "spellings": spellings(),
        "views": views,
    });
    serde_json::to_string(&table).expect("the table serializes")
}

/// Every id, label and status code as written and lower-cased, with the record the element
/// resolves it to: looking up the trimmed code, then its lower case, gives the element's answer.
fn spellings() -> Map<String, Value> {
    let mut spellings = Map::new();
    for entry in db::entries() {
        let code = (entry.kind == Kind::Status).then(|| entry.code.to_string());
        for written in [Some(entry.id.to_string()), Some(entry.label.to_string()), code].into_iter().flatten() {
            for spelling in [written.clone(), written.to_lowercase()] {
                if let Some(resolved) = record(&spelling) {
                    spellings.entry(spelling).or_insert_with(|| Value::from(resolved.id));
                }
            }
        }
    }
    spellings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Value {
        serde_json::from_str(&table_json()).unwrap()
    }

    #[test]
    fn every_record_has_a_root_in_each_view() {
        let table = table();
        for view in View::ALL {
            assert_eq!(table["views"][view.name()].as_object().unwrap().len(), db::entries().len());
        }
        assert_eq!(table["version"], VERSION);
    }

    #[test]
    fn looking_a_spelling_up_gives_what_the_element_resolves() {
        let table = table();
        let spellings = table["spellings"].as_object().unwrap();
        let look_up = |code: &str| spellings.get(code.trim()).or_else(|| spellings.get(&code.trim().to_lowercase())).and_then(Value::as_str);
        for code in ["404", " 429 ", "500.19", "H12", "h12", "sH", "SH", "499-nginx"] {
            assert_eq!(look_up(code), db::resolve(code).ok().map(|entry| entry.id), "{code}");
        }
        for spelling in spellings.keys() {
            assert_eq!(look_up(spelling), db::resolve(spelling).ok().map(|entry| entry.id), "{spelling}");
        }
        assert_eq!(look_up("abc"), None);
        assert_eq!(look_up("999"), None);
    }
}
