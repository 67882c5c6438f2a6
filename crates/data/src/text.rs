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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_at_a_character_with_an_ellipsis() {
        assert_eq!(shortened("abc", 3), "abc");
        assert_eq!(shortened("abcd", 3), "abc\u{2026}");
        assert_eq!(shortened("ééééé", 2), "éé\u{2026}");
    }
}
