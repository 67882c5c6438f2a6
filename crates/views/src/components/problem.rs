use http_status_data::Unresolved;
use http_status_markup::problem::problem_markup;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProblemProps {
    pub unresolved: Unresolved,
}

/// A friendly message for a `code` that cannot be shown (the small wasm draws the same markup).
#[component]
pub fn Problem(ProblemProps { unresolved }: &ProblemProps) -> Html {
    Html::from_html_unchecked(problem_markup(unresolved).into())
}
