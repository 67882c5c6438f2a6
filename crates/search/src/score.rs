//! Score weights, in one named structure, and the whole-query bonus.
//!
//! An entry's score is its code score, plus a whole-query bonus when the query is (or begins)
//! one of its names, plus, per query word, the best match that word found in the entry. The
//! bands are ordered so that a better kind of match wins: exactly before by prefix before by
//! typo; the current name before former names before keywords, headers and vendors before
//! prose; any whole-name match over any few words matched one by one. `Weights::check` asserts
//! each of these orderings when the crate compiles; the query table in
//! tests/common/search_cases.rs is the rest of the specification.

use super::names::Names;

/// How a query word matched a vocabulary word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Match {
    Exact,
    Prefix,
    Fuzzy,
}

/// Per-word scores for one kind of field.
#[derive(Clone, Copy, Debug)]
pub(super) struct WordWeights {
    pub exact: u32,
    pub prefix: u32,
    pub fuzzy: u32,
}

impl WordWeights {
    pub(super) fn of(self, kind: Match) -> u32 {
        match kind {
            Match::Exact => self.exact,
            Match::Prefix => self.prefix,
            Match::Fuzzy => self.fuzzy,
        }
    }
}

/// Where in an entry a word was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Field {
    /// A registered code's current name.
    Phrase,
    /// A registered code's former or alternative names.
    Alias,
    /// Keywords, related headers, the vendor, and a vendor code's own names.
    Term,
    /// Summary, explanation, advice and causes: whole words only, never by prefix or typo (every
    /// explanation has a word starting "re…", and prose is full of near misses).
    Text,
}

#[derive(Debug)]
pub(super) struct Weights {
    /// The query names this exact code ("404", "HTTP/1.1 404 Not Found").
    pub exact_code: u32,
    /// The code fits a numeric prefix or class pattern ("40", "4xx", "40x").
    pub code_pattern: u32,
    /// The same two for what arrives with the code (a sub-status, a vendor error, nginx's 494
    /// that clients see as 400): after the status codes themselves.
    pub rider_exact_code: u32,
    pub rider_code_pattern: u32,
    /// In a log line, a code only hints: the line carries many numbers, and its signature or
    /// label says more.
    pub code_hint: u32,
    /// In a log line, a registered code's phrase or former name appears word for word ("You
    /// must be logged in to the server (Unauthorized)"): more than its words matched apart,
    /// which ubiquitous words like "server" and "error" also earn.
    pub phrase_in_line: u32,
    /// The query names a record by its label ("500.19", "H12", "1020", "UF").
    pub label: u32,
    /// The query contains one of the record's signatures, word for word ("HTTP Error 500.19",
    /// "no healthy upstream").
    pub signature: u32,
    /// The whole query is the current phrase, ignoring case, spaces and punctuation.
    pub whole_phrase: u32,
    /// The whole query is a former or alternative name.
    pub whole_alias: u32,
    /// The phrase starts with the whole query, as when someone is still typing it.
    pub phrase_prefix: u32,
    /// An alias starts with the whole query.
    pub alias_prefix: u32,
    /// A vendor's own name for its code counts like a keyword, not like a registered name:
    /// "redirect" means the 3xx codes before Exchange's 451 Redirect, "login" means 401 before
    /// Outlook Web App's 440 Login Time-out.
    pub vendor_whole_phrase: u32,
    pub vendor_phrase_prefix: u32,
    /// The whole query is one of the entry's keywords ("rate limit").
    pub whole_keyword: u32,
    /// A keyword starts with the whole query ("rate lim").
    pub keyword_prefix: u32,
    /// The whole query is the entry's first related header, the one it is about ("Retry-After" for 429).
    pub primary_header: u32,
    /// The whole query is another of its related headers (202 also mentions Retry-After).
    pub secondary_header: u32,
    /// The whole query names the entry's vendor ("cloudflare"): its own codes before the
    /// registered codes that merely mention it.
    pub whole_vendor: u32,
    /// Per query word, by field; summed over the words, each counting its best match.
    pub phrase_word: WordWeights,
    pub alias_word: WordWeights,
    pub term_word: WordWeights,
    pub text_word: WordWeights,
}

