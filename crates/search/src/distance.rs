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

/// A cheap filter before the edit distance (after the lengths, which the index knows): typos
/// rarely touch the first letter.
pub(super) fn first_letters_fit(word: &str, candidate: &str) -> bool {
    let (mut word_letters, mut candidate_letters) = (word.chars(), candidate.chars());
    let (a0, a1) = (word_letters.next(), word_letters.next());
    let (b0, b1) = (candidate_letters.next(), candidate_letters.next());
    a0 == b0 || (a0 == b1 && a1 == b0)
}

/// The edit distance between `a` and `b` if it is at most `limit`, counting insertions,
/// deletions, substitutions and swaps of neighbouring letters (optimal string alignment).
/// Works on three rolling rows of bytes on the stack, within a band around the diagonal, and stops
/// as soon as a whole row exceeds the limit.
pub(super) fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    // Nearly every word is ASCII: its bytes are its letters.
    if a.is_ascii() && b.is_ascii() {
        return (a.len() <= MAX_LENGTH && b.len() <= MAX_LENGTH).then(|| banded_distance(a.as_bytes(), b.as_bytes(), limit)).flatten();
    }
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
    banded_distance(&a[..a_length], &b[..b_length], limit)
}

/// The distance of two words of at most `MAX_LENGTH` letters, if within `limit`.
fn banded_distance<Letter: PartialEq>(a: &[Letter], b: &[Letter], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // Only cells within `limit` of the diagonal can stay within the limit (a band), and the
    // distances fit a byte: the rows are small and nothing outside the band is computed.
    const FAR: u8 = u8::MAX / 2;
    let mut rows = [[FAR; MAX_LENGTH + 1]; 3];
    for (column, cell) in rows[0].iter_mut().enumerate().take(b.len().min(limit) + 1) {
        *cell = column as u8;
    }
    for i in 1..=a.len() {
        let (current, previous, before_previous) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[current] = [FAR; MAX_LENGTH + 1];
        if i <= limit {
            rows[current][0] = i as u8;
        }
        let mut row_minimum = rows[current][0];
        for j in i.saturating_sub(limit).max(1)..=(i + limit).min(b.len()) {
            let substitution = u8::from(a[i - 1] != b[j - 1]);
            let mut cost = (rows[previous][j] + 1).min(rows[current][j - 1] + 1).min(rows[previous][j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cost = cost.min(rows[before_previous][j - 2] + 1);
            }
            rows[current][j] = cost;
            row_minimum = row_minimum.min(cost);
        }
        if usize::from(row_minimum) > limit {
            return None;
        }
    }
    Some(usize::from(rows[a.len() % 3][b.len()])).filter(|distance| *distance <= limit)
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

    /// The whole matrix, for checking the banded rows against.
    fn full_distance(a: &[char], b: &[char]) -> usize {
        let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
        for i in 0..=a.len() {
            for j in 0..=b.len() {
                d[i][j] = match (i, j) {
                    (0, j) => j,
                    (i, 0) => i,
                    _ => {
                        let mut cost = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]));
                        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                            cost = cost.min(d[i - 2][j - 2] + 1);
                        }
                        cost
                    }
                };
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn the_band_agrees_with_the_whole_matrix() {
        // Every word of up to five letters from a three-letter alphabet, against each other.
        let mut words: Vec<String> = vec![String::new()];
        for length in 1..=5 {
            let previous: Vec<String> = words.iter().filter(|word| word.len() == length - 1).cloned().collect();
            words.extend(previous.iter().flat_map(|word| ['a', 'b', 'c'].map(|letter| format!("{word}{letter}"))));
        }
        for a in &words {
            for b in &words {
                let full = full_distance(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>());
                for limit in 0..=2 {
                    assert_eq!(distance_within(a, b, limit), (full <= limit).then_some(full), "{a:?} {b:?} within {limit}");
                }
            }
        }
    }

    #[test]
    fn words_longer_than_the_fuzzy_limit_never_match_by_distance() {
        let long = "a".repeat(MAX_LENGTH + 1);
        assert_eq!(distance_within(&long, &long, 2), None);
    }

    #[test]
    fn a_typo_keeps_its_first_letter_or_swaps_the_first_two() {
        assert!(first_letters_fit("gatwey", "gateway"));
        assert!(first_letters_fit("agteway", "gateway"));
        assert!(!first_letters_fit("xateway", "gateway"));
    }
}
