//! `Type { field: value, … }` literals for the generated code, written field by field so it reads
//! by name. Shared by the database's and the guide's code generators.
//!
//! A build-time helper only: no crate links it into a wasm. Depends on nothing.

use std::fmt::Write as _;

pub struct Fields(String);

impl Fields {
    pub fn new(type_name: &str) -> Fields {
        Fields(format!("{type_name} {{ "))
    }

    pub fn field(mut self, name: &str, value: impl std::fmt::Display) -> Fields {
        let _ = write!(self.0, "{name}: {value}, ");
        self
    }

    pub fn text(self, name: &str, value: &str) -> Fields {
        self.field(name, format!("{:?}", value.trim()))
    }

    pub fn optional_text(self, name: &str, value: Option<&str>) -> Fields {
        self.field(name, format!("{:?}", value.map(str::trim)))
    }

    pub fn texts(self, name: &str, values: &[String]) -> Fields {
        let values: Vec<&str> = values.iter().map(|value| value.trim()).collect();
        self.field(name, format!("&{values:?}"))
    }

    pub fn list(self, name: &str, items: Vec<String>) -> Fields {
        self.field(name, format!("&[{}]", items.join(", ")))
    }

    pub fn done(self) -> String {
        self.0 + "}"
    }
}
