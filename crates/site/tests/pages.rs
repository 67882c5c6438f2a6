//! The lookup app's pages: every record and guide leaf has a path of its own, the pages escape
//! the data's text, and their canonical, Open Graph and OpenSearch URLs are absolute.

use http_status_data as db;
use http_status_site::app_files::{opensearch, service_worker};
use http_status_site::base_url::BaseUrl;
use http_status_site::page::Page;
use http_status_site::paths::{guide_walks, record_path, vendor_folder};
use http_status_site::record::record_page;
use http_status_site::site::{pages, write_site};
use std::collections::HashSet;

fn base() -> BaseUrl {
    BaseUrl::parse("https://status.example.com/lookup/").unwrap()
}

#[test]
fn every_record_and_guide_leaf_has_a_path_of_its_own_even_on_case_insensitive_file_systems() {
    let pages = pages();
    assert_eq!(pages.len(), 1 + db::entries().len() + guide_walks().len());
    let mut seen = HashSet::new();
    for page in &pages {
        let folded = page.path.to_ascii_lowercase();
        assert!(seen.insert(folded.clone()), "two pages at {folded}");
        assert!(page.path.is_empty() || page.path.ends_with('/'), "{} is a folder", page.path);
        assert!(page.path.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"./-_".contains(&byte)), "{} needs no escaping in a URL", page.path);
        assert!(!page.path.split('/').any(|segment| segment == "." || segment == ".."), "{}", page.path);
    }
    // No record folder holds another page's folder: static hosting would serve either.
    let folders: HashSet<&str> = pages.iter().map(|page| page.path.as_str()).filter(|path| !path.is_empty()).collect();
    for page in &pages {
        let mut parent = page.path.trim_end_matches('/');
        while let Some(cut) = parent.rfind('/') {
            parent = &parent[..cut];
            assert!(!folders.contains(format!("{parent}/").as_str()), "{} sits inside the page {parent}/", page.path);
        }
    }
}

#[test]
fn paths_are_readable_from_the_code_the_vendor_and_the_label() {
    let path = |id: &str| record_path(db::by_id(id).unwrap());
    assert_eq!(path("404"), "404/");
    assert_eq!(path("499-nginx"), "nginx/499/");
    assert_eq!(path("500.19-iis"), "microsoft-iis/500.19/");
    assert_eq!(path("500.0-ancm"), "asp-net-core-module/500.0/");
    assert_eq!(path("1020-cloudflare"), "cloudflare/1020/");
    assert_eq!(path("h12-heroku"), "heroku/h12/");
    assert_eq!(path("upstream-timed-out-nginx"), "nginx/upstream-timed-out/");
    // HAProxy's states differ by case alone: their ids keep them apart.
    assert_eq!(path("sh-haproxy"), "haproxy/sh-haproxy/");
    assert_eq!(path("sh-timeout-haproxy"), "haproxy/sh-timeout-haproxy/");
    assert_eq!(path("pr-haproxy"), "haproxy/pr/");
    assert_eq!(vendor_folder(".NET"), "dotnet");
    assert_eq!(vendor_folder("Apache (unverified)"), "apache");
    assert_eq!(vendor_folder("Browsers (fetch and XHR)"), "browsers");
    let leaf = guide_walks().into_iter().find(|walk| walk.leaf().is_some_and(|leaf| leaf.entry().id == "429")).unwrap();
    assert_eq!(pages().iter().filter(|page| page.path == format!("guide/{}/", leaf.path().join("/"))).count(), 1);
}

