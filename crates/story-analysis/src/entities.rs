//! Entities: people, organisations, places and named events, found without a list of the
//! corpus's names, and their aliases merged.
//!
//! 1. Candidates are runs of capitalised words (with `of`, `bin`, `al-` … inside), acronyms
//!    and hyphenated names, cut at punctuation and possessives. Sentence-initial capitals
//!    count only when the word is capitalised elsewhere too; headings are not read.
//! 2. Leading titles (`President`, `Foreign Minister`) and adjectives of nationality before
//!    them are stripped and mark a person.
//! 3. Aliases merge: acronym definitions in parentheses, spellings of one acronym (`U.S.`,
//!    `US`), initials of a name (`United States` → `US`), hyphenated short forms (`ISIS-K` for
//!    `ISIS-Khorasan`), a surname after the full name, `St.` for `Saint`.
//! 4. Each entity gets a kind from the gazetteer and the words of its names.

use std::collections::{BTreeMap, HashMap, HashSet};

use story_core::{Document, Entity, Mention};

use crate::gazetteer;
use crate::text::STOP_WORDS;

/// A word of a sentence, as far as names are concerned.
#[derive(Clone, Debug)]
struct NTok {
    /// The word without surrounding punctuation and possessive.
    text: String,
    start: usize,
    end: usize,
    /// Punctuation (or a possessive) right after it ends a name.
    break_after: bool,
    /// Opened by a parenthesis and closed by one: `(ISK)`.
    parenthesised: bool,
    possessive: bool,
    initial: bool,
}

impl NTok {
    fn is_cap(&self) -> bool {
        let t = self.text.as_str();
        let t = strip_name_particle(t);
        t.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() && t.chars().any(char::is_uppercase)
        })
    }
    fn is_acronym(&self) -> bool {
        is_acronym(&self.text)
    }
}

fn strip_name_particle(t: &str) -> &str {
    for p in ["al-", "el-", "ad-", "as-", "ar-"] {
        if let Some(rest) = t.strip_prefix(p) {
            return rest;
        }
    }
    t
}

