//! Conflicts. Two families:
//!
//! - Quantities, across the corpus: statements of the same quantity (the same measure, unit
//!   and qualifiers, of the same counted thing, in the same place, of the same period) are
//!   compared as intervals. Figures that change from one publication day to a later one are
//!   an update, shown as the sequence of changes; figures of different sources on the same
//!   day that cannot both be true, in statements close enough to be about the same thing, are
//!   a contradiction. Anything less certain says nothing.
//! - Wording, within a claim: the key action in words of opposite permanence (`suspended`
//!   against `annulled`), different calendar dates at the same precision, different places,
//!   opposite directions, each between close statements of different sources.

use std::collections::{BTreeMap, BTreeSet};
use story_core::DocNo;

use story_core::time::value_range;
use story_core::{Conflict, ConflictKind, ConflictSide, Document};

use super::align::{context, overlap};
use super::quantity::Quantity;
use super::unit::Unit;

fn side(u: &Unit, value: String) -> ConflictSide {
    ConflictSide {
        doc: DocNo::at(u.doc),
        sentence: u.sentence as u32,
        value,
    }
}

/// Who says it: the outlet, else the document.
fn source(doc: &Document) -> &str {
    doc.source.as_deref().unwrap_or(&doc.id)
}

/// A short name of a document for explanations: its outlet, else its title.
fn name(doc: &Document) -> String {
    match &doc.source {
        Some(s) => s.clone(),
        None => format!("“{}”", shorten(&doc.title, 6)),
    }
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

/// Words that say a figure was revised (a running count that falls says so).
const REVISED: &[&str] = &[
    "revised",
    "revise",
    "lowered",
    "scaled back",
    "down from",
    "cut its",
    "corrected",
    "downgraded",
    "reduced",
];

/// Whether two figures of a running count are too far apart to be the count moving within a
/// day: the larger at least half as much again as the smaller.
fn far_apart(a: &Quantity, b: &Quantity) -> bool {
    let (low, high) = if a.high < b.low { (a, b) } else { (b, a) };
    high.low >= 1.5 * low.high
}

/// One statement of a quantity.
struct Statement<'a> {
    unit: usize,
    q: &'a Quantity,
    day: &'a str,
}

/// What a quantity is, as a key: measure, unit, qualifiers, counted thing, place, period.
type Key = (
    &'static str,
    String,
    Vec<&'static str>,
    Option<String>,
    Option<String>,
    Option<i32>,
);

/// The place a quantity is about: the place named nearest it (within 60 characters), or
/// the only place of the sentence.
fn place_of(u: &Unit, q: &Quantity, text: &str) -> Option<(String, String)> {
    let after: String = text.chars().skip(q.end as usize).take(30).collect();
    // `killed 149 people there`: the place is another sentence's.
    if after.contains("there") {
        return None;
    }
    // `64 cases in the United States`: a place right after `in` is its place; `13 in Suez`
    // with a name that is no known place has none of ours.
    // `91 US cases`: a place inside the figure's words.
    if let Some(p) = u.places.iter().find(|p| p.2 > q.start && p.2 < q.end) {
        return Some((p.0.clone(), p.1.clone()));
    }
    let words: Vec<&str> = after.split_whitespace().take(3).collect();
    if words.first() == Some(&"in") {
        let rest = words[1..]
            .iter()
            .find(|w| !w.eq_ignore_ascii_case("the"))
            .copied()
            .unwrap_or("");
        return u
            .places
            .iter()
            .find(|p| p.2 >= q.end && rest.starts_with(p.1.split_whitespace().next().unwrap_or("")))
            .map(|p| (p.0.clone(), p.1.clone()));
    }
    // Else a place just before the figure (`Mexico has confirmed 19 deaths`), within 30
    // characters, or the one place the clause names.
    if let [p] = u.places.as_slice() {
        return Some((p.0.clone(), p.1.clone()));
    }
    u.places
        .iter()
        .filter(|p| {
            p.2 < q.start && q.start - (p.2 + p.1.chars().count() as u32).min(q.start) <= 30
        })
        .max_by_key(|p| p.2)
        .map(|p| (p.0.clone(), p.1.clone()))
}

