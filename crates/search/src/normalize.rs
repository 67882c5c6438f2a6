//! Words as search compares them: lowercase letters and digits, apostrophes dropped, British
//! spellings folded to American ones.

/// Words that carry no meaning in a status lookup ("error 502", "what does 410 mean").
/// They still score when they match, but an entry need not match them.
pub(super) const FILLER_WORDS: &[&str] = &[
    "a", "an", "and", "code", "codes", "does", "err", "error", "for", "get", "got", "getting", "how", "http", "https", "i", "in", "is", "it", "me", "mean",
    "means", "meaning", "my", "of", "on", "or", "response", "return", "returned", "returns", "status", "the", "to", "what", "when", "why", "with",
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

pub(super) fn is_filler(word: &str) -> bool {
    FILLER_WORDS.contains(&word)
}

/// Lowercase alphanumeric words with apostrophes dropped ("I'm" → "im") and British
/// spellings folded to American ones.
pub(super) fn normalized_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| word_char(c).is_none() && c != '\'' && c != '\u{2019}')
        .map(|word| word.chars().filter_map(word_char).collect::<String>())
        .filter(|word| !word.is_empty())
        .map(american)
}

/// The words of `text` run together, for whole-name matches that ignore spaces and hyphens.
pub(super) fn compact(text: &str) -> String {
    normalized_words(text).collect()
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

fn american(word: String) -> String {
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
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_characters_are_ascii_and_latin_1_letters_and_digits_lowercased() {
        assert_eq!(word_char('A'), Some('a'));
        assert_eq!(word_char('É'), Some('é'));
        assert_eq!(word_char('7'), Some('7'));
        for separator in ['-', ' ', '/', '×', '÷', 'ł', '中', '💥'] {
            assert_eq!(word_char(separator), None, "{separator:?}");
        }
    }

    #[test]
    fn words_drop_apostrophes_and_split_on_everything_else() {
        let words: Vec<String> = normalized_words("I'm a TEAPOT—Retry-After: 120").collect();
        assert_eq!(words, ["im", "a", "teapot", "retry", "after", "120"]);
        assert_eq!(compact("Request Entity Too-Large"), "requestentitytoolarge");
    }

    #[test]
    fn british_spellings_fold_to_american_ones() {
        assert_eq!(american("unauthorised".into()), "unauthorized");
        assert_eq!(american("authorisation".into()), "authorization");
        assert_eq!(american("behaviour".into()), "behavior");
        assert_eq!(american("rise".into()), "rise", "a stem shorter than three letters stays");
        assert_eq!(american("cancelled".into()), "canceled");
    }
}
