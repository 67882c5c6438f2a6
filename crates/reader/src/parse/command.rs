//! The `curl`, HTTPie (`http`/`https`) or `xh` command line pasted above the output: the request it
//! sent. Shell prompts and quoting are their own small syntax, apart from HTTP's.

use super::lines::{capped, field_line};
use super::{Field, Request};

/// Shell prompts before a pasted command: `$ `, `% `, `> `, `❯ `, `user@host:~$ `, `PS C:\> `.
fn without_prompt(line: &str) -> &str {
    let line = line.trim_start();
    for marker in ["$ ", "% ", "> ", "\u{276f} ", "\u{279c} ", "# "] {
        if let Some(position) = line.find(marker).filter(|&position| position < 80) {
            let before = &line[..position];
            if !before.contains(' ') || before.starts_with("PS ") {
                return line[position + marker.len()..].trim_start();
            }
        }
    }
    line
}

/// Splits a command line into words, honouring single and double quotes (no other shell
/// syntax: enough for the commands people paste).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut in_word = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(open), c) if c == open => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, '\\') => in_word = true,
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// A `curl`, `http`/`https` (HTTPie) or `xh` command line: the request it sent.
pub(super) fn command(line: &str) -> Option<Request> {
    let words = shell_words(without_prompt(line));
    let program = words.first()?.rsplit('/').next()?.to_string();
    let mut request = Request::default();
    match program.as_str() {
        "curl" | "curl.exe" => {
            let (mut data, mut upload) = (false, false);
            let mut arguments = words.iter().skip(1);
            while let Some(word) = arguments.next() {
                match word.as_str() {
                    "-X" | "--request" => request.method = arguments.next().cloned(),
                    "-I" | "--head" => request.method = Some("HEAD".into()),
                    "-H" | "--header" => {
                        if let Some((name, value)) = arguments.next().and_then(|header| field_line(header)) {
                            request.fields.push(Field { name: name.to_string(), value: capped(value) });
                        }
                    }
                    "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-urlencode" | "--json" | "-F" | "--form" => {
                        data = true;
                        arguments.next();
                    }
                    "-T" | "--upload-file" => {
                        upload = true;
                        arguments.next();
                    }
                    "-o" | "--output" | "-u" | "--user" | "-A" | "--user-agent" | "-e" | "--referer" | "-b" | "--cookie" | "-x" | "--proxy" | "-m"
                    | "--max-time" | "--max-redirs" | "-w" | "--write-out" | "--connect-timeout" | "--resolve" | "--cacert" | "-E" | "--cert" => {
                        arguments.next();
                    }
                    _ if word.starts_with("-X") && word.len() > 2 => request.method = Some(word[2..].to_string()),
                    // Bundled short options with -I (HEAD): -sSI, -Iv.
                    _ if word.starts_with('-')
                        && !word.starts_with("--")
                        && word.len() > 2
                        && word[1..].bytes().all(|byte| byte.is_ascii_alphabetic())
                        && word.contains('I') =>
                    {
                        request.method = Some("HEAD".into());
                    }
                    _ if request.url.is_none() && (word.starts_with("http://") || word.starts_with("https://")) => request.url = Some(capped(word)),
                    _ => {}
                }
            }
            if request.method.is_none() {
                // curl uploads a file (-T) with PUT and sends data (-d, -F) with POST.
                request.method = Some(
                    if upload {
                        "PUT"
                    } else if data {
                        "POST"
                    } else {
                        "GET"
                    }
                    .into(),
                );
            }
        }
        "http" | "https" | "xh" | "xhs" => {
            let default_scheme = if program.ends_with('s') { "https" } else { "http" };
            let mut data = false;
            let mut arguments = words.iter().skip(1);
            while let Some(word) = arguments.next() {
                if word.starts_with('-') {
                    // Options that take a value, which is not the URL (and `--auth`'s is a secret).
                    const WITH_VALUE: &[&str] = &[
                        "-a",
                        "--auth",
                        "-A",
                        "--auth-type",
                        "-o",
                        "--output",
                        "--session",
                        "--session-read-only",
                        "-p",
                        "--print",
                        "--pretty",
                        "-s",
                        "--style",
                        "--verify",
                        "--cert",
                        "--cert-key",
                        "--proxy",
                        "--timeout",
                        "--max-redirects",
                        "--default-scheme",
                    ];
                    if WITH_VALUE.contains(&word.as_str()) {
                        arguments.next();
                    }
                    continue;
                }
                if request.url.is_none() {
                    if request.method.is_none() && word.bytes().all(|byte| byte.is_ascii_uppercase()) {
                        request.method = Some(word.clone());
                    } else {
                        request.url = Some(httpie_url(word, default_scheme));
                    }
                } else if let Some((name, value)) = field_line(word).filter(|(_, value)| !value.starts_with('=')) {
                    request.fields.push(Field { name: name.to_string(), value: capped(value) });
                } else if word.contains('=') {
                    data = true;
                }
            }
            if request.method.is_none() {
                request.method = Some(if data { "POST" } else { "GET" }.into());
            }
        }
        _ => return None,
    }
    request.url.is_some().then_some(request)
}

/// HTTPie's URL shorthands: no scheme (the program's default), `:3000/path` for localhost.
fn httpie_url(word: &str, default_scheme: &str) -> String {
    if word.starts_with("http://") || word.starts_with("https://") {
        capped(word)
    } else if let Some(local) = word.strip_prefix(':') {
        let local = if local.starts_with('/') || local.is_empty() { local.to_string() } else { format!(":{local}") };
        format!("{default_scheme}://localhost{local}")
    } else {
        capped(&format!("{default_scheme}://{word}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_lines() {
        let curl = command("$ curl -sSiL -X POST -H 'Origin: https://app.example.com' https://api.example.com/v1/items").unwrap();
        assert_eq!(curl.method.as_deref(), Some("POST"));
        assert_eq!(curl.url.as_deref(), Some("https://api.example.com/v1/items"));
        assert_eq!(curl.field("origin"), Some("https://app.example.com"));
        assert_eq!(command("curl -I http://example.com").unwrap().method.as_deref(), Some("HEAD"));
        assert_eq!(command("me@box:~$ curl -d 'a=1' https://example.com/form").unwrap().method.as_deref(), Some("POST"));
        assert_eq!(command("curl -i -T report.pdf https://files.example.com/report.pdf").unwrap().method.as_deref(), Some("PUT"));
        let httpie = command("$ https -v PUT pie.dev/put Origin:https://a.example name=x").unwrap();
        assert_eq!((httpie.method.as_deref(), httpie.url.as_deref()), (Some("PUT"), Some("https://pie.dev/put")));
        assert_eq!(httpie.field("Origin"), Some("https://a.example"));
        assert_eq!(command("http :3000/health").unwrap().url.as_deref(), Some("http://localhost:3000/health"));
        assert_eq!(command("http -a alice:s3cret --print=HBhb GET example.com/me").unwrap().url.as_deref(), Some("http://example.com/me"));
        assert!(command("curl --help").is_none());
        assert!(command("HTTP/1.1 200 OK").is_none());
    }
}
