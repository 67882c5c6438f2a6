//! Finds the entry a person means from whatever they typed: a code, part of one, a pasted
//! status line, a name or former name, a symptom, a header, a vendor, with typos and in
//! British or American spelling. Pure Rust: no web dependencies.
//!
//! A query is parsed into an optional code part (`404`, `40`, `4xx`) and words. Each word is
//! matched against a sorted vocabulary of every word in the database (exactly, as a prefix,
//! or within a small edit distance), and the matches are scored per entry through postings.
//! Whole-query matches on a name, alias, keyword or header earn a bonus on top.

use crate::db::{self, Class, Entry};
use std::collections::HashMap;
use std::sync::OnceLock;

// Score weights. Bands are far apart so that a better kind of match always wins:
// code, then names (phrase, then aliases), then keywords, headers and vendors, then prose.

/// The query names this exact code ("404", "HTTP/1.1 404 Not Found").
const EXACT_CODE: u32 = 100_000;
/// The code fits a numeric prefix or class pattern ("40", "4xx", "40x").
const CODE_PATTERN: u32 = 50_000;
/// The whole query is the current phrase, ignoring case, spaces and punctuation.
const WHOLE_PHRASE: u32 = 30_000;
/// The whole query is a former or alternative name.
const WHOLE_ALIAS: u32 = 28_000;
/// The phrase starts with the whole query, as when someone is still typing it.
const PHRASE_PREFIX: u32 = 20_000;
/// An alias starts with the whole query.
const ALIAS_PREFIX: u32 = 18_000;
/// A vendor's own name for its code counts like a keyword, not like a registered name:
/// "redirect" means the 3xx codes before Exchange's 451 Redirect, "login" means 401 before
/// IIS's 440 Login Time-out.
const VENDOR_WHOLE_PHRASE: u32 = 5_000;
const VENDOR_PHRASE_PREFIX: u32 = 3_000;
/// The whole query is one of the entry's keywords ("rate limit").
const WHOLE_KEYWORD: u32 = 8_000;
/// The whole query is the entry's first related header, the one it is about ("Retry-After" for 429).
const PRIMARY_HEADER: u32 = 8_000;
/// The whole query is another of its related headers (202 also mentions Retry-After).
const SECONDARY_HEADER: u32 = 4_000;
/// The whole query names the entry's vendor ("cloudflare"): its own codes before the
/// registered codes that merely mention it.
const WHOLE_VENDOR: u32 = 9_000;
/// A keyword starts with the whole query ("rate lim").
const KEYWORD_PREFIX: u32 = 5_000;

/// Per-word scores by where the word matched and how: [exact, prefix, fuzzy].
/// Summed over the query's words, each word counting its best match in the entry.
const PHRASE_WORD: [u32; 3] = [3_000, 2_000, 1_500];
const ALIAS_WORD: [u32; 3] = [2_500, 1_700, 1_200];
const KEYWORD_WORD: [u32; 3] = [1_000, 700, 500];
const HEADER_WORD: [u32; 3] = [1_000, 700, 500];
const VENDOR_WORD: [u32; 3] = [1_000, 700, 500];
/// Summary, explanation and causes: weakest, and never fuzzy (too many near-misses in prose).
const TEXT_WORD: [u32; 3] = [100, 60, 0];

/// Typo tolerance: one edit for words of this length or more...
const FUZZY_ONE_EDIT_FROM: usize = 5;
/// ...and two edits from this length.
const FUZZY_TWO_EDITS_FROM: usize = 8;
/// Prefix matches only count from this many characters, so "a" does not match everything.
const PREFIX_FROM: usize = 2;

/// Words that carry no meaning in a status lookup ("error 502", "what does 410 mean").
/// They still score when they match, but an entry need not match them.
const FILLER_WORDS: &[&str] = &[
    "a", "an", "and", "code", "codes", "does", "err", "error", "for", "get", "got", "getting", "how", "http",
    "https", "i", "in", "is", "it", "me", "mean", "means", "meaning", "my", "of", "on", "or", "response",
    "return", "returned", "returns", "status", "the", "to", "what", "when", "why", "with",
];

