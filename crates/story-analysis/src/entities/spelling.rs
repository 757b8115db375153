//! Spellings of one name. [`fold`] is what two spellings that differ only in accents or
//! punctuation share (`São Paulo`, `Sao Paulo`; `al-Assad`, `al Assad`; `P.J.`, `PJ`).
//! [`skeleton`] is what transliterations and misspellings of one name share
//! (`Gaddafi`, `Qaddafi`, `Kadhafi`; `Marrakesh`, `Marrakech`; `Mohammed`, `Muhammad`):
//! equivalences of letters kept as data below, never a list of names. A shared skeleton is
//! only a candidate: [`variants`] merges two names by it when their context agrees, and
//! keeps apart what looks like two people (precision first: a wrong merge misleads a reader,
//! a missed one does not).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use story_core::EntityKind;

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

use super::kind::Votes;
use super::read::Found;
use super::rules::is_acronym;

/// Letters without a decomposition into a base letter and a mark.
const LETTERS: &[(char, &str)] = &[
    ('ß', "ss"),
    ('ø', "o"),
    ('æ', "ae"),
    ('œ', "oe"),
    ('ł', "l"),
    ('đ', "d"),
    ('ð', "d"),
    ('þ', "th"),
    ('ı', "i"),
];

/// Marks that stand for no letter in a name's Latin spelling: apostrophes and the signs of
/// transliteration (`Qa'ida`, `Qurʼan`), and the stops of abbreviations. (Not commas: a
/// comma in a span joins two names, `Mary, Lewis`.)
const DROPPED: &[char] = &['\'', '’', '‘', '`', 'ʼ', 'ʻ', 'ʾ', 'ʿ', '.'];

