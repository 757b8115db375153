//! Alignment: which sentences of different sources state the same fact. Two sentences are
//! alike by the rarity-weighted features they share; they may align only when they share
//! more than a keyword (two content concepts, or one with two names, years or figures), when
//! the years they give meet, when no quantity of the same measure differs between them, and,
//! sharing no more than two words, when they name someone or somewhere in common; a relative
//! clause that runs to its sentence's end aligns with a statement only in nearly its words.
//! Aligned pairs are grouped by constrained single-link (`cluster.rs`).

use super::mode::Mode;
use super::unit::{self, contrasts, frequencies, Unit};
use super::Params;
use std::collections::HashMap;

/// Most sentences one feature may pair up (see the blocking in [`groups`]).
const MAX_BLOCK: usize = 100;

/// The weight two sentences' (sorted) features have in common.
fn shared_weight(a: &Unit, b: &Unit) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while let (Some(x), Some(y)) = (a.features.get(i), b.features.get(j)) {
        match x.0.cmp(&y.0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += x.1.min(y.1);
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// The weight two sentences share, over the weight of the shorter one (a short statement
/// inside a long sentence still counts), damped by the longer one's length.
pub(super) fn overlap(a: &Unit, b: &Unit) -> f64 {
    let shared = shared_weight(a, b);
    let (small, large) = (a.total.min(b.total), a.total.max(b.total));
    if small == 0.0 {
        0.0
    } else {
        shared / (small * 0.7 + large * 0.3)
    }
}

/// The [`overlap`] of two sentences that can state the same fact and share more than a
/// keyword; zero for others.
pub(super) fn likeness(a: &Unit, b: &Unit) -> f64 {
    if !compatible(a, b) || slight(a) || slight(b) {
        return 0.0;
    }
    // A group both hold by one phrase is the same words again, not one more thing shared
    // (`resign` and `resigned` are one word, not a word and its paraphrase).
    let same_words = a
        .groups
        .iter()
        .filter(|g| b.groups.contains(g) && same_phrase(a, b, g));
    // What they share where they say who speaks (`Jo Park, a historian, says`) is a
    // speaker, not a fact: it does not count towards more than a keyword.
    let stated = |u: &Unit, keys: &mut dyn Iterator<Item = u32>| -> Vec<u32> {
        keys.filter(|k| u.speaker.binary_search(k).is_err())
            .collect()
    };
    // Near copies (a quote or a wire sentence reprinted) state one fact, whoever speaks.
    let copies = dice(a, b) >= NEAR_SAME;
    let (a_content, b_content) = if copies {
        (a.content.clone(), b.content.clone())
    } else {
        (
            stated(a, &mut a.content.iter().copied()),
            stated(b, &mut b.content.iter().copied()),
        )
    };
    // What one tells of as real and the other as denied or unreal (`resigned`, `did not
    // resign`, `demanded his resignation`) is no word in common: it is another fact.
    let other_mode = |k: &u32| mode_of(a, *k) != mode_of(b, *k);
    let moded = a_content
        .iter()
        .filter(|k| b_content.binary_search(k).is_ok() && other_mode(k))
        .count();
    // Nearly the same words, one telling as real what the other denies or only wants
    // (`the mayor resigned`, `the mayor did not resign`): two facts.
    if moded > 0 && dice(a, b) >= DICE {
        return 0.0;
    }
    let content = shared(&a_content, &b_content)
        .saturating_sub(same_words.count())
        .saturating_sub(moded);
    let all = if copies {
        shared(
            &a.features.iter().map(|f| f.0).collect::<Vec<_>>(),
            &b.features.iter().map(|f| f.0).collect::<Vec<_>>(),
        )
    } else {
        shared(
            &stated(a, &mut a.features.iter().map(|f| f.0)),
            &stated(b, &mut b.features.iter().map(|f| f.0)),
        )
    };
    let all = all.saturating_sub(moded);
    if content < 2 && !(content == 1 && all >= 3) {
        return 0.0;
    }
    // Both clauses mostly about it: the shared weight over their mean weight at least
    // `DICE` (a remark that shares two words with a long clause states something else), or
    // they say it in the words of one paraphrase group (`data/paraphrases.txt`).
    // Said in the words of one paraphrase group, or giving the same exact figure of one
    // measure (`killed 145 people`, `the deaths of 145 people`).
    // (A group held by one same phrase counts so only beside another content word.)
    let paraphrased = a.groups.iter().zip(&a.group_keys).any(|(g, k)| {
        b.groups.contains(g) && !other_mode(k) && (content >= 2 || !same_phrase(a, b, g))
    }) || a.quantities.iter().any(|p| {
        b.quantities
            .iter()
            .any(|q| p.measure == q.measure && p.low == q.low && p.high == q.high && p.low >= 10.0)
    });
    // Different people or bodies doing or undergoing it are different facts (`40 members of
    // a party were arrested`, `a film crew was arrested`): two sentences that each
    // name someone, no one the same, and share no more than two words besides, are two
    // facts. (Sharing more, they tell of one happening by different participants: `the
    // trial of Dr Grey is due to start`, `the trial is due to start, a year after Lee's
    // death`.)
    if !copies && content <= 2 && strangers(&a.actors, &b.actors) {
        return 0.0;
    }
    // However much they share, two sentences that each name two or more people, bodies or
    // places, none the same, tell of different things in words alike (`In the British case,
    // … the Boer war …, the rising power of Germany` and `In the American case, … the Iraq
    // war …, the rising power of China`).
    if !copies
        && a.actors.len() >= STRANGE_ACTORS
        && b.actors.len() >= STRANGE_ACTORS
        && strangers(&a.actors, &b.actors)
    {
        return 0.0;
    }
    // A relative clause states in passing what the other states: one fact only in nearly
    // the words of a statement of its own, not on a shared figure or paraphrase alone (`a
    // guest fell ill with the virus, which may have killed more than 100 people in Mexico`
    // is no statement of the toll).
    if (!paraphrased || a.aside != b.aside) && !copies && dice(a, b) < DICE {
        return 0.0;
    }
    // Two common words and nothing that names what they are about (no name, year or figure
    // shared, no paraphrase group): `the case … impossible` and `impossible … the case`,
    // `this book shows why` and `this book shows that it was`. Such clauses state one fact
    // only when they say it in nearly the same words.
    if !paraphrased && content == 2 && all == 2 && dice(a, b) < NEAR_SAME {
        return 0.0;
    }
    overlap(a, b)
}

/// How a unit tells of the happening of content key `key` ([`Mode`]).
fn mode_of(u: &Unit, key: u32) -> Mode {
    u.modes
        .binary_search_by_key(&key, |m| m.0)
        .map_or(Mode::Real, |i| u.modes[i].1)
}

/// Fewest actors (the unit's `actors`: surnames, long words of bodies' and places' names)
/// each of two sentences names for them to be about different things when none is the same
/// (measured on the annotated claims, docs/quality.md: at one, 5 judged impure claims part
/// and 2 judged pure and readable; at two, 2 and none).
const STRANGE_ACTORS: usize = 2;

/// Two sorted lists of actors, each given, with none in common.
fn strangers(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.binary_search(x).is_ok())
}

/// A clause of fewer than three content words that names nothing and gives no date or
/// figure (`But it's highly unlikely.`, `That seems highly unlikely.`): a remark that
/// states no fact a reader could check, whoever else makes it.
fn slight(u: &Unit) -> bool {
    u.content.len() < 3 && u.features.len() == u.content.len() && u.figures.is_empty()
}

/// Whether two clauses hold paraphrase group `group` by one same phrase.
fn same_phrase(a: &Unit, b: &Unit, group: &str) -> bool {
    a.phrases
        .iter()
        .filter(|p| p.split_once('#').is_some_and(|(g, _)| g == group))
        .any(|p| b.phrases.contains(p))
}

/// Least [`dice`] of two clauses that share two content words and no name, year or figure:
/// nearly the same words.
const NEAR_SAME: f64 = 0.9;

/// Least [`dice`] of two clauses that state one fact in their own words (measured on the
/// annotated stories, docs/quality.md: 0.3 and 0.5 group remarks that share a phrase).
const DICE: f64 = 0.6;

/// The weight two sentences share over their mean weight.
pub(super) fn dice(a: &Unit, b: &Unit) -> f64 {
    let shared = shared_weight(a, b);
    let mean = (a.total + b.total) / 2.0;
    if mean == 0.0 {
        0.0
    } else {
        shared / mean
    }
}

/// The share of the shorter sentence's content concepts that the other holds too: whether
/// two statements are about the same thing, their figures and names aside.
pub(super) fn context(a: &Unit, b: &Unit) -> f64 {
    let least = a.content.len().min(b.content.len());
    if least == 0 {
        0.0
    } else {
        shared(&a.content, &b.content) as f64 / least as f64
    }
}

/// How many keys two sorted lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Whether two sentences can state one fact: neither holds a paraphrase group the other
/// contrasts with (`data/paraphrases.txt`), the years they give meet (when both give some),
/// the figures of one sentence are all in the other, and no figure of one measure differs
/// between them.
fn compatible(a: &Unit, b: &Unit) -> bool {
    let has = |u: &Unit, g: &str| u.groups.iter().any(|x| x == g);
    if contrasts().iter().any(|(x, y)| {
        (has(a, x) && !has(b, x) && has(b, y)) || (has(b, x) && !has(a, x) && has(a, y))
    }) {
        return false;
    }
    if !a.years.is_empty() && !b.years.is_empty() && !a.years.iter().any(|y| b.years.contains(y)) {
        return false;
    }
    // Both sentences give figures and neither gives all of the other's: `19 fatalities`
    // against `25 fatalities`, `four or five months` against `four and six months`.
    // Orders of magnitude in words (`thousands`, `tens of thousands`) are compared only with
    // each other: `thousands feared dead` is no `tens of thousands feared dead`, but a
    // sentence's `thousands of survivors` says nothing against another's `six days`.
    let within = |x: &[&String], y: &[&String]| x.iter().all(|f| y.contains(f));
    let (a_orders, a_figures): (Vec<&String>, Vec<&String>) =
        a.figures.iter().partition(|f| unit::is_magnitude(f));
    let (b_orders, b_figures): (Vec<&String>, Vec<&String>) =
        b.figures.iter().partition(|f| unit::is_magnitude(f));
    for (x, y) in [(&a_figures, &b_figures), (&a_orders, &b_orders)] {
        if !x.is_empty() && !y.is_empty() && !within(x, y) && !within(y, x) {
            return false;
        }
    }
    !a.quantities.iter().any(|p| {
        b.quantities.iter().any(|q| {
            p.measure == q.measure
                && p.unit == q.unit
                && p.qualifiers == q.qualifiers
                && !p.agrees(q)
        })
    })
}

/// What [`likeness`] reads of a unit: two units equal in it are alike to every other unit
/// alike (the doc and sentence aside).
fn reading(u: &Unit) -> String {
    format!(
        "{:?}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{}|{:?}",
        u.features
            .iter()
            .map(|f| (f.0, f.1.to_bits()))
            .collect::<Vec<_>>(),
        u.total.to_bits(),
        u.content,
        u.speaker,
        u.groups,
        u.phrases,
        u.years,
        u.figures,
        u.quantities,
        u.actors,
        u.aside,
        u.modes,
    )
}

/// Copies: for each unit, the first unit of its class. A class is units that read the same
/// to [`likeness`] (a sentence reprinted by many outlets, boilerplate on every page), that
/// align with each other and come from at least two documents; any other unit is its own
/// class. Copies pair up with their first, or through it, and the rest of the corpus is
/// compared with one of them: on a corpus of near-copies that is the difference between
/// the square of the copies and their number.
fn copies(units: &[Unit], threshold: f64) -> Vec<usize> {
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut class: Vec<usize> = (0..units.len()).collect();
    for (i, u) in units.iter().enumerate() {
        class[i] = *first.entry(reading(u)).or_insert(i);
    }
    // Classes of one document, or whose copies do not align, stay apart.
    let mut docs: HashMap<usize, (usize, bool)> = HashMap::new();
    for (i, &c) in class.iter().enumerate() {
        let e = docs.entry(c).or_insert((units[i].doc, false));
        e.1 |= units[i].doc != e.0;
    }
    for (i, c) in class.iter_mut().enumerate() {
        if *c != i && !(docs[c].1 && likeness(&units[*c], &units[*c]) >= threshold) {
            *c = i;
        }
    }
    class
}

/// Groups of units that state one fact (each a list of unit numbers), and the class of
/// copies of each unit ([`copies`]).
pub(super) fn groups(units: &[Unit], params: &Params) -> (Vec<Vec<usize>>, Vec<usize>) {
    let class = copies(units, params.threshold);
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, &c) in class.iter().enumerate() {
        if c != i {
            members.entry(c).or_default().push(i);
        }
    }
    // Blocking: two sentences are compared when they share a feature rare enough to say
    // something (in at most a fifth of the sentences, and never more than `MAX_BLOCK`, so
    // that the work grows with the corpus, not with its square). A sentence made only of
    // common features (boilerplate repeated by many outlets) is blocked on its two rarest.
    // Only the first of each class of copies is blocked.
    let df = frequencies(units);
    let n = units.len().max(1) as f64;
    let mut by_feature: Vec<Vec<usize>> = vec![Vec::new(); df.len()];
    let mut blocks_of: Vec<Vec<u32>> = vec![Vec::new(); units.len()];
    let common = ((n * 0.2).max(8.0) as usize).min(MAX_BLOCK);
    for (i, u) in units.iter().enumerate() {
        if class[i] != i {
            continue;
        }
        let rare: Vec<u32> = u
            .features
            .iter()
            .map(|f| f.0)
            .filter(|&k| df[k as usize] <= common)
            .collect();
        let keys = if rare.is_empty() {
            let mut all: Vec<u32> = u.features.iter().map(|f| f.0).collect();
            all.sort_by(|&a, &b| df[a as usize].cmp(&df[b as usize]).then(a.cmp(&b)));
            all.truncate(2);
            all
        } else {
            rare
        };
        for &k in &keys {
            by_feature[k as usize].push(i);
        }
        blocks_of[i] = keys;
    }
    // Each copy with its class's first, or, in the first's document, with the first copy
    // of another document.
    let mut pairs = Vec::new();
    for (&c, rest) in &members {
        let sim = likeness(&units[c], &units[c]);
        let other = rest.iter().copied().find(|&m| units[m].doc != units[c].doc);
        for &m in rest {
            let with = if units[m].doc != units[c].doc {
                Some(c)
            } else {
                other.filter(|&o| o != m)
            };
            if let Some(w) = with {
                pairs.push((sim, w.min(m), w.max(m)));
            }
        }
    }
    // A pair of two classes: their firsts, or two of their copies from different documents.
    let across = |a: usize, b: usize| -> Option<(usize, usize)> {
        let of =
            |c: usize| std::iter::once(c).chain(members.get(&c).into_iter().flatten().copied());
        of(a)
            .flat_map(|x| of(b).map(move |y| (x, y)))
            .find(|&(x, y)| units[x].doc != units[y].doc)
    };
    // Each sentence against the later sentences of other documents in its blocks, once each.
    let mut candidates: Vec<usize> = Vec::new();
    for (a, blocks) in blocks_of.iter().enumerate() {
        candidates.clear();
        for &k in blocks {
            candidates.extend(by_feature[k as usize].iter().copied().filter(|&b| {
                b > a
                    && (units[b].doc != units[a].doc
                        || members.contains_key(&a)
                        || members.contains_key(&b))
            }));
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &b in &candidates {
            let sim = likeness(&units[a], &units[b]);
            if sim >= params.threshold {
                if let Some((x, y)) = across(a, b) {
                    pairs.push((sim, x.min(y), x.max(y)));
                }
            }
        }
    }
    // A group never holds two sentences that cannot state one fact, nor two that share no
    // more than a keyword: every two of its sentences align at half the threshold (no
    // chains through a sentence that states two facts). Copies are alike to the same units,
    // so each class is asked once.
    let floor = 0.5 * params.threshold;
    let classes = |x: &[usize]| {
        let mut c: Vec<usize> = x.iter().map(|&i| class[i]).collect();
        c.sort_unstable();
        c.dedup();
        c
    };
    let groups = crate::cluster::link(
        units.len(),
        pairs,
        |a, b| likeness(&units[a], &units[b]),
        params.cohesion,
        |x, y| {
            let (x, y) = (classes(x), classes(y));
            x.iter()
                .all(|&a| y.iter().all(|&b| likeness(&units[a], &units[b]) >= floor))
        },
    );
    (groups, class)
}