impl Weights {
    pub(super) const DEFAULT: Weights = Weights {
        exact_code: 100_000,
        code_pattern: 50_000,
        rider_exact_code: 60_000,
        rider_code_pattern: 25_000,
        code_hint: 20_000,
        phrase_in_line: 6_000,
        label: 90_000,
        signature: 80_000,
        whole_phrase: 30_000,
        whole_alias: 28_000,
        phrase_prefix: 20_000,
        alias_prefix: 18_000,
        vendor_whole_phrase: 5_000,
        vendor_phrase_prefix: 3_000,
        whole_keyword: 8_000,
        keyword_prefix: 5_000,
        primary_header: 8_000,
        secondary_header: 4_000,
        whole_vendor: 9_000,
        phrase_word: WordWeights { exact: 3_000, prefix: 2_000, fuzzy: 1_500 },
        alias_word: WordWeights { exact: 2_500, prefix: 1_700, fuzzy: 1_200 },
        term_word: WordWeights { exact: 1_000, prefix: 700, fuzzy: 500 },
        text_word: WordWeights { exact: 100, prefix: 0, fuzzy: 0 },
    };

    pub(super) fn word(&self, field: Field) -> WordWeights {
        match field {
            Field::Phrase => self.phrase_word,
            Field::Alias => self.alias_word,
            Field::Term => self.term_word,
            Field::Text => self.text_word,
        }
    }

    /// Whole-query bonus: the query is, or begins, one of the entry's names. The best match in
    /// each kind of name counts, and the kinds add up: 304 is both about the `ETag` header and
    /// has "etag" as a keyword, so it outranks 204, which merely mentions the header.
    pub(super) fn whole_query(&self, query: &str, names: &Names) -> u32 {
        if query.is_empty() {
            return 0;
        }
        let typed_enough = query.chars().count() >= 3;
        let (whole_phrase, whole_alias, phrase_prefix, alias_prefix) = if names.vendor.is_some() {
            (self.vendor_whole_phrase, self.vendor_whole_phrase, self.vendor_phrase_prefix, self.vendor_phrase_prefix)
        } else {
            (self.whole_phrase, self.whole_alias, self.phrase_prefix, self.alias_prefix)
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
        let name = best_of(std::slice::from_ref(&names.phrase), whole_phrase, phrase_prefix).max(best_of(&names.aliases, whole_alias, alias_prefix));
        let keyword = best_of(&names.keywords, self.whole_keyword, self.keyword_prefix);
        let header = match names.headers.iter().position(|header| header == query) {
            Some(0) if !names.rider => self.primary_header,
            Some(_) => self.secondary_header,
            None => 0,
        };
        let vendor = if names.vendor.as_deref() == Some(query) { self.whole_vendor } else { 0 };
        name + keyword + header + vendor
    }
}

/// The orderings the module doc promises, checked when the crate compiles: a change to the
/// weights that breaks one fails the build with the reason.
const _: () = Weights::DEFAULT.check();

impl Weights {
    const fn check(&self) {
        let fields = [self.phrase_word, self.alias_word, self.term_word, self.text_word];
        let mut field = 0;
        while field < fields.len() {
            let weights = fields[field];
            assert!(
                weights.exact > weights.prefix && (weights.prefix > weights.fuzzy || weights.prefix == 0),
                "within a field, exact beats prefix beats typo (or only whole words count)"
            );
            if field > 0 {
                let better = fields[field - 1];
                assert!(
                    better.exact > weights.exact && (better.prefix > weights.prefix || weights.prefix == 0),
                    "the phrase beats aliases beats terms beats prose"
                );
                assert!(better.fuzzy > weights.fuzzy || weights.fuzzy == 0, "the phrase beats aliases beats terms beats prose, for typos too");
            }
            field += 1;
        }
        assert!(
            self.whole_phrase > self.whole_alias && self.whole_alias > self.phrase_prefix && self.phrase_prefix > self.alias_prefix,
            "whole names rank: phrase, alias, phrase prefix, alias prefix"
        );
        assert!(self.alias_prefix > 4 * self.phrase_word.exact, "the weakest whole-name match beats four words matched exactly one by one");
        assert!(
            self.vendor_whole_phrase <= self.whole_keyword && self.vendor_phrase_prefix <= self.keyword_prefix && self.vendor_whole_phrase < self.alias_prefix,
            "a vendor's name weighs like a keyword, not like a registered name"
        );
        assert!(self.primary_header > self.secondary_header, "the header an entry is about beats one it mentions");
        assert!(self.exact_code > self.code_pattern, "an exact code beats a pattern");
        assert!(
            self.exact_code > self.rider_exact_code && self.rider_exact_code > self.code_pattern && self.code_pattern > self.rider_code_pattern,
            "a status code before what rides on it, for an exact code and for a pattern"
        );
        assert!(
            self.label > self.signature && self.signature > self.rider_exact_code && self.signature > self.code_hint,
            "in a log line, a label beats a signature beats the codes the line mentions"
        );
        assert!(
            self.code_hint > self.phrase_in_line && self.phrase_in_line >= 2 * self.phrase_word.exact,
            "in a log line, a code beats a quoted phrase, which beats two phrase words matched apart"
        );
    }
}
