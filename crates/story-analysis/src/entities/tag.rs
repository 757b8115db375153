//! The statistical tagger: a linear-chain CRF over word tokens (the `crfs` crate, a port of
//! CRFsuite), trained by `examples/train_ner.rs` on CC BY data (`NOTICE`) and committed as
//! `data/ner.crf`. It is read at build time only: this crate never enters the wasm.
//!
//! The words are tokenised the way the training data is (punctuation and possessives apart,
//! `U.S.` and `Mr.` whole), and each word is described by its form, its shape, its affixes,
//! its neighbours and the gazetteer ([`features`]); the model gives each word a tag in IOB2
//! (`B-PER`, `I-ORG`, `O`, …), and [`spans`] reads the tags as typed spans.

use std::sync::OnceLock;

use crfs::{Attribute, Model};

use super::gazetteer::{self, Gaz};

/// The model, trained by `examples/train_ner.rs` (see `NOTICE` for the data).
static MODEL_BYTES: &[u8] = include_bytes!("../../data/ner.crf");

/// The four types of the training data (CoNLL's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NerType {
    Per,
    Org,
    Loc,
    Misc,
}

impl NerType {
    pub fn parse(s: &str) -> Option<NerType> {
        match s {
            "PER" => Some(NerType::Per),
            "ORG" => Some(NerType::Org),
            "LOC" => Some(NerType::Loc),
            "MISC" => Some(NerType::Misc),
            _ => None,
        }
    }
}

/// A word of a sentence: its text and where it stands (bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

const LEADING: &[char] = &['"', '\'', '(', '[', '{', '“', '‘', '«', '`', '¿', '¡'];
const TRAILING: &[char] = &[
    '"', '\'', ')', ']', '}', '”', '’', '»', ',', '.', ';', ':', '!', '?', '…',
];

/// Abbreviations that keep their period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "bros",
    "gen", "col", "lt", "sgt", "gov", "sen", "rep", "prof", "capt", "maj", "no", "vs", "rev",
    "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "messrs", "plc",
    "cie", "mme", "adm", "cmdr", "supt", "det", "insp", "hon",
];

fn keeps_period(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('.') else {
        return false;
    };
    if stem.is_empty() {
        return false;
    }
    // `U.S.`, `J.`, `a.m.`
    let dotted = stem
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    dotted || ABBREVIATIONS.contains(&stem.to_lowercase().as_str())
}

/// Cuts a sentence into words: punctuation apart, possessives apart, `U.S.` whole.
pub fn tokenize(sentence: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize| {
        if e > s {
            out.push(Word {
                text: sentence[s..e].to_string(),
                start: s,
                end: e,
            })
        }
    };
    let mut pos = 0;
    let breaks = |c: char| c.is_whitespace() || c == '—' || c == '–';
    for chunk in sentence.split_inclusive(breaks) {
        let begin = pos;
        pos += chunk.len();
        let chunk = chunk.trim_end_matches(breaks);
        // Two places joined by a hyphen are two names: `Russia-Afghanistan`.
        if let Some((x, y)) = chunk.split_once('-') {
            if crate::gazetteer::is_place_name(x) && crate::gazetteer::is_place_name(y) {
                push(begin, begin + x.len());
                push(begin + x.len(), begin + x.len() + 1);
                let y = y.trim_end_matches(TRAILING);
                push(begin + x.len() + 1, begin + x.len() + 1 + y.len());
                let end = begin + x.len() + 1 + y.len();
                for (k, c) in chunk[end - begin..].char_indices() {
                    push(end + k, end + k + c.len_utf8());
                }
                continue;
            }
        }
        let mut s = begin;
        let mut e = begin + chunk.len();
        while s < e {
            let c = sentence[s..e].chars().next().unwrap_or(' ');
            if LEADING.contains(&c) && sentence[s..e].chars().count() > 1 {
                push(s, s + c.len_utf8());
                s += c.len_utf8();
            } else {
                break;
            }
        }
        let mut tail: Vec<(usize, usize)> = Vec::new();
        loop {
            let w = &sentence[s..e];
            let Some(c) = w.chars().next_back() else {
                break;
            };
            if w.chars().count() <= 1 {
                break;
            }
            if TRAILING.contains(&c) && !(c == '.' && keeps_period(w)) {
                tail.push((e - c.len_utf8(), e));
                e -= c.len_utf8();
                continue;
            }
            break;
        }
        // Possessives and contractions: `Smith's`, `Jones'`, `don't`.
        let w = &sentence[s..e];
        for suffix in ["'s", "’s", "'S", "’S", "n't", "n’t"] {
            if w.len() > suffix.len() && w.ends_with(suffix) {
                tail.push((e - suffix.len(), e));
                e -= suffix.len();
                break;
            }
        }
        let w = &sentence[s..e];
        if (w.ends_with("s'") || w.ends_with("s’")) && w.chars().count() > 2 {
            let q = if w.ends_with('\'') {
                1
            } else {
                '’'.len_utf8()
            };
            tail.push((e - q, e));
            e -= q;
        }
        push(s, e);
        for (a, b) in tail.into_iter().rev() {
            push(a, b);
        }
    }
    out
}