fn is_acronym(t: &str) -> bool {
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && t.chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

/// An initialism with periods: `U.S.`, `U.K.`.
fn is_dotted_initialism(t: &str) -> bool {
    let parts: Vec<&str> = t.split('.').collect();
    parts.len() >= 3
        && parts.last() == Some(&"")
        && parts[..parts.len() - 1]
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

const OPENERS: &[char] = &['“', '"', '‘', '\'', '(', '[', '«'];
const CLOSERS: &[char] = &[
    '”', '"', '’', '\'', ')', ']', '»', ',', '.', ';', ':', '!', '?', '…',
];

/// Cuts a sentence into name tokens.
fn tokenize(sentence: &str) -> Vec<NTok> {
    let mut out: Vec<NTok> = Vec::new();
    let mut offset = 0;
    for raw in sentence.split_inclusive(|c: char| c.is_whitespace() || c == '—' || c == '–') {
        let start_of_raw = offset;
        offset += raw.len();
        let dash_break = raw.ends_with(['—', '–']);
        let chunk = raw.trim_end_matches(|c: char| c.is_whitespace() || c == '—' || c == '–');
        if chunk.is_empty() {
            if let Some(last) = out.last_mut() {
                last.break_after |= dash_break;
            }
            continue;
        }
        let lead = chunk.len() - chunk.trim_start_matches(OPENERS).len();
        let opened = chunk[..lead].contains('(');
        let mut word = &chunk[lead..];
        // Keep the period of `U.S.` and of known abbreviations (`St.`).
        let keeps_period = {
            let w = word.trim_end_matches(|c: char| CLOSERS.contains(&c) && c != '.');
            is_dotted_initialism(w)
                || matches!(w, "St." | "Mt." | "Ft." | "Dr." | "Mr." | "Mrs." | "Ms.")
        };
        let trimmed =
            word.trim_end_matches(|c: char| CLOSERS.contains(&c) && !(keeps_period && c == '.'));
        let mut break_after = trimmed.len() < word.len() || dash_break;
        let closed = word[trimmed.len()..].contains(')');
        word = trimmed;
        if keeps_period && word.ends_with(['’', '\'']) {
            word = word.trim_end_matches(['’', '\'']);
        }
        let mut possessive = false;
        for p in ["’s", "'s", "’", "'"] {
            if let Some(w) = word.strip_suffix(p) {
                if p.chars().count() == 1 && !w.ends_with('s') {
                    continue;
                }
                word = w;
                possessive = true;
                break;
            }
        }
        // Hyphenated with a lowercase part: `U.S.-led`, `state-backed`, `post-Cold`.
        let (word_start, word) = split_hyphen_compound(word, start_of_raw + lead);
        if word.0.is_empty() {
            continue;
        }
        let end = word_start + word.0.len();
        if word.1 {
            break_after = true;
        }
        let initial = out.is_empty();
        // Hyphenated place pairs: `France-Germany`.
        let parts: Vec<&str> = word.0.split('-').collect();
        if parts.len() == 2 && parts.iter().all(|p| gazetteer::is_place_name(p)) {
            let mut s = word_start;
            for (k, p) in parts.iter().enumerate() {
                out.push(NTok {
                    text: p.to_string(),
                    start: s,
                    end: s + p.len(),
                    break_after: true,
                    parenthesised: false,
                    possessive: k == 1 && possessive,
                    initial: initial && k == 0,
                });
                s += p.len() + 1;
            }
            continue;
        }
        out.push(NTok {
            text: word.0.to_string(),
            start: word_start,
            end,
            break_after: break_after || possessive,
            parenthesised: opened && closed,
            possessive,
            initial,
        });
    }
    out
}

/// `U.S.-led` → `U.S.` (and a break after), `post-Cold` → `Cold`; other words unchanged.
fn split_hyphen_compound(word: &str, start: usize) -> (usize, (&str, bool)) {
    if let Some((head, tail)) = word.rsplit_once('-') {
        let tail_lower = tail.chars().next().is_some_and(char::is_lowercase);
        let head_cap = head.chars().next().is_some_and(char::is_uppercase);
        if head_cap && tail_lower && !head.ends_with("-e") && tail.len() > 2 {
            return (start, (head, true));
        }
    }
    for prefix in [
        "post-", "pre-", "anti-", "pro-", "ex-", "non-", "neo-", "mid-",
    ] {
        if let Some(rest) = word.strip_prefix(prefix) {
            if rest.chars().next().is_some_and(char::is_uppercase) {
                return (start + prefix.len(), (rest, false));
            }
        }
    }
    (start, (word, false))
}

const CONNECTORS: &[&str] = &[
    "of", "bin", "ibn", "de", "da", "del", "van", "von", "al", "el", "la", "le",
];

/// One occurrence of a candidate name.
#[derive(Clone, Debug)]
struct Occurrence {
    doc: usize,
    sentence: usize,
    /// The name as written.
    text: String,
    start: usize,
    end: usize,
    /// A title was stripped before it (`President`), or a role noun stands before it.
    titled: bool,
    /// `the` stands right before it.
    after_the: bool,
    /// An acronym in parentheses right after it: its definition.
    defines: Option<String>,
}

/// Extracts the entities of a corpus.
pub fn extract(docs: &[Document]) -> Vec<Entity> {
    let sentences: Vec<(usize, usize, Vec<NTok>)> = docs
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            doc.sentences
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.heading)
                .map(move |(i, s)| (d, i, tokenize(&s.text)))
        })
        .collect();

    // Words capitalised somewhere other than at a sentence start, and words written in lower case.
    let mut capitalised_inside: HashSet<String> = HashSet::new();
    let mut lower_seen: HashMap<String, usize> = HashMap::new();
    for (_, _, toks) in &sentences {
        for t in toks {
            if t.is_cap() && !t.initial {
                capitalised_inside.insert(t.text.clone());
            } else if !t.is_cap() {
                *lower_seen.entry(t.text.to_lowercase()).or_default() += 1;
            }
        }
    }

    // Capitalised words seen on their own, without a possessive.
    let bare_caps: HashSet<String> = sentences
        .iter()
        .flat_map(|(_, _, toks)| toks.iter())
        .filter(|t| t.is_cap() && !t.possessive)
        .map(|t| t.text.clone())
        .collect();
    let seen = Seen {
        capitalised_inside: &capitalised_inside,
        lower: &lower_seen,
        bare_caps: &bare_caps,
    };
    let mut occurrences: Vec<Occurrence> = Vec::new();
    for (d, i, toks) in &sentences {
        let sentence = &docs[*d].sentences[*i];
        // Words inside time expressions (`March`, `Thursday`) are not names.
        let char_to_byte: Vec<usize> = sentence
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(sentence.text.len()))
            .collect();
        let in_time = |t: &NTok| {
            sentence.times.iter().any(|x| {
                let (a, b) = (
                    char_to_byte.get(x.start as usize).copied().unwrap_or(0),
                    char_to_byte.get(x.end as usize).copied().unwrap_or(0),
                );
                t.start < b && a < t.end
            })
        };
        let toks: Vec<NTok> = toks
            .iter()
            .map(|t| {
                let mut t = t.clone();
                if in_time(&t) {
                    t.text = t.text.to_lowercase();
                    t.break_after = true;
                }
                t
            })
            .collect();
        occurrences.extend(candidates(&sentence.text, &toks, &seen, *d, *i));
    }
    // Leading demonyms: `French Senate` is the `Senate` when that name stands
    // alone elsewhere.
    let standalone: HashSet<String> = occurrences.iter().map(|o| o.text.clone()).collect();
    for o in occurrences.iter_mut() {
        if let Some((first, rest)) = o.text.split_once(' ') {
            if gazetteer::is_demonym(first) && standalone.contains(rest) {
                o.start += first.len() + 1;
                o.text = rest.to_string();
            }
        }
    }
    group(docs, occurrences)
}

