//! Sentence boundaries: Unicode's UAX #29 rules (from `unicode-segmentation`), then the fixes
//! news text needs: UAX #29 breaks after any `period, space, capital`, so it splits titles and
//! initials from the names they belong to (`Mr. Smith`, `St. Petersburg`, `John F. Kennedy`,
//! `the U.S. Supreme Court`). Those splits are joined again here.

use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations that stand before a name or number and so never end a sentence in news text.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "rep", "sen", "gov", "rev", "hon", "pres", "supt", "det", "insp", "messrs",
    "mme", "mlle", "no", "nos", "vol", "fig", "ca", "approx", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Words that commonly open a sentence: after an initialism such as `U.S.` they mean the
/// initialism did end the sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "his",
    "her",
    "their",
    "our",
    "my",
    "some",
    "many",
    "most",
    "no",
    "not",
    "however",
    "meanwhile",
    "still",
    "then",
    "now",
    "today",
    "yesterday",
    "since",
    "what",
    "who",
    "why",
    "how",
    "where",
    "both",
    "all",
    "each",
    "one",
    "other",
    "such",
];

/// Splits a paragraph into sentences, each trimmed, none empty. Each item is the byte range
/// of the sentence in `text`.
pub fn split(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    let mut join_next = false;
    // Invisible format characters after a sentence's final space belong to the next sentence
    // (UAX #29 attaches them to the preceding text): where that next sentence starts.
    let mut carried: Option<usize> = None;
    for (start, piece) in text.split_sentence_bound_indices() {
        let body_end = piece
            .trim_end_matches(|c: char| c.is_whitespace() || is_invisible(c))
            .len();
        let tail_format = piece[body_end..]
            .find(is_invisible)
            .map(|i| start + body_end + i);
        let leading = piece.len() - piece.trim_start().len();
        let range_start = carried.take().unwrap_or(start + leading);
        carried = tail_format;
        if body_end == 0 || piece[..body_end].trim().is_empty() {
            continue;
        }
        let range = range_start..start + body_end;
        match out.last_mut() {
            Some(last) if join_next && continues_after_abbreviation(&text[range.clone()]) => {
                last.end = range.end;
            }
            // A piece without a letter or digit (a closing quotation mark set off by a space,
            // an ellipsis) ends the sentence before it: it is no sentence of its own.
            Some(last) if !text[range.clone()].chars().any(char::is_alphanumeric) => {
                last.end = range.end;
            }
            _ => out.push(range),
        }
        let last = out.last().map(|r| &text[r.clone()]).unwrap_or_default();
        join_next = ends_with_abbreviation(last);
    }
    out.into_iter()
        .flat_map(|r| chronology_entries(text, r))
        .collect()
}

/// A chronology's entries run together in one line (`… badly affected 1957: Asian flu
/// killed …`): a year and a colon after a word, before a capital, starts an entry of its own.
fn chronology_entries(text: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let piece = &text[range.clone()];
    let bytes = piece.as_bytes();
    let mut cuts = Vec::new();
    // The word before the year, if it is a month's name, makes it a date (`2 March 2009:`).
    let month = |before: &str| {
        let word = before
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .trim_end_matches('.')
            .to_lowercase();
        word.len() <= 9
            && word.len() >= 3
            && crate::timex::MONTHS
                .iter()
                .any(|m| m.starts_with(word.as_str()))
    };
    for (at, _) in piece.match_indices(": ") {
        let entry = at >= 6
            && bytes[at - 5] == b' '
            && bytes[at - 4..at].iter().all(u8::is_ascii_digit)
            && bytes[at - 6].is_ascii_alphabetic()
            && !month(&piece[..at - 5])
            && piece[at + 2..].starts_with(|c: char| c.is_uppercase());
        if entry {
            cuts.push(range.start + at - 4);
        }
    }
    let mut out = Vec::new();
    let mut from = range.start;
    for cut in cuts {
        out.push(from..text[..cut].trim_end().len());
        from = cut;
    }
    out.push(from..range.end);
    out
}

