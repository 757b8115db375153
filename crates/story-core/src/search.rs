//! Full-text search over sentences: stems, prefixes while typing, "quoted phrases", BM25
//! ranking, and the spans to mark.
//!
//! The page has no stemmer: the build lists every word form of the corpus whose stem differs
//! from it (`Index::stems`), so a query word found in the corpus gets its stem by lookup. A
//! word the corpus does not have can only match as a prefix of words it has, which is also
//! how the last word of a query still being typed is read.

use std::collections::{BTreeMap, HashMap, HashSet};

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

/// A search hit: the sentence's global number, its score, and the spans to mark (chars).
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub sentence: usize,
    pub score: f64,
    pub spans: Vec<(u32, u32)>,
}

/// The search structures, built once from the index.
pub struct SearchIndex {
    /// Global sentence number → `(document, sentence)`.
    pub sentences: Vec<SentenceId>,
    /// Per sentence: its stems in order with their spans (chars).
    words: Vec<Vec<(u32, u32, u32)>>,
    /// Stem text → stem number.
    stem_ids: HashMap<String, u32>,
    /// Stem number → sentences that have it, with counts.
    postings: Vec<Vec<(u32, u16)>>,
    /// Every word form → its stem number, sorted (for prefixes).
    forms: BTreeMap<String, u32>,
    avg_len: f64,
}

impl SearchIndex {
    pub fn new(index: &Index) -> Self {
        let stem_map: HashMap<&str, &str> = index
            .stems
            .iter()
            .map(|(f, s)| (f.as_str(), s.as_str()))
            .collect();
        let mut s = SearchIndex {
            sentences: Vec::new(),
            words: Vec::new(),
            stem_ids: HashMap::new(),
            postings: Vec::new(),
            forms: BTreeMap::new(),
            avg_len: 1.0,
        };
        let mut total = 0usize;
        for (d, doc) in index.documents.iter().enumerate() {
            for (i, sentence) in doc.sentences.iter().enumerate() {
                let gid = s.sentences.len() as u32;
                s.sentences.push((d as u32, i as u32));
                let text = &sentence.text;
                let mut char_at = 0u32;
                let mut byte_at = 0usize;
                let mut ws = Vec::new();
                for t in tokens(text) {
                    char_at += text[byte_at..t.start].chars().count() as u32;
                    let start = char_at;
                    char_at += text[t.start..t.end].chars().count() as u32;
                    byte_at = t.end;
                    let stem = stem_map.get(t.form.as_str()).copied().unwrap_or(&t.form);
                    // Looked up before it is inserted: no string is made for a known stem.
                    let id = match s.stem_ids.get(stem) {
                        Some(&id) => id,
                        None => {
                            let id = s.stem_ids.len() as u32;
                            s.stem_ids.insert(stem.to_string(), id);
                            s.postings.push(Vec::new());
                            id
                        }
                    };
                    s.forms.entry(t.form).or_insert(id);
                    ws.push((start, char_at, id));
                }
                total += ws.len();
                // Each stem of the sentence once, with its count.
                let mut ids: Vec<u32> = ws.iter().map(|w| w.2).collect();
                ids.sort_unstable();
                for run in ids.chunk_by(|a, b| a == b) {
                    let n = u16::try_from(run.len()).unwrap_or(u16::MAX);
                    s.postings[run[0] as usize].push((gid, n));
                }
                s.words.push(ws);
            }
        }
        s.avg_len = (total as f64 / s.sentences.len().max(1) as f64).max(1.0);
        s
    }

    /// The stems a query word stands for.
    fn stems_of(&self, term: &Term) -> Vec<u32> {
        match term {
            Term::Word(w) => match self.forms.get(w) {
                Some(&id) => vec![id],
                // Not a word of the corpus: nothing, unless it starts some.
                None => self.prefix(w),
            },
            Term::Prefix(p) => self.prefix(p),
            Term::Phrase(_) => Vec::new(),
        }
    }

