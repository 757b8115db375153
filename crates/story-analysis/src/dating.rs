//! Time expressions across a corpus: publication dates for undated documents, then every
//! sentence tagged against its document's date.
//!
//! An undated document's date is inferred from what it says and from its story: the latest
//! date that the documents of the corpus state, when the document mentions nothing later;
//! else the end of the latest absolute date it mentions. Its relative expressions are then
//! marked approximate.

use story_core::date::Date;
use story_core::time::value_range;
use story_core::{Document, PublishedBasis, TimexType};

use crate::timex::{self, Context};

/// Infers missing publication dates and tags every sentence of every document.
pub fn date_and_tag(docs: &mut [Document]) {
    let stated: Vec<Date> = docs
        .iter()
        .filter(|d| d.published_basis == PublishedBasis::Stated)
        .filter_map(|d| d.published.as_deref().and_then(Date::parse_iso))
        .collect();
    let corpus_latest = stated.iter().max().copied();
    crate::par::each_mut(docs, |doc| {
        if doc.published.is_none() {
            infer(doc, corpus_latest);
        }
        let ctx = Context {
            dct: doc.published.as_deref().and_then(Date::parse_iso),
            approximate: doc.published_basis == PublishedBasis::Inferred,
        };
        let tagged = timex::tag_sentences(doc.sentences.iter().map(|s| s.text.as_str()), &ctx);
        for (s, times) in doc.sentences.iter_mut().zip(tagged) {
            s.times = times;
        }
    });
}

fn infer(doc: &mut Document, corpus_latest: Option<Date>) {
    // The latest absolute date the document mentions (its last day).
    let ctx = Context::default();
    let latest_mention = doc
        .sentences
        .iter()
        .flat_map(|s| timex::tag(&s.text, &ctx))
        .filter(|t| t.kind == TimexType::Date)
        .filter_map(|t| {
            t.value
                .as_deref()
                .and_then(value_range)
                .map(|(_, end, _)| (end, t.text))
        })
        .max_by_key(|(end, _)| *end);
    let (date, note) = match (corpus_latest, latest_mention) {
        (Some(c), Some((m, text))) if m <= c => (
            c,
            format!(
                "the latest date stated by the documents of its story; it mentions nothing later than “{text}”"
            ),
        ),
        (Some(c), None) => (c, "the latest date stated by the documents of its story".to_string()),
        (_, Some((m, text))) => (m, format!("the latest date it mentions, “{text}”")),
        (None, None) => return,
    };
    doc.published = Some(date.to_string());
    doc.published_basis = PublishedBasis::Inferred;
    doc.published_note = format!("inferred: {note}");
}
