//! Full-text search over sentences: stems, prefixes while typing, "quoted phrases", BM25
//! ranking, and the spans to mark.
//!
//! The page has no stemmer: the build lists every word form of the corpus whose stem differs
//! from it (`Index::stems`), so a query word found in the corpus gets its stem by lookup. A
//! word the corpus does not have can only match as a prefix of words it has, which is also
//! how the last word of a query still being typed is read.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::index::Index;
use crate::words::{fold, tokens};

/// BM25 parameters.
const K1: f64 = 1.2;
const B: f64 = 0.75;
/// Most word forms one prefix may stand for.
const MAX_EXPANSION: usize = 64;
/// Longest query read, in characters; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 200;

/// A part of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    /// A whole word (folded).
    Word(String),
    /// The start of a word: the last word while typing.
    Prefix(String),
    /// Words in this order.
    Phrase(Vec<String>),
}

/// Reads a query: words, "quoted phrases"; the last word is a prefix unless the query ends
/// with a space or a closing quote. An unclosed quote runs to the end.
pub fn parse_query(q: &str) -> Vec<Term> {
    let q: String = q.chars().take(MAX_QUERY_CHARS).collect();
    let mut terms = Vec::new();
    let mut rest = q.as_str();
    while let Some(open) = rest.find('"') {
        for t in tokens(&rest[..open]) {
            terms.push(Term::Word(t.form));
        }
        let after = &rest[open + 1..];
        let (inside, next) = match after.find('"') {
            Some(close) => (&after[..close], &after[close + 1..]),
            None => (after, ""),
        };
        let words: Vec<String> = tokens(inside).into_iter().map(|t| t.form).collect();
        match words.len() {
            0 => {}
            1 => terms.push(Term::Word(words.into_iter().next().unwrap_or_default())),
            _ => terms.push(Term::Phrase(words)),
        }
        rest = next;
    }
    let tail = tokens(rest);
    let typing = !rest.is_empty() && !rest.ends_with(|c: char| c.is_whitespace());
    let n = tail.len();
    for (i, t) in tail.into_iter().enumerate() {
        if i + 1 == n && typing {
            terms.push(Term::Prefix(t.form));
        } else {
            terms.push(Term::Word(t.form));
        }
    }
    terms
}

/// A sentence by number: `(document index, sentence index)`.
pub type SentenceId = (u32, u32);

/// A search hit: the sentence's global number, its score, and the words to mark (word
/// numbers in the sentence, as [`tokens`] counts them; [`spans`] turns them into characters).
#[derive(Clone, Debug)]
pub struct Hit {
    pub sentence: usize,
    pub score: f64,
    pub marks: Vec<u16>,
    /// Neighbouring marked words become one span (the query has a phrase).
    pub joined: bool,
}

/// Field by field, the marks last and only when both have some: the results of a view are
/// compared with the last ones on every change of the view, and thousands of hits without
/// marks (no search) compared as slices took a millisecond.
impl PartialEq for Hit {
    fn eq(&self, other: &Self) -> bool {
        self.sentence == other.sentence
            && self.score == other.score
            && self.joined == other.joined
            && self.marks.len() == other.marks.len()
            && (self.marks.is_empty() || self.marks == other.marks)
    }
}

/// The sentences that have one stem, with where it stands in each.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Postings {
    /// Global sentence numbers, ascending.
    pub sentences: Vec<u32>,
    /// Where each sentence's word numbers start in `positions`: one more than `sentences`.
    pub offsets: Vec<u32>,
    /// Word numbers in the sentence, sentence after sentence.
    pub positions: Vec<u16>,
}

impl Postings {
    fn positions_of(&self, k: usize) -> &[u16] {
        let a = self.offsets.get(k).copied().unwrap_or(0) as usize;
        let b = self.offsets.get(k + 1).copied().unwrap_or(0) as usize;
        self.positions.get(a..b).unwrap_or(&[])
    }

    /// Where the stem stands in sentence `gid`.
    fn in_sentence(&self, gid: u32) -> &[u16] {
        match self.sentences.binary_search(&gid) {
            Ok(k) => self.positions_of(k),
            Err(_) => &[],
        }
    }
}