    fn prefix(&self, p: &str) -> Vec<u32> {
        let mut ids: Vec<u32> = self
            .forms
            .range(p.to_string()..)
            .take_while(|(f, _)| f.starts_with(p))
            .take(MAX_EXPANSION)
            .map(|(_, &id)| id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    fn idf(&self, stem: u32) -> f64 {
        let n = self.sentences.len() as f64;
        let df = self.postings.get(stem as usize).map_or(0, Vec::len) as f64;
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    fn bm25(&self, stem: u32, sentence: usize, tf: u16) -> f64 {
        let len = self.words.get(sentence).map_or(0, Vec::len) as f64;
        let tf = f64::from(tf);
        self.idf(stem) * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len))
    }

    /// Sentences that match every term, best first, with the spans to mark. An empty query
    /// matches nothing (the caller shows everything instead).
    pub fn search(&self, terms: &[Term]) -> Vec<Hit> {
        if terms.is_empty() {
            return Vec::new();
        }
        // Per term: sentence → (score, stems that matched).
        let mut per_term: Vec<HashMap<usize, (f64, Vec<u32>)>> = Vec::new();
        for term in terms {
            let mut m: HashMap<usize, (f64, Vec<u32>)> = HashMap::new();
            match term {
                Term::Phrase(words) => {
                    let ids: Option<Vec<u32>> =
                        words.iter().map(|w| self.forms.get(w).copied()).collect();
                    if let Some(ids) = ids {
                        // Only sentences that have the phrase's rarest word can hold it.
                        let rarest = ids
                            .iter()
                            .copied()
                            .min_by_key(|&id| self.postings.get(id as usize).map_or(0, Vec::len));
                        let candidates = rarest
                            .and_then(|id| self.postings.get(id as usize))
                            .into_iter()
                            .flatten()
                            .map(|&(gid, _)| gid as usize);
                        for gid in candidates {
                            let Some(ws) = self.words.get(gid) else {
                                continue;
                            };
                            let seq: Vec<u32> = ws.iter().map(|w| w.2).collect();
                            let count = seq
                                .windows(ids.len())
                                .filter(|w| *w == ids.as_slice())
                                .count();
                            if count > 0 {
                                let score: f64 =
                                    ids.iter().map(|&id| self.bm25(id, gid, count as u16)).sum();
                                m.insert(gid, (score, ids.clone()));
                            }
                        }
                    }
                }
                _ => {
                    for id in self.stems_of(term) {
                        for &(gid, tf) in self.postings.get(id as usize).into_iter().flatten() {
                            let e = m.entry(gid as usize).or_insert((0.0, Vec::new()));
                            e.0 = e.0.max(self.bm25(id, gid as usize, tf));
                            e.1.push(id);
                        }
                    }
                }
            }
            per_term.push(m);
        }
        let Some((first, rest)) = per_term.split_first() else {
            return Vec::new();
        };
        let mut hits: Vec<Hit> = first
            .iter()
            .filter(|(gid, _)| rest.iter().all(|m| m.contains_key(gid)))
            .map(|(&gid, _)| {
                let score: f64 = per_term
                    .iter()
                    .filter_map(|m| m.get(&gid))
                    .map(|(s, _)| s)
                    .sum();
                Hit {
                    sentence: gid,
                    score,
                    spans: self.spans(gid, terms, &per_term),
                }
            })
            .collect();
        hits.sort_unstable_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.sentence.cmp(&b.sentence))
        });
        hits
    }

    fn spans(
        &self,
        gid: usize,
        terms: &[Term],
        per_term: &[HashMap<usize, (f64, Vec<u32>)>],
    ) -> Vec<(u32, u32)> {
        let Some(ws) = self.words.get(gid) else {
            return Vec::new();
        };
        let mut marked: HashSet<usize> = HashSet::new();
        for (term, m) in terms.iter().zip(per_term) {
            let Some((_, ids)) = m.get(&gid) else {
                continue;
            };
            match term {
                Term::Phrase(_) => {
                    for start in 0..ws.len() {
                        if ws.len() - start >= ids.len()
                            && ws[start..start + ids.len()]
                                .iter()
                                .zip(ids)
                                .all(|(w, id)| w.2 == *id)
                        {
                            marked.extend(start..start + ids.len());
                        }
                    }
                }
                _ => marked.extend(
                    ws.iter()
                        .enumerate()
                        .filter(|(_, w)| ids.contains(&w.2))
                        .map(|(i, _)| i),
                ),
            }
        }
        let mut idx: Vec<usize> = marked.into_iter().collect();
        idx.sort_unstable();
        // Neighbouring marked words of a phrase become one span.
        let mut spans: Vec<(u32, u32)> = Vec::new();
        for i in idx {
            let (a, b, _) = ws[i];
            match spans.last_mut() {
                Some(last)
                    if i > 0
                        && last.1 + 1 >= a
                        && ws[i - 1].1 == last.1
                        && phrase_joined(terms) =>
                {
                    last.1 = b
                }
                _ => spans.push((a, b)),
            }
        }
        spans
    }

    /// The folded form of a word, for callers that need the same folding.
    pub fn fold(word: &str) -> String {
        fold(word)
    }
}

fn phrase_joined(terms: &[Term]) -> bool {
    terms.iter().any(|t| matches!(t, Term::Phrase(_)))
}

#[cfg(test)]
mod tests;
