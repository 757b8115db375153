//! Where the views get the corpus's text. A whole index has it all; a split index (a large
//! corpus, see `story_core::chunk`) has only its head built in, and this store fetches the
//! document chunks and search shards a view asks for, from the page's own origin (the single
//! file, `story.html`, carries them in itself), then bumps a version signal so that the views
//! that asked render again: one for text (the views that missed it) and one for search
//! postings (the results), so that text arriving for the passages does not run the query
//! again.
//!
//! Once the first view is up, the store also streams every chunk and shard in, one file at a
//! time in the page's idle time ([`Corpus::stream`]), so that a later search or passage
//! rarely waits for the network; a file a view asks for meanwhile is fetched at once as
//! before, and only the arrival of a file a view waits for re-renders anything.
//!
//! A chunk that cannot be fetched or read is reported once (a notice the page shows) and
//! never retried in a loop; the rest of the page keeps working.

use std::collections::{BTreeMap, BTreeSet};
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
    /// Files asked for (each is fetched once), and whether a view waits for it (`false`: only
    /// the stream asked, and its arrival re-renders nothing).
    asked: Mutex<BTreeMap<String, bool>>,
    /// Files the stream fetched and has not taken in yet: it takes them when the page is idle,
    /// and a view that asks for one takes it at once (a busy page, as a reader typing fast or
    /// a script driving it, has no idle time, and its views must not wait for one).
    held: Mutex<BTreeMap<String, (Fetched, Part)>>,
    /// Bumped when document text arrives, and when search postings arrive.
    texts: RwSignal<u32>,
    postings: RwSignal<u32>,
    /// What could not be loaded, for the page to say.
    pub failure: RwSignal<Option<String>>,
}

/// A file's bytes, or why they could not be fetched.
type Fetched = Result<Vec<u8>, String>;

#[derive(Clone, Copy)]
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
            asked: Mutex::new(BTreeMap::new()),
            held: Mutex::new(BTreeMap::new()),
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

    /// Fetches every search shard and document chunk the page has not asked for yet, a few
    /// at a time, and takes them in when the page is idle, without re-rendering anything: a
    /// split index's first view stays as light as before, and what a reader does a few
    /// seconds later finds its postings and text in place. At most [`STREAM_REQUESTS`] are in
    /// flight, so a file a view needs meanwhile is not queued behind the stream. Skipped when
    /// the reader's browser asks to save data; stops at the first file that cannot be fetched
    /// or read (a view that needs it asks again, and reports the failure).
    pub fn stream(&'static self) {
        let Some(head) = self.head() else {
            return;
        };
        if saves_data() {
            return;
        }
        let shards = (0..self.engine.search(self.index).shard_count())
            .map(|n| (head.shard_path(n), Part::Shard));
        let docs = (0..head.doc_chunks).map(|n| (head.doc_chunk_path(n), Part::Docs));
        let mut files = shards.chain(docs);
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                let mut batch = Vec::new();
                while batch.len() < STREAM_REQUESTS {
                    let Some((path, part)) = files.next() else {
                        break;
                    };
                    let fresh =
                        self.asked
                            .lock()
                            .is_ok_and(|mut asked| match asked.contains_key(&path) {
                                true => false,
                                false => asked.insert(path.clone(), false).is_none(),
                            });
                    if fresh {
                        let request = request(&path);
                        batch.push((path, part, request));
                    }
                }
                if batch.is_empty() {
                    return;
                }
                let mut order = Vec::new();
                for (path, part, request) in batch {
                    let bytes = finish(request).await;
                    // Asked for by a view meanwhile: taken at once.
                    if self.waited(&path) {
                        if !self.settle(&path, part, bytes) {
                            return;
                        }
                        continue;
                    }
                    if let Ok(mut held) = self.held.lock() {
                        held.insert(path.clone(), (bytes, part));
                    }
                    order.push(path);
                }
                let mut deadline: Option<wasm_bindgen::JsValue> = None;
                for path in order {
                    if deadline.as_ref().is_none_or(|d| time_left(d) < 5.0) {
                        deadline = Some(idle().await);
                    }
                    // Unless a view took it meanwhile.
                    let Some((bytes, part)) =
                        self.held.lock().ok().and_then(|mut h| h.remove(&path))
                    else {
                        continue;
                    };
                    if !self.settle(&path, part, bytes) {
                        return;
                    }
                }
            }
        });
    }

    /// Whether a view waits for the file at `path`.
    fn waited(&self, path: &str) -> bool {
        self.asked
            .lock()
            .is_ok_and(|asked| asked.get(path).copied().unwrap_or(false))
    }

    /// Takes in a file the stream fetched; `false` when it could not be fetched or read (the
    /// stream then stops: a view that waits for it hears of it now, one that asks later fetches
    /// it again).
    fn settle(&self, path: &str, part: Part, bytes: Fetched) -> bool {
        let outcome = bytes
            .map_err(|e| format!("{path}: {e}"))
            .and_then(|bytes| self.take(path, part, &bytes));
        let Err(e) = outcome else {
            return true;
        };
        let waited = self
            .asked
            .lock()
            .ok()
            .and_then(|mut asked| asked.remove(path))
            .unwrap_or(false);
        if waited {
            self.report(&e);
        }
        false
    }

    fn fetch(&'static self, path: String, part: Part) {
        let first = match self.asked.lock() {
            // Already on its way (the stream's): its arrival now re-renders the views.
            Ok(mut asked) => asked.insert(path.clone(), true).is_none(),
            Err(_) => false,
        };
        if !first {
            // Fetched by the stream and not taken in yet: taken now (a moment later, not in
            // the middle of the view that asks).
            let held = self.held.lock().ok().and_then(|mut h| h.remove(&path));
            if let Some((bytes, part)) = held {
                wasm_bindgen_futures::spawn_local(async move {
                    self.settle(&path, part, bytes);
                });
            }
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = match fetch_bytes(&path).await {
                Ok(bytes) => self.take(&path, part, &bytes),
                Err(e) => Err(format!("{path}: {e}")),
            };
            if let Err(e) = outcome {
                self.report(&e);
            }
        });
    }

    fn report(&self, e: &str) {
        self.failure.set(Some(format!(
            "Part of the story's index could not be loaded ({e}); some text or search results \
             are missing. Reloading the page may help."
        )));
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
        // The views waiting for that kind of file render again (none when only the stream
        // asked for it; an export's `load` asks no one and always tells).
        let waited = self
            .asked
            .lock()
            .map_or(true, |asked| asked.get(path).copied().unwrap_or(true));
        if waited {
            arrived.update(|v| *v = v.wrapping_add(1));
        }
        Ok(())
    }
}

