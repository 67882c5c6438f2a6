//! The build refuses a broken guide with a message naming the question, answer or leaf.

#[path = "../build/guide.rs"]
mod guide;

use guide::compile;

const VALID: &str = r#"
root = "class"

[[question]]
id = "class"
prompt = "What happened?"
help = "Start from the outcome."

[[question.answer]]
id = "ok"
label = "It worked"
question = "success"

[[question.answer]]
id = "clash"
label = "It clashes with the stored state"
leaf = "409"

[[question]]
id = "success"
prompt = "Did it create something?"
notes = ["A 200 with an error inside is not a success."]

[[question.answer]]
id = "created"
label = "Yes"
leaf = "201"

[[question.answer]]
id = "done"
label = "No, and there is nothing to send"
leaf = "204"

[[leaf]]
id = "201"
entry = "201"
why = "Something new exists."
headers = [{ name = "Location", value = "The new resource's URL." }]
example = """
HTTP/1.1 201 Created
Location: /orders/1
"""

[[leaf]]
id = "204"
entry = "204"
why = "Nothing to send."
headers = []
example = "HTTP/1.1 204 No Content"

[[leaf]]
id = "409"
entry = "409"
why = "The change collides with what is stored."
headers = []
example = "HTTP/1.1 409 Conflict"
notes = ["Input that is wrong whatever the state is 422."]
"#;

/// The entry ids the build reads from data/codes/ file names: registered codes, a vendor's code
/// and a sub-status.
fn entry_ids() -> Vec<String> {
    ["201", "204", "409", "499-nginx", "500.19-iis"].map(String::from).to_vec()
}

fn errors_for(text: &str) -> Vec<String> {
    compile(text, &entry_ids()).err().unwrap_or_default()
}

/// The guide with `from` replaced by `to` (which must change it) is refused with exactly `expected` among its errors.
fn assert_rejected(from: &str, to: &str, expected: &str) {
    assert!(VALID.contains(from), "{from:?} is not in the valid guide");
    let errors = errors_for(&VALID.replacen(from, to, 1));
    assert!(errors.iter().any(|error| error == expected), "expected the error {expected:?}, got {errors:?}");
}

