//! Time expressions, tagged and normalised the way TIMEX3 (ISO-TimeML) does.
//!
//! A small rule-based tagger over word tokens: absolute dates in their written forms, decades,
//! centuries, seasons and parts (`the 1970s`, `mid-to-late 1960s`, `summer of 2016`,
//! `late 2012`), expressions relative to the document creation time (`last month`,
//! `last July`, `in October`, `on Thursday`, `two decades ago`, `yesterday`), durations
//! (`two decades`, `the last few years`) and sets (`every year`). At each position the
//! longest matching rule wins.
//!
//! Conventions followed: extents leave out prepositions (`in`, `on`, `since`, `for`) but keep
//! determiners and modifiers that change the value or `mod` (`the 1970s`, `late 2012`,
//! `over two decades`); a bare month or weekday means the most recent one before the
//! document's date unless the sentence speaks of the future; values are `YYYY`, `YYYY-MM`,
//! `YYYY-MM-DD`, `YYY` (decade), `YY` (century), `YYYY-SU`, `YYYY-Www`, `P2DE`, `PXY`,
//! `PRESENT_REF`, … An expression that needs a date it does not have gets no value.

mod absolute;
mod durations;
mod relative;
mod tense;
mod tokens;
mod years;

use absolute::*;
use durations::*;
use relative::*;
use tense::*;
use tokens::*;
pub(crate) use tokens::{MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS};
use years::*;

use story_core::date::Date;
use story_core::{TimeExpr, TimexType};

/// What the tagger knows about the text around the sentences.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// Document creation time: the publication date.
    pub dct: Option<Date>,
    /// The DCT was inferred, so values resolved against it are approximate.
    pub approximate: bool,
}

/// Tags the time expressions of one sentence (or any text), in order, not overlapping.
pub fn tag(text: &str, ctx: &Context) -> Vec<TimeExpr> {
    let toks = tokenize(text);
    let future = speaks_of_future(&toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match best_match(&toks, i, ctx, future) {
            Some(m) => {
                let (start, end) = (toks[i].start, toks[m.end - 1].end);
                out.push(TimeExpr {
                    start: text[..start].chars().count() as u32,
                    end: text[..end].chars().count() as u32,
                    text: text[start..end].to_string(),
                    kind: m.kind,
                    value: m.value,
                    modifier: m.modifier.map(str::to_string),
                    approximate: ctx.approximate && m.relative,
                });
                i = m.end;
            }
            None => i += 1,
        }
    }
    out
}

/// Tags a whole text, sentence by sentence (the tense of each sentence decides how a bare
/// month or weekday resolves); offsets are in characters from the start of the text.
pub fn tag_text(text: &str, ctx: &Context) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut chars_before = 0u32;
    let mut last_byte = 0usize;
    for range in crate::sentences::split(text) {
        chars_before += text[last_byte..range.start].chars().count() as u32;
        last_byte = range.start;
        for mut t in tag(&text[range.clone()], ctx) {
            t.start += chars_before;
            t.end += chars_before;
            out.push(t);
        }
    }
    out
}

/// A rule's answer: where the expression ends (token index, exclusive) and its value.
#[derive(Debug)]
struct Match {
    pub(super) end: usize,
    pub(super) kind: TimexType,
    pub(super) value: Option<String>,
    pub(super) modifier: Option<&'static str>,
    /// The value depends on the document creation time.
    pub(super) relative: bool,
}

impl Match {
    pub(super) fn date(end: usize, value: Option<String>) -> Self {
        Match {
            end,
            kind: TimexType::Date,
            value,
            modifier: None,
            relative: false,
        }
    }
    pub(super) fn relative(mut self) -> Self {
        self.relative = true;
        self
    }
}

/// Modifiers before a date: `early`, `mid`, `late`, `mid-to-late`, `the end of`, …
fn date_modifier_at(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let w = lower_at(toks, i);
    let hyphen = lower_at(toks, i + 1) == "-";
    // `mid-to-late`, `early-to-mid`
    if matches!(w, "early" | "mid" | "late") && hyphen && lower_at(toks, i + 2) == "to" {
        let second = lower_at(toks, i + 4);
        if lower_at(toks, i + 3) == "-" && matches!(second, "mid" | "late") {
            let end = if lower_at(toks, i + 5) == "-" {
                i + 6
            } else {
                i + 5
            };
            return Some((if second == "late" { "END" } else { "MID" }, end));
        }
    }
    let m = match w {
        "early" => "START",
        "mid" | "middle" => "MID",
        "late" => "END",
        _ => {
            for (words, m) in [
                (&["the", "end", "of"][..], "END"),
                (&["the", "beginning", "of"][..], "START"),
                (&["the", "start", "of"][..], "START"),
                (&["the", "middle", "of"][..], "MID"),
                (&["the", "turn", "of"][..], "START"),
            ] {
                if words
                    .iter()
                    .enumerate()
                    .all(|(k, x)| lower_at(toks, i + k) == *x)
                {
                    return Some((m, i + words.len()));
                }
            }
            return None;
        }
    };
    // `mid-2012` is written with a hyphen; `early March` without.
    Some((m, if hyphen { i + 2 } else { i + 1 }))
}

fn best_match(toks: &[Tok], i: usize, ctx: &Context, future: bool) -> Option<Match> {
    // A date modifier, then a date: `late 2012`, `early March`, `the mid-1960s`.
    let the = usize::from(lower_at(toks, i) == "the");
    if let Some((modifier, j)) =
        date_modifier_at(toks, i + the).or_else(|| date_modifier_at(toks, i))
    {
        if let Some(mut m) = core_date(toks, j, ctx, future) {
            if m.kind == TimexType::Date && m.value.as_deref().is_none_or(|v| !v.ends_with("_REF"))
            {
                m.modifier = Some(modifier);
                return Some(m);
            }
        }
    }
    let candidates = [
        core_date(toks, i, ctx, future),
        duration(toks, i),
        set(toks, i),
    ];
    candidates.into_iter().flatten().max_by_key(|m| m.end)
}

/// DATE and TIME expressions without a leading modifier.
fn core_date(toks: &[Tok], i: usize, ctx: &Context, future: bool) -> Option<Match> {
    let rules = [
        iso_date(toks, i),
        named_date(toks, i),
        month_forms(toks, i, ctx, future),
        day_month(toks, i, ctx, future),
        decade(toks, i),
        century(toks, i),
        season(toks, i, ctx, future),
        relative(toks, i, ctx),
        ago(toks, i, ctx),
        deictic(toks, i, ctx),
        weekday(toks, i, ctx, future),
        year_at(toks, i).map(|y| Match::date(i + 1, Some(format!("{y:04}")))),
    ];
    rules.into_iter().flatten().max_by_key(|m| m.end)
}

#[cfg(test)]
mod tests;