#[test]
fn canonical_open_graph_and_opensearch_urls_are_absolute() {
    let page = record_page(db::by_id("1020-cloudflare").unwrap()).render(&base());
    assert!(page.contains(r#"<link rel="canonical" href="https://status.example.com/lookup/cloudflare/1020/">"#), "{page}");
    assert!(page.contains(r#"<meta property="og:url" content="https://status.example.com/lookup/cloudflare/1020/">"#), "{page}");
    assert!(page.contains(r#"<meta property="og:image" content="https://status.example.com/lookup/icon-512.png">"#), "{page}");
    assert!(
        page.contains(r#"<link rel="search" type="application/opensearchdescription+xml" title="HTTP status lookup" href="../../opensearch.xml">"#),
        "{page}"
    );
    let description = opensearch(&base());
    assert!(description.contains(r#"template="https://status.example.com/lookup/?q={searchTerms}""#), "{description}");
    for page in pages() {
        let html = page.render(&base());
        assert!(html.contains(&format!(r#"<link rel="canonical" href="https://status.example.com/lookup/{}">"#, page.path)), "{}", page.path);
        assert!(html.contains(r#"rel="search" type="application/opensearchdescription+xml""#), "{} links the OpenSearch description", page.path);
    }
}

#[test]
fn a_record_page_says_everything_without_javascript() {
    let page = record_page(db::lookup(429).unwrap()).render(&base());
    for expected in [
        "<title>429 Too Many Requests · HTTP status lookup</title>",
        r#"<h1 id="record-title"><span class="code">429</span> Too Many Requests</h1>"#,
        "<dt>Registry</dt><dd>IANA, permanent</dd>",
        "<h2>What it means</h2><p>You hit a rate limit.",
        "<h2>Example response</h2><pre><code>HTTP/1.1 429 Too Many Requests\nRetry-After: 30",
        r#"<a href="../503/">503 Service Unavailable</a>: 503: the service is unavailable to everyone"#,
        r#"<a href="https://www.rfc-editor.org/rfc/rfc6585.html#section-4" rel="noopener">RFC 6585, Section 4</a>"#,
        "<code>Retry-After</code>",
    ] {
        assert!(page.contains(expected), "{expected}\nnot in\n{page}");
    }
    let vendor = record_page(db::by_id("h12-heroku").unwrap()).render(&base());
    assert!(
        vendor.contains("<dt>Vendor</dt><dd>Heroku</dd>") && vendor.contains(r#"<dt>Arrives as</dt><dd><a href="../../503/">503 Service Unavailable</a></dd>"#),
        "{vendor}"
    );
}

#[test]
fn text_is_escaped_wherever_a_page_puts_it() {
    let hostile = Page {
        title: Some(r#"<script>alert(1)</script> "quoted" & more"#.to_string()),
        description: r#""><img src=x onerror=alert(1)>"#.to_string(),
        path: "x/".to_string(),
        content: String::new(),
    };
    let html = hostile.render(&BaseUrl::parse("https://example.com/a&b/").unwrap());
    assert!(!html.contains("<script>alert") && !html.contains("<img src=x"), "{html}");
    assert!(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; more · HTTP status lookup</title>"), "{html}");
    assert!(html.contains(r#"content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;""#), "{html}");
    assert!(html.contains(r#"href="https://example.com/a&amp;b/x/""#), "{html}");
    // The data holds markup characters (`Retry-After: <seconds>`-style values, `&`): every page
    // has exactly the tags it writes, none from the data.
    for page in pages() {
        let html = page.render(&base());
        assert_eq!(html.matches("<script").count(), 1, "{}: one script, the app's", page.path);
        assert!(!html.contains("<img") && !html.contains(" onerror") && !html.contains("<iframe"), "{}", page.path);
    }
}

#[test]
fn the_site_is_written_with_a_service_worker_that_lists_every_file_and_changes_with_them() {
    let scratch = std::env::temp_dir().join(format!("lookup-site-test-{}", std::process::id()));
    let dist = scratch.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    for file in [
        "http-status.js",
        "element.js",
        "http-status-app.js",
        "http-status-app_bg.wasm",
        "http-status-prose.txt",
        "http-status-search-words.txt",
        "http-status.css",
    ] {
        std::fs::write(dist.join(file), file).unwrap();
    }
    let list = r#"{"parts":{"entry":["http-status.js","element.js"],"element":["http-status-element.js","http-status-element_bg.wasm"],"app":["http-status-app.js","http-status-app_bg.wasm"],"prose":["http-status-prose.txt"],"searchWords":["http-status-search-words.txt"]}}"#;
    let files = http_status_site::embed_files(list).unwrap();
    assert!(!files.iter().any(|file| file.starts_with("http-status-element")), "the app never loads the small wasm: {files:?}");
    let out = scratch.join("lookup");
    let written = write_site(&dist, &files, &out, &base()).unwrap();
    assert_eq!(written, pages().len());
    let worker = std::fs::read_to_string(out.join("sw.js")).unwrap();
    for file in [
        "\"./\"",
        "\"404/\"",
        "\"cloudflare/1020/\"",
        "\"http-status-app_bg.wasm\"",
        "\"http-status-prose.txt\"",
        "\"http-status-search-words.txt\"",
        "\"lookup.js\"",
        "\"paths.js\"",
        "\"manifest.webmanifest\"",
        "\"icon-192.png\"",
        "\"http-status.css\"",
    ] {
        assert!(worker.contains(file), "{file} not precached");
    }
    assert!(!worker.contains("\"sw.js\"") && !worker.contains("index.html"), "pages are listed as their folders, the worker not at all");
    let version = |worker: &str| worker.lines().find(|line| line.starts_with("const VERSION")).unwrap().to_string();
    std::fs::write(dist.join("http-status-app_bg.wasm"), "another build").unwrap();
    write_site(&dist, &files, &out, &base()).unwrap();
    assert_ne!(version(&worker), version(&std::fs::read_to_string(out.join("sw.js")).unwrap()), "a new build is a new worker");
    let missing = write_site(&scratch.join("nowhere"), &files, &out, &base()).unwrap_err().to_string();
    assert!(missing.contains("nowhere/element.js"), "the error names the file: {missing}");
    std::fs::remove_dir_all(&scratch).unwrap();
    assert_eq!(service_worker("1", &["a".to_string()]).matches("\"a\"").count(), 1);
}

#[test]
fn a_bad_list_of_files_is_named() {
    assert!(http_status_site::embed_files("not json").unwrap_err().starts_with("not the build's list of files"));
    assert_eq!(http_status_site::embed_files("{}").unwrap_err(), "no \"parts\" in the list of files");
}
