//! Ingest: from the bytes of one article file to a [`Document`] of headings, paragraphs, list
//! items and sentences, with the site chrome taken out (and kept aside), the metadata read
//! from front matter or a leading date token, and a title.
//!
//! Pure and total: any bytes give either a document or a diagnostic saying why the file was
//! skipped, plus notes and warnings about what was repaired.

use story_core::date::Date;
use story_core::{Diagnostic, DocKind, Document, PublishedBasis, Sentence, Severity, TitleBasis};

use crate::sentences;

/// Files larger than this are skipped.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// Longest title made from a first sentence, in characters.
const MAX_TITLE_CHARS: usize = 90;

/// The outcome of ingesting one file.
#[derive(Debug)]
pub struct Ingested {
    /// `None` when the file was skipped; the diagnostics say why.
    pub document: Option<Document>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Ingests one file. `name` is its file name, `id` the stable id to give the document.
pub fn ingest(name: &str, id: &str, bytes: &[u8]) -> Ingested {
    let mut diags = Vec::new();
    let text = match decode_text(name, bytes, &mut diags) {
        Some(t) => t,
        None => {
            return Ingested {
                document: None,
                diagnostics: diags,
            }
        }
    };
    let document = parse_document(name, id, &text, &mut diags);
    if document.sentences.is_empty() {
        diags.push(Diagnostic::new(
            name,
            Severity::Warning,
            "no article text left after removing metadata and site chrome",
        ));
    }
    Ingested {
        document: Some(document),
        diagnostics: diags,
    }
}

/// Checks the bytes and turns them into clean text: UTF-8 (or UTF-16 with a byte-order mark),
/// no byte-order mark, `\n` line ends, no control characters. `None` when the file is unusable.
fn decode_text(name: &str, bytes: &[u8], diags: &mut Vec<Diagnostic>) -> Option<String> {
    let skip = |diags: &mut Vec<Diagnostic>, why: String| {
        diags.push(Diagnostic::new(
            name,
            Severity::Warning,
            format!("skipped: {why}"),
        ));
        None
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return skip(
            diags,
            format!(
                "the file is {} bytes, over the limit of {MAX_FILE_BYTES}",
                bytes.len()
            ),
        );
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(rest, u16::from_be_bytes)
    } else {
        if looks_binary(bytes) {
            return skip(diags, "binary data, not text".to_string());
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => Some(s.strip_prefix('\u{FEFF}').unwrap_or(s).to_string()),
            Err(e) => {
                return skip(
                    diags,
                    format!(
                        "not UTF-8 text (invalid byte at offset {}); convert it to UTF-8",
                        e.valid_up_to()
                    ),
                )
            }
        }
    };
    let Some(text) = text else {
        return skip(diags, "invalid UTF-16 text".to_string());
    };
    if text.trim().is_empty() {
        return skip(diags, "the file is empty".to_string());
    }
    let mut out = String::with_capacity(text.len());
    let mut controls = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}' => out.push('\n'),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {
                controls += 1;
                out.push(' ');
            }
            c => out.push(c),
        }
    }
    if controls > 0 {
        diags.push(Diagnostic::new(
            name,
            Severity::Warning,
            format!("replaced {controls} control character(s) with spaces"),
        ));
    }
    Some(out)
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if bytes.len() % 2 != 0 {
        return None;
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16(&units).ok()
}

/// Text files have no NUL bytes and few control bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    controls * 10 > sample.len().max(1)
}

/// Metadata read from a front-matter block.
#[derive(Default)]
struct FrontMatter {
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    author: Option<String>,
    published: Option<Date>,
    kind: Option<DocKind>,
}

