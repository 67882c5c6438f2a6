//! The guide as built from data/guide.toml: every path ends at a leaf, every code a web API or site
//! sends on purpose is reachable, and deep links are followed, or refused kindly.

use http_status_data::{self as db, Kind, Status};
use http_status_guide::{self as guide, BrokenLink, Node, Walk};
use std::collections::BTreeMap;

/// Permanent registrations from 200 to 599 that the guide leads to on purpose nowhere. Everything
/// else outside it is so by definition: 1xx are interim responses the HTTP stack sends, not an
/// answer one picks; 306 and 418 are reserved as unused, 510 is obsoleted and 104 expired.
const NOT_IN_THE_GUIDE: &[(u16, &str)] = &[
    (208, "Already Reported is written only inside a 207 Multi-Status body (RFC 5842, section 7.1), never as a response's status: the 207 leaf says when to use it there."),
    (305, "Use Proxy is deprecated (RFC 9110, section 15.4.6): clients ignore it, as a response must not choose a client's proxy."),
    (506, "Variant Also Negotiates reports a misconfigured transparent content negotiation (RFC 2295, experimental), which only Apache's mod_negotiation implements and sends on its own; a server author's misconfiguration is a 500."),
];

/// Every walk from the root to a leaf, through the public API as the view takes it: each answer's
/// link followed as a deep link would be.
fn every_path() -> Vec<Walk> {
    fn explore(walk: Walk, found: &mut Vec<Walk>) {
        assert!(walk.steps.len() <= 8, "a path this long means the tree loops: {}", walk.hash());
        match walk.end {
            Node::Leaf(_) => found.push(walk),
            Node::Question(question) => {
                for answer in question.answers {
                    let path: Vec<&str> = walk.path().into_iter().chain([answer.id]).collect();
                    let next = guide::follow(&path).unwrap_or_else(|error| panic!("{}: {error}", guide::hash(&path)));
                    assert_eq!(next.end, answer.next(), "{}", next.hash());
                    explore(next, found);
                }
            }
        }
    }
    let mut found = Vec::new();
    explore(Walk::start(), &mut found);
    found
}

#[test]
fn every_path_from_the_root_ends_at_a_leaf_and_the_guide_reaches_every_code_sent_on_purpose() {
    let paths = every_path();
    let mut reached: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    for walk in &paths {
        let leaf = walk.leaf().expect("every_path only returns walks ended at a leaf");
        reached.entry(leaf.entry().code).or_default().push(walk.hash());
    }
    println!("{} paths reach {} codes:", paths.len(), reached.len());
    for (code, hashes) in &reached {
        println!("  {code} {}: {}", db::lookup(*code).map_or("", |entry| entry.phrase), hashes.join(", "));
    }
    let sent_on_purpose: Vec<u16> = db::entries()
        .iter()
        .filter(|entry| entry.kind == Kind::Status && entry.is_registered() && entry.status == Status::Permanent && (200..600).contains(&entry.code))
        .map(|entry| entry.code)
        .filter(|code| !NOT_IN_THE_GUIDE.iter().any(|(excluded, _)| excluded == code))
        .collect();
    let missing: Vec<String> =
        sent_on_purpose.iter().filter(|code| !reached.contains_key(code)).map(|code| format!("{code} {}", db::lookup(*code).unwrap().phrase)).collect();
    assert!(
        missing.is_empty(),
        "no path of the guide reaches {}: add a question or answer leading there, or justify it in NOT_IN_THE_GUIDE",
        missing.join(", ")
    );
    for (code, reason) in NOT_IN_THE_GUIDE {
        let entry = db::lookup(*code).unwrap_or_else(|| panic!("{code} is in NOT_IN_THE_GUIDE but not in the database"));
        assert_eq!(entry.status, Status::Permanent, "{code} is not a permanent registration: it needs no exclusion ({reason})");
        assert!(!reached.contains_key(code), "{code} is reached by {:?}: take it out of NOT_IN_THE_GUIDE", reached[code]);
    }
}

#[test]
fn the_guide_asks_a_few_questions_at_a_time() {
    let paths = every_path();
    let deepest = paths.iter().map(|walk| walk.steps.len()).max().unwrap();
    // Six at most: a resource that is missing because it moved goes on into the redirect questions.
    assert!(deepest <= 6, "{deepest} questions before an answer is too many");
    for question in guide::questions() {
        assert!((2..=7).contains(&question.answers.len()), "question {} has {} answers", question.id, question.answers.len());
    }
}

#[test]
fn every_leaf_shows_its_entrys_status_line_and_every_leaf_is_reached() {
    let paths = every_path();
    for leaf in guide::leaves() {
        let status_line = leaf.example.lines().next().unwrap();
        assert_eq!(status_line, leaf.entry().status_line(), "leaf {}: the example's reason phrase is not the database's", leaf.id);
        assert!(paths.iter().any(|walk| walk.leaf() == Some(leaf)), "leaf {} is never reached", leaf.id);
    }
}

