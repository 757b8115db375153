//! Claims and conflicts: sentences of different sources that state the same fact, and where
//! such statements differ.
//!
//! A sentence's features are its concepts (stems through the synonym table, without the
//! words of entity names), its entities, its dates and its numbers, weighted by rarity.
//! Sentences of different documents that are alike enough are linked (constrained
//! single-link, as for events); a claim is a group that spans two sources or more.
//!
//! Within a claim, close statements that place it in different places or say it went in
//! opposite directions (`rose`, `fell`) conflict too. Sides that state different numbers
//! for the same thing (`112` against
//! `140 killed`), different calendar dates at the same precision, or the key action in words
//! of opposite permanence (`suspended`, `temporarily lifted` against `annulled`, `revoked`)
//! are conflicts. A number that rises with later publication is an update, not a
//! contradiction.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use story_core::time::value_range;
use story_core::{Claim, Conflict, ConflictSide, Document, Entity, SentenceRef, TimexType};

use crate::text::Words;

/// The knobs; the defaults were measured on the annotated cases (docs/quality.md).
#[derive(Clone, Copy, Debug)]
pub struct Params {
    /// Least likeness (shared rarity-weighted features, see `extract_with`) for two sentences
    /// to state one fact.
    pub threshold: f64,
    /// How alike two groups must be on average, as a share of their most alike pair.
    pub cohesion: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            threshold: 0.25,
            cohesion: 0.5,
        }
    }
}

/// Words that make the key action temporary, and words that make it final.
const TEMPORARY: &[&str] = &[
    "suspend",
    "suspended",
    "suspending",
    "suspension",
    "temporarily",
    "temporary",
    "pause",
    "paused",
    "interim",
    "provisionally",
    "provisional",
];
const FINAL: &[&str] = &[
    "annul",
    "annulled",
    "annulling",
    "annulment",
    "revoke",
    "revoked",
    "revoking",
    "rescind",
    "rescinded",
    "cancel",
    "cancelled",
    "canceled",
    "abolish",
    "abolished",
    "permanently",
    "scrapped",
];

/// An entity named in a sentence: its id and span (chars).
type NameSpan<'a> = (&'a str, u32, u32);

/// Most sentences one feature may pair up (see the blocking in [`extract_with`]).
const MAX_BLOCK: usize = 100;