/// Splits off a leading `---` … `---` block of `key: value` lines, if there is one.
fn front_matter<'a>(
    name: &str,
    text: &'a str,
    diags: &mut Vec<Diagnostic>,
) -> (FrontMatter, &'a str) {
    let mut fm = FrontMatter::default();
    let trimmed = text.trim_start_matches(['\n', ' ', '\t']);
    let Some(after_open) = trimmed.strip_prefix("---") else {
        return (fm, text);
    };
    let Some(after_open) = after_open
        .trim_start_matches([' ', '\t'])
        .strip_prefix('\n')
    else {
        return (fm, text);
    };
    // Find the closing line.
    let mut offset = 0;
    let mut body_start = None;
    for line in after_open.split_inclusive('\n') {
        if matches!(line.trim(), "---" | "...") {
            body_start = Some(offset + line.len());
            break;
        }
        offset += line.len();
    }
    let Some(body_start) = body_start else {
        diags.push(Diagnostic::new(
            name,
            Severity::Warning,
            "a front-matter block opens with `---` but never closes: read as text",
        ));
        return (fm, text);
    };
    for line in after_open[..offset].lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            diags.push(Diagnostic::new(
                name,
                Severity::Warning,
                format!("front matter: ignored a line that is not `key: value`: {line:?}"),
            ));
            continue;
        };
        let key = key.trim().to_lowercase();
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        match key.as_str() {
            "title" => fm.title = Some(value.to_string()),
            "source" | "publisher" | "outlet" | "site" => fm.source = Some(value.to_string()),
            "author" | "byline" | "by" => fm.author = Some(value.to_string()),
            "url" | "link" => {
                let lower = value.to_ascii_lowercase();
                if lower.starts_with("https://") || lower.starts_with("http://") {
                    fm.url = Some(value.to_string());
                } else {
                    diags.push(Diagnostic::new(
                        name,
                        Severity::Warning,
                        format!("front matter: ignored a url that is not http(s): {value:?}"),
                    ));
                }
            }
            "published" | "date" => match parse_date_value(value) {
                Some(d) => fm.published = Some(d),
                None => diags.push(Diagnostic::new(
                    name,
                    Severity::Warning,
                    format!("front matter: {key} is not a YYYY-MM-DD date: {value:?}"),
                )),
            },
            "kind" | "type" => match DocKind::parse(value) {
                Some(k) => fm.kind = Some(k),
                None => diags.push(Diagnostic::new(
                    name,
                    Severity::Warning,
                    format!(
                        "front matter: unknown kind {value:?} (report, analysis, opinion or forum)"
                    ),
                )),
            },
            _ => diags.push(Diagnostic::new(
                name,
                Severity::Note,
                format!("front matter: ignored the unknown key {key:?}"),
            )),
        }
    }
    // `after_open` is a suffix of `text`.
    (fm, &text[text.len() - after_open.len() + body_start..])
}

fn unquote(s: &str) -> &str {
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return &s[1..s.len() - 1];
        }
    }
    s
}

/// `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`).
fn parse_date_value(s: &str) -> Option<Date> {
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !rest.is_empty() && !rest.starts_with(['T', 't', ' ']) {
        return None;
    }
    Date::parse_iso(head)
}

/// A leading `date YYYY-MM-DD` (or `published: YYYY-MM-DD`) token: metadata, not text.
fn date_token(text: &str) -> Option<(Date, &str)> {
    let t = text.trim_start();
    let word_end = t.find(|c: char| !c.is_ascii_alphabetic())?;
    let word = t[..word_end].to_ascii_lowercase();
    if !matches!(word.as_str(), "date" | "dated" | "published") {
        return None;
    }
    let rest = t[word_end..].trim_start_matches([':', ' ', '\t']);
    let date = Date::parse_iso(rest.get(..10)?)?;
    let after = &rest[10..];
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((date, after))
}

/// Whole lines that are the furniture of forums and news sites, compared in lower case after
/// bullets and spaces are trimmed.
const CHROME_LINES: &[&str] = &[
    "thread author",
    "thread starter",
    "original poster",
    "click to expand...",
    "click to expand…",
    "click to expand",
    "back",
    "top",
    "back to top",
    "reply",
    "quote",
    "report",
    "like",
    "share",
    "share this",
    "share this article",
    "share this story",
    "advertisement",
    "sponsored",
    "sponsored content",
    "print",
    "email",
    "read more",
    "continue reading",
    "subscribe",
    "sign up",
    "log in",
    "skip to content",
    "skip to main content",
];

