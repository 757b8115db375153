//! Any bytes as a split index's chunk or shard, fetched by the page: decoding refuses or
//! succeeds, never panics; a decoded document chunk is checked against a head (refused or
//! fitted), and a decoded shard, however inconsistent its postings, can be searched and its
//! hits marked without a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use story_core::chunk::{documents_with_text, split};
use story_core::codec::{decode_doc_chunk, decode_embedded, decode_shard};
use story_core::search::{parse_query, spans, SearchIndex};
use story_core::{Document, Index, Sentence};

fn head() -> story_core::chunk::Split {
    let doc = |id: &str, texts: &[&str]| Document {
        id: id.to_string(),
        sentences: texts
            .iter()
            .map(|t| Sentence {
                text: t.to_string(),
                ..Sentence::default()
            })
            .collect(),
        ..Document::default()
    };
    let index = Index {
        documents: vec![
            doc("a", &["One court, two courts.", "Rights and “human rights”."]),
            doc("b", &["Nothing here."]),
        ],
        ..Index::default()
    };
    split(&index, "0123456789abcdef", 1, 4)
}

fuzz_target!(|data: &[u8]| {
    let split = head();
    for magic in [&b"STORYDOCS1\n"[..], b"STORYSHARD1\n", b"STORYHEAD1\n"] {
        let mut bytes = magic.to_vec();
        bytes.extend_from_slice(data);
        for input in [data, &bytes[..]] {
            if let Ok(chunk) = decode_doc_chunk(input) {
                let _ = documents_with_text(&split.head.index, &chunk);
            }
            if let Ok(shard) = decode_shard(input) {
                let search = SearchIndex::from_head(split.head.search.clone());
                search.add_shard(shard);
                for q in ["court", "court ", "\"human rights\"", "r"] {
                    for hit in search.search(&parse_query(q)) {
                        let _ = spans("One court, two courts.", &hit);
                    }
                }
            }
            let _ = decode_embedded(input);
        }
    }
});
