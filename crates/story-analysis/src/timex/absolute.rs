//! Dates in their written forms: ISO dates, month and day, day and month, named dates.

use super::*;

/// Words after which a bare month name is a date (`in October`, `early March`).
pub(super) const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "early", "late", "mid", "during", "from", "to",
    "through", "before", "after", "of", "last", "next", "this", "until", "between", "and",
];

pub(super) fn iso_date(toks: &[Tok], i: usize) -> Option<Match> {
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
pub(super) fn named_date(toks: &[Tok], i: usize) -> Option<Match> {
    if lower_at(toks, i) == "9" && lower_at(toks, i + 1) == "/" && lower_at(toks, i + 2) == "11" {
        let next = lower_at(toks, i + 3);
        if next == "/" || next.bytes().all(|b| b.is_ascii_digit()) && !next.is_empty() {
            return None;
        }
        return Some(Match::date(i + 3, Some("2001-09-11".to_string())));
    }
    None
}

/// `September 11, 2001`, `March 3`, `March 2016`, `August of 2012`, `in October`.
pub(super) fn month_forms(r: &Reading, i: usize) -> Option<Match> {
    let toks = &r.toks[..];
    let (month, j) = month_at(toks, i)?;
    let prev = if i > 0 { lower_at(toks, i - 1) } else { "" };
    // `May` is also a verb (only with a number or a cue before it), and in capitals (`AND MAY
    // WE`) any month name may be a word.
    let shouted = !toks[i].text.chars().any(char::is_lowercase);
    let bare = day_at(toks, j).is_none() && year_at(toks, j).is_none();
    if bare && (shouted || (month == 5 && !MONTH_CUES.contains(&prev))) {
        return None;
    }
    if let Some((day, k)) = day_at(toks, j) {
        let k2 = if lower_at(toks, k) == "," { k + 1 } else { k };
        if let Some(y) = four_digit_year(toks, k2).filter(|_| !clock::is_clock(toks, k2)) {
            let date = Date::new(y, month, day);
            return Some(Match::date(k2 + 1, date.map(|d| d.to_string())));
        }
        if year_like(toks, k) && !clock::is_clock(toks, k) {
            return None;
        }
        return Some(Match::date(k, r.day_value(i, k, month, day)).relative());
    }
    let k = if lower_at(toks, j) == "of" || lower_at(toks, j) == "," {
        j + 1
    } else {
        j
    };
    if let Some(y) = four_digit_year(toks, k).filter(|_| !clock::is_clock(toks, k)) {
        return Some(Match::date(k + 1, Some(format!("{y:04}-{month:02}"))));
    }
    if !MONTH_CUES.contains(&prev) {
        return None;
    }
    Some(Match::date(j, r.month_value(i, j, month)).relative())
}

/// `11 September 2001`, `3 March`.
pub(super) fn day_month(r: &Reading, i: usize) -> Option<Match> {
    let toks = &r.toks[..];
    let (day, j) = day_at(toks, i)?;
    let j = if lower_at(toks, j) == "of" { j + 1 } else { j };
    let (month, k) = month_at(toks, j)?;
    let k2 = if lower_at(toks, k) == "," { k + 1 } else { k };
    if let Some(y) = four_digit_year(toks, k2).filter(|_| !clock::is_clock(toks, k2)) {
        return Some(Match::date(
            k2 + 1,
            Date::new(y, month, day).map(|d| d.to_string()),
        ));
    }
    Some(Match::date(k, r.day_value(i, k, month, day)).relative())
}

/// A capitalised weekday name at `i`: its number (Monday = 0).
pub(super) fn weekday_at(toks: &[Tok], i: usize) -> Option<u32> {
    let t = tok(toks, i)?;
    if !t.is_capitalised() {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|x| *x == t.lower)
        .map(|w| w as u32)
}

/// A weekday beside its date is one expression: `Saturday 18 March 1967`, `Monday, June 14`.
/// A date without a year takes the year (of the DCT's and those either side) in which it
/// falls on that weekday.
pub(super) fn weekday_date(r: &Reading, i: usize) -> Option<Match> {
    let toks = &r.toks[..];
    let wd = weekday_at(toks, i)?;
    let j = if lower_at(toks, i + 1) == "," {
        i + 2
    } else {
        i + 1
    };
    let mut m = day_month(r, j).or_else(|| month_forms(r, j))?;
    let date = m.value.as_deref().and_then(Date::parse_iso);
    if m.value.is_some() && date.is_none() {
        // `Monday, March 2016` is not a day.
        return None;
    }
    if let (true, Some(date), Some(dct)) = (m.relative, date, r.ctx.dct) {
        let on_weekday =
            |y: i32| Date::new(y, date.month(), date.day()).filter(|d| d.weekday() == wd);
        let year = [dct.year(), dct.year() - 1, dct.year() + 1]
            .into_iter()
            .filter_map(|y| on_weekday(y).map(|d| (y, (d.to_days() - dct.to_days()).abs())))
            .min_by_key(|(_, gap)| *gap);
        if let Some((y, _)) = year {
            if r.chronology_at != Some(j) || r.focus.is_none() {
                m.value = on_weekday(y).map(|d| d.to_string());
            }
        }
    }
    Some(m)
}

/// Where the date of a chronology line starts: a line that opens (after a bullet, and a
/// weekday) with a day and month, then a colon or a dash: `2 May: …`, `15 July – …`,
/// `June 3 - …`, `Sept. 7: …`, `Monday 14 June 2010: …`.
pub(super) fn chronology_line(toks: &[Tok]) -> Option<usize> {
    let mut i = 0;
    while matches!(lower_at(toks, i), "-" | "*" | "•" | "–" | "—" | "·") {
        i += 1;
    }
    if weekday_at(toks, i).is_some() {
        i += 1;
        if lower_at(toks, i) == "," {
            i += 1;
        }
    }
    let start = i;
    let end = if let Some((_, j)) = day_at(toks, i) {
        let j = if lower_at(toks, j) == "of" { j + 1 } else { j };
        month_at(toks, j)?.1
    } else {
        let (_, j) = month_at(toks, i)?;
        day_at(toks, j)?.1
    };
    let end = match (lower_at(toks, end), four_digit_year(toks, end + 1)) {
        (",", Some(_)) => end + 2,
        _ if four_digit_year(toks, end).is_some() => end + 1,
        _ => end,
    };
    matches!(lower_at(toks, end), ":" | "-" | "–" | "—").then_some(start)
}
