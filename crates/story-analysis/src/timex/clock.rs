//! Times of day: `10:20 a.m.`, `17:42`, `3pm`, `1400 GMT`, `1930 CDT`, `02.35 GMT`,
//! `1425 local time`, `1400 hours`, `noon`, `2:30 this afternoon`. TIME expressions whose
//! value is `YYYY-MM-DDTHH:MM` (or `XXXX-XX-XXTHH:MM` without a date beside them) and the
//! zone's offset (`Z`, `+01`, `-05`) when the zone names one. A live page's time stamps
//! (`2055 Harry Brown e-mails: …`, `0930 Officials say …`) are times too, never years.

use super::*;

/// Zone abbreviations (as written, upper case) and their offsets from UTC in hours; `None`
/// where the offset depends on the season (`ET`) or the abbreviation is ambiguous (`IST`).
const ZONES: &[(&str, Option<i32>)] = &[
    ("GMT", Some(0)),
    ("UTC", Some(0)),
    ("BST", Some(1)),
    ("CET", Some(1)),
    ("CEST", Some(2)),
    ("EET", Some(2)),
    ("EEST", Some(3)),
    ("MSK", Some(3)),
    ("EST", Some(-5)),
    ("EDT", Some(-4)),
    ("CST", Some(-6)),
    ("CDT", Some(-5)),
    ("MST", Some(-7)),
    ("MDT", Some(-6)),
    ("PST", Some(-8)),
    ("PDT", Some(-7)),
    ("AKST", Some(-9)),
    ("AKDT", Some(-8)),
    ("HST", Some(-10)),
    ("JST", Some(9)),
    ("KST", Some(9)),
    ("HKT", Some(8)),
    ("SGT", Some(8)),
    ("AWST", Some(8)),
    ("AEST", Some(10)),
    ("AEDT", Some(11)),
    ("NZST", Some(12)),
    ("NZDT", Some(13)),
    ("WIB", Some(7)),
    ("PKT", Some(5)),
    ("ET", None),
    ("PT", None),
    ("CT", None),
    ("MT", None),
    ("IST", None),
];

/// Words before a bare `HH:MM` that make it a time (`at 17:42`, `until 9:30`).
const CUES: &[&str] = &[
    "at",
    "by",
    "from",
    "until",
    "till",
    "before",
    "after",
    "around",
    "about",
    "since",
    "to",
    "between",
    "and",
    "approximately",
    "shortly",
    "just",
];

/// A zone after a time: `GMT`, `CDT`, `local time`, `Eastern`, `Cairo time`. Its offset in
/// hours (`None`: unknown), where it ends, and whether it is a zone on its own (not
/// `Eastern` or `Cairo time`, which are zones only after a reading that is a time already).
pub(super) fn zone_at(toks: &[Tok], i: usize) -> Option<(Option<i32>, usize, bool)> {
    let t = tok(toks, i)?;
    if let Some((_, offset)) = ZONES.iter().find(|(z, _)| *z == t.text) {
        return Some((*offset, i + 1, true));
    }
    if t.lower == "local" && lower_at(toks, i + 1) == "time" {
        return Some((None, i + 2, true));
    }
    let time_after = |k: usize| {
        if lower_at(toks, k) == "time" {
            k + 1
        } else {
            k
        }
    };
    if matches!(t.text, "Eastern" | "Pacific" | "Central" | "Mountain") {
        return Some((None, time_after(i + 1), false));
    }
    // `Cairo time`
    let place = t.is_capitalised() && t.text.chars().all(char::is_alphabetic);
    (place && lower_at(toks, i + 1) == "time").then_some((None, i + 2, false))
}

/// `hours`, `hrs`, `h` after a four-digit clock reading.
fn hours_at(toks: &[Tok], i: usize) -> Option<usize> {
    matches!(lower_at(toks, i), "hours" | "hrs" | "hr" | "h").then_some(i + 1)
}

/// A four-digit number read as hours and minutes: `1425` → (14, 25).
fn hhmm(t: &Tok) -> Option<(u32, u32)> {
    if t.text.len() != 4 {
        return None;
    }
    let n = t.number()?;
    let (h, m) = (n / 100, n % 100);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some((h, m))
}

/// A four-digit clock reading with a zone or `hours` after it (`1425 local time`, `1930 CDT`),
/// or before another that has one (`1400 to 1600 GMT`).
pub(super) fn is_clock(toks: &[Tok], i: usize) -> bool {
    let prev = if i > 0 { lower_at(toks, i - 1) } else { "" };
    let zoned = |k: usize| {
        tok(toks, k).and_then(hhmm).is_some()
            && zone_at(toks, k + 1).is_some_and(|(_, _, strong)| strong)
    };
    let range = matches!(lower_at(toks, i + 1), "to" | "-" | "–" | "and") && zoned(i + 2);
    tok(toks, i).and_then(hhmm).is_some()
        && (zoned(i)
            || range
            || in_other_zone(toks, i + 1)
            || (hours_at(toks, i + 1).is_some() && CUES.contains(&prev)))
}

