use http_status_data::{Entry, Family};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub family: &'static Family,
    /// The entry to highlight.
    pub current: &'static Entry,
    pub on_select: Callback<&'static Entry>,
}

/// Codes people confuse, side by side, with `current` highlighted and the others clickable.
#[component]
pub fn Comparison(ComparisonProps { family, current, on_select }: &ComparisonProps) -> Html {
    html! {
        <div class="table-scroll">
            <table class="comparison">
                <caption>{ family.title }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Code" }</th>
                        { for family.columns.iter().map(|column| html! { <th scope="col">{ *column }</th> }) }
                        <th scope="col">{ "Use it" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for family.rows.iter().map(|row| {
                        let entry = row.entry();
                        let is_current = entry == *current;
                        let name = html! { <>{ entry.label }if let Some(phrase) = entry.phrase_after_label() { { " " }<span class="muted">{ phrase }</span> }</> };
                        html! {
                            <tr class={classes!(is_current.then_some("current"))} aria-current={is_current.then_some("true")}>
                                <th scope="row">
                                    if is_current {
                                        <span class="code-cell">{ name }</span>
                                    } else {
                                        <button type="button" class="link" data-id={entry.id} onclick={on_select.reform(move |_| entry)}>{ name }</button>
                                    }
                                </th>
                                { for row.cells.iter().map(|cell| html! { <td>{ *cell }</td> }) }
                                <td>{ row.note }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
