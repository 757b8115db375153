//! Time expressions, tagged and normalised the way TIMEX3 (ISO-TimeML) does.
//!
//! A small rule-based tagger over word tokens, a module a step: `tokens` (words, numbers,
//! month and weekday names), `years` (years, decades, centuries: a four-digit number is a
//! year only where the text reads it as one), `absolute` (dates in their written forms, a
//! weekday beside its date, chronology lines), `relative` (seasons, `last month`, `last July`,
//! `two decades ago`, `yesterday`, weekdays, resolved against the document creation time),
//! `tense` (which way an underspecified date points), `holidays` (named days from
//! `data/holidays.txt`), `clock` (times of day) and `durations` (durations and sets). At each
//! position the longest matching rule wins.
//!
//! Conventions followed: extents leave out prepositions (`in`, `on`, `since`, `for`) but keep
//! determiners and modifiers that change the value or `mod` (`the 1970s`, `late 2012`,
//! `over two decades`); values are `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYY` (decade), `YY`
//! (century), `YYYY-SU`, `YYYY-Www`, `P2DE`, `PXY`, `PRESENT_REF`, … An expression that needs
//! a date it does not have gets no value.
//!
//! Underspecified dates (`in August`, `on Monday`, `15 July`, `at Christmas`) resolve the way
//! a reader does: the tense and modality of their clause point forward (`will`, `is due to`,
//! `expected`, `plans to`, …) or back (past tense), and where nothing says, a month or a day
//! is the occurrence nearest the document's date (a weekday the most recent one). A chronology
//! line (`2 May: …`, `June 3 – …`) takes the year in focus: the year of the last chronology
//! line or heading of the text that stated one, else the occurrence nearest the document's
//! date.
//!
//! Times of day are TIME expressions (`10:20 a.m.`, `17:42`, `1400 GMT`, `02.35 GMT`,
//! `1425 local time`, `3pm`, `noon`), their extent keeping the zone as written. Their value is
//! `YYYY-MM-DDTHH:MM` when a day-level date stands beside them (`0030 GMT 2 June`,
//! `Friday 18 February 2005 02.35 GMT`, `on Monday at 10:20 a.m.`), else `XXXX-XX-XXTHH:MM`
//! (TimeML's form for an unknown day), followed by the zone's offset from UTC when the zone
//! names one: `Z` for GMT and UTC, `+01` for BST, `-05` for CDT (`2010-06-02T00:30Z`,
//! `XXXX-XX-XXT14:25` for `1425 local time`). A time in brackets that gives the same moment in
//! another zone lends its date: `1930 CDT (0030 GMT 2 June)` is `2010-06-01T19:30-05`. A TIME
//! value is never a calendar date, so no event is dated from a time of day; the date beside
//! it stays a DATE expression of its own.

mod absolute;
mod clock;
mod durations;
mod holidays;
mod relative;
mod tense;
pub(crate) mod tokens;
mod years;

use absolute::*;
use durations::*;
use relative::*;
pub(crate) use tense::untensed;
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
    tag_reading(text, &Reading::new(text, ctx, None)).0
}

/// Tags the sentences of one document, in order: like [`tag`] on each, and a chronology line
/// takes the year in focus of the sentences before it.
pub fn tag_sentences<'a>(
    sentences: impl IntoIterator<Item = &'a str>,
    ctx: &Context,
) -> Vec<Vec<TimeExpr>> {
    let sentences: Vec<&str> = sentences.into_iter().collect();
    // A live page's time stamps (`2055 Harry Brown e-mails: …`) read as years otherwise.
    let stamps = clock::live_stamps(&sentences, ctx.dct);
    let mut focus = None;
    let mut last_year = None;
    let mut anchor: Option<(Date, usize)> = None;
    sentences
        .iter()
        .enumerate()
        .map(|(k, text)| {
            let mut r = Reading::new(text, ctx, focus);
            r.last_year = last_year;
            r.anchor = anchor
                .filter(|&(_, at)| k - at <= NARRATIVE_REACH)
                .map(|(d, _)| d);
            let (mut times, mut stated) = tag_reading(text, &r);
            if stamps.contains(&k) {
                clock::as_stamp(text, &mut times);
                stated = None;
            }
            focus = stated.or(focus);
            last_year = written_year(&times).or(last_year);
            match narrative_anchor(&times, r.anchor) {
                Narrative::At(a) => anchor = Some((a, k)),
                Narrative::Left => anchor = None,
                Narrative::Silent => {}
            }
            times
        })
        .collect()
}

