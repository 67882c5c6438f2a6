//! Dates and durations as HTTP writes them, and as people read them: HTTP-dates in their three
//! forms (RFC 9110 section 5.6.7), RFC 3339 timestamps (Anthropic's rate-limit resets), Go
//! durations (OpenAI's), clock times and plain-word durations. Times are Unix seconds, UTC.
//!
//! `httpdate` 1.0.3 could replace `parse` alone, but it would add 8.4 KB (4.0 KB gzip) to the full
//! wasm (measured 2026-12-07) and is stricter than a reader of pasted responses should be (exact
//! `GMT` only, the weekday checked, no leap second); the rest of this file stays either way.

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const DAY: i64 = 86_400;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a day counted from 1970-01-01: (year, month 1–12, day 1–31).
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = (if month_index < 10 { month_index + 3 } else { month_index - 9 }) as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Unix seconds of a UTC date and time, if it is a real one (years 1 to 9999).
fn timestamp(year: i64, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> Option<i64> {
    // HTTP allows a leap second (60); it reads as the next second.
    let valid =
        (1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) && hour < 24 && minute < 60 && second <= 60;
    valid.then(|| days_from_civil(year, month, day) * DAY + i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second))
}

fn month_number(name: &str) -> Option<u32> {
    MONTHS.iter().position(|month| month.eq_ignore_ascii_case(name)).map(|index| index as u32 + 1)
}

fn number(text: &str, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (digits.contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

fn clock_time(text: &str) -> Option<(u32, u32, u32)> {
    let mut parts = text.split(':');
    let time = (number(parts.next()?, 2..=2)?, number(parts.next()?, 2..=2)?, number(parts.next()?, 2..=2)?);
    parts.next().is_none().then_some(time)
}

/// An HTTP-date in any of its three forms, which recipients must all accept: IMF-fixdate
/// (`Sun, 06 Nov 1994 08:49:37 GMT`), the obsolete RFC 850 form (`Sunday, 06-Nov-94 08:49:37 GMT`)
/// and asctime (`Sun Nov  6 08:49:37 1994`). The weekday is not checked against the date, as
/// RFC 9110 allows; `UTC` is taken for `GMT`, which some servers write.
pub(crate) fn parse(text: &str) -> Option<i64> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let utc = |zone: &str| zone.eq_ignore_ascii_case("GMT") || zone.eq_ignore_ascii_case("UTC");
    match words.as_slice() {
        [_weekday, day, month, year, time, zone] if utc(zone) => {
            let (hour, minute, second) = clock_time(time)?;
            timestamp(i64::from(number(year, 4..=4)?), month_number(month)?, number(day, 1..=2)?, hour, minute, second)
        }
        [_weekday, date, time, zone] if utc(zone) => {
            let mut parts = date.split('-');
            let (day, month, year) = (number(parts.next()?, 1..=2)?, month_number(parts.next()?)?, number(parts.next()?, 2..=2)?);
            // Two-digit years: RFC 9110 reads a year more than 50 years ahead as the past
            // century; for any date this code will meet, that is 00–69 → 2000s.
            let year = if year < 70 { 2000 + year } else { 1900 + year };
            let (hour, minute, second) = clock_time(time)?;
            timestamp(i64::from(year), month, day, hour, minute, second)
        }
        [_weekday, month, day, time, year] => {
            let (hour, minute, second) = clock_time(time)?;
            timestamp(i64::from(number(year, 4..=4)?), month_number(month)?, number(day, 1..=2)?, hour, minute, second)
        }
        _ => None,
    }
}

/// A date `parse` reads in another form than the IMF-fixdate senders must write (RFC 9110
/// section 5.6.7).
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum OtherForm {
    /// `Sunday, 06-Nov-94 08:49:37 GMT`, obsolete.
    Rfc850,
    /// `Sun Nov  6 08:49:37 1994`, obsolete.
    Asctime,
    /// Shaped like an IMF-fixdate, with these departures from it in words (the case of a name,
    /// the zone, the day's leading zero, the spaces).
    LooseFixdate(Vec<String>),
}

/// The form of a date `parse` reads, when it is not the IMF-fixdate; `None` for an IMF-fixdate,
/// and for what is no date at all.
pub(crate) fn other_form(text: &str) -> Option<OtherForm> {
    let text = text.trim();
    parse(text)?;
    let words: Vec<&str> = text.split_whitespace().collect();
    let [weekday, day, month, _year, _time, zone] = words.as_slice() else {
        return Some(if words.len() == 4 { OtherForm::Rfc850 } else { OtherForm::Asctime });
    };
    let mut faults = Vec::new();
    let day_name = weekday.strip_suffix(',').unwrap_or(weekday);
    if !WEEKDAYS.contains(&day_name) || !weekday.ends_with(',') {
        faults.push(if WEEKDAYS.iter().any(|name| name.eq_ignore_ascii_case(day_name)) && weekday.ends_with(',') {
            format!("the day name {day_name} in the wrong case")
        } else {
            format!("the day name written {weekday} where three letters and a comma go (such as Sun,)")
        });
    }
    if !MONTHS.contains(month) {
        faults.push(format!("the month {month} in the wrong case"));
    }
    if day.len() != 2 {
        faults.push(format!("the day {day} without its leading zero"));
    }
    if *zone != "GMT" {
        faults.push(format!("{zone} where GMT goes"));
    }
    if words.join(" ") != text {
        faults.push("more than one space between its parts".into());
    }
    (!faults.is_empty()).then_some(OtherForm::LooseFixdate(faults))
}

/// An IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`.
pub(crate) fn format(unix: i64) -> String {
    let (year, month, day) = civil_from_days(unix.div_euclid(DAY));
    let seconds = unix.rem_euclid(DAY);
    let weekday = WEEKDAYS[unix.div_euclid(DAY).rem_euclid(7) as usize];
    format!("{weekday}, {day:02} {} {year:04} {:02}:{:02}:{:02} GMT", MONTHS[month as usize - 1], seconds / 3600, seconds / 60 % 60, seconds % 60)
}

/// A clock time for people: `14:05:30 UTC`, with the date (`14:05:30 UTC on 2024-03-02`) when
/// it falls on another day than `reference` (the response's Date, or now), or when there is
/// no reference to compare with.
pub(crate) fn clock(unix: i64, reference: Option<i64>) -> String {
    let seconds = unix.rem_euclid(DAY);
    let time = format!("{:02}:{:02}:{:02} UTC", seconds / 3600, seconds / 60 % 60, seconds % 60);
    if reference.is_some_and(|reference| reference.div_euclid(DAY) == unix.div_euclid(DAY)) {
        return time;
    }
    let (year, month, day) = civil_from_days(unix.div_euclid(DAY));
    format!("{time} on {year:04}-{month:02}-{day:02}")
}

/// An RFC 3339 timestamp (`2024-05-01T12:00:30Z`, `2024-05-01T14:00:30.5+02:00`), to the second.
pub(crate) fn parse_rfc3339(text: &str) -> Option<i64> {
    let text = text.trim();
    let (date, rest) = text.split_once(['T', 't', ' '])?;
    let mut date_parts = date.split('-');
    let (year, month, day) = (number(date_parts.next()?, 4..=4)?, number(date_parts.next()?, 2..=2)?, number(date_parts.next()?, 2..=2)?);
    let zone_at = rest.find(['Z', 'z', '+', '-'])?;
    let (time, zone) = rest.split_at(zone_at);
    let time = time.split('.').next()?;
    let (hour, minute, second) = clock_time(time)?;
    let offset = match zone {
        "Z" | "z" => 0,
        _ => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let (hours, minutes) = zone[1..].split_once(':')?;
            sign * (i64::from(number(hours, 2..=2)?) * 3600 + i64::from(number(minutes, 2..=2)?) * 60)
        }
    };
    Some(timestamp(i64::from(year), month, day, hour, minute, second)? - offset)
}

