//! `story-bench`: the native half of the benchmark (`bench/run.mjs` drives it).
//!
//! - `synth ARTICLES DIR [--seed N]` writes a generated corpus into DIR (replacing its
//!   `.txt` files);
//! - `build DIR [--out FILE]` reads and builds the corpus DIR as the page's build does and
//!   prints one JSON line: wall time of reading and of building, peak resident memory of the
//!   process, the encoded index's bytes and what it holds; `--out` also writes the index;
//! - `query INDEX WORD...` runs, on an index `build --out` wrote, a search for every prefix of
//!   each word as it is typed (`w`, `wo`, `wor`, …) and prints one JSON line per query: the
//!   engine's time (median of 5 runs, after a first run that builds the full-text index) and
//!   what it found. The query engine alone, natively: the page adds the view's work.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str =
    "usage: story-bench synth ARTICLES DIR [--seed N] | build DIR [--out FILE] | query INDEX WORD...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("synth") => synth(&args[1..]),
        Some("build") => build(&args[1..]),
        Some("query") => query(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("story-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn option(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn positional(args: &[String]) -> Vec<&String> {
    let mut out = Vec::new();
    let mut skip = false;
    for a in args {
        if skip {
            skip = false;
        } else if a.starts_with("--") {
            skip = true;
        } else {
            out.push(a);
        }
    }
    out
}

fn synth(args: &[String]) -> Result<(), String> {
    let pos = positional(args);
    let (Some(n), Some(dir)) = (pos.first(), pos.get(1)) else {
        return Err(USAGE.to_string());
    };
    let n: usize = n
        .parse()
        .map_err(|_| format!("not a number of articles: {n}"))?;
    let seed: u64 = match option(args, "--seed") {
        Some(s) => s.parse().map_err(|_| format!("not a seed: {s}"))?,
        None => 1,
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    for f in story_bench::generate(n, seed) {
        let path = dir.join(&f.name);
        std::fs::write(&path, f.text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Peak resident set size of this process in KiB (Linux: `VmHWM` of /proc/self/status).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn build(args: &[String]) -> Result<(), String> {
    let pos = positional(args);
    let Some(dir) = pos.first() else {
        return Err(USAGE.to_string());
    };
    let dir = Path::new(dir.as_str());
    let t0 = Instant::now();
    let files =
        story_analysis::fs::read_corpus(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let read_ms = t0.elapsed().as_secs_f64() * 1e3;
    let input_bytes: usize = files
        .iter()
        .map(|f| match &f.content {
            story_analysis::Content::Bytes(b) => b.len(),
            _ => 0,
        })
        .sum();
    let t1 = Instant::now();
    let index = story_analysis::build(&files).map_err(|e| e.to_string())?;
    let build_ms = t1.elapsed().as_secs_f64() * 1e3;
    let t2 = Instant::now();
    let bytes = story_core::codec::encode(&index);
    let encode_ms = t2.elapsed().as_secs_f64() * 1e3;
    if let Some(out) = option(args, "--out") {
        std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    }
    let sentences: usize = index.documents.iter().map(|d| d.sentences.len()).sum();
    let report = serde_json::json!({
        "documents": index.documents.len(),
        "sentences": sentences,
        "entities": index.entities.len(),
        "events": index.events.len(),
        "claims": index.claims.len(),
        "input_bytes": input_bytes,
        "index_bytes": bytes.len(),
        "read_ms": read_ms,
        "build_ms": build_ms,
        "encode_ms": encode_ms,
        "peak_rss_kib": peak_rss_kib(),
    });
    println!("{report}");
    Ok(())
}

fn query(args: &[String]) -> Result<(), String> {
    let Some((path, words)) = args.split_first() else {
        return Err(USAGE.to_string());
    };
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let index = story_core::codec::decode(&bytes).map_err(|e| format!("{path}: {e}"))?;
    let engine = story_core::query::Engine::new(&index);
    let mut state = story_core::view::ViewState::default();
    for word in words {
        for (end, _) in word.char_indices().skip(1).chain([(word.len(), ' ')]) {
            state.q = word[..end].to_string();
            let mut results = engine.run(&index, &state);
            let mut times: Vec<f64> = (0..5)
                .map(|_| {
                    let t = Instant::now();
                    results = engine.run(&index, &state);
                    t.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            times.sort_by(f64::total_cmp);
            let report = serde_json::json!({
                "q": state.q,
                "ms": times[times.len() / 2],
                "passages": results.total,
                "sources": results.by_source.len(),
            });
            println!("{report}");
        }
    }
    Ok(())
}