#[test]
fn common_mistakes_are_noted_where_they_are_made() {
    let notes_of = |id: &str| guide::question(id).unwrap_or_else(|| panic!("question {id}")).notes.join(" ");
    assert!(notes_of("class").contains("200"), "an error in a 200 body, at the first question");
    assert!(notes_of("reveal").contains("403") && notes_of("reveal").contains("404"), "403 or 404 to hide a resource");
    assert!(notes_of("sent").contains("400") && notes_of("sent").contains("422"), "400 or 422");
    assert!(notes_of("auth").contains("401") && notes_of("auth").contains("403"), "401 or 403");
    let hidden = guide::follow(&["request", "who", "denied", "no"]).unwrap().leaf().unwrap();
    assert_eq!((hidden.id, hidden.entry().code), ("404-hidden", 404));
    assert!(!hidden.notes.is_empty());
}

#[test]
fn a_deep_link_is_followed_to_its_leaf_with_a_breadcrumb_back_to_each_question() {
    let walk = guide::follow(&["request", "who", "unknown"]).unwrap();
    let leaf = walk.leaf().unwrap();
    assert_eq!(leaf.entry().id, "401");
    assert!(leaf.headers.iter().any(|header| header.name == "WWW-Authenticate"));
    assert_eq!(walk.hash(), "#guide/request/who/unknown");
    assert_eq!(walk.path(), ["request", "who", "unknown"]);
    let crumbs: Vec<(&str, &str, String)> = walk.breadcrumb().into_iter().map(|crumb| (crumb.question.id, crumb.answer.id, crumb.hash)).collect();
    assert_eq!(
        crumbs,
        [("class", "request", "#guide".to_string()), ("request", "who", "#guide/request".to_string()), ("auth", "unknown", "#guide/request/who".to_string())]
    );
    assert_eq!(guide::follow(&[]).unwrap(), Walk::start());
    assert_eq!(Walk::start().question(), Some(guide::root()));
    assert_eq!(guide::root().id, "class");
}

#[test]
fn a_link_that_stops_at_a_question_is_a_walk_under_way() {
    let walk = guide::follow(&["request", "who"]).unwrap();
    let question = walk.question().unwrap();
    assert_eq!(question.id, "auth");
    assert_eq!(walk.leaf(), None);
    let unknown = question.answer("unknown").unwrap();
    assert_eq!(walk.hash_with(unknown), "#guide/request/who/unknown");
    assert!(matches!(unknown.next(), Node::Leaf(leaf) if leaf.entry == "401"));
    assert_eq!(guide::question("auth"), Some(question));
    assert_eq!(guide::question("nope"), None);
}

#[test]
fn a_broken_link_keeps_the_walk_as_far_as_it_went_and_says_so_kindly() {
    let error = guide::follow(&["request", "whom", "unknown"]).unwrap_err();
    assert_eq!(error, BrokenLink::NotAnAnswer { reached: guide::follow(&["request"]).unwrap(), segment: "whom".into() });
    assert_eq!(error.reached().question().unwrap().id, "request");
    assert_eq!(
        error.to_string(),
        "This link does not fit the guide: \u{201c}whom\u{201d} is not an answer to \u{201c}What is wrong with the request?\u{201d}, so the guide picks up at that question."
    );
    let error = guide::follow(&["request", "who", "unknown", "more", "still"]).unwrap_err();
    assert_eq!(error, BrokenLink::PastTheEnd { reached: guide::follow(&["request", "who", "unknown"]).unwrap(), extra: vec!["more".into(), "still".into()] });
    assert_eq!(error.to_string(), "This link goes on past its answer, 401 Unauthorized: the rest of it (\u{201c}more/still\u{201d}) is ignored.");
}

#[test]
fn hashes_are_read_as_answer_ids() {
    assert_eq!(guide::parse_hash("#guide"), Some(vec![]));
    assert_eq!(guide::parse_hash("#guide/"), Some(vec![]));
    assert_eq!(guide::parse_hash("#guide/request/who"), Some(vec!["request", "who"]));
    assert_eq!(guide::parse_hash("guide/request"), Some(vec!["request"]), "a hash without its #");
    assert_eq!(guide::parse_hash("#guide//request/"), Some(vec!["request"]));
    assert_eq!(guide::parse_hash("#404"), None);
    assert_eq!(guide::parse_hash("#guidebook"), None);
    assert_eq!(guide::parse_hash(""), None);
    assert_eq!(guide::hash(&["ok", "created"]), "#guide/ok/created");
}
