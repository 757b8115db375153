//! Ingest: from the bytes of one article file to a [`Document`] of headings, paragraphs, list
//! items and sentences, with its page furniture taken out (and kept aside with the reason),
//! its metadata read, and a title.
//!
//! The steps, each a module or a function here:
//! - [`decode`]: bytes to clean NFC text (UTF-8, UTF-16, or a detected legacy encoding);
//! - the format: a saved web page ([`html`]: the main text and the page's metadata), Markdown
//!   ([`markdown`]), or plain text with optional [`front_matter`];
//! - furniture by its own words ([`crate::furniture`]), link lists and a trailing credit line;
//! - the headline, the [`dateline`], blocks and sentences, the title, the kind, the outlet.
//!
//! Pure and total: any bytes give either a document or a diagnostic saying why the file was
//! skipped, plus notes and warnings about what was repaired.

mod dateline;
mod decode;
mod front_matter;
mod html;
mod markdown;

use story_core::date::Date;
use story_core::{
    Diagnostic, DocKind, Document, Furniture, PublishedBasis, Removed, Sentence, Severity,
    SourceBasis, TitleBasis,
};

use crate::furniture;
use crate::sentences;
use front_matter::FrontMatter;

/// Files larger than this are skipped.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// Longest title made from a first sentence, in characters.
const MAX_TITLE_CHARS: usize = 90;

/// Fewest words of running text for a saved page to count as an article.
const MIN_PAGE_WORDS: usize = 30;

/// The outcome of ingesting one file.
#[derive(Debug)]
pub struct Ingested {
    /// `None` when the file was skipped; the diagnostics say why.
    pub document: Option<Document>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The formats an article file can have, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format of a file name (`.html`/`.htm`/`.xhtml`, `.md`/`.markdown`, else text).
    pub fn of(name: &str) -> Format {
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Format::Html,
            "md" | "markdown" => Format::Markdown,
            _ => Format::Text,
        }
    }
}

/// A line of the text before it is grouped into blocks: how it is known to be what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub text: String,
    pub kind: LineKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// A line of plain text: its shape says whether it is a heading or an item.
    Plain,
    /// A paragraph, marked as such (Markdown, a page).
    Paragraph,
    /// A heading, marked as such.
    Heading,
    /// A list item, marked as such.
    Item,
}

/// Ingests one file. `name` is its file name, `id` the stable id to give the document.
pub fn ingest(name: &str, id: &str, bytes: &[u8]) -> Ingested {
    let mut diags = Vec::new();
    let format = Format::of(name);
    let Some(text) = decode::decode_text(name, bytes, format == Format::Html, &mut diags) else {
        return Ingested {
            document: None,
            diagnostics: diags,
        };
    };
    let document = match format {
        Format::Html => read_page(name, id, &text, &mut diags),
        Format::Markdown | Format::Text => Some(read_text(name, id, &text, format, &mut diags)),
    };
    if let Some(d) = &document {
        if d.sentences.is_empty() {
            diags.push(Diagnostic::new(
                name,
                Severity::Warning,
                "no article text left after removing metadata and page furniture",
            ));
        }
    }
    Ingested {
        document,
        diagnostics: diags,
    }
}