/// The same moment in another zone, in brackets, at `i`: `(1600 GMT)` after `by 1100`
/// makes that a time of day, as `1425 local time (1925 GMT)` is.
fn in_other_zone(toks: &[Tok], i: usize) -> bool {
    lower_at(toks, i) == "("
        && tok(toks, i + 1).and_then(hhmm).is_some()
        && zone_at(toks, i + 2).is_some_and(|(_, _, strong)| strong)
}

/// `am`/`pm` glued to a number or as its own words (`a.m.`, `p.m`, `AM`); true for pm, and
/// where it ends.
fn meridiem_at(toks: &[Tok], i: usize) -> Option<(bool, usize)> {
    let w = lower_at(toks, i);
    match w {
        "am" | "pm" => return Some((w == "pm", i + 1)),
        "a" | "p" if lower_at(toks, i + 1) == "." && lower_at(toks, i + 2) == "m" => {
            let end = if lower_at(toks, i + 3) == "." {
                i + 4
            } else {
                i + 3
            };
            return Some((w == "p", end));
        }
        _ => {}
    }
    None
}

/// Digits and what is glued after them: `30pm` → ("30", "pm").
fn split_digits(w: &str) -> (&str, &str) {
    let n = w.bytes().take_while(u8::is_ascii_digit).count();
    w.split_at(n)
}

fn glued(toks: &[Tok], i: usize) -> bool {
    tok(toks, i)
        .zip(tok(toks, i + 1))
        .is_some_and(|(a, b)| a.end == b.start)
}

/// A time of day at `i`.
pub(super) fn clock(r: &Reading, i: usize) -> Option<Match> {
    let toks = &r.toks[..];
    let t = tok(toks, i)?;
    let prev = if i > 0 { lower_at(toks, i - 1) } else { "" };
    let (mut h, mut m, mut j);
    let mut pm = None;
    // Read as a clock for sure (not a score, a verse or a ratio).
    let mut sure;
    let mut colon = false;
    let mut minutes = false;
    // `After Midnight` (a title) is no time.
    let named = t.is_capitalised() && !(i > 0 && CUES.contains(&toks[i - 1].text));
    match t.lower.as_str() {
        "noon" | "midday" | "midnight" if named => return None,
        "noon" | "midday" => (h, m, j, sure) = (12, 0, i + 1, true),
        "midnight" => (h, m, j, sure) = (24, 0, i + 1, true),
        w => {
            let (digits, suffix) = split_digits(w);
            if digits.is_empty() {
                return None;
            }
            let n: u32 = digits.parse().ok()?;
            match (digits.len(), suffix) {
                (4, "" | "h" | "hrs") => {
                    (h, m) = hhmm(t)?;
                    j = i + 1;
                    sure = !suffix.is_empty();
                    // `at 2100 hours` (not `for 1500 hours`).
                    if let Some(k) = hours_at(toks, j).filter(|_| CUES.contains(&prev)) {
                        (j, sure) = (k, true);
                    }
                }
                (1 | 2, "am" | "pm") => {
                    (h, m, j, sure) = (n, 0, i + 1, true);
                    pm = Some(suffix == "pm");
                }
                (1 | 2, "") => {
                    (h, m, j, sure) = (n, 0, i + 1, false);
                    let sep = lower_at(toks, i + 1);
                    if matches!(sep, ":" | ".") && glued(toks, i) && glued(toks, i + 1) {
                        let (mm, suffix) = split_digits(lower_at(toks, i + 2));
                        if mm.len() == 2 && matches!(suffix, "" | "am" | "pm") {
                            m = mm.parse().ok()?;
                            j = i + 3;
                            colon = sep == ":";
                            minutes = true;
                            if !suffix.is_empty() {
                                pm = Some(suffix == "pm");
                                sure = true;
                            }
                            // Seconds: `17:42:05`.
                            if colon
                                && lower_at(toks, j) == ":"
                                && lower_at(toks, j + 1).len() == 2
                                && glued(toks, j - 1)
                            {
                                j += 2;
                            }
                        }
                    }
                }
                _ => return None,
            }
        }
    }
    if pm.is_none() {
        if let Some((p, k)) = meridiem_at(toks, j) {
            (pm, j, sure) = (Some(p), k, true);
        }
    }
    let mut offset = None;
    // The first of a range shares the zone of the second: `from 1400 to 1600 GMT`.
    if digit_count(t) == 4 && !sure && matches!(lower_at(toks, j), "to" | "-" | "–" | "and") {
        if let Some((o, _, true)) = tok(toks, j + 1)
            .and_then(hhmm)
            .and_then(|_| zone_at(toks, j + 2))
        {
            (offset, sure) = (o, true);
        }
    }
    // A bare reading followed by the same moment in another zone: `by 1100 (1600 GMT)`.
    if digit_count(t) == 4 && !sure && in_other_zone(toks, j) {
        sure = true;
    }
    if let Some((o, k, strong)) = zone_at(toks, j) {
        if (strong && (sure || minutes || digit_count(t) == 4)) || colon || pm.is_some() {
            (offset, j, sure) = (o, k, true);
        }
    }
    // A part of the day after a bare clock reading: `2:30 this afternoon`.
    let mut day = None;
    if lower_at(toks, j) == "this" || lower_at(toks, j) == "tonight" {
        let part = if lower_at(toks, j) == "tonight" {
            Some((true, j + 1))
        } else {
            match lower_at(toks, j + 1) {
                "morning" => Some((false, j + 2)),
                "afternoon" | "evening" => Some((true, j + 2)),
                _ => None,
            }
        };
        if let Some((p, k)) = part.filter(|_| colon || pm.is_some()) {
            if pm.is_none() {
                pm = Some(p);
            }
            (j, sure) = (k, true);
            day = r.ctx.dct;
        }
    }
    if colon && !sure {
        // A bare `HH:MM` after a time word, or after a date and a dash (`8 May 2011 - 17:42`).
        let after_date = matches!(prev, "-" | "–" | ",") && i >= 2 && year_like(toks, i - 2);
        sure = CUES.contains(&prev) || after_date;
    }
    if !sure {
        return None;
    }
    if let Some(pm) = pm {
        if !(1..=12).contains(&h) {
            return None;
        }
        h = match (pm, h) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    } else if h > 24 || (h == 24 && m > 0) {
        return None;
    }
    if m > 59 {
        return None;
    }
    Some(Match {
        end: j,
        kind: TimexType::Time,
        value: Some(time_value(day, h, m, offset)),
        modifier: None,
        relative: day.is_some(),
    })
}

