//! The one binary codec of the index: postcard over the wire types of [`crate::index`],
//! behind a short magic header so that stale or foreign bytes are refused with a clear error
//! instead of being misread.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::chunk::{DocChunk, Head};
use crate::index::{Index, SCHEMA};
use crate::search::Shard;

/// Bytes every encoded index starts with.
const MAGIC: &[u8] = b"STORYIDX1\n";
/// The same for a split index's head, document chunks and search shards.
const HEAD_MAGIC: &[u8] = b"STORYHEAD1\n";
const DOCS_MAGIC: &[u8] = b"STORYDOCS1\n";
const SHARD_MAGIC: &[u8] = b"STORYSHARD1\n";

/// Why bytes could not be decoded as an index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes do not start with the index header: not an index, or another format version.
    NotAnIndex,
    /// The header is right but the body is damaged.
    Corrupt(String),
    /// The body decoded but declares another schema.
    Schema(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotAnIndex => write!(f, "not a {SCHEMA} index (bad header)"),
            DecodeError::Corrupt(e) => write!(f, "the index is damaged: {e}"),
            DecodeError::Schema(s) => write!(f, "the index has schema {s:?}, expected {SCHEMA:?}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Encodes an index. Encoding these types into a `Vec` cannot fail in practice; should
/// postcard ever report an error, the header alone is returned, which [`decode`] refuses.
pub fn encode(index: &Index) -> Vec<u8> {
    encode_with(MAGIC, index)
}

/// Decodes bytes written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Index, DecodeError> {
    let index: Index = decode_with(MAGIC, bytes)?;
    if index.schema != SCHEMA {
        return Err(DecodeError::Schema(index.schema));
    }
    finite(&index)?;
    Ok(index)
}

/// Refuses an index with a number that is not finite (a NaN salience would place an event
/// nowhere and, compared with itself, never equal): the build writes none.
fn finite(index: &Index) -> Result<(), DecodeError> {
    let events = index.events.iter().map(|e| f64::from(e.salience));
    let framing = index.framing.iter().map(|f| f.opinion_score);
    match events.chain(framing).find(|x| !x.is_finite()) {
        Some(x) => Err(DecodeError::Corrupt(format!(
            "a number that is not finite ({x})"
        ))),
        None => Ok(()),
    }
}

fn encode_with<T: Serialize>(magic: &[u8], value: &T) -> Vec<u8> {
    postcard::to_extend(value, magic.to_vec()).unwrap_or_else(|_| magic.to_vec())
}

fn decode_with<T: DeserializeOwned>(magic: &[u8], bytes: &[u8]) -> Result<T, DecodeError> {
    let body = bytes.strip_prefix(magic).ok_or(DecodeError::NotAnIndex)?;
    postcard::from_bytes(body).map_err(|e| DecodeError::Corrupt(e.to_string()))
}

/// What a page embeds: a whole index, or the head of a split one.
#[derive(Clone, Debug, PartialEq)]
pub enum Embedded {
    Whole(Index),
    Split(Head),
}

/// Encodes a split index's head.
pub fn encode_head(head: &Head) -> Vec<u8> {
    encode_with(HEAD_MAGIC, head)
}

/// Decodes what a page embeds: [`encode`]'s bytes or [`encode_head`]'s.
pub fn decode_embedded(bytes: &[u8]) -> Result<Embedded, DecodeError> {
    if bytes.starts_with(HEAD_MAGIC) {
        let head: Head = decode_with(HEAD_MAGIC, bytes)?;
        if head.index.schema != SCHEMA {
            return Err(DecodeError::Schema(head.index.schema));
        }
        finite(&head.index)?;
        return Ok(Embedded::Split(head));
    }
    decode(bytes).map(Embedded::Whole)
}

pub fn encode_doc_chunk(chunk: &DocChunk) -> Vec<u8> {
    encode_with(DOCS_MAGIC, chunk)
}

pub fn decode_doc_chunk(bytes: &[u8]) -> Result<DocChunk, DecodeError> {
    decode_with(DOCS_MAGIC, bytes)
}

pub fn encode_shard(shard: &Shard) -> Vec<u8> {
    encode_with(SHARD_MAGIC, shard)
}

pub fn decode_shard(bytes: &[u8]) -> Result<Shard, DecodeError> {
    decode_with(SHARD_MAGIC, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{Document, Sentence};

    fn sample() -> Index {
        Index {
            documents: vec![Document {
                id: "a".into(),
                file: "a.txt".into(),
                title: "Tïtle “quoted” 🚀".into(),
                published: Some("2020-01-02".into()),
                sentences: vec![Sentence {
                    text: "One.".into(),
                    ..Sentence::default()
                }],
                ..Document::default()
            }],
            ..Index::default()
        }
    }

    #[test]
    fn round_trips() {
        let index = sample();
        assert_eq!(decode(&encode(&index)), Ok(index));
    }

    #[test]
    fn refuses_numbers_that_are_not_finite() {
        for salience in [f32::NAN, f32::INFINITY] {
            let mut index = sample();
            index.events.push(crate::index::Event {
                salience,
                ..Default::default()
            });
            assert!(matches!(
                decode(&encode(&index)),
                Err(DecodeError::Corrupt(_))
            ));
        }
        let mut index = sample();
        index.framing.push(crate::index::Framing {
            opinion_score: f64::NAN,
            ..Default::default()
        });
        assert!(matches!(
            decode(&encode(&index)),
            Err(DecodeError::Corrupt(_))
        ));
    }

    #[test]
    fn refuses_foreign_bytes() {
        assert_eq!(decode(b""), Err(DecodeError::NotAnIndex));
        assert_eq!(decode(b"{\"schema\":1}"), Err(DecodeError::NotAnIndex));
    }

    #[test]
    fn refuses_truncated_and_damaged_bodies() {
        let bytes = encode(&sample());
        for cut in MAGIC.len()..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut} decoded");
        }
        let mut damaged = bytes.clone();
        let last = damaged.len() - 1;
        damaged[MAGIC.len()] = 0xff; // schema length: a huge varint
        assert!(matches!(decode(&damaged), Err(DecodeError::Corrupt(_))));
        damaged = bytes;
        damaged[last] ^= 0xff;
        let _ = decode(&damaged); // any answer but a panic
    }

    fn arbitrary_index() -> impl proptest::strategy::Strategy<Value = Index> {
        use proptest::prelude::*;
        let sentence = (
            ".{0,40}",
            any::<u32>(),
            any::<bool>(),
            any::<bool>(),
            proptest::option::of(".{0,8}"),
        )
            .prop_map(|(text, paragraph, heading, list_item, value)| Sentence {
                text,
                paragraph,
                heading,
                list_item,
                times: value
                    .map(|v| {
                        vec![crate::index::TimeExpr {
                            value: Some(v),
                            ..Default::default()
                        }]
                    })
                    .unwrap_or_default(),
            });
        let doc = (
            ".{0,12}",
            ".{0,30}",
            proptest::option::of(".{0,10}"),
            proptest::collection::vec(sentence, 0..4),
            proptest::collection::vec(".{0,10}", 0..3),
        )
            .prop_map(|(id, title, published, sentences, removed)| Document {
                id,
                title,
                published,
                sentences,
                removed: removed
                    .into_iter()
                    .map(|text| crate::Removed {
                        text,
                        reason: crate::Furniture::Recurring,
                    })
                    .collect(),
                ..Document::default()
            });
        (
            proptest::collection::vec(doc, 0..4),
            proptest::collection::vec((".{0,10}", ".{0,10}"), 0..5),
            ".{0,20}",
        )
            .prop_map(|(documents, stems, title)| Index {
                documents,
                stems,
                title,
                ..Index::default()
            })
    }

    proptest::proptest! {
        #[test]
        fn any_index_round_trips(index in arbitrary_index()) {
            proptest::prop_assert_eq!(decode(&encode(&index)), Ok(index));
        }

        #[test]
        fn any_bytes_decode_or_refuse(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512)) {
            let mut with_header = MAGIC.to_vec();
            with_header.extend(&bytes);
            let _ = decode(&bytes);
            let _ = decode(&with_header);
        }
    }

    #[test]
    fn refuses_other_schemas() {
        let index = Index {
            schema: "story-index/0".into(),
            ..Index::default()
        };
        assert_eq!(
            decode(&encode(&index)),
            Err(DecodeError::Schema("story-index/0".into()))
        );
    }
}
