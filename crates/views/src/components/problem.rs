use http_status_data::Unresolved;
use http_status_markup::problem::problem_text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProblemProps {
    pub unresolved: Unresolved,
}

/// A friendly message for a `code` that cannot be shown.
#[component]
pub fn Problem(ProblemProps { unresolved }: &ProblemProps) -> Html {
    let (title, detail) = problem_text(unresolved);
    html! {
        <div class="problem" part="problem" role="note">
            <p class="problem-title">{ title }</p>
            <p>{ detail }</p>
        </div>
    }
}
