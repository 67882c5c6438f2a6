//! `curl -v`'s channels (`<` response, `>` request, `*` information) and what its information
//! lines say (the next URL, the redirect limit). Apart because only `curl -v` marks its lines;
//! wget's lines map onto the same channels in `wget.rs`.

/// A line as the reader sees it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Channel<'a> {
    Response(&'a str),
    Request(&'a str),
    Info(&'a str),
    Plain(&'a str),
    /// A request to this URL starts (wget's `--2024-05-14 09:30:00--  https://…`).
    Fetch(&'a str),
    /// A status without its fields, and its reason phrase (wget without `-S`).
    StatusOnly(u16, &'a str),
    /// The Location a redirect gave, as wget notes it when it follows.
    Following(&'a str),
}

/// curl -v marks lines with `< `, `> ` and `* `; everything else is plain.
pub(super) fn channel(line: &str, verbose: bool) -> Channel<'_> {
    if !verbose {
        return Channel::Plain(line);
    }
    let Some(marker) = line.chars().next().filter(|marker| matches!(marker, '<' | '>' | '*')) else { return Channel::Plain(line) };
    let rest = &line[1..];
    if !rest.is_empty() && !rest.starts_with(' ') {
        return Channel::Plain(line);
    }
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    match marker {
        '<' => Channel::Response(rest),
        '>' => Channel::Request(rest),
        _ => Channel::Info(rest),
    }
}

/// curl -v's information lines that tell where the next request goes.
pub(super) fn info_url(info: &str) -> Option<&str> {
    let after = info
        .split_once("OPENED stream for ")
        .map(|(_, after)| after)
        .or_else(|| info.split_once("Issue another request to this URL: ").map(|(_, after)| after))?;
    let url = after.trim().trim_matches(['\'', '"']);
    (url.starts_with("http://") || url.starts_with("https://")).then_some(url)
}

/// curl's `Maximum (50) redirects followed`, wget's `20 redirections exceeded.`
pub(super) fn redirect_limit(line: &str) -> bool {
    // One search rules out nearly every line (this runs on each line of a body).
    line.contains("redirect") && ((line.contains("Maximum (") && line.contains("redirects followed")) || line.contains("redirections exceeded"))
}
