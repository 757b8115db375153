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
//! - `label`: a claim's label, its most representative sentence read as a sentence;
//! - `conflict`: quantities compared across the corpus (updates in time, contradictions on
//!   the same day), and differences of wording within a claim (action, date, place,
//!   direction).

use std::collections::BTreeSet;

use story_core::{Claim, Conflict, Document, Entity, SentenceRef};

mod align;
mod conflict;
mod label;
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
    for members in align::groups(&units, params) {
        let sources: BTreeSet<usize> = members.iter().map(|&m| units[m].doc).collect();
        if sources.len() < 2 {
            continue;
        }
        let id = format!("c{}", claims.len() + 1);
        let text = |m: usize| {
            docs[units[m].doc].sentences[units[m].sentence]
                .text
                .as_str()
        };
        // The label: the statement most like the others, among those that read best.
        let typical = members
            .iter()
            .copied()
            .max_by(|&a, &b| {
                let score = |x: usize| {
                    let like: f64 = members
                        .iter()
                        .filter(|&&o| o != x)
                        .map(|&o| align::overlap(&units[x], &units[o]))
                        .sum();
                    // A sentence that states just this fact reads best.
                    let whole = if units[x].whole { 1.25 } else { 1.0 };
                    like * label::readability(text(x)) * whole
                };
                score(a).total_cmp(&score(b)).then(b.cmp(&a))
            })
            .unwrap_or(members[0]);
        // The label: the sentence, or its opening clause when that is what aligned.
        let u = &units[typical];
        let label = if !u.whole && u.clause.0 == 0 {
            label::label(&text(typical)[u.clause.0..u.clause.1])
        } else {
            label::label(text(typical))
        };
        let mut mentions: Vec<SentenceRef> = members
            .iter()
            .map(|&m| SentenceRef {
                doc: docs[units[m].doc].id.clone(),
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
        let mut d: Vec<&str> = c.mentions.iter().map(|m| m.doc.as_str()).collect();
        d.dedup();
        std::cmp::Reverse(d.len())
    };
    claims.sort_by_key(|c| order(c));
    (claims, conflicts)
}

#[cfg(test)]
mod tests;