/// What a search needs before any postings: the vocabulary and sentence lengths. Small next
/// to the postings, which a split index keeps in shards (see [`crate::chunk`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchHead {
    /// Every word form → its stem number, sorted by form.
    pub forms: Vec<(String, u32)>,
    /// Words per sentence, by global sentence number.
    pub lengths: Vec<u16>,
    /// Number of stems. Stems are numbered in alphabetical order, so the stems a prefix
    /// expands to are neighbours, and so mostly in one shard.
    pub stems: u32,
    /// The first stem of each shard, ascending (shards are runs of neighbouring stems); empty
    /// when the postings are all in memory.
    pub shards: Vec<u32>,
}

/// One shard of postings: `(stem number, postings)`.
pub type Shard = Vec<(u32, Postings)>;

/// The search structures: built once from the index, or from a [`SearchHead`] whose postings
/// arrive shard by shard ([`SearchIndex::add_shard`]).
pub struct SearchIndex {
    head: SearchHead,
    /// Stem number → its postings, once known.
    postings: Vec<OnceLock<Postings>>,
    avg_len: f64,
}

impl SearchIndex {
    pub fn new(index: &Index) -> Self {
        let stem_map: HashMap<&str, &str> = index
            .stems
            .iter()
            .map(|(f, s)| (f.as_str(), s.as_str()))
            .collect();
        let mut stem_ids: HashMap<String, u32> = HashMap::new();
        let mut forms: BTreeMap<String, u32> = BTreeMap::new();
        let mut lists: Vec<Postings> = Vec::new();
        let mut lengths: Vec<u16> = Vec::new();
        for doc in &index.documents {
            for sentence in &doc.sentences {
                let gid = lengths.len() as u32;
                let mut ws: Vec<(u32, u16)> = Vec::new();
                // Word numbers are u16: words past that in a (hostile) sentence are not indexed.
                for (p, t) in tokens(&sentence.text)
                    .into_iter()
                    .take(u16::MAX as usize)
                    .enumerate()
                {
                    let stem = stem_map.get(t.form.as_str()).copied().unwrap_or(&t.form);
                    // Looked up before it is inserted: no string is made for a known stem.
                    let id = match stem_ids.get(stem) {
                        Some(&id) => id,
                        None => {
                            let id = stem_ids.len() as u32;
                            stem_ids.insert(stem.to_string(), id);
                            lists.push(Postings::default());
                            id
                        }
                    };
                    forms.entry(t.form).or_insert(id);
                    ws.push((id, p as u16));
                }
                lengths.push(ws.len() as u16);
                crate::order::sort(&mut ws);
                for run in ws.chunk_by(|a, b| a.0 == b.0) {
                    let list = &mut lists[run[0].0 as usize];
                    if list.offsets.is_empty() {
                        list.offsets.push(0);
                    }
                    list.sentences.push(gid);
                    list.positions.extend(run.iter().map(|w| w.1));
                    list.offsets.push(list.positions.len() as u32);
                }
            }
        }
        // Stems renumbered alphabetically (see `SearchHead::stems`).
        let mut order: Vec<(String, u32)> = stem_ids.into_iter().collect();
        crate::order::sort(&mut order);
        let mut renumber = vec![0u32; order.len()];
        for (k, (_, old)) in order.iter().enumerate() {
            renumber[*old as usize] = k as u32;
        }
        let mut sorted: Vec<Option<Postings>> = vec![None; lists.len()];
        for (old, list) in lists.into_iter().enumerate() {
            sorted[renumber[old] as usize] = Some(list);
        }
        let head = SearchHead {
            forms: forms
                .into_iter()
                .map(|(f, id)| (f, renumber[id as usize]))
                .collect(),
            lengths,
            stems: sorted.len() as u32,
            shards: Vec::new(),
        };
        let s = SearchIndex::from_head(head);
        for (cell, list) in s.postings.iter().zip(sorted) {
            let _ = cell.set(list.unwrap_or_default());
        }
        s
    }

    /// A search index whose postings are not loaded yet (unless `head.shards` is empty, when
    /// there are none to load).
    pub fn from_head(head: SearchHead) -> Self {
        let total: u64 = head.lengths.iter().map(|&n| u64::from(n)).sum();
        let avg_len = (total as f64 / head.lengths.len().max(1) as f64).max(1.0);
        // A stem count beyond the vocabulary would be a damaged head: bounded by the forms.
        let stems = (head.stems as usize).min(head.forms.len());
        SearchIndex {
            postings: (0..stems).map(|_| OnceLock::new()).collect(),
            head,
            avg_len,
        }
    }