/// A Go duration as OpenAI's rate-limit resets write it (`1s`, `6m0s`, `1h2m3.5s`, `250ms`),
/// in whole seconds rounded up: waiting a little longer is the safe side.
pub(crate) fn parse_go_duration(text: &str) -> Option<i64> {
    let mut rest = text.trim();
    if rest.is_empty() || rest.len() > 40 {
        return None;
    }
    let mut milliseconds: f64 = 0.0;
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit() && c != '.').filter(|&end| end > 0)?;
        let amount: f64 = rest[..digits].parse().ok()?;
        rest = &rest[digits..];
        let unit_length = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len());
        let scale = match &rest[..unit_length] {
            "h" => 3_600_000.0,
            "m" => 60_000.0,
            "s" => 1_000.0,
            "ms" => 1.0,
            "us" | "\u{b5}s" => 0.001,
            "ns" => 0.000_001,
            _ => return None,
        };
        milliseconds += amount * scale;
        rest = &rest[unit_length..];
    }
    Some((milliseconds / 1000.0).ceil() as i64)
}

/// A duration in plain words, to two units: `45 seconds`, `2 minutes 5 seconds`,
/// `1 hour 30 minutes`, `3 days 4 hours`.
pub(crate) fn duration(seconds: i64) -> String {
    let seconds = seconds.unsigned_abs();
    let unit = |amount: u64, name: &str| format!("{amount} {name}{}", if amount == 1 { "" } else { "s" });
    let pair = |big: u64, big_name: &str, small: u64, small_name: &str| {
        if small == 0 {
            unit(big, big_name)
        } else {
            format!("{} {}", unit(big, big_name), unit(small, small_name))
        }
    };
    match seconds {
        0..60 => unit(seconds, "second"),
        60..3600 => pair(seconds / 60, "minute", seconds % 60, "second"),
        3600..86_400 => pair(seconds / 3600, "hour", seconds / 60 % 60, "minute"),
        _ => pair(seconds / 86_400, "day", seconds / 3600 % 24, "hour"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_EXAMPLE: i64 = 784_111_777;

    #[test]
    fn the_three_forms_of_the_rfc_example_are_the_same_instant() {
        assert_eq!(parse("Sun, 06 Nov 1994 08:49:37 GMT"), Some(RFC_EXAMPLE));
        assert_eq!(parse("Sunday, 06-Nov-94 08:49:37 GMT"), Some(RFC_EXAMPLE));
        assert_eq!(parse("Sun Nov  6 08:49:37 1994"), Some(RFC_EXAMPLE));
        assert_eq!(parse("  sun, 06 nov 1994 08:49:37 gmt "), Some(RFC_EXAMPLE));
        assert_eq!(parse("Sun, 06 Nov 1994 08:49:37 UTC"), Some(RFC_EXAMPLE));
    }

    #[test]
    fn dates_in_another_form_than_the_imf_fixdate_say_how() {
        assert_eq!(other_form("Sun, 06 Nov 1994 08:49:37 GMT"), None);
        assert_eq!(other_form("no date"), None, "what is no date is not judged for its form");
        assert_eq!(other_form("Sunday, 06-Nov-94 08:49:37 GMT"), Some(OtherForm::Rfc850));
        assert_eq!(other_form("Sun Nov  6 08:49:37 1994"), Some(OtherForm::Asctime));
        let faults = |text: &str| match other_form(text) {
            Some(OtherForm::LooseFixdate(faults)) => faults.join("; "),
            other => format!("{other:?}"),
        };
        assert_eq!(faults("mon, 14 may 2024 09:30:00 gmt"), "the day name mon in the wrong case; the month may in the wrong case; gmt where GMT goes");
        assert_eq!(faults("Tue, 14 May 2024 09:30:00 UTC"), "UTC where GMT goes");
        assert_eq!(faults("Tue, 4 Jun 2024 09:30:00 GMT"), "the day 4 without its leading zero");
        assert_eq!(faults("Tuesday, 14 May 2024 09:30:00 GMT"), "the day name written Tuesday, where three letters and a comma go (such as Sun,)");
        assert_eq!(faults(" Tue,  14 May 2024 09:30:00 GMT "), "more than one space between its parts");
    }

    #[test]
    fn formats_as_imf_fixdate() {
        assert_eq!(format(RFC_EXAMPLE), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(format(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(format(951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(format(-1), "Wed, 31 Dec 1969 23:59:59 GMT");
        for unix in [0, 1, 86_399, 86_400, 1_709_251_199, 4_102_444_800, RFC_EXAMPLE] {
            assert_eq!(parse(&format(unix)), Some(unix), "{unix}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "",
            "0",
            "-1",
            "now",
            "Sun, 31 Feb 2024 00:00:00 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 08:49:37 CET",
            "Sun, 06 Nov 94 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 6 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 99999 08:49:37 GMT",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
        assert_eq!(parse("Thu, 29 Feb 2024 12:00:00 GMT"), Some(1_709_208_000), "a leap day");
    }

    #[test]
    fn civil_dates_round_trip() {
        for days in [-719_468, -1, 0, 1, 10_957, 19_782, 2_932_896] {
            let (year, month, day) = civil_from_days(days);
            assert_eq!(days_from_civil(year, month, day), days);
        }
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }

    #[test]
    fn clock_times_name_the_date_only_when_the_day_differs() {
        let noon = 1_709_208_000;
        assert_eq!(clock(noon + 330, Some(noon)), "12:05:30 UTC");
        assert_eq!(clock(noon + 13 * 3600, Some(noon)), "01:00:00 UTC on 2024-03-01");
        assert_eq!(clock(noon, None), "12:00:00 UTC on 2024-02-29");
    }

    #[test]
    fn rfc_3339_timestamps() {
        assert_eq!(parse_rfc3339("2024-02-29T12:00:00Z"), Some(1_709_208_000));
        assert_eq!(parse_rfc3339("2024-02-29T14:00:00.25+02:00"), Some(1_709_208_000));
        assert_eq!(parse_rfc3339("2024-02-29T07:00:00-05:00"), Some(1_709_208_000));
        for text in ["2024-02-29", "2024-02-30T00:00:00Z", "2024-02-29T12:00:00", "soon"] {
            assert_eq!(parse_rfc3339(text), None, "{text:?}");
        }
    }

    #[test]
    fn go_durations_round_up_to_seconds() {
        assert_eq!(parse_go_duration("1s"), Some(1));
        assert_eq!(parse_go_duration("6m0s"), Some(360));
        assert_eq!(parse_go_duration("1h2m3.5s"), Some(3724));
        assert_eq!(parse_go_duration("250ms"), Some(1));
        assert_eq!(parse_go_duration("0s"), Some(0));
        for text in ["", "5", "1x", "s", "1.2.3s"] {
            assert_eq!(parse_go_duration(text), None, "{text:?}");
        }
    }

    #[test]
    fn durations_in_words() {
        assert_eq!(duration(1), "1 second");
        assert_eq!(duration(45), "45 seconds");
        assert_eq!(duration(120), "2 minutes");
        assert_eq!(duration(125), "2 minutes 5 seconds");
        assert_eq!(duration(5400), "1 hour 30 minutes");
        assert_eq!(duration(3 * 86_400 + 4 * 3600 + 59), "3 days 4 hours");
        assert_eq!(duration(-30), "30 seconds");
    }
}
