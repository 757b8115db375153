//! The explorer's queries over the index: which sentences pass the search and the filters,
//! grouped by source, and the facet counts, each counting what the other filters leave.
//!
//! Every sentence is checked once against each filter group; a sentence that fails only
//! group G still counts for G's facet values, so a facet shows what choosing one of its
//! values would give. The scrubber (`as of`) keeps sentences that mention a time up to that
//! day and events that started by then.

use std::sync::OnceLock;

use crate::date::Date;
use crate::index::{DocKind, DocNo, Index};
use crate::outlet::Outlets;
use crate::search::{parse_query, Hit, SearchIndex, SentenceId};
use crate::time::value_range;
use crate::view::ViewState;

/// What the explorer knows of each sentence, beyond its text.
struct Meta {
    doc: u32,
    entities: Vec<u32>,
    themes: Vec<u32>,
    /// The calendar ranges its time expressions name.
    times: Vec<(Date, Date)>,
}

/// The filter groups, as bits (the search is not one: a sentence must match it to count
/// anywhere).
const SOURCE: u8 = 2;
const ENTITY: u8 = 4;
const THEME: u8 = 8;
const KIND: u8 = 16;
const TIME: u8 = 32;

/// A facet value and how many sentences choosing it would give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    /// Index into the index's documents, entities or themes, or the kind.
    pub value: usize,
    pub count: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facets {
    /// Index into [`Outlets::list`].
    pub outlets: Vec<Count>,
    pub sources: Vec<Count>,
    pub entities: Vec<Count>,
    pub themes: Vec<Count>,
    /// Index into [`DocKind::ALL`].
    pub kinds: Vec<Count>,
}

/// The sentences of one source that pass, best first within the source.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceHits {
    pub doc: usize,
    pub hits: Vec<Hit>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    /// Sources in order of their best hit (corpus order when there is no search).
    pub by_source: Vec<SourceHits>,
    pub total: usize,
    pub facets: Facets,
    /// Events visible under the time filters (all when there are none), by index.
    pub events: Vec<usize>,
    /// The search needs postings that are not loaded yet (a split index): the hits so far
    /// are not the answer (the page shows no passages meanwhile, and keeps the last counts).
    pub pending: bool,
}

/// The query engine, built once from the index. Its full-text index is built on the first
/// search, not at start-up: a page opened without a query never pays for it.
pub struct Engine {
    /// Global sentence number → `(document, sentence)`.
    pub sentences: Vec<SentenceId>,
    search: OnceLock<SearchIndex>,
    meta: Vec<Meta>,
    event_ranges: Vec<(Date, Date)>,
    /// The corpus's outlets (the unit a reader chooses and compares, when documents name
    /// them).
    pub outlets: Outlets,
}

impl Engine {
    pub fn new(index: &Index) -> Self {
        let sentences: Vec<SentenceId> = index
            .documents
            .iter()
            .enumerate()
            .flat_map(|(d, doc)| (0..doc.sentences.len()).map(move |i| (d as u32, i as u32)))
            .collect();
        // Global sentence number of (doc, sentence).
        let mut first: Vec<usize> = Vec::with_capacity(index.documents.len());
        let mut n = 0;
        for d in &index.documents {
            first.push(n);
            n += d.sentences.len();
        }
        let gid = |doc: DocNo, sentence: u32| -> Option<usize> {
            let d = doc.index();
            let len = index.documents.get(d)?.sentences.len();
            ((sentence as usize) < len).then(|| first[d] + sentence as usize)
        };
        let mut meta: Vec<Meta> = sentences
            .iter()
            .map(|&(d, i)| Meta {
                doc: d,
                entities: Vec::new(),
                themes: Vec::new(),
                times: index.documents[d as usize].sentences[i as usize]
                    .times
                    .iter()
                    .filter_map(|t| t.value.as_deref().and_then(value_range))
                    .map(|(a, b, _)| (a, b))
                    .collect(),
            })
            .collect();
        for (e, entity) in index.entities.iter().enumerate() {
            for m in &entity.mentions {
                if let Some(g) = gid(m.doc, m.sentence) {
                    if meta[g].entities.last() != Some(&(e as u32)) {
                        meta[g].entities.push(e as u32);
                    }
                }
            }
        }
        for (t, theme) in index.themes.iter().enumerate() {
            for r in &theme.sentences {
                if let Some(g) = gid(r.doc, r.sentence) {
                    meta[g].themes.push(t as u32);
                }
            }
        }
        let event_ranges = index.events.iter().map(|e| (e.start, e.end)).collect();
        Engine {
            sentences,
            search: OnceLock::new(),
            meta,
            event_ranges,
            outlets: Outlets::new(index),
        }
    }

