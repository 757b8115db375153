//! Any string as a URL query: it parses to a state that prints and parses back to itself.
#![no_main]
use libfuzzer_sys::fuzz_target;
use story_core::view::ViewState;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let (state, _) = ViewState::parse(&query);
    let (again, notices) = ViewState::parse(&state.to_query());
    assert_eq!(again, state);
    assert!(notices.is_empty(), "{notices:?}");
});
