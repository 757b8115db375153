//! The rules that correct the tagger's spans, each on word positions (indices into a
//! line's words, spans `[start, end)` with their type).

use super::gazetteer::Gaz;
use super::read::{Casing, Line};
use super::tag::{NerType, Word};

pub type Span = (usize, usize, NerType);

/// Words that open sentences and never names: `Although Tehran` is `Tehran`.
const LINE_OPENERS: &[&str] = &[
    "although",
    "meanwhile",
    "despite",
    "unlike",
    "moreover",
    "nevertheless",
    "instead",
    "indeed",
    "perhaps",
    "still",
    "yet",
    "thus",
    "hence",
    "besides",
    "nonetheless",
];

/// A grammar word (`The`, `Although`): never the start of a name.
fn grammar(w: &str) -> bool {
    let lower = w.to_lowercase();
    crate::text::STOP_WORDS.contains(&lower.as_str()) || LINE_OPENERS.contains(&lower.as_str())
}

/// `Islamic State-Khorasan (IS-K)`: the capitalised words before an acronym in
/// parentheses that it defines are one name, of the acronym's type (an organisation
/// when the tagger gave none).
pub fn definitions(words: &[String], spans: &mut Vec<Span>) {
    for k in 1..words.len().saturating_sub(2) {
        if words[k] != "(" || words[k + 2] != ")" || !is_acronym(&words[k + 1]) {
            continue;
        }
        let mut a = k;
        while a > 0 && capitalised(&words[a - 1]) && !grammar(&words[a - 1]) {
            a -= 1;
        }
        let Some(start) = (a..k).find(|&s| defines(&words[s..k], &words[k + 1])) else {
            continue;
        };
        let ty = spans
            .iter()
            .find(|&&(x, _, _)| x == k + 1)
            .map_or(NerType::Org, |s| s.2);
        if !spans.iter().any(|&(x, y, _)| x == k + 1 && y == k + 2) {
            spans.retain(|&(x, y, _)| y <= k + 1 || x >= k + 2);
            spans.push((k + 1, k + 2, ty));
        }
        if spans
            .iter()
            .any(|&(x, y, _)| x <= start && y >= k && (x, y) != (start, k))
        {
            continue;
        }
        spans.retain(|&(x, y, _)| y <= start || x >= k);
        spans.push((start, k, ty));
    }
    spans.sort();
}

fn lower_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

fn number(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit()) && !w.chars().any(char::is_alphabetic)
}

pub(super) fn possessive(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'" | "’" | "'S" | "’S")
}

/// Whether the word opens its line (nothing but punctuation before it).
fn line_initial(words: &[String], k: usize) -> bool {
    words[..k]
        .iter()
        .all(|w| !w.chars().any(char::is_alphanumeric))
}

/// Lower-case words that stand inside names: the particles of surnames and places (`van
/// der`, `de`, `al`, `y`) and the grammar words of other languages' names (`und`, `dla`).
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "do", "dos", "das", "du", "del", "della", "dello", "der", "den", "des",
    "van", "von", "la", "le", "les", "el", "al", "y", "e", "bin", "ibn", "ben", "bint", "zu",
    "ter", "ten", "und", "dla", "wa", "en", "af", "av",
];

/// A lower-case word inside a span that no name holds: not a grammar word, not a
/// particle, not hyphenated (`self-rule`, `al-Abidine`): `S. Law c Tillekeratne b
/// Dharmasena` (a scorecard's `c`, `b`) or `Acme town` are two names or one.
fn foreign_to_names(w: &str) -> bool {
    lower_word(w)
        && !w.contains('-')
        && !w.contains('\'')
        && !grammar(w)
        && !NAME_PARTICLES.contains(&w)
}

/// Whether the figure at `k`, right after a name, is a score or a statistic rather than
/// part of the name (`Chandana 56`, `Derbyshire 471 and 71-1`, `Andersson 1:34`): it is
/// written with stops, dashes or commas; or the line is a line of scores; or the figure
/// ends a line without a full stop (a table's row); or another figure follows it (`290 and
/// 329`). `Euro 96 absentee`, `Interstate 95 on the East Coast` keep theirs.
fn score_after_name(words: &[String], k: usize) -> bool {
    let w = &words[k];
    if !number(w) {
        return false;
    }
    let rest: Vec<&String> = words[k + 1..]
        .iter()
        .filter(|x| x.chars().any(char::is_alphanumeric))
        .collect();
    let row_end = rest.is_empty() && words.last().is_some_and(|x| x != ".");
    let then_figure = match rest.as_slice() {
        [x, ..] if number(x) => true,
        [x, y, ..] => matches!(x.as_str(), "and" | "or") && number(y),
        _ => false,
    };
    w.chars().any(|c| !c.is_ascii_digit()) || scores_line(words) || row_end || then_figure
}

