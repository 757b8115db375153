//! Passages off the story: long pages that name the story's centre almost nowhere.
//!
//! A corpus gathered by keyword holds pages that name the story once in passing: a radio
//! station's week of listings with one tribute show in it, a family-history forum, a column
//! about something else with one aside, scripture appended below a report. Their hundreds of
//! dated sentences made events, and their remarks claims, of things the story is not about.
//!
//! A story has a centre when one entity is named by most of its documents
//! ([`DOMINANT_SHARE`]); its central entities are those that at least [`CENTRAL_SHARE`] of the
//! documents name. A document of at least [`LONG`] sentences of which fewer than
//! [`COVERED_SHARE`] lie within [`NEAR`] sentences of a central entity's mention is off the
//! story, but for the few sentences around those mentions ([`KEPT`]): events and claims are
//! not made from the rest. Its text stays: it is read, searched and filtered as before. A story without such a
//! centre (a broad one, told through many institutions and places) is left alone, and so are
//! short documents, whose few sentences say too little to judge by: when unsure, nothing is
//! taken away. The shares were measured on the Timeline17 stories (docs/quality.md).

use std::collections::BTreeSet;

use story_core::{Document, Entity};

/// Share of the documents one entity must name for the story to have a centre.
pub const DOMINANT_SHARE: f64 = 0.8;
/// Share of the documents an entity must name to be central to the story.
pub const CENTRAL_SHARE: f64 = 0.5;
/// Documents shorter than this (in sentences) are never judged off the story. (One mention
/// of the centre covers `2 × NEAR + 1` sentences, so a page under about 57 sentences that names
/// it at all is on the story: this floor is for pages that never name it.)
pub const LONG: usize = 20;
/// How many sentences before and after a central entity's mention are about the story.
pub const NEAR: usize = 8;
/// A long document is off the story when less than this share of its sentences lies near a
/// central entity's mention.
pub const COVERED_SHARE: f64 = 0.3;
/// How many sentences before and after a central entity's mention a page off the story keeps:
/// the aside it gives the story (a listings page's next items are other programmes).
pub const KEPT: usize = 3;

/// Which sentences are about the story: every sentence of every document, but those of
/// off-story documents that lie far from the story's centre.
#[derive(Clone, Debug, Default)]
pub struct Relevance {
    /// For each off-story document (by position), which of its sentences are near the centre.
    off: Vec<Option<Vec<bool>>>,
    /// The name of the entity most documents name, when the story has a centre.
    centre: Option<String>,
    /// For each document, how many of its sentences name a central entity.
    naming: Vec<usize>,
}

impl Relevance {
    /// Reads the corpus `docs` with its `entities`.
    pub fn of(docs: &[Document], entities: &[Entity]) -> Self {
        let n = docs.len();
        let share = |e: &Entity| {
            let named: BTreeSet<usize> = e
                .mentions
                .iter()
                .map(|m| m.doc.index())
                .filter(|&d| d < n)
                .collect();
            named.len() as f64 / n.max(1) as f64
        };
        let shares: Vec<f64> = entities.iter().map(share).collect();
        let Some(centre) = entities
            .iter()
            .zip(&shares)
            .filter(|(_, &s)| s >= DOMINANT_SHARE)
            .max_by(|a, b| a.1.total_cmp(b.1).then_with(|| b.0.name.cmp(&a.0.name)))
            .map(|(e, _)| e.name.clone())
        else {
            return Relevance::default();
        };
        // Where each document names a central entity.
        let mut named: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (e, &s) in entities.iter().zip(&shares) {
            if s < CENTRAL_SHARE {
                continue;
            }
            for m in &e.mentions {
                if let Some(at) = named.get_mut(m.doc.index()) {
                    at.push(m.sentence as usize);
                }
            }
        }
        for at in &mut named {
            at.sort_unstable();
            at.dedup();
        }
        let naming = named.iter().map(Vec::len).collect();
        let off = docs
            .iter()
            .zip(&named)
            .map(|(doc, at)| {
                let len = doc.sentences.len();
                if len < LONG {
                    return None;
                }
                let covered = around(at, len, NEAR).iter().filter(|&&x| x).count();
                ((covered as f64) < COVERED_SHARE * len as f64).then(|| around(at, len, KEPT))
            })
            .collect();
        Relevance {
            off,
            centre: Some(centre),
            naming,
        }
    }

