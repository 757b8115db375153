//! Events: what happened when, clustered across documents.
//!
//! Every DATE expression that names a calendar time (not `now`, not a duration) is a mention
//! of something that happened then. Its context is the part of the sentence around it (up to
//! the neighbouring time expressions): the content words, stemmed, and the entities named
//! there. Mentions join into one event when their times overlap and their contexts are alike
//! enough; the more the granularities differ (`1998` and `the 1970s`), the more alike they
//! must be. An event's time is that of its most precise mention; its label is the part of
//! its most typical mention that the others share.

use std::collections::{BTreeMap, HashMap, HashSet};

use story_core::date::Date;
use story_core::time::{value_range, Granularity};
use story_core::{Document, Entity, Event, Mention, TimexType};

use crate::text::Words;

/// The knobs of the clustering; [`Params::default`] holds the values measured best on the
/// annotated cases (see `docs/quality.md`).
#[derive(Clone, Copy, Debug)]
pub struct Params {
    /// Scales every likeness threshold.
    pub scale: f64,
    /// Extra likeness asked for each step of granularity between two mentions.
    pub per_granularity_step: f64,
    /// Share of the threshold asked of two mentions of the very same time.
    pub same_time_factor: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            scale: 0.4,
            per_granularity_step: 0.03,
            same_time_factor: 0.6,
        }
    }
}
/// How alike, on average, two groups must be, as a share of their most alike pair.
const GROUP_COHESION: f64 = 0.5;

/// An entity named in a sentence: its id and span (chars).
type NameSpan<'a> = (&'a str, u32, u32);

struct Candidate {
    doc: usize,
    sentence: usize,
    /// The time expression as written, its span (chars) and its range.
    text: String,
    start_char: u32,
    end_char: u32,
    /// The range used to match other mentions (widened when approximate).
    from: Date,
    to: Date,
    /// The range the expression itself names.
    shown: (Date, Date),
    approximate: bool,
    granularity: Granularity,
    /// Stems and entity ids (`@id`) of the context, weighted by nearness to the expression.
    /// Ordered, so that sums over them (likeness) come out the same on every run.
    features: BTreeMap<String, f64>,
    /// The context before and after the expression (its preposition left out): for labels.
    before: String,
    after: String,
}

/// How alike two mentions must be to be one event: the coarser their times, the more.
fn threshold(g: Granularity) -> f64 {
    match g {
        Granularity::Day | Granularity::Week => 0.10,
        Granularity::Month => 0.14,
        Granularity::Season | Granularity::Quarter => 0.18,
        Granularity::Year => 0.24,
        Granularity::Decade | Granularity::Century => 0.30,
    }
}

/// Prepositions that introduce a time expression: left out of the context.
const TIME_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "since", "by", "during", "of", "from", "until", "till", "before", "after",
    "around", "about", "circa",
];

/// Finds the events of a corpus.
pub fn extract(docs: &[Document], entities: &[Entity]) -> Vec<Event> {
    extract_with(docs, entities, &Params::default())
}

