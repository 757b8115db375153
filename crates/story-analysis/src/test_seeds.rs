//! The seed corpus for the analysis's tests, under short names (`000.txt` … `004.txt`, so
//! ids `000` … `004`).

use crate::{build, SourceFile};

/// The five seed articles, as `(file name, text)`.
pub const SEEDS: [(&str, &str); 5] = [
    (
        "000.txt",
        include_str!("../../../seeds/000_38ccbcd69b1e9db5.txt"),
    ),
    (
        "001.txt",
        include_str!("../../../seeds/001_2dad32b68f3d353b.txt"),
    ),
    (
        "002.txt",
        include_str!("../../../seeds/002_e0cbd9439689fccb.txt"),
    ),
    (
        "003.txt",
        include_str!("../../../seeds/003_2180a787bf48d434.txt"),
    ),
    (
        "004.txt",
        include_str!("../../../seeds/004_82036e09c67bc8df.txt"),
    ),
];

pub fn files() -> Vec<SourceFile> {
    SEEDS.iter().map(|(n, t)| SourceFile::new(n, *t)).collect()
}

/// The index of the seeds.
pub fn index() -> story_core::Index {
    build(&files()).expect("the seeds build")
}

/// Pairwise precision and recall of a clustering against gold clusters: `gold` gives each
/// item its gold cluster, `found` its found cluster (if any), `counted` which pairs to
/// score. Returns precision, recall and the pairs that went wrong, for the report.
pub fn pairwise<K: std::fmt::Debug>(
    gold: &[(K, usize)],
    found: impl Fn(&K) -> Option<usize>,
    counted: impl Fn(&K, &K) -> bool,
) -> (f64, f64, Vec<String>) {
    let (mut tp, mut fp, mut fneg) = (0.0, 0.0, 0.0);
    let mut problems = Vec::new();
    for a in 0..gold.len() {
        for b in a + 1..gold.len() {
            let (ka, kb) = (&gold[a].0, &gold[b].0);
            if !counted(ka, kb) {
                continue;
            }
            let fa = found(ka);
            let same_found = fa.is_some() && fa == found(kb);
            match (gold[a].1 == gold[b].1, same_found) {
                (true, true) => tp += 1.0,
                (false, true) => {
                    fp += 1.0;
                    problems.push(format!("wrongly joined: {ka:?} + {kb:?}"));
                }
                (true, false) => {
                    fneg += 1.0;
                    problems.push(format!("missed: {ka:?} + {kb:?}"));
                }
                _ => {}
            }
        }
    }
    let ratio = |x: f64, y: f64| if x + y > 0.0 { x / (x + y) } else { 1.0 };
    (ratio(tp, fp), ratio(tp, fneg), problems)
}