struct Unit {
    doc: usize,
    sentence: usize,
    /// Rarity-weighted features, by interned key, sorted; and their total weight.
    features: Vec<(u32, f64)>,
    total: f64,
    /// Numbers stated, with the word after them (`112 people`).
    numbers: Vec<(f64, String, String)>,
    /// DATE values with their text.
    dates: Vec<(String, String)>,
    /// Permanence words of the key action: `temporary` or `final`, with the word.
    action: Vec<(&'static str, String)>,
    /// Places named (entity ids and names).
    places: Vec<(String, String)>,
    /// Direction words: `up` or `down`, with the word.
    direction: Vec<(&'static str, String)>,
}

/// Words of a change upward and downward.
const UP: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "increased",
    "increase",
    "increases",
    "grew",
    "grown",
    "grows",
    "higher",
    "up",
    "gained",
    "climbed",
    "surged",
    "expanded",
    "more",
];
const DOWN: &[&str] = &[
    "fell",
    "fallen",
    "fall",
    "falls",
    "decreased",
    "decrease",
    "decreases",
    "shrank",
    "shrunk",
    "shrinks",
    "lower",
    "down",
    "lost",
    "dropped",
    "declined",
    "plunged",
    "contracted",
    "fewer",
];

/// Finds claims and their conflicts.
pub fn extract(docs: &[Document], entities: &[Entity]) -> (Vec<Claim>, Vec<Conflict>) {
    extract_with(docs, entities, &Params::default())
}

pub fn extract_with(
    docs: &[Document],
    entities: &[Entity],
    params: &Params,
) -> (Vec<Claim>, Vec<Conflict>) {
    let words = Words::shared();
    let mut spans: HashMap<(&str, u32), Vec<NameSpan>> = HashMap::new();
    for e in entities {
        for m in &e.mentions {
            spans
                .entry((m.doc.as_str(), m.sentence))
                .or_default()
                .push((e.id.as_str(), m.start, m.end));
        }
    }
    let kinds: HashMap<&str, &str> = entities
        .iter()
        .map(|e| (e.id.as_str(), e.kind.as_str()))
        .collect();
    let mut units: Vec<Unit> = Vec::new();
    let mut keys: HashMap<String, u32> = HashMap::new();
    for (d, doc) in docs.iter().enumerate() {
        for (i, s) in doc.sentences.iter().enumerate() {
            if s.heading || s.text.split_whitespace().count() < 4 {
                continue;
            }
            let named = spans.get(&(doc.id.as_str(), i as u32));
            let char_of = |byte: usize| s.text[..byte].chars().count() as u32;
            let in_name = |a: usize, b: usize| {
                let (a, b) = (char_of(a), char_of(b));
                named
                    .into_iter()
                    .flatten()
                    .any(|(_, x, y)| a < *y && *x < b)
            };
            let in_time = |a: usize, b: usize| {
                let (a, b) = (char_of(a), char_of(b));
                s.times.iter().any(|t| a < t.end && t.start < b)
            };
            // Ordered: feature numbers are given in this order, and sums follow them.
            let mut features: BTreeMap<String, f64> = BTreeMap::new();
            for w in words.content(&s.text) {
                if !in_name(w.start, w.end) && !in_time(w.start, w.end) {
                    features.insert(w.concept, 1.0);
                }
            }
            for (id, _, _) in named.into_iter().flatten() {
                features.insert(format!("@{id}"), 1.0);
            }
            let mut dates = Vec::new();
            for t in s.times.iter().filter(|t| t.kind == TimexType::Date) {
                if let Some(v) = t.value.as_deref().filter(|v| value_range(v).is_some()) {
                    features.insert(format!("T{}", &v[..4.min(v.len())]), 1.0);
                    dates.push((v.to_string(), t.text.clone()));
                }
            }
            let numbers = numbers(&s.text, &s.times);
            for (n, _, unit) in &numbers {
                features.insert(format!("#{n}"), 1.0);
                if !unit.is_empty() {
                    features.insert(format!("#{unit}"), 0.5);
                }
            }
            let action = two_sided(&s.text, (TEMPORARY, "temporary"), (FINAL, "final"));
            let places = named
                .into_iter()
                .flatten()
                .filter(|(id, _, _)| kinds.get(id).is_some_and(|k| *k == "place"))
                .map(|(id, a, b)| {
                    (
                        id.to_string(),
                        s.text
                            .chars()
                            .skip(*a as usize)
                            .take((b - a) as usize)
                            .collect(),
                    )
                })
                .collect();
            let direction = two_sided(&s.text, (UP, "up"), (DOWN, "down"));
            let mut features: Vec<(u32, f64)> = features
                .into_iter()
                .map(|(k, w)| {
                    let next = keys.len() as u32;
                    (*keys.entry(k).or_insert(next), w)
                })
                .collect();
            features.sort_by_key(|f| f.0);
            units.push(Unit {
                doc: d,
                sentence: i,
                features,
                total: 0.0,
                numbers,
                dates,
                action,
                places,
                direction,
            });
        }
    }
    // Rarity weights.
    let mut df: Vec<f64> = vec![0.0; keys.len()];
    for u in &units {
        for (k, _) in &u.features {
            df[*k as usize] += 1.0;
        }
    }
    let n = units.len().max(1) as f64;
    for u in units.iter_mut() {
        for (k, w) in u.features.iter_mut() {
            *w *= ((n + 1.0) / df[*k as usize].max(1.0)).ln();
        }
        u.total = u.features.iter().map(|f| f.1).sum();
    }
    // Likeness: the weight two sentences share, over the weight of the shorter one (a short
    // statement inside a long sentence still counts), damped by the longer one's length.
    let cosine = |a: &Unit, b: &Unit| -> f64 {
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
        let (small, large) = (a.total.min(b.total), a.total.max(b.total));
        if small == 0.0 {
            0.0
        } else {
            shared / (small * 0.7 + large * 0.3)
        }
    };
    // Candidate pairs: sentences of different documents sharing a rare feature.
    // Blocking: two sentences are compared when they share a feature rare enough to say
    // something (in at most a fifth of the sentences, and never more than `MAX_BLOCK`, so
    // that the work grows with the corpus, not with its square). A sentence made only of
    // common features (boilerplate repeated by many outlets) is blocked on its two rarest.
    let mut by_feature: Vec<Vec<usize>> = vec![Vec::new(); keys.len()];
    let mut blocks_of: Vec<Vec<u32>> = Vec::with_capacity(units.len());
    let common = ((n * 0.2).max(8.0) as usize).min(MAX_BLOCK);
    for (i, u) in units.iter().enumerate() {
        let rare: Vec<u32> = u
            .features
            .iter()
            .map(|f| f.0)
            .filter(|&k| df[k as usize] as usize <= common)
            .collect();
        let keys = if rare.is_empty() {
            let mut all: Vec<u32> = u.features.iter().map(|f| f.0).collect();
            all.sort_by(|&a, &b| df[a as usize].total_cmp(&df[b as usize]).then(a.cmp(&b)));
            all.truncate(2);
            all
        } else {
            rare
        };
        for &k in &keys {
            by_feature[k as usize].push(i);
        }
        blocks_of.push(keys);
    }
    // Each sentence against the later sentences of other documents in its blocks, once each.
    let mut pairs = Vec::new();
    let mut candidates: Vec<usize> = Vec::new();
    for (a, blocks) in blocks_of.iter().enumerate() {
        candidates.clear();
        for &k in blocks {
            candidates.extend(
                by_feature[k as usize]
                    .iter()
                    .copied()
                    .filter(|&b| b > a && units[b].doc != units[a].doc),
            );
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &b in &candidates {
            let sim = cosine(&units[a], &units[b]);
            if sim >= params.threshold {
                pairs.push((sim, a, b));
            }
        }
    }
    let groups = crate::cluster::link(
        units.len(),
        pairs,
        |a, b| cosine(&units[a], &units[b]),
        params.cohesion,
        |_, _| true,
    );
    let mut claims = Vec::new();
    let mut conflicts = Vec::new();
    for members in groups {
        let sources: BTreeSet<usize> = members.iter().map(|&m| units[m].doc).collect();
        if sources.len() < 2 {
            continue;
        }
        let id = format!("c{}", claims.len() + 1);
        // The label: the most typical statement (the most like the others), cut to fourteen
        // words.
        let like = |a: usize, b: usize| cosine(&units[a], &units[b]);
        let typical = members
            .iter()
            .copied()
            .max_by(|&a, &b| {
                let score = |x: usize| {
                    members
                        .iter()
                        .filter(|&&o| o != x)
                        .map(|&o| like(x, o))
                        .sum::<f64>()
                };
                score(a).total_cmp(&score(b)).then(b.cmp(&a))
            })
            .unwrap_or(members[0]);
        let label_of = shorten(
            &docs[units[typical].doc].sentences[units[typical].sentence].text,
            14,
        );
        let mut mentions: Vec<SentenceRef> = members
            .iter()
            .map(|&m| SentenceRef {
                doc: docs[units[m].doc].id.clone(),
                sentence: units[m].sentence as u32,
            })
            .collect();
        mentions.sort_by(|a, b| (&a.doc, a.sentence).cmp(&(&b.doc, b.sentence)));
        conflicts.extend(find_conflicts(
            docs,
            &units,
            &members,
            &id,
            &label_of,
            &like,
            params.threshold,
        ));
        claims.push(Claim {
            id,
            label: label_of,
            mentions,
        });
    }
    // Most widely stated first.
    let order = |c: &Claim| {
        let mut d: Vec<&str> = c.mentions.iter().map(|m| m.doc.as_str()).collect();
        d.dedup();
        std::cmp::Reverse(d.len())
    };
    claims.sort_by_key(|c| order(c));
    (claims, conflicts)
}

/// The words of `text` found in one of two word lists, each with its list's name.
fn two_sided(
    text: &str,
    (a, a_name): (&[&str], &'static str),
    (b, b_name): (&[&str], &'static str),
) -> Vec<(&'static str, String)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| {
            let l = w.to_lowercase();
            if a.contains(&l.as_str()) {
                Some((a_name, w.to_string()))
            } else if b.contains(&l.as_str()) {
                Some((b_name, w.to_string()))
            } else {
                None
            }
        })
        .collect()
}

fn shorten(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= max {
        text.trim_end_matches(['.', ',', ';', ':']).to_string()
    } else {
        format!(
            "{}…",
            words[..max]
                .join(" ")
                .trim_end_matches([',', ';', ':', '.'])
        )
    }
}

/// Numbers written in digits (not parts of dates), with the word after them.
fn numbers(text: &str, times: &[story_core::TimeExpr]) -> Vec<(f64, String, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (matches!(chars[i], ',' | '.')
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            let in_time = times
                .iter()
                .any(|t| (start as u32) < t.end && (i as u32) > t.start);
            let raw: String = chars[start..i].iter().filter(|c| **c != ',').collect();
            if !in_time {
                if let Ok(v) = raw.parse::<f64>() {
                    let after: String = chars[i..]
                        .iter()
                        .collect::<String>()
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    out.push((v, raw, after));
                }
            }
        } else {
            i += 1;
        }
    }
    out
}

fn find_conflicts(
    docs: &[Document],
    units: &[Unit],
    members: &[usize],
    claim: &str,
    about: &str,
    like: &dyn Fn(usize, usize) -> f64,
    threshold: f64,
) -> Vec<Conflict> {
    let mut out = Vec::new();
    let side = |m: usize, value: String| ConflictSide {
        doc: docs[units[m].doc].id.clone(),
        sentence: units[m].sentence as u32,
        value,
    };
    let title = |m: usize| docs[units[m].doc].title.clone();
    // The key action's permanence.
    let temporary: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| units[m].action.iter().any(|a| a.0 == "temporary"))
        .collect();
    let finals: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| units[m].action.iter().any(|a| a.0 == "final"))
        .collect();
    let only = |list: &[usize], other: &str| -> Vec<usize> {
        list.iter()
            .copied()
            .filter(|&m| !units[m].action.iter().any(|a| a.0 == other))
            .collect()
    };
    let (t, f) = (only(&temporary, "final"), only(&finals, "temporary"));
    let t_docs: BTreeSet<usize> = t.iter().map(|&m| units[m].doc).collect();
    let f_docs: BTreeSet<usize> = f.iter().map(|&m| units[m].doc).collect();
    if !t.is_empty() && !f.is_empty() && t_docs != f_docs {
        let word = |m: usize| {
            units[m]
                .action
                .iter()
                .map(|a| a.1.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut sides: Vec<ConflictSide> = t
            .iter()
            .map(|&m| side(m, format!("temporary: {}", word(m))))
            .collect();
        sides.extend(f.iter().map(|&m| side(m, format!("final: {}", word(m)))));
        out.push(Conflict {
            kind: "action".into(),
            about: about.to_string(),
            claim: claim.to_string(),
            explanation: format!(
                "{} call the action temporary ({}); {} call it final ({}).",
                list_titles(t.iter().map(|&m| title(m))),
                t.iter().map(|&m| word(m)).collect::<Vec<_>>().join("; "),
                list_titles(f.iter().map(|&m| title(m))),
                f.iter().map(|&m| word(m)).collect::<Vec<_>>().join("; "),
            ),
            sides,
        });
    }
    // Numbers that count the same thing (same word after them) but differ.
    let mut by_unit: BTreeMap<String, Vec<(usize, f64, String)>> = BTreeMap::new();
    for &m in members {
        for (v, raw, unit) in &units[m].numbers {
            if !unit.is_empty() {
                by_unit
                    .entry(unit.clone())
                    .or_default()
                    .push((m, *v, raw.clone()));
            }
        }
    }
    for (unit, list) in by_unit {
        let values: BTreeSet<String> = list.iter().map(|x| x.2.clone()).collect();
        let docs_seen: BTreeSet<usize> = list.iter().map(|x| units[x.0].doc).collect();
        if values.len() < 2 || docs_seen.len() < 2 {
            continue;
        }
        // Rising with the publication date: a running count, not a contradiction.
        let mut by_date: Vec<(Option<String>, f64)> = list
            .iter()
            .map(|x| (docs[units[x.0].doc].published.clone(), x.1))
            .collect();
        by_date.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let dated = by_date.iter().all(|x| x.0.is_some());
        let rising = dated
            && by_date.windows(2).all(|w| w[1].1 >= w[0].1)
            && by_date.first().map(|x| &x.0) != by_date.last().map(|x| &x.0);
        out.push(Conflict {
            kind: if rising { "update" } else { "number" }.into(),
            about: about.to_string(),
            claim: claim.to_string(),
            explanation: if rising {
                format!(
                    "The count of “{unit}” rises with later reports: {}.",
                    values.into_iter().collect::<Vec<_>>().join(", then ")
                )
            } else {
                format!(
                    "The sources give different numbers of “{unit}”: {}.",
                    values.into_iter().collect::<Vec<_>>().join(" against ")
                )
            },
            sides: list
                .iter()
                .map(|(m, _, raw)| side(*m, format!("{raw} {unit}")))
                .collect(),
        });
    }
    // Dates of the same precision that differ.
    let mut by_len: BTreeMap<usize, Vec<(usize, String, String)>> = BTreeMap::new();
    for &m in members {
        for (v, text) in &units[m].dates {
            by_len
                .entry(v.len())
                .or_default()
                .push((m, v.clone(), text.clone()));
        }
    }
    for (_, list) in by_len {
        let values: BTreeSet<&str> = list.iter().map(|x| x.1.as_str()).collect();
        let per_doc: BTreeMap<usize, BTreeSet<&str>> =
            list.iter().fold(BTreeMap::new(), |mut acc, x| {
                acc.entry(units[x.0].doc).or_default().insert(x.1.as_str());
                acc
            });
        // A real disagreement: each document names one date, and the two dates do not overlap
        // (`July 2016` and `summer 2016` agree).
        let ranges: Vec<_> = values.iter().filter_map(|v| value_range(v)).collect();
        let disjoint =
            ranges.len() == 2 && (ranges[0].1 < ranges[1].0 || ranges[1].1 < ranges[0].0);
        // And the two statements are close (not two facts of a loose claim).
        let close = list.iter().any(|a| {
            list.iter()
                .any(|b| a.1 != b.1 && like(a.0, b.0) >= 2.0 * threshold)
        });
        if values.len() == 2
            && disjoint
            && close
            && per_doc.len() >= 2
            && per_doc.values().all(|v| v.len() == 1)
        {
            out.push(Conflict {
                kind: "date".into(),
                about: about.to_string(),
                claim: claim.to_string(),
                explanation: format!(
                    "The sources date it differently: {}.",
                    values.iter().copied().collect::<Vec<_>>().join(" against ")
                ),
                sides: list
                    .iter()
                    .map(|(m, _, text)| side(*m, text.clone()))
                    .collect(),
            });
        }
    }
    // Places and directions: two close statements (twice the claim threshold) of different
    // sources, each naming one place, or a change in one direction, and not the same.
    let close_pairs: Vec<(usize, usize)> = members
        .iter()
        .flat_map(|&a| members.iter().map(move |&b| (a, b)))
        .filter(|&(a, b)| a < b && units[a].doc != units[b].doc && like(a, b) >= 2.0 * threshold)
        .collect();
    // One conflict of each kind per claim, however many statements disagree: every statement
    // in a disagreeing close pair is a side.
    let dir = |m: usize| -> Option<(&'static str, String)> {
        let ups = units[m].direction.iter().filter(|d| d.0 == "up").count();
        let downs = units[m].direction.len() - ups;
        match (ups, downs) {
            (u, 0) if u > 0 => units[m].direction.first().cloned(),
            (0, d) if d > 0 => units[m].direction.first().cloned(),
            _ => None,
        }
    };
    let mut place_sides: BTreeSet<usize> = BTreeSet::new();
    let mut direction_sides: BTreeSet<usize> = BTreeSet::new();
    for &(a, b) in &close_pairs {
        if let ([pa], [pb]) = (units[a].places.as_slice(), units[b].places.as_slice()) {
            let (na, nb) = (pa.1.to_lowercase(), pb.1.to_lowercase());
            if pa.0 != pb.0 && !na.contains(&nb) && !nb.contains(&na) {
                place_sides.extend([a, b]);
            }
        }
        if let (Some(da), Some(db)) = (dir(a), dir(b)) {
            if da.0 != db.0 {
                direction_sides.extend([a, b]);
            }
        }
    }
    let place = |m: usize| {
        units[m]
            .places
            .first()
            .map(|p| p.1.clone())
            .unwrap_or_default()
    };
    if let Some(explanation) = disagreement(
        &place_sides,
        &title,
        &place,
        |ms| {
            format!(
                "“{}” places it in {}; “{}” in {}.",
                ms[0].0, ms[0].1, ms[1].0, ms[1].1
            )
        },
        "The sources place it differently",
    ) {
        out.push(Conflict {
            kind: "place".into(),
            about: about.to_string(),
            claim: claim.to_string(),
            explanation,
            sides: place_sides.iter().map(|&m| side(m, place(m))).collect(),
        });
    }
    let direction = |m: usize| dir(m).map(|d| d.1).unwrap_or_default();
    let named = |m: usize| {
        dir(m)
            .map(|d| format!("{} ({})", d.0, d.1))
            .unwrap_or_default()
    };
    if let Some(explanation) = disagreement(
        &direction_sides,
        &title,
        &named,
        |ms| {
            format!(
                "“{}” says it went {}; “{}” says {}.",
                ms[0].0, ms[0].1, ms[1].0, ms[1].1
            )
        },
        "The sources disagree on the direction",
    ) {
        out.push(Conflict {
            kind: "direction".into(),
            about: about.to_string(),
            claim: claim.to_string(),
            explanation,
            sides: direction_sides
                .iter()
                .map(|&m| side(m, direction(m)))
                .collect(),
        });
    }
    out
}

/// The explanation of a disagreement between `sides` (none for fewer than two): two sides in
/// `pair`'s words (short titles and values), more as the distinct values with how many
/// statements give each.
fn disagreement(
    sides: &BTreeSet<usize>,
    title: &dyn Fn(usize) -> String,
    value: &dyn Fn(usize) -> String,
    pair: impl Fn(&[(String, String)]) -> String,
    many: &str,
) -> Option<String> {
    let described: Vec<(String, String)> = sides
        .iter()
        .map(|&m| (shorten(&title(m), 6), value(m)))
        .collect();
    match described.len() {
        0 | 1 => None,
        2 => Some(pair(&described)),
        _ => {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for (_, v) in &described {
                *counts.entry(v.as_str()).or_default() += 1;
            }
            let listed: Vec<String> = counts
                .into_iter()
                .map(|(v, n)| {
                    format!(
                        "{v} ({n} {})",
                        if n == 1 { "statement" } else { "statements" }
                    )
                })
                .collect();
            Some(format!("{many}: {}.", listed.join(", ")))
        }
    }
}

fn list_titles(titles: impl Iterator<Item = String>) -> String {
    let mut v: Vec<String> = titles.map(|t| format!("“{}”", shorten(&t, 6))).collect();
    v.dedup();
    v.join(" and ")
}

#[cfg(test)]
mod tests;