/// Characters with no glyph: bidirectional controls, joiners, byte-order marks.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Whether a sentence piece ends with something that, in news text, rarely ends a sentence.
fn ends_with_abbreviation(piece: &str) -> bool {
    let Some(word) = piece.split_whitespace().last() else {
        return false;
    };
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(stem) = word.strip_suffix('.') else {
        return false;
    };
    if stem.is_empty() {
        return false;
    }
    // A single capital: an initial (`John F.`).
    let mut chars = stem.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    // An initialism with inner periods (`U.S.`, `U.K.`, `D.C.`): handled by the next piece.
    if is_initialism(stem) {
        return true;
    }
    TITLE_ABBREVIATIONS.contains(&stem.to_lowercase().as_str())
}

fn is_initialism(stem: &str) -> bool {
    stem.contains('.')
        && stem
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Whether the piece after an abbreviation continues the sentence. After a title or initial
/// it always does; after an initialism only when the next word is not a common sentence opener.
fn continues_after_abbreviation(next: &str) -> bool {
    let first = next
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !SENTENCE_OPENERS.contains(&first.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = split(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, expected, "splitting {text:?}");
    }

    #[test]
    fn plain_sentences() {
        check("One. Two! Three? Four", &["One.", "Two!", "Three?", "Four"]);
        check("  padded.   ", &["padded."]);
        check("", &[]);
        check("   ", &[]);
    }

    #[test]
    fn abbreviations_and_initials() {
        check(
            "The Taliban met in St. Petersburg in 2022. They left.",
            &["The Taliban met in St. Petersburg in 2022.", "They left."],
        );
        check(
            "Mr. Smith and Dr. Jones met Prof. Lee. Nobody came.",
            &["Mr. Smith and Dr. Jones met Prof. Lee.", "Nobody came."],
        );
        check(
            "John F. Kennedy spoke. Then he left.",
            &["John F. Kennedy spoke.", "Then he left."],
        );
        check(
            "as the last U.S. planes left Kabul. The U.S. Supreme Court ruled.",
            &[
                "as the last U.S. planes left Kabul.",
                "The U.S. Supreme Court ruled.",
            ],
        );
        check(
            "He moved to the U.S. The next year he returned.",
            &["He moved to the U.S.", "The next year he returned."],
        );
        check(
            "after the U.S. withdrawal—a canny move.",
            &["after the U.S. withdrawal—a canny move."],
        );
    }

    #[test]
    fn decimals_quotes_dashes() {
        check(
            "It grew 3.5 percent. Then fell.",
            &["It grew 3.5 percent.", "Then fell."],
        );
        check(
            "Putin said they were “together in the fight.” It marked a shift.",
            &[
                "Putin said they were “together in the fight.”",
                "It marked a shift.",
            ],
        );
        check(
            "He said: \"We will go.\" She stayed.",
            &["He said: \"We will go.\"", "She stayed."],
        );
        check(
            "A status it had imposed in 2003—a long time. Next one – with a dash.",
            &[
                "A status it had imposed in 2003—a long time.",
                "Next one – with a dash.",
            ],
        );
        check("Worth $3 trillion. Yes.", &["Worth $3 trillion.", "Yes."]);
    }

    #[test]
    fn a_stray_quotation_mark_or_ellipsis_ends_the_sentence_before_it() {
        // Text put back together from tokens sets closing marks off with a space.
        check("\"We will stay. \"", &["\"We will stay. \""]);
        check("He said \"go. \" \"", &["He said \"go. \" \""]);
        check("It went on ... The end.", &["It went on ...", "The end."]);
    }

    #[test]
    fn a_chronologys_entries_run_together_are_sentences() {
        check(
            "1918: The Spanish flu killed 50m people, young adults worst affected 1957: Asian \
             flu killed two million people.",
            &[
                "1918: The Spanish flu killed 50m people, young adults worst affected",
                "1957: Asian flu killed two million people.",
            ],
        );
        // A year and a colon after punctuation, a month (a date's), or before a lower-case
        // word, stays.
        check(
            "2 March 2009: The bank cuts. On Sept. 2008: Lehman falls.",
            &[
                "2 March 2009: The bank cuts.",
                "On Sept. 2008: Lehman falls.",
            ],
        );
        check(
            "The score in 2004: three wins. It was, in 2010: a record.",
            &[
                "The score in 2004: three wins.",
                "It was, in 2010: a record.",
            ],
        );
    }

    #[test]
    fn odd_unicode() {
        check("Emoji 🚀 here. Next.", &["Emoji 🚀 here.", "Next."]);
        check("שלום עולם. مرحبا.", &["שלום עולם.", "مرحبا."]);
        check("e\u{301} combining. X.", &["e\u{301} combining.", "X."]);
    }
}
