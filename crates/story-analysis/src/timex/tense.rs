//! Which way an underspecified date points from the document creation time.

use super::*;

/// A sentence about the future: a future marker and no past-tense verb. (`in what will surely
/// rank as …, the court suspended …` is about the past.)
pub(super) fn speaks_of_future(toks: &[Tok]) -> bool {
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

/// The year a month (and day) without a year refers to, seen from the DCT.
pub(super) fn infer_year(dct: Date, month: u32, day: u32, future: bool) -> i32 {
    let later = (month, day) > (dct.month(), dct.day());
    match (future, later) {
        (false, true) => dct.year() - 1,
        (true, false) if (month, day) < (dct.month(), dct.day()) => dct.year() + 1,
        _ => dct.year(),
    }
}

/// The year of a bare month: the most recent such month (this one included) before the DCT,
/// or the next one when the sentence speaks of the future.
pub(super) fn month_year(dct: Date, month: u32, future: bool) -> i32 {
    match (future, month.cmp(&dct.month())) {
        (false, std::cmp::Ordering::Greater) => dct.year() - 1,
        (true, std::cmp::Ordering::Less) => dct.year() + 1,
        _ => dct.year(),
    }
}