    /// Whether sentence `sentence` of document `doc` is about the story (anything the
    /// reading did not see is).
    pub fn on(&self, doc: usize, sentence: usize) -> bool {
        match self.off.get(doc) {
            Some(Some(near)) => near.get(sentence).copied().unwrap_or(true),
            _ => true,
        }
    }

    /// The name of the entity that most of the story's documents name (its centre), if any.
    pub fn centre(&self) -> Option<&str> {
        self.centre.as_deref()
    }

    /// How many sentences of document `doc` name an entity central to the story.
    pub fn naming(&self, doc: usize) -> usize {
        self.naming.get(doc).copied().unwrap_or(0)
    }

    /// The documents judged off the story, by position.
    pub fn off_documents(&self) -> impl Iterator<Item = usize> + '_ {
        self.off
            .iter()
            .enumerate()
            .filter_map(|(d, o)| o.as_ref().map(|_| d))
    }
}

/// Which of `len` sentences lie within `reach` sentences of one of the sentences `at`.
fn around(at: &[usize], len: usize, reach: usize) -> Vec<bool> {
    let mut marked = vec![false; len];
    for &k in at {
        let from = k.saturating_sub(reach);
        let to = k.saturating_add(reach + 1).min(len);
        for x in marked.iter_mut().take(to).skip(from) {
            *x = true;
        }
    }
    marked
}

