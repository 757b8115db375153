//! Factuality: whether a clause tells of a happening as real, as denied, or only as wanted,
//! asked for or possible. `Mubarak resigned`, `Mubarak did not resign` and `protesters
//! demanded that Mubarak resign` share their words but state three different facts: two
//! sentences state one fact only where they tell of its words in the same mode.
//!
//! A word is told in the mode of the cues before it in its clause, at most [`REACH`] words
//! back and not across a `;`, `:`, dash, bracket or `but` (which open another thought): a
//! negation (`not`, `never`, `no`, `-n't`; not `without`, which denies only its noun) denies it, whatever else is in reach
//! (`did not call on him to resign`, `no intention of resigning`: no call, no intention);
//! else a modal verb, a verb of wanting, asking or expecting, or a condition (`if`,
//! `until`, `whether`) makes it unreal.

/// How a clause tells of a word's happening.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Mode {
    /// As something that happens or happened.
    Real,
    /// As something that does not or did not.
    Denied,
    /// As something wanted, asked for, expected, possible or conditional.
    Unreal,
}

/// Most words a cue reaches forward.
const REACH: usize = 6;

/// Words that make what follows unreal.
const UNREAL: &[&str] = &[
    "would",
    "could",
    "should",
    "might",
    "may",
    "must",
    "if",
    "unless",
    "until",
    "till",
    "whether",
    "demand",
    "demands",
    "demanded",
    "demanding",
    "urge",
    "urges",
    "urged",
    "urging",
    "want",
    "wants",
    "wanted",
    "wanting",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "expect",
    "expects",
    "expected",
    "expecting",
    "expectation",
    "expectations",
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "intention",
    "intentions",
    "threaten",
    "threatens",
    "threatened",
    "threatening",
    "seek",
    "seeks",
    "seeking",
    "sought",
    "wish",
    "wishes",
    "chance",
    "chances",
    "possibility",
    "possibly",
    "probably",
    "likely",
    "perhaps",
    "potential",
    "potentially",
    "unclear",
    "uncertain",
    "prospect",
    "prospects",
];

/// Verbs that make what follows unreal only before `for` or `on`, or a `to` in the next
/// four words (`called for his resignation`, `asked him to resign`; not `called him`,
/// `asked about it`).
const UNREAL_BEFORE: &[&str] = &[
    "call", "calls", "called", "calling", "ask", "asks", "asked", "asking", "press", "pressed",
    "pressing", "push", "pushed", "pushing",
];

/// Words that deny what follows.
const DENIED: &[&str] = &["not", "never", "no", "nor", "neither", "cannot"];

/// After `no` or `not`, words that make it no denial of what follows (`no more than 40`,
/// `not only`, `no doubt`).
const NOT_DENIAL_AFTER: &[&str] = &["more", "less", "fewer", "only", "doubt", "sooner"];

/// The cue a word is, given the words after it.
fn cue(word: &str, after: &[(usize, &str)]) -> Option<Mode> {
    let lower = word.to_lowercase();
    let next = after.first().map(|w| w.1.to_lowercase());
    if DENIED.contains(&lower.as_str()) {
        let idle = next
            .as_deref()
            .is_some_and(|n| NOT_DENIAL_AFTER.contains(&n) || n.chars().all(|c| c.is_numeric()));
        return (!idle).then_some(Mode::Denied);
    }
    if lower.ends_with("n't") || lower.ends_with("n’t") {
        return Some(Mode::Denied);
    }
    if UNREAL.contains(&lower.as_str()) {
        return Some(Mode::Unreal);
    }
    // `called for`, `called on him to`, `asked the mayor to`.
    if UNREAL_BEFORE.contains(&lower.as_str())
        && (next
            .as_deref()
            .is_some_and(|n| matches!(n, "for" | "on" | "upon"))
            || after.iter().take(4).any(|w| w.1.eq_ignore_ascii_case("to")))
    {
        return Some(Mode::Unreal);
    }
    None
}

/// Whether the text between a cue and a word opens another thought: a `;`, `:`, dash,
/// bracket or `but`, or a comma two words or more after the cue (`ordered not to kiss or
/// shake hands, shops closed`; not `no country, Peru included, recognises`).
fn breaks(between: &str) -> bool {
    let comma = between
        .split_once(',')
        .is_some_and(|(before, _)| before.split_whitespace().count() >= 2);
    comma
        || between.contains([';', ':', '—', '–', '(', ')'])
        || between.contains(" - ")
        || between.split_whitespace().any(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case("but")
        })
}

