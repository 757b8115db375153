//! Any bytes as an article file, alone and beside a copy of itself: ingest and the whole
//! build (extraction included) return a value, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use story_analysis::{build, ingest::ingest, SourceFile};

fuzz_target!(|data: &[u8]| {
    let _ = ingest("fuzz.txt", "fuzz", data);
    let _ = build(&[SourceFile::new("a.txt", data), SourceFile::new("b.md", data)]);
});