    /// Splits the postings into at most `shards` shards of neighbouring stems, of about the
    /// same size, and the head that goes with them.
    pub fn split(&self, shards: u32) -> (SearchHead, Vec<Shard>) {
        // A shard's size: about a byte per word position and two per sentence.
        let weight = |l: &Postings| (l.positions.len() + 2 * l.sentences.len() + 4) as u64;
        let total: u64 = self
            .postings
            .iter()
            .filter_map(|c| c.get())
            .map(weight)
            .sum();
        let target = total.div_ceil(u64::from(shards.max(1))).max(1);
        let mut out: Vec<Shard> = Vec::new();
        let mut firsts: Vec<u32> = Vec::new();
        let mut size = target;
        for (stem, cell) in self.postings.iter().enumerate() {
            let Some(list) = cell.get() else {
                continue;
            };
            if size >= target {
                out.push(Vec::new());
                firsts.push(stem as u32);
                size = 0;
            }
            size += weight(list);
            if let Some(shard) = out.last_mut() {
                shard.push((stem as u32, list.clone()));
            }
        }
        if firsts.is_empty() {
            // No stem at all: one empty shard, so that a split index is told from a whole one.
            out.push(Vec::new());
            firsts.push(0);
        }
        let head = SearchHead {
            shards: firsts,
            ..self.head.clone()
        };
        (head, out)
    }

    /// The shard that holds a stem's postings.
    fn shard_of(&self, stem: u32) -> u32 {
        let after = self.head.shards.partition_point(|&first| first <= stem);
        after.saturating_sub(1) as u32
    }

    /// Takes in a shard's postings. Stems out of range, or already known, are ignored.
    pub fn add_shard(&self, shard: Shard) {
        for (stem, list) in shard {
            if let Some(cell) = self.postings.get(stem as usize) {
                let _ = cell.set(list);
            }
        }
    }

    /// The shards a query needs that are not loaded yet, ascending.
    pub fn missing_shards(&self, terms: &[Term]) -> Vec<u32> {
        if self.head.shards.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<u32> = terms
            .iter()
            .flat_map(|t| match t {
                Term::Phrase(words) => words.iter().filter_map(|w| self.form(w)).collect(),
                _ => self.stems_of(t),
            })
            .filter(|&id| {
                self.postings
                    .get(id as usize)
                    .is_some_and(|c| c.get().is_none())
            })
            .map(|id| self.shard_of(id))
            .collect();
        crate::order::sort(&mut out);
        out.dedup();
        out
    }

    /// Number of shards its postings come in (0 when they are all in memory).
    pub fn shard_count(&self) -> u32 {
        self.head.shards.len() as u32
    }

    /// Number of sentences indexed.
    pub fn len(&self) -> usize {
        self.head.lengths.len()
    }

    pub fn is_empty(&self) -> bool {
        self.head.lengths.is_empty()
    }

    fn list(&self, stem: u32) -> Option<&Postings> {
        self.postings.get(stem as usize)?.get()
    }

    fn form(&self, w: &str) -> Option<u32> {
        let i = self
            .head
            .forms
            .binary_search_by(|(f, _)| f.as_str().cmp(w))
            .ok()?;
        self.head.forms.get(i).map(|x| x.1)
    }

    /// The stems a query word stands for.
    fn stems_of(&self, term: &Term) -> Vec<u32> {
        match term {
            Term::Word(w) => match self.form(w) {
                Some(id) => vec![id],
                // Not a word of the corpus: nothing, unless it starts some.
                None => self.prefix(w),
            },
            Term::Prefix(p) => self.prefix(p),
            Term::Phrase(_) => Vec::new(),
        }
    }

    fn prefix(&self, p: &str) -> Vec<u32> {
        let from = self.head.forms.partition_point(|(f, _)| f.as_str() < p);
        let mut ids: Vec<u32> = self.head.forms[from..]
            .iter()
            .take_while(|(f, _)| f.starts_with(p))
            .take(MAX_EXPANSION)
            .map(|&(_, id)| id)
            .collect();
        crate::order::sort(&mut ids);
        ids.dedup();
        ids
    }