/// A word's shape: `Xxxx` → `Xx`, `U.S.` → `X.X.`, `1996-08-30` → `d-d-d`.
fn shape(word: &str) -> String {
    let mut s = String::new();
    let mut last = '\0';
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k != last {
            s.push(k);
            last = k;
        }
        if s.len() > 8 {
            break;
        }
    }
    s
}

fn prefix(word: &str, n: usize) -> Option<String> {
    (word.chars().count() > n).then(|| word.chars().take(n).collect())
}

fn suffix(word: &str, n: usize) -> Option<String> {
    let count = word.chars().count();
    (count > n).then(|| word.chars().skip(count - n).collect())
}

/// The features of each word of a sentence.
pub fn features<S: AsRef<str>>(words: &[S]) -> Vec<Vec<Attribute>> {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let shapes: Vec<String> = words.iter().map(|w| shape(w)).collect();
    let gaz: Vec<Gaz> = gazetteer::mark(&words);
    let n = words.len();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let w = words[i];
        let mut f: Vec<Attribute> = Vec::with_capacity(40);
        let mut add = |name: String| f.push(Attribute::new(name, 1.0));
        add("b".into());
        add(format!("w={}", lower[i]));
        add(format!("s={}", shapes[i]));
        for k in 1..=3 {
            if let Some(p) = prefix(&lower[i], k) {
                add(format!("p{k}={p}"));
            }
        }
        for k in 1..=4 {
            if let Some(x) = suffix(&lower[i], k) {
                add(format!("x{k}={x}"));
            }
        }
        let first = w.chars().next();
        if first.is_some_and(char::is_uppercase) {
            add("cap".into());
            if i == 0 {
                add("cap@0".into());
            }
        }
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| !c.is_lowercase())
        {
            add("caps".into());
        }
        if i == 0 {
            add("bos".into());
        }
        if i + 1 == n {
            add("eos".into());
        }
        for (d, name) in [(-2i32, "w-2"), (-1, "w-1"), (1, "w+1"), (2, "w+2")] {
            let j = i as i32 + d;
            if j >= 0 && (j as usize) < n {
                add(format!("{name}={}", lower[j as usize]));
            } else {
                add(format!("{name}=#"));
            }
        }
        for (d, name) in [(-1i32, "s-1"), (1, "s+1")] {
            let j = i as i32 + d;
            if j >= 0 && (j as usize) < n {
                add(format!("{name}={}", shapes[j as usize]));
                add(format!("{name}|s={}|{}", shapes[j as usize], shapes[i]));
            }
        }
        if i > 0 {
            add(format!("w-1|w={}|{}", lower[i - 1], lower[i]));
        }
        if i + 1 < n {
            add(format!("w|w+1={}|{}", lower[i], lower[i + 1]));
        }
        for (d, name) in [(-1i32, "g-1"), (0, "g"), (1, "g+1")] {
            let j = i as i32 + d;
            if j >= 0 && (j as usize) < n {
                for tag in gaz[j as usize].tags() {
                    add(format!("{name}={tag}"));
                }
            }
        }
        out.push(f);
    }
    out
}

