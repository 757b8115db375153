//! Any bytes as an article file, read as text, Markdown or a saved web page (the first byte
//! chooses): ingest returns a document or a diagnostic, never panics, and every sentence it
//! keeps is non-empty, trimmed text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use story_analysis::ingest::ingest;

fuzz_target!(|data: &[u8]| {
    let (name, bytes) = match data.split_first() {
        Some((b, rest)) if b % 3 == 1 => ("fuzz.md", rest),
        Some((b, rest)) if b % 3 == 2 => ("fuzz.html", rest),
        _ => ("fuzz.txt", data),
    };
    let out = ingest(name, "fuzz", bytes);
    if let Some(doc) = out.document {
        for s in &doc.sentences {
            assert!(!s.text.is_empty() && s.text.trim() == s.text, "{:?}", s.text);
        }
    } else {
        assert!(!out.diagnostics.is_empty());
    }
});