/// A text or Markdown file: front matter, a leading date token, then the body.
fn read_text(
    name: &str,
    id: &str,
    text: &str,
    format: Format,
    diags: &mut Vec<Diagnostic>,
) -> Document {
    let (fm, mut body) = front_matter::front_matter(name, text, diags);
    let mut doc = new_document(name, id, &fm);
    if let Some((date, rest)) = front_matter::date_token(body) {
        if doc.published.is_none() {
            set_published(&mut doc, date, "date token at the start of the text");
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
    let lines = match format {
        Format::Markdown => markdown::lines(body),
        _ => body
            .lines()
            .map(str::trim)
            .map(|l| {
                (!l.is_empty()).then(|| Line {
                    text: l.to_string(),
                    kind: LineKind::Plain,
                })
            })
            .collect(),
    };
    build_document(&mut doc, fm.title, lines);
    doc_outlet(&mut doc);
    doc
}

/// The warning for a file that is not used, with the reason.
fn skipped(name: &str, why: &str) -> Diagnostic {
    Diagnostic::new(name, Severity::Warning, format!("skipped: {why}"))
}

/// A saved web page: its article's text and the page's metadata; `None` when the page holds
/// no article.
fn read_page(name: &str, id: &str, html: &str, diags: &mut Vec<Diagnostic>) -> Option<Document> {
    let skip = |diags: &mut Vec<Diagnostic>, why: String| {
        diags.push(skipped(name, &why));
        None
    };
    // A third-party parser on untrusted input: a panic in it is a skipped file, not a
    // failed build.
    let page = match std::panic::catch_unwind(|| html::extract(html)) {
        Ok(Ok(page)) => page,
        Ok(Err(why)) => return skip(diags, why),
        Err(_) => return skip(diags, "the page could not be parsed".to_string()),
    };
    let fm = FrontMatter {
        title: page.title.clone(),
        source: page.site_name.clone(),
        url: page
            .url
            .clone()
            .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        author: page.author.clone(),
        published: page
            .published
            .as_deref()
            .and_then(front_matter::parse_date_value),
        kind: None,
    };
    let mut doc = new_document(name, id, &fm);
    if doc.published.is_some() {
        doc.published_note = "the page's metadata".to_string();
    }
    if doc.source.is_some() {
        doc.source_basis = SourceBasis::PageMetadata;
    }
    build_document(&mut doc, fm.title, markdown::lines(&page.markdown));
    let words: usize = doc
        .sentences
        .iter()
        .filter(|s| !s.heading && !s.list_item)
        .map(|s| s.text.split_whitespace().count())
        .sum();
    if words < MIN_PAGE_WORDS {
        return skip(
            diags,
            format!("no article in the page (only {words} words of running text)"),
        );
    }
    doc_outlet(&mut doc);
    Some(doc)
}

fn new_document(name: &str, id: &str, fm: &FrontMatter) -> Document {
    let mut doc = Document {
        id: id.to_string(),
        file: name.to_string(),
        source: fm.source.clone(),
        url: fm.url.clone(),
        author: fm.author.clone(),
        ..Document::default()
    };
    if doc.source.is_some() {
        doc.source_basis = SourceBasis::FrontMatter;
    }
    if let Some(d) = fm.published {
        set_published(&mut doc, d, "front matter");
    }
    doc.kind = fm.kind.unwrap_or_default();
    doc
}

fn set_published(doc: &mut Document, date: Date, how: &str) {
    doc.published = Some(date.to_string());
    doc.published_basis = PublishedBasis::Stated;
    doc.published_note = how.to_string();
}

/// From the body's lines to the document's text: furniture out, credit, headline, dateline,
/// blocks and sentences, title and kind. `fm_title` is a title the file or page states.
fn build_document(doc: &mut Document, fm_title: Option<String>, lines: Vec<Option<Line>>) {
    let kind_stated = doc.kind != DocKind::default();
    let lines = remove_comment_section(doc, lines);
    let (mut kept, forum_chrome) = remove_furniture(doc, lines);
    take_credit(doc, &mut kept);
    split_at_inner_stamp(doc, &mut kept);
    let headline = take_headline(&mut kept, fm_title.as_deref());
    take_dateline(doc, &mut kept);

    let patterns = furniture::patterns();
    for (paragraph, block) in (0u32..).zip(&blocks(&kept)) {
        let (text, heading, list_item) = match block {
            Block::Heading(t) => (t, true, false),
            Block::Item(t) => (t, false, true),
            Block::Paragraph(t) => (t, false, false),
        };
        let pieces = if heading {
            std::iter::once(0..text.len()).collect()
        } else {
            sentences::split(text)
        };
        for r in pieces {
            // Furniture inside a paragraph (a comment policy run into the last sentence):
            // out, and the story before it kept.
            let sentence = patterns.keep_story(&text[r], &mut doc.removed);
            if sentence.is_empty() {
                continue;
            }
            doc.sentences.push(Sentence {
                text: sentence.to_string(),
                paragraph,
                heading,
                list_item,
                times: Vec::new(),
            });
        }
    }

    // Title.
    (doc.title, doc.title_basis) = if let Some(t) = fm_title {
        if let Some(h) = headline.filter(|h| !same_title(h, &t)) {
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
    } else {
        (String::new(), TitleBasis::FirstSentence)
    };
    if doc.title_basis == TitleBasis::FirstSentence {
        retitle(doc);
    }
    if !kind_stated {
        doc.kind = infer_kind(doc, forum_chrome);
    }
}

/// A title and a headline that say the same (case and spacing aside).
fn same_title(a: &str, b: &str) -> bool {
    furniture::fold(a) == furniture::fold(b)
}

/// A document whose title was made from its first sentence gets it again from what is now
/// its first sentence (after furniture left the text).
pub(crate) fn retitle(doc: &mut Document) {
    if !matches!(
        doc.title_basis,
        TitleBasis::FirstSentence | TitleBasis::FileName
    ) {
        return;
    }
    (doc.title, doc.title_basis) = match doc.sentences.iter().find(|s| !s.heading) {
        Some(s) => (shorten(&s.text, MAX_TITLE_CHARS), TitleBasis::FirstSentence),
        None => (doc.id.clone(), TitleBasis::FileName),
    };
}

/// A page's comment section (readers' signed comments, to the end of the page) out of the
/// text, into `doc.removed`.
fn remove_comment_section(doc: &mut Document, mut lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let texts: Vec<&str> = lines
        .iter()
        .map(|l| l.as_ref().map_or("", |l| l.text.as_str()))
        .collect();
    let Some(at) = furniture::comment_section_start(&texts) else {
        return lines;
    };
    for line in lines.drain(at..).flatten() {
        doc.removed.push(Removed {
            text: line.text,
            reason: Furniture::Comments,
        });
    }
    lines
}

/// Lines that are furniture by their words, and link lists, out of the text (into
/// `doc.removed`). Also says whether forum furniture was seen.
fn remove_furniture(doc: &mut Document, lines: Vec<Option<Line>>) -> (Vec<Option<Line>>, bool) {
    let patterns = furniture::patterns();
    let mut kept: Vec<Option<Line>> = Vec::with_capacity(lines.len());
    let mut in_link_list = false;
    let mut in_comment = false;
    let mut forum_chrome = false;
    for line in lines {
        let Some(line) = line else {
            kept.push(None);
            continue;
        };
        let remove = |doc: &mut Document, reason| {
            doc.removed.push(Removed {
                text: line.text.clone(),
                reason,
            })
        };
        if line.kind != LineKind::Paragraph && patterns.is_link_list_heading(&line.text) {
            in_link_list = true;
            remove(doc, Furniture::Links);
            continue;
        }
        if in_link_list {
            if line.kind == LineKind::Item
                || strip_bullet(&line.text).is_some()
                || is_link_row(&line.text)
                || words(&line.text) <= 5
            {
                remove(doc, Furniture::Links);
                continue;
            }
            in_link_list = false;
        }
        // A line of one sentence is judged whole here; the sentences of a longer paragraph
        // are judged one by one once it is split.
        let bare = strip_bullet(&line.text).unwrap_or(&line.text);
        let verdict = (sentences::split(bare).len() <= 1)
            .then(|| patterns.classify_sentence(bare))
            .flatten();
        // A footer run into the line's story (`… is the author of X Letters for publication
        // should be sent to …`): the footer goes, the story stays.
        if let Some((reason, at)) = verdict.filter(|&(_, at)| at > 0) {
            doc.removed.push(Removed {
                text: bare[at..].to_string(),
                reason,
            });
            kept.push(Some(Line {
                text: bare[..at].trim_end().to_string(),
                kind: line.kind,
            }));
            continue;
        }
        if let Some((reason, _)) = verdict {
            let lower = line.text.to_lowercase();
            forum_chrome |= reason == Furniture::Chrome
                && [
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
            // The paragraph after a comment's head (`Jo wrote:`) is the comment.
            in_comment = reason == Furniture::Comments && line.text.trim_end().ends_with(':');
            remove(doc, reason);
            continue;
        }
        if dateline::is_stamp_line(&line.text) {
            remove(doc, Furniture::Chrome);
            continue;
        }
        if in_comment {
            in_comment = false;
            remove(doc, Furniture::Comments);
            continue;
        }
        if is_link_row(&line.text) {
            remove(doc, Furniture::Links);
            continue;
        }
        kept.push(Some(line));
    }
    (kept, forum_chrome)
}

/// A trailing credit line (`Source: …`) becomes the document's credit.
fn take_credit(doc: &mut Document, kept: &mut [Option<Line>]) {
    let Some(pos) = kept.iter().rposition(Option::is_some) else {
        return;
    };
    let Some(line) = &kept[pos] else {
        return;
    };
    let lower = line.text.to_lowercase();
    if let Some(p) = CREDIT_PREFIXES.iter().find(|p| lower.starts_with(**p)) {
        let credit = line.text[p.len()..].trim_start_matches([':', ' ']).trim();
        doc.credit = Some(
            if credit.is_empty() {
                &line.text
            } else {
                credit
            }
            .to_string(),
        );
        kept[pos] = None;
    }
}

/// The first line, when it is a headline (or the stated title), comes out of the text.
fn take_headline(kept: &mut [Option<Line>], fm_title: Option<&str>) -> Option<String> {
    let i = kept.iter().position(Option::is_some)?;
    let line = kept[i].as_ref()?;
    let has_more = kept[i + 1..].iter().any(Option::is_some);
    let same_as_fm = fm_title.is_some_and(|t| same_title(t, &line.text));
    // A line whose next line goes on with its sentence is not a headline.
    let continued = kept
        .get(i + 1)
        .and_then(Option::as_ref)
        .is_some_and(|n| starts_lowercase(&n.text));
    let headline = same_as_fm
        || (has_more
            && match line.kind {
                LineKind::Heading => true,
                LineKind::Plain => {
                    !continued
                        && strip_bullet(&line.text).is_none()
                        && is_heading_like(&line.text, MAX_HEADLINE_WORDS)
                }
                LineKind::Paragraph | LineKind::Item => false,
            });
    if headline {
        return kept[i].take().map(|l| l.text);
    }
    None
}

/// A page stamp run into one of the first lines (`… years before invasion Thursday 13
/// January 2005 03.10 GMT The US investigators …`) comes out of the text, and the line is cut
/// there: what came before it is the page's headline or standfirst, a heading (a line of its
/// own with no stop at its end), and what follows it is the story.
fn split_at_inner_stamp(doc: &mut Document, kept: &mut Vec<Option<Line>>) {
    let first: Vec<usize> = kept
        .iter()
        .enumerate()
        .filter(|(_, l)| l.is_some())
        .map(|(i, _)| i)
        .take(3)
        .collect();
    for &i in first.iter().rev() {
        let Some(line) = kept[i].as_ref() else {
            continue;
        };
        if line.kind == LineKind::Heading {
            continue;
        }
        let Some((from, to)) = dateline::inner_stamp(&line.text) else {
            continue;
        };
        let before = line.text[..from].trim().to_string();
        let after = line.text[to..].trim().to_string();
        let kind = line.kind;
        doc.removed.push(Removed {
            text: line.text[from..to].to_string(),
            reason: Furniture::Chrome,
        });
        let headed = !before.ends_with(['.', '!', '?', '"', '”', ':', ';']);
        let mut lines = vec![Some(Line {
            text: before,
            kind: if headed { LineKind::Heading } else { kind },
        })];
        if !after.is_empty() {
            lines.push(None);
            lines.push(Some(Line { text: after, kind }));
        }
        kept.splice(i..=i, lines);
    }
}

/// A dateline opening one of the first paragraphs comes off it, into the metadata.
fn take_dateline(doc: &mut Document, kept: &mut [Option<Line>]) {
    for line in kept.iter_mut().flatten().take(3) {
        if line.kind == LineKind::Heading {
            continue;
        }
        if let Some((dateline, at)) = dateline::parse(&line.text) {
            line.text = line.text[at..].to_string();
            doc.dateline = Some(dateline);
            return;
        }
        if let Some(at) = dateline::leading_stamp(&line.text) {
            doc.removed.push(Removed {
                text: line.text[..at].trim_end().to_string(),
                reason: Furniture::Chrome,
            });
            line.text = line.text[at..].to_string();
        }
    }
}

/// The outlet, when nothing stated it: the dateline's agency, else the URL's host.
fn doc_outlet(doc: &mut Document) {
    if doc.source.is_some() {
        return;
    }
    if let Some(agency) = doc.dateline.as_ref().and_then(|d| d.agency.clone()) {
        doc.source = Some(agency);
        doc.source_basis = SourceBasis::Dateline;
    } else if let Some(credit) = doc.credit.clone().filter(|c| is_outlet_name(c)) {
        doc.source = Some(credit);
        doc.source_basis = SourceBasis::Credit;
    } else if let Some(host) = doc.url.as_deref().and_then(url_host) {
        doc.source = Some(host);
        doc.source_basis = SourceBasis::UrlHost;
    }
}

/// A credit that is only a name (`Reuters`, `The Daily Example`), not a title or a sentence:
/// one to five words, each capitalised (or a small joining word), no final punctuation.
fn is_outlet_name(credit: &str) -> bool {
    let words: Vec<&str> = credit.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && !credit.ends_with(['.', '!', '?', ':', ';', ','])
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(*w, "of" | "the" | "and" | "&" | "de" | "la" | "le")
        })
}

/// `https://www.example.org/a/b` → `example.org`.
fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty() && host.contains('.')).then_some(host)
}

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

