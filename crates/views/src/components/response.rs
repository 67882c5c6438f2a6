use crate::components::flags::flags as flags_view;
use crate::components::rich_text::RichText;
use crate::hooks::use_explanation::use_explanation;
use crate::reader::{Explanation, Step};
use http_status_data::text::grouped;
use http_status_data::{self as db, Entry};
use http_status_reader::{Flag, Severity};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResponseProps {
    /// The response to explain first: the element's `response` attribute or text, or a paste.
    pub text: AttrValue,
    /// Called when the reader opens the explanation of a step's status.
    pub on_open: Callback<&'static Entry>,
}

/// A text longer than this arrives with its box folded. Browsers lay out a text box's whole text
/// at once, before they draw anything after it: for a 1 MB paste that took 600 to 900 ms in
/// Chromium and WebKit and about 200 in Firefox (2026-12-07), more than reading and drawing its
/// explanation; a HAR file of a few hundred requests is that long. A paste typed into the box
/// is not folded: the browser has laid it out already.
const FOLDED_OVER: usize = 64 * 1024;

/// A pasted response read back: the text (editable), then each response of the chain as a
/// step with its status, what its header fields say and what is worth fixing. The reading is
/// `http_status_reader`'s, in its own wasm (`crate::reader`); this only renders it, as text
/// (never as markup). Until the reader's first answer, the place of the reading says it is loading.
#[component]
pub fn Response(ResponseProps { text, on_open }: &ResponseProps) -> Html {
    // The reader's edits, with the text they were made to: a new text from outside replaces
    // them, worked out while rendering (as use_followed_entry does) rather than by an effect.
    let edited = use_mut_ref(|| None::<(AttrValue, String)>);
    // The long text from outside whose box was unfolded, and the text whose steps were all drawn:
    // a new text starts folded and with its first steps, edits keep the choice.
    let unfolded = use_state(|| None::<AttrValue>);
    let all_steps_drawn = use_state(|| None::<AttrValue>);
    let rerender = use_force_update();
    let area = use_node_ref();
    if edited.borrow().as_ref().is_some_and(|(base, _)| base != text) {
        *edited.borrow_mut() = None;
    }
    let current = edited.borrow().as_ref().map_or_else(|| text.to_string(), |(_, edits)| edits.clone());
    let folded = edited.borrow().is_none() && text.len() > FOLDED_OVER && unfolded.as_ref() != Some(text);
    let analysis = use_explanation(current.clone());
    let on_input = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                *edited.borrow_mut() = Some((text.clone(), area.value()));
                rerender.force_update();
            }
        })
    };
    let on_unfold = {
        let (text, unfolded) = (text.clone(), unfolded.clone());
        Callback::from(move |_| unfolded.set(Some(text.clone())))
    };
    // The unfolded box takes the focus from the button that went with the fold, at the text's
    // start (a focused box otherwise shows its end): each time a text is unfolded, the second
    // long paste's too.
    use_effect_with((*unfolded).clone(), {
        let area = area.clone();
        move |opened| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>().filter(|_| opened.is_some()) {
                let _ = area.set_selection_range(0, 0);
                let _ = area.focus();
                area.set_scroll_top(0);
            }
        }
    });
    html! {
        <div class="response" part="response">
            if folded {
                <p class="response-label">{ "Response to explain" }</p>
                <p class="response-folded">
                    { format!("The pasted text ({}, {} lines) is read in full below. Its box is folded, as a browser takes a while to lay out a text this long. ", size(text.len()), grouped(text.lines().count() as u64)) }
                    <button type="button" class="link" onclick={on_unfold}>{ "Show the text to edit it" }</button>
                </p>
            } else {
                <label class="response-label" for="response-text">{ "Response to explain: the output of curl -i or curl -v, HTTPie, wget, or headers copied from DevTools" }</label>
                <textarea id="response-text" class="response-text" part="response-text" rows="7" spellcheck="false" autocomplete="off" value={current} oninput={on_input} ref={area} />
            }
            { match analysis.as_deref() {
                Some(Ok(Ok(explanation))) => {
                    let all_drawn = all_steps_drawn.as_ref() == Some(text);
                    let on_draw_all = {
                        let (text, all_steps_drawn) = (text.clone(), all_steps_drawn.clone());
                        Callback::from(move |_| all_steps_drawn.set(Some(text.clone())))
                    };
                    html! { <Analysis explanation={explanation.clone()} {all_drawn} {on_draw_all} on_open={on_open.clone()} /> }
                }
                Some(Ok(Err(problem))) => html! { <p class="response-problem" role="status">{ problem.message.clone() }</p> },
                Some(Err(failure)) => html! { <p class="response-problem" role="status">{ failure.clone() }</p> },
                None => html! { <p class="response-problem response-loading" role="status">{ "Loading the response reader\u{2026}" }</p> },
            } }
        </div>
    }
}