/// What is compared, in words: `The number of confirmed deaths in Mexico`.
fn about(q: &Quantity, place: Option<&str>, period: Option<i32>) -> String {
    let what = q.measure().map(|m| m.what).unwrap_or(q.measure);
    let mut out = what.to_string();
    if !q.qualifiers.is_empty() {
        // `the number of deaths` → `the number of confirmed deaths`.
        let qualifiers = q.qualifiers.join(" ");
        out = match out.rsplit_once(' ') {
            Some((head, last)) if out.starts_with("the number of") => {
                format!("{head} {qualifiers} {last}")
            }
            _ => format!("{out} ({qualifiers})"),
        };
    }
    if let Some(c) = &q.counted {
        out = format!("{out} among {c}");
    }
    if let Some(u) = q.unit.split('/').next().filter(|u| !u.is_empty()) {
        out = format!("{out}, in {u}");
    }
    if q.unit.ends_with("/day") {
        out.push_str(" a day");
    } else if q.unit.ends_with("/year") {
        out.push_str(" a year");
    }
    if let Some(p) = place {
        out = format!("{out} in {p}");
    }
    if let Some(y) = period {
        out = format!("{out} ({y})");
    }
    let mut c = out.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Conflicts between quantities stated across the corpus.
pub(super) fn quantities(docs: &[Document], units: &[Unit]) -> Vec<Conflict> {
    let mut groups: BTreeMap<Key, Vec<Statement>> = BTreeMap::new();
    let mut places: BTreeMap<Key, String> = BTreeMap::new();
    for (i, u) in units.iter().enumerate() {
        let doc = &docs[u.doc];
        let Some(day) = doc.published.as_deref() else {
            continue;
        };
        let year: Option<i32> = day.get(..4).and_then(|y| y.parse().ok());
        // A sentence about another year than its publication's (`the 1918 pandemic killed…`).
        let period = u.years.iter().copied().find(|y| Some(*y) != year);
        // A figure in a list of figures of its measure (`80 in Cairo, 36 in Alexandria`) or
        // in a supposition (`if …`) is too loose to compare.
        let text = &doc.sentences[u.sentence].text;
        if text
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("if"))
        {
            continue;
        }
        for q in &u.quantities {
            if u.quantities
                .iter()
                .filter(|o| o.measure == q.measure)
                .count()
                > 1
            {
                continue;
            }
            let place = place_of(u, q, text);
            let key: Key = (
                q.measure,
                q.unit.clone(),
                q.qualifiers.clone(),
                q.counted.clone(),
                place.as_ref().map(|p| p.0.clone()),
                period,
            );
            if let Some((_, name)) = &place {
                places.entry(key.clone()).or_insert_with(|| name.clone());
            }
            groups
                .entry(key)
                .or_default()
                .push(Statement { unit: i, q, day });
        }
    }
    let mut out = Vec::new();
    for (key, mut list) in groups {
        let days: BTreeSet<&str> = list.iter().map(|s| s.day).collect();
        if list.len() < 2 {
            continue;
        }
        list.sort_by(|a, b| {
            (a.day, units[a.unit].doc, units[a.unit].sentence).cmp(&(
                b.day,
                units[b.unit].doc,
                units[b.unit].sentence,
            ))
        });
        let first = list[0].q;
        let about = about(first, places.get(&key).map(String::as_str), key.5);
        // Contradictions: the same day, different sources, figures that cannot both hold (for
        // a running count, far apart: it also moves within a day), in statements about the
        // same thing (half their content concepts shared; more for a
        // running count, which also moves within a day).
        let running = first.measure().is_some_and(|m| m.running);
        let closeness = if running { 0.6 } else { 0.5 };
        // A running count of no place named is too loose to compare (cases of what, where?).
        let loose = running && key.4.is_none();
        for day in days.iter().filter(|_| !loose) {
            let today: Vec<&Statement> = list.iter().filter(|s| s.day == *day).collect();
            let mut sides: BTreeSet<usize> = BTreeSet::new();
            for (x, a) in today.iter().enumerate() {
                for b in &today[x + 1..] {
                    let (ua, ub) = (&units[a.unit], &units[b.unit]);
                    if source(&docs[ua.doc]) != source(&docs[ub.doc])
                        && !a.q.agrees(b.q)
                        && (!running || far_apart(a.q, b.q))
                        && context(ua, ub) >= closeness
                    {
                        sides.extend([a.unit, b.unit]);
                    }
                }
            }
            if sides.len() >= 2 {
                let chosen: Vec<&Statement> = today
                    .iter()
                    .copied()
                    .filter(|s| sides.contains(&s.unit))
                    .collect();
                let quoted: Vec<String> = chosen
                    .iter()
                    .map(|s| format!("{} “{}”", name(&docs[units[s.unit].doc]), s.q.figure))
                    .collect();
                out.push(Conflict {
                    kind: ConflictKind::Number,
                    about: about.clone(),
                    claim: String::new(),
                    explanation: format!("{about}, on {day}: {}.", quoted.join(" against ")),
                    sides: chosen
                        .iter()
                        .map(|s| side(&units[s.unit], s.q.figure.clone()))
                        .collect(),
                });
            }
        }
        // An update: the figure changes from one day to a later one. Each change is a step.
        if days.len() < 2 || loose {
            continue;
        }
        // A step is a later figure that differs, in a statement about the same thing as the
        // step before (half their content concepts shared, their figures aside).
        // A fixed property is compared more strictly: its later figures are more often of
        // another thing (an aftershock's magnitude).
        let step = if running { 0.5 } else { 0.6 };
        let mut steps: Vec<&Statement> = Vec::new();
        for s in &list {
            match steps.last() {
                Some(last) if last.q.agrees(s.q) || last.day == s.day => {}
                Some(last) if context(&units[last.unit], &units[s.unit]) < step => {}
                _ => steps.push(s),
            }
        }
        // A running count that falls without the text saying it was revised is no sequence
        // of one count (suspected deaths followed by confirmed ones, a country's cases by a
        // city's): say nothing.
        let unexplained_fall = running
            && steps.windows(2).any(|w| {
                let text = &docs[units[w[1].unit].doc].sentences[units[w[1].unit].sentence].text;
                w[1].q.high < w[0].q.low && !REVISED.iter().any(|r| text.to_lowercase().contains(r))
            });
        if steps.len() >= 2 && !unexplained_fall {
            let sequence: Vec<String> = steps
                .iter()
                .map(|s| {
                    format!(
                        "“{}” ({}, {})",
                        s.q.figure,
                        name(&docs[units[s.unit].doc]),
                        s.day
                    )
                })
                .collect();
            out.push(Conflict {
                kind: ConflictKind::Update,
                about: about.clone(),
                claim: String::new(),
                explanation: format!(
                    "{about} changes with later reports: {}.",
                    sequence.join(", then ")
                ),
                sides: steps
                    .iter()
                    .map(|s| side(&units[s.unit], s.q.figure.clone()))
                    .collect(),
            });
        }
    }
    out
}

