//! Themes: key phrases per document and for the corpus, and theme filters over sentences.
//!
//! Key phrases are runs of one to three content words (no stop words, numbers or
//! punctuation inside), scored by how often the document uses them, how few documents do
//! (inverse document frequency) and their length; runs made only of names are left to the
//! entities. The corpus's phrases favour those that several sources use. Themes come from
//! the lexicons of `story.toml` when it has some, else from the corpus's key phrases.

use std::collections::{BTreeMap, HashMap, HashSet};
use story_core::DocNo;

use story_core::{Document, SentenceRef, Theme};

use crate::config::StoryConfig;
use crate::text::{normalise, Words, STOP_WORDS};

const DOC_PHRASES: usize = 8;

/// Words that end a key phrase though they are not stop words for comparing sentences.
const PHRASE_STOP_WORDS: &[&str] = &[
    "despite",
    "anyone",
    "someone",
    "something",
    "nothing",
    "everything",
    "everyone",
    "clear",
    "already",
    "often",
    "always",
    "never",
    "although",
    "particularly",
    "especially",
    "indeed",
    "perhaps",
    "likely",
    "unlikely",
    "officially",
    "currently",
    "recently",
    "previously",
    "later",
    "earlier",
    "really",
    "simply",
    "largely",
    "reportedly",
    "allegedly",
    "whose",
    "let",
    "lets",
    "let’s",
    "it’s",
    "that’s",
    "there’s",
    "isn’t",
    "won’t",
    "don’t",
    "can’t",
];
const CORPUS_PHRASES: usize = 12;
const DEFAULT_THEMES: usize = 6;

/// How often a document uses a phrase, its spellings, and whether it is always a name.
type PhraseCount = (f64, BTreeMap<String, usize>, bool);

/// One run of content words: its stems (the key) and its words as written.
struct Run {
    key: String,
    surface: String,
    all_capitalised: bool,
}

