//! Claims and conflicts on real news, against a hand annotation (tests/data/claims-annotation.tsv):
//! five stories of `../shared/data/t17-dev` (skipped, saying so, where that folder is absent)
//! and the seeds. Every conflict the analysis finds on them must be annotated (a new one must
//! be judged and added), and the precision of the conflicts (a real disagreement or a
//! correctly labelled update) must stay at least 0.8. The annotated sample of claims is found
//! again (the claim holding its first sentence, with as many mentions; 80% of those whose
//! label was judged readable: a claim with an unreadable label may go) and the share judged
//! pure must stay at its measured level. Every claim's label is one of its sentences read as a
//! statement by the rule events share (`story_analysis::statement`), never a fragment.
//! docs/quality.md reports the figures.

use std::path::{Path, PathBuf};

use story_analysis::statement::statement;
use story_analysis::{build, SourceFile};
use story_core::{DocNo, Index};

fn shared_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/t17-dev");
    dir.is_dir().then_some(dir)
}

fn read(dir: &Path) -> Index {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("a corpus folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let files: Vec<SourceFile> = paths
        .iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?;
            Some(SourceFile::new(name, std::fs::read(p).ok()?))
        })
        .collect();
    build(&files).expect("the story builds")
}

struct Item {
    what: String,
    story: String,
    judgement: String,
    kind_or_count: String,
    doc: String,
    prefix: String,
    /// The annotator judged the claim's label then unreadable.
    unreadable: bool,
}

fn annotation() -> Vec<Item> {
    include_str!("data/claims-annotation.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some(Item {
                what: f.first()?.to_string(),
                story: f.get(1)?.to_string(),
                judgement: f.get(2)?.to_string(),
                kind_or_count: f.get(3)?.to_string(),
                doc: f.get(4)?.to_string(),
                prefix: f.get(5)?.to_string(),
                unreadable: f.get(6).is_some_and(|n| n.contains("label readable no")),
            })
        })
        .collect()
}

/// Labels that are no statement of one of their claim's sentences.
fn bad_labels(index: &Index) -> Vec<String> {
    index
        .claims
        .iter()
        .filter(|c| {
            // Read again, a statement is itself: nothing before it to clean (and, kept whole,
            // nothing to cut: a label may keep the clause its claim is about).
            let again = statement(&c.label, c.label.chars().count()).is_some_and(|s| s == c.label);
            // And it is the words of one of the claim's sentences (but its first letter, which
            // a connective taken off raises, and the full stop a shortened label ends with).
            // (Nor the closing quotation mark it adds to a quote that runs on; nor the given
            // names of people its sentence names by surname, `story_analysis::introduce`.)
            let core = c.label.trim_end_matches(['.', '"', '”']);
            let tail = &core[core.char_indices().nth(1).map_or(core.len(), |(b, _)| b)..];
            let said = c.mentions.iter().any(|m| {
                index.sentence(m).is_some_and(|s| {
                    s.text.contains(tail) || story_analysis::introduce::holds(&s.text, core)
                })
            });
            !(again && said)
        })
        .map(|c| c.label.clone())
        .collect()
}

fn starts(index: &Index, doc: DocNo, sentence: u32, prefix: &str) -> bool {
    index
        .doc(doc)
        .and_then(|d| d.sentences.get(sentence as usize))
        .is_some_and(|s| s.text.starts_with(prefix.trim_end()))
}

