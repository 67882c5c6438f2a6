//! Typo tolerance: how many edits a word may take, a cheap pre-filter, and the edit distance.

/// Typo tolerance: one edit for words of this length or more...
const ONE_EDIT_FROM: usize = 5;
/// ...and two edits from this length.
const TWO_EDITS_FROM: usize = 8;
/// Longest word typo tolerance applies to; longer ones only match exactly or by prefix.
const MAX_LENGTH: usize = 32;

pub(super) fn allowed_edits(word: &str) -> usize {
    match word.chars().count() {
        length if length >= TWO_EDITS_FROM => 2,
        length if length >= ONE_EDIT_FROM => 1,
        _ => 0,
    }
}

/// A cheap filter before the edit distance: typos rarely touch the first letter, and a word
/// of very different length is not a typo of this one.
pub(super) fn plausible_typo(word: &str, candidate: &str, allowed: usize) -> bool {
    let (mut word_letters, mut candidate_letters) = (word.chars(), candidate.chars());
    let (a0, a1) = (word_letters.next(), word_letters.next());
    let (b0, b1) = (candidate_letters.next(), candidate_letters.next());
    (a0 == b0 || (a0 == b1 && a1 == b0)) && word.chars().count().abs_diff(candidate.chars().count()) <= allowed
}

/// The edit distance between `a` and `b` if it is at most `limit`, counting insertions,
/// deletions, substitutions and swaps of neighbouring letters (optimal string alignment).
/// Works on three rolling rows on the stack and stops as soon as a whole row exceeds the limit.
pub(super) fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    fn letters(word: &str) -> Option<([char; MAX_LENGTH], usize)> {
        let mut buffer = ['\0'; MAX_LENGTH];
        let mut length = 0;
        for letter in word.chars() {
            *buffer.get_mut(length)? = letter;
            length += 1;
        }
        Some((buffer, length))
    }
    let (Some((a, a_length)), Some((b, b_length))) = (letters(a), letters(b)) else { return None };
    let (a, b) = (&a[..a_length], &b[..b_length]);
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut before_previous = [0usize; MAX_LENGTH + 1];
    let mut previous: [usize; MAX_LENGTH + 1] = std::array::from_fn(|column| column);
    let mut current = [0usize; MAX_LENGTH + 1];
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
            return None;
        }
        before_previous = previous;
        previous = current;
    }
    Some(previous[b.len()]).filter(|distance| *distance <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longer_words_may_take_more_edits() {
        assert_eq!(allowed_edits("gone"), 0);
        assert_eq!(allowed_edits("gatwy"), 1);
        assert_eq!(allowed_edits("forbidenn"), 2);
    }

    #[test]
    fn distance_counts_each_kind_of_edit_once() {
        assert_eq!(distance_within("gateway", "gateway", 2), Some(0));
        assert_eq!(distance_within("gatewya", "gateway", 2), Some(1), "a swap of neighbours");
        assert_eq!(distance_within("forbiden", "forbidden", 2), Some(1), "an insertion");
        assert_eq!(distance_within("forbiddenn", "forbidden", 2), Some(1), "a deletion");
        assert_eq!(distance_within("timeuot", "timeout", 2), Some(1));
        assert_eq!(distance_within("tmeuot", "timeout", 2), Some(2));
        assert_eq!(distance_within("teapot", "gateway", 2), None);
        assert_eq!(distance_within("", "", 0), Some(0));
    }

    #[test]
    fn words_longer_than_the_fuzzy_limit_never_match_by_distance() {
        let long = "a".repeat(MAX_LENGTH + 1);
        assert_eq!(distance_within(&long, &long, 2), None);
    }

    #[test]
    fn a_typo_keeps_its_first_letter_or_swaps_the_first_two() {
        assert!(plausible_typo("gatwey", "gateway", 1));
        assert!(plausible_typo("agteway", "gateway", 1));
        assert!(!plausible_typo("xateway", "gateway", 1));
        assert!(!plausible_typo("gate", "gateway", 1), "too different in length");
    }
}