#[derive(Debug, PartialEq)]
enum Block {
    Heading(String),
    Item(String),
    Paragraph(String),
}

/// Starts of a credit line (`Source: …`) kept as the document's credited source.
const CREDIT_PREFIXES: &[&str] = &[
    "source:",
    "sources:",
    "via:",
    "credit:",
    "originally published",
];

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

/// Groups the kept lines into headings, list items and paragraphs.
fn blocks(lines: &[Option<Line>]) -> Vec<Block> {
    let mut out = Vec::new();
    // Runs of consecutive non-blank lines.
    let mut runs: Vec<Vec<&Line>> = Vec::new();
    let mut current: Vec<&Line> = Vec::new();
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
        let plain: Vec<&str> = run
            .iter()
            .filter(|l| l.kind == LineKind::Plain)
            .map(|l| l.text.as_str())
            .collect();
        let wrapped = plain.len() == run.len() && is_hard_wrapped(&plain);
        let mut para = String::new();
        for (i, line) in run.iter().enumerate() {
            match line.kind {
                LineKind::Heading => {
                    flush(&mut para, &mut out);
                    out.push(Block::Heading(line.text.clone()));
                    continue;
                }
                LineKind::Item => {
                    flush(&mut para, &mut out);
                    out.push(Block::Item(line.text.clone()));
                    continue;
                }
                LineKind::Paragraph => {
                    flush(&mut para, &mut out);
                    para.push_str(&line.text);
                    flush(&mut para, &mut out);
                    continue;
                }
                LineKind::Plain => {}
            }
            let line = line.text.as_str();
            let next = run
                .get(i + 1)
                .filter(|n| n.kind == LineKind::Plain)
                .map(|n| n.text.as_str());
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
            let is_last_line_of_text = run_no + 1 == total_runs && i + 1 == run.len();
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
    if doc.count_words() >= 1000 && (list_items >= 3 || headings >= 4) {
        DocKind::Analysis
    } else {
        DocKind::Report
    }
}

#[cfg(test)]
mod tests;