/// A size in bytes as people say it: `1.1 MB`, `86 KB`.
fn size(bytes: usize) -> String {
    match bytes {
        0..=999_999 => format!("{} KB", bytes.div_ceil(1000)),
        // In tenths, without float formatting's code in the wasm.
        _ => {
            let tenths = (bytes + 50_000) / 100_000;
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    }
}

#[derive(Properties, PartialEq)]
struct AnalysisProps {
    explanation: Explanation,
    /// Every step drawn, not only the first `STEPS_DRAWN_FIRST`.
    all_drawn: bool,
    on_draw_all: Callback<MouseEvent>,
    on_open: Callback<&'static Entry>,
}

/// Steps drawn at first; the rest wait behind a button. Drawing all 450 steps of a HAR file
/// took longer than reading it (2026-12-07), and a person reads the first screens first.
const STEPS_DRAWN_FIRST: usize = 50;

#[component]
fn Analysis(AnalysisProps { explanation, all_drawn, on_draw_all, on_open }: &AnalysisProps) -> Html {
    let drawn = if *all_drawn { explanation.steps.len() } else { explanation.steps.len().min(STEPS_DRAWN_FIRST) };
    let undrawn = explanation.steps.len() - drawn;
    let worth_fixing = explanation.flags.iter().filter(|flag| flag.severity != Severity::Advice).count();
    let verdict = match worth_fixing {
        0 => "Nothing to fix".to_string(),
        1 => "1 thing to fix".to_string(),
        count => format!("{count} things to fix"),
    };
    html! {
        <>
            <p class="chain" role="status">
                <span class="chain-steps">{ explanation.summary.clone() }</span>
                <span class="chain-verdict">{ verdict }</span>
            </p>
            <ol class="steps">
                { for explanation.steps.iter().take(drawn).enumerate().map(|(index, step)| {
                    let flags: Vec<Flag> = explanation.flags.iter().filter(|flag| flag.step == index).cloned().collect();
                    html! { <StepView step={step.clone()} number={index + 1} count={explanation.steps.len()} {flags} on_open={on_open.clone()} /> }
                }) }
            </ol>
            if undrawn > 0 {
                <button type="button" class="toggle more-steps" onclick={on_draw_all}>
                    { match to_fix_after(explanation, drawn) {
                        0 => format!("Show the other {} responses, none with anything to fix", grouped(undrawn as u64)),
                        to_fix => format!("Show the other {} responses, {} of them with something to fix", grouped(undrawn as u64), grouped(to_fix as u64)),
                    } }
                </button>
            }
        </>
    }
}

/// How many of the steps from `first` on have something worth fixing (flags come step by step,
/// so a step's flags are side by side).
fn to_fix_after(explanation: &Explanation, first: usize) -> usize {
    let mut steps: Vec<usize> = explanation.flags.iter().filter(|flag| flag.step >= first && flag.severity != Severity::Advice).map(|flag| flag.step).collect();
    steps.dedup();
    steps.len()
}

#[derive(Properties, PartialEq)]
struct StepProps {
    step: Step,
    number: usize,
    count: usize,
    flags: Vec<Flag>,
    on_open: Callback<&'static Entry>,
}

/// One response of the chain.
#[component]
fn StepView(StepProps { step, number, count, flags, on_open }: &StepProps) -> Html {
    let status_line = [step.version.clone(), Some(step.code.to_string()), step.reason.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let class = step.status.class.unwrap_or("other");
    html! {
        <li class={classes!("step", class)}>
            <h3 class="step-title">
                if *count > 1 {
                    <span class="step-number">{ format!("{number} of {count}") }</span>
                }
                <span class="tag role-tag">{ step.role.label() }</span>
                <code class="status-line">{ status_line }</code>
            </h3>
            if let Some(request) = &step.request {
                if let Some(line) = request_line(request.method.as_deref(), request.url.as_deref()) {
                    <p class="request">{ "In answer to " }<code>{ line }</code>{ if request.url_guessed { " (https assumed: the text does not say)" } else { "" } }</p>
                }
            }
            <p class="step-status">
                if let Some(entry) = step.status.entry() {
                    <RichText text={entry.summary} />{ " " }
                    <button type="button" class="link" onclick={on_open.reform(move |_| entry)}>{ format!("Explain {}", entry.title()) }</button>
                } else {
                    { step.status.summary.clone() }
                }
            </p>
            // What the body or fields name: the vendor's own account of this status.
            { for step.refinements.iter().filter_map(|id| db::by_id(id)).map(|entry| html! {
                <p class="refinement" data-id={entry.id}>
                    <strong>{ format!("{} {}", entry.vendor.unwrap_or_default(), entry.title()) }</strong>{ ": " }
                    <RichText text={entry.summary} />{ " " }
                    <button type="button" class="link" onclick={on_open.reform(move |_| entry)}>{ format!("Explain {}", entry.label) }</button>
                </p>
            }) }
            if !flags.is_empty() {
                { flags_view(flags, &step.headers) }
            }
            if !step.readings.is_empty() {
                <dl class="readings">
                    { for step.readings.iter().map(|reading| html! {
                        <>
                            <dt>{ if reading.fields.is_empty() { "Missing".to_string() } else { reading.fields.join(", ") } }</dt>
                            <dd>{ reading.sentence.clone() }</dd>
                        </>
                    }) }
                </dl>
            }
            if let Some(problem) = &step.problem {
                <div class="problem-details">
                    <p class="problem-details-title">{ "Problem details in the body" }</p>
                    <dl class="readings">
                        { for [("title", &problem.title), ("detail", &problem.detail), ("type", &problem.type_uri), ("instance", &problem.instance)]
                            .into_iter()
                            .filter_map(|(name, value)| value.as_ref().map(|value| html! { <><dt>{ name }</dt><dd>{ value.clone() }</dd></> })) }
                    </dl>
                </div>
            }
            if !step.headers.is_empty() {
                <details class="all-headers">
                    <summary>{ match step.headers.len() { 1 => "The one header field, as received".to_string(), count => format!("All {count} header fields, as received") } }</summary>
                    <table>
                        <tbody>
                            { for step.headers.iter().map(|header| html! { <tr><th scope="row">{ header.name.clone() }</th><td>{ header.value.clone() }</td></tr> }) }
                        </tbody>
                    </table>
                </details>
            }
        </li>
    }
}

fn request_line(method: Option<&str>, url: Option<&str>) -> Option<String> {
    match (method, url) {
        (None, None) => None,
        (method, url) => Some([method, url].into_iter().flatten().collect::<Vec<_>>().join(" ")),
    }
}
