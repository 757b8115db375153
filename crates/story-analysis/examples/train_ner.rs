//! Trains the entity tagger's model, `data/ner.crf`, from files in two columns (word, IOB2
//! tag; a blank line between sentences), with the features of `entities::tag`.
//!
//!     cargo run --release -p story-analysis --example train_ner -- ../shared/data/ner-train crates/story-analysis/data/ner.crf
//!
//! It reads `wikigold/all.conll`, `btc/all.conll` and `wnut17/{train,dev,test}.conll` under
//! the folder (CC BY 4.0; the attribution is in the crate's `NOTICE`). Never give it CoNLL-2003
//! text: that is for measuring only.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crfs::Trainer;
use story_analysis::entities::tag;

/// Sentences per training sequence.
const BATCH: usize = 64;

const FILES: &[&str] = &[
    "wikigold/all.conll",
    "btc/all.conll",
    "wnut17/train.conll",
    "wnut17/dev.conll",
    "wnut17/test.conll",
];

/// Sentences of a two-column file: (words, tags).
fn read(path: &Path) -> std::io::Result<Vec<(Vec<String>, Vec<String>)>> {
    let text = std::fs::read_to_string(path)?;
    let mut out = Vec::new();
    let (mut words, mut tags) = (Vec::new(), Vec::new());
    for line in text.lines().chain(std::iter::once("")) {
        let mut cols = line.split_whitespace();
        match (cols.next(), cols.last()) {
            (Some(w), Some(t)) => {
                words.push(w.to_string());
                tags.push(t.to_string());
            }
            _ => {
                if !words.is_empty() {
                    out.push((std::mem::take(&mut words), std::mem::take(&mut tags)));
                }
            }
        }
    }
    Ok(out)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, out, rest @ ..] = args.as_slice() else {
        eprintln!("usage: train_ner NER_TRAIN_DIR OUT.crf [ITERATIONS]");
        return ExitCode::FAILURE;
    };
    let iterations: usize = rest.first().and_then(|s| s.parse().ok()).unwrap_or(150);
    let mut trainer = Trainer::lbfgs();
    trainer.verbose(true);
    // Features seen once only are noise, and would make the model large.
    if let Err(e) = trainer.set_feature_minfreq(2.0) {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }
    let mut n = 0;
    for f in FILES {
        let path = PathBuf::from(dir).join(f);
        let sentences = match read(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        eprintln!("{}: {} sentences", path.display(), sentences.len());
        // Sentences are described one by one, then given to the trainer in batches of
        // BATCH: crfs' L-BFGS clears a gradient as long as the feature list for every
        // sequence, so a few long sequences train many times faster than many short ones.
        for batch in sentences.chunks(BATCH) {
            let mut xseq = Vec::new();
            let mut yseq = Vec::new();
            for (words, tags) in batch {
                xseq.extend(tag::features(words));
                yseq.extend(tags.iter().cloned());
                n += 1;
            }
            if let Err(e) = trainer.append(&xseq, &yseq) {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    eprintln!("training on {n} sentences, {iterations} iterations");
    let params = trainer.params_mut();
    let set = params
        .set_c1(0.1)
        .and_then(|()| params.set_c2(0.05))
        .and_then(|()| params.set_max_iterations(iterations));
    if let Err(e) = set {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }
    match trainer.train(Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{out}: {e}");
            ExitCode::FAILURE
        }
    }
}