/// How many sentences after a date written with its year a narrative's dates still take that
/// year (`On February 14 2003 he delivered a report … He followed up on February 28 …`).
const NARRATIVE_REACH: usize = 3;
/// How far (days) after the date a narrative is at a month and day written without a year
/// may lie and still be of the narrative's time: a few months.
const NARRATIVE_SPAN: i64 = 92;

/// Words that speak of the present: a sentence with one is not a narrative's of the past.
const NOW_WORDS: &[&str] = &[
    "now",
    "today",
    "currently",
    "yesterday",
    "tomorrow",
    "tonight",
    "latest",
];

/// Where a sentence leaves a narrative of an earlier time.
enum Narrative {
    /// At its last day or month written with its year (a month as its first day), or at a
    /// day the narrative dated (`on February 28` after `February 14 2003`).
    At(Date),
    /// Out of it: the sentence tells of a day far from the narrative's (`on Monday`, read
    /// from the DCT).
    Left,
    /// Where it was: the sentence dates nothing to the day.
    Silent,
}

fn narrative_anchor(times: &[TimeExpr], before: Option<Date>) -> Narrative {
    let mut left = false;
    for t in times.iter().rev() {
        if t.kind != TimexType::Date || t.approximate || t.modifier.is_some() {
            continue;
        }
        let Some(value) = t.value.as_deref() else {
            continue;
        };
        let date = match value.len() {
            10 => Date::parse_iso(value),
            7 => Date::parse_iso(&format!("{value}-01")),
            _ => None,
        };
        let Some(date) = date else {
            continue;
        };
        let written = t
            .text
            .split(|c: char| !c.is_ascii_digit())
            .any(|w| w.len() == 4);
        if written {
            return Narrative::At(date);
        }
        if value.len() == 10 {
            match before {
                Some(a) if (0..=NARRATIVE_SPAN).contains(&(date.to_days() - a.to_days())) => {
                    return Narrative::At(date);
                }
                _ => left = true,
            }
        }
    }
    if left {
        Narrative::Left
    } else {
        Narrative::Silent
    }
}

/// The year of the last date a sentence writes with its year (`in 2009`, `25 June 2009`), not
/// worked out from the DCT.
fn written_year(times: &[TimeExpr]) -> Option<i32> {
    times
        .iter()
        .rev()
        .filter(|t| t.kind == TimexType::Date && !t.approximate)
        .filter(|t| {
            t.text
                .split(|c: char| !c.is_ascii_digit())
                .any(|w| w.len() == 4)
        })
        .find_map(|t| t.value.as_deref()?.get(..4)?.parse().ok())
}

/// Tags a whole text, sentence by sentence (as [`tag_sentences`]); offsets are in characters
/// from the start of the text.
pub fn tag_text(text: &str, ctx: &Context) -> Vec<TimeExpr> {
    let ranges = crate::sentences::split(text);
    let tagged = tag_sentences(ranges.iter().map(|r| &text[r.clone()]), ctx);
    let mut out = Vec::new();
    let mut chars_before = 0u32;
    let mut last_byte = 0usize;
    for (range, times) in ranges.iter().zip(tagged) {
        chars_before += text[last_byte..range.start].chars().count() as u32;
        last_byte = range.start;
        for mut t in times {
            t.start += chars_before;
            t.end += chars_before;
            out.push(t);
        }
    }
    out
}

/// One sentence as the rules read it.
struct Reading<'a> {
    toks: Vec<Tok<'a>>,
    ctx: Context,
    tense: Tense,
    /// Where the date of a chronology line (`2 May: …`) starts, if the sentence is one.
    chronology_at: Option<usize>,
    /// The year in focus of the text before this sentence.
    focus: Option<i32>,
    /// The year of the last date written with its year before this sentence: what `that year`
    /// refers back to.
    last_year: Option<i32>,
    /// The date a narrative of the sentences just before is at (a date written with its year
    /// a few sentences before): a month and day told in the past without a year, a few months
    /// from it, is of the narrative's time, not the DCT's (`The final report, delivered on
    /// March 7, …` after `On February 14 2003 he delivered a report`, in a page of 2005).
    anchor: Option<Date>,
    /// A year that opens the sentence as its frame (`In 1918, there was a first wave of mild
    /// flu in April.`), and the token where its clause ends: a month or day written without
    /// a year in that clause is of that year.
    framed: Option<(i32, usize)>,
}

impl<'a> Reading<'a> {
    fn new(text: &'a str, ctx: &Context, focus: Option<i32>) -> Self {
        let toks = tokenize(text);
        Reading {
            tense: Tense::read(&toks),
            chronology_at: chronology_line(&toks),
            ctx: *ctx,
            focus,
            last_year: None,
            anchor: None,
            framed: framed(&toks),
            toks,
        }
    }

