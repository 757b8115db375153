//! Where the views get the corpus's text. A whole index has it all; a split index (a large
//! corpus, see `story_core::chunk`) has only its head built in, and this store fetches the
//! document chunks and search shards a view asks for, from the page's own origin (the single
//! file, `story.html`, carries them in itself), then bumps a version signal so that the views
//! that asked render again: one for text (the views that missed it) and one for search
//! postings (the results), so that text arriving for the passages does not run the query
//! again.
//!
//! A chunk that cannot be fetched or read is reported once (a notice the page shows) and
//! never retried in a loop; the rest of the page keeps working.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use leptos::prelude::*;
use story_core::chunk::{documents_with_text, Head};
use story_core::query::Engine;
use story_core::{codec, Document, Index};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub struct Corpus {
    index: &'static Index,
    engine: &'static Engine,
    /// The split index's head, or `None` when the whole index is built in (read through
    /// [`Corpus::head`]).
    #[cfg_attr(not(story_split), allow(dead_code))]
    head: Option<&'static Head>,
    /// Documents with their text, as their chunks arrive (split index only).
    docs: Vec<OnceLock<&'static Document>>,
    /// Quotes' words, by quote number, as their documents' chunks arrive (split index only).
    quotes: Vec<OnceLock<&'static str>>,
    /// Files asked for (each is fetched once).
    asked: Mutex<BTreeSet<String>>,
    /// Bumped when document text arrives, and when search postings arrive.
    texts: RwSignal<u32>,
    postings: RwSignal<u32>,
    /// What could not be loaded, for the page to say.
    pub failure: RwSignal<Option<String>>,
}

enum Part {
    Docs,
    Shard,
}

impl Corpus {
    pub fn new(
        index: &'static Index,
        engine: &'static Engine,
        head: Option<&'static Head>,
    ) -> Self {
        Corpus {
            index,
            engine,
            head,
            docs: match head {
                Some(_) => (0..index.documents.len())
                    .map(|_| OnceLock::new())
                    .collect(),
                None => Vec::new(),
            },
            quotes: match head {
                Some(_) => (0..index.quotes.len()).map(|_| OnceLock::new()).collect(),
                None => Vec::new(),
            },
            asked: Mutex::new(BTreeSet::new()),
            texts: RwSignal::new(0),
            postings: RwSignal::new(0),
            failure: RwSignal::new(None),
        }
    }

