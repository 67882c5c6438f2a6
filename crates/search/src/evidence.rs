//! What a query gives evidence for: the records it names outright (by label or signature), the
//! registered names it quotes, and, for a pasted line, which entries the line supports at all.
//! A line pasted from a log lists only those, so the right record is not one among a hundred.

use super::named_index::named_index;
use super::query::{CodePart, Query};
use super::Hit;
use http_status_data::{self as db, Kind};

/// A hit whose score is at least this fraction of the best one's is supported by its words alone.
const WORDS_SUPPORT_FROM: u32 = 3;

/// Which entries the query names outright, by label or by signature, and which it quotes by
/// name.
pub(super) struct Evidence {
    pub labelled: Vec<bool>,
    pub signed: Vec<bool>,
    pub phrased: Vec<bool>,
    /// A name quoted among other words, as lines from logs and error pages do.
    pub quotes_a_phrase_amid_words: bool,
    /// Whether any entry is labelled or signed: asked of every query.
    names_a_record: bool,
}

impl Evidence {
    pub(super) fn of(query: &Query) -> Evidence {
        let (named, count) = (named_index(), db::entries().len());
        let (phrased, longest) = named.phrased(&query.words, count);
        let (labelled, signed) = (named.labelled(query, count), named.signed(&query.words, count));
        let names_a_record = labelled.contains(&true) || signed.contains(&true);
        Evidence { labelled, signed, phrased, quotes_a_phrase_amid_words: longest > 0 && query.words.len() > longest, names_a_record }
    }

    /// Whether the query names any record by label or signature.
    pub(super) fn names_a_record(&self) -> bool {
        self.names_a_record
    }

    /// Whether the query names this entry by label or signature.
    pub(super) fn names(&self, position: usize) -> bool {
        self.labelled[position] || self.signed[position]
    }

    /// Whether the query names anything outright: a whole code (not the `12` of "line 12"), a
    /// record by label or signature, a registered code by name.
    pub(super) fn names_something(&self, query: &Query) -> bool {
        let entries = db::entries();
        matches!(query.code, Some(CodePart::Exact(_)))
            || self.names_a_record()
            || self.phrased.iter().zip(entries).any(|(&phrased, entry)| phrased && entry.is_registered())
    }

    /// The hits of a pasted line that the line supports: what it names or quotes, the status it
    /// records and the statuses what it names arrive as, and what its words match nearly as well
    /// as the best hit. The rest (entries sharing a common word or two) goes.
    pub(super) fn supported(&self, query: &Query, hits: Vec<Hit>) -> Vec<Hit> {
        let entries = db::entries();
        let status = match query.code {
            Some(CodePart::Exact(code)) => Some(code),
            _ => None,
        };
        let named_codes: Vec<u16> = entries.iter().enumerate().filter(|(position, _)| self.names(*position)).map(|(_, entry)| entry.code).collect();
        let best = hits.iter().map(|hit| hit.score).max().unwrap_or(0);
        hits.into_iter()
            .filter(|hit| {
                let (position, entry) = (usize::from(hit.entry.index), hit.entry);
                let a_status_the_line_records = entry.kind == Kind::Status
                    && (status.is_some_and(|status| entry.code == status || entry.sent_as == Some(status))
                        || (entry.is_registered() && named_codes.contains(&entry.code)));
                self.names(position)
                    || (self.phrased[position] && entry.is_registered())
                    || a_status_the_line_records
                    || hit.score.saturating_mul(WORDS_SUPPORT_FROM) >= best
            })
            .collect()
    }
}