fn digit_count(t: &Tok) -> usize {
    t.text.bytes().take_while(u8::is_ascii_digit).count()
}

fn time_value(day: Option<Date>, h: u32, m: u32, offset: Option<i32>) -> String {
    let day = day.map_or("XXXX-XX-XX".to_string(), |d| d.to_string());
    let zone = match offset {
        Some(0) => "Z".to_string(),
        Some(o) => format!("{o:+03}"),
        None => String::new(),
    };
    format!("{day}T{h:02}:{m:02}{zone}")
}

/// A time's parts from its value: day (if known), minutes after midnight, offset (if known).
fn parse_value(v: &str) -> Option<(Option<Date>, i64, Option<i64>)> {
    let (day, time) = v.split_once('T')?;
    let (h, rest) = time.split_once(':')?;
    let (m, zone) = rest.split_at(rest.len().min(2));
    let minutes = h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?;
    let offset = match zone {
        "" => None,
        "Z" => Some(0),
        z => Some(z.parse::<i64>().ok()?),
    };
    Some((Date::parse_iso(day), minutes, offset))
}

/// A four-digit clock reading in brackets right after a time gives that moment in another
/// zone: `2:01 p.m. EDT (1801 GMT)`, `1:39 p.m. (2039 in Egypt)`.
pub(super) fn paired(r: &Reading, i: usize, after_time: Option<usize>) -> Option<Match> {
    let toks = &r.toks[..];
    if after_time != Some(i.checked_sub(1)?) || lower_at(toks, i - 1) != "(" {
        return None;
    }
    clock(r, i).or_else(|| {
        let (h, m) = hhmm(tok(toks, i)?)?;
        Some(Match {
            end: i + 1,
            kind: TimexType::Time,
            value: Some(time_value(None, h, m, None)),
            modifier: None,
            relative: false,
        })
    })
}

