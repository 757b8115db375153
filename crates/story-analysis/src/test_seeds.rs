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