#[test]
fn a_valid_guide_compiles_to_static_rust_field_by_field() {
    let rust = compile(VALID, &entry_ids()).expect("valid");
    assert!(rust.contains("const ROOT: usize = 0;"), "{rust}");
    assert!(rust.contains(r#"Question { id: "class", prompt: "What happened?", help: Some("Start from the outcome."), notes: &[], answers: &[Answer { id: "ok", label: "It worked", help: None, next: Target::Question(1), }, "#), "{rust}");
    assert!(rust.contains(r#"Answer { id: "clash", label: "It clashes with the stored state", help: None, next: Target::Leaf(2), }"#), "{rust}");
    assert!(rust.contains(r#"Leaf { id: "201", entry: "201", why: "Something new exists.", headers: &[Header { name: "Location", value: "The new resource's URL.", }], example: "HTTP/1.1 201 Created\nLocation: /orders/1", notes: &[], }"#), "{rust}");
    assert!(rust.contains(r#"notes: &["Input that is wrong whatever the state is 422."]"#), "{rust}");
}

#[test]
fn syntax_errors_and_unknown_fields_name_the_file() {
    let errors = errors_for(&VALID.replacen("root = \"class\"", "root = \"class\"\ncolour = \"blue\"", 1));
    assert!(errors.len() == 1 && errors[0].starts_with("data/guide.toml: unknown field `colour`"), "{errors:?}");
    let errors = errors_for("root = ");
    assert!(errors.len() == 1 && errors[0].starts_with("data/guide.toml: "), "{errors:?}");
}

#[test]
fn the_root_must_exist() {
    assert_rejected("root = \"class\"", "root = \"start\"", "data/guide.toml: the root question \"start\" does not exist");
}

#[test]
fn ids_are_short_lowercase_and_defined_once() {
    assert_rejected(
        "id = \"success\"",
        "id = \"Success\"",
        "data/guide.toml: question id \"Success\" should be lowercase letters, digits and single hyphens, at most 16 characters",
    );
    assert_rejected(
        "id = \"204\"",
        "id = \"no-content-at-all-here\"",
        "data/guide.toml: leaf id \"no-content-at-all-here\" should be lowercase letters, digits and single hyphens, at most 16 characters",
    );
    assert_rejected("id = \"success\"", "id = \"class\"", "data/guide.toml: question class is defined twice");
    assert_rejected("id = \"204\"", "id = \"201\"", "data/guide.toml: leaf 201 is defined twice");
}

#[test]
fn answer_ids_are_link_segments_unique_within_their_question() {
    let expected =
        "data/guide.toml: question class, answer O/K: an answer id is part of links: lowercase letters, digits and single hyphens, at most 16 characters";
    assert_rejected("id = \"ok\"", "id = \"O/K\"", expected);
    assert_rejected(
        "id = \"ok\"",
        "id = \"-ok\"",
        "data/guide.toml: question class, answer -ok: an answer id is part of links: lowercase letters, digits and single hyphens, at most 16 characters",
    );
    assert_rejected("id = \"done\"", "id = \"created\"", "data/guide.toml: question success, answer created: the id is used twice in this question");
    // The same id in two questions is fine: a link is read one question at a time.
    assert_eq!(errors_for(&VALID.replacen("id = \"done\"", "id = \"ok\"", 1)), Vec::<String>::new());
}

#[test]
fn questions_have_a_prompt_one_line_of_help_and_two_answers() {
    assert_rejected("prompt = \"What happened?\"", "prompt = \" \"", "data/guide.toml: question class: prompt is empty");
    assert_rejected(
        "prompt = \"What happened?\"",
        "prompt = \"What happened\"",
        "data/guide.toml: question class: the prompt should be a question, ending with a question mark",
    );
    assert_rejected(
        "help = \"Start from the outcome.\"",
        "help = \"Start from the outcome.\\nThen narrow it.\"",
        "data/guide.toml: question class: help should be one line of text (or no help at all)",
    );
    assert_rejected(
        "label = \"It worked\"",
        "label = \"It worked\"\nhelp = \"\"",
        "data/guide.toml: question class, answer ok: help should be one line of text (or no help at all)",
    );
    assert_rejected("label = \"Yes\"", "label = \"\"", "data/guide.toml: question success, answer created: label is empty");
    assert_rejected("notes = [\"A 200 with an error inside is not a success.\"]", "notes = [\"\"]", "data/guide.toml: question success: a note is empty");
    let one_answer = "[[question.answer]]\nid = \"done\"\nlabel = \"No, and there is nothing to send\"\nleaf = \"204\"\n";
    assert_rejected(one_answer, "", "data/guide.toml: question success: a question needs at least two answers");
}

#[test]
fn every_answer_leads_to_one_question_or_leaf_that_exists() {
    assert_rejected(
        "question = \"success\"",
        "question = \"sucess\"",
        "data/guide.toml: question class, answer ok: leads to question \"sucess\", which does not exist",
    );
    assert_rejected("leaf = \"409\"", "leaf = \"410\"", "data/guide.toml: question class, answer clash: leads to leaf \"410\", which does not exist");
    assert_rejected(
        "leaf = \"409\"",
        "",
        "data/guide.toml: question class, answer clash: leads nowhere: give the next question (question = \"…\") or a leaf (leaf = \"…\")",
    );
    assert_rejected(
        "leaf = \"409\"",
        "leaf = \"409\"\nquestion = \"success\"",
        "data/guide.toml: question class, answer clash: leads to a question and a leaf: give one",
    );
}

#[test]
fn every_question_and_leaf_is_reachable_from_the_root() {
    assert_rejected("question = \"success\"", "leaf = \"204\"", "data/guide.toml: question success cannot be reached from the root question class");
    assert_rejected("leaf = \"409\"", "leaf = \"204\"", "data/guide.toml: leaf 409 cannot be reached from the root question class");
}

#[test]
fn the_guide_must_not_loop() {
    assert_rejected(
        "leaf = \"204\"",
        "question = \"class\"",
        "data/guide.toml: question success, answer done: leads back to question class, which comes before it: the guide must not loop",
    );
    // Two answers reaching the same question is a shared step, not a loop.
    let shared = "leaf = \"409\"\n\n[[question.answer]]\nid = \"also\"\nlabel = \"It also worked\"\nquestion = \"success\"";
    assert_eq!(errors_for(&VALID.replacen("leaf = \"409\"", shared, 1)), Vec::<String>::new());
}

#[test]
fn every_leaf_names_a_status_code_entry_and_says_why() {
    assert_rejected("entry = \"409\"", "entry = \"999\"", "data/guide.toml: leaf 409: entry \"999\" is not in data/codes/");
    assert_rejected(
        "entry = \"409\"",
        "entry = \"500.19-iis\"",
        "data/guide.toml: leaf 409: entry \"500.19-iis\" is not a status code: a leaf names the code to send",
    );
    assert_rejected("why = \"Nothing to send.\"", "why = \"\"", "data/guide.toml: leaf 204: why is empty: say why this code and not its neighbours");
    assert_rejected("notes = [\"Input that is wrong whatever the state is 422.\"]", "notes = [\" \"]", "data/guide.toml: leaf 409: a note is empty");
    // A vendor's status code is a code one can send.
    let vendor = VALID.replacen("entry = \"409\"", "entry = \"499-nginx\"", 1).replacen("HTTP/1.1 409 Conflict", "HTTP/1.1 499 Client Closed Request", 1);
    assert_eq!(errors_for(&vendor), Vec::<String>::new());
}

#[test]
fn every_leaf_lists_its_headers_explicitly_with_what_to_put_in_them() {
    assert_rejected(
        "headers = []\nexample = \"HTTP/1.1 204 No Content\"",
        "example = \"HTTP/1.1 204 No Content\"",
        "data/guide.toml: leaf 204: headers is missing: list the headers to send, or write headers = [] when there are none",
    );
    assert_rejected("value = \"The new resource's URL.\"", "value = \"\"", "data/guide.toml: leaf 201: header \"Location\" needs a name and what to put in it");
    assert_rejected("Location: /orders/1\n", "", "data/guide.toml: leaf 201: the example does not show the Location header it lists");
}

#[test]
fn codes_that_need_a_header_name_it() {
    assert_rejected(
        "headers = [{ name = \"Location\", value = \"The new resource's URL.\" }]",
        "headers = []",
        "data/guide.toml: leaf 201: a 201 is sent with Location: list it in headers, with what to put in it",
    );
    let rate_limited = VALID.replacen("entry = \"409\"", "entry = \"429\"", 1).replacen("HTTP/1.1 409 Conflict", "HTTP/1.1 429 Too Many Requests", 1);
    let ids: Vec<String> = entry_ids().into_iter().chain(["429".to_string()]).collect();
    let errors = compile(&rate_limited, &ids).unwrap_err();
    assert_eq!(errors, vec!["data/guide.toml: leaf 409: a 429 is sent with Retry-After: list it in headers, with what to put in it".to_string()]);
}

#[test]
fn a_leafs_example_starts_with_its_status_line() {
    assert_rejected(
        "HTTP/1.1 409 Conflict",
        "HTTP/1.1 422 Unprocessable Content",
        "data/guide.toml: leaf 409: the example's status line says 422, the entry 409",
    );
    assert_rejected(
        "example = \"HTTP/1.1 409 Conflict\"",
        "example = \"409 Conflict\"",
        "data/guide.toml: leaf 409: example should start with the status line \"HTTP/1.1 409 …\"",
    );
}
