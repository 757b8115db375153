//! Years, decades and centuries.

use super::*;

/// A four-digit number from 1000 to 2100.
pub(super) fn four_digit_year(toks: &[Tok], i: usize) -> Option<i32> {
    let t = tok(toks, i)?;
    if t.text.len() != 4 {
        return None;
    }
    let y = t.number()? as i32;
    (1000..=2100).contains(&y).then_some(y)
}

/// Words after which a four-digit number reads as a year even before a plural noun
/// (`in 2010 elections`, `the 2009 protests`) or below 1800 (`in 1649`).
pub(super) const YEAR_CUES: &[&str] = &[
    "in", "since", "of", "from", "until", "till", "by", "before", "after", "during", "year", "to",
    "through", "between", "and", "or", "the", "this", "that", "its", "his", "her", "their", "our",
    "s", "early", "late", "mid", "-", "–", "circa",
];

/// A four-digit year token that reads as a year on its own: not a time of day (`1425 local
/// time`, `1930 CDT`, `at 1930`), an amount (`1500 people`, `$2024`, `1844.25`) or a number
/// (`No 1200`).
pub(super) fn year_at(toks: &[Tok], i: usize) -> Option<i32> {
    let y = four_digit_year(toks, i)?;
    let prev = if i > 0 { lower_at(toks, i - 1) } else { "" };
    let next = lower_at(toks, i + 1);
    if clock::is_clock(toks, i) || (prev == "at" && !matches!(next, "'" | "’")) {
        return None;
    }
    // A decimal: `1844.25`.
    let glued = |k: usize| {
        tok(toks, k)
            .zip(tok(toks, k + 1))
            .is_some_and(|(a, b)| a.end == b.start)
    };
    if next == "." && glued(i) && glued(i + 1) && tok(toks, i + 2).and_then(Tok::number).is_some() {
        return None;
    }
    // A count before a plural noun: `2003 people`, `1500 workers`.
    let plural = tok(toks, i + 1).is_some_and(|t| {
        !t.is_capitalised()
            && t.lower.len() > 3
            && t.lower.ends_with('s')
            && !["ss", "us", "is"].iter().any(|e| t.lower.ends_with(e))
            && !matches!(
                t.lower.as_str(),
                "this" | "thus" | "plus" | "versus" | "whereas"
            )
    });
    if plural && !YEAR_CUES.contains(&prev) {
        return None;
    }
    if matches!(
        prev,
        "$" | "€" | "£" | "#" | "no" | "number" | "," | "." | ":"
    ) {
        return None;
    }
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
    // A ratio: `1 in 1000`, `one in 1500` (a round number or one before 1800 after a count).
    let count_before = i >= 2
        && tok(toks, i - 2)
            .is_some_and(|t| t.number().is_some() || NUMBER_WORDS.contains(&t.lower.as_str()));
    if prev == "in" && count_before && (y % 100 == 0 || y < 1800) {
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

/// Counts in words, before `in` in a ratio.
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

pub(super) fn year_like(toks: &[Tok], i: usize) -> bool {
    tok(toks, i).is_some_and(|t| t.text.len() == 4 && t.number().is_some())
}

/// `the 1970s`, `1960s`, `the ’60s`. Two digits name a decade only with their apostrophe:
/// `in the 30s` is as often a temperature, an age or a poll rating (`approval in the 20s`).
pub(super) fn decade(toks: &[Tok], i: usize) -> Option<Match> {
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
        // `the 1800s` is how a reader names the nineteenth century (but `the 2000s` the
        // decade: no century of ours is named so).
        4 if digits.ends_with("00") && digits < "2000" => digits[..2].to_string(),
        4 if digits.ends_with('0') => digits[..3].to_string(),
        2 if digits.ends_with('0') && apostrophe => {
            let n: u32 = digits.parse().ok()?;
            format!("{}", if n >= 30 { 190 + n / 10 } else { 200 + n / 10 })
        }
        _ => return None,
    };
    Some(Match::date(j + 1, Some(value)))
}

/// `the 20th century`, `the nineteenth century`.
pub(super) fn century(toks: &[Tok], i: usize) -> Option<Match> {
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
