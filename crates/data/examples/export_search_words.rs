//! Prints the search-words file of this build (`http-status-search-words.txt`), which a page with
//! the browser view fetches for its search instead of the whole prose. Trunk's post-build hook
//! writes it next to the wasm.

fn main() {
    print!("{}", http_status_data::SEARCH_WORDS_TEXT);
}
