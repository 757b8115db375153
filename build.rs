//! Reads the corpus folder (`$STORY_CORPUS`, else `seeds/`) through the analysis crate and
//! writes the encoded index to `$OUT_DIR/index.bin`, which the app embeds. Diagnostics become
//! cargo warnings; a corpus that cannot be built stops the build with the reason.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=STORY_CORPUS");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = match std::env::var_os("STORY_CORPUS") {
        Some(d) => manifest.join(d),
        None => manifest.join("seeds"),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    let files = match story_analysis::fs::read_corpus(&dir) {
        Ok(f) => f,
        Err(e) => fail(&format!(
            "cannot read the corpus folder {}: {e}",
            dir.display()
        )),
    };
    for f in &files {
        println!("cargo:rerun-if-changed={}", dir.join(&f.name).display());
    }
    let index = match story_analysis::build(&files) {
        Ok(i) => i,
        Err(e) => fail(&format!(
            "the corpus {} cannot be built:\n{e}",
            dir.display()
        )),
    };
    for d in &index.diagnostics {
        if d.severity >= story_core::Severity::Warning {
            println!("cargo:warning=corpus: {d}");
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("index.bin");
    if let Err(e) = std::fs::write(&out, story_core::codec::encode(&index)) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