/// [`extract`] with other knobs, for measuring them.
pub fn extract_with(docs: &[Document], entities: &[Entity], params: &Params) -> Vec<Event> {
    let words = Words::shared();
    // Entities by sentence, with their spans.
    let mut entity_at: HashMap<(&str, u32), Vec<NameSpan>> = HashMap::new();
    for e in entities {
        for m in &e.mentions {
            entity_at
                .entry((m.doc.as_str(), m.sentence))
                .or_default()
                .push((e.id.as_str(), m.start, m.end));
        }
    }
    let name_words: HashMap<&str, Vec<String>> = entities
        .iter()
        .map(|e| {
            let mut ws: Vec<String> = std::iter::once(&e.name)
                .chain(&e.aliases)
                .flat_map(|n| n.split_whitespace())
                .map(|w| match w {
                    "St." => "saint".to_string(),
                    w => words.stem(w.trim_matches(|c: char| !c.is_alphanumeric())),
                })
                .filter(|w| w.len() > 2)
                .collect();
            ws.sort();
            ws.dedup();
            (e.id.as_str(), ws)
        })
        .collect();
    let mut cands: Vec<Candidate> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (i, s) in doc.sentences.iter().enumerate() {
            if s.heading {
                continue;
            }
            let dates: Vec<_> = s
                .times
                .iter()
                .filter(|t| t.kind == TimexType::Date)
                .filter(|t| !(t.approximate && is_deictic(&t.text)))
                .filter(|t| t.value.as_deref().and_then(value_range).is_some())
                .collect();
            let chars: Vec<(usize, char)> = s.text.char_indices().collect();
            let byte = |c: u32| chars.get(c as usize).map_or(s.text.len(), |(b, _)| *b);
            // Coordinated dates (`in 2012 and again in 2016`) share one context.
            let mut groups: Vec<(usize, usize)> = Vec::new();
            for k in 0..dates.len() {
                let joined = k > 0 && {
                    let between = &s.text[byte(dates[k - 1].end)..byte(dates[k].start)];
                    is_coordination(between)
                };
                match groups.last_mut() {
                    Some(g) if joined => g.1 = k,
                    _ => groups.push((k, k)),
                }
            }
            for (g, &(first, last)) in groups.iter().enumerate() {
                // The context: from the previous group (or clause break) to the next one.
                let lo = if g > 0 {
                    byte(dates[groups[g - 1].1].end)
                } else {
                    0
                };
                let hi = groups
                    .get(g + 1)
                    .map_or(s.text.len(), |n| byte(dates[n.0].start));
                let (gs, ge) = (byte(dates[first].start), byte(dates[last].end));
                let lo = clause_start(&s.text, lo, gs);
                let hi = clause_end(&s.text, ge, hi);
                let before = strip_trailing_preposition(&s.text[lo..gs]);
                let after = s.text[ge..hi].to_string();
                let mut features: BTreeMap<String, f64> = BTreeMap::new();
                let (lo_c, hi_c) = (
                    s.text[..lo].chars().count() as u32,
                    s.text[..hi].chars().count() as u32,
                );
                // Words of entity names count as their entity, not as words.
                let named = entity_at.get(&(doc.id.as_str(), i as u32));
                let in_name = |from: usize, to: usize| {
                    let (a, b) = (
                        s.text[..from].chars().count() as u32,
                        s.text[..to].chars().count() as u32,
                    );
                    named
                        .into_iter()
                        .flatten()
                        .any(|(_, x, y)| a < *y && *x < b)
                };
                let left: Vec<_> = words
                    .content(&s.text[lo..gs])
                    .into_iter()
                    .filter(|w| !in_name(lo + w.start, lo + w.end))
                    .collect();
                let n_left = left.len();
                for (k, w) in left.into_iter().enumerate() {
                    add(&mut features, w.concept, nearness(n_left - k));
                }
                let right = words
                    .content(&s.text[ge..hi])
                    .into_iter()
                    .filter(|w| !in_name(ge + w.start, ge + w.end));
                for (k, w) in right.enumerate() {
                    add(&mut features, w.concept, nearness(k + 1));
                }
                for (id, a, b) in entity_at
                    .get(&(doc.id.as_str(), i as u32))
                    .into_iter()
                    .flatten()
                {
                    if *a < hi_c && *b > lo_c {
                        add(&mut features, format!("@{id}"), 1.5);
                        // The words of its name too: `St. Petersburg Economic Forum` and
                        // `Saint Petersburg` share `petersburg`.
                        for w in name_words.get(id).into_iter().flatten() {
                            add(&mut features, format!("#{w}"), 0.75);
                        }
                    }
                }
                for t in &dates[first..=last] {
                    let Some((mut from, mut to, granularity)) =
                        t.value.as_deref().and_then(value_range)
                    else {
                        continue;
                    };
                    // `late 2016`, `early March`: the part of the range the modifier names.
                    (from, to) = narrow(from, to, t.modifier.as_deref());
                    let shown = (from, to);
                    // Resolved against a guessed publication date: only roughly right, so
                    // allowed to meet mentions up to a week away.
                    if t.approximate {
                        from = from.add_days(-7).unwrap_or(from);
                        to = to.add_days(7).unwrap_or(to);
                    }
                    cands.push(Candidate {
                        doc: d,
                        sentence: i,
                        text: t.text.clone(),
                        start_char: t.start,
                        end_char: t.end,
                        from,
                        to,
                        shown,
                        approximate: t.approximate,
                        granularity,
                        features: features.clone(),
                        before: before.clone(),
                        after: after.clone(),
                    });
                }
            }
        }
    }

    // Words and entities found in many contexts say little (inverse document frequency).
    let mut df: HashMap<String, f64> = HashMap::new();
    for c in &cands {
        for k in c.features.keys() {
            *df.entry(k.clone()).or_default() += 1.0;
        }
    }
    let n = cands.len().max(1) as f64;
    for c in cands.iter_mut() {
        for (k, w) in c.features.iter_mut() {
            *w *= ((n + 1.0) / df.get(k).copied().unwrap_or(1.0)).ln();
        }
    }

    // Constrained single-link clustering over pairs of mentions whose times overlap and whose
    // contexts are alike enough.
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    let mut by_start: Vec<usize> = (0..cands.len()).collect();
    by_start.sort_by_key(|&i| cands[i].from);
    for (k, &i) in by_start.iter().enumerate() {
        for &j in &by_start[k + 1..] {
            let (a, b) = (&cands[i], &cands[j]);
            if b.from > a.to {
                break;
            }
            if b.to < a.from {
                continue;
            }
            let sim = cosine(&a.features, &b.features);
            let steps = (a.granularity as i32 - b.granularity as i32).unsigned_abs() as f64;
            // The very same time asks for less: in one story, the same year with the same
            // words is most likely the same happening.
            let needed = if a.from == b.from && a.to == b.to {
                threshold(a.granularity) * params.scale * params.same_time_factor
            } else {
                threshold(a.granularity.max(b.granularity)) * params.scale
                    + params.per_granularity_step * steps
            };
            if sim >= needed {
                pairs.push((sim, i, j));
            }
        }
    }
    // Groups join only while the times of all their mentions still overlap (so `2019`
    // cannot chain `August 2019` to `December 2019`).
    let groups = crate::cluster::link(
        cands.len(),
        pairs,
        |a, b| cosine(&cands[a].features, &cands[b].features),
        GROUP_COHESION,
        |a, b| {
            let from = a.iter().chain(b).map(|&i| cands[i].from).max();
            let to = a.iter().chain(b).map(|&i| cands[i].to).min();
            from <= to
        },
    );
    let clusters: Vec<Vec<usize>> = groups
        .into_iter()
        .map(|mut members| {
            // The most precise mention first: it gives the event its time.
            members.sort_by_key(|&m| {
                let c = &cands[m];
                (c.granularity, c.approximate, c.from, c.doc, c.sentence)
            });
            members
        })
        .collect();

    let mut events: Vec<Event> = clusters
        .iter()
        .map(|members| make_event(docs, &cands, members))
        .collect();
    events.sort_by(|a, b| (&a.start, &a.end, &a.label).cmp(&(&b.start, &b.end, &b.label)));
    for (n, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", n + 1);
    }
    events
}