/// Each word of `clause` (by its byte offset in the clause) with its mode; the words for
/// which `held` is true (by their index) are no cue (they belong to a phrase that means
/// them).
pub(super) fn modes(clause: &str, held: impl Fn(usize) -> bool) -> Vec<(usize, Mode)> {
    use unicode_segmentation::UnicodeSegmentation;
    let words: Vec<(usize, &str)> = clause.unicode_word_indices().collect();
    // The last cue of each kind, by word index.
    let (mut denial, mut unreal): (Option<usize>, Option<usize>) = (None, None);
    let reaches = |j: Option<usize>, i: usize| {
        j.is_some_and(|j: usize| {
            i - j <= REACH && !breaks(&clause[words[j].0 + words[j].1.len()..words[i].0])
        })
    };
    let mut out = Vec::with_capacity(words.len());
    for (i, &(at, word)) in words.iter().enumerate() {
        let mode = if reaches(denial, i) {
            Mode::Denied
        } else if reaches(unreal, i) {
            Mode::Unreal
        } else {
            Mode::Real
        };
        out.push((at, mode));
        match cue(word, &words[i + 1..]).filter(|_| !held(i)) {
            Some(Mode::Denied) => denial = Some(i),
            Some(Mode::Unreal) => unreal = Some(i),
            _ => {}
        }
    }
    out
}

/// The mode of the word that starts at byte `at` of the clause (the word at or before it).
pub(super) fn at(modes: &[(usize, Mode)], at: usize) -> Mode {
    match modes.binary_search_by_key(&at, |m| m.0) {
        Ok(i) => modes[i].1,
        Err(0) => Mode::Real,
        Err(i) => modes[i - 1].1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode_of(clause: &str, word: &str) -> Mode {
        let at_byte = clause.find(word).expect("word in clause");
        at(&modes(clause, |_| false), at_byte)
    }

    #[test]
    fn a_happening_is_real_denied_or_unreal_by_the_cues_before_it() {
        for (clause, word, want) in [
            ("The mayor resigned on Friday", "resigned", Mode::Real),
            ("The mayor did not resign on Friday", "resign", Mode::Denied),
            ("The mayor didn't resign", "resign", Mode::Denied),
            (
                "The mayor made no mention of resigning",
                "resigning",
                Mode::Denied,
            ),
            (
                "Crowds demanded the resignation of the mayor",
                "resignation",
                Mode::Unreal,
            ),
            (
                "Crowds called for the mayor's resignation",
                "resignation",
                Mode::Unreal,
            ),
            (
                "The council asked the mayor to resign",
                "resign",
                Mode::Unreal,
            ),
            (
                "The strike goes on until the mayor resigns",
                "resigns",
                Mode::Unreal,
            ),
            ("The mayor should resign", "resign", Mode::Unreal),
            // Cues reach only so far, and not across another thought.
            (
                "No one came to the hall where the band played its last song that night",
                "song",
                Mode::Real,
            ),
            (
                "The mayor would not say; she resigned later",
                "resigned",
                Mode::Real,
            ),
            (
                "Nobody expected it, but the mayor resigned",
                "resigned",
                Mode::Real,
            ),
            (
                "Crowds were told not to gather, shops closed",
                "closed",
                Mode::Real,
            ),
            (
                "No party, the greens included, backed the mayor",
                "backed",
                Mode::Denied,
            ),
            // Figures and set phrases are no denial.
            ("No more than 40 people were hurt", "hurt", Mode::Real),
            ("Not only the mayor resigned", "resigned", Mode::Real),
            // A call on the phone is no call for anything.
            (
                "The minister called the mayor and resigned",
                "resigned",
                Mode::Real,
            ),
            (
                "No country has officially recognised the council",
                "recognised",
                Mode::Denied,
            ),
            // A denial in reach denies, whatever else is.
            (
                "The envoy did not call on the mayor to resign",
                "resign",
                Mode::Denied,
            ),
            (
                "The mayor had no intention of resigning",
                "resigning",
                Mode::Denied,
            ),
        ] {
            assert_eq!(mode_of(clause, word), want, "{word} in {clause:?}");
        }
    }
}
