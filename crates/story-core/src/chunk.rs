//! A split index, for corpora too large to embed whole: a **head** built into the page and
//! **chunks** beside it, fetched when a view needs them (as Pagefind does).
//!
//! - The head is the index without the sentences' text (what filtering, counting, the
//!   timeline and the cards need), with the search's vocabulary and sentence lengths.
//! - A document chunk holds the text of the sentences of `docs_per_chunk` documents in a row:
//!   passages, the reader and the comparison ask for it.
//! - A search shard holds the postings of the stems whose number is the shard's modulo the
//!   number of shards: a query fetches the shards of the stems it expands to.
//!
//! Chunk files live in `chunks/<key>/`, relative to the page; the key is a hash of the whole
//! index, so a page never reads chunks of another build. Each file has a header of its own
//! ([`crate::codec`]) so a wrong or damaged file is refused, not misread.

use serde::{Deserialize, Serialize};

use crate::index::{Document, Index};
use crate::search::{SearchHead, SearchIndex, Shard};

/// The part of a split index built into the page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Head {
    /// Names the folder of this index's chunks.
    pub key: String,
    /// Documents per document chunk: document `d` is in chunk `d / docs_per_chunk`.
    pub docs_per_chunk: u32,
    /// Number of document chunks.
    pub doc_chunks: u32,
    /// The index, every sentence's text left empty.
    pub index: Index,
    /// The search's vocabulary and sentence lengths; `search.shards` lists the shards' first
    /// stems.
    pub search: SearchHead,
}

/// The sentences' text of documents `first ..` (in index order), and their quotes' words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocChunk {
    pub first: u32,
    /// Per document, its sentences' text in order.
    pub texts: Vec<Vec<String>>,
    /// `(quote number in the index, its words)` for the quotes of these documents.
    pub quotes: Vec<(u32, String)>,
}

/// A whole index split into its head and chunks.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub head: Head,
    pub docs: Vec<DocChunk>,
    pub shards: Vec<Shard>,
}

/// Splits an index. `key` should identify the index's content (see [`key_of`]).
pub fn split(index: &Index, key: &str, docs_per_chunk: u32, shards: u32) -> Split {
    let docs_per_chunk = docs_per_chunk.max(1);
    let (search, shard_list) = SearchIndex::new(index).split(shards);
    let mut head_index = index.clone();
    let mut docs: Vec<DocChunk> = Vec::new();
    for (d, doc) in head_index.documents.iter_mut().enumerate() {
        if d % docs_per_chunk as usize == 0 {
            docs.push(DocChunk {
                first: d as u32,
                ..DocChunk::default()
            });
        }
        let texts = doc
            .sentences
            .iter_mut()
            .map(|s| std::mem::take(&mut s.text))
            .collect();
        if let Some(chunk) = docs.last_mut() {
            chunk.texts.push(texts);
        }
    }
    // The search reads its forms from the head's vocabulary: the stem table is not needed.
    head_index.stems = Vec::new();
    // Words the text gives back (spans stay), or the document chunks carry.
    for doc in &mut head_index.documents {
        for t in doc.sentences.iter_mut().flat_map(|s| s.times.iter_mut()) {
            t.text = String::new();
        }
    }
    let mentions = head_index
        .entities
        .iter_mut()
        .flat_map(|e| e.mentions.iter_mut());
    for m in mentions.chain(
        head_index
            .events
            .iter_mut()
            .flat_map(|e| e.mentions.iter_mut().chain(e.passing.iter_mut())),
    ) {
        m.text = String::new();
    }
    let places: Vec<Option<usize>> = head_index
        .quotes
        .iter()
        .map(|q| (q.doc.index() < head_index.documents.len()).then_some(q.doc.index()))
        .collect();
    for (q, (quote, place)) in head_index.quotes.iter_mut().zip(places).enumerate() {
        // A quote of no document (a damaged index) keeps its words in the head.
        if let Some(chunk) = place.and_then(|d| docs.get_mut(d / docs_per_chunk as usize)) {
            chunk
                .quotes
                .push((q as u32, std::mem::take(&mut quote.text)));
        }
    }
    Split {
        head: Head {
            key: key.to_string(),
            docs_per_chunk,
            doc_chunks: docs.len() as u32,
            index: head_index,
            search,
        },
        docs,
        shards: shard_list,
    }
}

/// A short name for bytes (FNV-1a, 64 bits, in hex): chunk folders of different indexes
/// differ.
pub fn key_of(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl Head {
    /// The document chunk that holds document number `doc`.
    pub fn chunk_of(&self, doc: usize) -> u32 {
        (doc / self.docs_per_chunk.max(1) as usize) as u32
    }

    /// Where document chunk `n` is, relative to the page.
    pub fn doc_chunk_path(&self, n: u32) -> String {
        format!("chunks/{}/d{n}.bin", self.key)
    }

    /// Where search shard `n` is, relative to the page.
    pub fn shard_path(&self, n: u32) -> String {
        format!("chunks/{}/s{n}.bin", self.key)
    }
}

/// Why a chunk does not fit the head it was fetched for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch(pub String);

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The documents of a chunk with their text put back, checked against the head's documents
/// (a chunk from another build, or damaged, is refused whole rather than shown wrong).
pub fn documents_with_text(head: &Index, chunk: &DocChunk) -> Result<Vec<Document>, Mismatch> {
    let first = chunk.first as usize;
    let mut out = Vec::with_capacity(chunk.texts.len());
    for (k, texts) in chunk.texts.iter().enumerate() {
        let d = first + k;
        let doc = head.documents.get(d).ok_or_else(|| {
            Mismatch(format!(
                "the chunk names document {d}, which the index does not have"
            ))
        })?;
        if doc.sentences.len() != texts.len() {
            return Err(Mismatch(format!(
                "document {} has {} sentences, the chunk {}",
                doc.id,
                doc.sentences.len(),
                texts.len()
            )));
        }
        let mut full = doc.clone();
        for (s, t) in full.sentences.iter_mut().zip(texts) {
            s.text.clone_from(t);
            for x in &mut s.times {
                x.text = t
                    .chars()
                    .skip(x.start as usize)
                    .take(x.end.saturating_sub(x.start) as usize)
                    .collect();
            }
        }
        out.push(full);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