/// Gives the times of a sentence the day beside them: a day-level DATE just before
/// (`Friday 18 February 2005 02.35 GMT`, `on Monday at 10:20 a.m.`) or just after
/// (`0030 GMT 2 June`, `10 a.m. on Monday`), or, for a time followed by the same moment in
/// another zone in brackets, the day that moment falls on in its own zone.
pub(super) fn attach_dates(r: &Reading, found: &mut [(usize, Match)]) {
    let toks = &r.toks[..];
    let day_of = |m: &Match| {
        (m.kind == TimexType::Date)
            .then(|| m.value.as_deref().and_then(Date::parse_iso))
            .flatten()
    };
    let gap_is = |from: usize, to: usize, words: &[&str]| {
        from <= to && (from..to).all(|k| words.contains(&lower_at(toks, k)))
    };
    for k in 0..found.len() {
        let (start, ref m) = found[k];
        if m.kind != TimexType::Time || !m.value.as_deref().is_some_and(|v| v.starts_with('X')) {
            continue;
        }
        let before = k
            .checked_sub(1)
            .and_then(|p| found.get(p))
            .filter(|(_, p)| {
                gap_is(
                    p.end,
                    start,
                    &[",", "at", "-", "–", "from", "by", "around", "about"],
                )
            })
            .and_then(|(_, p)| day_of(p).map(|d| (start - p.end, d)));
        let after = found
            .get(k + 1)
            .filter(|(n, _)| gap_is(m.end, *n, &[",", "on", "(", ")", "of"]))
            .and_then(|(n, next)| day_of(next).map(|d| (n - m.end, d)));
        let day = match (before, after) {
            (Some(b), Some(a)) => Some(if a.0 < b.0 { a.1 } else { b.1 }),
            (b, a) => b.or(a).map(|x| x.1),
        };
        if let Some(day) = day {
            let v = found[k].1.value.take().unwrap_or_default();
            found[k].1.value = Some(format!("{day}{}", &v["XXXX-XX-XX".len()..]));
        }
    }
    // `1930 CDT (0030 GMT 2 June)`: the same moment, so the day it falls on in CDT.
    for k in 0..found.len().saturating_sub(1) {
        let (undated, other) = (&found[k], &found[k + 1]);
        if undated.1.kind != TimexType::Time
            || other.1.kind != TimexType::Time
            || lower_at(toks, undated.1.end) != "("
            || other.0 != undated.1.end + 1
        {
            continue;
        }
        let (Some(a), Some(b)) = (
            undated.1.value.as_deref().and_then(parse_value),
            other.1.value.as_deref().and_then(parse_value),
        ) else {
            continue;
        };
        let (None, minutes, Some(offset)) = a else {
            continue;
        };
        let (Some(day), other_minutes, Some(other_offset)) = b else {
            continue;
        };
        let utc = day.to_days() * 1440 + other_minutes - other_offset * 60;
        let local = utc + offset * 60;
        if local.rem_euclid(1440) != minutes {
            continue;
        }
        if let Some(d) = Date::from_days(local.div_euclid(1440)) {
            let v = found[k].1.value.take().unwrap_or_default();
            found[k].1.value = Some(format!("{d}{}", &v["XXXX-XX-XX".len()..]));
        }
    }
}

/// The leading four-digit number of a sentence that starts a line of text (`2055 The BBC's
/// correspondent says …`), if it reads as hours and minutes.
fn leading_stamp(text: &str) -> Option<(&str, u32, u32)> {
    let (first, rest) = text.split_once(' ')?;
    let next = rest.chars().next()?;
    if first.len() != 4 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !(next.is_uppercase() || matches!(next, '"' | '“' | '\'' | '‘')) {
        return None;
    }
    let n: u32 = first.parse().ok()?;
    let (h, m) = (n / 100, n % 100);
    (h < 24 && m < 60).then_some((first, h, m))
}

/// The sentences of a document that open with a live page's time stamp: at least three open
/// with a four-digit number and a capitalised word, all of them read as hours and minutes,
/// and at least one cannot be a year (`0930`, or a year after the publication's: `2055` in a
/// page of 2010). A chronology of years (`1918: …`, `1985 Gorbachev …`) has none that cannot.
pub(super) fn live_stamps(sentences: &[&str], dct: Option<Date>) -> Vec<usize> {
    let found: Vec<(usize, &str)> = sentences
        .iter()
        .enumerate()
        .filter_map(|(k, s)| leading_stamp(s).map(|(t, _, _)| (k, t)))
        .collect();
    let no_year = |t: &str| {
        t.starts_with('0') || dct.is_some_and(|d| t.parse::<i32>().is_ok_and(|y| y > d.year()))
    };
    if found.len() >= 3 && found.iter().any(|(_, t)| no_year(t)) {
        found.into_iter().map(|(k, _)| k).collect()
    } else {
        Vec::new()
    }
}

/// Makes a sentence's leading stamp a TIME (without a date: the stamp names none).
pub(super) fn as_stamp(text: &str, times: &mut Vec<TimeExpr>) {
    let Some((stamp, h, m)) = leading_stamp(text) else {
        return;
    };
    let time = TimeExpr {
        start: 0,
        end: stamp.chars().count() as u32,
        text: stamp.to_string(),
        kind: TimexType::Time,
        value: Some(format!("XXXX-XX-XXT{h:02}:{m:02}")),
        modifier: None,
        approximate: false,
    };
    // What the line's start was read as: a clock with its zone (`1110 CT`) is the stamp read
    // already; anything else there (a year, a date from its digits) gives way to it, so that
    // no two expressions overlap.
    if times
        .first()
        .is_some_and(|t| t.start < time.end && t.kind == TimexType::Time)
    {
        return;
    }
    times.retain(|t| t.start >= time.end);
    times.insert(0, time);
}
