//! The `story` binary end to end: on the seed corpus and on made-up folders of bad files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn story(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_story"))
        .args(args)
        .env_remove("STORY_CORPUS")
        .output()
        .expect("the story binary runs")
}

fn seeds() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../seeds")
        .to_string_lossy()
        .into_owned()
}

/// A fresh folder under the target dir's temp space with these files.
fn corpus(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("story-cli-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, bytes) in files {
        std::fs::write(dir.join(file), bytes).unwrap();
    }
    dir
}

#[test]
fn export_of_the_seeds() {
    let out = story(&["export", &seeds()]);
    assert!(out.status.success());
    let index: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(index["schema"], "story-index/5");
    for key in ["entities", "events", "claims", "conflicts"] {
        assert!(index[key].is_array(), "{key}");
    }
    let docs = index["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    assert_eq!(docs[0]["id"], "000_38ccbcd69b1e9db5");
    assert_eq!(docs[0]["file"], "000_38ccbcd69b1e9db5.txt");
    assert_eq!(docs[0]["published"], "2025-04-18");
    assert_eq!(docs[0]["published_basis"], "stated");
    // 002 states no date: it is inferred from its story, and says so.
    assert_eq!(docs[2]["published"], "2025-04-18");
    assert_eq!(docs[2]["published_basis"], "inferred");
    assert!(docs[2]["published_note"]
        .as_str()
        .unwrap()
        .starts_with("inferred"));
    assert_eq!(
        docs[3]["title"],
        "Russia Lifts Ban on Taliban, Opening Doors for Diplomatic Relations"
    );
    assert_eq!(docs[3]["title_basis"], "headline");
    assert_eq!(
        docs[4]["title"],
        "Moscow’s Taliban Rapprochement: High-Risk Realpolitik"
    );
    assert_eq!(docs[1]["removed"].as_array().unwrap().len(), 4);
    let all_text =
        serde_json::to_string(&docs.iter().map(|d| &d["sentences"]).collect::<Vec<_>>()).unwrap();
    for chrome in [
        "Thread Author",
        "Last edited",
        "Related Sources",
        "Source 1",
    ] {
        assert!(!all_text.contains(chrome), "{chrome}");
    }
    let s = &docs[0]["sentences"][0];
    assert!(s["text"].is_string() && s["paragraph"].is_u64() && s["heading"].is_boolean());
}

#[test]
fn compact_export_is_one_line() {
    let out = story(&["export", "--compact", &seeds()]);
    assert!(out.status.success());
    assert_eq!(out.stdout.iter().filter(|&&b| b == b'\n').count(), 1);
}

#[test]
fn check_lists_documents_and_diagnostics() {
    let dir = corpus(
        "mixed",
        &[
            (
                "good.txt",
                b"A Headline Here\n\nThe first sentence. The second one.",
            ),
            ("empty.txt", b""),
            (
                "latin1.txt",
                b"---\nsource: The Example\n---\nThe caf\xe9 opened. Footer.\n\nShare this article",
            ),
            ("image.md", b"\x89PNG\r\n\x1a\n\0\0"),
            ("notes.pdf", b"%PDF-1.4"),
        ],
    );
    let out = story(&["check", dir.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("good\tundated\treport\toutlet unknown\t2 sentences\tA Headline Here"),
        "{text}"
    );
    assert!(
        text.contains("warning: empty.txt: skipped: the file is empty"),
        "{text}"
    );
    assert!(
        text.contains("latin1\tundated\treport\tThe Example (front matter)\t2 sentences"),
        "{text}"
    );
    assert!(
        text.contains(
            "note: latin1.txt: not UTF-8 (invalid byte at offset 35): decoded as windows-1252"
        ),
        "{text}"
    );
    assert!(
        text.contains("  removed (sharing or subscription prompt): Share this article"),
        "{text}"
    );
    assert!(
        text.contains("warning: image.md: skipped: binary data"),
        "{text}"
    );
    assert!(
        text.contains("warning: notes.pdf: skipped: not a .txt, .md or .html file"),
        "{text}"
    );
    assert!(text.contains("2 documents, 4 diagnostics"), "{text}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_unusable_corpus_fails() {
    let dir = corpus("unusable", &[("empty.txt", b"  ")]);
    let out = story(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no usable article"), "{err}");
    assert!(err.contains("empty.txt"), "{err}");
    let out = story(&["export", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn story_corpus_selects_the_folder() {
    let dir = corpus("env", &[("one.md", b"Only one sentence here.")]);
    let out = Command::new(env!("CARGO_BIN_EXE_story"))
        .arg("check")
        .env("STORY_CORPUS", &dir)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("one\t"), "{text}");
    let _ = std::fs::remove_dir_all(dir);
}

fn story_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_story"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // A command that refuses its arguments exits before it reads its input: the pipe may be
    // closed by then (a broken pipe), which is no failure of the test.
    if let Err(e) = child.stdin.take().unwrap().write_all(input.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

#[test]
fn timex_tags_stdin() {
    let out = story_stdin(
        &["timex", "--dct", "2025-04-18"],
        "Ünïcode first. The court ruled on Thursday, two decades after 2003.",
    );
    assert!(out.status.success());
    let tags: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tags = tags.as_array().unwrap();
    assert_eq!(tags.len(), 3);
    assert_eq!(tags[0]["text"], "Thursday");
    assert_eq!(tags[0]["start"], 34);
    assert_eq!(tags[0]["end"], 42);
    assert_eq!(tags[0]["type"], "DATE");
    assert_eq!(tags[0]["value"], "2025-04-17");
    assert_eq!(tags[1]["value"], "P2DE");
    assert_eq!(tags[1]["type"], "DURATION");
    assert_eq!(tags[2]["value"], "2003");
    // Without a date, relative expressions keep their text and no value.
    let out = story_stdin(&["timex"], "It happened last month.");
    let tags: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(tags[0]["text"], "last month");
    assert_eq!(tags[0]["value"], serde_json::Value::Null);
    // A bad date is refused.
    let out = story_stdin(&["timex", "--dct", "2025-02-30"], "x");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn timex_reads_a_file() {
    let dir = corpus(
        "timex",
        &[("a.txt", b"In the summer of 2021 and every year since.")],
    );
    let out = story(&["timex", dir.join("a.txt").to_str().unwrap()]);
    let tags: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(tags[0]["value"], "2021-SU");
    assert_eq!(tags[1]["type"], "SET");
    let _ = std::fs::remove_dir_all(dir);
}
