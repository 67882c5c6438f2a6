//! The header fields a response with a given status carries, as one table: what the build demands
//! of the database's examples and the guide's leaves, and the flag the response reader raises when
//! a pasted response lacks the field. One table, so that our examples and our advice about other
//! people's responses cannot drift apart; where they differ on purpose, the row says why.
//!
//! Must not depend on anything, not even serde: the data and guide build scripts read it, and so
//! does the response reader at run time (`tools/crate-arrows.sh` checks it with `cargo tree`).

/// How firmly the build asks our own writing for the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Every example of the status shows it, a vendor's too; a pasted response without it is an
    /// Error unless the row says why it is judged more mildly.
    Required,
    /// Not required, but clients and crawlers rely on it: our own examples and guide leaves show
    /// it, while a vendor's example shows what that vendor really sends.
    Advised,
    /// Its absence has a meaning of its own, so nothing is demanded of the examples.
    Optional,
}

/// Whose example is checked: ours (an entry's own example, a guide leaf) or a vendor's, which
/// shows what that vendor really sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    Ours,
    Vendors,
}

impl Need {
    /// Whether an example of this kind must show the field.
    pub fn demanded_of(self, example: Example) -> bool {
        match self {
            Need::Required => true,
            Need::Advised => example == Example::Ours,
            Need::Optional => false,
        }
    }
}

/// How bad the reader says a missing field is; the reader maps it to its own severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Breaks the protocol or the client.
    Error,
    /// Works, but misleads clients or caches.
    Warning,
    /// Allowed, and better done otherwise.
    Advice,
}

/// The flag the reader raises when a pasted response lacks a row's field. The reader holds the
/// words for each, so matching on this enum makes it say something for every row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    MissingWwwAuthenticate,
    MissingAllow,
    MissingProxyAuthenticate,
    MissingUpgrade,
    MissingLocation,
    CreatedWithoutLocation,
    MissingContentRange,
    /// Raised as well when Content-Range is there but does not read `bytes */length`.
    RangeNotSatisfiableWithoutLength,
    MissingRetryAfter,
    MissingDate,
}

impl Flag {
    /// The stable id the reader hands out (`missing-www-authenticate`).
    pub const fn id(self) -> &'static str {
        match self {
            Flag::MissingWwwAuthenticate => "missing-www-authenticate",
            Flag::MissingAllow => "missing-allow",
            Flag::MissingProxyAuthenticate => "missing-proxy-authenticate",
            Flag::MissingUpgrade => "missing-upgrade",
            Flag::MissingLocation => "missing-location",
            Flag::CreatedWithoutLocation => "created-without-location",
            Flag::MissingContentRange => "missing-content-range",
            Flag::RangeNotSatisfiableWithoutLength => "range-not-satisfiable-without-length",
            Flag::MissingRetryAfter => "missing-retry-after",
            Flag::MissingDate => "missing-date",
        }
    }
}

/// One status's field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub code: u16,
    /// As the specification spells it.
    pub field: &'static str,
    /// What the build demands of our examples and guide leaves.
    pub need: Need,
    /// What the reader raises when a pasted response lacks the field.
    pub flag: Flag,
    pub severity: Severity,
    /// Why a pasted response is judged more mildly than the need says (a Required field is an
    /// Error, an Advised or Optional one Advice), when it is.
    pub milder_because: Option<&'static str>,
}

const fn rule(code: u16, field: &'static str, need: Need, flag: Flag, severity: Severity) -> Rule {
    Rule { code, field, need, flag, severity, milder_because: None }
}

const fn milder(code: u16, field: &'static str, need: Need, flag: Flag, severity: Severity, because: &'static str) -> Rule {
    Rule { code, field, need, flag, severity, milder_because: Some(because) }
}

// The rows below read as sentences without the enums' names.
use Flag::*;
use Need::*;
use Severity::*;

