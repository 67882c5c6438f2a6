//! "Which status code should I return?": a decision tree that asks a server author a few plain
//! questions, class first, and ends at the code to send, with why it and not its neighbours, the
//! headers to send with it and an example response.
//!
//! The tree lives in `data/guide.toml` and is compiled into the static tables below by `build.rs`,
//! which refuses a broken tree (a question nobody reaches, an answer leading nowhere, a loop, a
//! leaf without its headers or naming no entry), so walking it here never fails on the data, only
//! on links. A walk is a path of answer ids, which is what deep links carry:
//! `#guide/request/who/missing` is the root's answer `request`, then `who`, then `missing`.
//!
//! Depends on the data crate only. Must not depend on search, the reader, the views or anything
//! from the web.

use http_status_data::{self as db, Entry};
use std::fmt;

/// What a deep link into the guide starts with; the answer ids follow, each after a `/`.
pub const HASH_PREFIX: &str = "#guide";

/// One step of the guide: a question and the answers to pick from.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id ("auth"), for `question()`.
    pub id: &'static str,
    pub prompt: &'static str,
    /// One line that helps the reader answer.
    pub help: Option<&'static str>,
    /// Common mistakes people make at this step.
    pub notes: &'static [&'static str],
    pub answers: &'static [Answer],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Answer {
    /// Short, lowercase and URL-safe, unique within its question: one segment of a deep link.
    pub id: &'static str,
    /// What the reader picks; also the breadcrumb's text.
    pub label: &'static str,
    pub help: Option<&'static str>,
    next: Target,
}

/// Where an answer leads, as positions in the tables (the build resolved and checked the ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Question(usize),
    Leaf(usize),
}

/// Where the guide ends: the code to send, and how to send it.
#[derive(Debug, PartialEq, Eq)]
pub struct Leaf {
    /// Stable id within the guide ("404-hidden"); not part of links, which carry answers.
    pub id: &'static str,
    /// The database entry to send and to link into the explainer ("409"); see `entry()`.
    pub entry: &'static str,
    /// Why this code and not its neighbours.
    pub why: &'static str,
    /// The headers to send with it; empty when it needs none.
    pub headers: &'static [Header],
    /// An example response: the status line first, then the headers (and perhaps a body).
    pub example: &'static str,
    /// Common mistakes around this code.
    pub notes: &'static [&'static str],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Header {
    pub name: &'static str,
    /// What to put in it.
    pub value: &'static str,
}

/// A place in the guide: a question to answer or the leaf it ended at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Node {
    Question(&'static Question),
    Leaf(&'static Leaf),
}

include!(concat!(env!("OUT_DIR"), "/guide.rs"));

/// The first question: what kind of outcome it is (success, redirect, the request's fault, the server's, another server's).
pub fn root() -> &'static Question {
    &QUESTIONS[ROOT]
}

/// The question with this id ("auth").
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
}

/// Every question, in the order of the data file.
pub fn questions() -> &'static [Question] {
    QUESTIONS
}

/// Every leaf, in the order of the data file.
pub fn leaves() -> &'static [Leaf] {
    LEAVES
}

impl Question {
    /// Its answer with this id.
    pub fn answer(&self, id: &str) -> Option<&'static Answer> {
        self.answers.iter().find(|answer| answer.id == id)
    }
}

impl Answer {
    /// The question or leaf this answer leads to.
    pub fn next(&self) -> Node {
        match self.next {
            Target::Question(position) => Node::Question(&QUESTIONS[position]),
            Target::Leaf(position) => Node::Leaf(&LEAVES[position]),
        }
    }
}

impl Leaf {
    /// The entry to link to (its explainer, its card).
    pub fn entry(&self) -> &'static Entry {
        db::by_id(self.entry).expect("build.rs checks that every leaf names an entry")
    }
}

/// A question and the answer picked for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub question: &'static Question,
    pub answer: &'static Answer,
}

/// A way through the guide: the answers picked so far and where they lead, a question still to
/// answer or the leaf.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk {
    pub steps: Vec<Step>,
    pub end: Node,
}

/// One breadcrumb: an answered question, the answer picked, and the link that reopens the
/// question to answer it differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crumb {
    pub question: &'static Question,
    pub answer: &'static Answer,
    pub hash: String,
}

impl Walk {
    /// Nothing answered yet: the root question.
    pub fn start() -> Walk {
        Walk { steps: Vec::new(), end: Node::Question(root()) }
    }