/// British spellings and their American forms; both sides are folded to the American one.
const SPELLINGS: &[(&str, &str)] = &[
    ("behaviour", "behavior"),
    ("cancelled", "canceled"),
    ("cancelling", "canceling"),
    ("catalogue", "catalog"),
    ("centre", "center"),
    ("colour", "color"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("licence", "license"),
    ("programme", "program"),
];

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
    /// Registered with IANA.
    Standard,
    /// Vendor and unofficial codes.
    Vendor,
}

impl Filters {
    fn admit(&self, entry: &Entry) -> bool {
        self.class.is_none_or(|class| entry.class() == class)
            && match self.registry {
                Registry::All => true,
                Registry::Standard => entry.is_standard(),
                Registry::Vendor => !entry.is_standard(),
            }
    }
}

/// The code part of a query: an exact code, or digits with wildcards ("4xx", "40" as "40x").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodePart {
    Exact(u16),
    Pattern([Option<u8>; 3]),
}

impl CodePart {
    fn matches(self, code: u16) -> bool {
        match self {
            CodePart::Exact(exact) => code == exact,
            CodePart::Pattern(digits) => {
                let actual = [code / 100, code / 10 % 10, code % 10];
                digits.iter().zip(actual).all(|(want, got)| want.is_none_or(|want| u16::from(want) == got))
            }
        }
    }
}

/// A parsed query.
#[derive(Debug, PartialEq, Eq)]
pub struct Query {
    pub code: Option<CodePart>,
    /// Normalised words, filler words included.
    pub words: Vec<String>,
    /// The words run together, for whole-query matches that ignore spaces and hyphens.
    pub compact: String,
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let mut code = None;
        let mut words = Vec::new();
        for token in input.split_whitespace() {
            let lower = token.to_ascii_lowercase();
            // "HTTP/1.1", "HTTP/2": the protocol in a pasted status line.
            if lower.starts_with("http/") {
                continue;
            }
            if code.is_none() {
                if let Some(part) = parse_code(lower.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '*')) {
                    code = Some(part);
                    continue;
                }
            }
            words.extend(normalized_words(&lower));
        }
        let compact = words.concat();
        Query { code, words, compact }
    }

    fn is_empty(&self) -> bool {
        self.code.is_none() && self.words.is_empty()
    }
}

/// "404" → exact; "4", "40" → prefix; "4xx", "4XX", "4**", "40x" → pattern.
fn parse_code(token: &str) -> Option<CodePart> {
    let bytes = token.as_bytes();
    if bytes.is_empty() || bytes.len() > 3 || !bytes[0].is_ascii_digit() {
        return None;
    }
    let mut digits = [None; 3];
    for (slot, &byte) in digits.iter_mut().zip(bytes) {
        *slot = match byte {
            b'0'..=b'9' => Some(byte - b'0'),
            b'x' | b'*' => None,
            _ => return None,
        };
    }
    if !(1..=5).contains(&bytes[0].wrapping_sub(b'0')) {
        return None;
    }
    match digits {
        [Some(a), Some(b), Some(c)] if bytes.len() == 3 => {
            Some(CodePart::Exact(u16::from(a) * 100 + u16::from(b) * 10 + u16::from(c)))
        }
        _ => Some(CodePart::Pattern(digits)),
    }
}

/// Lowercase alphanumeric words with apostrophes dropped ("I'm" → "im") and British
/// spellings folded to American ones.
fn normalized_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| word_char(c).is_none() && c != '\'' && c != '\u{2019}')
        .map(|word| word.chars().filter_map(word_char).collect::<String>())
        .filter(|word| !word.is_empty())
        .map(|word| american(&word))
}

/// A letter or digit of a word, lowercased. The data is English, so words are ASCII plus the
/// Latin-1 letters of borrowed words ("café"); anything else separates words. Handling only
/// these keeps Unicode's case and alphabet tables (about 9 KB gzip) out of the bundle.
fn word_char(c: char) -> Option<char> {
    match c {
        'a'..='z' | '0'..='9' | 'ß'..='ÿ' if c != '÷' => Some(c),
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32),
        _ => None,
    }
}

