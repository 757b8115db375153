use super::*;
use crate::codec::{self, DecodeError, Embedded};
use crate::index::{DocNo, Entity, Mention, Quote, Sentence, TimeExpr};
use crate::query::Engine;
use crate::view::ViewState;

fn corpus(n: usize) -> Index {
    let words = [
        "court",
        "ruling",
        "appeal",
        "designated",
        "group",
        "rights",
        "envoy",
    ];
    Index {
        documents: (0..n)
            .map(|d| Document {
                id: format!("doc{d:02}"),
                title: format!("Title {d}"),
                sentences: (0..(d % 4 + 1))
                    .map(|i| Sentence {
                        text: format!(
                            "Sentence {i} of {d}: the {} and the {} “é\u{301}”.",
                            words[(d + i) % words.len()],
                            words[(d * 3 + i) % words.len()]
                        ),
                        paragraph: i as u32,
                        // "Sentence 0 of …": a time expression over its first word.
                        times: vec![TimeExpr {
                            start: 0,
                            end: 8,
                            text: "Sentence".into(),
                            value: Some(format!("20{d:02}")),
                            ..TimeExpr::default()
                        }],
                        ..Sentence::default()
                    })
                    .collect(),
                ..Document::default()
            })
            .collect(),
        entities: vec![Entity {
            id: "e".into(),
            name: "Court".into(),
            mentions: (0..n)
                .step_by(3)
                .map(|d| Mention {
                    doc: DocNo::at(d),
                    sentence: 0,
                    ..Mention::default()
                })
                .collect(),
            ..Entity::default()
        }],
        quotes: (0..n)
            .step_by(2)
            .map(|d| Quote {
                doc: DocNo::at(d),
                text: format!("words of {d}"),
                ..Quote::default()
            })
            .collect(),
        stems: vec![("designated".into(), "design".into())],
        ..Index::default()
    }
}

#[test]
fn the_chunks_give_back_every_document_and_the_head_keeps_no_text() {
    for (n, per) in [(0, 4), (1, 4), (7, 3), (12, 4), (5, 1), (5, 0)] {
        let index = corpus(n);
        let split = split(&index, "k", per, 8);
        let per = per.max(1) as usize;
        assert_eq!(split.docs.len(), n.div_ceil(per), "{n} docs, {per} a chunk");
        assert_eq!(split.head.doc_chunks as usize, split.docs.len());
        let head = &split.head.index;
        let sentences = head.documents.iter().flat_map(|d| &d.sentences);
        assert!(sentences
            .clone()
            .all(|s| s.text.is_empty() && s.times.iter().all(|t| t.text.is_empty())));
        assert_eq!(
            sentences.count(),
            index
                .documents
                .iter()
                .map(|d| d.sentences.len())
                .sum::<usize>()
        );
        assert!(head
            .entities
            .iter()
            .flat_map(|e| &e.mentions)
            .all(|m| m.text.is_empty()));
        assert!(head.quotes.iter().all(|q| q.text.is_empty()));
        // Each quote's words are in the chunk of its document.
        let mut quotes: Vec<(u32, String)> = Vec::new();
        for chunk in &split.docs {
            for (q, words) in &chunk.quotes {
                let d = head.quotes[*q as usize].doc.index();
                assert_eq!(
                    split.head.chunk_of(d),
                    split.head.chunk_of(chunk.first as usize)
                );
                quotes.push((*q, words.clone()));
            }
        }
        quotes.sort();
        let want: Vec<(u32, String)> = index
            .quotes
            .iter()
            .enumerate()
            .map(|(q, x)| (q as u32, x.text.clone()))
            .collect();
        assert_eq!(quotes, want);
        let mut back = Vec::new();
        for (k, chunk) in split.docs.iter().enumerate() {
            for d in chunk.first as usize..chunk.first as usize + chunk.texts.len() {
                assert_eq!(split.head.chunk_of(d) as usize, k);
            }
            back.extend(documents_with_text(&split.head.index, chunk).expect("fits"));
        }
        assert_eq!(back, index.documents);
    }
}

#[test]
fn every_part_round_trips_and_refuses_the_others_bytes() {
    let split = split(&corpus(9), &key_of(b"x"), 4, 3);
    let head = codec::encode_head(&split.head);
    assert_eq!(
        codec::decode_embedded(&head),
        Ok(Embedded::Split(split.head.clone()))
    );
    let whole = codec::encode(&corpus(2));
    assert_eq!(
        codec::decode_embedded(&whole),
        Ok(Embedded::Whole(corpus(2)))
    );
    let chunk = codec::encode_doc_chunk(&split.docs[1]);
    assert_eq!(codec::decode_doc_chunk(&chunk), Ok(split.docs[1].clone()));
    let shard = codec::encode_shard(&split.shards[2]);
    assert_eq!(codec::decode_shard(&shard), Ok(split.shards[2].clone()));
    // A file of one kind is never read as another; truncation is an error, not a panic.
    assert_eq!(codec::decode_shard(&chunk), Err(DecodeError::NotAnIndex));
    assert_eq!(
        codec::decode_doc_chunk(&shard),
        Err(DecodeError::NotAnIndex)
    );
    assert_eq!(codec::decode_embedded(&chunk), Err(DecodeError::NotAnIndex));
    for cut in 0..chunk.len() {
        assert!(codec::decode_doc_chunk(&chunk[..cut]).is_err());
    }
    for cut in 0..head.len() {
        let _ = codec::decode_embedded(&head[..cut]);
    }
}

#[test]
fn a_chunk_that_does_not_fit_the_head_is_refused() {
    let split = split(&corpus(9), "k", 4, 3);
    let mut wrong = split.docs[0].clone();
    wrong.texts[1].push("one sentence too many".into());
    assert!(documents_with_text(&split.head.index, &wrong).is_err());
    let mut far = split.docs[0].clone();
    far.first = 1_000;
    assert!(documents_with_text(&split.head.index, &far).is_err());
    // Another index's chunk of the same shape is caught by its folder: the key differs.
    assert_ne!(
        key_of(&codec::encode(&corpus(9))),
        key_of(&codec::encode(&corpus(8)))
    );
    assert_ne!(split.head.doc_chunk_path(0), split.head.shard_path(0));
}

#[test]
fn the_engine_over_a_head_answers_like_the_whole_index_once_its_shards_are_in() {
    let index = corpus(20);
    let split = split(&index, "k", 4, 5);
    let whole = Engine::new(&index);
    let head = &split.head.index;
    let engine = Engine::with_search(head, SearchIndex::from_head(split.head.search.clone()));
    for q in [
        "",
        "court",
        "court ",
        "design",
        "\"the court\"",
        "zzz ",
        "ruling appeal ",
    ] {
        let state = ViewState {
            q: q.to_string(),
            ..ViewState::default()
        };
        let want = whole.run(&index, &state);
        assert!(!want.pending);
        let missing = engine.missing_shards(head, q);
        if !missing.is_empty() {
            assert!(engine.run(head, &state).pending, "{q}");
        }
        for k in missing {
            engine
                .search(head)
                .add_shard(split.shards[k as usize].clone());
        }
        let got = engine.run(head, &state);
        assert_eq!(got, want, "{q}");
    }
}
