//! The response reader, which runs in a wasm of its own (`http-status-reader-glue`), loaded the
//! first time a view asks for a reading: the element glue says how to ask it
//! (`set_reader_source`), and the response view asks here (through `use_explanation`) and gets
//! the reader's answer back in the reader's own types.

use http_status_reader::NotAResponse;
use serde::de::IgnoredAny;
use serde::Deserialize;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// The reader's explanation as the views read it back: each reading's sentence without the values
/// behind it (`Detail`), which no view shows and which would cost the full wasm 31 KB gzip to read.
pub type Explanation = http_status_reader::Explanation<IgnoredAny>;
pub type Step = http_status_reader::Step<IgnoredAny>;

/// What the reader makes of a text: an explanation, or why it is not a response.
pub type Outcome = Result<Explanation, NotAResponse>;

/// The reader's JSON for a text (`{"Ok": …}` or `{"Err": …}`), or why the reader could not be had.
type Answer = Pin<Box<dyn Future<Output = Result<String, String>>>>;

/// Asks the reader about a text.
type Ask = Rc<dyn Fn(String) -> Answer>;

thread_local! {
    /// How the reader is asked: set by the element glue.
    static SOURCE: RefCell<Option<Ask>> = const { RefCell::new(None) };
}

/// How the reader is asked: `ask` resolves with the reader's JSON for a text, or with why the
/// reader could not be loaded.
pub fn set_reader_source<F: Future<Output = Result<String, String>> + 'static>(ask: impl Fn(String) -> F + 'static) {
    SOURCE.with(|source| *source.borrow_mut() = Some(Rc::new(move |text| Box::pin(ask(text)) as Answer)));
}

/// The reader's outcome for `text`, or a sentence saying why the reader could not be had.
pub(crate) async fn explain(text: String) -> Result<Outcome, String> {
    let ask = SOURCE.with(|source| source.borrow().clone()).ok_or_else(|| "The response reader is not available on this page.".to_string())?;
    let json = ask(text).await.map_err(|why| format!("The response reader could not be loaded: {why}"))?;
    read_back(&json)
}

/// The reader's JSON in the reader's types, read from the text in place (the reader's fixed
/// words are kept once, see `http_status_reader`'s `interned`).
fn read_back(json: &str) -> Result<Outcome, String> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    Outcome::deserialize(&mut deserializer)
        .and_then(|outcome| deserializer.end().map(|()| outcome))
        .map_err(|error| format!("The response reader's answer could not be read: {error}."))
}
