//! Markdown articles, read with `pulldown-cmark`: headings are headings, paragraphs and list
//! items keep their words (a link its text), emphasis marks go, images, HTML and code blocks
//! are left out, a table row is a line of its cells.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{Line, LineKind};

/// The blocks of a Markdown text, as lines (`None` between blocks).
pub(super) fn lines(text: &str) -> Vec<Option<Line>> {
    let mut out: Vec<Option<Line>> = Vec::new();
    let mut current = String::new();
    // What the text being gathered will become, and how deep in skipped content we are.
    let mut kind = LineKind::Paragraph;
    let mut skip = 0usize;
    let mut items = 0usize;
    let flush = |current: &mut String, kind: LineKind, out: &mut Vec<Option<Line>>| {
        let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
        current.clear();
        if !text.is_empty() {
            out.push(Some(Line { text, kind }));
            out.push(None);
        }
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(text, options) {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock)
            | Event::Start(Tag::FootnoteDefinition(_) | Tag::MetadataBlock(_)) => skip += 1,
            Event::End(
                TagEnd::CodeBlock
                | TagEnd::Image
                | TagEnd::HtmlBlock
                | TagEnd::FootnoteDefinition
                | TagEnd::MetadataBlock(_),
            ) => skip = skip.saturating_sub(1),
            _ if skip > 0 => {}
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut current, kind, &mut out);
                kind = LineKind::Heading;
            }
            Event::Start(Tag::Item) => {
                flush(&mut current, kind, &mut out);
                items += 1;
                kind = LineKind::Item;
            }
            Event::End(TagEnd::Item) => {
                flush(&mut current, kind, &mut out);
                items = items.saturating_sub(1);
                kind = if items > 0 {
                    LineKind::Item
                } else {
                    LineKind::Paragraph
                };
            }
            Event::Start(Tag::List(_)) => flush(&mut current, kind, &mut out),
            Event::End(TagEnd::Heading(_) | TagEnd::TableRow | TagEnd::TableHead) => {
                flush(&mut current, kind, &mut out);
                kind = if items > 0 {
                    LineKind::Item
                } else {
                    LineKind::Paragraph
                };
            }
            Event::End(TagEnd::Paragraph) if items == 0 => flush(&mut current, kind, &mut out),
            Event::End(TagEnd::Paragraph) => current.push(' '),
            Event::End(TagEnd::TableCell) => current.push_str("; "),
            Event::Text(t) | Event::Code(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::Rule => flush(&mut current, kind, &mut out),
            _ => {}
        }
    }
    flush(&mut current, kind, &mut out);
    // Table cells leave a trailing separator.
    for line in out.iter_mut().flatten() {
        let trimmed = line.text.trim_end_matches([';', ' ']).len();
        if trimmed > 0 {
            line.text.truncate(trimmed);
        }
    }
    out
}