    /// The split index's head. Only a page built from a split index (`build.rs` sets the
    /// `story_split` cfg) can have one: elsewhere this is a constant `None`, and the fetching
    /// code below is left out of the wasm.
    fn head(&self) -> Option<&'static Head> {
        #[cfg(story_split)]
        return self.head;
        #[cfg(not(story_split))]
        None
    }

    /// Whether the index is split (its text comes in chunks).
    pub fn is_split(&self) -> bool {
        self.head().is_some()
    }

    /// Document number `d` with its text, or `None` while its chunk is on its way (it is
    /// asked for, and a reactive caller re-runs when it arrives).
    pub fn document(&'static self, d: usize) -> Option<&'static Document> {
        let Some(head) = self.head() else {
            return self.index.documents.get(d);
        };
        if let Some(doc) = self.docs.get(d)?.get() {
            return Some(doc);
        }
        // Only a miss subscribes: a view that has its text does not re-render on arrivals.
        self.texts.track();
        self.fetch(head.doc_chunk_path(head.chunk_of(d)), Part::Docs);
        None
    }

    /// Asks for the text of these documents now, without waiting for a view to miss it: a
    /// list that shows its sources over two frames fetches all their chunks at once.
    pub fn prefetch(&'static self, docs: impl IntoIterator<Item = usize>) {
        let Some(head) = self.head() else {
            return;
        };
        for d in docs {
            if self.docs.get(d).is_some_and(|c| c.get().is_none()) {
                self.fetch(head.doc_chunk_path(head.chunk_of(d)), Part::Docs);
            }
        }
    }

    /// The text of sentence `s` of document number `d` (see [`Corpus::document`]).
    pub fn text(&'static self, d: usize, s: u32) -> Option<&'static str> {
        Some(sentence_text(self.document(d)?, s))
    }

    /// The words of quote number `q`: they come with its document's chunk, which a view
    /// showing the quote has asked for (empty until then).
    pub fn quote(&'static self, q: usize) -> &'static str {
        match self.head() {
            None => self.index.quotes.get(q).map_or("", |x| x.text.as_str()),
            Some(_) => self
                .quotes
                .get(q)
                .and_then(|c| c.get().copied())
                .unwrap_or(""),
        }
    }

    /// The text of sentence `n` of a document of the index (see [`Corpus::document`]).
    pub fn text_of(&'static self, doc: &'static Document, n: u32) -> Option<&'static str> {
        Some(sentence_text(self.full(doc)?, n))
    }

    /// A document of the index with its text (see [`Corpus::document`]).
    pub fn full(&'static self, doc: &'static Document) -> Option<&'static Document> {
        match self.head() {
            None => Some(doc),
            Some(_) => self.document(self.index.position(&doc.id)?),
        }
    }

    /// Asks for the search shards query `q` needs; the results re-run as they arrive. Whether
    /// some are still on their way (the query cannot be answered yet).
    pub fn prepare_search(&'static self, q: &str) -> bool {
        let Some(head) = self.head() else {
            return false;
        };
        let missing = self.engine.missing_shards(self.index, q);
        for &n in &missing {
            self.fetch(head.shard_path(n), Part::Shard);
        }
        !missing.is_empty()
    }

    /// Tracks the arrival of search postings (for memos that read the engine's search).
    pub fn track(&self) {
        if self.head().is_some() {
            self.postings.track();
        }
    }

    /// Loads the text of these documents before going on (exports write every row's text).
    pub async fn load(&'static self, docs: impl IntoIterator<Item = usize>) -> Result<(), String> {
        let Some(head) = self.head() else {
            return Ok(());
        };
        // Filled by `extend`: `collect` would sort first (one more sort in the page).
        let mut chunks: BTreeSet<u32> = BTreeSet::new();
        chunks.extend(
            docs.into_iter()
                .filter(|&d| self.docs.get(d).is_some_and(|c| c.get().is_none()))
                .map(|d| head.chunk_of(d)),
        );
        for n in chunks {
            let path = head.doc_chunk_path(n);
            let bytes = fetch_bytes(&path)
                .await
                .map_err(|e| format!("{path}: {e}"))?;
            self.take(&path, Part::Docs, &bytes)?;
        }
        Ok(())
    }

    fn fetch(&'static self, path: String, part: Part) {
        let first = match self.asked.lock() {
            Ok(mut asked) => asked.insert(path.clone()),
            Err(_) => false,
        };
        if !first {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = match fetch_bytes(&path).await {
                Ok(bytes) => self.take(&path, part, &bytes),
                Err(e) => Err(format!("{path}: {e}")),
            };
            if let Err(e) = outcome {
                self.failure.set(Some(format!(
                    "Part of the story's index could not be loaded ({e}); some text or search \
                     results are missing. Reloading the page may help."
                )));
            }
        });
    }

    /// Puts a fetched file's content in place.
    fn take(&self, path: &str, part: Part, bytes: &[u8]) -> Result<(), String> {
        let arrived = match part {
            Part::Docs => {
                let chunk = codec::decode_doc_chunk(bytes).map_err(|e| format!("{path}: {e}"))?;
                let docs =
                    documents_with_text(self.index, &chunk).map_err(|e| format!("{path}: {e}"))?;
                for (q, words) in chunk.quotes {
                    if let Some(cell) = self.quotes.get(q as usize) {
                        let _ = cell.set(Box::leak(words.into_boxed_str()));
                    }
                }
                for (k, doc) in docs.into_iter().enumerate() {
                    if let Some(cell) = self.docs.get(chunk.first as usize + k) {
                        // Kept for the page's life, like the index itself.
                        let _ = cell.set(Box::leak(Box::new(doc)));
                    }
                }
                self.texts
            }
            Part::Shard => {
                let shard = codec::decode_shard(bytes).map_err(|e| format!("{path}: {e}"))?;
                self.engine.search(self.index).add_shard(shard);
                self.postings
            }
        };
        // The views waiting for that kind of file render again.
        arrived.update(|v| *v = v.wrapping_add(1));
        Ok(())
    }
}

/// Sentence `n`'s text, empty for a sentence the document does not have.
fn sentence_text(doc: &Document, n: u32) -> &str {
    doc.sentences
        .get(n as usize)
        .map_or("", |s| s.text.as_str())
}

/// A file relative to the page: read from the page itself when it carries it (the single
/// file, `story.html`, embeds every chunk, see `scripts/single-file.mjs`), else fetched.
async fn fetch_bytes(path: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    if let Some(bytes) = embedded(&window, path) {
        return bytes;
    }
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| "the request failed".to_string())?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| "unreadable response".to_string())?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| "the response broke off".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The file `path` as the single file carries it: base64 in a data block
/// `<script type="application/octet-stream" id="{path}">`, or `None` when the page has no
/// such block (a page beside its `chunks/` folder).
fn embedded(window: &web_sys::Window, path: &str) -> Option<Result<Vec<u8>, String>> {
    let block = window.document()?.get_element_by_id(path)?;
    let text = block.text_content().unwrap_or_default();
    Some(match window.atob(&text) {
        // atob gives one character per byte, each below 256.
        Ok(binary) => Ok(binary.chars().map(|c| c as u32 as u8).collect()),
        Err(_) => Err("the page's copy of it is not base64".to_string()),
    })
}