/// A name in lower case without accents (in compatibility forms: `ﬁ` is `fi`), apostrophes
/// or stops, hyphens read as spaces, one space between words.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.nfkd().filter(|c| !is_combining_mark(*c)) {
        if DROPPED.contains(&c) {
            continue;
        }
        for l in c.to_lowercase() {
            match LETTERS.iter().find(|(from, _)| *from == l) {
                Some((_, to)) => out.push_str(to),
                None if l == '-' || l == '‐' || l == '–' => out.push(' '),
                None => out.push(l),
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Consonants that transliterations write differently, the longest first: each becomes the
/// class on its right (`kh`, `q`, `c`, `g` and `k` are one; `sh`, `ch` and `sch` are one).
const CONSONANTS: &[(&str, &str)] = &[
    ("sch", "s"),
    ("tch", "s"),
    ("ch", "s"),
    ("sh", "s"),
    ("zh", "j"),
    ("kh", "k"),
    ("gh", "k"),
    ("dh", "d"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("g", "k"),
    ("x", "ks"),
    ("z", "s"),
];

/// Runs of vowels written for one sound (`ai`, `ae`, `ei`, `ay`: `Qaeda`, `Qaida`,
/// `Hussein`, `Husayn`; `ou`, `oo`, `u`). A run not listed is its vowels' classes in turn.
const VOWEL_RUNS: &[(&str, &str)] = &[
    ("ai", "E"),
    ("ae", "E"),
    ("ei", "E"),
    ("ey", "E"),
    ("ay", "E"),
    ("ee", "I"),
    ("ou", "U"),
    ("oo", "U"),
];

/// Runs of vowels that end a word as one sound (`Barney`, `Barny`; `Gertie`, `Gerty`).
const FINAL_I: &[&str] = &["i", "y", "ee", "ey", "ie"];

/// The class of a single vowel: `a` and `e` are one (`Mohammed`, `Muhammad`), `o` and `u`
/// (`Osama`, `Usama`), `i` and `y`.
fn vowel(c: char) -> char {
    match c {
        'a' | 'e' => 'A',
        'o' | 'u' => 'U',
        _ => 'I',
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The skeleton of one word (letters and figures of a folded name).
fn word_skeleton(word: &str) -> String {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
    // `iy` before a vowel is `i` (`Ismailiya`, `Ismailia`).
    let mut w: Vec<char> = Vec::with_capacity(letters.len());
    for (i, &c) in letters.iter().enumerate() {
        let iy = c == 'y'
            && i > 0
            && letters[i - 1] == 'i'
            && letters.get(i + 1).is_some_and(|n| is_vowel(*n));
        if !iy {
            w.push(c);
        }
    }
    // A final `h` after a vowel is not heard (`Fallujah`, `Falluja`), nor a final `e`
    // after a consonant (`Abderrahmane`, `Abdurrahman`).
    if w.len() > 3 && w[w.len() - 1] == 'h' && is_vowel(w[w.len() - 2]) {
        w.pop();
    }
    if w.len() > 3 && w[w.len() - 1] == 'e' && !is_vowel(w[w.len() - 2]) {
        w.pop();
    }
    let mut out = String::new();
    let mut i = 0;
    while i < w.len() {
        let c = w[i];
        // `y` before a vowel is a consonant (`Yasser`, `Ismailiya`).
        let consonant_y = |j: usize| w[j] == 'y' && w.get(j + 1).is_some_and(|n| is_vowel(*n));
        if is_vowel(c) && !consonant_y(i) {
            let mut j = i + 1;
            while j < w.len() && is_vowel(w[j]) && !consonant_y(j) {
                j += 1;
            }
            let run: String = w[i..j].iter().collect();
            if j == w.len() && FINAL_I.contains(&run.as_str()) {
                out.push('I');
            } else if let Some((_, class)) = VOWEL_RUNS.iter().find(|(r, _)| *r == run) {
                out.push_str(class);
            } else {
                out.extend(run.chars().map(vowel));
            }
            i = j;
            continue;
        }
        match CONSONANTS
            .iter()
            .find(|(from, _)| w[i..].iter().copied().take(from.len()).eq(from.chars()))
        {
            Some((from, to)) => {
                out.push_str(to);
                i += from.chars().count();
            }
            None => {
                out.push(c);
                i += 1;
            }
        }
    }
    // Doubled letters are one (`Hawass`, `Hawas`; `Mohammed`, `Mohamed`).
    let mut s = String::with_capacity(out.len());
    for c in out.chars() {
        if !s.ends_with(c) {
            s.push(c);
        }
    }
    s
}

/// What spellings of one name share: its folded words' skeletons, side by side (so
/// `ElBaradei` and `El Baradei` share one). Vowel classes are capitals, consonants lower case.
pub fn skeleton(name: &str) -> String {
    fold(name).split(' ').map(word_skeleton).collect()
}

fn consonants(skeleton: &str) -> usize {
    skeleton
        .chars()
        .filter(|c| !matches!(c, 'A' | 'E' | 'I' | 'U'))
        .count()
}

/// Whether a name is long enough to be compared by its skeleton: six letters and three
/// consonants at least (short names collide by chance: `Ali`, `Eli`).
fn comparable(folded: &str, skeleton: &str) -> bool {
    folded.chars().filter(|c| c.is_alphabetic()).count() >= 6 && consonants(skeleton) >= 3
}

/// What the spellings of one surname share: its skeleton when it is long enough to be
/// compared, else its folded form (`\u{1}` before a skeleton keeps the two apart).
pub fn surname_key(word: &str) -> String {
    let (folded, skeleton) = (fold(word), skeleton(word));
    if comparable(&folded, &skeleton) {
        format!("\u{1}{skeleton}")
    } else {
        folded
    }
}

/// The most names one skeleton may have for them to be compared.
const MAX_SPELLINGS: usize = 64;

/// What [`variants`] reads of the names.
pub struct Corpus<'a> {
    /// The distinct names (one of each key) and their mentions' evidence.
    pub text: &'a [String],
    pub votes: &'a [Votes],
    /// The mentions and the name of each.
    pub found: &'a [Found],
    pub of_mention: &'a [usize],
    pub documents: usize,
}

/// Where each name is written.
struct Places {
    docs: Vec<BTreeSet<usize>>,
    sentences: Vec<HashSet<(usize, usize)>>,
    names_of_doc: HashMap<usize, BTreeSet<usize>>,
    /// Of each name that has a variant: the rare names its documents name
    /// ([`Places::shared_context`]).
    around: HashMap<usize, BTreeSet<usize>>,
}

impl Places {
    fn of(c: &Corpus) -> Places {
        let mut p = Places {
            docs: vec![BTreeSet::new(); c.text.len()],
            sentences: vec![HashSet::new(); c.text.len()],
            names_of_doc: HashMap::new(),
            around: HashMap::new(),
        };
        for (f, &n) in c.found.iter().zip(c.of_mention) {
            p.docs[n].insert(f.doc);
            p.sentences[n].insert((f.doc, f.sentence));
            p.names_of_doc.entry(f.doc).or_default().insert(n);
        }
        p
    }

    /// The names that few documents name (at most a tenth of the corpus's, or two) in the
    /// documents of each of `names`, spellings of the name itself left out.
    fn read_around(&mut self, c: &Corpus, names: &[usize], skeletons: &[String]) {
        let rare = (c.documents / 10).max(2);
        for &n in names {
            let around = self.docs[n]
                .iter()
                .flat_map(|d| self.names_of_doc.get(d).into_iter().flatten().copied())
                .filter(|&o| self.docs[o].len() <= rare && skeletons[o] != skeletons[n])
                .collect();
            self.around.insert(n, around);
        }
    }

    /// Whether the documents of `a` and of `b` both name a third name that few documents
    /// name: the two are written about the same things.
    fn shared_context(&self, a: usize, b: usize) -> bool {
        match (self.around.get(&a), self.around.get(&b)) {
            (Some(x), Some(y)) => !x.is_disjoint(y),
            _ => false,
        }
    }
}

/// Pairs of names that are spellings of one name, by their skeleton and their context:
/// - both long enough ([`comparable`]), neither an acronym, a team or a people;
/// - never written in one sentence (two names side by side are two things);
/// - of one kind, each taken alone (an organisation and a place may be one when the name
///   has several words);
/// - a person is named in full on both sides, word for word of one skeleton, with one word
///   written the same (`Hosni Mubarak`, `Hosni Mubarek`; `Mohamed ElBaradei`, `Mohammed
///   ElBaradei`), and never both in one document with two spellings of the given name,
///   where they name two people (`Mary Williams` and `Mari Williams` in one list); a name of
///   given names only (`Mary Ann`, not `Mohammed VI`) names no one in particular;
/// - the documents of both name something else that few documents name, unless the names
///   have several words and one of them written the same (`Health Organisation`,
///   `Health Organization`).
pub fn variants(c: &Corpus) -> Vec<(usize, usize)> {
    let folded: Vec<String> = c.text.iter().map(|t| fold(t)).collect();
    let skeletons: Vec<String> = c.text.iter().map(|t| skeleton(t)).collect();
    let mut by_skeleton: HashMap<&str, Vec<usize>> = HashMap::new();
    for n in 0..c.text.len() {
        let v = &c.votes[n];
        if comparable(&folded[n], &skeletons[n])
            && !is_acronym(&c.text[n])
            && !v.is_team()
            && !v.is_people()
        {
            by_skeleton.entry(&skeletons[n]).or_default().push(n);
        }
    }
    // A skeleton that many names share is no name's (and pairs grow as the square).
    by_skeleton.retain(|_, g| (2..=MAX_SPELLINGS).contains(&g.len()));
    let mut places = Places::of(c);
    let candidates: Vec<usize> = by_skeleton.values().flatten().copied().collect();
    places.read_around(c, &candidates, &skeletons);
    let mut pairs = Vec::new();
    for group in by_skeleton.values() {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                if folded[a] != folded[b] && one_name(c, &places, &folded, a, b) {
                    pairs.push((a, b));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Whether a (folded) word is a Roman numeral from 2 to 39 (`ii`, `vi`, `xiv`).
fn is_roman_numeral(word: &str) -> bool {
    let rest = word.trim_start_matches('x');
    let tens = word.len() - rest.len();
    tens <= 3
        && (tens > 0 || !rest.is_empty() && rest != "i")
        && ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"].contains(&rest)
}

/// The kind a name would have as an entity of its own (`Granada` that gave an actress a
/// part is a company, `Grenada` a place).
fn kind_alone(c: &Corpus, n: usize) -> EntityKind {
    let text = c.text[n].as_str();
    super::kind::decide(text, &BTreeMap::from([(text, 1)]), &c.votes[n])
}

/// Whether two names of one skeleton are one name, by their context (see [`variants`]).
fn one_name(c: &Corpus, places: &Places, folded: &[String], a: usize, b: usize) -> bool {
    if !places.sentences[a].is_disjoint(&places.sentences[b]) {
        return false;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        folded[a].split(' ').collect(),
        folded[b].split(' ').collect(),
    );
    let several = wa.len() >= 2 && wb.len() >= 2;
    let (ka, kb) = (kind_alone(c, a), kind_alone(c, b));
    let body_or_place = |k: EntityKind| matches!(k, EntityKind::Organisation | EntityKind::Place);
    if ka != kb && !(several && body_or_place(ka) && body_or_place(kb)) {
        return false;
    }
    // Word for word, one word written the same: four letters at least, or a regnal number
    // (`Mohammed VI`, `Muhammad VI`).
    let anchored = wa.len() == wb.len()
        && wa
            .iter()
            .zip(&wb)
            .all(|(x, y)| word_skeleton(x) == word_skeleton(y))
        && wa
            .iter()
            .zip(&wb)
            .any(|(x, y)| x == y && (x.chars().count() >= 4 || is_roman_numeral(x)));
    if ka == EntityKind::Person || kb == EntityKind::Person {
        let full = |ws: &[&str]| {
            ws.len() >= 2
                && !ws.iter().all(|w| {
                    crate::gazetteer::is_given_name(w)
                        || (w.chars().count() <= 2 && !is_roman_numeral(w))
                })
        };
        // In one document, two spellings name two people unless the given name is written
        // the same (a misspelt surname: `Hosni Mubarak`, `Hosni Mubarek`): people who share
        // a surname (`Mary Williams`, `Mari Williams`) are named side by side.
        let one_doc = !places.docs[a].is_disjoint(&places.docs[b]);
        if !anchored || !full(&wa) || !full(&wb) || (one_doc && wa[0] != wb[0]) {
            return false;
        }
        return places.shared_context(a, b);
    }
    (several && anchored) || places.shared_context(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_punctuation() {
        for (a, b) in [
            ("São Paulo", "Sao Paulo"),
            ("Müller", "Muller"),
            ("Côte d’Ivoire", "Cote dIvoire"),
            ("al-Assad", "al Assad"),
            ("Qa'ida", "Qaida"),
            ("P.J. Crowley", "PJ Crowley"),
            ("Washington D.C.", "Washington DC"),
            ("Straße", "Strasse"),
            ("Søren  Kierkegaard", "Soren Kierkegaard"),
        ] {
            assert_eq!(fold(a), fold(b), "{a} ~ {b}");
        }
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_ne!(fold("Mary, Lewis"), fold("Mary Lewis"));
    }

    #[test]
    fn transliterations_share_a_skeleton() {
        for group in [
            &[
                "Gaddafi", "Qaddafi", "Kadhafi", "Gadhafi", "Qadhafi", "Khadafy",
            ][..],
            &["Marrakesh", "Marrakech"],
            &["Mohammed VI", "Muhammad VI", "Mohamed VI", "Mohammad VI"],
            &["al-Qaeda", "al-Qaida", "al Qa'ida"],
            &["Hussein", "Husayn", "Hossein", "Husain"],
            &["Karroubi", "Karrubi"],
            &["Ismailia", "Ismailiya"],
            &["Fallujah", "Falluja"],
            &["Shafiq", "Shafik", "Shafeek"],
            &["Mustapha", "Mustafa"],
            &["ElBaradei", "El Baradei", "el-Baradei"],
            &["Breconshire", "Breckonshire"],
            &["Abdelrahmane", "Abdelrahman"],
            &["Barney Frank", "Barny Frank"],
        ] {
            for name in group {
                assert_eq!(skeleton(name), skeleton(group[0]), "{name} ~ {}", group[0]);
            }
        }
    }

    #[test]
    fn different_names_keep_different_skeletons() {
        for (a, b) in [
            ("Mohammed", "Mahmoud"),
            ("Hussein", "Hassan"),
            ("Davies", "Davis"),
            ("Isabella", "Isabelle"),
            ("Mary Jones", "Maria Jones"),
            ("Rachel", "Russell"),
            ("BBC Radio 4", "BBC Radio 5"),
            ("Jane", "Jennie"),
            ("Tim Smith", "Tom Smith"),
            ("Humphreys", "Humphries"),
        ] {
            assert_ne!(skeleton(a), skeleton(b), "{a} ≁ {b}");
        }
    }

    #[test]
    fn odd_words_have_a_skeleton() {
        for (word, expected) in [
            ("yya", "yA"),
            ("ayy", "AyI"),
            ("Yy", "yI"),
            ("", ""),
            ("---", ""),
            ("İstanbul", "IstAnbUl"),
            ("ﬁrst 2", "fIrst2"),
            ("Łódź", "lUds"),
            ("🙂", ""),
            ("Ｆｕｌｌ", "fUl"),
        ] {
            assert_eq!(skeleton(word), expected, "{word}");
        }
        // A long run of letters is read once, not once a letter.
        assert_eq!(skeleton(&"ab".repeat(100_000)), "Ab".repeat(100_000));
    }

    #[test]
    fn regnal_numbers() {
        for (word, numeral) in [
            ("vi", true),
            ("ii", true),
            ("xiv", true),
            ("xxxix", true),
            ("i", false),
            ("x", true),
            ("vim", false),
            ("xxxxi", false),
            ("", false),
            ("mix", false),
        ] {
            assert_eq!(is_roman_numeral(word), numeral, "{word}");
        }
    }

    #[test]
    fn short_names_are_not_compared() {
        for (name, long_enough) in [
            ("Ali", false),
            ("Qaeda", false),
            ("Omar", false),
            ("al-Qaeda", true),
            ("Gaddafi", true),
            ("Ismailia", true),
        ] {
            assert_eq!(
                comparable(&fold(name), &skeleton(name)),
                long_enough,
                "{name}"
            );
        }
    }
}
