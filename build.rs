//! Reads the corpus folder (`$STORY_CORPUS`, else `seeds/`) through the analysis crate and
//! writes the encoded index to `$OUT_DIR/index.bin`, which the app embeds. Diagnostics become
//! cargo warnings; a corpus that cannot be built stops the build with the reason.
//!
//! An index larger than `$STORY_SPLIT_BYTES` (default 2 MB) is split (`story_core::chunk`):
//! the head is embedded, the chunks are written to `<target>/story-chunks/<key>/`, and
//! `<target>/story-chunks/current-<target triple>-<profile>` names the key (or `none`), for
//! trunk's post-build hook (`scripts/copy-chunks.mjs`) to copy them beside the page.
//!
//! It also writes `$OUT_DIR/page.bin`, the page's metadata (`story_core::page`: title,
//! summary, embed origins from `story.toml`), which the app embeds too and the trunk hook
//! `scripts/page-meta.mjs` reads from the built wasm.

use std::path::{Path, PathBuf};

/// Encoded size above which the index is split, unless `$STORY_SPLIT_BYTES` says otherwise.
const SPLIT_BYTES: usize = 2_000_000;
/// Documents per document chunk, and search shards.
const DOCS_PER_CHUNK: u32 = 4;
const SHARDS: u32 = 128;

fn main() {
    println!("cargo:rerun-if-env-changed=STORY_CORPUS");
    println!("cargo:rerun-if-env-changed=STORY_SPLIT_BYTES");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = match std::env::var_os("STORY_CORPUS") {
        Some(d) => manifest.join(d),
        None => manifest.join("seeds"),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    let files = match story_analysis::fs::read_corpus(&dir) {
        Ok(f) => f,
        Err(e) => fail(&format!(
            "cannot read the corpus folder {}: {e}",
            dir.display()
        )),
    };
    for f in &files {
        println!("cargo:rerun-if-changed={}", dir.join(&f.name).display());
    }
    let index = match story_analysis::build(&files) {
        Ok(i) => i,
        Err(e) => fail(&format!(
            "the corpus {} cannot be built:\n{e}",
            dir.display()
        )),
    };
    for d in &index.diagnostics {
        if d.severity >= story_core::Severity::Warning {
            println!("cargo:warning=corpus: {d}");
        }
    }
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let whole = story_core::codec::encode(&index);
    let limit = match std::env::var("STORY_SPLIT_BYTES") {
        Ok(v) => v.trim().parse::<usize>().unwrap_or_else(|_| {
            fail(&format!(
                "STORY_SPLIT_BYTES must be a number of bytes, not {v:?}"
            ))
        }),
        Err(_) => SPLIT_BYTES,
    };
    let chunks_dir = target_dir(&out_dir, &manifest).join("story-chunks");
    let pointer = chunks_dir.join(format!(
        "current-{}-{}",
        std::env::var("TARGET").unwrap_or_default(),
        std::env::var("PROFILE").unwrap_or_default()
    ));
    // The page leaves its chunk-fetching code out unless the index is split.
    println!("cargo::rustc-check-cfg=cfg(story_split)");
    let embedded = if whole.len() > limit {
        println!("cargo::rustc-cfg=story_split");
        let key = story_core::chunk::key_of(&whole);
        let split = story_core::chunk::split(&index, &key, DOCS_PER_CHUNK, SHARDS);
        let dir = chunks_dir.join(&key);
        let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
        for (n, c) in split.docs.iter().enumerate() {
            files.push((
                dir.join(format!("d{n}.bin")),
                story_core::codec::encode_doc_chunk(c),
            ));
        }
        for (n, s) in split.shards.iter().enumerate() {
            files.push((
                dir.join(format!("s{n}.bin")),
                story_core::codec::encode_shard(s),
            ));
        }
        write_all(&dir, &files);
        write(&pointer, key.as_bytes());
        story_core::codec::encode_head(&split.head)
    } else {
        write(&pointer, b"none");
        whole
    };
    forget_unused(&chunks_dir);
    write(&out_dir.join("index.bin"), &embedded);
    write(&out_dir.join("page.bin"), &page_meta(&files, &index));
}

/// The page's metadata from the index and `story.toml` (whose warnings the build reported).
fn page_meta(files: &[story_analysis::SourceFile], index: &story_core::Index) -> Vec<u8> {
    use story_analysis::{config, Content};
    let config = files
        .iter()
        .find(|f| f.name == config::FILE_NAME)
        .and_then(|f| match &f.content {
            Content::Bytes(b) => Some(config::parse(b).0),
            _ => None,
        })
        .unwrap_or_default();
    let meta =
        story_core::page::PageMeta::new(index, config.summary.as_deref(), config.embed_origins);
    match serde_json::to_string(&meta) {
        Ok(json) => story_core::page::frame(&json),
        Err(e) => fail(&format!("cannot write the page's metadata: {e}")),
    }
}

/// Cargo's target directory: the outermost ancestor of `OUT_DIR` that holds `CACHEDIR.TAG`
/// (a cross build's `<target>/<triple>/` has one too).
fn target_dir(out_dir: &Path, manifest: &Path) -> PathBuf {
    out_dir
        .ancestors()
        .filter(|p| p.join("CACHEDIR.TAG").is_file())
        .last()
        .map_or_else(|| manifest.join("target"), Path::to_path_buf)
}

fn write_all(dir: &Path, files: &[(PathBuf, Vec<u8>)]) {
    if let Err(e) = std::fs::create_dir_all(dir) {
        fail(&format!("cannot create {}: {e}", dir.display()));
    }
    for (path, bytes) in files {
        write(path, bytes);
    }
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    if let Err(e) = std::fs::write(path, bytes) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

/// Removes chunk folders that no `current-*` file names (older builds' chunks).
fn forget_unused(chunks_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(chunks_dir) else {
        return;
    };
    let entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    let used: Vec<String> = entries
        .iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("current-"))
        })
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|k| k.trim().to_string())
        .collect();
    for p in entries.iter().filter(|p| p.is_dir()) {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if !used.contains(&name) {
            let _ = std::fs::remove_dir_all(p);
        }
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
