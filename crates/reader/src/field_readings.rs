//! The list of field readers, in the order the view shows their readings, and where a response
//! sends the next request.

use crate::fields::{self, Context, CorsVerdict};
use crate::intermediaries::intermediaries;
use crate::vendors::Found;
use crate::{Detail, Reading};

/// What a response's fields say, and where they send the next request.
#[derive(Default)]
pub(crate) struct FieldReadings {
    pub(crate) readings: Vec<Reading>,
    pub(crate) cors: Option<CorsVerdict>,
    pub(crate) next: NextHop,
}

/// Where a response's `Location` sends the next request.
#[derive(Default)]
pub(crate) struct NextHop {
    /// The next hop's absolute URL.
    pub(crate) url: Option<String>,
    /// What identifies the next hop for loops: the URL, or the raw Location when it cannot be
    /// resolved.
    pub(crate) loop_key: Option<String>,
    pub(crate) method: Option<String>,
}

/// Every reading of one response, in the order the view shows them: where it leads and what
/// it asks for first, then limits and ranges, who answered, caching, and the rest.
pub(crate) fn read_fields(code: u16, found: &[Found], context: &Context, fields_shown: bool) -> FieldReadings {
    let mut read = FieldReadings::default();
    if let Some((reading, resolved)) = fields::location(context) {
        // A Location that cannot be read leads nowhere the text can tell.
        if let Detail::Location { next_method, .. } = &reading.detail {
            read.next.method = next_method.clone();
            read.next.loop_key = resolved.clone().or_else(|| context.first("location").map(|field| field.value.trim().to_string()));
        }
        read.next.url = resolved;
        read.readings.push(reading);
    }
    // Where only the status was shown, the rest would be read from fields that may be there.
    if !fields_shown {
        return read;
    }
    let readings = &mut read.readings;
    readings.extend(fields::challenges(context, false));
    readings.extend(fields::challenges(context, true));
    readings.extend(fields::allow(context));
    readings.extend(fields::retry_after(context));
    readings.extend(fields::rate_limits(context));
    readings.extend(fields::content_range(context));
    readings.extend(fields::upgrade(context));
    readings.extend(fields::request_fields(context));
    readings.extend(fields::proxy_status(context));
    readings.extend(intermediaries(code, found, context));
    read.cors = fields::cors(context);
    let readings = &mut read.readings;
    readings.extend(read.cors.as_ref().map(|cors| cors.reading.clone()));
    readings.extend(fields::freshness(context));
    readings.extend(fields::cache_status(context));
    readings.extend(fields::vary(context));
    readings.extend(fields::alt_svc(context));
    readings.extend(fields::deprecation(context));
    readings.extend(fields::sunset(context));
    read
}
