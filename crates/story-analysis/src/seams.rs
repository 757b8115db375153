//! Seams: where a saved page ran two pieces of text together without punctuation (a headline
//! into its standfirst, a caption into the story, a byline into the first paragraph:
//! `… outbreak spreads to pigs Health officials say …`, `Jane Roe, Science editor The next
//! few days …`), the capital that opens the second piece is the only sign. A capital in the
//! middle of a sentence is usually a name, so the corpus decides: a word the story writes in
//! lower case mid-sentence, and almost never with a capital there, that stands capitalised
//! after a lower-case word or a figure and before a lower-case word, opens a sentence. After
//! a name only the words that most often open an English sentence (`The`, `It`, `In`, …) do.
//!
//! Nothing is lost: both pieces stay sentences of the same paragraph, in order, but a piece
//! that is furniture by its own words (`Photograph: Jo Roe/AP`) goes to the document's
//! removed text, as it would have gone had the page punctuated it.

use std::collections::{HashMap, HashSet};

use story_core::{Document, Sentence};

use crate::furniture;
use crate::statement::CONNECTIVES;
use crate::text::STOP_WORDS;

/// Times the story must write a word in lower case mid-sentence before its capital means a
/// new sentence.
const MIN_LOWER: u32 = 3;

/// At most one in this many of the word's mid-sentence uses may be capitalised.
const CAPITAL_RATIO: u32 = 10;

/// Words (fewest) a piece must keep on either side of a seam.
const MIN_BEFORE: usize = 2;
const MIN_AFTER: usize = 3;

/// Words that open a sentence far more often than they stand capitalised inside one: the only
/// seams after a name, where a capitalised word is most often the name going on.
const OPENERS: &[&str] = &[
    "The", "It", "He", "She", "They", "We", "This", "These", "Those", "There", "But", "In", "As",
    "If", "When", "While", "After", "His", "Her", "Their", "Its", "Our", "An",
];

/// Closing punctuation: a word that ends with one already ends its piece, or is inside a
/// quotation or parenthesis whose capital is the quotation's own.
fn closes(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ':'
            | ';'
            | ','
            | '"'
            | '\''
            | '`'
            | ')'
            | ']'
            | '\u{2019}'
            | '\u{201D}'
            | '\u{2014}'
            | '\u{2013}'
            | '-'
    )
}

/// How often the corpus writes each word (lower-cased) in lower case and capitalised, in the
/// middle of a sentence: not first, and not after a word that ends a sentence or opens a
/// quotation.
#[derive(Default)]
struct Case {
    lower: HashMap<String, (u32, u32)>,
}

impl Case {
    fn of(docs: &[Document]) -> Case {
        let mut case = Case::default();
        for s in docs.iter().flat_map(|d| &d.sentences) {
            let mut prev: Option<&str> = None;
            for w in s.text.split_whitespace() {
                let after_end = prev.is_none_or(|p| {
                    p.ends_with(['.', '!', '?', ':', '"', '\u{201D}', '\u{201C}', '`', '\''])
                });
                prev = Some(w);
                if after_end {
                    continue;
                }
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                if !bare.chars().all(char::is_alphabetic) || bare.is_empty() {
                    continue;
                }
                if is_lower(bare) {
                    case.lower.entry(bare.to_string()).or_default().0 += 1;
                } else if is_capitalised(bare) {
                    case.lower.entry(bare.to_lowercase()).or_default().1 += 1;
                }
            }
        }
        case
    }

    /// The story writes the word in lower case mid-sentence, and almost never capitalised.
    fn common(&self, capitalised: &str) -> bool {
        let (lower, capital) = self
            .lower
            .get(&capitalised.to_lowercase())
            .copied()
            .unwrap_or_default();
        lower >= MIN_LOWER && capital * CAPITAL_RATIO <= lower
    }
}

fn is_lower(w: &str) -> bool {
    w.chars().all(char::is_lowercase)
}