    /// The question still to answer, unless the walk has reached a leaf.
    pub fn question(&self) -> Option<&'static Question> {
        match self.end {
            Node::Question(question) => Some(question),
            Node::Leaf(_) => None,
        }
    }

    /// The leaf the walk ended at, if it has.
    pub fn leaf(&self) -> Option<&'static Leaf> {
        match self.end {
            Node::Leaf(leaf) => Some(leaf),
            Node::Question(_) => None,
        }
    }

    /// The answer ids picked so far: the deep link's segments.
    pub fn path(&self) -> Vec<&'static str> {
        self.steps.iter().map(|step| step.answer.id).collect()
    }

    /// The deep link to this place: `#guide/request/who/missing` (`#guide` at the start).
    pub fn hash(&self) -> String {
        hash(&self.path())
    }

    /// The deep link one answer further: what an answer of the current question links to.
    pub fn hash_with(&self, answer: &Answer) -> String {
        format!("{}/{}", self.hash(), answer.id)
    }

    /// The steps taken, each with the link back to its question.
    pub fn breadcrumb(&self) -> Vec<Crumb> {
        let path = self.path();
        self.steps.iter().enumerate().map(|(index, step)| Crumb { question: step.question, answer: step.answer, hash: hash(&path[..index]) }).collect()
    }
}

/// The deep link for a path of answer ids.
pub fn hash(path: &[&str]) -> String {
    path.iter().fold(HASH_PREFIX.to_string(), |link, id| format!("{link}/{id}"))
}

/// The answer ids of a deep link into the guide (`#guide/request/who`, with or without the `#`;
/// empty segments, as in a doubled or trailing slash, are skipped), or none when the hash is not
/// the guide's (`#404`).
pub fn parse_hash(hash: &str) -> Option<Vec<&str>> {
    let prefix = HASH_PREFIX.trim_start_matches('#');
    let rest = hash.strip_prefix('#').unwrap_or(hash).strip_prefix(prefix)?;
    if !rest.is_empty() && !rest.starts_with('/') {
        return None;
    }
    Some(rest.split('/').filter(|segment| !segment.is_empty()).collect())
}

/// Why a deep link cannot be followed to its end; the walk as far as the link made sense is kept,
/// so the view can carry on from there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BrokenLink {
    /// `segment` is not an answer to the question the link had reached (a renamed answer, a typo,
    /// a link cut or pasted badly).
    NotAnAnswer { reached: Walk, segment: String },
    /// The link goes on after the guide ended at a leaf; `extra` are the segments left over.
    PastTheEnd { reached: Walk, extra: Vec<String> },
}

impl BrokenLink {
    /// The walk as far as the link could be followed.
    pub fn reached(&self) -> &Walk {
        match self {
            BrokenLink::NotAnAnswer { reached, .. } | BrokenLink::PastTheEnd { reached, .. } => reached,
        }
    }
}

/// Words for the reader of a broken link: what went wrong, and that the guide carries on from
/// where the link still made sense.
impl fmt::Display for BrokenLink {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BrokenLink::NotAnAnswer { reached, segment } => {
                let prompt = reached.question().map_or("", |question| question.prompt);
                write!(formatter, "This link does not fit the guide: \u{201c}{segment}\u{201d} is not an answer to \u{201c}{prompt}\u{201d}, so the guide picks up at that question.")
            }
            BrokenLink::PastTheEnd { reached, extra } => {
                let title = reached.leaf().map_or_else(String::new, |leaf| leaf.entry().title());
                write!(formatter, "This link goes on past its answer, {title}: the rest of it (\u{201c}{}\u{201d}) is ignored.", extra.join("/"))
            }
        }
    }
}

/// Follows answer ids from the root, as a deep link does. A path that stops at a question is a
/// walk still under way, not an error: the view asks that question.
pub fn follow(path: &[&str]) -> Result<Walk, BrokenLink> {
    let mut walk = Walk::start();
    for (index, segment) in path.iter().enumerate() {
        let question = match walk.end {
            Node::Question(question) => question,
            Node::Leaf(_) => return Err(BrokenLink::PastTheEnd { reached: walk, extra: path[index..].iter().map(|segment| segment.to_string()).collect() }),
        };
        let Some(answer) = question.answer(segment) else {
            return Err(BrokenLink::NotAnAnswer { reached: walk, segment: segment.to_string() });
        };
        walk.steps.push(Step { question, answer });
        walk.end = answer.next();
    }
    Ok(walk)
}