/// What the corpus says about how words are written.
struct Seen<'a> {
    /// Capitalised somewhere other than at a sentence start.
    capitalised_inside: &'a HashSet<String>,
    /// Written in lower case, how often.
    lower: &'a HashMap<String, usize>,
    /// Capitalised without a possessive somewhere.
    bare_caps: &'a HashSet<String>,
}

/// The candidate names of one sentence.
fn candidates(
    text: &str,
    toks: &[NTok],
    seen: &Seen,
    doc: usize,
    sentence: usize,
) -> Vec<Occurrence> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is_cap()
            || toks[i].parenthesised && toks[i].is_acronym() && i > 0 && !toks[i - 1].break_after
        {
            i += 1;
            continue;
        }
        // Extend the run.
        let mut j = i;
        // A possessive ends a name unless the name goes on (`People’s Republic of China`): it
        // goes on when the possessive word is no place and never stands alone.
        let continues_past = |t: &NTok| {
            t.possessive && !gazetteer::is_place_name(&t.text) && !seen.bare_caps.contains(&t.text)
        };
        while !toks[j].break_after || continues_past(&toks[j]) {
            let next = j + 1;
            if next < toks.len() && toks[next].is_cap() && !toks[next].parenthesised {
                j = next;
                continue;
            }
            if next + 1 < toks.len()
                && CONNECTORS.contains(&toks[next].text.as_str())
                && !toks[next].break_after
                && toks[next + 1].is_cap()
            {
                j = next + 1;
                continue;
            }
            break;
        }
        let run = &toks[i..=j];
        let mut words: Vec<&NTok> = run.iter().collect();
        let before = if i > 0 { Some(&toks[i - 1]) } else { None };
        let after_the = before.is_some_and(|b| b.text.eq_ignore_ascii_case("the"));
        let mut titled = before.is_some_and(|b| gazetteer::is_title(&b.text) && !b.break_after);

        // Strip leading stop words at a sentence start (`The`, `However`).
        while words.first().is_some_and(|w| {
            w.initial && STOP_WORDS.contains(&w.text.to_lowercase().as_str())
                || STOP_WORDS.contains(&w.text.to_lowercase().as_str()) && !w.is_acronym()
        }) {
            words.remove(0);
        }
        // A sentence-initial word never capitalised elsewhere (`Although Tehran`).
        if words.len() >= 2
            && words[0].initial
            && !seen.capitalised_inside.contains(&words[0].text)
            && !gazetteer::is_place_name(&words[0].text)
        {
            words.remove(0);
        }
        // Strip titles (and a nationality before them): `French Foreign Minister Anne Roux`.
        let mut k = 0;
        while k < words.len() && gazetteer::is_demonym(&words[k].text) {
            k += 1;
        }
        let mut t = k;
        while t < words.len() {
            let two = words
                .get(t + 1)
                .map(|w2| format!("{} {}", words[t].text, w2.text));
            // `Trade Minister`, `Defence Secretary`: any word before a head title.
            let head_title = words.get(t + 1).is_some_and(|w2| {
                matches!(
                    w2.text.to_lowercase().as_str(),
                    "minister"
                        | "secretary"
                        | "commissioner"
                        | "director"
                        | "chief"
                        | "ambassador"
                        | "envoy"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "general"
                )
            });
            if two.as_deref().is_some_and(gazetteer::is_title) || head_title {
                t += 2;
            } else if gazetteer::is_title(words[t].text.trim_end_matches('.')) {
                t += 1;
            } else {
                break;
            }
        }
        if t > k && words.len() - t >= 2 {
            words.drain(..t);
            titled = true;
        } else if t > k && words.len() - t == 1 && t - k == 1 && k == 0 {
            // `Mullah Omar`: a one-word name keeps its title.
            titled = true;
        }
        i = j + 1;
        let Some(first) = words.first() else { continue };
        let last = words[words.len() - 1];
        let name = &text[first.start..last.end];
        if !keep(name, &words, seen) {
            continue;
        }
        let defines = toks
            .get(j + 1)
            .filter(|n| n.parenthesised && n.is_acronym() && !last.possessive)
            .map(|n| n.text.clone());
        out.push(Occurrence {
            doc,
            sentence,
            text: name.to_string(),
            start: first.start,
            end: last.end,
            titled,
            after_the,
            defines: defines.clone(),
        });
        if let Some(acr) = defines {
            let n = &toks[j + 1];
            out.push(Occurrence {
                doc,
                sentence,
                text: acr,
                start: n.start,
                end: n.end,
                titled: false,
                after_the: false,
                defines: None,
            });
            i = j + 2;
        }
    }
    out
}