/// Ten reports of a dam's failure, each naming the dam twice, and one listings page of a
/// town's week for each of `told`, 60 lines long, that says its `told` sentence at line 3 and
/// names the dam every `every` lines from line 10 on (once, five lines from its end, for
/// `every` = 0). For the tests of what such pages make.
#[cfg(test)]
pub(crate) fn listings_beside_a_story(every: usize, told: &[&str]) -> Vec<crate::SourceFile> {
    let lines = 60;
    let mut files: Vec<crate::SourceFile> = (1..=10)
        .map(|k| {
            crate::SourceFile::new(
                &format!("report{k}.txt"),
                format!(
                    "---\nsource: Outlet {}\npublished: 2018-05-{:02}\n---\n\
                     The Orvel Dam failed on 2 May 2018 and flooded {} homes in the valley below it. \
                     Report {k}: {} families from the valley were moved to a school after the Orvel Dam broke.",
                    k % 5,
                    k + 2,
                    k * 40,
                    k * 7,
                ),
            )
        })
        .collect();
    for (k, told) in told.iter().enumerate() {
        let mut text = format!("---\nsource: Station {k}\npublished: 2018-05-20\n---\n");
        for line in 0..lines {
            text.push_str(&if line == 3 {
                format!("{told} ")
            } else if (every == 0 && line + 5 == lines)
                || (every > 0 && line >= 10 && (line - 10) % every == 0)
            {
                "A talk on the failure of the Orvel Dam follows the news. ".to_string()
            } else {
                format!("Programme {line} of station {k} brings music and stories to listeners. ")
            });
        }
        files.push(crate::SourceFile::new(&format!("listings{k}.txt"), text));
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use story_core::{DocNo, Mention, Sentence};

    fn doc(sentences: usize) -> Document {
        Document {
            sentences: (0..sentences)
                .map(|k| Sentence {
                    text: format!("Line {k} of the page."),
                    ..Sentence::default()
                })
                .collect(),
            ..Document::default()
        }
    }

    fn entity(name: &str, at: &[(usize, u32)]) -> Entity {
        Entity {
            id: name.to_lowercase(),
            name: name.to_string(),
            mentions: at
                .iter()
                .map(|&(d, s)| Mention {
                    doc: DocNo::at(d),
                    sentence: s,
                    text: name.to_string(),
                    start: 0,
                    end: 1,
                })
                .collect(),
            ..Entity::default()
        }
    }

    /// Nine short reports that all name the dam, and a long listings page (document 9) that
    /// names it once, at sentence 50.
    fn corpus() -> (Vec<Document>, Vec<Entity>) {
        let mut docs: Vec<Document> = (0..9).map(|_| doc(12)).collect();
        docs.push(doc(120));
        let mut at: Vec<(usize, u32)> = (0..9).map(|d| (d, 0)).collect();
        at.push((9, 50));
        (docs, vec![entity("Orvel Dam", &at)])
    }

    #[test]
    fn a_long_page_that_names_the_centre_once_is_off_but_around_that_mention() {
        let (docs, entities) = corpus();
        let r = Relevance::of(&docs, &entities);
        assert_eq!(r.off_documents().collect::<Vec<_>>(), vec![9]);
        assert_eq!(
            (r.centre(), r.naming(9), r.naming(0)),
            (Some("Orvel Dam"), 1, 1)
        );
        for (s, on) in [
            (0, false),
            (46, false),
            (47, true),
            (50, true),
            (53, true),
            (54, false),
        ] {
            assert_eq!(r.on(9, s), on, "sentence {s}");
        }
        assert!((0..9).all(|d| (0..12).all(|s| r.on(d, s))));
        // Out of range reads as on the story.
        assert!(r.on(9, 500) && r.on(40, 0));
    }

    #[test]
    fn a_long_page_about_the_centre_stays() {
        let (docs, mut entities) = corpus();
        // Named every twenty sentences: the whole page lies near a mention but for a few.
        let first = entities[0].mentions[0].clone();
        for s in (0..120).step_by(20) {
            entities[0].mentions.push(Mention {
                doc: DocNo::at(9),
                sentence: s,
                ..first.clone()
            });
        }
        let r = Relevance::of(&docs, &entities);
        assert_eq!(r.off_documents().count(), 0);
        assert!(r.on(9, 110));
    }

    #[test]
    fn a_story_without_a_centre_keeps_everything() {
        // The dam named by seven of ten documents only: no entity names the story.
        let (docs, _) = corpus();
        let at: Vec<(usize, u32)> = (0..7).map(|d| (d, 0)).collect();
        let r = Relevance::of(&docs, &[entity("Orvel Dam", &at)]);
        assert_eq!(r.off_documents().count(), 0);
        assert!(r.on(9, 0));
    }

    #[test]
    fn a_page_that_never_names_the_centre_is_off_unless_short() {
        let (mut docs, mut entities) = corpus();
        entities[0].mentions.retain(|m| m.doc.index() != 9);
        docs[9] = doc(LONG);
        let r = Relevance::of(&docs, &entities);
        assert_eq!(r.off_documents().collect::<Vec<_>>(), vec![9]);
        assert!((0..LONG).all(|s| !r.on(9, s)));
        // A shorter one says too little to judge by.
        docs[9] = doc(LONG - 1);
        let r = Relevance::of(&docs, &entities);
        assert_eq!(r.off_documents().count(), 0);
    }

    #[test]
    fn the_build_tells_which_pages_it_read_as_about_something_else() {
        let told = ["The town library will close for six weeks."];
        let index = crate::build(&listings_beside_a_story(0, &told)).unwrap();
        let notes: Vec<String> = index.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            notes,
            vec![
                "note: listings0.txt: read as a page about something else (1 of its 60 \
                 sentences names Orvel Dam or the story's other main subjects): its text is \
                 kept, but events and claims are taken only from the lines around those names"
            ]
        );
        // Its text is all there.
        let page = index.document("listings0").unwrap();
        assert_eq!(page.sentences.len(), 60);
    }

    #[test]
    fn no_documents_or_entities_read_as_on_the_story() {
        let r = Relevance::of(&[], &[]);
        assert!(r.on(0, 0));
        let (docs, _) = corpus();
        assert_eq!(Relevance::of(&docs, &[]).off_documents().count(), 0);
    }
}
