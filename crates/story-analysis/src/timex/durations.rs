//! Durations and sets.

use super::*;

/// A time unit word: its TIMEX3 letter(s), whether it is plural, and whether it is a time
/// (not date) unit.
pub(super) fn unit_at(toks: &[Tok], i: usize) -> Option<(&'static str, bool)> {
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

pub(super) fn duration_value(n: Option<u32>, unit: &str) -> String {
    let n = n.map_or("X".to_string(), |n| n.to_string());
    match unit {
        "H" => format!("PT{n}H"),
        "MIN" => format!("PT{n}M"),
        u => format!("P{n}{u}"),
    }
}

/// `two decades`, `over two decades`, `the last few years`, `two-decade`, `decades`.
pub(super) fn duration(toks: &[Tok], i: usize) -> Option<Match> {
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
pub(super) fn set(toks: &[Tok], i: usize) -> Option<Match> {
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
