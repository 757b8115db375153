//! Source comparison: for chosen sources, what each states, omits or contradicts, claim by
//! claim; what one source alone says and what it leaves out that most others state. A
//! source is a [`Unit`]: an outlet's articles together, or one document.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::index::{Claim, DocNo, Document, Index};
use crate::outlet::{Outlets, Unit};

/// What a source does with a claim, without the sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    States,
    Omits,
    Contradicts,
}

impl Mark {
    pub fn word(self) -> &'static str {
        match self {
            Mark::States => "states",
            Mark::Omits => "omits",
            Mark::Contradicts => "contradicts",
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::States => "●",
            Mark::Omits => "○",
            Mark::Contradicts => "✕",
        }
    }
}

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
    pub fn mark(&self) -> Mark {
        match self {
            Status::States(_) => Mark::States,
            Status::Omits => Mark::Omits,
            Status::Contradicts(_) => Mark::Contradicts,
        }
    }
    pub fn word(&self) -> &'static str {
        self.mark().word()
    }
    pub fn symbol(&self) -> &'static str {
        self.mark().symbol()
    }
    /// The first sentence it points at.
    pub fn first(&self) -> Option<u32> {
        match self {
            Status::States(ss) => ss.first().copied(),
            Status::Contradicts(ss) => ss.first().map(|x| x.0),
            Status::Omits => None,
        }
    }
}

/// What a source does with a claim: each of its documents that states or contradicts it
/// (by number, with how), and the source's mark: contradicts when any of them does, states
/// when any states, omits when none does either.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitStatus {
    pub mark: Mark,
    pub said: Vec<(usize, Status)>,
}

/// The status of a source (an outlet's articles, or one document) for a claim.
pub fn unit_status(index: &Index, outlets: &Outlets, claim: &Claim, unit: Unit) -> UnitStatus {
    // Only documents that mention the claim or stand on a side of its conflicts can say
    // anything of it.
    // (Sets here are filled by `extend`, which inserts one by one: `collect` sorts first,
    // one more copy of a sort in the page for each element type.)
    let mut involved: BTreeSet<DocNo> = BTreeSet::new();
    involved.extend(
        claim.mentions.iter().map(|m| m.doc).chain(
            index
                .conflicts
                .iter()
                .filter(|c| c.claim == claim.id)
                .flat_map(|c| c.sides.iter().map(|s| s.doc)),
        ),
    );
    let said: Vec<(usize, Status)> = outlets
        .docs(unit)
        .into_iter()
        .filter_map(|d| {
            if !involved.contains(&DocNo::at(d)) {
                return None;
            }
            let st = status(index, claim, DocNo::at(d));
            (st != Status::Omits).then_some((d, st))
        })
        .collect();
    let mark = if said.iter().any(|(_, s)| s.mark() == Mark::Contradicts) {
        Mark::Contradicts
    } else if said.is_empty() {
        Mark::Omits
    } else {
        Mark::States
    };
    UnitStatus { mark, said }
}

/// The sources (outlets, or documents naming none) that state a claim.
fn stating(index: &Index, outlets: &Outlets, claim: &Claim) -> BTreeSet<Unit> {
    let mut units = BTreeSet::new();
    units.extend(
        claim
            .mentions
            .iter()
            .filter(|m| m.doc.index() < index.documents.len())
            .map(|m| outlets.unit_of(m.doc.index())),
    );
    units
}

/// How many sources state (or contradict) a claim, an outlet counting once.
pub fn unit_reach(index: &Index, outlets: &Outlets, claim: &Claim) -> usize {
    stating(index, outlets, claim).len()
}

