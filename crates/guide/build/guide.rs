//! Validates the "Which status code should I return?" guide (`data/guide.toml`) and turns it into
//! static Rust for the guide crate (`src/lib.rs`).
//!
//! Shared by `build.rs` (which writes the generated code into `OUT_DIR`) and by the native tests
//! (which check that a broken guide is refused with a message naming the question, answer or leaf).

use http_status_codegen::Fields;
use http_status_rules::{rules_for, Example};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

const FILE: &str = "data/guide.toml";

/// Question, answer and leaf ids: answer ids are the segments of deep links (`#guide/request/who`),
/// so they stay short and need no escaping anywhere.
const MAX_ID_LENGTH: usize = 16;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFile {
    root: String,
    question: Vec<QuestionFile>,
    leaf: Vec<LeafFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    id: String,
    prompt: String,
    help: Option<String>,
    #[serde(default)]
    notes: Vec<String>,
    #[serde(default)]
    answer: Vec<AnswerFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerFile {
    id: String,
    label: String,
    help: Option<String>,
    /// Where the answer leads: exactly one of the next question's id or a leaf's id.
    question: Option<String>,
    leaf: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LeafFile {
    id: String,
    /// The database entry to send and link to: a file name in data/codes/ without `.toml`.
    entry: String,
    why: String,
    /// Optional to serde so that a forgotten list gets a message of ours: none must be `headers = []`.
    headers: Option<Vec<HeaderFile>>,
    example: String,
    #[serde(default)]
    notes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderFile {
    name: String,
    value: String,
}

/// Where an answer leads, once the ids are resolved.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Question(usize),
    Leaf(usize),
}

/// Parses and validates the guide against the database's entry ids (the file names in
/// data/codes/), returning the generated Rust source or every problem found, each naming the
/// question, answer or leaf.
pub fn compile(text: &str, entry_ids: &[String]) -> Result<String, Vec<String>> {
    let guide: GuideFile = toml::from_str(text).map_err(|error| vec![format!("{FILE}: {}", error.message())])?;
    let mut errors = Vec::new();
    let questions = index(&guide.question, |question| &question.id, "question", &mut errors);
    let leaves = index(&guide.leaf, |leaf| &leaf.id, "leaf", &mut errors);
    let targets: Vec<Vec<Option<Target>>> = guide.question.iter().map(|question| check_question(question, &questions, &leaves, &mut errors)).collect();
    for leaf in &guide.leaf {
        check_leaf(leaf, entry_ids, &mut errors);
    }
    match questions.get(guide.root.as_str()) {
        Some(&root) => check_graph(&guide, root, &targets, &mut errors),
        None => errors.push(format!("{FILE}: the root question \"{}\" does not exist", guide.root)),
    }
    if errors.is_empty() {
        Ok(generate(&guide, questions[guide.root.as_str()], &targets))
    } else {
        Err(errors)
    }
}

/// Ids to positions, reporting ids that are malformed or defined twice.
fn index<'a, T>(items: &'a [T], id_of: impl Fn(&'a T) -> &'a String, what: &str, errors: &mut Vec<String>) -> BTreeMap<&'a str, usize> {
    let mut positions = BTreeMap::new();
    for (position, item) in items.iter().enumerate() {
        let id = id_of(item);
        if !is_id(id) {
            errors.push(format!("{FILE}: {what} id {id:?} should be lowercase letters, digits and single hyphens, at most {MAX_ID_LENGTH} characters"));
        }
        if positions.insert(id.as_str(), position).is_some() {
            errors.push(format!("{FILE}: {what} {id} is defined twice"));
        }
    }
    positions
}

/// Short, lowercase and URL-safe: `who`, `proxy-auth`, `404-hidden`.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LENGTH
        && id.bytes().all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// A question's own checks; returns where each of its answers leads (none where it leads nowhere).
fn check_question(question: &QuestionFile, questions: &BTreeMap<&str, usize>, leaves: &BTreeMap<&str, usize>, errors: &mut Vec<String>) -> Vec<Option<Target>> {
    let name = format!("{FILE}: question {}", question.id);
    if question.prompt.trim().is_empty() {
        errors.push(format!("{name}: prompt is empty"));
    } else if !question.prompt.trim().ends_with('?') {
        errors.push(format!("{name}: the prompt should be a question, ending with a question mark"));
    }
    if question.help.as_deref().is_some_and(|help| help.trim().is_empty() || help.trim().contains('\n')) {
        errors.push(format!("{name}: help should be one line of text (or no help at all)"));
    }
    if question.notes.iter().any(|note| note.trim().is_empty()) {
        errors.push(format!("{name}: a note is empty"));
    }
    if question.answer.len() < 2 {
        errors.push(format!("{name}: a question needs at least two answers"));
    }
    let mut seen = Vec::new();
    let mut targets = Vec::new();
    for answer in &question.answer {
        let name = format!("{name}, answer {}", answer.id);
        if !is_id(&answer.id) {
            errors.push(format!("{name}: an answer id is part of links: lowercase letters, digits and single hyphens, at most {MAX_ID_LENGTH} characters"));
        }
        if seen.contains(&answer.id.as_str()) {
            errors.push(format!("{name}: the id is used twice in this question"));
        }
        seen.push(answer.id.as_str());
        if answer.label.trim().is_empty() {
            errors.push(format!("{name}: label is empty"));
        }
        if answer.help.as_deref().is_some_and(|help| help.trim().is_empty() || help.trim().contains('\n')) {
            errors.push(format!("{name}: help should be one line of text (or no help at all)"));
        }
        let target = match (&answer.question, &answer.leaf) {
            (Some(next), None) => {
                questions.get(next.as_str()).map(|&position| Target::Question(position)).ok_or(format!("leads to question {next:?}, which does not exist"))
            }
            (None, Some(leaf)) => {
                leaves.get(leaf.as_str()).map(|&position| Target::Leaf(position)).ok_or(format!("leads to leaf {leaf:?}, which does not exist"))
            }
            (None, None) => Err("leads nowhere: give the next question (question = \"…\") or a leaf (leaf = \"…\")".to_string()),
            (Some(_), Some(_)) => Err("leads to a question and a leaf: give one".to_string()),
        };
        match target {
            Ok(target) => targets.push(Some(target)),
            Err(problem) => {
                errors.push(format!("{name}: {problem}"));
                targets.push(None);
            }
        }
    }
    targets
}

/// The status code of an entry id a leaf may name: a status code's own entry ("409") or a
/// vendor's ("499-nginx"), not a sub-status ("500.19-iis") or vendor error, which nobody sends on
/// purpose (data/README.md: ids of the other kinds start with their label).
fn status_code_of(entry: &str) -> Option<u16> {
    let code = entry.split('-').next()?;
    code.parse().ok().filter(|_| code.len() == 3 && code.bytes().all(|byte| byte.is_ascii_digit()))
}

/// The status code on an example's first line, if it is an HTTP status line.
fn status_line_code(example: &str) -> Option<u16> {
    let line = example.trim_start().lines().next()?;
    let (_version, rest) = line.strip_prefix("HTTP/")?.split_once(' ')?;
    rest.split(' ').next()?.parse().ok()
}

/// Whether the example's header section (the lines before the first blank one) carries this field.
fn example_has_header(example: &str, header: &str) -> bool {
    let prefix = format!("{}:", header.to_ascii_lowercase());
    example.trim_start().lines().skip(1).take_while(|line| !line.trim().is_empty()).any(|line| line.trim_start().to_ascii_lowercase().starts_with(&prefix))
}

fn check_leaf(leaf: &LeafFile, entry_ids: &[String], errors: &mut Vec<String>) {
    let name = format!("{FILE}: leaf {}", leaf.id);
    let code = if !entry_ids.contains(&leaf.entry) {
        errors.push(format!("{name}: entry {:?} is not in data/codes/", leaf.entry));
        None
    } else {
        let code = status_code_of(&leaf.entry);
        if code.is_none() {
            errors.push(format!("{name}: entry {:?} is not a status code: a leaf names the code to send", leaf.entry));
        }
        code
    };
    if leaf.why.trim().is_empty() {
        errors.push(format!("{name}: why is empty: say why this code and not its neighbours"));
    }
    if leaf.notes.iter().any(|note| note.trim().is_empty()) {
        errors.push(format!("{name}: a note is empty"));
    }
    let headers = leaf.headers.as_deref().unwrap_or_else(|| {
        errors.push(format!("{name}: headers is missing: list the headers to send, or write headers = [] when there are none"));
        &[]
    });
    for header in headers {
        if header.name.trim().is_empty() || header.value.trim().is_empty() {
            errors.push(format!("{name}: header {:?} needs a name and what to put in it", header.name));
        } else if !example_has_header(&leaf.example, &header.name) {
            errors.push(format!("{name}: the example does not show the {} header it lists", header.name));
        }
    }
    let Some(code) = code else { return };
    for rule in rules_for(code).iter().filter(|rule| rule.need.demanded_of(Example::Ours)) {
        if leaf.headers.is_some() && !headers.iter().any(|header| header.name.eq_ignore_ascii_case(rule.field)) {
            errors.push(format!("{name}: a {code} is sent with {}: list it in headers, with what to put in it", rule.field));
        }
    }
    match status_line_code(&leaf.example) {
        Some(example_code) if example_code != code => errors.push(format!("{name}: the example's status line says {example_code}, the entry {code}")),
        Some(_) => {}
        None => errors.push(format!("{name}: example should start with the status line \"HTTP/1.1 {code} …\"")),
    }
}

/// Every question and leaf reachable from the root, and no answer leading back to a question on
/// the way to it (a loop would make a path endless); each problem reported once.
fn check_graph(guide: &GuideFile, root: usize, targets: &[Vec<Option<Target>>], errors: &mut Vec<String>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Visit {
        Unseen,
        OnPath,
        Done,
    }
    let mut visits = vec![Visit::Unseen; guide.question.len()];
    let mut leaves_reached = vec![false; guide.leaf.len()];
    // Depth first, with an explicit stack of (question, next answer to follow).
    let mut stack = vec![(root, 0)];
    visits[root] = Visit::OnPath;
    while let Some((question, answer)) = stack.pop() {
        let Some(target) = targets[question].get(answer) else {
            visits[question] = Visit::Done;
            continue;
        };
        stack.push((question, answer + 1));
        match *target {
            Some(Target::Leaf(leaf)) => leaves_reached[leaf] = true,
            Some(Target::Question(next)) => match visits[next] {
                Visit::Unseen => {
                    visits[next] = Visit::OnPath;
                    stack.push((next, 0));
                }
                Visit::OnPath => errors.push(format!(
                    "{FILE}: question {}, answer {}: leads back to question {}, which comes before it: the guide must not loop",
                    guide.question[question].id, guide.question[question].answer[answer].id, guide.question[next].id
                )),
                Visit::Done => {}
            },
            None => {}
        }
    }
    for (question, visit) in guide.question.iter().zip(&visits) {
        if *visit == Visit::Unseen {
            errors.push(format!("{FILE}: question {} cannot be reached from the root question {}", question.id, guide.root));
        }
    }
    for (leaf, reached) in guide.leaf.iter().zip(&leaves_reached) {
        if !reached {
            errors.push(format!("{FILE}: leaf {} cannot be reached from the root question {}", leaf.id, guide.root));
        }
    }
}

fn generate(guide: &GuideFile, root: usize, targets: &[Vec<Option<Target>>]) -> String {
    let mut out = String::from("// Generated by build.rs from data/guide.toml: edit the data, not this.\n\n");
    let _ = writeln!(out, "const ROOT: usize = {root};\n");
    out.push_str("static QUESTIONS: &[Question] = &[\n");
    for (question, targets) in guide.question.iter().zip(targets) {
        let answers = question
            .answer
            .iter()
            .zip(targets)
            .map(|(answer, target)| {
                let next = match target.expect("a guide without errors resolves every answer") {
                    Target::Question(position) => format!("Target::Question({position})"),
                    Target::Leaf(position) => format!("Target::Leaf({position})"),
                };
                Fields::new("Answer")
                    .text("id", &answer.id)
                    .text("label", &answer.label)
                    .optional_text("help", answer.help.as_deref())
                    .field("next", next)
                    .done()
            })
            .collect();
        let record = Fields::new("Question")
            .text("id", &question.id)
            .text("prompt", &question.prompt)
            .optional_text("help", question.help.as_deref())
            .texts("notes", &question.notes)
            .list("answers", answers)
            .done();
        let _ = writeln!(out, "    {record},");
    }
    out.push_str("];\n\nstatic LEAVES: &[Leaf] = &[\n");
    for leaf in &guide.leaf {
        let headers =
            leaf.headers.iter().flatten().map(|header| Fields::new("Header").text("name", &header.name).text("value", &header.value).done()).collect();
        let record = Fields::new("Leaf")
            .text("id", &leaf.id)
            .text("entry", &leaf.entry)
            .text("why", &leaf.why)
            .list("headers", headers)
            .text("example", &leaf.example)
            .texts("notes", &leaf.notes)
            .done();
        let _ = writeln!(out, "    {record},");
    }
    out.push_str("];\n");
    out
}