/// Line starts that mark a whole line as furniture (forum post metadata).
const CHROME_PREFIXES: &[&str] = &[
    "last edited:",
    "last edited by",
    "last edited ",
    "reactions:",
    "joined:",
    "messages:",
    "reaction score:",
];

/// Headings of link lists at the foot of articles; they and the link lines after them are
/// furniture.
const LINK_LIST_HEADINGS: &[&str] = &[
    "related sources",
    "related articles",
    "related stories",
    "related links",
    "related posts",
    "related coverage",
    "related reading",
    "related",
    "sources",
    "see also",
    "more on this story",
    "read next",
];

/// Starts of a credit line (`Source: …`) kept as the document's credited source.
const CREDIT_PREFIXES: &[&str] = &[
    "source:",
    "sources:",
    "via:",
    "credit:",
    "originally published",
];

const BULLETS: &[char] = &['•', '·', '◦', '▪', '●', '-', '*', '–', '—'];

fn strip_bullet(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let first = t.chars().next()?;
    if BULLETS.contains(&first) {
        let rest = &t[first.len_utf8()..];
        // `-` and `*` need a following space to be bullets; `•` does not.
        if matches!(first, '-' | '*' | '–' | '—') && !rest.starts_with([' ', '\t']) {
            return None;
        }
        return Some(rest.trim());
    }
    // Numbered items: `1.` or `1)` followed by a space.
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &t[digits..];
        if let Some(r) = rest.strip_prefix(['.', ')']) {
            if r.starts_with(' ') {
                return Some(r.trim());
            }
        }
    }
    None
}

fn is_chrome_line(line: &str) -> bool {
    let bare = strip_bullet(line).unwrap_or(line).trim();
    let lower = bare.to_lowercase();
    if CHROME_LINES.contains(&lower.as_str()) {
        return true;
    }
    if CHROME_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    is_link_row(line)
}

/// A row of two or more short items separated by bullets (`• Source 1 • Source 2`).
fn is_link_row(line: &str) -> bool {
    let items: Vec<&str> = line
        .split(['•', '·', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let separators = line.matches(['•', '·', '|']).count();
    separators >= 2
        && items.len() >= 2
        && items
            .iter()
            .all(|i| i.split_whitespace().count() <= 5 && !ends_sentence(i))
}

fn is_link_list_heading(line: &str) -> bool {
    let lower = line.trim().trim_end_matches(':').trim().to_lowercase();
    LINK_LIST_HEADINGS.contains(&lower.as_str())
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', ']', '»'])
        .ends_with(['.', '!', '?', '…', ';', ':', ','])
}

/// How many words a line may have and still be a heading or headline.
const MAX_HEADING_WORDS: usize = 14;
const MAX_HEADLINE_WORDS: usize = 22;

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whether most words that could be capitalised are (`What About Recognition?`).
fn is_title_case(s: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
        "from", "as", "vs", "via", "into", "over", "is",
    ];
    let ws: Vec<&str> = s.split_whitespace().collect();
    let big: Vec<&&str> = ws
        .iter()
        .filter(|w| {
            !SMALL.contains(
                &w.to_lowercase()
                    .trim_matches(|c: char| !c.is_alphanumeric()),
            )
        })
        .collect();
    let caps = big
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
        .count();
    !big.is_empty() && caps * 10 >= big.len() * 8
}

fn starts_upper_or_digit(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || !c.is_lowercase())
}

/// A short line standing alone, without final punctuation (or a title-case question).
fn is_heading_like(line: &str, max_words: usize) -> bool {
    let n = words(line);
    if n == 0 || n > max_words || line.chars().count() > 160 || !starts_upper_or_digit(line) {
        return false;
    }
    let end = line.trim_end();
    if end.ends_with('?') || end.ends_with('!') {
        return is_title_case(end);
    }
    !ends_sentence(end) && !end.ends_with(['"', '”'])
}