fn american(word: &str) -> String {
    if let Some((_, american)) = SPELLINGS.iter().find(|(british, _)| *british == word) {
        return (*american).to_string();
    }
    // -ise/-isation → -ize/-ization: "unauthorised", "authorisation", "recognise".
    for (british, american) in [("isation", "ization"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("ise", "ize")] {
        if let Some(stem) = word.strip_suffix(british) {
            if stem.len() >= 3 {
                return format!("{stem}{american}");
            }
        }
    }
    word.to_string()
}

fn compact(text: &str) -> String {
    normalized_words(text).collect()
}

/// Where in an entry a word was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Phrase,
    Alias,
    Keyword,
    Header,
    Vendor,
    Text,
}

impl Field {
    fn weights(self) -> [u32; 3] {
        match self {
            Field::Phrase => PHRASE_WORD,
            Field::Alias => ALIAS_WORD,
            Field::Keyword => KEYWORD_WORD,
            Field::Header => HEADER_WORD,
            Field::Vendor => VENDOR_WORD,
            Field::Text => TEXT_WORD,
        }
    }
}

/// How a query word matched a vocabulary word: indexes the weight arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Match {
    Exact = 0,
    Prefix = 1,
    Fuzzy = 2,
}

/// Everything the search precomputes once from the static database.
struct Index {
    /// Every distinct normalised word, sorted, so prefix matches form one range.
    vocabulary: Vec<String>,
    /// Per vocabulary word: (entry index, field) pairs, one per field it appears in.
    postings: Vec<Vec<(usize, Field)>>,
    /// Vocabulary positions of words from name-like fields (fuzzy matching applies to them),
    /// grouped by first letter: a typo rarely changes the first letter.
    fuzzy_candidates: HashMap<char, Vec<usize>>,
    /// Per entry: compact forms of the phrase, aliases, keywords, headers and vendor.
    names: Vec<Names>,
    /// Every compact name with its entry, sorted: the entries a whole query can match are
    /// one prefix range, so most entries skip the whole-query comparisons.
    sorted_names: Vec<(String, usize)>,
}

struct Names {
    phrase: String,
    aliases: Vec<String>,
    keywords: Vec<String>,
    headers: Vec<String>,
    vendor: Option<String>,
}

/// Builds the search index now rather than on the first keystroke, and runs each kind of
/// query once so that the browser has compiled the code they need before anyone types.
/// Every browser view on a page asks; the work is done for the first.
pub fn prepare() {
    static PREPARED: std::sync::Once = std::sync::Once::new();
    PREPARED.call_once(|| {
        const ONE_OF_EACH_KIND: [&str; 4] = ["4xx", "not found", "forbiden", "HTTP/1.1 503"];
        for query in ONE_OF_EACH_KIND {
            search(query, &Filters::default());
        }
        suggestions("zzz", 1);
    });
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| build_index(db::entries()))
}