/// Whether a run of capitalised words is a name worth keeping.
fn keep(name: &str, words: &[&NTok], seen: &Seen) -> bool {
    if name.chars().filter(|c| c.is_alphabetic()).count() < 2 && !words[0].is_acronym() {
        return false;
    }
    // Only adjectives of nationality (`Sunni`, `Franco-German`), or only title words.
    let all_demonyms = words.iter().all(|w| {
        w.text
            .split('-')
            .all(|p| gazetteer::is_demonym(p) || p.is_empty())
    });
    if all_demonyms {
        return false;
    }
    if words.iter().all(|w| gazetteer::is_title(&w.text)) && words.len() <= 2 {
        return false;
    }
    if words.len() == 1 {
        let w = words[0];
        if w.is_acronym() || gazetteer::is_place_name(&w.text) {
            return true;
        }
        // A sentence-initial capital must be capitalised elsewhere too, and a word mostly
        // written in lower case is a common word.
        if w.initial && !seen.capitalised_inside.contains(&w.text) {
            return false;
        }
        if looks_like_demonym(&w.text) {
            return false;
        }
        let lower = seen.lower.get(&w.text.to_lowercase()).copied().unwrap_or(0);
        if lower > 0 && w.initial {
            return false;
        }
        if STOP_WORDS.contains(&w.text.to_lowercase().as_str()) {
            return false;
        }
    }
    true
}

