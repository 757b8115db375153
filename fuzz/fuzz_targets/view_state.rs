//! Any string as a URL query: it parses to a state that prints and parses back to itself;
//! checked against a story, it keeps only what the story has (checking again drops nothing).
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use story_core::outlet::Outlets;
use story_core::view::ViewState;
use story_core::{Document, Index, Sentence};

/// A small story: a document from an outlet, one that names none.
fn story() -> &'static (Index, Outlets) {
    static STORY: OnceLock<(Index, Outlets)> = OnceLock::new();
    STORY.get_or_init(|| {
        let doc = |id: &str, source: Option<&str>| Document {
            id: id.into(),
            source: source.map(Into::into),
            sentences: vec![Sentence::default(); 2],
            ..Document::default()
        };
        let index = Index {
            documents: vec![doc("a", Some("The Wire")), doc("b", None)],
            ..Index::default()
        };
        let outlets = Outlets::new(&index);
        (index, outlets)
    })
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let (state, _) = ViewState::parse(&query);
    let (again, notices) = ViewState::parse(&state.to_query());
    assert_eq!(again, state);
    assert!(notices.is_empty(), "{notices:?}");
    let (index, outlets) = story();
    let (mut checked, _) = ViewState::parse_for(&query, index, outlets);
    assert!(checked.check(index, outlets).is_empty());
});
