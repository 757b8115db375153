//! Named entities on real news: the CoNLL-2003 development set (216 Reuters articles of
//! 1996 with 5,942 gold names; `../shared/data/conll2003-dev`, skipped, saying so, where that
//! folder is absent). Measured only: the tagger never trains on it. Exact span + type F1 is
//! computed the way `../shared/tools/score_ner.py` computes it (each sentence found in the
//! file's text, each mention's characters mapped onto it, duplicate spans counted once,
//! person → PER, organisation → ORG, place → LOC, any other kind → MISC), and must not fall
//! below the floor recorded in docs/quality.md.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde_json::Value;
use story_analysis::{build, SourceFile};
use story_core::EntityKind;

/// The floor: exact span + type F1 measured last (0.815, docs/quality.md), less a margin.
const FLOOR: f64 = 0.805;

fn corpus_dir() -> Option<PathBuf> {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/conll2003-dev/corpus");
    dir.join(".gold.json").is_file().then_some(dir)
}

fn conll_type(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PER",
        EntityKind::Organisation => "ORG",
        EntityKind::Place => "LOC",
        _ => "MISC",
    }
}

/// Where each character of `sentence` stands in `text` (whitespace-tolerant), searching from
/// `from`: one entry a character, then the end.
fn align(sentence: &[char], text: &[char], from: usize) -> Option<Vec<usize>> {
    let solid: Vec<(usize, char)> = sentence
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, c)| !c.is_whitespace())
        .collect();
    let first = solid.first()?.1;
    let mut start = from;
    while start < text.len() {
        let at = start + text[start..].iter().position(|&c| c == first)?;
        let mut map = vec![usize::MAX; sentence.len() + 1];
        let mut j = at;
        let mut ok = true;
        for &(k, c) in &solid {
            while j < text.len() && text[j].is_whitespace() {
                j += 1;
            }
            if j >= text.len() || text[j] != c {
                ok = false;
                break;
            }
            map[k] = j;
            j += 1;
        }
        if ok {
            map[sentence.len()] = j;
            for k in (0..sentence.len()).rev() {
                if map[k] == usize::MAX {
                    map[k] = map[k + 1];
                }
            }
            return Some(map);
        }
        start = at + 1;
    }
    None
}

fn f1(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred > 0 {
        tp as f64 / pred as f64
    } else {
        0.0
    };
    let r = if gold > 0 {
        tp as f64 / gold as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

#[test]
fn conll_dev_exact_f1_holds_its_floor() {
    let Some(dir) = corpus_dir() else {
        eprintln!("skipped: ../shared/data/conll2003-dev is absent");
        return;
    };
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(".gold.json")).expect("the gold file"),
    )
    .expect("gold JSON");
    let gold_docs = gold["documents"].as_array().expect("documents");
    let mut files = Vec::new();
    let mut texts: HashMap<String, Vec<char>> = HashMap::new();
    for g in gold_docs {
        let name = g["file"].as_str().expect("file");
        let text = std::fs::read_to_string(dir.join(name)).expect("a corpus file");
        texts.insert(name.to_string(), text.chars().collect());
        files.push(SourceFile::new(name, text.into_bytes()));
    }
    let index = build(&files).expect("the corpus builds");

    // Each document's sentences located in its file.
    let mut located: HashMap<&str, Vec<Option<Vec<usize>>>> = HashMap::new();
    for d in &index.documents {
        let text = &texts[&d.file];
        let body = gold_docs
            .iter()
            .find(|g| g["file"] == d.file.as_str())
            .and_then(|g| g["body_start"].as_u64())
            .unwrap_or(0) as usize;
        let mut cursor = body;
        let mut list = Vec::new();
        for s in &d.sentences {
            let chars: Vec<char> = s.text.chars().collect();
            let m = align(&chars, text, cursor).or_else(|| align(&chars, text, body));
            if let Some(m) = &m {
                cursor = m[chars.len()];
            }
            list.push(m);
        }
        located.insert(d.id.as_str(), list);
    }
    let file_of: HashMap<&str, &str> = index
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.file.as_str()))
        .collect();

    // Predicted spans, the first of duplicates kept.
    let mut pred: BTreeMap<(String, usize, usize), &'static str> = BTreeMap::new();
    for e in &index.entities {
        for m in &e.mentions {
            let Some(Some(map)) = located[index.doc_id(m.doc)].get(m.sentence as usize) else {
                continue;
            };
            let (st, en) = (m.start as usize, m.end as usize);
            if en == 0 || en > map.len() - 1 || st >= en {
                continue;
            }
            let (a, b) = (map[st], map[en - 1] + 1);
            let file = file_of[index.doc_id(m.doc)];
            let got: String = texts[file][a..b].iter().collect();
            if got.split_whitespace().ne(m.text.split_whitespace()) {
                continue;
            }
            pred.entry((file.to_string(), a, b))
                .or_insert(conll_type(e.kind));
        }
    }
    let mut gold_spans: BTreeMap<(String, usize, usize), String> = BTreeMap::new();
    for g in gold_docs {
        for x in g["entities"].as_array().expect("entities") {
            let key = (
                g["file"].as_str().expect("file").to_string(),
                x["start"].as_u64().expect("start") as usize,
                x["end"].as_u64().expect("end") as usize,
            );
            gold_spans.insert(key, x["type"].as_str().expect("type").to_string());
        }
    }
    let exact = pred.keys().filter(|k| gold_spans.contains_key(*k)).count();
    let typed = pred
        .iter()
        .filter(|(k, t)| gold_spans.get(*k).is_some_and(|g| g == *t))
        .count();
    let (p, r, f) = f1(typed, pred.len(), gold_spans.len());
    let (_, _, fu) = f1(exact, pred.len(), gold_spans.len());
    eprintln!(
        "CoNLL-2003 dev: gold {}, predicted {}; exact span + type P {p:.3} R {r:.3} F1 {f:.3}; untyped F1 {fu:.3}",
        gold_spans.len(),
        pred.len()
    );
    for ty in ["PER", "ORG", "LOC", "MISC"] {
        let g = gold_spans.values().filter(|t| *t == ty).count();
        let pr = pred.values().filter(|t| **t == ty).count();
        let tp = pred
            .iter()
            .filter(|(k, t)| **t == ty && gold_spans.get(*k).is_some_and(|g| g == ty))
            .count();
        let (p, r, f) = f1(tp, pr, g);
        eprintln!("  {ty:4} gold {g:5} pred {pr:5}  P {p:.3} R {r:.3} F1 {f:.3}");
    }
    assert!(
        f >= FLOOR,
        "exact span + type F1 {f:.3} fell below the floor {FLOOR}"
    );
}
