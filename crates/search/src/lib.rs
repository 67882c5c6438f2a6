//! Finds the entry a person means from whatever they typed: a code, part of one, a pasted
//! status line, a name or former name, a symptom, a header, a vendor, with typos and in
//! British or American spelling. Pure Rust: no web dependencies.
//!
//! A query is parsed into an optional code part (`404`, `40`, `4xx`) and words (`query`,
//! `normalize`). Each word is matched against a sorted vocabulary of every word in the database
//! (`index`): exactly, as a prefix, or within a small edit distance (`distance`), and the
//! matches are scored per entry through postings. Whole-query matches on a name, alias,
//! keyword or header earn a bonus on top (`score`).
//!
//! Depends on the data crate only. Must not depend on the guide, the reader, the views or anything
//! from the web.

mod distance;
mod evidence;
mod index;
mod log_formats;
mod named_index;
mod names;
mod normalize;
mod pasted_lines;
mod query;
mod score;

use distance::distance_within;
pub use pasted_lines::{as_one_line, LINE_BREAK};

use evidence::Evidence;
use http_status_data::{self as db, Class, Entry, Kind};
use index::index;
use log_formats::{FieldReading, LineContext};
use normalize::is_filler;
use query::{CodePart, Query};
use score::{Field, Weights};

/// Which entries a search may return.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub class: Option<Class>,
    pub registry: Registry,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Registry {
    #[default]
    All,
    /// Registered with IANA, in any state.
    Registered,
    /// Everything a vendor defines: its status codes, sub-statuses and errors.
    Vendor,
}

impl Filters {
    fn admit(self, entry: &Entry) -> bool {
        self.class.is_none_or(|class| entry.class() == Some(class))
            && match self.registry {
                Registry::All => true,
                Registry::Registered => entry.is_registered(),
                Registry::Vendor => !entry.is_registered(),
            }
    }
}

/// An entry and how well it matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub entry: &'static Entry,
    pub score: u32,
}

/// Every entry that matches, best first. An empty query returns every entry in code order,
/// with what is not HTTP (fetch's 0, curl's 000) after 599: a reader browsing starts at 100.
///
/// A line in a log format we know is read by field (`log_formats`): its status and labels come
/// from their own fields. Such a line, and a query that names a record by label or contains one
/// of its signatures, is read as a pasted line: every word only adds to the score, a code in the
/// text only hints, and only the entries the line supports are listed (`Evidence::supported`). A
/// long query that finds nothing word for word is read the same way. Several lines are read one
/// by one (`pasted_lines`).
///
/// ```
/// use http_status_search::{search, Filters};
/// let hits = search("too many requests", &Filters::default());
/// assert_eq!(hits[0].entry.code, 429);
/// assert_eq!(search("5xx", &Filters::default())[0].entry.code, 500);
/// ```
pub fn search(input: &str, filters: &Filters) -> Vec<Hit> {
    match pasted_lines::lines(input) {
        Some(lines) => pasted_lines::search(&lines, filters),
        None => search_line(input, LineContext::default().read(input).as_ref(), false, filters).hits,
    }
}

/// What one line found, and whether it names something outright: a code, a record's label or
/// signature, a registered name.
struct LineHits {
    hits: Vec<Hit>,
    names_something: bool,
}

