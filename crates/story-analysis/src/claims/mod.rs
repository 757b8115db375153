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

use crate::statement::{
    body_start, clause_statement, coordinate_statement, quoted_on, runs_on, stands_alone_in,
    statement, Known,
};

mod align;
mod conflict;
mod mode;
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
    let mut units = unit::units(docs, entities);
    // Passages of pages about something else state no fact of the story. They are read
    // with the rest all the same: how rare a word is, is measured on the whole corpus.
    let relevance = crate::relevance::Relevance::of(docs, entities);
    units.retain(|u| relevance.on(u.doc, u.sentence));
    let mut claims = Vec::new();
    let mut conflicts = Vec::new();
    let (groups, class) = align::groups(&units, params);
    let known = Known::of_story(docs, entities);
    let people = crate::introduce::People::of(docs, entities);
    let mut by_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (i, u) in units.iter().enumerate() {
        by_sentence.entry((u.doc, u.sentence)).or_default().push(i);
    }
    let mut found: Vec<(String, Vec<usize>, Vec<SentenceRef>)> = Vec::new();
    for members in groups {
        let sources: BTreeSet<usize> = members.iter().map(|&m| units[m].doc).collect();
        if sources.len() < 2 {
            continue;
        }
        let Some((label, at)) = label(&members, &units, &class, docs, &known, &people) else {
            continue;
        };
        // Every sentence cited states the label's fact: a member that aligns with the
        // label's sentence only at the group's floor (through others) goes.
        let stated = label_clauses(&label, at, &units, &by_sentence, docs);
        let sentence_of = |x: usize| {
            docs[units[x].doc].sentences[units[x].sentence]
                .text
                .as_str()
        };
        let members: Vec<usize> = members
            .into_iter()
            .filter(|&m| {
                class[m] == class[at]
                    || (align::likeness(&units[m], &units[at]) >= params.threshold
                        && states_all(&stated, &by_sentence, &units, m)
                        && (units[m].aside || !figures_in_passing(sentence_of(m), sentence_of(at))))
            })
            .collect();
        let sources: BTreeSet<usize> = members.iter().map(|&m| units[m].doc).collect();
        if sources.len() < 2 {
            continue;
        }
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
        found.push((label, members, mentions));
    }
    // Two clauses of the same sentences that read as the same statement (`X said …, which
    // raised …`) are one claim to a reader: the same label over the same sources. The one
    // whose sentences the other's hold says nothing more, and goes.
    let held = |a: &[SentenceRef], b: &[SentenceRef]| a.iter().all(|m| b.contains(m));
    let mut by_label: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        by_label.entry(f.0.as_str()).or_default().push(i);
    }
    // Two clauses of the same sentences whose labels say the same (`X warned …` and `X
    // warned …, according to Y`; one sentence's wording and another's) are one claim too: of
    // two claims citing exactly the same sentences, where the other label holds nearly all the
    // shorter label's words, one goes: the longer label (which says the most) stays when it
    // opens as the shorter does, the shorter when the longer has something run in before it.
    let mut by_mentions: HashMap<&[SentenceRef], Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        by_mentions.entry(f.2.as_slice()).or_default().push(i);
    }
    let words: Vec<BTreeSet<String>> = found.iter().map(|f| label_words(&f.0)).collect();
    let openings: Vec<Vec<String>> = found.iter().map(|f| opening(&f.0)).collect();
    let kept: Vec<bool> = (0..found.len())
        .map(|i| {
            let same_label = by_label[found[i].0.as_str()].iter().any(|&j| {
                j != i
                    && held(&found[i].2, &found[j].2)
                    && (found[j].2.len() > found[i].2.len() || j < i)
            });
            let said_by_another = by_mentions[found[i].2.as_slice()].iter().any(|&j| {
                // Of the two, the shorter label's words must be nearly all in the longer.
                let (short, long) = if (found[i].0.len(), std::cmp::Reverse(i))
                    < (found[j].0.len(), std::cmp::Reverse(j))
                {
                    (i, j)
                } else {
                    (j, i)
                };
                // The longer stays when it opens as the shorter does (it goes on where the
                // other stops); else (a headline run in before it) the shorter.
                let stays = if openings[short] == openings[long] {
                    long
                } else {
                    short
                };
                j != i && says_nearly_all(&words[short], &words[long]) && stays == j
            });
            !same_label && !said_by_another
        })
        .collect();
    for ((label, members, mentions), _) in found.into_iter().zip(kept).filter(|(_, k)| *k) {
        let id = format!("c{}", claims.len() + 1);
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

/// Most of each of the label's clauses, as features (what it says, not who says it): the
/// clauses of the label's sentence that the label holds (nearly all their words), each as
/// the keys of its features outside the words that say who speaks; a clause of fewer than
/// two such keys (`she said`) says nothing a member must state.
fn label_clauses(
    label: &str,
    at: usize,
    units: &[unit::Unit],
    by_sentence: &HashMap<(usize, usize), Vec<usize>>,
    docs: &[Document],
) -> Vec<Vec<u32>> {
    let u = &units[at];
    let Some(sentence) = docs
        .get(u.doc)
        .and_then(|d| d.sentences.get(u.sentence))
        .map(|s| s.text.as_str())
    else {
        return Vec::new();
    };
    let held: BTreeSet<String> = crate::statement::lower_words(label).into_iter().collect();
    let keys = |x: &unit::Unit| -> Vec<u32> {
        x.features
            .iter()
            .map(|f| f.0)
            .filter(|k| x.speaker.binary_search(k).is_err())
            .collect()
    };
    let clauses: Vec<Vec<u32>> = by_sentence
        .get(&(u.doc, u.sentence))
        .into_iter()
        .flatten()
        .filter(|&&x| {
            let words = sentence
                .get(units[x].clause.0..units[x].clause.1)
                .map(crate::statement::lower_words)
                .unwrap_or_default();
            !words.is_empty()
                && words.iter().filter(|w| held.contains(*w)).count() * 5 >= words.len() * 4
        })
        .map(|&x| keys(&units[x]))
        .filter(|k| k.len() >= 2)
        .collect();
    if clauses.is_empty() {
        vec![keys(u)]
    } else {
        clauses
    }
}

/// Least share (in tenths) of each of the label's clauses a member's sentence holds to state the label's
/// fact (measured on the annotated claims, docs/quality.md: at a third and above, the seeds'
/// court decision, told in six wordings, loses most of its sources).
const STATES_TENTHS: usize = 3;

/// Whether member `m`'s sentence states each of the label's clauses ([`label_clauses`]):
/// holds at least [`STATES_TENTHS`] tenths of each one's features. A sentence that aligns with one clause
/// of the label's sentence but says little of what the label says (the aid but not the days
/// without it; the toll in a sentence about the police's count) states another fact.
fn states_all(
    clauses: &[Vec<u32>],
    by_sentence: &HashMap<(usize, usize), Vec<usize>>,
    units: &[unit::Unit],
    m: usize,
) -> bool {
    let u = &units[m];
    let mut theirs: Vec<u32> = by_sentence
        .get(&(u.doc, u.sentence))
        .into_iter()
        .flatten()
        .flat_map(|&x| units[x].features.iter().map(|f| f.0))
        .collect();
    theirs.sort_unstable();
    theirs.dedup();
    clauses.iter().all(|c| {
        let held = c.iter().filter(|k| theirs.binary_search(k).is_ok()).count();
        held * 10 >= c.len() * STATES_TENTHS
    })
}

/// Whether a member's sentence gives the figures it shares with the label's only in passing:
/// each inside an aside of its own (a relative clause between commas, `…, which has killed
/// 60 people, …`, one that ends it, or words between dashes or brackets), while the label's
/// sentence gives one of them outside its asides. Such a sentence states another fact (`The
/// virus, which has killed 60 people, could become a pandemic` is no statement of the toll).
fn figures_in_passing(member: &str, label: &str) -> bool {
    let figures = |text: &str| -> Vec<(usize, String)> {
        crate::statement::word_spans(text)
            .filter(|(_, w)| w.bytes().any(|b| b.is_ascii_digit()))
            .map(|(at, w)| {
                let digits: String = w.chars().filter(char::is_ascii_digit).collect();
                (at, digits)
            })
            .filter(|(_, d)| d.len() >= 2)
            .collect()
    };
    let (mine, theirs) = (figures(member), figures(label));
    let (my_asides, their_asides) = (asides(member), asides(label));
    let inside =
        |spans: &[(usize, usize)], at: usize| spans.iter().any(|&(a, b)| a <= at && at < b);
    let shared: Vec<&(usize, String)> = mine
        .iter()
        .filter(|(_, d)| theirs.iter().any(|(_, t)| t == d))
        .collect();
    !shared.is_empty()
        && shared.iter().all(|(at, _)| inside(&my_asides, *at))
        && theirs
            .iter()
            .any(|(at, t)| shared.iter().any(|(_, d)| d == t) && !inside(&their_asides, *at))
}

/// The asides of a sentence (byte spans): a relative clause after a comma (`, which …`, `,
/// who …`, `, whose …`) to the next comma or the end, and words between two dashes or in
/// brackets.
fn asides(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for opener in [", which ", ", who ", ", whose "] {
        for (at, _) in text.match_indices(opener) {
            let from = at + 2;
            let to = text[from..].find(',').map_or(text.len(), |k| from + k);
            spans.push((from, to));
        }
    }
    for dash in [" - ", " -- ", " — ", " – "] {
        let marks: Vec<usize> = text.match_indices(dash).map(|(at, _)| at).collect();
        for pair in marks.chunks(2) {
            if let [a, b] = pair {
                spans.push((*a, *b));
            }
        }
    }
    let mut open = None;
    for (at, c) in text.char_indices() {
        match c {
            '(' => open = Some(at),
            ')' => {
                if let Some(a) = open.take() {
                    spans.push((a, at));
                }
            }
            _ => {}
        }
    }
    spans
}

/// A label's words that say something (lower case, no stop words, no marks).
fn label_words(label: &str) -> BTreeSet<String> {
    crate::statement::lower_words(label)
        .into_iter()
        .filter(|w| !crate::text::STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// A label's first four words, lower case.
fn opening(label: &str) -> Vec<String> {
    crate::statement::lower_words(label)
        .into_iter()
        .take(4)
        .collect()
}

/// Whether a label whose words are `mine` says nearly nothing that one of words `theirs`
/// does not: at least four in five of its words are in the other.
fn says_nearly_all(mine: &BTreeSet<String>, theirs: &BTreeSet<String>) -> bool {
    !mine.is_empty() && mine.intersection(theirs).count() * 5 >= mine.len() * 4
}

/// A claim's label: one of its members' sentences read as a statement (the rule events
/// share, `crate::statement`): the clause that aligned when it opens its sentence and the
/// rule may cut there, or a later coordinate clause that reads alone, else the sentence
/// shortened no further than the end of that clause
/// (a label states the claim's own fact, not only the clause before it); and it must name
/// its subject (`It contains …`, `The woman said …`, `“…,” she said` tell a reader nothing
/// alone) and be no headline or chronology run-on. A clause that lies in what the rule
/// strips off the front (a chronology's line run into the next sentence, a dateline) gives
/// no label. Of those, the one most like the others, a sentence that states just this fact
/// first. `None` when none of the sentences reads as such a statement: the claim is not
/// shown, as its label would not say what the fact is. Copies of one class with the same
/// words (a wire sentence in many papers) are one candidate, read once. A person its
/// sentence names by surname alone is named in full (`crate::introduce`).
fn label(
    members: &[usize],
    units: &[unit::Unit],
    class: &[usize],
    docs: &[Document],
    known: &Known,
    people: &crate::introduce::People,
) -> Option<(String, usize)> {
    let text = |m: usize| {
        docs[units[m].doc].sentences[units[m].sentence]
            .text
            .as_str()
    };
    let mut read: HashMap<Reprint, Option<(f64, String)>> = HashMap::new();
    members
        .iter()
        .filter_map(|&x| {
            let u = &units[x];
            let (like, label) = read
                .entry((class[x], text(x), u.clause))
                .or_insert_with(|| {
                    let sentence = text(x);
                    if !u.whole && u.clause.1 <= body_start(sentence) {
                        return None;
                    }
                    // A relative clause that ends its sentence (`…, which has killed 150
                    // people.`) tells its fact only as an aside: its sentence states another,
                    // so it labels nothing.
                    if !u.whole && final_relative_clause(sentence, u.clause) {
                        return None;
                    }
                    let clause = if u.whole {
                        None
                    } else if u.clause.0 == 0 {
                        clause_statement(sentence, u.clause.1)
                    } else {
                        coordinate_statement(sentence, u.clause.0, u.clause.1)
                    };
                    let keep = if u.whole {
                        0
                    } else {
                        sentence
                            .get(..u.clause.1)
                            .map_or(0, |head| head.trim_end().chars().count())
                    };
                    if quoted_on(&docs[u.doc].sentences, u.sentence) {
                        return None;
                    }
                    let reads = |l: &String| stands_alone_in(l, known) && !runs_on(l);
                    let label = clause
                        .filter(reads)
                        .or_else(|| statement(sentence, keep).filter(reads))?;
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
        .map(|(_, x, label)| {
            (
                people.introduce(units[x].doc, units[x].sentence as u32, &label),
                x,
            )
        })
}

/// Whether the clause `from..to` (bytes) of `sentence` is a relative clause that ends the
/// sentence: it opens with `which`, `who` or `whose` (a non-restrictive clause, after its
/// comma) and runs to the end with no comma (`…, which killed 150 people.`; not `…, which
/// relies on readers, the blog will …`, where the sentence's own clause follows).
fn final_relative_clause(sentence: &str, (from, to): (usize, usize)) -> bool {
    let Some(clause) = sentence.get(from..to) else {
        return false;
    };
    let first = clause
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let ends = sentence
        .get(to..)
        .is_some_and(|rest| rest.trim().chars().all(|c| !c.is_alphanumeric()));
    from > 0
        && matches!(first.as_str(), "which" | "who" | "whose")
        && ends
        && !clause.trim_end_matches(['.', '!', '?']).contains(',')
}

#[cfg(test)]
mod tests;