/// A word for a people or nationality by its form: `Bavarian`, `Kenyans`, `Japanese`.
fn looks_like_demonym(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    gazetteer::is_demonym(singular)
        || (!gazetteer::is_place_name(word)
            && ["ian", "ians", "ese", "ish", "ean", "eans"]
                .iter()
                .any(|s| lower.ends_with(s)))
}

/// A comparable form of a name.
fn key(name: &str) -> String {
    let n = name.replace('’', "'");
    let n = n.strip_prefix("the ").unwrap_or(&n);
    let n = if let Some(rest) = n.strip_prefix("St. ") {
        format!("saint {rest}")
    } else {
        n.to_string()
    };
    if is_acronym(&n) {
        n.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    } else {
        n.to_lowercase()
    }
}

/// The initials of a multi-word name (`United States` → `us`), small words left out.
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .filter(|w| !matches!(w.to_lowercase().as_str(), "of" | "the" | "and" | "for"))
        .collect();
    (words.len() >= 2).then(|| {
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .collect::<String>()
            .to_lowercase()
    })
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

fn group(docs: &[Document], occurrences: Vec<Occurrence>) -> Vec<Entity> {
    // Distinct names by key.
    let mut names: Vec<String> = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::new();
    let mut name_of_occ: Vec<usize> = Vec::new();
    for o in &occurrences {
        let k = key(&o.text);
        let id = *index_of.entry(k).or_insert_with(|| {
            names.push(o.text.clone());
            names.len() - 1
        });
        name_of_occ.push(id);
    }
    let mut uf = UnionFind((0..names.len()).collect());
    let key_index = |k: &str, index_of: &HashMap<String, usize>| index_of.get(k).copied();

    // Acronym definitions.
    for (o, &n) in occurrences.iter().zip(&name_of_occ) {
        if let Some(acr) = &o.defines {
            if let Some(a) = key_index(&key(acr), &index_of) {
                uf.union(n, a);
            }
        }
    }
    // Initials of a name that stand as an acronym elsewhere.
    for (n, name) in names.iter().enumerate() {
        if is_acronym(name) {
            continue;
        }
        if let Some(ini) = initials(name) {
            if let Some(a) = key_index(&ini, &index_of) {
                if is_acronym(&names[a]) {
                    uf.union(n, a);
                }
            }
        }
    }
    // Hyphenated short forms: `ISIS-K` for `ISIS-Khorasan`.
    for (a, short) in names.iter().enumerate() {
        let Some((head, tail)) = short.rsplit_once('-') else {
            continue;
        };
        if tail.chars().count() != 1 || !is_acronym(short) {
            continue;
        }
        for (b, long) in names.iter().enumerate() {
            if let Some(rest) = long.strip_prefix(&format!("{head}-")) {
                if rest.chars().count() > 1 && rest.starts_with(tail) {
                    uf.union(a, b);
                }
            }
        }
    }
    // A surname after the full name, when only one full name ends with it.
    let titled: HashSet<usize> = occurrences
        .iter()
        .zip(&name_of_occ)
        .filter(|(o, _)| o.titled)
        .map(|(_, &n)| n)
        .collect();
    for (a, short) in names.iter().enumerate() {
        if short.contains(' ') || is_acronym(short) || gazetteer::is_place_name(short) {
            continue;
        }
        let full: Vec<usize> = names
            .iter()
            .enumerate()
            .filter(|(b, long)| {
                *b != a
                    && long.split_whitespace().count() >= 2
                    && long.split_whitespace().last() == Some(short.as_str())
                    && kind_of_name(long, titled.contains(b), false) == "person"
            })
            .map(|(b, _)| b)
            .collect();
        if let [b] = full.as_slice() {
            uf.union(a, *b);
        }
    }

    // Entities.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &n) in name_of_occ.iter().enumerate() {
        groups.entry(uf.find(n)).or_default().push(i);
    }
    let mut entities: Vec<Entity> = Vec::new();
    let mut used_ids: HashSet<String> = HashSet::new();
    for occ in groups.values() {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for &i in occ {
            *counts.entry(occurrences[i].text.as_str()).or_default() += 1;
        }
        let defined: HashSet<&str> = occ
            .iter()
            .filter(|&&i| occurrences[i].defines.is_some())
            .map(|&i| occurrences[i].text.as_str())
            .collect();
        // Canonical: a defined full form, else the most frequent multi-word, non-acronym name,
        // else the most frequent name; ties to the longer.
        let canonical = counts
            .iter()
            .max_by_key(|(name, c)| {
                (
                    defined.contains(*name),
                    !is_acronym(name) && name.contains(' '),
                    !is_acronym(name),
                    **c,
                    name.len(),
                )
            })
            .map(|(n, _)| n.to_string())
            .unwrap_or_default();
        let any_titled = occ.iter().any(|&i| occurrences[i].titled);
        let the_share = occ.iter().filter(|&&i| occurrences[i].after_the).count() * 2 >= occ.len();
        let kind = kind_of_group(&counts, &canonical, any_titled, the_share);
        let mut aliases: Vec<String> = counts
            .keys()
            .filter(|n| **n != canonical)
            .map(|n| n.to_string())
            .collect();
        aliases.sort();
        let mut mentions: Vec<Mention> = occ
            .iter()
            .map(|&i| {
                let o = &occurrences[i];
                let s = &docs[o.doc].sentences[o.sentence].text;
                Mention {
                    doc: docs[o.doc].id.clone(),
                    sentence: o.sentence as u32,
                    text: o.text.clone(),
                    start: s[..o.start].chars().count() as u32,
                    end: s[..o.end].chars().count() as u32,
                }
            })
            .collect();
        mentions.sort_by(|a, b| (&a.doc, a.sentence, a.start).cmp(&(&b.doc, b.sentence, b.start)));
        let mut id = slug(&canonical);
        let base = id.clone();
        let mut n = 2;
        while used_ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        used_ids.insert(id.clone());
        entities.push(Entity {
            id,
            name: canonical,
            kind: kind.to_string(),
            aliases,
            mentions,
        });
    }
    entities.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then(a.name.cmp(&b.name))
    });
    entities
}

