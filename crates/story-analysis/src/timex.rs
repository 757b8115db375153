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

use story_core::date::Date;
use story_core::time::iso_week_value;
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

#[derive(Debug)]
struct Tok<'a> {
    text: &'a str,
    lower: String,
    start: usize,
    end: usize,
}

impl Tok<'_> {
    fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    fn number(&self) -> Option<u32> {
        if self.text.len() <= 9 && self.text.bytes().all(|b| b.is_ascii_digit()) {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

/// Words (letters and digits) and single punctuation marks.
fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(j, d)) = iter.peek() {
                if !d.is_alphanumeric() {
                    break;
                }
                end = j + d.len_utf8();
                iter.next();
            }
        }
        let t = &text[start..end];
        toks.push(Tok {
            text: t,
            lower: t.to_lowercase(),
            start,
            end,
        });
    }
    toks
}

/// A sentence about the future: a future marker and no past-tense verb. (`in what will surely
/// rank as …, the court suspended …` is about the past.)
fn speaks_of_future(toks: &[Tok]) -> bool {
    let future = toks.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "will" | "shall" | "upcoming" | "scheduled" | "forthcoming" | "plans"
        )
    });
    let past = toks.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "was" | "were" | "had" | "did" | "said" | "met" | "took" | "made" | "went" | "came"
        ) || (t.lower.len() > 4 && t.lower.ends_with("ed") && !t.is_capitalised())
    });
    future && !past
}

/// A rule's answer: where the expression ends (token index, exclusive) and its value.
#[derive(Debug)]
struct Match {
    end: usize,
    kind: TimexType,
    value: Option<String>,
    modifier: Option<&'static str>,
    /// The value depends on the document creation time.
    relative: bool,
}

impl Match {
    fn date(end: usize, value: Option<String>) -> Self {
        Match {
            end,
            kind: TimexType::Date,
            value,
            modifier: None,
            relative: false,
        }
    }
    fn relative(mut self) -> Self {
        self.relative = true;
        self
    }
}

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(crate) const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words after which a bare month name is a date (`in October`, `early March`).
const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "early", "late", "mid", "during", "from", "to",
    "through", "before", "after", "of", "last", "next", "this", "until", "between", "and",
];

fn tok<'a>(toks: &'a [Tok], i: usize) -> Option<&'a Tok<'a>> {
    toks.get(i)
}

fn lower_at<'a>(toks: &'a [Tok], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower.as_str())
}

/// The month a token names, if it is a capitalised month name (or abbreviation).
fn month_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let t = tok(toks, i)?;
    if !t.is_capitalised() {
        return None;
    }
    let full = MONTHS.iter().position(|m| *m == t.lower);
    let abbr = MONTH_ABBREVIATIONS
        .iter()
        .position(|m| *m == t.lower || (t.lower == "sept" && *m == "sep"));
    let m = full.or(abbr)? as u32 + 1;
    // An abbreviation may carry its period.
    let end = if full.is_none() && lower_at(toks, i + 1) == "." {
        i + 2
    } else {
        i + 1
    };
    Some((m, end))
}

/// A four-digit number from 1000 to 2100.
fn four_digit_year(toks: &[Tok], i: usize) -> Option<i32> {
    let t = tok(toks, i)?;
    if t.text.len() != 4 {
        return None;
    }
    let y = t.number()? as i32;
    (1000..=2100).contains(&y).then_some(y)
}

/// A four-digit year token that reads as a year on its own.
fn year_at(toks: &[Tok], i: usize) -> Option<i32> {
    let y = four_digit_year(toks, i)?;
    let prev = if i > 0 { lower_at(toks, i - 1) } else { "" };
    if matches!(
        prev,
        "$" | "€" | "£" | "#" | "no" | "number" | "," | "." | ":"
    ) {
        return None;
    }
    let next = lower_at(toks, i + 1);
    const UNITS: &[&str] = &[
        "%",
        "people",
        "persons",
        "troops",
        "soldiers",
        "fighters",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "feet",
        "tons",
        "tonnes",
        "dollars",
        "euros",
        "members",
        "cases",
        "deaths",
        "votes",
        "units",
        "households",
        "men",
        "women",
        "children",
    ];
    if UNITS.contains(&next) || (next == ":" && tok(toks, i + 2).and_then(Tok::number).is_some()) {
        return None;
    }
    if y < 1800
        && !matches!(
            prev,
            "in" | "since"
                | "of"
                | "from"
                | "until"
                | "by"
                | "before"
                | "after"
                | "during"
                | "year"
        )
    {
        return None;
    }
    Some(y)
}