/// Whether the browser says its reader wants to save data (`navigator.connection.saveData`,
/// where the browser has it): then only what a view needs is fetched.
fn saves_data() -> bool {
    let Some(window) = web_sys::window() else {
        return true;
    };
    js_sys::Reflect::get(&window.navigator(), &"connection".into())
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// The requests the stream keeps in flight: under a browser's six connections to one
/// origin (HTTP/1.1), so that a view's own request goes out at once.
const STREAM_REQUESTS: usize = 4;

/// How long the stream waits at most for an idle period before it takes a file in.
const IDLE_TIMEOUT_MS: u32 = 500;

/// Resolves with an `IdleDeadline` when the page is next idle (`requestIdleCallback`), or
/// with `undefined` after a short timeout where the browser has no idle callbacks.
async fn idle() -> wasm_bindgen::JsValue {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        // At the latest after IDLE_TIMEOUT_MS: a page never idle still takes its files in.
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(IDLE_TIMEOUT_MS);
        let queued = web_sys::window()
            .ok_or(wasm_bindgen::JsValue::NULL)
            .and_then(|w| w.request_idle_callback_with_options(&resolve, &options));
        if queued.is_err() {
            let again = resolve.clone();
            leptos::prelude::set_timeout(
                move || {
                    let _ = again.call0(&wasm_bindgen::JsValue::UNDEFINED);
                },
                std::time::Duration::from_millis(50),
            );
        }
    });
    JsFuture::from(promise)
        .await
        .unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}

/// Milliseconds left of an idle period (`deadline.timeRemaining()`); a few where the browser
/// gave no deadline.
fn time_left(deadline: &wasm_bindgen::JsValue) -> f64 {
    js_sys::Reflect::get(deadline, &"timeRemaining".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(deadline).ok())
        .and_then(|t| t.as_f64())
        .unwrap_or(10.0)
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
    finish(request(path)).await
}

/// A file on its way: the request is made when this is built (see [`finish`]).
enum Request {
    Here(Result<Vec<u8>, String>),
    Fetching(js_sys::Promise),
}

fn request(path: &str) -> Request {
    let Some(window) = web_sys::window() else {
        return Request::Here(Err("no window".into()));
    };
    match embedded(&window, path) {
        Some(bytes) => Request::Here(bytes),
        None => Request::Fetching(window.fetch_with_str(path)),
    }
}

async fn finish(request: Request) -> Result<Vec<u8>, String> {
    let response = match request {
        Request::Here(bytes) => return bytes,
        Request::Fetching(response) => response,
    };
    let response = JsFuture::from(response)
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