#[derive(Debug, PartialEq)]
enum Block {
    Heading(String),
    Item(String),
    Paragraph(String),
}

fn parse_document(name: &str, id: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Document {
    let (fm, body) = front_matter(name, text, diags);
    let mut doc = Document {
        id: id.to_string(),
        file: name.to_string(),
        source: fm.source.clone(),
        url: fm.url.clone(),
        author: fm.author.clone(),
        ..Document::default()
    };
    let mut body = body;
    if let Some(d) = fm.published {
        doc.published = Some(d.to_string());
        doc.published_basis = PublishedBasis::Stated;
        doc.published_note = "front matter".to_string();
    }
    if let Some((date, rest)) = date_token(body) {
        if doc.published.is_none() {
            doc.published = Some(date.to_string());
            doc.published_basis = PublishedBasis::Stated;
            doc.published_note = "date token at the start of the text".to_string();
        } else if doc.published.as_deref() != Some(&date.to_string()) {
            diags.push(Diagnostic::new(
                name,
                Severity::Warning,
                format!(
                    "the date token {date} differs from the front matter's; kept the front matter's"
                ),
            ));
        }
        body = rest;
    }

    // Lines, trimmed; chrome out.
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let mut kept: Vec<Option<&str>> = Vec::with_capacity(lines.len());
    let mut in_link_list = false;
    let mut forum_chrome = false;
    for line in &lines {
        if line.is_empty() {
            kept.push(None);
            continue;
        }
        if is_link_list_heading(line) {
            in_link_list = true;
            doc.removed.push(line.to_string());
            continue;
        }
        if in_link_list {
            if strip_bullet(line).is_some() || is_link_row(line) || words(line) <= 5 {
                doc.removed.push(line.to_string());
                continue;
            }
            in_link_list = false;
        }
        if is_chrome_line(line) {
            let lower = line.to_lowercase();
            forum_chrome |= [
                "thread",
                "last edited",
                "reply",
                "quote",
                "reactions",
                "joined",
                "messages",
            ]
            .iter()
            .any(|w| lower.contains(w));
            doc.removed.push(line.to_string());
            continue;
        }
        kept.push(Some(line));
    }

    // A trailing credit line.
    if let Some(pos) = kept.iter().rposition(Option::is_some) {
        if let Some(line) = kept[pos] {
            let lower = line.to_lowercase();
            if let Some(p) = CREDIT_PREFIXES.iter().find(|p| lower.starts_with(**p)) {
                let credit = line[p.len()..].trim_start_matches([':', ' ']).trim();
                doc.credit = Some(if credit.is_empty() { line } else { credit }.to_string());
                kept[pos] = None;
            }
        }
    }

    // The first line: a headline?
    let first = kept.iter().position(Option::is_some);
    let mut headline = None;
    if let Some(i) = first {
        if let Some(line) = kept[i] {
            let has_more = kept[i + 1..].iter().any(Option::is_some);
            let same_as_fm = fm
                .title
                .as_deref()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case(line));
            // A line whose next line goes on with its sentence is not a headline.
            let continued = kept
                .get(i + 1)
                .copied()
                .flatten()
                .is_some_and(starts_lowercase);
            if same_as_fm
                || (has_more
                    && !continued
                    && strip_bullet(line).is_none()
                    && is_heading_like(line, MAX_HEADLINE_WORDS))
            {
                headline = Some(line.to_string());
                kept[i] = None;
            }
        }
    }

    let blocks = blocks(&kept);
    for (paragraph, block) in (0u32..).zip(&blocks) {
        let (text, heading, list_item) = match block {
            Block::Heading(t) => (t, true, false),
            Block::Item(t) => (t, false, true),
            Block::Paragraph(t) => (t, false, false),
        };
        if heading {
            doc.sentences.push(Sentence {
                text: text.clone(),
                paragraph,
                heading: true,
                list_item: false,
                times: Vec::new(),
            });
        } else {
            for r in sentences::split(text) {
                doc.sentences.push(Sentence {
                    text: text[r].to_string(),
                    paragraph,
                    heading: false,
                    list_item,
                    times: Vec::new(),
                });
            }
        }
    }

    // Title.
    (doc.title, doc.title_basis) = if let Some(t) = fm.title.clone() {
        if let Some(h) = headline.filter(|h| !h.eq_ignore_ascii_case(t.trim())) {
            // Both: the file's own headline stays as the first heading.
            doc.sentences.insert(
                0,
                Sentence {
                    text: h,
                    paragraph: 0,
                    heading: true,
                    list_item: false,
                    times: Vec::new(),
                },
            );
            for s in doc.sentences.iter_mut().skip(1) {
                s.paragraph += 1;
            }
        }
        (t, TitleBasis::FrontMatter)
    } else if let Some(h) = headline {
        (h, TitleBasis::Headline)
    } else if let Some(s) = doc.sentences.iter().find(|s| !s.heading) {
        (shorten(&s.text, MAX_TITLE_CHARS), TitleBasis::FirstSentence)
    } else {
        (id.to_string(), TitleBasis::FileName)
    };

    doc.kind = fm.kind.unwrap_or_else(|| infer_kind(&doc, forum_chrome));
    doc
}