    /// An engine whose full-text index is given (a split index's, whose postings arrive
    /// later) instead of built from the sentences' text.
    pub fn with_search(index: &Index, search: SearchIndex) -> Self {
        let engine = Engine::new(index);
        let _ = engine.search.set(search);
        engine
    }

    /// The full-text index, built now if this is the first search.
    pub fn search(&self, index: &Index) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::new(index))
    }

    /// The search shards a query still needs (none for a whole index).
    pub fn missing_shards(&self, index: &Index, q: &str) -> Vec<u32> {
        let terms = parse_query(&index.compose(&q.to_lowercase()));
        if terms.is_empty() {
            return Vec::new();
        }
        self.search(index).missing_shards(&terms)
    }

    /// Runs the view's search and filters.
    pub fn run(&self, index: &Index, state: &ViewState) -> Results {
        let ids = |list: &[String], all: &[&str]| -> Vec<usize> {
            list.iter()
                .filter_map(|v| all.iter().position(|a| a == v))
                .collect()
        };
        let doc_ids: Vec<&str> = index.documents.iter().map(|d| d.id.as_str()).collect();
        let entity_ids: Vec<&str> = index.entities.iter().map(|e| e.id.as_str()).collect();
        let theme_ids: Vec<&str> = index.themes.iter().map(|t| t.id.as_str()).collect();
        let sources = ids(&state.sources, &doc_ids);
        let outlets: Vec<usize> = state
            .outlets
            .iter()
            .filter_map(|k| self.outlets.find(k))
            .collect();
        let of_doc: Vec<Option<usize>> = (0..index.documents.len())
            .map(|d| self.outlets.of_doc(d))
            .collect();
        let choose_source = !state.sources.is_empty() || !state.outlets.is_empty();
        let entities = ids(&state.entities, &entity_ids);
        let themes = ids(&state.themes, &theme_ids);
        let kinds: Vec<DocKind> = state.kinds.clone();
        // The corpus is NFC: a query typed with combining marks is composed the same way (in
        // lower case, as search folds it, so that the table needs only the corpus's letters).
        let terms = parse_query(&index.compose(&state.q.to_lowercase()));
        // The search's hits, best first.
        let hits: Option<Vec<Hit>> = (!terms.is_empty()).then(|| self.search(index).search(&terms));
        let pending = !terms.is_empty() && !self.search(index).missing_shards(&terms).is_empty();
        // Which sentences the search matched (a dense table: this loop looks every sentence
        // up, and hashing was most of its time on large corpora).
        let matched: Vec<bool> = match &hits {
            Some(list) => {
                let mut m = vec![false; self.meta.len()];
                for h in list {
                    if let Some(x) = m.get_mut(h.sentence) {
                        *x = true;
                    }
                }
                m
            }
            None => Vec::new(),
        };
        let time_filter = state.from.is_some() || state.to.is_some() || state.as_of.is_some();
        let lo = state.from;
        let hi = match (state.to, state.as_of) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let in_span =
            |(a, b): (Date, Date)| lo.is_none_or(|lo| b >= lo) && hi.is_none_or(|hi| a <= hi);

        let mut results = Results {
            pending,
            ..Results::default()
        };
        let mut source_counts = vec![0usize; index.documents.len()];
        let mut outlet_counts = vec![0usize; self.outlets.list.len()];
        let mut entity_counts = vec![0usize; index.entities.len()];
        let mut theme_counts = vec![0usize; index.themes.len()];
        let mut kind_counts = [0usize; DocKind::ALL.len()];
        let mut passes = vec![false; self.meta.len()];
        for (g, m) in self.meta.iter().enumerate() {
            let kind = index
                .documents
                .get(m.doc as usize)
                .map_or(DocKind::Report, |d| d.kind);
            // The search is no facet: a sentence it does not match counts nowhere (with a
            // common word's search, most of the corpus is skipped here).
            if hits.is_some() && !matched.get(g).copied().unwrap_or(false) {
                continue;
            }
            let mut failed = 0u8;
            // Unknown ids match nothing: a filter is never silently widened. Outlets and
            // documents are one group: a sentence passes if its document or its outlet is
            // chosen.
            let outlet = of_doc.get(m.doc as usize).copied().flatten();
            if choose_source
                && !sources.contains(&(m.doc as usize))
                && !outlet.is_some_and(|o| outlets.contains(&o))
            {
                failed |= SOURCE;
            }
            if entities.len() < state.entities.len()
                || !entities.iter().all(|e| m.entities.contains(&(*e as u32)))
            {
                failed |= ENTITY;
            }
            if !state.themes.is_empty() && !themes.iter().any(|t| m.themes.contains(&(*t as u32))) {
                failed |= THEME;
            }
            if !kinds.is_empty() && !kinds.contains(&kind) {
                failed |= KIND;
            }
            if time_filter && !m.times.iter().any(|&r| in_span(r)) {
                failed |= TIME;
            }
            if failed & !SOURCE == 0 {
                source_counts[m.doc as usize] += 1;
                if let Some(o) = outlet {
                    outlet_counts[o] += 1;
                }
            }
            if failed & !ENTITY == 0 {
                for &e in &m.entities {
                    entity_counts[e as usize] += 1;
                }
            }
            if failed & !THEME == 0 {
                for &t in &m.themes {
                    theme_counts[t as usize] += 1;
                }
            }
            if failed & !KIND == 0 {
                if let Some(k) = DocKind::ALL.iter().position(|x| *x == kind) {
                    kind_counts[k] += 1;
                }
            }
            if failed == 0 {
                passes[g] = true;
            }
        }
        // The hits in the search's order (best first), else every sentence in corpus order.
        let passing: Vec<Hit> = match hits {
            Some(list) => list
                .into_iter()
                .filter(|h| passes.get(h.sentence).copied().unwrap_or(false))
                .collect(),
            None => (0..passes.len())
                .filter(|&g| passes[g])
                .map(|g| Hit {
                    sentence: g,
                    score: 0.0,
                    marks: Vec::new(),
                    joined: false,
                })
                .collect(),
        };
        results.total = passing.len();
        // Each source's slot in `by_source`, once it has one (no search per hit).
        let mut slot: Vec<Option<usize>> = vec![None; index.documents.len()];
        for h in passing {
            let doc = self.meta[h.sentence].doc as usize;
            match slot.get(doc).copied().flatten() {
                Some(i) => results.by_source[i].hits.push(h),
                None => {
                    if let Some(x) = slot.get_mut(doc) {
                        *x = Some(results.by_source.len());
                    }
                    results.by_source.push(SourceHits { doc, hits: vec![h] });
                }
            }
        }
        let counts = |v: Vec<usize>| -> Vec<Count> {
            v.into_iter()
                .enumerate()
                .map(|(value, count)| Count { value, count })
                .collect()
        };
        results.facets = Facets {
            outlets: counts(outlet_counts),
            sources: counts(source_counts),
            entities: counts(entity_counts),
            themes: counts(theme_counts),
            kinds: counts(kind_counts.to_vec()),
        };
        results.events = self
            .event_ranges
            .iter()
            .enumerate()
            .filter(|(_, &(a, b))| !time_filter || in_span((a, b)))
            .filter(|(_, &(a, _))| state.as_of.is_none_or(|d| a <= d))
            .map(|(i, _)| i)
            .collect();
        results
    }
}

#[cfg(test)]
mod tests;
