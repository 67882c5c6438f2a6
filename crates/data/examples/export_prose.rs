//! Prints the prose file of this build (`http-status-prose.txt`), which the wasm fetches when a
//! view shows the long prose. Trunk's post-build hook writes it next to the wasm.

fn main() {
    print!("{}", http_status_data::PROSE_TEXT);
}