fn day_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let t = tok(toks, i)?;
    // `11` or `11th`.
    let digits: String = t.text.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &t.lower[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some((d, i + 1))
}

fn number_word(w: &str) -> Option<Option<u32>> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(n) = WORDS.iter().position(|x| *x == w) {
        return Some(Some(n as u32));
    }
    match w {
        "a" | "an" => Some(Some(1)),
        "thirty" => Some(Some(30)),
        "forty" => Some(Some(40)),
        "fifty" => Some(Some(50)),
        "hundred" => Some(Some(100)),
        "few" | "several" | "many" | "some" | "couple" => Some(None),
        _ => w.parse::<u32>().ok().filter(|n| *n < 10_000).map(Some),
    }
}

/// A quantity: `two`, `25`, `a few`, `a couple of`, `several`; its value (`None` = unknown
/// amount) and where it ends.
fn quantity_at(toks: &[Tok], i: usize) -> Option<(Option<u32>, usize)> {
    let w = lower_at(toks, i);
    if w == "a" && matches!(lower_at(toks, i + 1), "few" | "couple") {
        let end = if lower_at(toks, i + 2) == "of" {
            i + 3
        } else {
            i + 2
        };
        return Some((None, end));
    }
    let n = number_word(w)?;
    let end = if w == "couple" && lower_at(toks, i + 1) == "of" {
        i + 2
    } else {
        i + 1
    };
    Some((n, end))
}

/// A time unit word: its TIMEX3 letter(s), whether it is plural, and whether it is a time
/// (not date) unit.
fn unit_at(toks: &[Tok], i: usize) -> Option<(&'static str, bool)> {
    Some(match lower_at(toks, i) {
        "day" => ("D", false),
        "days" => ("D", true),
        "week" => ("W", false),
        "weeks" => ("W", true),
        "month" => ("M", false),
        "months" => ("M", true),
        "year" => ("Y", false),
        "years" => ("Y", true),
        "decade" => ("DE", false),
        "decades" => ("DE", true),
        "century" => ("CE", false),
        "centuries" => ("CE", true),
        "hour" => ("H", false),
        "hours" => ("H", true),
        "minute" => ("MIN", false),
        "minutes" => ("MIN", true),
        _ => return None,
    })
}