fn model() -> Option<&'static Model<'static>> {
    static MODEL: OnceLock<Option<Model<'static>>> = OnceLock::new();
    MODEL.get_or_init(|| Model::new(MODEL_BYTES).ok()).as_ref()
}

/// The tagger, made once per thread of work.
pub struct Tagger(Option<crfs::Tagger<'static>>);

impl Default for Tagger {
    fn default() -> Self {
        Tagger(model().and_then(|m| m.tagger().ok()))
    }
}

impl Tagger {
    /// The IOB2 tags of a sentence's words (all `O` if the model cannot be read). A line
    /// without a capital letter has no name and is not tagged.
    pub fn tag<S: AsRef<str>>(&self, words: &[S]) -> Vec<String> {
        let none = || vec!["O".to_string(); words.len()];
        let capitals = words
            .iter()
            .any(|w| w.as_ref().chars().any(char::is_uppercase));
        let Some(tagger) = self.0.as_ref().filter(|_| capitals) else {
            return none();
        };
        match tagger.tag(&features(words)) {
            Ok(tags) if tags.len() == words.len() => tags.into_iter().map(str::to_string).collect(),
            _ => none(),
        }
    }
}

/// The IOB2 tags of a sentence's words (see [`Tagger::tag`]).
pub fn tag<S: AsRef<str>>(words: &[S]) -> Vec<String> {
    Tagger::default().tag(words)
}

/// Typed spans of words `[start, end)` from IOB2 tags.
pub fn spans<S: AsRef<str>>(tags: &[S]) -> Vec<(usize, usize, NerType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, NerType)> = None;
    for (i, t) in tags.iter().enumerate() {
        let t = t.as_ref();
        let (bio, ty) = match t.split_once('-') {
            Some((b, ty)) => (b, NerType::parse(ty)),
            None => ("O", None),
        };
        match (open, bio, ty) {
            (Some((_, cur)), "I", Some(ty)) if cur == ty => {}
            _ => {
                if let Some((s, ty)) = open.take() {
                    out.push((s, i, ty));
                }
                if let (Some(ty), "B" | "I") = (ty, bio) {
                    open = Some((i, ty));
                }
            }
        }
    }
    if let Some((s, ty)) = open {
        out.push((s, tags.len(), ty));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn tokenizes_like_the_training_data() {
        assert_eq!(
            words("Red Star (Yugoslavia) beat Dinamo's men, \"said\" U.S. Mr. Smith."),
            [
                "Red",
                "Star",
                "(",
                "Yugoslavia",
                ")",
                "beat",
                "Dinamo",
                "'s",
                "men",
                ",",
                "\"",
                "said",
                "\"",
                "U.S.",
                "Mr.",
                "Smith",
                "."
            ]
        );
        assert_eq!(words("the Jones' house"), ["the", "Jones", "'", "house"]);
        assert_eq!(
            words("Kabul—Russia-Afghanistan ties."),
            ["Kabul", "Russia", "-", "Afghanistan", "ties", "."]
        );
        let ws = tokenize("Hi (Ann).");
        assert_eq!((ws[2].start, ws[2].end), (4, 7));
    }

    #[test]
    fn spans_from_tags() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-MISC"];
        assert_eq!(
            spans(&tags),
            [
                (0, 2, NerType::Per),
                (3, 4, NerType::Loc),
                (4, 5, NerType::Org),
                (5, 6, NerType::Org),
                (6, 7, NerType::Misc)
            ]
        );
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("London"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1996-08-30"), "d-d-d");
    }

    #[test]
    fn the_model_tags_a_plain_sentence() {
        let ws =
            words("Chancellor Helga Brandt met officials of the World Bank in Lisbon on Friday .");
        let tags = tag(&ws);
        let found: Vec<(String, NerType)> = spans(&tags)
            .into_iter()
            .map(|(s, e, t)| (ws[s..e].join(" "), t))
            .collect();
        assert!(
            found
                .iter()
                .any(|(n, t)| n.ends_with("Helga Brandt") && *t == NerType::Per),
            "{found:?}"
        );
        assert!(
            found.contains(&("World Bank".to_string(), NerType::Org)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Lisbon".to_string(), NerType::Loc)),
            "{found:?}"
        );
    }
}
