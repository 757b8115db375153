//! The gazetteer as the tagger and the rules see it: each word marked with the lists it
//! belongs to (`data/*.txt`: countries, cities, regions, demonyms, titles, the words that end
//! organisations' and places' names), multi-word entries matched whole, longest first.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::gazetteer as lists;

/// The lists a word is in, as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Gaz(u16);

impl Gaz {
    /// First word of a place's name (country, city, region).
    pub const PLACE_B: Gaz = Gaz(1);
    /// A later word of a place's name.
    pub const PLACE_I: Gaz = Gaz(2);
    /// The place is a country.
    pub const COUNTRY: Gaz = Gaz(4);
    /// A nationality or people: `French`, `Kenyans`.
    pub const DEMONYM: Gaz = Gaz(8);
    /// A title or role before a name: `President`, `Foreign Minister`.
    pub const TITLE: Gaz = Gaz(16);
    /// A word that ends an organisation's name: `Party`, `Bank`.
    pub const ORG_WORD: Gaz = Gaz(32);
    /// A word that ends a place's name: `River`, `Province`.
    pub const PLACE_WORD: Gaz = Gaz(64);
    /// A word that names an event: `War`, `Cup`, `Olympics`.
    pub const EVENT_WORD: Gaz = Gaz(128);

    pub fn has(self, other: Gaz) -> bool {
        self.0 & other.0 == other.0
    }
    fn add(&mut self, other: Gaz) {
        self.0 |= other.0;
    }

    /// The feature names of the bits.
    pub fn tags(self) -> impl Iterator<Item = &'static str> {
        [
            (Gaz::PLACE_B, "placeB"),
            (Gaz::PLACE_I, "placeI"),
            (Gaz::COUNTRY, "country"),
            (Gaz::DEMONYM, "demonym"),
            (Gaz::TITLE, "title"),
            (Gaz::ORG_WORD, "orgword"),
            (Gaz::PLACE_WORD, "placeword"),
            (Gaz::EVENT_WORD, "eventword"),
        ]
        .into_iter()
        .filter(move |(g, _)| self.has(*g))
        .map(|(_, t)| t)
    }
}

/// Multi-word entries by their first word (lower case), each as its words and its marks.
type Phrases = HashMap<String, Vec<(Vec<String>, Gaz)>>;

struct Tables {
    phrases: Phrases,
    demonyms: HashSet<String>,
    org_words: HashSet<String>,
    place_words: HashSet<String>,
    event_words: HashSet<String>,
}

/// A word as the lists are matched: lower case, a final stop dropped (`Mr.` is `mr`).
fn matched(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.strip_suffix('.') {
        Some(w) if !w.is_empty() => w.to_string(),
        _ => lower,
    }
}

fn words_of(entry: &str) -> Vec<String> {
    super::tag::tokenize(entry)
        .into_iter()
        .map(|w| matched(&w.text))
        .collect()
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut phrases: Phrases = HashMap::new();
        let mut add = |entry: &str, g: Gaz| {
            let ws = words_of(entry);
            if let Some(first) = ws.first() {
                phrases.entry(first.clone()).or_default().push((ws, g));
            }
        };
        for c in lists::countries() {
            add(c, Gaz::COUNTRY);
        }
        for c in lists::cities().iter().chain(lists::regions()) {
            add(c, Gaz::default());
        }
        for t in lists::titles() {
            add(t, Gaz::TITLE);
        }
        for d in lists::demonyms().iter().filter(|d| d.contains(' ')) {
            add(d, Gaz::DEMONYM);
        }
        for v in phrases.values_mut() {
            // Longest first.
            v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        let set = |l: &[&str]| l.iter().map(|w| w.to_lowercase()).collect::<HashSet<_>>();
        Tables {
            phrases,
            demonyms: set(lists::demonyms()),
            org_words: set(lists::org_words()),
            place_words: set(lists::place_words()),
            event_words: set(lists::event_words()),
        }
    })
}

/// Whether a word names a people or nationality: `French`, `Kenyans`, `Israelis`.
pub fn is_demonym(word: &str) -> bool {
    let t = tables();
    let lower = word.to_lowercase();
    t.demonyms.contains(&lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|s| t.demonyms.contains(s))
}

/// Marks each word with the lists it belongs to.
pub fn mark<S: AsRef<str>>(words: &[S]) -> Vec<Gaz> {
    let t = tables();
    let lower: Vec<String> = words.iter().map(|w| matched(w.as_ref())).collect();
    let mut out = vec![Gaz::default(); words.len()];
    let mut i = 0;
    while i < lower.len() {
        let mut matched = 0;
        if let Some(cands) = t.phrases.get(&lower[i]) {
            for (ws, g) in cands {
                if lower.len() - i >= ws.len() && lower[i..i + ws.len()] == ws[..] {
                    for (k, m) in out[i..i + ws.len()].iter_mut().enumerate() {
                        if g.has(Gaz::TITLE) {
                            m.add(Gaz::TITLE);
                        } else if g.has(Gaz::DEMONYM) {
                            m.add(Gaz::DEMONYM);
                        } else {
                            m.add(if k == 0 { Gaz::PLACE_B } else { Gaz::PLACE_I });
                            m.add(*g);
                        }
                    }
                    matched = ws.len();
                    break;
                }
            }
        }
        for k in i..i + matched.max(1) {
            let w = words[k].as_ref();
            let l = &lower[k];
            if is_demonym(w) || l.split('-').count() == 2 && l.split('-').all(is_demonym) {
                out[k].add(Gaz::DEMONYM);
            }
            if t.org_words.contains(l) {
                out[k].add(Gaz::ORG_WORD);
            }
            if t.place_words.contains(l) {
                out[k].add(Gaz::PLACE_WORD);
            }
            if t.event_words.contains(l) {
                out[k].add(Gaz::EVENT_WORD);
            }
        }
        i += matched.max(1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_multi_word_places_whole() {
        let m = mark(&["in", "New", "Zealand", "and", "New", "York", "French"]);
        assert!(m[1].has(Gaz::PLACE_B) && m[1].has(Gaz::COUNTRY));
        assert!(m[2].has(Gaz::PLACE_I));
        assert!(m[4].has(Gaz::PLACE_B) && !m[4].has(Gaz::COUNTRY));
        assert!(m[6].has(Gaz::DEMONYM));
        assert_eq!(m[0], Gaz::default());
        assert!(mark(&["Foreign", "Minister"])[1].has(Gaz::TITLE));
        assert!(mark(&["Mr.", "Obama"])[0].has(Gaz::TITLE));
        let m = mark(&["South", "Korean", "U.S."]);
        assert!(m[0].has(Gaz::DEMONYM) && m[1].has(Gaz::DEMONYM));
        assert!(m[2].has(Gaz::COUNTRY));
    }
}
