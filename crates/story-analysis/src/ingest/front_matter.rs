//! Metadata written into a text or Markdown file: a front-matter block of `key: value` lines
//! between `---` lines, or a leading `date YYYY-MM-DD` token.

use story_core::date::Date;
use story_core::{Diagnostic, DocKind, Severity};

/// Metadata read from a front-matter block.
#[derive(Default)]
pub(super) struct FrontMatter {
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    pub kind: Option<DocKind>,
}

/// Splits off a leading `---` … `---` block of `key: value` lines, if there is one.
pub(super) fn front_matter<'a>(
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
pub(super) fn parse_date_value(s: &str) -> Option<Date> {
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !rest.is_empty() && !rest.starts_with(['T', 't', ' ']) {
        return None;
    }
    Date::parse_iso(head)
}

/// A leading `date YYYY-MM-DD` (or `published: YYYY-MM-DD`) token: metadata, not text.
pub(super) fn date_token(text: &str) -> Option<(Date, &str)> {
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
