//! Expressions resolved against the document creation time: seasons, `last month`,
//! `two decades ago`, `yesterday`, weekdays.

use super::*;
use story_core::time::iso_week_value;

pub(super) fn season_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// `summer of 2016`, `the summer of 2016`, `summer 2016`, `last summer`.
pub(super) fn season(r: &Reading, i: usize) -> Option<Match> {
    let (toks, ctx) = (&r.toks[..], &r.ctx);
    let the = usize::from(lower_at(toks, i) == "the");
    let j = i + the;
    let (rel, j) = match lower_at(toks, j) {
        w @ ("last" | "this" | "next" | "past") if the == 0 || w == "past" => (Some(w), j + 1),
        _ => (None, j),
    };
    let code = season_code(lower_at(toks, j))?;
    let next = lower_at(toks, j + 1);
    if next == "-" {
        // `fall-out`, `summer-like`
        return None;
    }
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
    // `fall` is a season only where the text reads it as one: `in the fall`, not `the fall
    // in prices`.
    let prev = if i > 0 { lower_at(toks, i - 1) } else { "" };
    let fall = lower_at(toks, j) == "fall";
    if fall
        && (!matches!(
            prev,
            "in" | "during" | "by" | "until" | "till" | "through" | "since"
        ) || matches!(
            next,
            "in" | "of" | "to" | "from" | "back" | "out" | "off" | "on"
        ))
    {
        return None;
    }
    if the == 1 && next != "of" {
        // `the summer`: the most recent one.
        let value = ctx.dct.map(|dct| {
            let y = if r.tense.dir(i, j + 1) == Dir::Future {
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

pub(super) fn season_start_month(code: &str) -> u32 {
    match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

pub(super) fn in_season(d: Date, code: &str) -> bool {
    let m = d.month();
    match code {
        "SP" => (3..=5).contains(&m),
        "SU" => (6..=8).contains(&m),
        "FA" => (9..=11).contains(&m),
        _ => m == 12 || m <= 2,
    }
}

/// The year of the season of `code` that contains or is nearest before `d`'s year's one.
pub(super) fn season_year(d: Date, code: &str) -> i32 {
    if code == "WI" && d.month() <= 2 {
        d.year() - 1
    } else {
        d.year()
    }
}

/// `last year`, `this month`, `next week`, `last July`, `last Thursday`, `last decade`.
pub(super) fn relative(toks: &[Tok], i: usize, ctx: &Context) -> Option<Match> {
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
pub(super) fn ago(toks: &[Tok], i: usize, ctx: &Context) -> Option<Match> {
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

/// A capitalised word (not one in capitals) right after another word: not at a sentence's or
/// clause's start.
fn is_name(toks: &[Tok], i: usize) -> bool {
    // Capitalised inside a sentence (after a word or a comma: `…ago, Today programme
    // listeners`), not where a sentence, a quote or an aside opens.
    i > 0
        && toks[i].is_capitalised()
        && toks[i].text.chars().skip(1).any(char::is_lowercase)
        && !matches!(
            toks[i - 1].text,
            "\"" | "“" | "‘" | "'" | "(" | "[" | ":" | "—" | "–" | "-" | "." | "!" | "?"
        )
}

/// Whether `yesterday`, `today` or `tomorrow` at `i` names a time of the world rather than a
/// day: a state set against now (`Egypt will never go back to what it was yesterday`, `as we
/// are today`), the day as the subject of a remark (`Today is Haiti, tomorrow …`, `Today it is
/// about Egypt`) or between a noun and its present verb (`the only jobs today are in
/// services`, `Egypt today is …`: nowadays).
fn as_an_era(toks: &[Tok], i: usize) -> bool {
    let at = |k: usize| lower_at(toks, k);
    let ends = matches!(
        at(i + 1),
        "" | "." | "," | ";" | "!" | "?" | ")" | "\"" | "”"
    );
    let state = i >= 3
        && matches!(at(i - 1), "was" | "were" | "is" | "are" | "be")
        && matches!(
            at(i - 2),
            "it" | "they" | "we" | "he" | "she" | "i" | "you" | "things"
        )
        && matches!(at(i - 3), "what" | "where" | "who" | "how" | "as");
    let opens = i == 0
        || matches!(
            at(i - 1),
            "\"" | "“" | "‘" | "(" | ":" | "—" | "–" | "." | "!" | "?"
        );
    // A present that goes on with a verb (`Today it is set to announce …`, `the guidelines
    // coming out today are telling …`) tells of the day.
    let present = |k: usize| {
        let next = at(k + 1);
        matches!(at(k), "is" | "are")
            && !(next.len() > 4 && (next.ends_with("ing") || next.ends_with("ed")))
            && !matches!(next, "set" | "due" | "to" | "expected" | "likely" | "being")
            && !(next == "about" && at(k + 2) == "to")
    };
    let subject = opens && (present(i + 1) || (at(i + 1) == "it" && present(i + 2)));
    let nowadays = at(i) == "today"
        && i > 0
        && present(i + 1)
        && toks[i - 1].text.chars().all(char::is_alphabetic)
        // `Figures released today are …` tells of the day.
        && !at(i - 1).ends_with("ed")
        && !matches!(
            at(i - 1),
            "said" | "says" | "that" | "and" | "but" | "until" | "from" | "since" | "by"
        );
    // `today's financial markets`, `today's young people`: the present-day world, as
    // TimeML's `PRESENT_REF`, not the day's own markets (`today's meeting`, `today's vote`).
    let possessive = matches!(at(i + 1), "'" | "’") && at(i + 2) == "s";
    let present_day = at(i) == "today"
        && possessive
        && (i + 3..i + 6)
            .take_while(|&k| {
                toks.get(k).is_some_and(|t| {
                    t.text
                        .chars()
                        .all(|c| c.is_alphabetic() && c.is_lowercase())
                }) && !crate::text::STOP_WORDS.contains(&at(k))
            })
            .any(|k| PRESENT_DAY_NOUNS.contains(&at(k)));
    (state && ends) || subject || nowadays || present_day
}

/// What `today's` makes the present-day world's (`today's society`, `today's young people`,
/// `today's financial markets`): broad kinds of people and things, never a day's own doings.
const PRESENT_DAY_NOUNS: &[&str] = &[
    "world",
    "society",
    "societies",
    "economy",
    "markets",
    "generation",
    "generations",
    "youth",
    "children",
    "kids",
    "teenagers",
    "parents",
    "families",
    "people",
    "culture",
    "technology",
    "technologies",
    "politics",
    "climate",
    "age",
    "era",
    "standards",
    "life",
    "lives",
    "media",
    "workplace",
    "workforce",
    "consumers",
    "voters",
    "businesses",
    "companies",
    "warfare",
    "armies",
    "science",
    "medicine",
    "music",
    "fashion",
];

/// `yesterday`, `today`, `tomorrow`, `now`, `currently`, `recently`, `this morning`.
pub(super) fn deictic(toks: &[Tok], i: usize, ctx: &Context) -> Option<Match> {
    let w = lower_at(toks, i);
    let day = |offset: i64| {
        ctx.dct
            .and_then(|d| d.add_days(offset))
            .map(|d| d.to_string())
    };
    // `what it was yesterday`, `Today is Haiti`: the day as the present or past of a remark,
    // no day of the calendar.
    // `Today is the valley, tomorrow might be the coast`: a tomorrow set against an era's today
    // is the future, no day either.
    let after_an_era =
        w == "tomorrow" && (0..i).any(|j| lower_at(toks, j) == "today" && as_an_era(toks, j));
    if matches!(w, "yesterday" | "today" | "tomorrow")
        && !(w == "today" && is_name(toks, i))
        && (as_an_era(toks, i) || after_an_era)
    {
        let era = match w {
            "yesterday" => "PAST_REF",
            "today" => "PRESENT_REF",
            _ => "FUTURE_REF",
        };
        return Some(Match::date(i + 1, Some(era.into())));
    }
    let m = match w {
        "yesterday" => Match::date(i + 1, day(-1)).relative(),
        // `the Today programme`, `USA Today`, `told Today's host`: capitalised after a word,
        // it is a name, not the day.
        "today" if is_name(toks, i) => return None,
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

/// A capitalised weekday: the most recent one (on or before the DCT), or the next one when
/// its clause speaks of the future. Where the clause says it may be either (`said it would
/// vote on Tuesday`), only a deadline (`until`, `by`, `till`: the next one) or the DCT's own
/// weekday gets a value.
pub(super) fn weekday(r: &Reading, i: usize) -> Option<Match> {
    let wd = i64::from(weekday_at(&r.toks, i)?);
    if lower_at(&r.toks, i + 1) == "school" {
        return None;
    }
    let dir = match r.tense.dir(i, i + 1) {
        Dir::Later => Dir::Either,
        d => d,
    };
    let deadline = i > 0 && matches!(lower_at(&r.toks, i - 1), "until" | "by" | "till");
    let future = dir == Dir::Future || (dir == Dir::Either && deadline);
    let unsure = dir == Dir::Either && !deadline;
    let value = r.ctx.dct.and_then(|d| {
        let diff = wd - i64::from(d.weekday());
        if unsure && diff != 0 {
            return None;
        }
        let ahead = if diff >= 0 { diff } else { diff + 7 };
        let back = if diff <= 0 { diff } else { diff - 7 };
        let days = if future {
            ahead
        } else if dir == Dir::Nearest {
            // Nothing in the sentence says which way: the nearest, a day to come counting
            // double (as for a date without a year).
            if 2 * ahead < -back {
                ahead
            } else {
                back
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
