//! What a built page says about itself beyond the index: the title and one-line summary its
//! link previews and oEmbed show, and the host origins whose commands it takes (`story.toml`'s
//! `title`, `summary` and `embed_origins`).
//!
//! `build.rs` writes a [`PageMeta`] as JSON behind a short header ([`frame`]) into the wasm;
//! the trunk hook `scripts/page-meta.mjs` finds it there to fill `index.html`'s metadata and
//! write `oembed.json`, and the page reads the same bytes for the allowed origins, so the
//! page and its metadata always come from the same build.

use serde::{Deserialize, Serialize};

use crate::index::Index;

/// The header of the embedded metadata; then the JSON's length in [`LEN_DIGITS`] decimal
/// digits, a newline, and the JSON.
pub const MAGIC: &str = "STORYPAGE1\n";
const LEN_DIGITS: usize = 8;
/// Longest description kept (link previews show about two lines).
pub const MAX_DESCRIPTION_CHARS: usize = 300;
/// The product's name: the title of a story without one.
pub const PRODUCT: &str = "Story Explorer";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageMeta {
    /// The story's title, or [`PRODUCT`].
    pub title: String,
    /// One line: `story.toml`'s `summary`, else made from the index.
    pub description: String,
    /// Origins (`https://host[:port]`) whose `story-explorer:navigate` commands the page
    /// follows; empty: it follows none.
    pub embed_origins: Vec<String>,
}

impl PageMeta {
    pub fn new(index: &Index, summary: Option<&str>, embed_origins: Vec<String>) -> PageMeta {
        let title = one_line(&index.title);
        let description = summary
            .map(one_line)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| summary_of(index));
        PageMeta {
            title: if title.is_empty() {
                PRODUCT.to_string()
            } else {
                title
            },
            description: cut(&description, MAX_DESCRIPTION_CHARS),
            embed_origins,
        }
    }
}

/// The number of distinct outlets (front matter `source:`) of the documents.
pub fn outlets(index: &Index) -> usize {
    let mut names: Vec<&str> = index
        .documents
        .iter()
        .filter_map(|d| d.source.as_deref())
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    crate::order::sort(&mut names);
    names.dedup();
    names.len()
}

/// A one-line summary made from the index: how many articles from how many outlets, their
/// dates, and the events on the timeline.
pub fn summary_of(index: &Index) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut s = plural(index.documents.len(), "article", "articles");
    let k = outlets(index);
    if k > 0 {
        s.push_str(&format!(" from {}", plural(k, "outlet", "outlets")));
    }
    let mut dates: Vec<&str> = index
        .documents
        .iter()
        .filter_map(|d| d.published.as_deref())
        .collect();
    crate::order::sort(&mut dates);
    match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a == b => s.push_str(&format!(" ({a})")),
        (Some(a), Some(b)) => s.push_str(&format!(" ({a} to {b})")),
        _ => {}
    }
    s.push_str(&format!(
        ", read side by side: {} on a timeline",
        plural(index.events.len(), "event", "events")
    ));
    if !index.claims.is_empty() {
        s.push_str(&format!(
            ", {} compared",
            plural(index.claims.len(), "claim", "claims")
        ));
    }
    s.push('.');
    s
}

/// Whitespace (newlines included) collapsed to single spaces, control characters dropped.
fn one_line(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn cut(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", s[..at].trim_end()),
        None => s.to_string(),
    }
}

/// The bytes to embed: [`MAGIC`], the length, a newline, the JSON.
pub fn frame(json: &str) -> Vec<u8> {
    format!("{MAGIC}{:0width$}\n{json}", json.len(), width = LEN_DIGITS).into_bytes()
}

/// The JSON of embedded bytes, if they are framed as [`frame`] frames them.
pub fn unframe(bytes: &[u8]) -> Option<&str> {
    let rest = bytes.strip_prefix(MAGIC.as_bytes())?;
    let digits = std::str::from_utf8(rest.get(..LEN_DIGITS)?).ok()?;
    let len: usize = digits.parse().ok()?;
    let rest = rest.get(LEN_DIGITS..)?.strip_prefix(b"\n")?;
    std::str::from_utf8(rest.get(..len)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{Document, Event};

    fn doc(id: &str, source: Option<&str>, published: Option<&str>) -> Document {
        Document {
            id: id.into(),
            source: source.map(Into::into),
            published: published.map(Into::into),
            ..Document::default()
        }
    }

    #[test]
    fn summary_from_the_index() {
        let mut index = Index {
            documents: vec![
                doc("a", Some("The Daily"), Some("2024-03-05")),
                doc("b", Some(" The Daily "), Some("2024-03-01")),
                doc("c", Some("Other Post"), None),
                doc("d", None, None),
            ],
            ..Index::default()
        };
        index.events.push(Event::default());
        assert_eq!(outlets(&index), 2);
        assert_eq!(
            summary_of(&index),
            "4 articles from 2 outlets (2024-03-01 to 2024-03-05), read side by side: 1 event on a timeline."
        );
        let one = Index {
            documents: vec![doc("a", None, Some("2024-03-05"))],
            ..Index::default()
        };
        assert_eq!(
            summary_of(&one),
            "1 article (2024-03-05), read side by side: 0 events on a timeline."
        );
    }

    #[test]
    fn title_and_description() {
        let mut index = Index::default();
        let m = PageMeta::new(&index, None, vec![]);
        assert_eq!(m.title, PRODUCT);
        assert_eq!(m.description, summary_of(&index));
        index.title = " The  story\nin a line ".into();
        let m = PageMeta::new(&index, Some("  One\n line\t\u{7} only. "), vec![]);
        assert_eq!(m.title, "The story in a line");
        assert_eq!(m.description, "One line only.");
        // A blank summary falls back to the index's; a long one is cut.
        assert_eq!(
            PageMeta::new(&index, Some(" \n "), vec![]).description,
            summary_of(&index)
        );
        let long = "word ".repeat(100);
        let d = PageMeta::new(&index, Some(&long), vec![]).description;
        assert!(
            d.ends_with('…') && d.chars().count() <= MAX_DESCRIPTION_CHARS + 1,
            "{d}"
        );
    }

    #[test]
    fn frames_round_trip_and_refuse_damage() {
        let json = "{\"title\":\"T ✓\"}";
        let bytes = frame(json);
        assert!(bytes.starts_with(format!("STORYPAGE1\n{:08}\n", json.len()).as_bytes()));
        assert_eq!(unframe(&bytes), Some(json));
        let mut longer = bytes.clone();
        longer.extend_from_slice(b"trailing bytes of the data segment");
        assert_eq!(unframe(&longer), Some(json));
        for bad in [
            &b""[..],
            b"STORYPAGE1\n",
            b"STORYPAGE1\n0000001x\n{}",
            b"STORYPAGE1\n00000099\n{}",
        ] {
            assert_eq!(unframe(bad), None);
        }
        assert_eq!(unframe(&bytes[..bytes.len() - 1]), None);
    }
}