    /// The year that frames the clause holding token `start`, if any.
    fn frame(&self, start: usize) -> Option<i32> {
        self.framed.filter(|&(_, end)| start < end).map(|(y, _)| y)
    }

    /// The expression ending at token `end` is followed by `that year`, `of that year` or `the
    /// same year`: its year is one the text named before, not the DCT's.
    fn refers_back(&self, end: usize) -> bool {
        let w = |k: usize| lower_at(&self.toks, end + k);
        let skip = usize::from(w(0) == "of");
        matches!(
            (w(skip), w(skip + 1), w(skip + 2)),
            ("that", "year", _) | ("the", "same", "year")
        )
    }

    /// The year `that year` refers back to: the last one written before, in this sentence or
    /// in the text before it; none (no value) when the text names none.
    fn year_before(&self, start: usize) -> Option<i32> {
        (0..start.min(self.toks.len()))
            .rev()
            .filter(|&k| years::year_like(&self.toks, k))
            .find_map(|k| self.toks[k].number())
            .and_then(|n| i32::try_from(n).ok())
            .filter(|y| (1000..=2999).contains(y))
            .or(self.last_year)
    }

    /// The year of a month and day written without one, at tokens `start..end`.
    fn day_year(&self, start: usize, end: usize, month: u32, day: u32) -> Option<i32> {
        if self.refers_back(end) {
            return self.year_before(start);
        }
        if self.chronology_at == Some(start) {
            if let Some(y) = self.focus {
                return Some(y);
            }
            return self
                .ctx
                .dct
                .map(|dct| infer_year(dct, month, day, Dir::Nearest));
        }
        if let Some(y) = self.frame(start) {
            return Some(y);
        }
        let dct = self.ctx.dct?;
        let dir = self.tense.day_dir(&self.toks, start, end);
        if let Some(y) = self.narrative_year(dct, month, day, dir) {
            return Some(y);
        }
        Some(infer_year(dct, month, day, dir))
    }

    /// The year of a month and day told in the past (or with no tense) in a narrative of an
    /// earlier time: that of the narrative's date ([`Reading::anchor`]), or the year after,
    /// when the day lies at most [`NARRATIVE_SPAN`] days after it and before the DCT. A
    /// narrative goes forward: a day before its date is more often one of the present's
    /// (`Jackson died in June 2009. The trial is set to begin on 28 March.`); and a sentence
    /// that speaks of now (`a poll published on June 17 shows 51% now think …`) is the
    /// present's.
    fn narrative_year(&self, dct: Date, month: u32, day: u32, dir: Dir) -> Option<i32> {
        let anchor = self.anchor?;
        if !matches!(dir, Dir::Past | Dir::Nearest)
            || self
                .toks
                .iter()
                .any(|t| NOW_WORDS.contains(&t.lower.as_str()))
        {
            return None;
        }
        [anchor.year(), anchor.year() + 1]
            .into_iter()
            .filter_map(|y| Date::new(y, month, day))
            .find(|d| (0..=NARRATIVE_SPAN).contains(&(d.to_days() - anchor.to_days())) && *d < dct)
            .map(Date::year)
    }

    /// The value of a month and day written without a year.
    fn day_value(&self, start: usize, end: usize, month: u32, day: u32) -> Option<String> {
        let y = self.day_year(start, end, month, day)?;
        Date::new(y, month, day).map(|d| d.to_string())
    }

    /// The value of a month written without a year.
    fn month_value(&self, start: usize, end: usize, month: u32) -> Option<String> {
        let y = if self.refers_back(end) {
            self.year_before(start)?
        } else if let Some(y) = self.frame(start) {
            y
        } else {
            month_year(self.ctx.dct?, month, self.tense.dir(start, end))
        };
        Some(format!("{y:04}-{month:02}"))
    }
}

/// A year that opens a sentence with a comma (`In 1918, …`) frames its first clause (up to a
/// semicolon): the year and where the clause ends (a token index).
fn framed(toks: &[Tok]) -> Option<(i32, usize)> {
    if lower_at(toks, 0) != "in" || lower_at(toks, 2) != "," || !years::year_like(toks, 1) {
        return None;
    }
    let year = i32::try_from(toks.get(1)?.number()?).ok()?;
    let end = (3..toks.len())
        .find(|&k| toks[k].text == ";")
        .unwrap_or(toks.len());
    Some((year, end))
}