/// The statements of one claim, for the conflicts of wording within it.
pub(super) struct ClaimSides<'a> {
    pub docs: &'a [Document],
    pub units: &'a [Unit],
    pub members: &'a [usize],
    pub threshold: f64,
}

impl ClaimSides<'_> {
    /// Pairs of statements of different sources (outlets) that share at least `factor`
    /// times the claim threshold (only different sources contradict each other) and whose
    /// `value`s (what each says of one kind, where it says something) are `apart`. Values
    /// are read once a statement: a claim of a wire sentence in many papers has thousands.
    fn pairs<V>(
        &self,
        factor: f64,
        value: impl Fn(usize) -> Option<V>,
        apart: impl Fn(&V, &V) -> bool,
    ) -> Vec<(usize, usize)> {
        let (docs, units) = (self.docs, self.units);
        let said: Vec<(usize, V)> = self
            .members
            .iter()
            .filter_map(|&m| Some((m, value(m)?)))
            .collect();
        let mut out = Vec::new();
        for (i, (a, x)) in said.iter().enumerate() {
            for (b, y) in &said[i + 1..] {
                if apart(x, y)
                    && source(&docs[units[*a].doc]) != source(&docs[units[*b].doc])
                    && overlap(&units[*a], &units[*b]) >= factor * self.threshold
                {
                    out.push((*a.min(b), *a.max(b)));
                }
            }
        }
        out
    }

    fn name(&self, m: usize) -> String {
        name(&self.docs[self.units[m].doc])
    }

    /// The key action's permanence: a claim's statements all name its key action, so any
    /// two that align (the claim threshold) compare; `temporary` words against `final` ones.
    fn action(&self) -> Option<(String, Vec<ConflictSide>)> {
        let units = self.units;
        let only = |m: usize, kind: &str| {
            let a = &units[m].action;
            !a.is_empty() && a.iter().all(|x| x.0 == kind)
        };
        let word = |m: usize| {
            units[m]
                .action
                .iter()
                .map(|a| a.1.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut temporary: BTreeSet<usize> = BTreeSet::new();
        let mut finals: BTreeSet<usize> = BTreeSet::new();
        let kinds = |m: usize| {
            (!units[m].action.is_empty()).then(|| (only(m, "temporary"), only(m, "final")))
        };
        let apart = |x: &(bool, bool), y: &(bool, bool)| (x.0 && y.1) || (x.1 && y.0);
        for (a, b) in self.pairs(1.0, kinds, apart) {
            for (x, y) in [(a, b), (b, a)] {
                if only(x, "temporary") && only(y, "final") {
                    temporary.insert(x);
                    finals.insert(y);
                }
            }
        }
        if temporary.is_empty() || finals.is_empty() {
            return None;
        }
        let list = |set: &BTreeSet<usize>| {
            let mut v: Vec<String> = set.iter().map(|&m| self.name(m)).collect();
            v.dedup();
            v.join(" and ")
        };
        let words =
            |set: &BTreeSet<usize>| set.iter().map(|&m| word(m)).collect::<Vec<_>>().join("; ");
        let mut sides: Vec<ConflictSide> = temporary
            .iter()
            .map(|&m| side(&units[m], format!("temporary: {}", word(m))))
            .collect();
        sides.extend(
            finals
                .iter()
                .map(|&m| side(&units[m], format!("final: {}", word(m)))),
        );
        let explanation = format!(
            "{} call the action temporary ({}); {} call it final ({}).",
            list(&temporary),
            words(&temporary),
            list(&finals),
            words(&finals)
        );
        Some((explanation, sides))
    }

    /// The one date a statement writes out (with a figure: not `Tuesday`, `yesterday`,
    /// which depend on the day of writing).
    fn one_date(&self, m: usize) -> Option<&(String, String)> {
        match self.units[m].dates.as_slice() {
            [d] if d.1.chars().any(|c| c.is_ascii_digit()) => Some(d),
            _ => None,
        }
    }

    /// Close statements (twice the threshold) dated at the same precision, disjoint.
    fn date_sides(&self) -> BTreeSet<usize> {
        // A date's precision (the length of its value) and the days it covers.
        let value = |m: usize| {
            self.one_date(m)
                .map(|d| (d.0.len(), value_range(&d.0).map(|r| (r.0, r.1))))
        };
        type Said = (
            usize,
            Option<(story_core::date::Date, story_core::date::Date)>,
        );
        let apart = |x: &Said, y: &Said| {
            x.0 == y.0 && matches!((x.1, y.1), (Some(r), Some(s)) if r.1 < s.0 || s.1 < r.0)
        };
        self.pairs(2.0, value, apart)
            .into_iter()
            .flat_map(|(a, b)| [a, b])
            .collect()
    }

    /// Near restatements (three times the threshold: a claim's looser statements name other
    /// places for other reasons) that each name one place, different ones, in the same role
    /// (the word before it, `the` aside: `in`, `to`).
    fn place_sides(&self) -> BTreeSet<usize> {
        let before = |m: usize, at: u32| -> String {
            let u = &self.units[m];
            let text = &self.docs[u.doc].sentences[u.sentence].text;
            let head: String = text.chars().take(at as usize).collect();
            head.split_whitespace()
                .rev()
                .find(|w| !w.eq_ignore_ascii_case("the"))
                .unwrap_or("")
                .to_lowercase()
        };
        // The place's entity, its name and its role.
        let value = |m: usize| match self.units[m].places.as_slice() {
            [p] => Some((p.0.as_str(), p.1.to_lowercase(), before(m, p.2))),
            _ => None,
        };
        let apart = |x: &(&str, String, String), y: &(&str, String, String)| {
            x.0 != y.0 && !x.1.contains(&y.1) && !y.1.contains(&x.1) && x.2 == y.2
        };
        self.pairs(3.0, value, apart)
            .into_iter()
            .flat_map(|(a, b)| [a, b])
            .collect()
    }

    /// The one direction a statement gives (`up`, `down`), with its word.
    fn direction(&self, m: usize) -> Option<(&'static str, String)> {
        let d = &self.units[m].direction;
        let first = d.first()?;
        d.iter().all(|x| x.0 == first.0).then(|| first.clone())
    }

    /// Close statements (twice the threshold) that go in opposite directions.
    fn direction_sides(&self) -> BTreeSet<usize> {
        let value = |m: usize| self.direction(m).map(|d| d.0);
        self.pairs(2.0, value, |x, y| x != y)
            .into_iter()
            .flat_map(|(a, b)| [a, b])
            .collect()
    }
}

/// A kind of difference: its sides, each side's value, and the verb that says it.
type Difference<'a> = (
    ConflictKind,
    BTreeSet<usize>,
    &'a dyn Fn(usize) -> String,
    &'a str,
);