fn build_index(entries: &[Entry]) -> Index {
    let mut word_fields: HashMap<String, Vec<(usize, Field)>> = HashMap::new();
    for (position, entry) in entries.iter().enumerate() {
        let prose = [entry.summary, entry.explanation, entry.when_to_send, entry.client_action];
        // A vendor's names weigh like keywords (see VENDOR_WHOLE_PHRASE).
        let (phrase_field, alias_field) = if entry.is_standard() { (Field::Phrase, Field::Alias) } else { (Field::Keyword, Field::Keyword) };
        let fields = [
            (phrase_field, vec![entry.phrase]),
            (alias_field, entry.aliases.to_vec()),
            (Field::Keyword, entry.keywords.to_vec()),
            (Field::Header, entry.headers.to_vec()),
            (Field::Vendor, entry.vendor.into_iter().collect()),
            (Field::Text, prose.into_iter().chain(entry.causes.iter().copied()).collect()),
        ];
        for (field, texts) in fields {
            for text in texts {
                for word in normalized_words(text) {
                    let postings = word_fields.entry(word).or_default();
                    if !postings.contains(&(position, field)) {
                        postings.push((position, field));
                    }
                }
            }
        }
    }
    let mut vocabulary: Vec<String> = word_fields.keys().cloned().collect();
    vocabulary.sort();
    let postings: Vec<Vec<(usize, Field)>> =
        vocabulary.iter().map(|word| word_fields.remove(word).unwrap_or_default()).collect();
    let mut fuzzy_candidates: HashMap<char, Vec<usize>> = HashMap::new();
    for (position, word) in vocabulary.iter().enumerate() {
        if postings[position].iter().any(|(_, field)| *field != Field::Text) {
            fuzzy_candidates.entry(word.chars().next().unwrap_or_default()).or_default().push(position);
        }
    }
    let names: Vec<Names> = entries
        .iter()
        .map(|entry| Names {
            phrase: compact(entry.phrase),
            aliases: entry.aliases.iter().map(|alias| compact(alias)).collect(),
            keywords: entry.keywords.iter().map(|keyword| compact(keyword)).collect(),
            headers: entry.headers.iter().map(|header| compact(header)).collect(),
            vendor: entry.vendor.map(compact),
        })
        .collect();
    let mut sorted_names: Vec<(String, usize)> = names
        .iter()
        .enumerate()
        .flat_map(|(position, names): (usize, &Names)| {
            let all = std::iter::once(&names.phrase).chain(&names.aliases).chain(&names.keywords).chain(&names.headers).chain(&names.vendor);
            all.map(move |name| (name.clone(), position))
        })
        .collect();
    sorted_names.sort();
    Index { vocabulary, postings, fuzzy_candidates, names, sorted_names }
}

impl Index {
    /// Which entries have a name equal to, or starting with, the compact query.
    fn entries_named(&self, compact: &str, count: usize) -> Vec<bool> {
        let mut named = vec![false; count];
        if !compact.is_empty() {
            let start = self.sorted_names.partition_point(|(name, _)| name.as_str() < compact);
            for (_, position) in self.sorted_names[start..].iter().take_while(|(name, _)| name.starts_with(compact)) {
                named[*position] = true;
            }
        }
        named
    }

    /// Vocabulary words matching one query word, with how they matched.
    fn matches(&self, word: &str) -> Vec<(usize, Match)> {
        let mut found = Vec::new();
        let start = self.vocabulary.partition_point(|candidate| candidate.as_str() < word);
        if word.chars().count() >= PREFIX_FROM {
            for (offset, candidate) in self.vocabulary[start..].iter().enumerate() {
                if !candidate.starts_with(word) {
                    break;
                }
                let kind = if candidate == word { Match::Exact } else { Match::Prefix };
                found.push((start + offset, kind));
            }
        } else if self.vocabulary.get(start).is_some_and(|candidate| candidate == word) {
            found.push((start, Match::Exact));
        }
        let allowed = allowed_edits(word);
        if allowed > 0 {
            // Candidates sharing the first letter, or the second (for a swap of the first two).
            // The groups are disjoint, and the same group when the first two letters are.
            let mut letters = word.chars();
            let first = letters.next();
            let second = letters.next().filter(|second| Some(*second) != first);
            let candidates = [first, second]
                .into_iter()
                .flatten()
                .filter_map(|letter| self.fuzzy_candidates.get(&letter))
                .flatten()
                .copied();
            for position in candidates {
                let candidate = &self.vocabulary[position];
                if !candidate.starts_with(word)
                    && plausible_typo(word, candidate, allowed)
                    && within_edits(word, candidate, allowed)
                {
                    found.push((position, Match::Fuzzy));
                }
            }
        }
        found
    }
}

fn allowed_edits(word: &str) -> usize {
    match word.chars().count() {
        length if length >= FUZZY_TWO_EDITS_FROM => 2,
        length if length >= FUZZY_ONE_EDIT_FROM => 1,
        _ => 0,
    }
}

