//! Reading a corpus folder: the analysis crate's only I/O, used by the app's `build.rs` and by
//! the CLI. Article files are the text (`.txt`), Markdown (`.md`, `.markdown`) and saved web
//! page (`.html`, `.htm`, `.xhtml`) files directly in the folder; other entries are reported
//! and left alone.

use std::io::Read;
use std::path::Path;

use crate::ingest::MAX_FILE_BYTES;
use crate::{Content, SourceFile};

/// File extensions read as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "xhtml"];

/// Names in a corpus folder that are not articles and need no mention.
const KNOWN_NON_ARTICLES: &[&str] = &["readme", "readme.md", "readme.txt"];

/// The files of a folder: articles with their bytes, anything else as [`Content::Skipped`]
/// with the reason. Fails only when the folder itself cannot be listed.
pub fn read_corpus(dir: &Path) -> std::io::Result<Vec<SourceFile>> {
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || KNOWN_NON_ARTICLES.contains(&name.to_lowercase().as_str()) {
            continue;
        }
        let path = entry.path();
        let is_article = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_lowercase().as_str()));
        let content = if name == crate::config::FILE_NAME && path.is_file() {
            read_limited(&path)
        } else if !path.is_file() {
            Content::Skipped("not a regular file".to_string())
        } else if !is_article {
            Content::Skipped("not a .txt, .md or .html file".to_string())
        } else {
            read_limited(&path)
        };
        files.push(SourceFile { name, content });
    }
    Ok(files)
}

fn read_limited(path: &Path) -> Content {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return Content::Skipped(format!("could not be read: {e}")),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Content::TooLarge { size };
    }
    let mut bytes = Vec::new();
    match file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() as u64 > MAX_FILE_BYTES => Content::TooLarge {
            size: bytes.len() as u64,
        },
        Ok(_) => Content::Bytes(bytes),
        Err(e) => Content::Skipped(format!("could not be read: {e}")),
    }
}