fn duration_value(n: Option<u32>, unit: &str) -> String {
    let n = n.map_or("X".to_string(), |n| n.to_string());
    match unit {
        "H" => format!("PT{n}H"),
        "MIN" => format!("PT{n}M"),
        u => format!("P{n}{u}"),
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

fn iso_date(toks: &[Tok], i: usize) -> Option<Match> {
    let y = tok(toks, i)?;
    if y.text.len() != 4 || lower_at(toks, i + 1) != "-" || lower_at(toks, i + 3) != "-" {
        return None;
    }
    let (m, d) = (tok(toks, i + 2)?, tok(toks, i + 4)?);
    if m.text.len() != 2 || d.text.len() != 2 {
        return None;
    }
    let date = Date::new(y.number()? as i32, m.number()?, d.number()?)?;
    Some(Match::date(i + 5, Some(date.to_string())))
}

/// Dates known by a name: `9/11` for the attacks of 2001-09-11.
fn named_date(toks: &[Tok], i: usize) -> Option<Match> {
    if lower_at(toks, i) == "9" && lower_at(toks, i + 1) == "/" && lower_at(toks, i + 2) == "11" {
        let next = lower_at(toks, i + 3);
        if next == "/" || next.bytes().all(|b| b.is_ascii_digit()) && !next.is_empty() {
            return None;
        }
        return Some(Match::date(i + 3, Some("2001-09-11".to_string())));
    }
    None
}

/// The year a month (and day) without a year refers to, seen from the DCT.
fn infer_year(dct: Date, month: u32, day: u32, future: bool) -> i32 {
    let later = (month, day) > (dct.month(), dct.day());
    match (future, later) {
        (false, true) => dct.year() - 1,
        (true, false) if (month, day) < (dct.month(), dct.day()) => dct.year() + 1,
        _ => dct.year(),
    }
}

/// `September 11, 2001`, `March 3`, `March 2016`, `August of 2012`, `in October`.
fn month_forms(toks: &[Tok], i: usize, ctx: &Context, future: bool) -> Option<Match> {
    let (month, j) = month_at(toks, i)?;
    let prev = if i > 0 { lower_at(toks, i - 1) } else { "" };
    // `May` is also a verb: only with a number or a cue before it.
    if month == 5
        && !MONTH_CUES.contains(&prev)
        && day_at(toks, j).is_none()
        && year_at(toks, j).is_none()
    {
        return None;
    }
    if let Some((day, k)) = day_at(toks, j) {
        let k2 = if lower_at(toks, k) == "," { k + 1 } else { k };
        if let Some(y) = four_digit_year(toks, k2) {
            let date = Date::new(y, month, day);
            return Some(Match::date(k2 + 1, date.map(|d| d.to_string())));
        }
        if year_like(toks, k) {
            return None;
        }
        let value = ctx.dct.and_then(|dct| {
            Date::new(infer_year(dct, month, day, future), month, day).map(|d| d.to_string())
        });
        return Some(Match::date(k, value).relative());
    }
    let k = if lower_at(toks, j) == "of" || lower_at(toks, j) == "," {
        j + 1
    } else {
        j
    };
    if let Some(y) = four_digit_year(toks, k) {
        return Some(Match::date(k + 1, Some(format!("{y:04}-{month:02}"))));
    }
    if !MONTH_CUES.contains(&prev) {
        return None;
    }
    let value = ctx
        .dct
        .map(|dct| format!("{:04}-{month:02}", month_year(dct, month, future)));
    Some(Match::date(j, value).relative())
}

fn year_like(toks: &[Tok], i: usize) -> bool {
    tok(toks, i).is_some_and(|t| t.text.len() == 4 && t.number().is_some())
}

/// The year of a bare month: the most recent such month (this one included) before the DCT,
/// or the next one when the sentence speaks of the future.
fn month_year(dct: Date, month: u32, future: bool) -> i32 {
    match (future, month.cmp(&dct.month())) {
        (false, std::cmp::Ordering::Greater) => dct.year() - 1,
        (true, std::cmp::Ordering::Less) => dct.year() + 1,
        _ => dct.year(),
    }
}

/// `11 September 2001`, `3 March`.
fn day_month(toks: &[Tok], i: usize, ctx: &Context, future: bool) -> Option<Match> {
    let (day, j) = day_at(toks, i)?;
    let j = if lower_at(toks, j) == "of" { j + 1 } else { j };
    let (month, k) = month_at(toks, j)?;
    let k2 = if lower_at(toks, k) == "," { k + 1 } else { k };
    if let Some(y) = four_digit_year(toks, k2) {
        return Some(Match::date(
            k2 + 1,
            Date::new(y, month, day).map(|d| d.to_string()),
        ));
    }
    let value = ctx.dct.and_then(|dct| {
        Date::new(infer_year(dct, month, day, future), month, day).map(|d| d.to_string())
    });
    Some(Match::date(k, value).relative())
}

/// `the 1970s`, `1960s`, `the ’60s`.
fn decade(toks: &[Tok], i: usize) -> Option<Match> {
    let the = usize::from(lower_at(toks, i) == "the");
    let mut j = i + the;
    let apostrophe = matches!(lower_at(toks, j), "’" | "'" | "‘");
    if apostrophe {
        j += 1;
    }
    let t = tok(toks, j)?;
    let digits = t.text.strip_suffix('s')?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = match digits.len() {
        4 if digits.ends_with('0') => digits[..3].to_string(),
        2 if digits.ends_with('0') && (apostrophe || the == 1) => {
            let n: u32 = digits.parse().ok()?;
            format!("{}", if n >= 30 { 190 + n / 10 } else { 200 + n / 10 })
        }
        _ => return None,
    };
    Some(Match::date(j + 1, Some(value)))
}

/// `the 20th century`, `the nineteenth century`.
fn century(toks: &[Tok], i: usize) -> Option<Match> {
    let the = usize::from(lower_at(toks, i) == "the");
    let j = i + the;
    let w = lower_at(toks, j);
    const ORDINALS: [&str; 21] = [
        "",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let n = if let Some(n) = ORDINALS.iter().position(|o| !o.is_empty() && *o == w) {
        n as u32
    } else if w == "twenty" && lower_at(toks, j + 1) == "-" && lower_at(toks, j + 2) == "first" {
        return (lower_at(toks, j + 3) == "century").then(|| Match::date(j + 4, Some("20".into())));
    } else {
        let (n, _) = day_at(toks, j)?;
        if w.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        n
    };
    if lower_at(toks, j + 1) != "century" || n == 0 {
        return None;
    }
    Some(Match::date(j + 2, Some(format!("{:02}", n - 1))))
}

fn season_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// `summer of 2016`, `the summer of 2016`, `summer 2016`, `last summer`.
fn season(toks: &[Tok], i: usize, ctx: &Context, future: bool) -> Option<Match> {
    let the = usize::from(lower_at(toks, i) == "the");
    let j = i + the;
    let (rel, j) = match lower_at(toks, j) {
        w @ ("last" | "this" | "next" | "past") if the == 0 || w == "past" => (Some(w), j + 1),
        _ => (None, j),
    };
    let code = season_code(lower_at(toks, j))?;
    if let Some(rel) = rel {
        let value = ctx.dct.map(|dct| {
            let current = season_year(dct, code);
            let y = match rel {
                "this" => current,
                "next" => current + 1,
                _ => {
                    if season_start_month(code) <= dct.month()
                        && current == dct.year()
                        && !in_season(dct, code)
                    {
                        current
                    } else {
                        current - 1
                    }
                }
            };
            format!("{y:04}-{code}")
        });
        return Some(Match::date(j + 1, value).relative());
    }
    let k = if lower_at(toks, j + 1) == "of" {
        j + 2
    } else {
        j + 1
    };
    if let Some(y) = year_at(toks, k) {
        return Some(Match::date(k + 1, Some(format!("{y:04}-{code}"))));
    }
    if the == 1 && lower_at(toks, j + 1) != "of" {
        // `the summer`: the most recent one.
        let value = ctx.dct.map(|dct| {
            let y = if future {
                season_year(dct, code)
            } else {
                season_year(dct, code) - i32::from(season_start_month(code) > dct.month())
            };
            format!("{y:04}-{code}")
        });
        return Some(Match::date(j + 1, value).relative());
    }
    None
}

fn season_start_month(code: &str) -> u32 {
    match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

fn in_season(d: Date, code: &str) -> bool {
    let m = d.month();
    match code {
        "SP" => (3..=5).contains(&m),
        "SU" => (6..=8).contains(&m),
        "FA" => (9..=11).contains(&m),
        _ => m == 12 || m <= 2,
    }
}

/// The year of the season of `code` that contains or is nearest before `d`'s year's one.
fn season_year(d: Date, code: &str) -> i32 {
    if code == "WI" && d.month() <= 2 {
        d.year() - 1
    } else {
        d.year()
    }
}

/// `last year`, `this month`, `next week`, `last July`, `last Thursday`, `last decade`.
fn relative(toks: &[Tok], i: usize, ctx: &Context) -> Option<Match> {
    let w = lower_at(toks, i);
    let dir: i64 = match w {
        "last" | "previous" => -1,
        "this" | "current" => 0,
        "next" | "coming" => 1,
        _ => return None,
    };
    if i > 0 && lower_at(toks, i - 1) == "the" {
        // `the last year` is a duration; `the next day` is anchored elsewhere.
        return None;
    }
    let j = i + 1;
    let target = lower_at(toks, j);
    let dct = ctx.dct;
    let value: Option<String> = if let Some((month, _)) = month_at(toks, j) {
        dct.map(|d| {
            let y = match dir {
                -1 if month >= d.month() => d.year() - 1,
                1 if month <= d.month() => d.year() + 1,
                _ => d.year(),
            };
            format!("{y:04}-{month:02}")
        })
    } else if let Some(wd) = WEEKDAYS.iter().position(|x| *x == target) {
        dct.and_then(|d| {
            let diff = wd as i64 - i64::from(d.weekday());
            let days = match dir {
                -1 => {
                    if diff < 0 {
                        diff
                    } else {
                        diff - 7
                    }
                }
                1 => {
                    if diff > 0 {
                        diff
                    } else {
                        diff + 7
                    }
                }
                _ => diff,
            };
            d.add_days(days).map(|x| x.to_string())
        })
    } else {
        match target {
            "year" => dct.map(|d| format!("{:04}", i64::from(d.year()) + dir)),
            "month" => dct.map(|d| {
                let total = i64::from(d.year()) * 12 + i64::from(d.month()) - 1 + dir;
                format!(
                    "{:04}-{:02}",
                    total.div_euclid(12),
                    total.rem_euclid(12) + 1
                )
            }),
            "week" => dct
                .and_then(|d| d.add_days(7 * dir))
                .and_then(iso_week_value),
            "weekend" => dct
                .and_then(|d| d.add_days(7 * dir))
                .and_then(iso_week_value)
                .map(|w| format!("{w}-WE")),
            "decade" => dct.map(|d| format!("{:03}", i64::from(d.year()) / 10 + dir)),
            "century" => dct.map(|d| format!("{:02}", i64::from(d.year()) / 100 + dir)),
            "quarter" => dct.map(|d| {
                let q = i64::from(d.year()) * 4 + (i64::from(d.month()) - 1) / 3 + dir;
                format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
            }),
            _ => return None,
        }
    };
    let end = if month_at(toks, j).is_some() {
        month_at(toks, j)?.1
    } else {
        j + 1
    };
    Some(Match::date(end, value).relative())
}

/// `two decades ago`, `a year ago`, `three days ago`.
fn ago(toks: &[Tok], i: usize, ctx: &Context) -> Option<Match> {
    let (n, j) = quantity_at(toks, i)?;
    let (unit, _) = unit_at(toks, j)?;
    if lower_at(toks, j + 1) != "ago" {
        return None;
    }
    let value = match (n, ctx.dct) {
        (Some(n), Some(d)) => {
            let n = i64::from(n);
            let y = i64::from(d.year());
            match unit {
                "D" => d.add_days(-n).map(|x| x.to_string()),
                "W" => d.add_days(-7 * n).and_then(iso_week_value),
                "M" => {
                    let total = y * 12 + i64::from(d.month()) - 1 - n;
                    Some(format!(
                        "{:04}-{:02}",
                        total.div_euclid(12),
                        total.rem_euclid(12) + 1
                    ))
                }
                "Y" => Some(format!("{:04}", y - n)),
                "DE" => Some(format!("{:03}", (y - 10 * n) / 10)),
                "CE" => Some(format!("{:02}", (y - 100 * n) / 100)),
                _ => None,
            }
        }
        (None, Some(_)) => Some("PAST_REF".to_string()),
        _ => None,
    };
    Some(Match::date(j + 2, value).relative())
}

/// `yesterday`, `today`, `tomorrow`, `now`, `currently`, `recently`, `this morning`.
fn deictic(toks: &[Tok], i: usize, ctx: &Context) -> Option<Match> {
    let w = lower_at(toks, i);
    let day = |offset: i64| {
        ctx.dct
            .and_then(|d| d.add_days(offset))
            .map(|d| d.to_string())
    };
    let m = match w {
        "yesterday" => Match::date(i + 1, day(-1)).relative(),
        "today" => Match::date(i + 1, day(0)).relative(),
        "tomorrow" => Match::date(i + 1, day(1)).relative(),
        "tonight" => Match {
            kind: TimexType::Time,
            ..Match::date(i + 1, day(0).map(|d| format!("{d}TNI")))
        }
        .relative(),
        "now" | "currently" | "nowadays" => Match::date(i + 1, Some("PRESENT_REF".into())),
        "recently" | "lately" => Match::date(i + 1, Some("PAST_REF".into())),
        "this" => {
            let part = match lower_at(toks, i + 1) {
                "morning" => "TMO",
                "afternoon" => "TAF",
                "evening" => "TEV",
                _ => return None,
            };
            Match {
                kind: TimexType::Time,
                ..Match::date(i + 2, day(0).map(|d| format!("{d}{part}")))
            }
            .relative()
        }
        "the" => match lower_at(toks, i + 1) {
            "past"
                if !matches!(
                    lower_at(toks, i + 2),
                    "few"
                        | "several"
                        | "year"
                        | "years"
                        | "decade"
                        | "decades"
                        | "month"
                        | "months"
                        | "week"
                        | "weeks"
                        | "day"
                        | "days"
                        | "century"
                ) && quantity_at(toks, i + 2).is_none() =>
            {
                Match::date(i + 2, Some("PAST_REF".into()))
            }
            "future" => Match::date(i + 2, Some("FUTURE_REF".into())),
            "present" => Match::date(i + 2, Some("PRESENT_REF".into())),
            _ => return None,
        },
        _ => return None,
    };
    Some(m)
}

/// A capitalised weekday: the most recent one (on or before the DCT), or the next one in a
/// sentence about the future.
fn weekday(toks: &[Tok], i: usize, ctx: &Context, future: bool) -> Option<Match> {
    let t = tok(toks, i)?;
    if !t.is_capitalised() {
        return None;
    }
    let wd = WEEKDAYS.iter().position(|x| *x == t.lower)? as i64;
    let value = ctx.dct.and_then(|d| {
        let diff = wd - i64::from(d.weekday());
        let days = if future {
            if diff >= 0 {
                diff
            } else {
                diff + 7
            }
        } else if diff <= 0 {
            diff
        } else {
            diff - 7
        };
        d.add_days(days).map(|x| x.to_string())
    });
    Some(Match::date(i + 1, value).relative())
}

/// `two decades`, `over two decades`, `the last few years`, `two-decade`, `decades`.
fn duration(toks: &[Tok], i: usize) -> Option<Match> {
    let mut j = i;
    let mut modifier = None;
    // Approximators and bounds.
    for (words, m) in [
        (&["more", "than"][..], "MORE_THAN"),
        (&["less", "than"][..], "LESS_THAN"),
        (&["at", "least"][..], "EQUAL_OR_MORE"),
        (&["nearly"][..], "APPROX"),
        (&["almost"][..], "APPROX"),
        (&["about"][..], "APPROX"),
        (&["around"][..], "APPROX"),
        (&["roughly"][..], "APPROX"),
        (&["over"][..], "MORE_THAN"),
        (&["under"][..], "LESS_THAN"),
    ] {
        if words
            .iter()
            .enumerate()
            .all(|(k, x)| lower_at(toks, j + k) == *x)
        {
            let after = j + words.len();
            // Only before a number: `over two decades`, not `over the decades`.
            if quantity_at(toks, after).is_some_and(|(n, _)| n.is_some()) {
                modifier = Some(m);
                j = after;
            }
            break;
        }
    }
    let the = usize::from(lower_at(toks, j) == "the" && modifier.is_none());
    j += the;
    let span_word = matches!(
        lower_at(toks, j),
        "last" | "past" | "next" | "previous" | "coming" | "first"
    );
    if span_word {
        j += 1;
    }
    let (n, k) = match quantity_at(toks, j) {
        Some((n, k))
            if unit_at(toks, k).is_some()
                || (lower_at(toks, k) == "-" && unit_at(toks, k + 1).is_some()) =>
        {
            (n, k)
        }
        _ => (if span_word { Some(1) } else { None }, j),
    };
    let hyphen = lower_at(toks, k) == "-";
    let k = if hyphen { k + 1 } else { k };
    let (unit, plural) = unit_at(toks, k)?;
    let counted = k > j;
    if !counted && !span_word {
        // A bare unit is a duration only when plural: `decades of`, `for years`.
        if !plural || matches!(lower_at(toks, k + 1), "old" | "ago") {
            return None;
        }
        if the == 1 {
            return None;
        }
    }
    if !counted && span_word && !plural && the == 0 {
        // `last year` is a date (see `relative`).
        return None;
    }
    if lower_at(toks, k + 1) == "ago" || (the == 0 && !counted && !plural) {
        return None;
    }
    if counted && !plural && n.is_some_and(|n| n > 1) && !hyphen {
        return None;
    }
    let n = if counted || span_word { n } else { None };
    Some(Match {
        end: k + 1,
        kind: TimexType::Duration,
        value: Some(duration_value(n, unit)),
        modifier,
        relative: false,
    })
}

/// `every year`, `each week`, `annually`, `daily`.
fn set(toks: &[Tok], i: usize) -> Option<Match> {
    let w = lower_at(toks, i);
    let single = match w {
        "daily" => Some("P1D"),
        "weekly" => Some("P1W"),
        "monthly" => Some("P1M"),
        "annually" | "yearly" => Some("P1Y"),
        _ => None,
    };
    if let Some(v) = single {
        return Some(Match {
            end: i + 1,
            kind: TimexType::Set,
            value: Some(v.into()),
            modifier: None,
            relative: false,
        });
    }
    if !matches!(w, "every" | "each") {
        return None;
    }
    // `every year`, `every two years`.
    let (n, j) = match quantity_at(toks, i + 1) {
        Some((Some(n), j)) if unit_at(toks, j).is_some_and(|(_, plural)| plural) => (n, j),
        _ => (1, i + 1),
    };
    let (unit, plural) = unit_at(toks, j)?;
    if plural != (n > 1) {
        return None;
    }
    Some(Match {
        end: j + 1,
        kind: TimexType::Set,
        value: Some(duration_value(Some(n), unit)),
        modifier: None,
        relative: false,
    })
}

#[cfg(test)]
mod tests;