fn runs(words: &Words, text: &str) -> Vec<Run> {
    let mut out = Vec::new();
    let mut current: Vec<(String, String)> = Vec::new();
    let flush = |current: &mut Vec<(String, String)>, out: &mut Vec<Run>| {
        // Every sub-run of one to three words.
        for len in 1..=3usize.min(current.len()) {
            for w in current.windows(len) {
                out.push(Run {
                    key: w
                        .iter()
                        .map(|(s, _)| s.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    surface: w
                        .iter()
                        .map(|(_, t)| t.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    all_capitalised: w
                        .iter()
                        .all(|(_, t)| t.chars().next().is_some_and(char::is_uppercase)),
                });
            }
        }
        current.clear();
    };
    for token in text.split_whitespace() {
        let core = token.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = normalise(core);
        let breaks = token.ends_with([',', '.', ';', ':', '!', '?', ')', '”', '"'])
            || token.starts_with(['(', '“', '"']);
        let usable = lower.chars().count() >= 3
            && !STOP_WORDS.contains(&lower.as_str())
            && !PHRASE_STOP_WORDS.contains(&lower.as_str())
            && !lower.chars().any(|c| c.is_numeric())
            && core
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '’' || c == '\'');
        if usable {
            if token.starts_with(['(', '“', '"']) {
                flush(&mut current, &mut out);
            }
            let surface = core
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_string();
            current.push((words.stem(&surface), surface));
            if breaks {
                flush(&mut current, &mut out);
            }
        } else {
            flush(&mut current, &mut out);
        }
    }
    flush(&mut current, &mut out);
    out
}

/// Fills each document's key phrases and returns the corpus's.
pub fn key_phrases(docs: &mut [Document]) -> Vec<String> {
    let words = Words::shared();
    let n = docs.len() as f64;
    // Per document: key -> (count, surfaces); document frequency of keys.
    let mut per_doc: Vec<HashMap<String, PhraseCount>> = Vec::new();
    let mut df: HashMap<String, f64> = HashMap::new();
    for doc in docs.iter() {
        let mut counts: HashMap<String, PhraseCount> = HashMap::new();
        for s in doc.sentences.iter().filter(|s| !s.heading) {
            for r in runs(words, &s.text) {
                let e = counts.entry(r.key).or_insert((0.0, BTreeMap::new(), true));
                e.0 += 1.0;
                *e.1.entry(r.surface).or_default() += 1;
                e.2 &= r.all_capitalised;
            }
        }
        for k in counts.keys() {
            *df.entry(k.clone()).or_default() += 1.0;
        }
        per_doc.push(counts);
    }
    let score = |key: &str, tf: f64| -> f64 {
        let len = key.split(' ').count() as f64;
        let idf = (1.0 + n / df.get(key).copied().unwrap_or(1.0)).ln();
        tf * idf * len
    };
    let surface_of = |surfaces: &BTreeMap<String, usize>| -> String {
        let best = surfaces
            .iter()
            .max_by_key(|(s, c)| (**c, std::cmp::Reverse((*s).clone())))
            .map(|(s, _)| s.clone())
            .unwrap_or_default();
        // Lower case unless it is always written capitalised (a name).
        if surfaces
            .keys()
            .all(|s| s.chars().next().is_some_and(char::is_uppercase))
        {
            best
        } else {
            best.to_lowercase()
        }
    };
    let mut corpus: HashMap<String, (f64, BTreeMap<String, usize>)> = HashMap::new();
    for (doc, counts) in docs.iter_mut().zip(&per_doc) {
        let mut scored: Vec<(f64, &String)> = counts
            .iter()
            // Used twice, or a phrase other sources use too: not a one-off turn of phrase.
            .filter(|(k, (tf, _, names))| {
                !names
                    && (*tf >= 2.0
                        || (k.contains(' ') && df.get(*k).copied().unwrap_or(0.0) >= 2.0))
            })
            .map(|(k, (tf, _, _))| (score(k, *tf), k))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        doc.key_phrases = pick(&scored, DOC_PHRASES, |k| surface_of(&counts[k].1));
        for (k, (tf, surfaces, names)) in counts {
            if *names {
                continue;
            }
            let e = corpus.entry(k.clone()).or_insert((0.0, BTreeMap::new()));
            // Spread over sources counts more than repetition in one.
            e.0 += 1.0 + tf.ln_1p();
            for (s, c) in surfaces {
                *e.1.entry(s.clone()).or_default() += c;
            }
        }
    }
    let mut scored: Vec<(f64, &String)> = corpus
        .iter()
        .filter(|(k, _)| df.get(*k).copied().unwrap_or(0.0) >= 2.0_f64.min(n))
        .map(|(k, (s, _))| (s * k.split(' ').count() as f64, k))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    pick(&scored, CORPUS_PHRASES, |k| surface_of(&corpus[k].1))
}

/// The best `max` keys, skipping any key inside a better one (`human` after `human rights`).
fn pick(scored: &[(f64, &String)], max: usize, surface: impl Fn(&str) -> String) -> Vec<String> {
    let mut chosen: Vec<&String> = Vec::new();
    for (_, k) in scored {
        if chosen.len() == max {
            break;
        }
        let overlaps = chosen.iter().any(|c| {
            let (a, b): (HashSet<&str>, HashSet<&str>) =
                (c.split(' ').collect(), k.split(' ').collect());
            a.is_subset(&b) || b.is_subset(&a)
        });
        if !overlaps {
            chosen.push(k);
        }
    }
    chosen.into_iter().map(|k| surface(k)).collect()
}

/// A term of a lexicon, ready to match.
struct Term {
    /// Stems that must all occur, or a prefix (for `word*`).
    stems: Vec<String>,
    prefix: Option<String>,
}

fn term(words: &Words, t: &str) -> Option<Term> {
    let t = t.trim();
    if let Some(p) = t.strip_suffix('*') {
        let p = normalise(p);
        return (!p.is_empty()).then_some(Term {
            stems: Vec::new(),
            prefix: Some(p),
        });
    }
    let stems: Vec<String> = t.split_whitespace().map(|w| words.stem(w)).collect();
    (!stems.is_empty()).then_some(Term {
        stems,
        prefix: None,
    })
}

/// The themes: lexicon themes from the config, else the corpus's top key phrases.
pub fn themes(docs: &[Document], config: &StoryConfig, corpus_phrases: &[String]) -> Vec<Theme> {
    let words = Words::shared();
    let (source, lexicons): (&str, Vec<(String, Vec<String>)>) = if config.themes.is_empty() {
        (
            "key_phrase",
            corpus_phrases
                .iter()
                .take(DEFAULT_THEMES)
                .map(|p| (p.clone(), vec![p.clone()]))
                .collect(),
        )
    } else {
        (
            "lexicon",
            config
                .themes
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        )
    };
    // Each sentence's words, lowered, and their stems, read once for every theme.
    let read: Vec<(SentenceRef, Vec<String>, HashSet<String>)> =
        crate::par::map(&crate::par::sentences(docs), |&(d, i, s)| {
            let lower: Vec<String> = s
                .text
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .map(normalise)
                .collect();
            let stems: HashSet<String> = lower.iter().map(|w| words.stem(w)).collect();
            let at = SentenceRef {
                doc: DocNo::at(d),
                sentence: i as u32,
            };
            (at, lower, stems)
        });
    let mut used = HashSet::new();
    lexicons
        .into_iter()
        .map(|(name, raw_terms)| {
            let terms: Vec<Term> = raw_terms.iter().filter_map(|t| term(words, t)).collect();
            let sentences: Vec<SentenceRef> = read
                .iter()
                .filter(|(_, lower, stems)| {
                    terms.iter().any(|t| match &t.prefix {
                        Some(p) => lower.iter().any(|w| w.starts_with(p.as_str())),
                        None => t.stems.iter().all(|st| stems.contains(st)),
                    })
                })
                .map(|(at, ..)| at.clone())
                .collect();
            let mut id = slug(&name);
            while !used.insert(id.clone()) {
                id.push('_');
            }
            Theme {
                id,
                name,
                source: source.to_string(),
                terms: raw_terms,
                sentences,
            }
        })
        .collect()
}

fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "theme".to_string()
    } else {
        s
    }
}
