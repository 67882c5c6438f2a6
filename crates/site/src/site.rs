//! Writes the whole app into a folder: the embed's files copied from the build (the app is
//! self-contained, so its folder can be published alone), its own script, stylesheet and icons,
//! a page per record and per guide leaf, the first page, the manifest, the OpenSearch
//! description and, last, the service worker with the list of everything written.

use crate::app_files::{manifest, opensearch, paths_module, service_worker};
use crate::base_url::BaseUrl;
use crate::guide_page::guide_page;
use crate::index_page::index_page;
use crate::page::Page;
use crate::paths::guide_walks;
use crate::record::record_page;
use http_status_data as db;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The app's own files, compiled in so the generator is one binary.
const ASSETS: [(&str, &[u8]); 7] = [
    ("lookup.js", include_bytes!("../app/lookup.js")),
    ("lookup.css", include_bytes!("../app/lookup.css")),
    ("icon.svg", include_bytes!("../app/icon.svg")),
    ("icon-192.png", include_bytes!("../app/icon-192.png")),
    ("icon-512.png", include_bytes!("../app/icon-512.png")),
    ("icon-maskable-512.png", include_bytes!("../app/icon-maskable-512.png")),
    ("robots.txt", b"User-agent: *\nAllow: /\n"),
];

/// The embed's stylesheet, which the build's list of files leaves out (pages load it themselves).
const EMBED_STYLESHEET: &str = "http-status.css";

/// Every page of the app: the first page, one per record, one per guide leaf.
pub fn pages() -> Vec<Page> {
    let walks = guide_walks();
    let mut pages = vec![index_page(&walks)];
    pages.extend(db::entries().iter().map(record_page));
    pages.extend(walks.iter().filter_map(guide_page));
    pages
}

/// What went wrong writing the app, naming the file.
#[derive(Debug)]
pub struct SiteError {
    pub path: PathBuf,
    pub error: io::Error,
}

impl std::fmt::Display for SiteError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{}: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for SiteError {}

fn at(path: &Path) -> impl FnOnce(io::Error) -> SiteError + '_ {
    move |error| SiteError { path: path.to_path_buf(), error }
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), SiteError> {
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder).map_err(at(folder))?;
    }
    fs::write(path, contents).map_err(at(path))
}

/// Writes the app into `out` (emptied first), taking `embed_files` from `dist`; returns the
/// number of pages written.
pub fn write_site(dist: &Path, embed_files: &[String], out: &Path, base: &BaseUrl) -> Result<usize, SiteError> {
    if out.exists() {
        fs::remove_dir_all(out).map_err(at(out))?;
    }
    for file in embed_files.iter().map(String::as_str).chain([EMBED_STYLESHEET]) {
        let source = dist.join(file);
        write(&out.join(file), fs::read(&source).map_err(at(&source))?)?;
    }
    for (name, bytes) in ASSETS {
        write(&out.join(name), bytes)?;
    }
    write(&out.join("paths.js"), paths_module())?;
    write(&out.join("manifest.webmanifest"), manifest())?;
    write(&out.join("opensearch.xml"), opensearch(base))?;
    let pages = pages();
    for page in &pages {
        write(&out.join(&page.path).join("index.html"), page.render(base))?;
    }
    let files = precached(out)?;
    let version = version(out, &files)?;
    write(&out.join("sw.js"), service_worker(&version, &files))?;
    Ok(pages.len())
}

/// Every file under `out`, relative and sorted, a page as its folder (`404/`, `./` for the root).
fn precached(out: &Path) -> Result<Vec<String>, SiteError> {
    let mut files = Vec::new();
    let mut folders = vec![out.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for item in fs::read_dir(&folder).map_err(at(&folder))? {
            let path = item.map_err(at(&folder))?.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let relative = path.strip_prefix(out).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            files.push(match relative.strip_suffix("index.html") {
                Some("") => "./".to_string(),
                Some(folder) => folder.to_string(),
                None => relative,
            });
        }
    }
    files.sort();
    Ok(files)
}

/// The build's version: a hash of every precached file's name and bytes (FNV-1a, 64 bits), so
/// any change to any file makes a new service worker and a new cache.
fn version(out: &Path, files: &[String]) -> Result<String, SiteError> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let path = if file == "./" || file.ends_with('/') { out.join(file).join("index.html") } else { out.join(file) };
        let bytes = fs::read(&path).map_err(at(&path))?;
        for byte in file.as_bytes().iter().chain([0u8].iter()).chain(bytes.iter()) {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(format!("{hash:016x}"))
}