/// A cheap filter before the edit distance: typos rarely touch the first letter, and a word
/// of very different length is not a typo of this one.
fn plausible_typo(word: &str, candidate: &str, allowed: usize) -> bool {
    let (mut word_letters, mut candidate_letters) = (word.chars(), candidate.chars());
    let (a0, a1) = (word_letters.next(), word_letters.next());
    let (b0, b1) = (candidate_letters.next(), candidate_letters.next());
    (a0 == b0 || (a0 == b1 && a1 == b0)) && word.chars().count().abs_diff(candidate.chars().count()) <= allowed
}

/// Longest word typo tolerance applies to; longer ones only match exactly or by prefix.
const FUZZY_MAX_LENGTH: usize = 32;

/// Whether `a` and `b` are within `limit` edits, counting insertions, deletions, substitutions
/// and swaps of neighbouring letters (optimal string alignment). Works on three rolling rows
/// on the stack and stops as soon as a whole row exceeds the limit.
fn within_edits(a: &str, b: &str, limit: usize) -> bool {
    fn letters(word: &str) -> Option<([char; FUZZY_MAX_LENGTH], usize)> {
        let mut buffer = ['\0'; FUZZY_MAX_LENGTH];
        let mut length = 0;
        for letter in word.chars() {
            *buffer.get_mut(length)? = letter;
            length += 1;
        }
        Some((buffer, length))
    }
    let (Some((a, a_length)), Some((b, b_length))) = (letters(a), letters(b)) else { return false };
    let (a, b) = (&a[..a_length], &b[..b_length]);
    if a.len().abs_diff(b.len()) > limit {
        return false;
    }
    let mut before_previous = [0usize; FUZZY_MAX_LENGTH + 1];
    let mut previous: [usize; FUZZY_MAX_LENGTH + 1] = std::array::from_fn(|column| column);
    let mut current = [0usize; FUZZY_MAX_LENGTH + 1];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_minimum = current[0];
        for j in 1..=b.len() {
            let substitution = usize::from(a[i - 1] != b[j - 1]);
            let mut cost = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cost = cost.min(before_previous[j - 2] + 1);
            }
            current[j] = cost;
            row_minimum = row_minimum.min(cost);
        }
        if row_minimum > limit {
            return false;
        }
        before_previous = previous;
        previous = current;
    }
    previous[b.len()] <= limit
}

