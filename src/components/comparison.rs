use crate::db::{self, Family};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub family: &'static Family,
    /// The code to highlight.
    pub current: u16,
    pub on_select: Callback<u16>,
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
                        let is_current = row.code == *current;
                        let phrase = db::lookup(row.code).map(|entry| entry.phrase).unwrap_or_default();
                        let code = row.code;
                        html! {
                            <tr class={classes!(is_current.then_some("current"))} aria-current={is_current.then_some("true")}>
                                <th scope="row">
                                    if is_current {
                                        <span class="code-cell">{ row.code }{ " " }<span class="muted">{ phrase }</span></span>
                                    } else {
                                        <button type="button" class="link" onclick={on_select.reform(move |_| code)}>{ row.code }{ " " }<span class="muted">{ phrase }</span></button>
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
