//! Words for comparing sentences: UAX #29 words, lower-cased, English stop words out,
//! Snowball-stemmed (`designated`, `designation` → `design`).

use std::cell::RefCell;
use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

/// Function words and very common verbs that say nothing about what a sentence is about.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "ought",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "per",
    "quite",
    "rather",
    "said",
    "same",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "s",
    "t",
    "ll",
    "re",
    "ve",
    "d",
    "m",
    "new",
    "first",
    "last",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "decade",
    "decades",
    "time",
    "times",
    "two",
    "three",
    "several",
    "however",
    "well",
    "way",
    "according",
    "including",
    "among",
    "across",
    "around",
    "another",
    "become",
    "became",
    "come",
    "comes",
    "came",
    "get",
    "got",
    "go",
    "goes",
    "went",
    "take",
    "taken",
    "took",
    "taking",
    "see",
    "seen",
    "set",
    "use",
    "used",
    "given",
    "give",
    "gave",
];

/// Verbs that say who speaks (`says`, `told`): a claim's attribution, an event's statement.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "warns",
    "explained",
    "explains",
    "insisted",
    "insists",
    "argued",
    "argues",
    "noted",
    "notes",
    "stated",
    "states",
    "wrote",
    "writes",
    "believes",
    "believe",
    "thinks",
    "think",
    "predicted",
    "predicts",
    "suggested",
    "suggests",
    "acknowledged",
    "admitted",
    "conceded",
    "cautioned",
];

/// A content word: its stem and where it stands (bytes).
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub stem: String,
    /// The stem of the word's synonym group (the stem itself when it has none).
    pub concept: String,
    pub start: usize,
    pub end: usize,
}

pub struct Words {
    stemmer: Stemmer,
    /// Stem of a word → stem of the first word of its synonym group (`data/synonyms.txt`).
    synonyms: HashMap<String, String>,
}

impl Default for Words {
    fn default() -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut synonyms = HashMap::new();
        for line in include_str!("../data/synonyms.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let stems: Vec<String> = line
                .split(',')
                .map(|w| stemmer.stem(&normalise(w.trim())).into_owned())
                .filter(|w| !w.is_empty())
                .collect();
            if let Some(head) = stems.first() {
                for s in &stems {
                    synonyms.entry(s.clone()).or_insert_with(|| head.clone());
                }
            }
        }
        Words { stemmer, synonyms }
    }
}

impl Words {
    /// The one shared instance: the synonym table is read once per process.
    pub fn shared() -> &'static Words {
        static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
        WORDS.get_or_init(Words::default)
    }

    /// The content words of a text, in order.
    pub fn content(&self, text: &str) -> Vec<Word> {
        thread_local! {
            /// Each word form's stem and concept (`None`: no content word), read once a
            /// thread: a corpus says its words many times, and every step reads them.
            static READ: RefCell<HashMap<String, Option<(String, String)>>> =
                RefCell::new(HashMap::new());
        }
        READ.with_borrow_mut(|read| {
            text.unicode_word_indices()
                .filter_map(|(start, w)| {
                    let (stem, concept) = match read.get(w) {
                        Some(known) => known.clone()?,
                        None => {
                            let known = self.read(w);
                            read.insert(w.to_string(), known.clone());
                            known?
                        }
                    };
                    Some(Word {
                        concept,
                        stem,
                        start,
                        end: start + w.len(),
                    })
                })
                .collect()
        })
    }

    /// A word form's stem and concept; `None` for a stop word, a single letter or a number.
    fn read(&self, w: &str) -> Option<(String, String)> {
        let lower = normalise(w);
        if lower.chars().count() < 2
            || STOP_WORDS.contains(&lower.as_str())
            || lower.chars().all(|c| c.is_numeric())
        {
            return None;
        }
        let stem = self.stemmer.stem(&lower).into_owned();
        let concept = self
            .synonyms
            .get(&stem)
            .cloned()
            .unwrap_or_else(|| stem.clone());
        Some((stem, concept))
    }

    pub fn stem(&self, word: &str) -> String {
        self.stemmer.stem(&normalise(word)).into_owned()
    }

    /// A word as a phrase of the paraphrase table reads it: its stem, marked for a stop word.
    /// A stop word matches only stop words of its stem (`taking` is `take`), never a content
    /// word the stemmer makes of it alike (the adverb `quite` is no `quit`).
    pub fn phrase_word(&self, word: &str) -> String {
        let lower = normalise(word);
        let stem = self.stemmer.stem(&lower);
        if STOP_WORDS.contains(&lower.as_str()) {
            format!("\u{2}{stem}")
        } else {
            stem.into_owned()
        }
    }
}

/// Lower case, typographic apostrophes made plain, possessive `'s` dropped.
pub fn normalise(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    lower
        .strip_suffix("'s")
        .map(str::to_string)
        .unwrap_or(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_are_stemmed_without_stop_words() {
        let w = Words::default();
        let stems: Vec<String> = w
            .content("The group’s designation was designated in 2003 by the courts.")
            .into_iter()
            .map(|w| w.stem)
            .collect();
        assert_eq!(stems, ["group", "design", "design", "court"]);
    }

    #[test]
    fn synonyms_share_a_concept() {
        let w = Words::default();
        let concepts =
            |t: &str| -> Vec<String> { w.content(t).into_iter().map(|w| w.concept).collect() };
        assert_eq!(concepts("blacklisted"), concepts("designation"));
        assert_eq!(concepts("annulled"), concepts("suspended"));
        assert_ne!(concepts("annulled"), concepts("designation"));
    }
}
