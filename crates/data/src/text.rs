//! Plain-text helpers every room shares (no dependencies).

/// Text cut to `limit` characters, with an ellipsis when it was longer: messages quote input
/// back to a person, not echo it.
pub fn shortened(text: &str, limit: usize) -> String {
    let mut shortened: String = text.chars().take(limit).collect();
    if text.chars().count() > limit {
        shortened.push('\u{2026}');
    }
    shortened
}

/// A count with its thousands grouped, as the explanations write numbers: `146,515`.
pub fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut groups: Vec<&str> = digits.as_bytes().rchunks(3).map(|group| std::str::from_utf8(group).unwrap_or_default()).collect();
    groups.reverse();
    groups.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_at_a_character_with_an_ellipsis() {
        assert_eq!(shortened("abc", 3), "abc");
        assert_eq!(shortened("abcd", 3), "abc\u{2026}");
        assert_eq!(shortened("ééééé", 2), "éé\u{2026}");
    }

    #[test]
    fn counts_have_their_thousands_grouped() {
        assert_eq!(grouped(146_515), "146,515");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000_000), "1,000,000");
    }
}
