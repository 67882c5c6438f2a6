//! A text read by the response reader, which answers asynchronously: its wasm loads the first
//! time it is asked, and then answers each text in turn.

use crate::reader::{self, Outcome};
use std::rc::Rc;
use yew::platform::spawn_local;
use yew::prelude::*;

/// What the view shows for a text: the reader's outcome, or a sentence saying why the reader
/// could not be had.
pub type Explained = Result<Outcome, String>;

/// The reader's latest answer, `None` until the first one arrives. While the reader reads a new
/// text, the answer to the previous one stays, so that typing never blanks the view.
#[hook]
pub fn use_explanation(text: String) -> Option<Rc<Explained>> {
    let answer = use_state(|| None::<Rc<Explained>>);
    // The text asked last: an answer to an older one that arrives late is dropped.
    let asked = use_mut_ref(String::new);
    {
        let answer = answer.clone();
        use_effect_with(text, move |text| {
            *asked.borrow_mut() = text.clone();
            let text = text.clone();
            spawn_local(async move {
                let explained = reader::explain(text.clone()).await;
                if *asked.borrow() == text {
                    answer.set(Some(Rc::new(explained)));
                }
            });
        });
    }
    (*answer).clone()
}