/// Groups the kept lines into headings, list items and paragraphs.
fn blocks(lines: &[Option<&str>]) -> Vec<Block> {
    let mut out = Vec::new();
    // Runs of consecutive non-blank lines.
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for l in lines {
        match l {
            Some(l) => current.push(l),
            None => {
                if !current.is_empty() {
                    runs.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    let total_runs = runs.len();
    for (run_no, run) in runs.iter().enumerate() {
        let wrapped = is_hard_wrapped(run);
        let mut para = String::new();
        for (i, line) in run.iter().enumerate() {
            let next = run.get(i + 1);
            if let Some(item) = strip_bullet(line) {
                flush(&mut para, &mut out);
                if !item.is_empty() {
                    out.push(Block::Item(item.to_string()));
                }
                continue;
            }
            let continues = next.is_some_and(|n| {
                strip_bullet(n).is_none()
                    && (wrapped || (!ends_sentence(line) && starts_lowercase(n)))
            });
            let is_last_line_of_text = run_no + 1 == total_runs && next.is_none();
            if para.is_empty()
                && !continues
                && !is_last_line_of_text
                && is_heading_like(line, MAX_HEADING_WORDS)
            {
                out.push(Block::Heading(line.to_string()));
                continue;
            }
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(line);
            if !continues {
                flush(&mut para, &mut out);
            }
        }
        flush(&mut para, &mut out);
    }
    out
}

fn flush(para: &mut String, out: &mut Vec<Block>) {
    if !para.trim().is_empty() {
        out.push(Block::Paragraph(std::mem::take(para)));
    }
    para.clear();
}

fn starts_lowercase(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// A run of lines wrapped at a fixed width: several lines of similar, moderate length, most
/// of them ending mid-sentence.
fn is_hard_wrapped(run: &[&str]) -> bool {
    if run.len() < 3 || run.iter().any(|l| strip_bullet(l).is_some()) {
        return false;
    }
    let body = &run[..run.len() - 1];
    let max = body.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let open = body.iter().filter(|l| !ends_sentence(l)).count();
    max <= 100 && body.iter().all(|l| l.chars().count() >= 30) && open * 2 >= body.len()
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    let mut out = cut[..at]
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    out.push('…');
    out
}

/// Forum furniture means a forum post; key points or many sections in a long text mean an
/// analysis; anything else is a report.
fn infer_kind(doc: &Document, forum_chrome: bool) -> DocKind {
    if forum_chrome {
        return DocKind::Forum;
    }
    let list_items = doc.sentences.iter().filter(|s| s.list_item).count();
    let headings = doc.sentences.iter().filter(|s| s.heading).count();
    if doc.word_count() >= 1000 && (list_items >= 3 || headings >= 4) {
        DocKind::Analysis
    } else {
        DocKind::Report
    }
}

#[cfg(test)]
mod tests;
