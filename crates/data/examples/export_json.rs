//! Prints the whole database as JSON, in the same shape as `codes()` in JS.
//! `make dist` writes it to `dist/http-status-codes.json` for tools that do not run JS.

fn main() {
    let json = serde_json::to_string_pretty(http_status_data::entries()).expect("entries serialise");
    println!("{json}");
}
