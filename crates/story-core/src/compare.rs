//! Source comparison: for chosen sources, what each states, omits or contradicts, claim by
//! claim; what one source alone says and what it leaves out that most others state.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::index::{Claim, Document, Index};

/// What a source does with a claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// It states it, in these sentences.
    States(Vec<u32>),
    /// It does not state it.
    Omits,
    /// It states it differently: these sentences, with the differing values.
    Contradicts(Vec<(u32, String)>),
}

impl Status {
    pub fn word(&self) -> &'static str {
        match self {
            Status::States(_) => "states",
            Status::Omits => "omits",
            Status::Contradicts(_) => "contradicts",
        }
    }
    pub fn symbol(&self) -> &'static str {
        match self {
            Status::States(_) => "●",
            Status::Omits => "○",
            Status::Contradicts(_) => "✕",
        }
    }
}

/// The status of document `doc` (id) for a claim. A source on a side of a conflict about the
/// claim contradicts it when its side is not the one most sources take (or when the sides
/// are even).
pub fn status(index: &Index, claim: &Claim, doc: &str) -> Status {
    let sentences: Vec<u32> = claim
        .mentions
        .iter()
        .filter(|m| m.doc == doc)
        .map(|m| m.sentence)
        .collect();
    for c in index.conflicts.iter().filter(|c| c.claim == claim.id) {
        // Sides by the part of their value before ':' (`temporary`, `final`) or the whole.
        let key = |v: &str| v.split(':').next().unwrap_or(v).trim().to_string();
        let mut by_value: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        for s in &c.sides {
            by_value
                .entry(key(&s.value))
                .or_default()
                .insert(s.doc.as_str());
        }
        let Some(mine) = c
            .sides
            .iter()
            .filter(|s| s.doc == doc)
            .map(|s| key(&s.value))
            .next()
        else {
            continue;
        };
        let best = by_value.values().map(BTreeSet::len).max().unwrap_or(0);
        let leaders = by_value.values().filter(|d| d.len() == best).count();
        let in_majority = by_value.get(&mine).is_some_and(|d| d.len() == best) && leaders == 1;
        if !in_majority && c.kind.is_contradiction() {
            return Status::Contradicts(
                c.sides
                    .iter()
                    .filter(|s| s.doc == doc)
                    .map(|s| (s.sentence, s.value.clone()))
                    .collect(),
            );
        }
    }
    if sentences.is_empty() {
        Status::Omits
    } else {
        Status::States(sentences)
    }
}

/// How many sources state (or contradict) a claim.
pub fn reach(claim: &Claim) -> usize {
    claim
        .mentions
        .iter()
        .map(|m| m.doc.as_str())
        .collect::<HashSet<_>>()
        .len()
}

/// What one source says that no claim shares, most telling first (sentences naming the most
/// entities, dates and numbers), at most `max`. `d` is the document with its text (a split
/// index's head has none).
pub fn only_in(index: &Index, d: &Document, max: usize) -> Vec<u32> {
    let doc = d.id.as_str();
    let shared: HashSet<u32> = index
        .claims
        .iter()
        .flat_map(|c| {
            c.mentions
                .iter()
                .filter(|m| m.doc == doc)
                .map(|m| m.sentence)
        })
        .collect();
    let mut named: BTreeMap<u32, usize> = BTreeMap::new();
    for e in &index.entities {
        for m in e.mentions.iter().filter(|m| m.doc == doc) {
            *named.entry(m.sentence).or_default() += 1;
        }
    }
    let mut scored: Vec<(usize, u32)> = d
        .sentences
        .iter()
        .enumerate()
        .filter(|(i, s)| !s.heading && !shared.contains(&(*i as u32)))
        .map(|(i, s)| {
            let digits = s
                .text
                .split_whitespace()
                .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
                .count();
            (
                named.get(&(i as u32)).copied().unwrap_or(0) + s.times.len() + digits,
                i as u32,
            )
        })
        .filter(|(score, _)| *score > 0)
        .collect();
    scored.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(max).map(|(_, i)| i).collect()
}

/// Claims that at least half of the other sources state but this one omits.
pub fn left_out<'a>(index: &'a Index, doc: &str) -> Vec<&'a Claim> {
    let others = index.documents.len().saturating_sub(1);
    index
        .claims
        .iter()
        .filter(|c| {
            let stating: HashSet<&str> = c
                .mentions
                .iter()
                .map(|m| m.doc.as_str())
                .filter(|d| *d != doc)
                .collect();
            others > 0
                && stating.len() * 2 >= others
                && stating.len() >= 2
                && !c.mentions.iter().any(|m| m.doc == doc)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{Conflict, ConflictKind, ConflictSide, Document, Sentence, SentenceRef};

    fn index() -> Index {
        let doc = |id: &str, n: usize| Document {
            id: id.into(),
            sentences: (0..n)
                .map(|i| Sentence {
                    text: format!("Sentence {i} of {id} in 2020."),
                    ..Sentence::default()
                })
                .collect(),
            ..Document::default()
        };
        let r = |d: &str, s: u32| SentenceRef {
            doc: d.into(),
            sentence: s,
        };
        let side = |d: &str, s: u32, v: &str| ConflictSide {
            doc: d.into(),
            sentence: s,
            value: v.into(),
        };
        Index {
            documents: vec![doc("a", 3), doc("b", 3), doc("c", 3), doc("d", 2)],
            claims: vec![
                Claim {
                    id: "c1".into(),
                    label: "x".into(),
                    mentions: vec![r("a", 0), r("b", 1), r("c", 0)],
                },
                Claim {
                    id: "c2".into(),
                    label: "y".into(),
                    mentions: vec![r("a", 1), r("b", 0)],
                },
            ],
            conflicts: vec![Conflict {
                kind: ConflictKind::Action,
                claim: "c1".into(),
                sides: vec![
                    side("a", 0, "temporary: suspended"),
                    side("b", 1, "temporary: paused"),
                    side("c", 0, "final: annulled"),
                ],
                ..Conflict::default()
            }],
            ..Index::default()
        }
    }

    #[test]
    fn states_omits_contradicts() {
        let ix = index();
        let c1 = &ix.claims[0];
        assert_eq!(status(&ix, c1, "a"), Status::States(vec![0]));
        assert_eq!(
            status(&ix, c1, "c"),
            Status::Contradicts(vec![(0, "final: annulled".into())])
        );
        assert_eq!(status(&ix, c1, "d"), Status::Omits);
        assert_eq!(status(&ix, &ix.claims[1], "c").word(), "omits");
        assert_eq!(reach(c1), 3);
    }

    #[test]
    fn unique_and_left_out() {
        let ix = index();
        let doc = |id: &str| ix.document(id).cloned().unwrap_or_default();
        assert_eq!(only_in(&ix, &doc("a"), 5), [2]);
        assert_eq!(only_in(&ix, &doc("d"), 1), [0]);
        assert!(only_in(&ix, &doc("nobody"), 5).is_empty());
        let out: Vec<&str> = left_out(&ix, "d").iter().map(|c| c.id.as_str()).collect();
        assert_eq!(out, ["c1", "c2"]);
        assert!(left_out(&ix, "a").is_empty());
    }
}
