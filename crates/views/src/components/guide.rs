use crate::components::copy_button::CopyButton;
use crate::components::entry_heading::EntryHeading;
use crate::components::rich_text::RichText;
use crate::hooks::use_guide_link::{use_guide_link, write_guide_link};
use http_status_data::Entry;
use http_status_guide::{self as guide, Leaf, Question, Walk};
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    /// The walk lives in the page's URL hash (`#guide/request/auth/unknown`).
    pub link_hash: bool,
    /// Called when the reader opens the explanation of the code the guide ended at.
    pub on_open: Callback<&'static Entry>,
}

/// "Which status code should I return?": one question at a time, the answers so far as a
/// breadcrumb, and at the end the code with why, the headers to send and an example. The tree
/// and its walks are `http_status_guide`'s; this renders them and moves focus to each new step.
#[component]
pub fn Guide(GuideProps { link_hash, on_open }: &GuideProps) -> Html {
    let walk = use_state(Walk::start);
    // Why a deep link could not be followed to its end, until the reader moves on.
    let broken = use_state(|| None::<String>);
    let step_heading = use_node_ref();
    // Focus and the link follow the reader's moves (not the first render, nor a followed link).
    let moved = use_mut_ref(|| false);

    let go = {
        let (walk, broken, moved) = (walk.clone(), broken.clone(), moved.clone());
        Callback::from(move |next: Walk| {
            *moved.borrow_mut() = true;
            broken.set(None);
            walk.set(next);
        })
    };
    {
        let (walk, broken) = (walk.clone(), broken.clone());
        use_guide_link(
            *link_hash,
            Callback::from(move |path: Vec<String>| {
                let path: Vec<&str> = path.iter().map(String::as_str).collect();
                match guide::follow(&path) {
                    Ok(followed) => {
                        broken.set(None);
                        walk.set(followed);
                    }
                    Err(link) => {
                        broken.set(Some(link.to_string()));
                        walk.set(link.reached().clone());
                    }
                }
            }),
        );
    }
    {
        let (step_heading, moved, link_hash) = (step_heading.clone(), moved.clone(), *link_hash);
        use_effect_with(walk.hash(), move |hash| {
            if std::mem::take(&mut *moved.borrow_mut()) {
                if link_hash {
                    write_guide_link(hash);
                }
                if let Some(heading) = step_heading.cast::<HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }

    let back = {
        let (walk, go) = (walk.clone(), go.clone());
        Callback::from(move |_| {
            let mut previous = (*walk).clone();
            if let Some(step) = previous.steps.pop() {
                previous.end = guide::Node::Question(step.question);
                go.emit(previous);
            }
        })
    };
    let restart = go.reform(|_: MouseEvent| Walk::start());
    let crumbs = walk.breadcrumb();

    html! {
        <div class="guide" part="guide">
            <header class="guide-head">
                <h2 class="guide-title">{ "Which status code should I return?" }</h2>
                if !crumbs.is_empty() {
                    <nav class="breadcrumb" aria-label="Your answers">
                        <ol>
                            { for crumbs.iter().enumerate().map(|(index, crumb)| {
                                let (walk, go, question) = (walk.clone(), go.clone(), crumb.question);
                                let reopen = Callback::from(move |_| {
                                    let mut earlier = (*walk).clone();
                                    earlier.steps.truncate(index);
                                    earlier.end = guide::Node::Question(question);
                                    go.emit(earlier);
                                });
                                html! {
                                    <li>
                                        <button type="button" class="crumb" onclick={reopen} title={format!("Change the answer to: {}", crumb.question.prompt)}>
                                            { crumb.answer.label }
                                        </button>
                                    </li>
                                }
                            }) }
                        </ol>
                    </nav>
                    <div class="guide-actions">
                        <button type="button" class="close" onclick={back}>{ "\u{2190} Back" }</button>
                        <button type="button" class="close" onclick={restart}>{ "Start over" }</button>
                    </div>
                }
            </header>
            if let Some(message) = &*broken {
                <p class="guide-broken" role="status">{ message.clone() }</p>
            }
            { match (walk.question(), walk.leaf()) {
                (Some(question), _) => {
                    let choose = {
                        let (walk, go) = (walk.clone(), go.clone());
                        Callback::from(move |answer: &'static guide::Answer| {
                            let mut next = (*walk).clone();
                            next.steps.push(guide::Step { question, answer });
                            next.end = answer.next();
                            go.emit(next);
                        })
                    };
                    html! { <QuestionStep {question} number={walk.steps.len() + 1} heading={step_heading.clone()} {choose} /> }
                }
                (None, Some(leaf)) => html! { <LeafStep {leaf} heading={step_heading.clone()} on_open={on_open.clone()} /> },
                (None, None) => Html::default(),
            } }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    question: &'static Question,
    number: usize,
    heading: NodeRef,
    choose: Callback<&'static guide::Answer>,
}

#[component]
fn QuestionStep(QuestionProps { question, number, heading, choose }: &QuestionProps) -> Html {
    html! {
        <section class="guide-step" aria-labelledby="guide-question">
            <h3 id="guide-question" class="guide-prompt" tabindex="-1" ref={heading.clone()}>
                <span class="visually-hidden">{ format!("Question {number}: ") }</span>
                { question.prompt }
            </h3>
            if let Some(help) = question.help {
                <p class="muted guide-help">{ help }</p>
            }
            <ul class="answers">
                { for question.answers.iter().map(|answer| html! {
                    <li>
                        <button type="button" class="answer" data-answer={answer.id} onclick={choose.reform(move |_| answer)}>
                            <span class="answer-label">{ answer.label }</span>
                            if let Some(help) = answer.help {
                                <span class="answer-help">{ help }</span>
                            }
                        </button>
                    </li>
                }) }
            </ul>
            { notes(question.notes) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct LeafProps {
    leaf: &'static Leaf,
    heading: NodeRef,
    on_open: Callback<&'static Entry>,
}

#[component]
fn LeafStep(LeafProps { leaf, heading, on_open }: &LeafProps) -> Html {
    let entry = leaf.entry();
    html! {
        <section class={classes!("guide-leaf", entry.class_label())} aria-labelledby="guide-answer">
            <p class="guide-verdict" id="guide-answer" tabindex="-1" ref={heading.clone()}>
                <span class="visually-hidden">{ "The answer: " }</span>
                { "Send" }
            </p>
            <div class="guide-code"><EntryHeading {entry} level=3 /></div>
            <p><RichText text={leaf.why} /></p>
            <section>
                <h4>{ "Headers to send with it" }</h4>
                if leaf.headers.is_empty() {
                    <p class="muted">{ "None that this code requires." }</p>
                } else {
                    <dl class="readings">
                        { for leaf.headers.iter().map(|header| html! { <><dt>{ header.name }</dt><dd><RichText text={header.value} /></dd></> }) }
                    </dl>
                }
            </section>
            <section>
                <h4>{ "Example response" }</h4>
                <pre class="example"><code>{ leaf.example.trim_end() }</code></pre>
            </section>
            { notes(leaf.notes) }
            <div class="actions">
                <button type="button" class="toggle" onclick={on_open.reform(move |_| entry)}>{ format!("{} explained", entry.title()) }</button>
                <CopyButton text={leaf.example.trim_end().to_string()} label="Copy example" />
            </div>
        </section>
    }
}

/// Common mistakes at a step.
fn notes(notes: &'static [&'static str]) -> Html {
    if notes.is_empty() {
        return Html::default();
    }
    html! {
        <aside class="guide-notes" aria-label="Common mistakes">
            { for notes.iter().map(|note| html! { <p><RichText text={*note} /></p> }) }
        </aside>
    }
}