fn kind_of_group(
    counts: &BTreeMap<&str, usize>,
    canonical: &str,
    titled: bool,
    after_the: bool,
) -> &'static str {
    // A name with an acronym is an organisation, unless it is a known place (`United States`).
    if counts.keys().any(|n| is_acronym(n))
        && !gazetteer::is_place_name(canonical)
        && counts.len() > 1
    {
        return "organisation";
    }
    let k = kind_of_name(canonical, titled, after_the);
    if k != "other" {
        return k;
    }
    counts
        .keys()
        .map(|n| kind_of_name(n, titled, after_the))
        .find(|k| *k != "other")
        .unwrap_or("other")
}

/// `person`, `organisation`, `place`, `event` or `other`.
fn kind_of_name(name: &str, titled: bool, after_the: bool) -> &'static str {
    if gazetteer::is_place_name(name) || gazetteer::is_place_name(&name.replace("St. ", "Saint ")) {
        return "place";
    }
    let last = name
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_lowercase();
    let in_list = |list: &[&str]| list.iter().any(|w| *w == last);
    let lower_words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    if lower_words.len() >= 2
        && lower_words
            .iter()
            .any(|w| gazetteer::event_words().contains(&w.as_str()))
    {
        return "event";
    }
    if in_list(gazetteer::org_words()) {
        return "organisation";
    }
    if in_list(gazetteer::event_words()) {
        return "event";
    }
    if in_list(gazetteer::place_words()) {
        return "place";
    }
    if is_acronym(name) {
        return "organisation";
    }
    let words = name.split_whitespace().count();
    if titled {
        return "person";
    }
    if after_the {
        return "organisation";
    }
    const NAME_PARTICLES: &[&str] = &["bin", "ibn", "de", "da", "van", "von", "al", "el"];
    if (2..=4).contains(&words)
        && name.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !gazetteer::is_place_name(w)
                || NAME_PARTICLES.contains(&w)
        })
    {
        return "person";
    }
    "other"
}

fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() {
        "entity".to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests;