/// The status of document `doc` for a claim. A source on a side of a conflict about the
/// claim contradicts it when its side is not the one most sources take (or when the sides
/// are even).
pub fn status(index: &Index, claim: &Claim, doc: DocNo) -> Status {
    let sentences: Vec<u32> = claim
        .mentions
        .iter()
        .filter(|m| m.doc == doc)
        .map(|m| m.sentence)
        .collect();
    for c in index.conflicts.iter().filter(|c| c.claim == claim.id) {
        // Sides by the part of their value before ':' (`temporary`, `final`) or the whole.
        let key = |v: &str| v.split(':').next().unwrap_or(v).trim().to_string();
        let mut by_value: BTreeMap<String, BTreeSet<DocNo>> = BTreeMap::new();
        for s in &c.sides {
            by_value.entry(key(&s.value)).or_default().insert(s.doc);
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
        .map(|m| m.doc)
        .collect::<HashSet<_>>()
        .len()
}

/// What one source says that no other source shares (an article chosen on its own is
/// measured against the sources other than its outlet), most telling first (sentences naming
/// the most entities, dates and numbers), at most `max`, as (document number, sentence).
/// `docs` are the source's documents with their text (a split index's head has none).
pub fn only_in(
    index: &Index,
    outlets: &Outlets,
    unit: Unit,
    docs: &[(usize, &Document)],
    max: usize,
) -> Vec<(usize, u32)> {
    let mine: HashSet<DocNo> = docs.iter().map(|&(n, _)| DocNo::at(n)).collect();
    let home = outlets.home(unit);
    // Sentences of a claim that another source states too.
    let shared: HashSet<(DocNo, u32)> = index
        .claims
        .iter()
        .filter(|c| stating(index, outlets, c).iter().any(|u| *u != home))
        .flat_map(|c| {
            c.mentions
                .iter()
                .filter(|m| mine.contains(&m.doc))
                .map(|m| (m.doc, m.sentence))
        })
        .collect();
    let mut named: HashMap<(DocNo, u32), usize> = HashMap::new();
    for e in &index.entities {
        for m in e.mentions.iter().filter(|m| mine.contains(&m.doc)) {
            *named.entry((m.doc, m.sentence)).or_default() += 1;
        }
    }
    let mut scored: Vec<(usize, usize, u32)> = docs
        .iter()
        .flat_map(|&(n, d)| {
            let shared = &shared;
            let named = &named;
            let no = DocNo::at(n);
            d.sentences
                .iter()
                .enumerate()
                .filter(move |(i, s)| !s.heading && !shared.contains(&(no, *i as u32)))
                .map(move |(i, s)| {
                    let digits = s
                        .text
                        .split_whitespace()
                        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
                        .count();
                    let names = named.get(&(no, i as u32)).copied().unwrap_or(0);
                    (names + s.times.len() + digits, n, i as u32)
                })
        })
        .filter(|(score, _, _)| *score > 0)
        .collect();
    crate::order::sort_by(&mut scored, |a, b| {
        b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    scored
        .into_iter()
        .take(max)
        .map(|(_, d, i)| (d, i))
        .collect()
}

/// Claims that at least half of the other sources (and at least two) state but this one
/// omits, those the most sources state first (then in the index's order).
pub fn left_out<'a>(index: &'a Index, outlets: &Outlets, unit: Unit) -> Vec<&'a Claim> {
    let others = outlets.units().len().saturating_sub(1);
    let home = outlets.home(unit);
    let mine: HashSet<DocNo> = outlets.docs(unit).into_iter().map(DocNo::at).collect();
    let mut out: Vec<(usize, usize, &Claim)> = index
        .claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let n = stating(index, outlets, c)
                .iter()
                .filter(|u| **u != home)
                .count();
            (others > 0
                && n * 2 >= others
                && n >= 2
                && !c.mentions.iter().any(|m| mine.contains(&m.doc)))
            .then_some((n, i, c))
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    out.into_iter().map(|(_, _, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{Conflict, ConflictKind, ConflictSide, Document, Sentence, SentenceRef};
    use crate::outlet::{Outlets, Unit};

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
            doc: no(d),
            sentence: s,
        };
        let side = |d: &str, s: u32, v: &str| ConflictSide {
            doc: no(d),
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

    /// The number of test document `a`, `b`, … (they come in that order).
    fn no(id: &str) -> DocNo {
        DocNo(u32::from(id.as_bytes()[0] - b'a'))
    }

    #[test]
    fn states_omits_contradicts() {
        let ix = index();
        let c1 = &ix.claims[0];
        assert_eq!(status(&ix, c1, no("a")), Status::States(vec![0]));
        assert_eq!(
            status(&ix, c1, no("c")),
            Status::Contradicts(vec![(0, "final: annulled".into())])
        );
        assert_eq!(status(&ix, c1, no("d")), Status::Omits);
        assert_eq!(status(&ix, &ix.claims[1], no("c")).word(), "omits");
        assert_eq!(reach(c1), 3);
    }

    #[test]
    fn unique_and_left_out() {
        let ix = index();
        let outlets = Outlets::new(&ix);
        let only = |d: usize, max: usize| {
            only_in(&ix, &outlets, Unit::Doc(d), &[(d, &ix.documents[d])], max)
        };
        assert_eq!(only(0, 5), [(0, 2)]);
        assert_eq!(only(3, 1), [(3, 0)]);
        let out = |u: Unit| -> Vec<&str> {
            left_out(&ix, &outlets, u)
                .iter()
                .map(|c| c.id.as_str())
                .collect()
        };
        assert_eq!(out(Unit::Doc(3)), ["c1", "c2"]);
        assert!(out(Unit::Doc(0)).is_empty());
        // Those the most sources state come first, wherever the index has them.
        let mut ix = index();
        ix.claims.reverse();
        let out: Vec<&str> = left_out(&ix, &outlets, Unit::Doc(3))
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(out, ["c1", "c2"]);
    }

    /// The same documents from two outlets (a and b from one, c from another) and one that
    /// names none (d).
    fn with_outlets() -> Index {
        let mut ix = index();
        for (d, name) in ix.documents.iter_mut().zip(["Wire", "wire", "The Post"]) {
            d.source = Some(name.into());
        }
        ix
    }

    #[test]
    fn sources_are_outlets() {
        let ix = with_outlets();
        let outlets = Outlets::new(&ix);
        let (wire, post) = (Unit::Outlet(0), Unit::Outlet(1));
        assert_eq!(outlets.units(), [wire, post, Unit::Doc(3)]);
        // c1 is stated by a and b (the wire) and contradicted by c (the post).
        let c1 = &ix.claims[0];
        let st = unit_status(&ix, &outlets, c1, wire);
        assert_eq!(st.mark, Mark::States);
        assert_eq!(
            st.said,
            [(0, Status::States(vec![0])), (1, Status::States(vec![1]))]
        );
        assert_eq!(unit_status(&ix, &outlets, c1, post).mark, Mark::Contradicts);
        assert_eq!(
            unit_status(&ix, &outlets, c1, Unit::Doc(3)).mark,
            Mark::Omits
        );
        assert_eq!(unit_status(&ix, &outlets, c1, Unit::Doc(1)).said.len(), 1);
        // An outlet counts once: c2 is stated by two articles of one outlet.
        assert_eq!(unit_reach(&ix, &outlets, c1), 2);
        assert_eq!(unit_reach(&ix, &outlets, &ix.claims[1]), 1);
        assert_eq!(reach(&ix.claims[1]), 2);
        // c2 is the wire's alone: what it alone says includes its sentences, and no other
        // source is left out of it (one source is not "most others").
        let docs: Vec<(usize, &Document)> = vec![(0, &ix.documents[0]), (1, &ix.documents[1])];
        let alone = only_in(&ix, &outlets, wire, &docs, 10);
        assert!(
            alone.contains(&(0, 1)) && alone.contains(&(1, 0)),
            "{alone:?}"
        );
        assert!(!alone.contains(&(0, 0)), "{alone:?}");
        assert!(left_out(&ix, &outlets, post).is_empty());
        // Against the wire and the post, d leaves out c1; an article chosen alone is
        // measured against the sources other than its own outlet.
        let out: Vec<&str> = left_out(&ix, &outlets, Unit::Doc(3))
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(out, ["c1"]);
        assert!(left_out(&ix, &outlets, Unit::Doc(0)).is_empty());
    }
}