/// Spans cut to their names: lower-case words at either end go (`the West`, `Interfax
/// news`), a possessive or a number inside splits a span in two (`Beijing 's Tiananmen
/// Square`, `Albion 2 Cowdenbeath 0`), and a line's first word goes when the corpus
/// writes it in lower case elsewhere (`Men`, `Add`).
pub fn tidy(words: &[String], spans: &mut Vec<Span>, casing: &Casing) {
    let mut out = Vec::new();
    let mut queue: Vec<Span> = std::mem::take(spans);
    while let Some((mut a, mut b, ty)) = queue.pop() {
        while a < b
            && (lower_word(&words[a])
                || possessive(&words[a])
                || !words[a].chars().any(char::is_alphanumeric))
        {
            a += 1;
        }
        while b > a
            && (lower_word(&words[b - 1])
                || possessive(&words[b - 1])
                || !words[b - 1].chars().any(char::is_alphanumeric)
                || b - 1 > a && score_after_name(words, b - 1))
        {
            b -= 1;
        }
        // A name has letters: `3 7` in a table is no name.
        if a >= b
            || !words[a..b]
                .iter()
                .any(|w| w.chars().any(char::is_alphabetic))
        {
            continue;
        }
        if grammar(&words[a]) || line_initial(words, a) && casing.mostly_lower(&words[a]) {
            a += 1;
            queue.push((a, b, ty));
            continue;
        }
        if let Some(k) = (a + 1..b.saturating_sub(1))
            .find(|&k| possessive(&words[k]) || number(&words[k]) || foreign_to_names(&words[k]))
        {
            queue.push((a, k, ty));
            queue.push((k + 1, b, ty));
            continue;
        }
        out.push((a, b, ty));
    }
    out.sort();
    *spans = out;
}

