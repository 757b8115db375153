//! Holidays and named days, kept as data in `data/holidays.txt`: `Christmas Day`, `Easter
//! Monday` (Easter by the Gregorian computus), `Thanksgiving` (the fourth Thursday of
//! November), `Bonfire Night`, … Stated with a year (`Christmas 2009`, `Easter of 1916`) a
//! holiday is that day; after `last`, `next` or `this` it is the one before, after or in the
//! DCT's year; alone it resolves like a month, by the tense of its clause.

use std::sync::OnceLock;

use super::*;

#[derive(Debug)]
enum Rule {
    Fixed(u32, u32),
    /// Days from Easter Sunday.
    Easter(i64),
    /// The `n`th `weekday` (Monday = 0) of `month`; `None` for the last.
    Nth {
        month: u32,
        weekday: u32,
        n: Option<u32>,
    },
}

#[derive(Debug)]
struct Holiday {
    /// The name's words, lower case, apostrophes as `'`.
    words: Vec<String>,
    rule: Rule,
    /// Also an ordinary word: a date only after a time word or before a year.
    cue: bool,
}

/// Words before a holiday that is also an ordinary word (`at Christmas`, `over Easter`).
const CUES: &[&str] = &[
    "at", "on", "over", "by", "before", "after", "until", "till", "since", "during", "for", "last",
    "next", "this", "of", "around", "from", "to", "and",
];

fn norm(w: &str) -> String {
    w.to_lowercase().replace('’', "'")
}

fn parse_rule(rule: &str) -> Option<Rule> {
    if let Some(days) = rule.strip_prefix("easter") {
        let days = if days.is_empty() {
            0
        } else {
            days.parse().ok()?
        };
        return Some(Rule::Easter(days));
    }
    if let Some((m, d)) = rule.split_once('-') {
        return Some(Rule::Fixed(m.parse().ok()?, d.parse().ok()?));
    }
    let mut parts = rule.split('/');
    let month = parts.next()?.parse().ok()?;
    let weekday = parts.next()?;
    let weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .position(|w| *w == weekday)? as u32;
    let n = match parts.next()? {
        "last" => None,
        n => Some(n.parse().ok()?),
    };
    Some(Rule::Nth { month, weekday, n })
}

fn holidays() -> &'static [Holiday] {
    static LIST: OnceLock<Vec<Holiday>> = OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../../data/holidays.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split('|').map(str::trim);
                let name = fields.next()?;
                let rule = parse_rule(fields.next()?)?;
                let cue = fields.next() == Some("cue");
                let words = tokenize(name).iter().map(|t| norm(t.text)).collect();
                Some(Holiday { words, rule, cue })
            })
            .collect()
    })
}

/// Easter Sunday of `year` (Gregorian; the anonymous computus).
pub(super) fn easter(year: i32) -> Option<Date> {
    if year < 1583 {
        return None;
    }
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}

fn day_in(rule: &Rule, year: i32) -> Option<Date> {
    match *rule {
        Rule::Fixed(m, d) => Date::new(year, m, d),
        Rule::Easter(days) => easter(year)?.add_days(days),
        Rule::Nth { month, weekday, n } => {
            let first = Date::new(year, month, 1)?;
            let to_weekday = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
            let first_match = first.add_days(to_weekday)?;
            let nth = match n {
                Some(n) => first_match.add_days(7 * (i64::from(n) - 1))?,
                None => {
                    let last = Date::new(year, month, days_in_month(year, month))?;
                    let back = (i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7);
                    last.add_days(-back)?
                }
            };
            (nth.month() == month).then_some(nth)
        }
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    story_core::date::days_in_month(year, month)
}

/// A holiday at `i`: `Christmas Day`, `last Easter`, `Christmas 2009`, `Christmas in 2003`,
/// `at Christmas`.
pub(super) fn holiday(r: &Reading, i: usize) -> Option<Match> {
    let toks = &r.toks[..];
    // Never after a possessive: `Ghana's Independence Day` is not the one of this list.
    if i >= 2 && lower_at(toks, i - 1) == "s" && matches!(lower_at(toks, i - 2), "'" | "’") {
        return None;
    }
    let (rel, j) = match lower_at(toks, i) {
        w @ ("last" | "next" | "this") => (Some(w), i + 1),
        _ => (None, i),
    };
    if !tok(toks, j)?.is_capitalised() {
        return None;
    }
    let h = holidays()
        .iter()
        .filter(|h| {
            h.words
                .iter()
                .enumerate()
                .all(|(k, w)| tok(toks, j + k).is_some_and(|t| norm(t.text) == *w))
        })
        .max_by_key(|h| h.words.len())?;
    let k = j + h.words.len();
    let k2 = if matches!(lower_at(toks, k), "," | "of" | "in") {
        k + 1
    } else {
        k
    };
    if let Some(y) = four_digit_year(toks, k2).filter(|_| !clock::is_clock(toks, k2)) {
        return Some(Match::date(
            k2 + 1,
            day_in(&h.rule, y).map(|d| d.to_string()),
        ));
    }
    let prev = if j > 0 { lower_at(toks, j - 1) } else { "" };
    // `and Christmas Jones` is a name.
    let name_after = tok(toks, k).is_some_and(Tok::is_capitalised);
    if h.cue && (!CUES.contains(&prev) || name_after) {
        return None;
    }
    let dir = match rel {
        Some("last") => Dir::Past,
        Some("next") => Dir::Future,
        Some(_) => Dir::Nearest,
        None => r.tense.dir(i, k),
    };
    let value = r.ctx.dct.and_then(|dct| {
        if rel == Some("this") {
            day_in(&h.rule, dct.year())
        } else {
            yearly(dct, dir, |y| day_in(&h.rule, y))
        }
    });
    Some(Match::date(k, value.map(|d| d.to_string())).relative())
}