/// Sorted by code, then field; sections are RFC 9110's unless said otherwise. The redirects'
/// Location is a SHOULD (sections 15.4.2-15.4.9; 303 is defined by it, 15.4.4), yet without it a
/// redirect leads nowhere, so both sides treat it as required.
pub const RULES: &[Rule] = &[
    // 15.2.2: MUST name the protocol (or protocols, in layer order) the connection switches to.
    rule(101, "Upgrade", Required, MissingUpgrade, Error),
    // 15.3.2: without Location, the target URI names the created resource, so a 201 may leave it
    // out; after a POST to a collection, though, the client cannot find what was made.
    milder(201, "Location", Required, CreatedWithoutLocation, Advice, "RFC 9110 section 15.3.2: without Location the request's target names the new resource"),
    // 15.3.7: a single-part 206 MUST carry Content-Range (a multipart one carries it in each part).
    rule(206, "Content-Range", Required, MissingContentRange, Error),
    // 15.4.1: Location only if the server prefers one of the choices (SHOULD then); without it the
    // body lists them and the client picks.
    rule(300, "Location", Optional, MissingLocation, Advice),
    rule(301, "Location", Required, MissingLocation, Error),
    rule(302, "Location", Required, MissingLocation, Error),
    rule(303, "Location", Required, MissingLocation, Error),
    // 15.4.5: a 304 MUST carry the Date a 200 would have carried, and section 6.6.1 has an origin
    // with a clock send Date on every 2xx to 4xx. Without it, a cache that freshens its stored
    // response keeps the old Date, so the copy it just revalidated counts as old again.
    milder(
        304,
        "Date",
        Required,
        MissingDate,
        Warning,
        "RFC 9110 section 6.6.1: the MUST binds only an origin server with a clock, and a recipient adds the Date it received the response at",
    ),
    // 15.4.6 deprecates 305; RFC 2616 section 10.3.6 said Location MUST name the proxy, and our
    // example shows the code as it was defined. Clients no longer act on a 305 either way.
    milder(305, "Location", Required, MissingLocation, Warning, "RFC 9110 section 15.4.6: 305 is deprecated, and clients no longer act on it"),
    // 15.4.7: reserved and unused; a client that meets it treats it as 300 (section 15), so its
    // Location is as optional as a 300's.
    rule(306, "Location", Optional, MissingLocation, Advice),
    rule(307, "Location", Required, MissingLocation, Error),
    rule(308, "Location", Required, MissingLocation, Error),
    // 15.5.2: MUST send at least one challenge.
    rule(401, "WWW-Authenticate", Required, MissingWwwAuthenticate, Error),
    // 15.5.6: MUST list the allowed methods.
    rule(405, "Allow", Required, MissingAllow, Error),
    // 15.5.8: MUST send a challenge for the proxy.
    rule(407, "Proxy-Authenticate", Required, MissingProxyAuthenticate, Error),
    // 15.5.17: SHOULD state the current length as `bytes */length`, and only for a byte-range
    // request; our examples always show it.
    milder(
        416,
        "Content-Range",
        Required,
        RangeNotSatisfiableWithoutLength,
        Warning,
        "RFC 9110 section 15.5.17: SHOULD, and only in answer to a byte-range request",
    ),
    // 15.5.22: MUST name the protocol to switch to.
    rule(426, "Upgrade", Required, MissingUpgrade, Error),
    // RFC 6585 section 4 and RFC 9110 section 15.6.4: MAY, but without it clients guess when to
    // come back.
    rule(429, "Retry-After", Advised, MissingRetryAfter, Advice),
    rule(503, "Retry-After", Advised, MissingRetryAfter, Advice),
];

/// The rows for a code, in field order; empty for a code without rules.
pub fn rules_for(code: u16) -> &'static [Rule] {
    let first = RULES.partition_point(|rule| rule.code < code);
    let after = RULES.partition_point(|rule| rule.code <= code);
    &RULES[first..after]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_sorted_by_code_then_field_and_unique() {
        for pair in RULES.windows(2) {
            assert!((pair[0].code, pair[0].field) < (pair[1].code, pair[1].field), "{:?} before {:?}", pair[0], pair[1]);
        }
    }

    #[test]
    fn a_milder_flag_says_why() {
        for rule in RULES {
            let expected = if rule.need == Required { Error } else { Advice };
            assert_eq!(rule.severity != expected, rule.milder_because.is_some(), "{rule:?}");
            assert!(rule.severity >= expected, "a pasted response is never held to more than our examples: {rule:?}");
        }
    }

    #[test]
    fn lookups_find_every_row_of_a_code_and_nothing_else() {
        assert_eq!(rules_for(401).iter().map(|rule| rule.field).collect::<Vec<_>>(), ["WWW-Authenticate"]);
        assert!(rules_for(200).is_empty());
        assert!(rules_for(0).is_empty() && rules_for(u16::MAX).is_empty());
        assert_eq!(RULES.iter().filter(|rule| !rules_for(rule.code).contains(rule)).count(), 0);
    }

    #[test]
    fn vendors_examples_may_lack_only_advised_fields() {
        assert!(Required.demanded_of(Example::Vendors) && Required.demanded_of(Example::Ours));
        assert!(!Advised.demanded_of(Example::Vendors) && Advised.demanded_of(Example::Ours));
        assert!(!Optional.demanded_of(Example::Vendors) && !Optional.demanded_of(Example::Ours));
    }
}
