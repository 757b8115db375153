//! Any bytes as an embedded index: decoding refuses or succeeds, never panics, and what
//! decodes encodes back to bytes that decode to the same index.
#![no_main]
use libfuzzer_sys::fuzz_target;
use story_core::codec::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"STORYIDX1\n".to_vec();
    bytes.extend_from_slice(data);
    for input in [data, &bytes[..]] {
        if let Ok(index) = decode(input) {
            assert_eq!(decode(&encode(&index)).ok(), Some(index));
        }
    }
});
