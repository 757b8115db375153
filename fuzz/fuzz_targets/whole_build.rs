//! Any bytes as two article files: the whole build, extraction and comparison included,
//! returns an index or an error, never panics. (Slow per input: run it with small inputs.)
#![no_main]
use libfuzzer_sys::fuzz_target;
use story_analysis::{build, SourceFile};

fuzz_target!(|data: &[u8]| {
    let _ = build(&[SourceFile::new("a.txt", data), SourceFile::new("b.md", data)]);
});