/// The first, middle or last third of a range, for TIMEX3 `START`, `MID` and `END`.
fn narrow(from: Date, to: Date, modifier: Option<&str>) -> (Date, Date) {
    let days = to.to_days() - from.to_days() + 1;
    if days < 3 {
        return (from, to);
    }
    let third = days / 3;
    let at = |d: i64| from.add_days(d).unwrap_or(from);
    match modifier {
        Some("START") => (from, at(third - 1)),
        Some("MID") => (at(third), at(days - third - 1)),
        Some("END") => (at(days - third), to),
        _ => (from, to),
    }
}

fn add(features: &mut BTreeMap<String, f64>, key: String, weight: f64) {
    let w = features.entry(key).or_insert(0.0);
    *w = w.max(weight);
}

/// Weight of a word `distance` content words away from the time expression.
fn nearness(distance: usize) -> f64 {
    1.0 / (1.0 + distance as f64 / 6.0)
}

/// Text between two dates that only joins them: `and`, `or`, `, `, `and again in`.
fn is_coordination(between: &str) -> bool {
    let words: Vec<String> = between
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() <= 4
        && words.iter().any(|w| w == "and" || w == "or" || w == "to")
        && words.iter().all(|w| {
            matches!(w.as_str(), "and" | "or" | "to" | "again" | "also" | "then")
                || TIME_PREPOSITIONS.contains(&w.as_str())
        })
}

/// Clause breaks: a context does not reach across them.
const CLAUSE_BREAKS: &[&str] = &[
    ", and ",
    "; ",
    ", but ",
    ", while ",
    ", whereas ",
    " — ",
    ": ",
];

/// Where the clause holding `at` starts, at or after `lo`.
fn clause_start(text: &str, lo: usize, at: usize) -> usize {
    CLAUSE_BREAKS
        .iter()
        .filter_map(|b| text[lo..at].rfind(b).map(|p| lo + p + b.len()))
        .max()
        .unwrap_or(lo)
}

/// Where the clause holding `at` ends, at or before `hi`.
fn clause_end(text: &str, at: usize, hi: usize) -> usize {
    CLAUSE_BREAKS
        .iter()
        .filter_map(|b| text[at..hi].find(b).map(|p| at + p))
        .min()
        .unwrap_or(hi)
}

fn strip_trailing_preposition(before: &str) -> String {
    let t = before.trim_end();
    match t.rsplit_once(char::is_whitespace) {
        Some((head, last)) if TIME_PREPOSITIONS.contains(&last.to_lowercase().as_str()) => {
            head.to_string()
        }
        None if TIME_PREPOSITIONS.contains(&t.to_lowercase().as_str()) => String::new(),
        _ => t.to_string(),
    }
}

fn is_deictic(text: &str) -> bool {
    matches!(
        text.to_lowercase().as_str(),
        "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "this morning"
            | "this afternoon"
            | "this evening"
    )
}

