//! The cookie date of RFC 6265 section 5.1.1: how browsers read a Set-Cookie's Expires, far more
//! leniently than an HTTP date (`Thu, 01-Jan-1970 00:00:01 GMT` and two-digit years pass).

use crate::http_date::days_from_civil;

/// The time a browser reads from `text` as a cookie date, in Unix seconds; `None` when it cannot.
pub(super) fn cookie_date(text: &str) -> Option<i64> {
    let delimiter = |c: char| c == '\t' || matches!(c as u32, 0x20..=0x2f | 0x3b..=0x40 | 0x5b..=0x60 | 0x7b..=0x7e);
    let (mut time, mut day, mut month, mut year) = (None, None, None, None);
    for token in text.split(delimiter).filter(|token| !token.is_empty()) {
        if time.is_none() {
            if let Some(found) = clock(token) {
                time = Some(found);
                continue;
            }
        }
        if day.is_none() {
            if let Some(found) = leading_number(token, 1..=2) {
                day = Some(found);
                continue;
            }
        }
        if month.is_none() {
            let name = token.get(..3).unwrap_or_default().to_ascii_lowercase();
            if let Some(index) = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].iter().position(|month| *month == name) {
                month = Some(index);
                continue;
            }
        }
        if year.is_none() {
            if let Some(found) = leading_number(token, 2..=4) {
                year = Some(match found {
                    70..=99 => found + 1900,
                    0..=69 => found + 2000,
                    _ => found,
                });
            }
        }
    }
    let (Some((hour, minute, second)), Some(day), Some(month), Some(year)) = (time, day, month, year) else { return None };
    let valid = (1..=31).contains(&day) && year >= 1601 && hour <= 23 && minute <= 59 && second <= 59;
    valid.then(|| days_from_civil(i64::from(year), month as u32 + 1, day) * 86_400 + i64::from(hour * 3600 + minute * 60 + second))
}

/// A number of 1 to 4 digits at the start of a token, followed by anything but a digit.
fn leading_number(token: &str, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    let count = token.bytes().take_while(u8::is_ascii_digit).count();
    digits.contains(&count).then(|| token[..count].parse().ok()).flatten()
}

/// `hh:mm:ss`, each part one or two digits.
fn clock(token: &str) -> Option<(u32, u32, u32)> {
    let mut parts = token.splitn(3, ':');
    let (hour, minute, second) = (parts.next()?, parts.next()?, parts.next()?);
    let whole = |part: &str| (1..=2).contains(&part.len()).then(|| part.parse().ok()).flatten();
    Some((whole(hour)?, whole(minute)?, leading_number(second, 1..=2)?))
}

#[cfg(test)]
mod tests {
    use super::cookie_date;

    #[test]
    fn cookie_dates() {
        for good in ["Wed, 21 Oct 2015 07:28:00 GMT", "Thu, 01-Jan-1970 00:00:01 GMT", "Sun, 10-Nov-24 09:30:00 GMT", "Sunday, 06-Nov-94 08:49:37 GMT"] {
            assert!(cookie_date(good).is_some(), "{good}");
        }
        for bad in ["0", "-1", "tomorrow", "Wed, 21 Foo 2015 07:28:00 GMT", "Wed, 21 Oct 2015", "Wed, 32 Oct 2015 07:28:00 GMT", ""] {
            assert!(cookie_date(bad).is_none(), "{bad}");
        }
        assert_eq!(cookie_date("Thu, 01-Jan-1970 00:00:01 GMT"), Some(1));
        assert_eq!(cookie_date("Tue, 14 May 2024 09:30:00 GMT"), Some(1_715_679_000));
    }
}
