use crate::components::comparison::Comparison;
use crate::components::copy_button::CopyButton;
use crate::components::entry_heading::EntryHeading;
use crate::components::rich_text::RichText;
use crate::db::{self, Entry, Status};
use crate::markup::card_face::{formerly, status_label};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub entry: &'static Entry,
    /// Called with the entry the reader switches to (a related code, a comparison row).
    pub on_select: Callback<&'static Entry>,
    /// Inside a card or the browser's panel: no box of its own, smaller heading.
    #[prop_or_default]
    pub embedded: bool,
}

/// Everything about one code.
#[component]
pub fn Explainer(ExplainerProps { entry, on_select, embedded }: &ExplainerProps) -> Html {
    let entry = *entry;
    let select_code = {
        let on_select = on_select.clone();
        Callback::from(move |code: u16| {
            if let Some(other) = db::lookup(code) {
                on_select.emit(other);
            }
        })
    };
    let select_entry = |other: &'static Entry| on_select.reform(move |_: MouseEvent| other);
    let namesakes: Vec<&'static Entry> = entry.namesakes().collect();
    html! {
        <article class={classes!("explainer", entry.class().label(), embedded.then_some("embedded"))} part="explainer" aria-label={entry.title()}>
            <header class="explainer-head">
                <h2 class="title"><EntryHeading {entry} /></h2>
                if !entry.aliases.is_empty() {
                    <p class="aliases">{ formerly(entry) }</p>
                }
                <p class="lead">{ entry.summary }</p>
                <div class="actions">
                    <CopyButton text={entry.code.to_string()} label="Copy code" />
                    <CopyButton text={entry.status_line()} label="Copy status line" />
                    <CopyButton text={entry.example} label="Copy example" />
                </div>
            </header>
            <section>
                <h3>{ "What it means" }</h3>
                <p><RichText text={entry.explanation} /></p>
            </section>
            <section>
                <h3>{ if entry.is_standard() { "When a server sends it" } else { "When it is sent" } }</h3>
                <p><RichText text={entry.when_to_send} /></p>
            </section>
            <section>
                <h3>{ "What to do" }</h3>
                <p><RichText text={entry.client_action} /></p>
            </section>
            if !entry.causes.is_empty() {
                <section>
                    <h3>{ "Common causes" }</h3>
                    <ul class="causes">
                        { for entry.causes.iter().map(|cause| html! { <li><RichText text={*cause} /></li> }) }
                    </ul>
                </section>
            }
            <section>
                <h3>{ "Example response" }</h3>
                <pre class="example"><code>{ entry.example }</code></pre>
            </section>
            if !entry.headers.is_empty() {
                <section>
                    <h3>{ "Related headers" }</h3>
                    <ul class="chips">
                        { for entry.headers.iter().map(|header| html! { <li><code>{ *header }</code></li> }) }
                    </ul>
                </section>
            }
            if !entry.related.is_empty() {
                <section>
                    <h3>{ "Related codes" }</h3>
                    <ul class="related">
                        { for entry.related.iter().filter_map(|related| db::lookup(related.code).map(|other| html! {
                            <li>
                                <button type="button" class={classes!("related-code", other.class().label())} onclick={select_entry(other)} aria-label={format!("Show {}", other.title())}>
                                    { related.code }
                                </button>
                                <span><RichText text={related.note} /></span>
                            </li>
                        })) }
                    </ul>
                </section>
            }
            if let Some(family) = entry.family() {
                <section>
                    <h3>{ "Compared" }</h3>
                    <Comparison {family} current={entry.code} on_select={select_code.clone()} />
                </section>
            }
            if !namesakes.is_empty() {
                <section>
                    <h3>{ format!("Other meanings of {}", entry.code) }</h3>
                    <ul class="related">
                        { for namesakes.iter().map(|other| html! {
                            <li>
                                <button type="button" class={classes!("related-code", other.class().label())} onclick={select_entry(other)} aria-label={format!("Show {} ({})", other.title(), other.vendor.unwrap_or("registered"))}>
                                    { other.code }
                                </button>
                                <span>{ format!("{} — {}", other.vendor.unwrap_or("IANA registry"), other.phrase) }</span>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <dl class="facts">
                <dt>{ "Registry" }</dt>
                <dd>{ registry_fact(entry) }</dd>
                <dt>{ "Cacheable by default" }</dt>
                <dd>{ if entry.cacheable { "Yes: caches may store it without explicit freshness headers" } else { "No: only with explicit caching headers" } }</dd>
                <dt>{ "Specification" }</dt>
                <dd>
                    if let Some(spec) = entry.spec {
                        <a href={spec.url} target="_blank" rel="noopener noreferrer" part="spec-link">{ spec.title }</a>
                    } else {
                        { "None: a vendor's own code, not in the IANA registry" }
                    }
                </dd>
            </dl>
        </article>
    }
}

fn registry_fact(entry: &Entry) -> String {
    let state = status_label(entry.status);
    let deprecated = if entry.deprecated { ", deprecated in practice" } else { "" };
    match (entry.status, entry.expires) {
        (Status::Unofficial, _) => format!("Not registered: used by {}", entry.vendor.unwrap_or("a vendor")),
        (Status::Temporary, Some(expires)) => format!("Temporary IANA registration, set to expire {expires}"),
        _ => format!("IANA, {}{deprecated}", state.to_ascii_lowercase()),
    }
}