fn cosine(a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>) -> f64 {
    let dot: f64 = a.iter().filter_map(|(k, x)| b.get(k).map(|y| x * y)).sum();
    let norm = |m: &BTreeMap<String, f64>| m.values().map(|x| x * x).sum::<f64>().sqrt();
    let n = norm(a) * norm(b);
    if n == 0.0 {
        0.0
    } else {
        dot / n
    }
}

fn make_event(docs: &[Document], cands: &[Candidate], members: &[usize]) -> Event {
    let head = &cands[members[0]];
    // Features that at least two mentions share (all of them for a single mention).
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for &m in members {
        for f in cands[m].features.keys() {
            *counts.entry(f.as_str()).or_default() += 1;
        }
    }
    let shared: HashSet<&str> = counts
        .iter()
        .filter(|(_, c)| members.len() == 1 || **c >= 2)
        .map(|(f, _)| *f)
        .collect();
    // The label: of each mention's clause, the one that says most of what the mentions
    // share; ties go to the clause with more words before its time (a subject and verb).
    let words = Words::shared();
    let label = members
        .iter()
        .map(|&m| {
            let c = &cands[m];
            let text = label(&c.before, &c.after);
            let said: HashSet<String> = words
                .content(&text)
                .into_iter()
                .map(|w| w.concept)
                .collect();
            let score = said.iter().filter(|w| shared.contains(w.as_str())).count();
            (
                score,
                c.before.split_whitespace().count().min(6),
                std::cmp::Reverse(m),
                text,
            )
        })
        .max()
        .map(|(_, _, _, text)| text)
        .unwrap_or_default();
    let mut entity_counts: BTreeMap<String, usize> = BTreeMap::new();
    for &m in members {
        for f in cands[m].features.keys() {
            if let Some(id) = f.strip_prefix('@') {
                *entity_counts.entry(id.to_string()).or_default() += 1;
            }
        }
    }
    let mut entities: Vec<(String, usize)> = entity_counts.into_iter().collect();
    entities.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut mentions: Vec<Mention> = members
        .iter()
        .map(|&m| {
            let c = &cands[m];
            Mention {
                doc: docs[c.doc].id.clone(),
                sentence: c.sentence as u32,
                text: c.text.clone(),
                start: c.start_char,
                end: c.end_char,
            }
        })
        .collect();
    mentions.sort_by(|a, b| (&a.doc, a.sentence, a.start).cmp(&(&b.doc, b.sentence, b.start)));
    mentions.dedup();
    Event {
        id: String::new(),
        label,
        start: head.shown.0.to_string(),
        end: head.shown.1.to_string(),
        granularity: head.granularity.as_str().to_string(),
        entities: entities.into_iter().map(|(id, _)| id).collect(),
        mentions,
    }
}

/// A short label: the words of the typical mention's clause around its time expression, up
/// to seven before it and twelve in all.
fn label(before: &str, after: &str) -> String {
    const BEFORE: usize = 10;
    const ALL: usize = 14;
    let left: Vec<&str> = before.split_whitespace().collect();
    let left = &left[left.len().saturating_sub(BEFORE)..];
    let right: Vec<&str> = after.split_whitespace().take(ALL - left.len()).collect();
    // Punctuation right after the time expression stays attached to the word before it.
    let mut window: Vec<String> = left.iter().map(|w| w.to_string()).collect();
    for w in right {
        match (
            window.last_mut(),
            w.starts_with([',', ';', ':', '.', ')', '”']),
        ) {
            (Some(last), true) => last.push_str(w),
            _ => window.push(w.to_string()),
        }
    }
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    const DANGLING: &[&str] = &[
        "in",
        "on",
        "at",
        "since",
        "by",
        "of",
        "the",
        "a",
        "an",
        "and",
        "for",
        "to",
        "from",
        "until",
        "during",
        "with",
        "that",
        "which",
        "as",
        "its",
        "their",
        "his",
        "her",
        "but",
        "when",
        "who",
        "while",
        "after",
        "before",
        "over",
        "following",
    ];
    while window
        .last()
        .is_some_and(|w| DANGLING.contains(&bare(w).as_str()) || bare(w).is_empty())
    {
        window.pop();
    }
    while window.first().is_some_and(|w| bare(w).is_empty()) {
        window.remove(0);
    }
    if let Some(last) = window.last_mut() {
        let trimmed = last.trim_end_matches([',', ';', ':', '—', '–']).len();
        last.truncate(trimmed);
    }
    let text = window.join(" ");
    let text = text.trim_matches(|c: char| {
        matches!(c, ',' | ';' | ':' | '.' | '—' | '–' | '-' | ' ' | '(' | ')')
    });
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => "Untitled event".to_string(),
    }
}

#[cfg(test)]
mod tests;