/// Whole-query bonus: the query is, or begins, one of the entry's names. The best match in
/// each kind of name counts, and the kinds add up: 304 is both about the `ETag` header and
/// has "etag" as a keyword, so it outranks 204, which merely mentions the header.
fn whole_query_score(query: &str, names: &Names) -> u32 {
    if query.is_empty() {
        return 0;
    }
    let typed_enough = query.len() >= 3;
    let (whole_phrase, whole_alias, phrase_prefix, alias_prefix) = if names.vendor.is_some() {
        (VENDOR_WHOLE_PHRASE, VENDOR_WHOLE_PHRASE, VENDOR_PHRASE_PREFIX, VENDOR_PHRASE_PREFIX)
    } else {
        (WHOLE_PHRASE, WHOLE_ALIAS, PHRASE_PREFIX, ALIAS_PREFIX)
    };
    let best_of = |names: &[String], whole: u32, prefix: u32| {
        names
            .iter()
            .map(|name| match name {
                name if name == query => whole,
                name if typed_enough && name.starts_with(query) => prefix,
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    };
    let name = best_of(std::slice::from_ref(&names.phrase), whole_phrase, phrase_prefix)
        .max(best_of(&names.aliases, whole_alias, alias_prefix));
    let keyword = best_of(&names.keywords, WHOLE_KEYWORD, KEYWORD_PREFIX);
    let header = match names.headers.iter().position(|header| header == query) {
        Some(0) => PRIMARY_HEADER,
        Some(_) => SECONDARY_HEADER,
        None => 0,
    };
    let vendor = if names.vendor.as_deref() == Some(query) { WHOLE_VENDOR } else { 0 };
    name + keyword + header + vendor
}

/// An entry and how well it matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub entry: &'static Entry,
    pub score: u32,
}

/// Every entry that matches, best first. An empty query returns every entry in code order.
pub fn search(input: &str, filters: &Filters) -> Vec<Hit> {
    let query = Query::parse(input);
    let entries = db::entries();
    if query.is_empty() {
        return entries.iter().filter(|entry| filters.admit(entry)).map(|entry| Hit { entry, score: 0 }).collect();
    }
    let index = index();

    // An entry must match every meaningful word; filler words only add to the score.
    let mut required: Vec<bool> = query.words.iter().map(|word| !FILLER_WORDS.contains(&word.as_str())).collect();
    if !required.contains(&true) && query.code.is_none() {
        required.fill(true);
    }

    // best[entry][word]: the best score each query word earned in each entry.
    let word_count = query.words.len();
    let mut best = vec![0u32; entries.len() * word_count];
    for (word_position, word) in query.words.iter().enumerate() {
        for (vocabulary_position, kind) in index.matches(word) {
            for &(entry_position, field) in &index.postings[vocabulary_position] {
                let score = field.weights()[kind as usize];
                let slot = &mut best[entry_position * word_count + word_position];
                *slot = (*slot).max(score);
            }
        }
    }

    let named = index.entries_named(&query.compact, entries.len());
    let mut hits: Vec<Hit> = entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| filters.admit(entry))
        .filter_map(|(position, entry)| {
            let word_scores = &best[position * word_count..(position + 1) * word_count];
            let code_score = match query.code {
                Some(part) if part.matches(entry.code) => match part {
                    CodePart::Exact(_) => EXACT_CODE,
                    CodePart::Pattern(_) => CODE_PATTERN,
                },
                Some(_) => return None,
                None => 0,
            };
            let words_ok = word_scores.iter().zip(&required).all(|(score, required)| *score > 0 || !required);
            let whole_score = if named[position] { whole_query_score(&query.compact, &index.names[position]) } else { 0 };
            // With a code, the words only order the entries with that code ("499 nginx");
            // a whole-name match needs no word match ("notfound").
            if !words_ok && code_score == 0 && whole_score == 0 {
                return None;
            }
            let score = code_score + whole_score + word_scores.iter().sum::<u32>();
            (score > 0).then_some(Hit { entry, score })
        })
        .collect();
    // Ties: standard before vendor, then by code; the sort is stable, so entries with the same
    // code keep the database's order (the primary vendor meaning first).
    hits.sort_by(|a, b| {
        b.score.cmp(&a.score).then(b.entry.is_standard().cmp(&a.entry.is_standard())).then(a.entry.code.cmp(&b.entry.code))
    });
    hits
}

/// Close matches for a query that found nothing: entries whose names are nearest to the
/// query's words by edit distance (up to three edits), best first.
pub fn suggestions(input: &str, limit: usize) -> Vec<&'static Entry> {
    const MAX_EDITS: usize = 3;
    let query = Query::parse(input);
    let index = index();
    let mut distances: Vec<(usize, usize)> = Vec::new();
    for word in query.words.iter().filter(|word| word.len() >= 3 && !FILLER_WORDS.contains(&word.as_str())) {
        for &position in index.fuzzy_candidates.values().flatten() {
            let candidate = &index.vocabulary[position];
            if let Some(distance) = (1..=MAX_EDITS).find(|&limit| within_edits(word, candidate, limit)) {
                for &(entry_position, field) in &index.postings[position] {
                    if field != Field::Text {
                        distances.push((distance, entry_position));
                    }
                }
            }
        }
    }
    distances.sort();
    let mut seen = Vec::new();
    for (_, entry_position) in distances {
        if !seen.contains(&entry_position) {
            seen.push(entry_position);
        }
    }
    seen.into_iter().take(limit).map(|position| &db::entries()[position]).collect()
}
