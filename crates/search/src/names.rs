//! An entry's names in compact form (phrase, former names, keywords, headers, vendor): what a
//! whole query is compared with. The index builds them once; scoring reads them.

use super::normalize::compact;
use http_status_data::{Entry, Kind};

pub(super) struct Names {
    /// A sub-status or vendor error: the header it mentions is not what it is about.
    pub rider: bool,
    pub phrase: String,
    pub aliases: Vec<String>,
    pub keywords: Vec<String>,
    pub headers: Vec<String>,
    pub vendor: Option<String>,
}

impl Names {
    pub(super) fn of(entry: &Entry) -> Names {
        Names {
            rider: entry.kind != Kind::Status,
            phrase: compact(entry.phrase),
            aliases: entry.aliases.iter().map(|alias| compact(alias)).collect(),
            keywords: entry.details().keywords.iter().map(|keyword| compact(keyword)).collect(),
            headers: entry.details().headers.iter().map(|header| compact(header)).collect(),
            vendor: entry.vendor.map(compact),
        }
    }
}
