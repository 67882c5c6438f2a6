//! `Upgrade` (RFC 9110 section 7.8), on a 101 or 426.

use super::words::listed;
use super::Context;
use crate::{mask, Detail, Reading};

/// `Upgrade`, on a 101 or 426.
pub(crate) fn upgrade(context: &Context) -> Option<Reading> {
    if context.code != 101 && context.code != 426 {
        return None;
    }
    let (name, value) = context.combined("upgrade")?;
    let protocols: Vec<String> = value.split(',').map(str::trim).filter(|protocol| !protocol.is_empty()).map(mask::text).collect();
    let sentence = if context.code == 101 {
        format!("The connection switches to {} from here on.", listed(&protocols))
    } else {
        format!(
            "The server will only answer over {}: send the request again with Upgrade: {} and Connection: Upgrade, or over that protocol directly.",
            listed(&protocols),
            protocols.join(", ")
        )
    };
    Some(Reading { fields: vec![name], sentence, detail: Detail::Upgrade { protocols } })
}
