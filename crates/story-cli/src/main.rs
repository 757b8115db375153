//! `story`: check and export a corpus from the command line. A thin shell over
//! `story-analysis`; all logic lives there.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use story_analysis::fs::read_corpus;
use story_core::{Index, Severity};

const USAGE: &str = "\
usage: story <command> [options] [DIR]

commands:
  check [DIR]              one line per document and every diagnostic; exit 1 if the corpus
                           cannot be built
  export [--compact] [DIR] the whole index as JSON (schema story-index/5)
  timex [--dct YYYY-MM-DD] [FILE]
                           tags the time expressions of plain text (FILE or stdin) and prints
                           a JSON array of {start, end, text, type, value}; start and end
                           count Unicode characters; --dct is the document's date

DIR defaults to $STORY_CORPUS, then to ./seeds.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    match command.as_str() {
        "check" => check(rest),
        "export" => export(rest),
        "timex" => timex(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("story: unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The corpus folder: the first non-option argument, else `$STORY_CORPUS`, else `seeds`.
fn corpus_dir(args: &[String]) -> PathBuf {
    args.iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("STORY_CORPUS").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("seeds"))
}

/// Reads and builds the corpus, printing diagnostics to stderr when asked.
fn load(args: &[String]) -> Result<Index, ExitCode> {
    let dir = corpus_dir(args);
    let files = read_corpus(&dir).map_err(|e| {
        eprintln!(
            "story: cannot read the corpus folder {}: {e}",
            dir.display()
        );
        ExitCode::FAILURE
    })?;
    story_analysis::build(&files).map_err(|e| {
        eprintln!("{e}");
        ExitCode::FAILURE
    })
}

fn check(args: &[String]) -> ExitCode {
    let index = match load(args) {
        Ok(i) => i,
        Err(code) => return code,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut lines = Vec::new();
    for d in &index.documents {
        let outlet = match &d.source {
            Some(s) => format!("{s} ({})", d.source_basis.as_str()),
            None => "outlet unknown".to_string(),
        };
        lines.push(format!(
            "{}\t{}\t{}\t{}\t{} sentences\t{}",
            d.id,
            d.published.as_deref().unwrap_or("undated"),
            d.kind.as_str(),
            outlet,
            d.sentences.len(),
            d.title
        ));
        if let Some(dl) = &d.dateline {
            lines.push(format!("  dateline: {}", dl.text));
        }
        for r in &d.removed {
            lines.push(format!("  removed ({}): {}", r.reason.as_str(), r.text));
        }
    }
    for diag in &index.diagnostics {
        lines.push(diag.to_string());
    }
    let warnings = index
        .diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .count();
    lines.push(format!(
        "{} documents, {} diagnostics ({warnings} warnings)",
        index.documents.len(),
        index.diagnostics.len()
    ));
    // A closed pipe (`story check | head`) is the reader's choice, not an error.
    let _ = lines
        .iter()
        .try_for_each(|l| writeln!(out, "{l}"))
        .and_then(|()| out.flush());
    ExitCode::SUCCESS
}

fn export(args: &[String]) -> ExitCode {
    let index = match load(args) {
        Ok(i) => i,
        Err(code) => return code,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = if args.iter().any(|a| a == "--compact") {
        serde_json::to_writer(&mut out, &index)
    } else {
        serde_json::to_writer_pretty(&mut out, &index)
    };
    match written
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`story export | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("story: cannot print the index: {e}");
            ExitCode::FAILURE
        }
    }
}

fn timex(args: &[String]) -> ExitCode {
    let mut dct = None;
    let mut file = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dct" => match it.next().map(|d| story_core::date::Date::parse_iso(d)) {
                Some(Some(d)) => dct = Some(d),
                _ => {
                    eprintln!("story timex: --dct takes a date YYYY-MM-DD");
                    return ExitCode::from(2);
                }
            },
            f => file = Some(f.to_string()),
        }
    }
    let text = match &file {
        Some(f) => std::fs::read(f).map_err(|e| format!("cannot read {f}: {e}")),
        None => {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
                .map(|_| buf)
                .map_err(|e| format!("cannot read stdin: {e}"))
        }
    };
    let text = match text {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("story timex: {e}");
            return ExitCode::FAILURE;
        }
    };
    let ctx = story_analysis::timex::Context {
        dct,
        approximate: false,
    };
    /// One tag as printed, fields in the documented order.
    #[derive(serde::Serialize)]
    struct Tag {
        start: u32,
        end: u32,
        text: String,
        #[serde(rename = "type")]
        kind: &'static str,
        value: Option<String>,
    }
    let tags: Vec<Tag> = story_analysis::timex::tag_text(&text, &ctx)
        .into_iter()
        .map(|t| Tag {
            start: t.start,
            end: t.end,
            text: t.text,
            kind: t.kind.as_str(),
            value: t.value,
        })
        .collect();
    let mut out = std::io::stdout().lock();
    match serde_json::to_writer_pretty(&mut out, &tags)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("story timex: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}