/// A run of capitalised words that ends in a word of events (`World Cup`), organisations
/// (`Labour Party`) or places (`Blue River`) is a name of that kind, whatever the
/// tagger made of its parts.
pub fn name_words(words: &[String], gaz: &[Gaz], spans: &mut Vec<Span>, casing: &Casing) {
    let mut i = 0;
    while i < words.len() {
        if !capitalised(&words[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && capitalised(&words[j]) {
            j += 1;
        }
        let mut a = i;
        if line_initial(words, a) && casing.mostly_lower(&words[a]) {
            a += 1;
        }
        // `Governor Tom Reyes`: the words after a title are a person.
        let mut t = a;
        while t < j && gaz[t].has(Gaz::TITLE) {
            t += 1;
        }
        let after_title = t > a && t < j && !gaz[t].has(Gaz::PLACE_B) && !gaz[t].has(Gaz::DEMONYM);
        if after_title && !spans.iter().any(|&(x, y, _)| x < j && y > t) {
            spans.push((t, j, NerType::Per));
            i = j;
            continue;
        }
        let last = j - 1;
        let ty = if gaz[last].has(Gaz::EVENT_WORD) {
            Some(NerType::Misc)
        } else if gaz[last].has(Gaz::ORG_WORD) {
            Some(NerType::Org)
        } else if gaz[last].has(Gaz::PLACE_WORD) {
            Some(NerType::Loc)
        } else {
            None
        };
        if let Some(ty) = ty.filter(|_| j - a >= 2) {
            let covered = spans.iter().any(|&(x, y, _)| x <= a && y >= j);
            if !covered {
                spans.retain(|&(x, y, _)| y <= a || x >= j);
                spans.push((a, j, ty));
            }
        }
        i = j;
    }
    spans.sort();
}

/// The names the tagger found across the corpus, by their words, with the types they got:
/// a name found once is found wherever it is written so, and a person's surname is that
/// person wherever it stands alone.
pub struct Known {
    names: std::collections::HashMap<Vec<String>, [u32; 4]>,
    longest: usize,
}

fn index(ty: NerType) -> usize {
    match ty {
        NerType::Per => 0,
        NerType::Org => 1,
        NerType::Loc => 2,
        NerType::Misc => 3,
    }
}

const TYPES: [NerType; 4] = [NerType::Per, NerType::Org, NerType::Loc, NerType::Misc];

/// A name's words as compared: acronyms without their stops (`N.W.S.`, `IS-K`).
fn compared(words: &[String]) -> Vec<String> {
    words
        .iter()
        .map(|w| {
            if is_acronym(w) {
                w.chars().filter(|c| c.is_alphanumeric()).collect()
            } else {
                w.clone()
            }
        })
        .collect()
}

impl Known {
    pub fn of<'a>(lines: impl Iterator<Item = &'a Line>, casing: &Casing) -> Known {
        let mut names: std::collections::HashMap<Vec<String>, [u32; 4]> = Default::default();
        for l in lines {
            for &(a, b, ty) in &l.spans {
                if l.speaker[a..b].iter().any(|&x| x) {
                    continue;
                }
                names.entry(compared(&l.read[a..b])).or_default()[index(ty)] += 1;
                if ty == NerType::Per && b - a >= 2 && capitalised(&l.read[b - 1]) {
                    // The surname: counted as a person, less than a name found whole.
                    names.entry(vec![l.read[b - 1].clone()]).or_default()[0] += 1;
                }
            }
        }
        names.retain(|k, _| {
            !(k.len() == 1 && casing.mostly_lower(&k[0]))
                && k.iter()
                    .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        });
        let longest = names.keys().map(Vec::len).max().unwrap_or(0).min(8);
        Known { names, longest }
    }

    fn best(&self, words: &[String]) -> Option<NerType> {
        let v = self.names.get(&compared(words))?;
        let k = (0..4).max_by_key(|&k| (v[k], 4 - k))?;
        (v[k] > 0).then_some(TYPES[k])
    }

    /// Adds the known names among the words no span covers.
    pub fn apply(&self, line: &mut Line, casing: &Casing) {
        let words = &line.read;
        let mut covered = vec![false; words.len()];
        for &(a, b, _) in &line.spans {
            covered[a..b].iter_mut().for_each(|c| *c = true);
        }
        let mut i = 0;
        while i < words.len() {
            let common = line_initial(words, i) && casing.mostly_lower(&words[i]);
            let taken = covered[i] || line.speaker[i];
            if !capitalised(&words[i]) || taken || common {
                i += 1;
                continue;
            }
            let mut hit = None;
            for len in (1..=self.longest.min(words.len() - i)).rev() {
                let end = i + len;
                if covered[i..end].iter().any(|&c| c) || !capitalised(&words[end - 1]) {
                    continue;
                }
                // A known name inside a longer run of capitals is not that name.
                if words.get(end).is_some_and(|w| capitalised(w)) {
                    continue;
                }
                if let Some(ty) = self.best(&words[i..end]) {
                    hit = Some((end, ty));
                    break;
                }
            }
            // Not inside a longer run of capitals (a grammar word or a line's common
            // first word before it does not count).
            let free_before = i == 0 || {
                let p = &words[i - 1];
                !capitalised(p)
                    || covered[i - 1]
                    || grammar(p)
                    || line_initial(words, i - 1) && casing.mostly_lower(p)
            };
            match hit {
                Some((end, ty)) if free_before => {
                    line.spans.push((i, end, ty));
                    i = end;
                }
                _ => i += 1,
            }
        }
        line.spans.sort();
    }
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A place of the gazetteer, written with capitals, is one name: `New York`, not `York`;
/// spans inside it give way to it, a longer span around it (`New York Times`) stays.
pub fn places_whole(words: &[String], gaz: &[Gaz], spans: &mut Vec<Span>) {
    let mut i = 0;
    while i < words.len() {
        if !gaz[i].has(Gaz::PLACE_B) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && gaz[j].has(Gaz::PLACE_I) && !gaz[j].has(Gaz::PLACE_B) {
            j += 1;
        }
        let written_as_name = words[i..j]
            .iter()
            .all(|w| capitalised(w) || matches!(w.as_str(), "of" | "and" | "the"));
        let covered = spans
            .iter()
            .any(|&(a, b, _)| a <= i && b >= j && b - a > j - i);
        if written_as_name && !covered {
            spans.retain(|&(a, b, _)| b <= i || a >= j);
            spans.push((i, j, NerType::Loc));
        }
        i = j;
    }
}

/// An organisation's head word, `for` or `of`, then a name: one organisation (`Centers for
/// Disease Control and Prevention`, `Institute of Tropical Medicine`), where the tagger
/// found only the name after the small word. Capitalised words before the head word that no
/// other name holds (`National`) open it; a place or a nationality before it stays apart
/// (`U.S.`); a capitalised word joined by `and` right after the name closes it
/// (`… and Prevention`).
pub fn org_heads(words: &[String], gaz: &[Gaz], spans: &mut Vec<Span>) {
    let org_head = |k: usize| {
        capitalised(&words[k])
            && (gaz[k].has(Gaz::ORG_WORD)
                || words[k]
                    .to_lowercase()
                    .strip_suffix('s')
                    .is_some_and(|w| crate::gazetteer::org_words().contains(&w)))
    };
    let free = |k: usize, spans: &[Span]| !spans.iter().any(|&(a, b, _)| a <= k && k < b);
    let mut out = spans.clone();
    for &(a, b, _) in spans.iter() {
        if a < 2 || !matches!(words[a - 1].as_str(), "for" | "of") || !org_head(a - 2) {
            continue;
        }
        if !free(a - 2, spans) {
            continue;
        }
        let mut start = a - 2;
        while start > 0
            && capitalised(&words[start - 1])
            && !grammar(&words[start - 1])
            && !gaz[start - 1].has(Gaz::PLACE_B)
            && !gaz[start - 1].has(Gaz::DEMONYM)
            && free(start - 1, spans)
        {
            start -= 1;
        }
        let mut end = b;
        if words.get(b).is_some_and(|w| w == "and")
            && words
                .get(b + 1)
                .is_some_and(|w| capitalised(w) && !grammar(w))
            && free(b + 1, spans)
            && !words.get(b + 2).is_some_and(|w| capitalised(w))
        {
            end = b + 2;
        }
        out.retain(|&(x, y, _)| y <= start || x >= end);
        out.push((start, end, NerType::Org));
    }
    out.sort();
    *spans = out;
}

/// A capitalised nationality outside any span is a mention of its own (`Iraqi`, `Kurds`);
/// one that opens a span of a title and a name, or of a given name and a surname, is cut
/// from it. Nationalities side by side
/// outside any span are one (`Iraqi Kurds`, `Bosnian Serbs`).
pub fn nationalities(words: &[String], gaz: &[Gaz], spans: &mut Vec<Span>) {
    let demonym = |i: usize| gaz[i].has(Gaz::DEMONYM) && capitalised(&words[i]);
    let mut i = 0;
    while i < words.len() {
        if !demonym(i) {
            i += 1;
            continue;
        }
        let inside = |i: usize, spans: &[Span]| spans.iter().position(|&(a, b, _)| a <= i && i < b);
        match inside(i, spans) {
            None => {
                let mut j = i + 1;
                while j < words.len() && demonym(j) && inside(j, spans).is_none() {
                    j += 1;
                }
                spans.push((i, j, NerType::Misc));
                i = j;
                continue;
            }
            Some(k) => {
                let (a, b, ty) = spans[k];
                // `Iraqi President Saddam`: the nationality, then the name.
                if a == i && b > i + 1 && (gaz[i + 1].has(Gaz::TITLE) || ty == NerType::Per) {
                    spans[k] = (i + 1, b, ty);
                    spans.push((i, i + 1, NerType::Misc));
                } else if a == i
                    && b >= i + 3
                    && crate::gazetteer::is_given_name(&words[i + 1])
                    && words[i + 1..b].iter().all(|w| capitalised(w))
                {
                    // `Australian Tom Moody`: a nationality, then a person named in full.
                    spans[k] = (i + 1, b, NerType::Per);
                    spans.push((i, i + 1, NerType::Misc));
                }
            }
        }
        i += 1;
    }
}

/// Participles that join a name into a word of its own: `London-based`, `U.S.-led`.
const AFFILIATIONS: &[&str] = &[
    "-based",
    "-born",
    "-led",
    "-backed",
    "-owned",
    "-ruled",
    "-controlled",
    "-sponsored",
];

/// A name joined to a participle (`London-based`, `U.S.-led`, `New York-based`) is a word of
/// its own (MISC), cut from the name it stands before (`Minneapolis-based First Bank`).
pub fn affiliations(words: &[String], spans: &mut Vec<Span>, casing: &Casing) {
    for k in 0..words.len() {
        let Some(stem) = AFFILIATIONS.iter().find_map(|s| words[k].strip_suffix(s)) else {
            continue;
        };
        if !capitalised(stem) {
            continue;
        }
        // A common word opening a sentence (`Family-owned`) is cut from the name after it,
        // but names nothing.
        let named = !casing.mostly_lower(stem);
        // The words of a place before it: `New York-based`, `St. Louis-based`.
        let mut a = k;
        while named
            && a > 0
            && capitalised(&words[a - 1])
            && !(line_initial(words, a - 1)
                && (grammar(&words[a - 1]) || casing.mostly_lower(&words[a - 1])))
        {
            a -= 1;
        }
        let b = k + 1;
        let mut out = Vec::new();
        for &(x, y, t) in spans.iter() {
            if y <= a || x >= b {
                out.push((x, y, t));
                continue;
            }
            if x < a {
                out.push((x, a, t));
            }
            if y > b {
                out.push((b, y, t));
            }
        }
        if named {
            out.push((a, b, NerType::Misc));
        }
        out.sort();
        *spans = out;
    }
}

/// A dateline: a line that opens with a place in capitals and a date (`BELGRADE
/// 1996-08-30`, `CAIRO, Feb 1`): the words before the date.
pub fn dateline(words: &[Word], times: &[(usize, usize)]) -> Option<(usize, usize)> {
    let &(t0, _) = times.first()?;
    let before: Vec<usize> = (0..words.len()).filter(|&k| words[k].end <= t0).collect();
    let names: Vec<usize> = before
        .iter()
        .copied()
        .filter(|&k| words[k].text != ",")
        .collect();
    let upper = |w: &Word| {
        w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.text.chars().any(char::is_lowercase)
    };
    let ok = !names.is_empty()
        && names.len() <= 4
        && names == (0..names.len()).collect::<Vec<_>>()
        && names.iter().all(|&k| upper(&words[k]));
    ok.then_some((0, names.len()))
}

/// A transcript's speaker labels (`KURTZ:`, `JEFFREY GOLDBERG, NATIONAL CORRESPONDENT:`), at
/// the start of a line or after a dash (`… -- KURTZ: The Twitter factor`): for each word,
/// whether it is part of one. Words in capitals before a colon.
pub fn speaker_labels(words: &[Word]) -> Vec<bool> {
    let mut out = vec![false; words.len()];
    let caps = |w: &Word| !w.text.chars().any(char::is_lowercase);
    let lettered = |w: &Word| w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    for k in 0..words.len() {
        if words[k].text != ":" {
            continue;
        }
        let mut a = k;
        while a > 0
            && caps(&words[a - 1])
            && !matches!(words[a - 1].text.as_str(), "--" | "-" | "—")
        {
            a -= 1;
        }
        let opens = a == 0 || matches!(words[a - 1].text.as_str(), "--" | "-" | "—");
        if opens && a < k && words[a..k].iter().any(lettered) {
            out[a..=k].iter_mut().for_each(|x| *x = true);
        }
    }
    out
}

/// A title that takes any word before it: `Trade Minister`, `Health Secretary`.
pub fn head_title(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
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
}

pub fn is_acronym(t: &str) -> bool {
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && t.chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

/// Whether an acronym in parentheses after a name defines it: its letters are the
/// name's initials, or it starts with the name's initial and its letters stand in the
/// name in order (`Islamic State Khorasan Province (ISK)`).
pub fn defines(name: &[String], acronym: &str) -> bool {
    if initials_fit(name, acronym) {
        return true;
    }
    let heads: String = name
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    let mut letters = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase);
    let Some(first) = letters.next() else {
        return false;
    };
    let mut rest = heads.chars();
    if rest.next() == Some(first) && letters.clone().all(|l| rest.any(|h| h == l)) {
        return true;
    }
    // Letters of the name in order (`ISIS-Khorasan (IS-K)`), from its first letter.
    let mut name_letters = name
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase);
    name_letters.next() == Some(first) && letters.all(|l| name_letters.any(|h| h == l))
}

/// Whether an acronym's letters are the initials of the name (small words optional):
/// `National Weather Service (NWS)`.
pub fn initials_fit(name: &[String], acronym: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let heads: Vec<(char, bool)> = name
        .iter()
        .filter_map(|w| {
            let c = w.chars().next()?.to_lowercase().next()?;
            Some((c, w.chars().next()?.is_lowercase()))
        })
        .collect();
    // Match letters to word heads in order; lower-case words may be skipped.
    fn fit(letters: &[char], heads: &[(char, bool)]) -> bool {
        match (letters.first(), heads.first()) {
            (None, None) => true,
            (None, Some(_)) => heads.iter().all(|h| h.1),
            (Some(_), None) => false,
            (Some(&l), Some(&(h, small))) => {
                (l == h && fit(&letters[1..], &heads[1..])) || (small && fit(letters, &heads[1..]))
            }
        }
    }
    letters.len() >= 2 && fit(&letters, &heads)
}

fn figure(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '.')
        && w.chars().any(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/' | ':' | ','))
}

/// Whether a span names a team: in a line of scores (`Chicago 5 Atlanta 3`, `CHICAGO 63 74
/// .460`) it is followed by a figure, and at least a third of the line's words are figures;
/// or it stands beside `v` (`Surrey v Kent`).
pub fn team(words: &[String], a: usize, b: usize) -> bool {
    let figures = words.iter().filter(|w| figure(w)).count();
    let scores =
        words.get(b).is_some_and(|w| figure(w)) && figures >= 2 && figures * 3 >= words.len();
    let versus =
        |w: Option<&String>| w.is_some_and(|w| matches!(w.as_str(), "v" | "vs" | "vs." | "v."));
    // `Houston at Pittsburgh`: a line of two names joined by `at` is a fixture, the first
    // the visiting team, the second where it plays.
    let fixture = words.iter().filter(|w| w.as_str() == "at").count() == 1
        && words.len() <= 8
        && words.iter().all(|w| w == "at" || capitalised(w))
        && words.get(b).is_some_and(|w| w == "at");
    scores || fixture || versus(words.get(b)) || a > 0 && versus(words.get(a - 1))
}

/// Two names joined by `&` are one organisation's name (`Smith & Nephew`): the capitalised
/// runs on either side, whatever spans the tagger made of them.
pub fn ampersands(words: &[String], spans: &mut Vec<Span>) {
    for k in 1..words.len().saturating_sub(1) {
        if words[k] != "&" {
            continue;
        }
        let mut a = k;
        while a > 0 && capitalised(&words[a - 1]) && !grammar(&words[a - 1]) {
            a -= 1;
        }
        let mut b = k + 1;
        while b < words.len() && capitalised(&words[b]) {
            b += 1;
        }
        if a < k && b > k + 1 {
            spans.retain(|&(x, y, _)| y <= a || x >= b);
            spans.push((a, b, NerType::Org));
        }
    }
    spans.sort();
}

/// Whether a line is a line of scores: at least two figures, a third of its words or more.
fn scores_line(words: &[String]) -> bool {
    let figures = words.iter().filter(|w| figure(w)).count();
    figures >= 2 && figures * 3 >= words.len()
}

/// Names in a line of scores that the tagger left out (`Hyundai 56 43 .566`, `Ruch Chorzow 2
/// Dinamo 1`): a run of capitalised words right before a figure is a team. Not the names of
/// a ranked list (`1. Geir Moen 20.36`: a figure opens the line), and not a word the corpus
/// writes in lower case. A span with capitalised words beside it up to a figure takes them
/// in (`Manchester City 3`).
pub fn teams_in_scores(words: &[String], spans: &mut Vec<Span>, casing: &Casing) {
    if !scores_line(words) || words.first().is_some_and(|w| figure(w)) {
        return;
    }
    // A team's name is whole: the capitalised words beside a span, up to the figure, are
    // its words (`Manchester City 3`, `Port Vale 2`: not the place or a part).
    let taken = |k: usize, own: (usize, usize), spans: &[Span]| {
        spans
            .iter()
            .any(|&(a, b, _)| (a, b) != own && a <= k && k < b)
    };
    for n in 0..spans.len() {
        let (a, b, _) = spans[n];
        let mut x = a;
        while x > 0
            && capitalised(&words[x - 1])
            && !grammar(&words[x - 1])
            && !taken(x - 1, (a, b), spans)
        {
            x -= 1;
        }
        let mut y = b;
        while y < words.len() && capitalised(&words[y]) && !taken(y, (a, b), spans) {
            y += 1;
        }
        if (x, y) != (a, b) && words.get(y).is_some_and(|w| figure(w)) {
            spans[n] = (x, y, NerType::Org);
        }
    }
    let mut i = 0;
    while i < words.len() {
        if !capitalised(&words[i]) || spans.iter().any(|&(a, b, _)| a <= i && i < b) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len()
            && capitalised(&words[j])
            && !spans.iter().any(|&(a, b, _)| a <= j && j < b)
        {
            j += 1;
        }
        // The first word a name's (a later one may be a common word: `Manchester City`).
        let named = !casing.mostly_lower(&words[i])
            && words[i..j]
                .iter()
                .all(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !grammar(w));
        if named && words.get(j).is_some_and(|w| figure(w)) {
            spans.push((i, j, NerType::Org));
        }
        i = j;
    }
    spans.sort();
}

/// A line in capitals restored word by word loses the capitals of a place's name whose words
/// are common words elsewhere (`NEW YORK` read `new York`): the words of a place of the
/// gazetteer of more than one word keep their capitals.
pub fn places_in_capitals(words: &[Word], read: &mut [String], gaz: &[Gaz]) {
    let mut i = 0;
    while i < words.len() {
        let mut j = i + 1;
        while j < words.len() && gaz[j].has(Gaz::PLACE_I) && !gaz[j].has(Gaz::PLACE_B) {
            j += 1;
        }
        if gaz[i].has(Gaz::PLACE_B) && j - i >= 2 {
            for (r, w) in read[i..j].iter_mut().zip(&words[i..j]) {
                *r = super::read::title_case(&w.text);
            }
        }
        i = j;
    }
    // `KANSAS CITY`: a word that ends places' names after a name keeps its capital.
    for k in 1..words.len() {
        if gaz[k].has(Gaz::PLACE_WORD) && capitalised(&read[k - 1]) && !grammar(&read[k - 1]) {
            read[k] = super::read::title_case(&words[k].text);
        }
    }
}

/// Words after a name that speak of a company: `X said it`, `X shares`, `X's chairman`.
const COMPANY_NOUNS: &[&str] = &[
    "network",
    "newspaper",
    "broadcaster",
    "shares",
    "stock",
    "stake",
    "shareholders",
    "subsidiary",
    "unit",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "chairman",
    "board",
    "plant",
    "plants",
    "sales",
    "turnover",
    // A political body: `the Acme party`.
    "party",
];

/// Whether the words after a span speak of it as a company: `Acme said it …`, `Acme shares
/// rose`, `Acme's net profit`, `the Al-Falah news network`.
pub fn company(words: &[String], b: usize) -> bool {
    let at = |k: usize| words.get(k).map(|w| w.to_lowercase()).unwrap_or_default();
    let mut k = b;
    if possessive(&at(k)) {
        k += 1;
    }
    let next = at(k);
    // `Acme's party` is a person's (`Acme party` a party's name).
    let noun = |w: &str| COMPANY_NOUNS.contains(&w) && !(k > b && w == "party");
    noun(&next)
        || next == "news" && matches!(at(k + 1).as_str(), "network" | "channel" | "agency")
        || matches!(next.as_str(), "net" | "pre-tax" | "operating" | "division") && k > b
        || matches!(next.as_str(), "said" | "says") && matches!(at(k + 1).as_str(), "it" | "its")
        || matches!(next.as_str(), "was" | "were")
            && matches!(at(k + 1).as_str(), "up" | "down" | "unchanged")
}

/// Nouns of business that stand before a company's name (`cables giant Acme`, `the
/// carmaker Acme`).
const COMPANY_BEFORE: &[&str] = &[
    "giant",
    "maker",
    "carmaker",
    "firm",
    "company",
    "conglomerate",
    "carrier",
    "airline",
    "insurer",
    "retailer",
    "brewer",
    "manufacturer",
    "supplier",
    "distributor",
    "group",
    "subsidiary",
    // Media: `news network Al-Falah`, `the newspaper El Sol`.
    "network",
    "newspaper",
    "broadcaster",
    "channel",
    "daily",
    "magazine",
    "website",
];

/// Whether the word before a span says the name is a thing's (`the drug Zanavir`, `the novel
/// Northern Lights`; `data/thing-words.txt`).
pub fn thing_before(words: &[String], a: usize) -> bool {
    a > 0
        && crate::gazetteer::thing_words()
            .iter()
            .any(|w| w.eq_ignore_ascii_case(&words[a - 1]))
}

/// Whether the word before a span names a kind of company (`giant`, `carrier`, `firm`).
pub fn company_before(words: &[String], a: usize) -> bool {
    a > 0 && COMPANY_BEFORE.contains(&words[a - 1].to_lowercase().as_str())
}