    fn idf(&self, stem: u32) -> f64 {
        let n = self.len() as f64;
        let df = self.list(stem).map_or(0, |l| l.sentences.len()) as f64;
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    fn bm25(&self, idf: f64, sentence: usize, tf: usize) -> f64 {
        let len = self
            .head
            .lengths
            .get(sentence)
            .copied()
            .map_or(0.0, f64::from);
        let tf = tf as f64;
        idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len))
    }

    /// Sentences that match every term, best first, with the words to mark. An empty query
    /// matches nothing (the caller shows everything instead). Stems whose shard is not loaded
    /// match nothing: ask [`SearchIndex::missing_shards`] first.
    pub fn search(&self, terms: &[Term]) -> Vec<Hit> {
        if terms.is_empty() {
            return Vec::new();
        }
        let mut tally = Tally::new(self.len());
        for term in terms {
            tally.next_term();
            self.tally_term(term, &mut tally);
            tally.end_term();
        }
        let joined = phrase_joined(terms);
        let mut hits = tally.hits(terms.len(), joined);
        // Best score first, then in corpus order: one number per hit, the score's bits in
        // the order of `f64::total_cmp` turned round, above the sentence's number.
        crate::order::sort_by_u128_key(&mut hits, |h| {
            let bits = h.score.to_bits();
            let ascending = match bits >> 63 {
                0 => bits | 1 << 63,
                _ => !bits,
            };
            (u128::from(!ascending) << 64) | h.sentence as u128
        });
        hits
    }

    /// Adds the sentences one term matches to the tally.
    fn tally_term(&self, term: &Term, tally: &mut Tally) {
        match term {
            Term::Phrase(words) => {
                let ids: Option<Vec<u32>> = words.iter().map(|w| self.form(w)).collect();
                let lists: Option<Vec<&Postings>> =
                    ids.iter().flatten().map(|&id| self.list(id)).collect();
                let (Some(ids), Some(lists)) = (ids, lists) else {
                    return;
                };
                let Some((first, rest)) = lists.split_first() else {
                    return;
                };
                // Only sentences that have the phrase's rarest word can hold it.
                let rarest = lists.iter().min_by_key(|l| l.sentences.len());
                for &gid in rarest.map(|l| l.sentences.as_slice()).unwrap_or(&[]) {
                    let starts: Vec<u16> = first
                        .in_sentence(gid)
                        .iter()
                        .copied()
                        .filter(|&p| {
                            rest.iter().enumerate().all(|(k, l)| {
                                let at = usize::from(p) + k + 1;
                                u16::try_from(at).is_ok_and(|at| l.in_sentence(gid).contains(&at))
                            })
                        })
                        .collect();
                    if starts.is_empty() {
                        continue;
                    }
                    let score: f64 = ids
                        .iter()
                        .map(|&id| self.bm25(self.idf(id), gid as usize, starts.len()))
                        .sum();
                    let marks = starts
                        .iter()
                        .flat_map(|&p| (0..ids.len()).map(move |k| usize::from(p) + k))
                        .filter_map(|p| u16::try_from(p).ok());
                    tally.add(gid, score, marks);
                }
            }
            _ => {
                for id in self.stems_of(term) {
                    let Some(list) = self.list(id) else {
                        continue;
                    };
                    let idf = self.idf(id);
                    for (k, &gid) in list.sentences.iter().enumerate() {
                        let at = list.positions_of(k);
                        tally.add(
                            gid,
                            self.bm25(idf, gid as usize, at.len()),
                            at.iter().copied(),
                        );
                    }
                }
            }
        }
    }

    /// The folded form of a word, for callers that need the same folding.
    pub fn fold(word: &str) -> String {
        fold(word)
    }
}

/// A search's scores, term by term, in tables by sentence number: a query of a common prefix
/// touches most sentences of a large corpus, and a map per term spent most of the search's
/// time hashing.
struct Tally {
    /// Per sentence: the number of the last term that matched it (0: none).
    term: Vec<u16>,
    /// Per sentence: how many terms matched it.
    matched: Vec<u16>,
    /// Per sentence: the best score of the current term's stems, then the sum over terms.
    best: Vec<f64>,
    total: Vec<f64>,
    /// Sentences the current term matched, and those the first term matched.
    touched: Vec<u32>,
    first: Vec<u32>,
    /// `(sentence, word number)` of every word to mark.
    marks: Vec<(u32, u16)>,
    /// Number of the current term (from 1).
    current: u16,
}