/// Tags one sentence; also the year it puts in focus (a chronology line or a heading that
/// states one).
fn tag_reading(text: &str, r: &Reading) -> (Vec<TimeExpr>, Option<i32>) {
    let toks = &r.toks;
    let mut found: Vec<(usize, Match)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let after_time = found
            .last()
            .filter(|(_, m)| m.kind == TimexType::Time)
            .map(|(_, m)| m.end);
        match clock::paired(r, i, after_time).or_else(|| best_match(r, i)) {
            Some(m) => {
                let end = m.end;
                found.push((i, m));
                i = end;
            }
            None => i += 1,
        }
    }
    clock::attach_dates(r, &mut found);
    let stated = focus_stated(r, &found);
    let times = found
        .into_iter()
        .map(|(i, m)| {
            let (start, end) = (toks[i].start, toks[m.end - 1].end);
            TimeExpr {
                start: text[..start].chars().count() as u32,
                end: text[..end].chars().count() as u32,
                text: text[start..end].to_string(),
                kind: m.kind,
                value: m.value,
                modifier: m.modifier.map(str::to_string),
                approximate: r.ctx.approximate && m.relative,
            }
        })
        .collect();
    (times, stated)
}

/// The year a sentence puts in focus: that of a chronology line's own date, or of a heading
/// that is nothing but a date (`2009`, `April 2009`).
fn focus_stated(r: &Reading, found: &[(usize, Match)]) -> Option<i32> {
    let covered = |k: usize| found.iter().any(|(i, m)| (*i..m.end).contains(&k));
    let heading = r.chronology_at.is_none()
        && found.len() == 1
        && r.toks
            .iter()
            .enumerate()
            .all(|(k, t)| covered(k) || !t.text.chars().any(char::is_alphanumeric));
    found
        .iter()
        .filter(|(i, m)| {
            m.kind == TimexType::Date
                && !m.relative
                && (heading || r.chronology_at.is_some_and(|c| c <= *i && *i <= c + 2))
        })
        .find_map(|(_, m)| m.value.as_deref()?.get(..4)?.parse().ok())
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

fn best_match(r: &Reading, i: usize) -> Option<Match> {
    let toks = &r.toks[..];
    // A date modifier, then a date: `late 2012`, `early March`, `the mid-1960s`.
    let the = usize::from(lower_at(toks, i) == "the");
    if let Some((modifier, j)) =
        date_modifier_at(toks, i + the).or_else(|| date_modifier_at(toks, i))
    {
        if let Some(mut m) = core_date(r, j) {
            if m.kind == TimexType::Date && m.value.as_deref().is_none_or(|v| !v.ends_with("_REF"))
            {
                m.modifier = Some(modifier);
                return Some(m);
            }
        }
    }
    let candidates = [
        core_date(r, i),
        duration(toks, i),
        set(toks, i),
        // Last, so that it wins a tie: `at 2100 hours`.
        clock::clock(r, i),
    ];
    candidates.into_iter().flatten().max_by_key(|m| m.end)
}

/// DATE expressions (and the TIMEs of `tonight`, `this morning`) without a leading modifier.
fn core_date(r: &Reading, i: usize) -> Option<Match> {
    let toks = &r.toks[..];
    let rules = [
        iso_date(toks, i),
        named_date(toks, i),
        month_forms(r, i),
        day_month(r, i),
        weekday_date(r, i),
        holidays::holiday(r, i),
        decade(toks, i),
        century(toks, i),
        season(r, i),
        relative(toks, i, &r.ctx),
        ago(toks, i, &r.ctx),
        deictic(toks, i, &r.ctx),
        weekday(r, i),
        year_at(toks, i)
            .filter(|&y| !stamp_between_entries(r, i, y))
            .map(|y| Match::date(i + 1, Some(format!("{y:04}")))),
    ];
    rules.into_iter().flatten().max_by_key(|m| m.end)
}

/// A live page's time stamp between two entries run together (`… 250,000 injured 2032 Gen
/// Douglas Fraser says …`): a bare four-digit number that reads as a time of day, years after
/// the article was written, after a lower-case word that no year follows (`in`, `by`, `the`:
/// `by 2030` is a year) and before a capital. A year so far ahead is told with a word that
/// says so; a stamp is not.
fn stamp_between_entries(r: &Reading, i: usize, y: i32) -> bool {
    let toks = &r.toks[..];
    let Some(dct) = r.ctx.dct else {
        return false;
    };
    let (hours, minutes) = (y / 100, y % 100);
    let prev = if i > 0 { tok(toks, i - 1) } else { None };
    y > dct.year() + 1
        && hours <= 23
        && minutes <= 59
        && prev.is_some_and(|t| {
            t.lower.chars().all(char::is_alphabetic)
                && !t.is_capitalised()
                && !years::YEAR_CUES.contains(&t.lower.as_str())
        })
        && tok(toks, i + 1).is_some_and(Tok::is_capitalised)
}

#[cfg(test)]
mod tests;
