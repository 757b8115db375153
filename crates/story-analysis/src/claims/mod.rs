//! Claims and conflicts: sentences of different sources that state the same fact, and where
//! sources differ. The work goes in steps, a module each:
//!
//! - `unit`: each sentence's features (concepts through the synonym table, paraphrase
//!   groups of `data/paraphrases.txt`, entities, years, figures), weighted by rarity, and
//!   what conflicts compare;
//! - `quantity`: figures with what they measure (`data/quantities.txt`), units normalised,
//!   ranges and approximations as intervals;
//! - `align`: which sentences state the same fact (more than a keyword in common, years that
//!   meet, no figure of one measure that differs), grouped by constrained single-link;
//!   a claim's label is one of its sentences read as a statement (`crate::statement`, the
//!   rule events use too);
//! - `conflict`: quantities compared across the corpus (updates in time, contradictions on
//!   the same day), and differences of wording within a claim (action, date, place,
//!   direction).

use std::collections::{BTreeSet, HashMap};
use story_core::DocNo;

use story_core::{Claim, Conflict, Document, Entity, SentenceRef};

use crate::statement::{clause_statement, runs_on, stands_alone_in, statement, Known};

mod align;
mod conflict;
mod quantity;
mod unit;

/// The knobs; the defaults were measured on the annotated cases (docs/quality.md).
#[derive(Clone, Copy, Debug)]
pub struct Params {
    /// Least likeness (shared rarity-weighted features, see `align::overlap`) for two
    /// sentences to state one fact.
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

/// Copies of one class ([`align::groups`]) in the same words: the class, the sentence and
/// the clause.
type Reprint<'a> = (usize, &'a str, (usize, usize));

/// Finds claims and their conflicts.
pub fn extract(docs: &[Document], entities: &[Entity]) -> (Vec<Claim>, Vec<Conflict>) {
    extract_with(docs, entities, &Params::default())
}

pub fn extract_with(
    docs: &[Document],
    entities: &[Entity],
    params: &Params,
) -> (Vec<Claim>, Vec<Conflict>) {
    let units = unit::units(docs, entities);
    let mut claims = Vec::new();
    let mut conflicts = Vec::new();
    let (groups, class) = align::groups(&units, params);
    let known = Known::of(docs);
    for members in groups {
        let sources: BTreeSet<usize> = members.iter().map(|&m| units[m].doc).collect();
        if sources.len() < 2 {
            continue;
        }
        let text = |m: usize| {
            docs[units[m].doc].sentences[units[m].sentence]
                .text
                .as_str()
        };
        // The label: one of the members' sentences read as a statement (the rule events
        // share, `crate::statement`): the clause that aligned when it opens its sentence and
        // the rule may cut there, else the sentence, and it must name its subject (`It
        // contains …`, `The woman said …`, `“…,” she said` tell a reader nothing alone) and
        // be no headline or chronology run-on. Of those, the one most like the others, a
        // sentence that states just this fact first. A claim none of whose sentences reads
        // as such a statement is not shown: its label would not say what the fact is.
        // Copies of one class with the same words (a wire sentence in many papers) are one
        // candidate, read once.
        let mut read: HashMap<Reprint, Option<(f64, String)>> = HashMap::new();
        let label = members
            .iter()
            .filter_map(|&x| {
                let u = &units[x];
                let (like, label) = read
                    .entry((class[x], text(x), u.clause))
                    .or_insert_with(|| {
                        let clause = (!u.whole && u.clause.0 == 0)
                            .then(|| clause_statement(text(x), u.clause.1))
                            .flatten();
                        let label = clause
                            .or_else(|| statement(text(x), 0))
                            .filter(|l| stands_alone_in(l, &known) && !runs_on(l))?;
                        let like: f64 = members
                            .iter()
                            .filter(|&&o| o != x)
                            .map(|&o| align::overlap(u, &units[o]))
                            .sum();
                        Some((like, label))
                    })
                    .clone()?;
                let whole = if u.whole { 1.25 } else { 1.0 };
                Some((like * whole, x, label))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(.., label)| label);
        let Some(label) = label else {
            continue;
        };
        let id = format!("c{}", claims.len() + 1);
        let mut mentions: Vec<SentenceRef> = members
            .iter()
            .map(|&m| SentenceRef {
                doc: DocNo::at(units[m].doc),
                sentence: units[m].sentence as u32,
            })
            .collect();
        mentions.sort_by(|a, b| (&a.doc, a.sentence).cmp(&(&b.doc, b.sentence)));
        // Two clauses of one sentence are one mention.
        mentions.dedup();
        let sides = conflict::ClaimSides {
            docs,
            units: &units,
            members: &members,
            threshold: params.threshold,
        };
        conflicts.extend(conflict::wording(&sides, &id, &label));
        claims.push(Claim {
            id,
            label,
            mentions,
        });
    }
    conflicts.extend(conflict::quantities(docs, &units));
    // Most widely stated first.
    let order = |c: &Claim| {
        let mut d: Vec<DocNo> = c.mentions.iter().map(|m| m.doc).collect();
        d.dedup();
        std::cmp::Reverse(d.len())
    };
    claims.sort_by_key(|c| order(c));
    (claims, conflicts)
}

#[cfg(test)]
mod tests;