impl Tally {
    fn new(sentences: usize) -> Self {
        Tally {
            term: vec![0; sentences],
            matched: vec![0; sentences],
            best: vec![0.0; sentences],
            total: vec![0.0; sentences],
            touched: Vec::new(),
            first: Vec::new(),
            marks: Vec::new(),
            current: 0,
        }
    }

    fn next_term(&mut self) {
        self.current = self.current.saturating_add(1);
        self.touched.clear();
    }

    /// Sentence `gid` matches the current term with `score` (a term's score in a sentence
    /// is the best of its stems' there) and these words to mark.
    fn add(&mut self, gid: u32, score: f64, marks: impl Iterator<Item = u16>) {
        let g = gid as usize;
        let Some(term) = self.term.get_mut(g) else {
            return;
        };
        if *term != self.current {
            *term = self.current;
            self.matched[g] = self.matched[g].saturating_add(1);
            self.best[g] = 0.0;
            self.touched.push(gid);
        }
        self.best[g] = self.best[g].max(score);
        self.marks.extend(marks.map(|p| (gid, p)));
    }

    fn end_term(&mut self) {
        for &gid in &self.touched {
            let g = gid as usize;
            self.total[g] += self.best[g];
        }
        if self.current == 1 {
            std::mem::swap(&mut self.first, &mut self.touched);
        }
    }

    /// The sentences every one of `terms` terms matched, unordered, each with its marks
    /// (ascending, once each).
    fn hits(self, terms: usize, joined: bool) -> Vec<Hit> {
        // The marks by sentence: counted, then placed (no sort of every mark).
        let mut start = vec![0u32; self.term.len() + 1];
        for &(gid, _) in &self.marks {
            start[gid as usize + 1] += 1;
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut next = start.clone();
        let mut placed = vec![0u16; self.marks.len()];
        for &(gid, p) in &self.marks {
            let at = &mut next[gid as usize];
            placed[*at as usize] = p;
            *at += 1;
        }
        self.first
            .iter()
            .filter(|&&gid| usize::from(self.matched[gid as usize]) == terms)
            .map(|&gid| {
                let g = gid as usize;
                let mut marks = placed[start[g] as usize..start[g + 1] as usize].to_vec();
                // A sentence's few marks, by insertion (no sort's set-up per hit).
                for i in 1..marks.len() {
                    let mut j = i;
                    while j > 0 && marks[j] < marks[j - 1] {
                        marks.swap(j, j - 1);
                        j -= 1;
                    }
                }
                marks.dedup();
                Hit {
                    sentence: g,
                    score: self.total[g],
                    marks,
                    joined,
                }
            })
            .collect()
    }
}

/// The spans (chars) of `text` that a hit marks: its words, neighbouring ones joined into one
/// span when the query had a phrase.
pub fn spans(text: &str, hit: &Hit) -> Vec<(u32, u32)> {
    if hit.marks.is_empty() {
        return Vec::new();
    }
    let mut char_at = 0u32;
    let mut byte_at = 0usize;
    let mut ws: Vec<(u32, u32)> = Vec::new();
    for t in tokens(text) {
        char_at += text[byte_at..t.start].chars().count() as u32;
        let start = char_at;
        char_at += text[t.start..t.end].chars().count() as u32;
        byte_at = t.end;
        ws.push((start, char_at));
    }
    let mut out: Vec<(u32, u32)> = Vec::new();
    let mut last_marked: Option<usize> = None;
    for &m in &hit.marks {
        let i = usize::from(m);
        let Some(&(a, b)) = ws.get(i) else {
            continue;
        };
        match out.last_mut() {
            Some(last)
                if hit.joined && last_marked.is_some_and(|p| p + 1 == i) && last.1 + 1 >= a =>
            {
                last.1 = b
            }
            _ => out.push((a, b)),
        }
        last_marked = Some(i);
    }
    out
}

fn phrase_joined(terms: &[Term]) -> bool {
    terms.iter().any(|t| matches!(t, Term::Phrase(_)))
}

#[cfg(test)]
mod tests;