/// `50`, `1,200`, `2.5`: a figure, which a name rarely goes on after.
fn is_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// `Word`: a capital, then lower-case letters only.
fn is_capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// Inside a quotation (an odd number of straight marks, or more opening curly marks than
/// closing ones), a capital is the quotation's own.
fn quoted(before: &str) -> bool {
    let open = before.matches('\u{201C}').count();
    let close = before.matches('\u{201D}').count();
    before.matches('"').count() % 2 == 1 || open > close
}

/// The byte offsets in `text` where a new sentence starts at a seam.
fn seams(text: &str, case: &Case, stop: &HashSet<&str>) -> Vec<usize> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    let mut out = Vec::new();
    let mut last = 0;
    for k in 1..words.len().saturating_sub(1) {
        let (x, (at, y), z) = (words[k - 1].1, words[k], words[k + 1].1);
        if x.ends_with(closes) || !x.chars().any(char::is_alphanumeric) {
            continue;
        }
        // A connective keeps its comma (`… aged 50 However, one doctor …`); another word
        // with one is a name going on (`the rights group Witness, and …`).
        let (y, connective) = match y.strip_suffix(',') {
            Some(w) if CONNECTIVES.contains(&w.to_lowercase().as_str()) => (w, true),
            Some(_) => continue,
            None => (y, false),
        };
        if y.chars().count() < 2 || !is_capitalised(y) {
            continue;
        }
        let z = z.trim_end_matches([',', ';', ':']);
        // A name may follow a word that opens a clause (`… friends in 2006 When Jo Park
        // died …`, `… most likely to die In France, a …`), where the word before is in
        // lower case or a figure.
        // Not `The`, `This`, `His` and the like: they open a title or a name as often
        // (`told The Wall Street Journal`, `called The Lobster`); nor before a word the story
        // writes in lower case (`Radio 2 In Concert`: a title's).
        let opener_then_name = matches!(y, "When" | "If" | "While" | "After" | "But" | "In")
            && is_capitalised(z.trim_end_matches(['\'', '’', 's']))
            && !case.common(z)
            && (is_lower(x) || is_number(x));
        if z.is_empty() || !(is_lower(z) || opener_then_name) {
            continue;
        }
        let seam = if is_lower(x) || is_number(x) {
            !stop.contains(x) && (connective || case.common(y))
        } else {
            // A function word capitalised is a title-case heading's (`What Is This the Story
            // of?`), not a name's.
            let bare = x.trim_matches(|c: char| !c.is_alphanumeric());
            OPENERS.contains(&y) && case.common(y) && !stop.contains(bare.to_lowercase().as_str())
        };
        if seam && k - last >= MIN_BEFORE && words.len() - k >= MIN_AFTER && !quoted(&text[..at]) {
            out.push(at);
            last = k;
        }
    }
    out
}

/// Splits every sentence of the corpus at its seams; pieces that are furniture go to
/// `Document::removed`.
pub fn split(docs: &mut [Document]) {
    let case = Case::of(docs);
    let stop: HashSet<&str> = STOP_WORDS.iter().copied().collect();
    let patterns = furniture::patterns();
    for doc in docs {
        let mut out = Vec::with_capacity(doc.sentences.len() + 1);
        for s in std::mem::take(&mut doc.sentences) {
            let cuts = seams(&s.text, &case, &stop);
            if cuts.is_empty() {
                out.push(s);
                continue;
            }
            let mut from = 0;
            for at in cuts.into_iter().chain([s.text.len()]) {
                // A piece may be furniture by its own words (a photo credit, a sign-up
                // prompt), as a sentence of the page would be: out, with its reason.
                let piece = patterns.keep_story(s.text[from..at].trim_end(), &mut doc.removed);
                from = at;
                if piece.is_empty() {
                    continue;
                }
                out.push(Sentence {
                    text: piece.to_string(),
                    ..s.clone()
                });
            }
        }
        doc.sentences = out;
    }
}

#[cfg(test)]
mod tests;
