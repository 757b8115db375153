//! Word tokens, month and weekday names, numbers and quantities.

#[derive(Debug)]
pub(super) struct Tok<'a> {
    pub(super) text: &'a str,
    pub(super) lower: String,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Tok<'_> {
    pub(super) fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub(super) fn number(&self) -> Option<u32> {
        if self.text.len() <= 9 && self.text.bytes().all(|b| b.is_ascii_digit()) {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

/// Words (letters and digits) and single punctuation marks.
pub(super) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(j, d)) = iter.peek() {
                if !d.is_alphanumeric() {
                    break;
                }
                end = j + d.len_utf8();
                iter.next();
            }
        }
        let t = &text[start..end];
        toks.push(Tok {
            text: t,
            lower: t.to_lowercase(),
            start,
            end,
        });
    }
    toks
}

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(crate) const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub(super) fn tok<'a>(toks: &'a [Tok], i: usize) -> Option<&'a Tok<'a>> {
    toks.get(i)
}

pub(super) fn lower_at<'a>(toks: &'a [Tok], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower.as_str())
}

/// The month a token names, if it is a capitalised month name (or abbreviation).
pub(super) fn month_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let t = tok(toks, i)?;
    if !t.is_capitalised() {
        return None;
    }
    let full = MONTHS.iter().position(|m| *m == t.lower);
    let abbr = MONTH_ABBREVIATIONS
        .iter()
        .position(|m| *m == t.lower || (t.lower == "sept" && *m == "sep"));
    let m = full.or(abbr)? as u32 + 1;
    // An abbreviation may carry its period.
    let end = if full.is_none() && lower_at(toks, i + 1) == "." {
        i + 2
    } else {
        i + 1
    };
    Some((m, end))
}

pub(super) fn day_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let t = tok(toks, i)?;
    // `11` or `11th`.
    let digits: String = t.text.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &t.lower[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some((d, i + 1))
}

pub(crate) fn number_word(w: &str) -> Option<Option<u32>> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(n) = WORDS.iter().position(|x| *x == w) {
        return Some(Some(n as u32));
    }
    match w {
        "a" | "an" => Some(Some(1)),
        "thirty" => Some(Some(30)),
        "forty" => Some(Some(40)),
        "fifty" => Some(Some(50)),
        "hundred" => Some(Some(100)),
        "few" | "several" | "many" | "some" | "couple" => Some(None),
        _ => w.parse::<u32>().ok().filter(|n| *n < 10_000).map(Some),
    }
}

/// A quantity: `two`, `25`, `a few`, `a couple of`, `several`; its value (`None` = unknown
/// amount) and where it ends.
pub(super) fn quantity_at(toks: &[Tok], i: usize) -> Option<(Option<u32>, usize)> {
    let w = lower_at(toks, i);
    if w == "a" && matches!(lower_at(toks, i + 1), "few" | "couple") {
        let end = if lower_at(toks, i + 2) == "of" {
            i + 3
        } else {
            i + 2
        };
        return Some((None, end));
    }
    let n = number_word(w)?;
    let end = if w == "couple" && lower_at(toks, i + 1) == "of" {
        i + 2
    } else {
        i + 1
    };
    Some((n, end))
}