#[test]
#[allow(clippy::print_stderr)]
fn claims_and_conflicts_against_the_annotation() {
    let Some(dir) = shared_dir() else {
        eprintln!("skipped: ../shared/data/t17-dev is absent");
        return;
    };
    let items = annotation();
    let (mut good, mut judged, mut unannotated) = (0, 0, Vec::new());
    let (mut pure, mut found, mut sampled) = (0, 0, 0);
    // Claims whose label the annotator judged unreadable, and of them those no longer shown
    // (the label rule now finds none of their sentences a statement that stands alone).
    let (mut unreadable, mut hidden, mut kept) = (0, 0, 0);
    // Claims judged pure with a readable label: what the sample says the build does right.
    let mut wanted = 0;
    let mut labels = (0, Vec::new());
    for story in [
        "H1N1_reuters",
        "H1N1_bbc",
        "haiti_bbc",
        "EgyptianProtest_cnn",
        "IraqWar_guardian",
        "seeds",
    ] {
        let index = if story == "seeds" {
            read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds"))
        } else {
            read(&dir.join(story).join("corpus"))
        };
        labels.0 += index.claims.len();
        labels.1.extend(bad_labels(&index));
        let here: Vec<&Item> = items.iter().filter(|i| i.story == story).collect();
        for c in &index.conflicts {
            let first = &c.sides[0];
            let item = here.iter().find(|i| {
                i.what == "conflict"
                    && i.kind_or_count == c.kind.as_str()
                    && i.doc == index.doc_id(first.doc)
                    && starts(&index, first.doc, first.sentence, &i.prefix)
            });
            match item {
                Some(i) => {
                    judged += 1;
                    if i.judgement == "real" || i.judgement == "update" {
                        good += 1;
                    }
                }
                None => unannotated.push(format!("{story}: {}", c.explanation)),
            }
        }
        for i in here.iter().filter(|i| i.what == "claim") {
            sampled += 1;
            unreadable += usize::from(i.unreadable);
            let right = !i.unreadable && i.judgement == "pure";
            wanted += usize::from(right);
            let claim = index.claims.iter().find(|c| {
                c.mentions.first().is_some_and(|m| {
                    index.doc_id(m.doc) == i.doc && starts(&index, m.doc, m.sentence, &i.prefix)
                }) && c.mentions.len().to_string() == i.kind_or_count
            });
            if claim.is_none() {
                hidden += usize::from(i.unreadable);
                eprintln!(
                    "  not found again: {story} {} {:?} ({} mentions, {})",
                    i.doc, i.prefix, i.kind_or_count, i.judgement
                );
            }
            if claim.is_some() {
                found += 1;
                kept += usize::from(right);
                if i.judgement == "pure" {
                    pure += 1;
                }
            }
        }
    }
    let precision = good as f64 / judged.max(1) as f64;
    let purity = pure as f64 / found.max(1) as f64;
    eprintln!(
        "conflicts: {good} of {judged} annotated are real or updates (precision {precision:.2}), {} not annotated",
        unannotated.len()
    );
    eprintln!(
        "claims: {found} of {sampled} annotated found again, {pure} pure (purity {purity:.2}); \
         of {unreadable} with a label judged unreadable, {hidden} no longer found"
    );
    eprintln!(
        "labels: {} claims, {} labels not a statement of their sentences",
        labels.0,
        labels.1.len()
    );
    for u in &unannotated {
        eprintln!("  not annotated: {u}");
    }
    assert!(labels.0 >= 100, "only {} claims", labels.0);
    assert!(
        labels.1.is_empty(),
        "labels that are no statement: {:?}",
        labels.1
    );
    assert!(
        unannotated.is_empty(),
        "conflicts not in the annotation: judge them and add them to tests/data/claims-annotation.tsv"
    );
    assert!(judged >= 4, "only {judged} annotated conflicts found again");
    assert!(precision >= 0.8, "conflict precision {precision:.2}");
    // The sample still stands for the build while 80% of what it judged right is found
    // again. A claim judged impure or with an unreadable label may go (a claim none of whose
    // sentences stands alone is not shown: precision first); the pure and readable must stay.
    eprintln!("of {wanted} judged pure with a readable label, {kept} found again");
    assert!(
        kept * 10 >= wanted * 8,
        "only {kept} of {wanted} annotated claims judged pure with readable labels found \
         again: re-annotate the sample"
    );
    // The target is 0.8; measured 0.80 by an independent annotator (docs/quality.md):
    // the floor guards it.
    assert!(purity >= 0.75, "claim purity {purity:.2}");
}