/// One line, with what its format's fields say if it has a known format; `pasted` when it is one
/// of several lines pasted together, which are never typed.
fn search_line(input: &str, reading: Option<&FieldReading>, pasted: bool, filters: &Filters) -> LineHits {
    let query = Query::read(input, reading);
    let entries = db::entries();
    if query.is_empty() {
        let (http, not_http): (Vec<Hit>, Vec<Hit>) =
            entries.iter().filter(|entry| filters.admit(entry)).map(|entry| Hit { entry, score: 0 }).partition(|hit| hit.entry.kind != Kind::NotHttp);
        return LineHits { hits: http.into_iter().chain(not_http).collect(), names_something: false };
    }
    let named_by = Evidence::of(&query);
    let names_something = named_by.names_something(&query);
    let log_line = pasted || reading.is_some() || named_by.names_a_record();
    let mut hits = ranked(&query, filters, &named_by, log_line);
    if log_line {
        // Only what the line supports is sorted.
        let mut supported = named_by.supported(&query, hits);
        best_first(&mut supported);
        return LineHits { hits: supported, names_something };
    }
    best_first(&mut hits);
    // Read as a log line after all when a long query finds nothing word for word, or when it
    // quotes a name amid other words and the best match is not what it names
    // ("{"message": "Internal server error"}"; but "heroku request timeout" is Heroku's H12).
    let meaningful_words = query.words.iter().filter(|word| !is_filler(word)).count();
    let best_is_quoted =
        hits.first().is_some_and(|best| entries.iter().zip(&named_by.phrased).any(|(entry, &quoted)| quoted && std::ptr::eq(entry, best.entry)));
    if (hits.is_empty() && meaningful_words >= 3) || (named_by.quotes_a_phrase_amid_words && !best_is_quoted) {
        let mut supported = named_by.supported(&query, ranked(&query, filters, &named_by, true));
        best_first(&mut supported);
        return LineHits { hits: supported, names_something };
    }
    LineHits { hits, names_something }
}

/// The records a text names outright by label or signature, other than status codes: the
/// vendor errors and sub-statuses in a pasted error page or log line (`no healthy upstream`
/// names Envoy's UH, `Error 1020` Cloudflare's 1020), in code order.
///
/// ```
/// use http_status_search::records_named_in;
/// let named: Vec<&str> = records_named_in("upstream connect error or disconnect/reset before headers").iter().map(|entry| entry.id).collect();
/// assert_eq!(named, ["upstream-connect-error-envoy"]);
/// ```
pub fn records_named_in(text: &str) -> Vec<&'static Entry> {
    let query = Query::parse(text);
    if query.is_empty() {
        return Vec::new();
    }
    let named_by = Evidence::of(&query);
    db::entries().iter().enumerate().filter(|(position, entry)| entry.kind != Kind::Status && named_by.names(*position)).map(|(_, entry)| entry).collect()
}

/// Every entry the query matches with its score, in no order.
fn ranked(query: &Query, filters: &Filters, named_by: &Evidence, log_line: bool) -> Vec<Hit> {
    let weights = &Weights::DEFAULT;
    let entries = db::entries();
    let index = index();

    // An entry must match every meaningful word (not in a log line); filler words only add to the score.
    let mut required: Vec<bool> = query.words.iter().map(|word| !log_line && !is_filler(word)).collect();
    if !log_line && !required.contains(&true) && query.code.is_none() {
        required.fill(true);
    }

    // Per entry, the sum of the best score each query word earned in it and how many required
    // words it matched. One word at a time: `word_best` holds what the current word earned in
    // each entry (an entry may match it through several vocabulary words and fields), and only
    // the entries it touched are reset for the next word, so a pasted line of fifty words does
    // not clear fifty rows of every entry.
    let required_count = required.iter().filter(|required| **required).count();
    let mut word_best = vec![0u32; entries.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut word_totals = vec![0u32; entries.len()];
    let mut required_matched = vec![0usize; entries.len()];
    for (word_position, word) in query.words.iter().enumerate() {
        // In a line, filler ("the", "error", "status") is everywhere and tells nothing apart.
        if log_line && is_filler(word) {
            continue;
        }
        // A log line is pasted, not typed: its words are spelt as the software wrote them, and
        // looking for near misses of each of its dozens of words costs most of the search.
        for (vocabulary_position, kind) in index.matches(word, !log_line) {
            // In a log line, a word many codes have in their names weighs like a keyword.
            let common = log_line && index.common_in_names[vocabulary_position];
            for &(entry_position, field) in &index.postings[vocabulary_position] {
                let field = if common && matches!(field, Field::Phrase | Field::Alias) { Field::Term } else { field };
                let score = weights.word(field).of(kind);
                let slot = &mut word_best[entry_position];
                if score > *slot {
                    if *slot == 0 {
                        touched.push(entry_position);
                        if required[word_position] {
                            required_matched[entry_position] += 1;
                        }
                    }
                    word_totals[entry_position] += score - *slot;
                    *slot = score;
                }
            }
        }
        for position in touched.drain(..) {
            word_best[position] = 0;
        }
    }

    let named = index.entries_named(&query.compact, entries.len());
    let hits: Vec<Hit> = entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| filters.admit(entry))
        .filter_map(|(position, entry)| {
            // A sub-status or vendor error rides on its code, and nginx's 494 reaches clients as 400.
            let rides = entry.kind != Kind::Status || entry.sent_as.is_some();
            let code_score = match query.code {
                Some(part) if part.matches(entry.code) || entry.sent_as.is_some_and(|sent| part.matches(sent)) => match (part, log_line, rides) {
                    // In a line, what rides on the code earns its place by its label or signature.
                    (CodePart::Exact(_), true, false) => weights.code_hint,
                    (CodePart::Exact(_), true, true) => 0,
                    (CodePart::Pattern(_), true, _) => 0,
                    (CodePart::Exact(_), false, false) => weights.exact_code,
                    (CodePart::Exact(_), false, true) => weights.rider_exact_code,
                    (CodePart::Pattern(_), false, false) => weights.code_pattern,
                    (CodePart::Pattern(_), false, true) => weights.rider_code_pattern,
                },
                Some(_) if !log_line => return None,
                _ => 0,
            };
            let named_score = if named_by.labelled[position] { weights.label } else { 0 }
                + if named_by.signed[position] { weights.signature } else { 0 }
                + if log_line && named_by.phrased[position] && entry.is_registered() { weights.phrase_in_line } else { 0 };
            let words_ok = required_matched[position] == required_count;
            let whole_score = if named[position] { weights.whole_query(&query.compact, &index.names[position]) } else { 0 };
            // With a code, the words only order the entries with that code ("499 nginx");
            // a whole-name match needs no word match ("notfound").
            if !words_ok && code_score == 0 && whole_score == 0 && named_score == 0 {
                return None;
            }
            let score = code_score + named_score + whole_score + word_totals[position];
            (score > 0).then_some(Hit { entry, score })
        })
        .collect();
    hits
}

