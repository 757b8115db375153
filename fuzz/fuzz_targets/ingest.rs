//! Any bytes as an article file: ingest returns a document or a diagnostic, never panics,
//! and every sentence it keeps is non-empty, trimmed text of the file.
#![no_main]
use libfuzzer_sys::fuzz_target;
use story_analysis::ingest::ingest;

fuzz_target!(|data: &[u8]| {
    let out = ingest("fuzz.txt", "fuzz", data);
    if let Some(doc) = out.document {
        for s in &doc.sentences {
            assert!(!s.text.is_empty() && s.text.trim() == s.text, "{:?}", s.text);
        }
    } else {
        assert!(!out.diagnostics.is_empty());
    }
});