/// Conflicts of wording within one claim: `claim` its id and `about` its label.
pub(super) fn wording(c: &ClaimSides, claim: &str, about: &str) -> Vec<Conflict> {
    let conflict = |kind, explanation, sides| Conflict {
        kind,
        about: about.to_string(),
        claim: claim.to_string(),
        explanation,
        sides,
    };
    let mut out = Vec::new();
    if let Some((explanation, sides)) = c.action() {
        out.push(conflict(ConflictKind::Action, explanation, sides));
    }
    let date = |m: usize| c.one_date(m).map(|d| d.1.clone()).unwrap_or_default();
    let place = |m: usize| {
        c.units[m]
            .places
            .first()
            .map(|p| p.1.clone())
            .unwrap_or_default()
    };
    let direction = |m: usize| {
        c.direction(m)
            .map(|d| format!("{} ({})", d.0, d.1))
            .unwrap_or_default()
    };
    let kinds: [Difference; 3] = [
        (ConflictKind::Date, c.date_sides(), &date, "dates it"),
        (ConflictKind::Place, c.place_sides(), &place, "places it in"),
        (
            ConflictKind::Direction,
            c.direction_sides(),
            &direction,
            "says it went",
        ),
    ];
    for (kind, set, value, verb) in kinds {
        if set.len() < 2 {
            continue;
        }
        let said: Vec<String> = set
            .iter()
            .map(|&m| format!("{} {verb} {}", c.name(m), value(m)))
            .collect();
        out.push(conflict(
            kind,
            format!("{}: {}.", about.trim_end_matches('.'), said.join("; ")),
            set.iter().map(|&m| side(&c.units[m], value(m))).collect(),
        ));
    }
    out
}
