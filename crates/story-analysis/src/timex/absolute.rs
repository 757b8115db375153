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
pub(super) fn month_forms(toks: &[Tok], i: usize, ctx: &Context, future: bool) -> Option<Match> {
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

/// `11 September 2001`, `3 March`.
pub(super) fn day_month(toks: &[Tok], i: usize, ctx: &Context, future: bool) -> Option<Match> {
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