/// Sorts hits best first: higher scores, then on ties status codes before what rides on them,
/// standard before vendor, then by code, then in the database's order (the primary vendor
/// meaning first).
fn best_first(hits: &mut [Hit]) {
    hits.sort_unstable_by_key(|hit| (std::cmp::Reverse(hit.score), hit.entry.kind, !hit.entry.is_registered(), hit.entry.code, hit.entry.index));
}

/// Close matches for a query that found nothing: entries whose names are nearest to the
/// query's words by edit distance (up to three edits), best first.
pub fn suggestions(input: &str, limit: usize) -> Vec<&'static Entry> {
    const MAX_EDITS: usize = 3;
    /// Distinct words looked at: each is compared with the whole vocabulary, and a pasted log
    /// of thousands of words must not freeze the page.
    const MAX_WORDS: usize = 10;
    let query = Query::parse(input);
    let index = index();
    let mut words: Vec<&String> = Vec::new();
    for word in query.words.iter().filter(|word| word.len() >= 3 && !is_filler(word)) {
        if words.len() < MAX_WORDS && !words.contains(&word) {
            words.push(word);
        }
    }
    let mut distances: Vec<(usize, usize)> = Vec::new();
    for word in words {
        for &position in index.fuzzy_candidates.values().flatten() {
            if let Some(distance) = distance_within(word, &index.vocabulary[position], MAX_EDITS) {
                for &(entry_position, field) in &index.postings[position] {
                    if field != Field::Text {
                        distances.push((distance, entry_position));
                    }
                }
            }
        }
    }
    // Equally close: status codes before what rides on them, standard before vendor ("gtwaey" is
    // 502 Bad Gateway before API Gateway's records).
    let entries = db::entries();
    distances.sort_by_key(|&(distance, position)| (distance, entries[position].kind, !entries[position].is_registered(), position));
    let mut seen = Vec::new();
    for (_, entry_position) in distances {
        if !seen.contains(&entry_position) {
            seen.push(entry_position);
        }
    }
    seen.into_iter().take(limit).map(|position| &db::entries()[position]).collect()
}
