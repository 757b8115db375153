//! Readable statements from sentences: the label rule that events and claims share.
//!
//! A label is one of the sentences that tell of the thing, cleaned of what is not the
//! statement (a time stamp, a dateline, a leading connective, an unmatched quotation mark)
//! and shortened only at clause boundaries, so that it never starts or ends mid-phrase.
//! Sentences that do not read as a statement (a bare number, a line in capitals, a few
//! words) give no label at all: the caller picks another sentence, or says nothing.

use crate::gazetteer;
use crate::timex::{MONTHS, MONTH_ABBREVIATIONS};

/// A label longer than this is shortened at a clause boundary, where there is one.
pub const MAX_WORDS: usize = 30;
/// A sentence longer than this with no clause boundary to shorten it at is no label.
const MAX_UNCUT_WORDS: usize = 55;
/// A clause kept on its own has at least this many words.
const MIN_CLAUSE_WORDS: usize = 6;

/// Words that join a sentence to the one before it and say nothing on their own.
pub(crate) const CONNECTIVES: &[&str] = &[
    "and",
    "but",
    "also",
    "however",
    "meanwhile",
    "moreover",
    "furthermore",
    "in addition",
    "besides",
    "still",
    "yet",
    "so",
    "then",
    "now",
    "instead",
    "indeed",
    "separately",
    "elsewhere",
    "earlier",
    "later",
    "in other news",
    "alternatively",
    "similarly",
    "likewise",
    "additionally",
    "at the same time",
    "in turn",
    "on the other hand",
    "by contrast",
    "in contrast",
    "nevertheless",
    "nonetheless",
    "therefore",
    "thus",
    "consequently",
    "in fact",
    "in response",
];

/// Where a sentence may be cut and still read whole: before a coordinated or subordinate
/// clause. (Not before `, who` or `, which`: `The minister, who arrived on Monday, said …`
/// cut there leaves a subject without its verb.)
const CLAUSE_BOUNDARIES: &[&str] = &[
    "; ",
    ", and ",
    ", but ",
    ", while ",
    ", whereas ",
    ", although ",
    ", though ",
    ", after ",
    ", before ",
    ", as ",
    ", when ",
    ", saying ",
    ", according to ",
    ", amid ",
    " — ",
    " – ",
];

/// Zones and words that follow a clock time in a stamp (`17:42 GMT`, `08:02 UK`).
const STAMP_ZONES: &[&str] = &[
    "gmt", "bst", "utc", "uk", "et", "edt", "est", "cet", "cest", "pt", "pdt", "pst", "ct", "cdt",
    "cst", "local", "am", "pm", "a.m.", "p.m.",
];

/// The sentence as a readable statement, or `None` when it does not read as one. `keep` is a
/// character offset (the end of the words the label is about) that a shortened label must
/// still include; 0 when any clause will do.
pub fn statement(sentence: &str, keep: usize) -> Option<String> {
    let keep = byte_at(sentence, keep);
    read(sentence, |text, offset| {
        shorten(text, keep.saturating_sub(offset))
    })
}

/// The opening clause of a sentence as a readable statement: the sentence cut at byte `end`,
/// when the rule may cut it there (a clause boundary of [`CLAUSE_BOUNDARIES`] right after
/// it, at least [`MIN_CLAUSE_WORDS`] words before it, no quotation or bracket left open);
/// `None` when it may not, or when the clause does not read as a statement.
pub fn clause_statement(sentence: &str, end: usize) -> Option<String> {
    read(sentence, |text, offset| {
        let head = text
            .get(..end.checked_sub(offset)?.min(text.len()))?
            .trim_end_matches([',', ';', ':', ' ', '—', '–']);
        let boundary = CLAUSE_BOUNDARIES
            .iter()
            .any(|b| text[head.len()..].starts_with(b));
        let fits = (MIN_CLAUSE_WORDS..=MAX_UNCUT_WORDS).contains(&head.split_whitespace().count());
        let list = ends_a_list(text, head.len());
        (boundary
            && fits
            && quotes_balanced(head)
            && brackets_balanced(head)
            && !in_aside(head)
            && !only_an_opener(head)
            && !list)
            .then(|| format!("{head}."))
    })
}

/// A later clause of a sentence (bytes `from..to`) as a statement of its own, when it is a
/// coordinate clause with its own subject and verb: after `; `, `, and` or `, but`, opening
/// with a name, a figure or a determiner, and holding a verb's chain (`The port reopened,
/// but the airport remains closed` states `The airport remains closed.`). `None` for a
/// subordinate clause (`…, although the aide is said …`: no statement alone), a verb that
/// shares the first clause's subject (`…, and opted to call it …`) or a list's remainder
/// (`…, and the north by 1,500`).
pub fn coordinate_statement(sentence: &str, from: usize, to: usize) -> Option<String> {
    let clause = sentence.get(from..to)?.trim();
    let before = sentence.get(..from)?.trim_end();
    let mut words = clause.split_whitespace();
    let first = words.next()?;
    let joined = matches!(first.to_lowercase().as_str(), "and" | "but");
    if !(before.ends_with(';') || (before.ends_with(',') && joined)) {
        return None;
    }
    let subject = if joined { words.next()? } else { first };
    let opens = subject.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || SUBJECT_OPENERS.contains(&subject.to_lowercase().as_str())
        || crate::timex::tokens::number_word(&subject.to_lowercase()).is_some();
    let words = lower_words(clause);
    let is_verb = |w: &str| {
        COPULAS.contains(&w)
            || AUXILIARIES[..9].contains(&w)
            || FINITE.contains(&w)
            || (w.len() > 4 && w.ends_with("ed"))
    };
    // The subject's noun phrase runs to the first verb, with no second determiner in it (`the
    // role the group may play` is a noun phrase, the rest of a list) and nothing that points
    // back (`all those concerns`); and the clause names no one by a pronoun (`…, but some of
    // its members …`: whose, the clause before says).
    // (Words after the conjunction and the subject's first word.)
    let skip = usize::from(joined) + 1;
    let verb = words.iter().skip(skip).position(|w| is_verb(w));
    let noun_phrase = verb.is_some_and(|v| {
        !words[skip..skip + v].iter().any(|w| {
            SUBJECT_OPENERS[..3].contains(&w.as_str())
                || matches!(w.as_str(), "this" | "these" | "those" | "such")
        })
    });
    let pronoun = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "it" | "its" | "he" | "his" | "him" | "she" | "her" | "they" | "their" | "them"
        )
    });
    if !opens || !noun_phrase || pronoun {
        return None;
    }
    let clause = clause.trim_end_matches([',', ';', ':', ' ', '—', '–', '.']);
    let mut chars = clause.chars();
    let head = chars.next()?;
    statement(&format!("{}{}.", head.to_uppercase(), chars.as_str()), 0)
}

/// Ordinals and their like that stand for a noun named before (`the first`, `the latter`).
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "last",
    "latter",
    "former",
    "same",
    "rest",
    "remainder",
];

/// Prepositions that open a phrase before a sentence's subject.
const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "with",
    "without",
    "despite",
    "for",
    "from",
    "under",
    "amid",
    "following",
    "through",
    "throughout",
    "by",
    "upon",
    "unlike",
    "like",
];

/// Words that open a noun phrase as the subject of a clause.
const SUBJECT_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "many",
    "most",
    "some",
    "several",
    "all",
    "no",
    "few",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "both",
    "each",
    "every",
    "other",
    "more",
];

/// Finite verbs that carry no ending a word list could tell (`are`, `were`, `says`).
const FINITE: &[&str] = &[
    "are", "were", "have", "do", "does", "did", "can", "says", "say", "said", "want", "wants",
    "told", "took", "made", "gave", "went", "came", "left", "fell", "rose", "hit", "saw", "won",
    "lost", "put", "set", "met", "held", "kept", "spent", "sent", "sold", "paid", "led", "ran",
    "remain", "seem", "appear", "need", "needs",
];

/// The sentence cleaned, cut by `cut` (given the cleaned text and its byte offset in the
/// sentence), and read as a statement.
fn read(sentence: &str, cut: impl FnOnce(&str, usize) -> Option<String>) -> Option<String> {
    let (offset, text, joined) = clean(sentence);
    let text = cut(text, offset)?;
    let text = balance_quotes(text);
    // An unmatched quotation mark may have hidden a connective (`"Furthermore, …`).
    let (_, rest, joined_after) = clean(&text);
    let joined = joined || joined_after;
    let text = rest.to_string();
    // A sentence that starts in lower case is a fragment, unless what made it so was a
    // connective taken off its front.
    // What a connective left may be a clause of the sentence before (`… and that the
    // council is mistrusted …`): no statement.
    if joined && text.split_whitespace().next() == Some("that") {
        return None;
    }
    let text = if joined {
        let mut chars = text.chars();
        let first = chars.next()?;
        first.to_uppercase().chain(chars).collect()
    } else {
        text
    };
    readable(&text).then_some(text)
}

pub(crate) fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(b, _)| b)
}

/// Where a sentence's statement begins (byte offset): after the time stamps, datelines,
/// credits, run-in headings, speaker labels and connectives that [`statement`] strips. What
/// stands before it dates or frames the page, and tells of no happening.
pub(crate) fn body_start(sentence: &str) -> usize {
    clean(sentence).0.min(sentence.len())
}

/// Strips what stands before the statement, repeatedly: time stamps, `Last updated …`
/// lines, datelines, a transcript's speaker labels and leading connectives. Returns the byte offset of what is left, and
/// whether a connective was taken off.
fn clean(sentence: &str) -> (usize, &str, bool) {
    let mut rest = sentence.trim_start();
    let mut joined = false;
    loop {
        let before = rest.len();
        rest = strip_stamp(rest);
        rest = strip_bracketed_stamp(rest);
        rest = strip_signed_stamp(rest);
        rest = strip_dated_stamp(rest);
        rest = strip_page_stamp(rest);
        rest = strip_credit(rest);
        rest = strip_bracketed_credit(rest);
        rest = strip_dateline(rest);
        rest = strip_run_in_heading(rest);
        rest = strip_colon_heading(rest);
        rest = strip_caps_heading(rest);
        rest = &rest[speaker_label(rest)..];
        let unjoined = strip_connective(rest);
        joined |= unjoined.len() < rest.len();
        rest = unjoined;
        rest = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '—' | '–' | ',' | ';' | ':' | '|' | '•')
        });
        if rest.len() == before {
            break;
        }
    }
    let rest = strip_trailing_credit(rest.trim_end());
    (offset_of(sentence, rest), rest, joined)
}

/// Job titles that end a reporter's credit.
const CREDIT_TITLES: &[&str] = &[
    "editor",
    "correspondent",
    "reporter",
    "producer",
    "presenter",
    "analyst",
    "columnist",
    "writer",
];

/// A reporter's credit run onto the end of the sentence (a video's or a column's, `… detected
/// elsewhere: Jo Park, Science editor`): after the last colon, a name of two or three
/// capitalised words, a comma, and a few words ending in a job title. What stands before it
/// is the statement.
fn strip_trailing_credit(text: &str) -> &str {
    let Some(colon) = text.rfind(':') else {
        return text;
    };
    let head = text[..colon].trim_end();
    let words: Vec<&str> = text[colon + 1..].split_whitespace().collect();
    let Some(comma) = words.iter().position(|w| w.ends_with(',')) else {
        return text;
    };
    let title = words
        .last()
        .map(|w| w.trim_end_matches(['.', ')']).to_lowercase());
    let named = (2..=3).contains(&(comma + 1))
        && words[..=comma]
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if named
        && words.len() <= comma + 6
        && title.is_some_and(|t| CREDIT_TITLES.contains(&t.as_str()))
        && head.split_whitespace().count() >= 6
    {
        head
    } else {
        text
    }
}

/// Where a speaker's label ends (`KAYE: Welcome back.`, `IVAN WATSON, CNN CORRESPONDENT:
/// That's right.`): after a colon that follows a few words in capitals at the start of the
/// sentence; 0 when there is none.
pub(crate) fn speaker_label(text: &str) -> usize {
    let Some(colon) = text.find(": ") else {
        return 0;
    };
    let head = &text[..colon];
    let words = head.split_whitespace().count();
    let capitals = head.chars().any(char::is_uppercase) && !head.chars().any(char::is_lowercase);
    if (1..=6).contains(&words) && capitals {
        colon + 1
    } else {
        0
    }
}

/// Byte offset of `part` (a slice of `whole`) in `whole`.
fn offset_of(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// A clock reading as written: `17:42`, `08.58`, `5:23,`.
pub(crate) fn is_clock(word: &str) -> bool {
    let w = word.trim_end_matches([',', ':', '.', '|', ')']);
    let Some((h, m)) = w.split_once([':', '.']) else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().all(|b| b.is_ascii_digit())
        && m.bytes().all(|b| b.is_ascii_digit())
}

/// A 24-hour clock reading without a colon that cannot be a recent year: `0815`, `1215`,
/// `2345` (not `1945` or `2009`).
fn is_bare_clock(word: &str) -> bool {
    let Ok(n) = word.parse::<u32>() else {
        return false;
    };
    word.len() == 4 && n / 100 <= 23 && n % 100 <= 59 && !(1900..=2030).contains(&n)
}

/// `17:42`, `08:02 UK`, `1215 Jo Park texts`, `Page last updated at 08:58 GMT`,
/// `Last updated: 20:01 GMT`.
fn strip_stamp(text: &str) -> &str {
    let words: Vec<(usize, &str)> = word_spans(text).take(8).collect();
    let lower: Vec<String> = words.iter().map(|(_, w)| w.to_lowercase()).collect();
    let mut at = 0;
    if lower.first().is_some_and(|w| w == "page") && lower.get(1).is_some_and(|w| w == "last") {
        at = 1;
    }
    if lower.get(at).is_some_and(|w| w == "last")
        && lower
            .get(at + 1)
            .is_some_and(|w| w.trim_end_matches(':') == "updated")
    {
        at += 2;
        if lower.get(at).is_some_and(|w| w == "at" || w == "on") {
            at += 1;
        }
    } else if at > 0 {
        return text;
    }
    let clock = words.get(at).is_some_and(|(_, w)| is_clock(w));
    // A live page's 24-hour stamp without a colon, `1215 Jo Park texts: …`, before a
    // capitalised word (not one that reads as a year: 1900 to 2030 are left alone).
    let bare = at == 0
        && words.first().is_some_and(|(_, w)| is_bare_clock(w))
        && words
            .get(1)
            .is_some_and(|(_, w)| w.starts_with(char::is_uppercase));
    if !clock && !bare {
        return text;
    }
    at += 1;
    // After a bare stamp `UK` is more often the start of a name (`1826 UK Foreign Secretary …`).
    while lower.get(at).is_some_and(|w| {
        let w = w.trim_end_matches([',', ':']);
        STAMP_ZONES.contains(&w) && !(bare && w == "uk")
    }) {
        at += 1;
    }
    match words.get(at) {
        Some((b, _)) => &text[*b..],
        None => &text[text.len()..],
    }
}

/// A live page's stamp in brackets before the statement: `(Update 8:53 p.m. Cairo, 1:53 p.m.
/// ET) The executive …`, `(17:42) The jury …`: a bracket with a clock time in it, followed by
/// a sentence of its own.
fn strip_bracketed_stamp(text: &str) -> &str {
    let Some(inner) = text.strip_prefix('(') else {
        return text;
    };
    let Some(end) = inner.find(')') else {
        return text;
    };
    let rest = inner[end + 1..].trim_start();
    let clocked = inner[..end]
        .split_whitespace()
        .any(|w| is_clock(w.trim_start_matches('(')));
    if clocked && rest.split_whitespace().count() >= 4 {
        rest
    } else {
        text
    }
}

/// A blog post's signature run into its first sentence: `Jo Park | 17:45 UK time, Wednesday,
/// 29 April 2009 This week …`: cut through the year of the stamp after the bar.
fn strip_signed_stamp(text: &str) -> &str {
    let Some(bar) = text.get(..text.len().min(60)).and_then(|h| h.find(" | ")) else {
        return text;
    };
    let after = &text[bar + 3..];
    let words: Vec<(usize, &str)> = word_spans(after).take(10).collect();
    let bare = |w: &str| w.trim_end_matches([',', '.', ':']).to_lowercase();
    let is_year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let Some(year) = words.iter().position(|(_, w)| is_year(&bare(w))) else {
        return text;
    };
    let stamp = words[..year].iter().all(|(_, w)| {
        let w = bare(w);
        is_clock(&w)
            || is_date_word(&w)
            || matches!(w.as_str(), "time" | "at")
            || STAMP_ZONES.contains(&w.as_str())
    });
    match words.get(year + 1) {
        Some((b, _)) if stamp => &after[*b..],
        _ => text,
    }
}

/// A word of a written date, in lower case: a number, a month or a weekday.
fn is_date_word(w: &str) -> bool {
    use crate::timex::{MONTHS, WEEKDAYS};
    w.bytes().all(|b| b.is_ascii_digit()) || MONTHS.contains(&w) || WEEKDAYS.contains(&w)
}

/// A print edition's page number after `Page`: `A01`, `23`, `B4`.
pub(crate) fn is_print_page(word: &str) -> bool {
    let digits = word.trim_start_matches(|c: char| c.is_ascii_uppercase());
    !digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A page's date stamp run into its first sentence: `Tuesday, September 16, 2008; 4:30 PM
/// Just a day after …`, `Thursday, October 23, 2008; Page A01 Employers are …`: a date whose
/// year closes with a semicolon, then a clock time or the print edition's page.
fn strip_dated_stamp(text: &str) -> &str {
    let words: Vec<(usize, &str)> = word_spans(text).take(9).collect();
    let bare = |w: &str| w.trim_end_matches([',', '.', ';']).to_lowercase();
    let Some(year) = words.iter().take(5).position(|(_, w)| {
        w.len() == 5 && w.ends_with(';') && w[..4].bytes().all(|b| b.is_ascii_digit())
    }) else {
        return text;
    };
    let dated = words[..year].iter().all(|(_, w)| is_date_word(&bare(w)));
    let next = |k: usize| words.get(k).map(|(_, w)| *w).unwrap_or_default();
    let mut end = year + 1;
    if is_clock(next(end)) {
        end += 1;
        if matches!(
            next(end).to_lowercase().as_str(),
            "am" | "pm" | "a.m." | "p.m." | "et" | "gmt"
        ) {
            end += 1;
        }
    } else if next(end) == "Page" && is_print_page(next(end + 1)) {
        end += 2;
    } else {
        return text;
    }
    match words.get(end) {
        Some((b, _)) if dated && year > 0 => &text[*b..],
        _ => text,
    }
}

/// A page's headline and time stamp run into its first sentence: `Labour losing battle
/// Tuesday 19 July 2005 00.53 BST Two-thirds of Britons …`, `… Page last updated at 08:58
/// GMT, Thursday, 24 June 2010 09:58 UK Michael Jackson was …`: a day, a month and a year,
/// then a clock reading (and its zone), within the first words; the sentence starts after.
fn strip_page_stamp(text: &str) -> &str {
    let words: Vec<(usize, &str)> = word_spans(text).take(STAMP_REACH).collect();
    let bare = |w: &str| w.trim_end_matches([',', '.', ';']).to_lowercase();
    for k in 2..words.len() {
        let year = bare(words[k].1);
        let (a, b) = (bare(words[k - 2].1), bare(words[k - 1].1));
        let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        let month = |w: &str| crate::timex::MONTHS.contains(&w);
        if year.len() != 4
            || !year.bytes().all(|b| b.is_ascii_digit())
            || !((day(&a) && month(&b)) || (month(&a) && day(&b)))
        {
            continue;
        }
        let Some((_, clock)) = words.get(k + 1) else {
            break;
        };
        if !is_clock(clock) {
            continue;
        }
        let mut end = k + 2;
        if words.get(end).is_some_and(|(_, w)| {
            let w = w.trim_end_matches([',', '.']);
            (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
        }) {
            end += 1;
        }
        // A server's note in brackets right after it is the page's too: `(an error occurred
        // while processing this directive)`.
        if words.get(end).is_some_and(|(_, w)| w.starts_with('(')) {
            if let Some(close) = words[end..].iter().position(|(_, w)| w.ends_with(')')) {
                end += close + 1;
            }
        }
        // What follows opens a sentence, and is one.
        return match words.get(end) {
            Some((at, w))
                if words.len() > end + 3
                    && w.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“') =>
            {
                &text[*at..]
            }
            _ => text,
        };
    }
    text
}

/// How far into a sentence a page's run-in stamp is looked for (a headline and its
/// standfirst come before it).
const STAMP_REACH: usize = 45;

/// A photo credit run into the sentence: `Photograph: Jo Park/AP The council …`, also after
/// the caption it credits (`The bull statue awaits results Photograph: Jo Park/AP Claims
/// fell …`). A credit that ends the sentence leaves nothing.
fn strip_credit(text: &str) -> &str {
    let Some(at) = ["Photograph:", "Photo:", "Picture:", "Image:"]
        .iter()
        .filter_map(|p| text.find(p))
        .min()
    else {
        return text;
    };
    let credit = &text[at..];
    let words: Vec<(usize, &str)> = word_spans(credit).take(8).collect();
    let end = words.iter().skip(1).position(|(_, w)| {
        w.contains('/') || (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
    });
    // An agency's name may go on past the slash: `Jo Park/Getty Images`.
    let end = end.map(|e| {
        e + 1
            + words[e + 2..]
                .iter()
                .take_while(|(_, w)| matches!(*w, "Images" | "Pictures" | "Photos" | "Press"))
                .count()
    });
    match end.map(|e| words.get(e + 1)) {
        Some(Some((b, _))) => &credit[*b..],
        // The credit ends the sentence: a caption and its credit state nothing.
        Some(None) if words.len() < 8 => "",
        _ => text,
    }
}

/// A photograph's credit in brackets before the statement: `(AP Photo/Jo Park)`, `(Jo Park -
/// AP)`, `(Jo Park/Getty Images)`, `(Photos By Jo Park -- The Daily)`: a bracket of a few
/// capitalised words, with a slash between two of them, a dash before the last ones, or
/// opening with `Photo`. Only where the article's byline or dateline follows it: what
/// follows a credit otherwise is the photograph's caption, which states no happening.
fn strip_bracketed_credit(text: &str) -> &str {
    let Some(inner) = text.strip_prefix('(') else {
        return text;
    };
    let Some(end) = inner.find(')') else {
        return text;
    };
    let (credit, rest) = (&inner[..end], inner[end + 1..].trim_start());
    let words: Vec<&str> = credit.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || rest.split_whitespace().count() < 3 {
        return text;
    }
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let photo = words[0].starts_with("Photo");
    let slash =
        credit.contains('/') && credit.split(['/', ' ']).all(|w| w.is_empty() || capital(w));
    let dash = ["-", "--", "—", "–"].iter().any(|d| {
        words.iter().position(|w| w == d).is_some_and(|at| {
            at > 0 && at + 1 < words.len() && words.iter().filter(|w| *w != d).all(|w| capital(w))
        })
    });
    if (photo || slash || dash) && strip_dateline(rest).len() < rest.len() {
        rest
    } else {
        text
    }
}

/// A dateline before the statement: `WASHINGTON (Reuters) -`, `LONDON/HOUSTON (Reuters) —`,
/// `EDT LONDON (Reuters) -`, `BEIRUT -`, `PARIS, France (AP) —`, also after a headline run in
/// before it (`… the march CAIRO (Reuters) - Thousands …`).
fn strip_dateline(text: &str) -> &str {
    const DASHES: &[&str] = &[" - ", " — ", " – ", " -- "];
    let Some((cut, dash)) = DASHES
        .iter()
        .filter_map(|d| text.find(d).map(|p| (p, d.len())))
        .min()
    else {
        return text;
    };
    let head = &text[..cut];
    let words: Vec<&str> = head.split_whitespace().collect();
    // An agency's one-word name in brackets, then a new sentence, closes a dateline whatever
    // ran in before it (a headline or standfirst without its full stop: `Rain fails to stop
    // the march Cairo, Egypt (Agency) -- Thousands …`).
    let rest = &text[cut + dash..];
    if words.last().is_some_and(|w| is_agency(w)) && rest.starts_with(char::is_uppercase) {
        return rest;
    }
    // A byline may stand before it: `By Jo Park and Kim Lee MEXICO CITY (Reuters) -`.
    let bylined = words.first() == Some(&"By");
    if words.is_empty() || words.len() > if bylined { 14 } else { 8 } {
        return text;
    }
    // An agency in brackets closes the head: `(Reuters)`, `(AP)`.
    let agency = head.trim_end().ends_with(')') && head.contains('(');
    // Or the head is a place in capitals: every word capitalised, one at least in capitals.
    let place = words.iter().all(|w| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_none_or(char::is_uppercase)
    }) && words.iter().any(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
    });
    // After a byline, the place in capitals ends the head: `By Jo Park and Kim Lee MEXICO CITY
    // --`.
    let bylined_place = bylined
        && words.last().is_some_and(|w| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
        });
    if agency || place || bylined_place {
        &text[cut + dash..]
    } else {
        text
    }
}

/// `(Reuters)`, `(AP)`: one capitalised word of letters in brackets.
fn is_agency(word: &str) -> bool {
    word.strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .is_some_and(|w| {
            (2..=12).contains(&w.len())
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().all(|c| c.is_ascii_alphabetic())
        })
}

/// Words that open a sentence and are capitalised after a lower-case word only where a
/// heading, a standfirst or a caption ran into the sentence without its full stop (`… an
/// obscene nightmare Five days after …`, `… for freedom In a speech …`). Not `A`: `an
/// influenza A virus`.
const OPENERS: &[&str] = &[
    "The",
    "This",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "His",
    "Her",
    "Their",
    "Its",
    "There",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "During",
    "When",
    "While",
    "Since",
    "Despite",
    "Following",
    "Under",
    "Every",
    "Some",
    "Many",
    "Most",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Thousands",
    "Hundreds",
    "Dozens",
    "About",
    "Around",
    "Nearly",
    "Almost",
    "More",
];

/// A heading, standfirst or caption run into the sentence (see [`OPENERS`]): the statement
/// is what follows the last such seam, when that still reads as a clause.
/// A section's heading of two or three words before a colon (`Live coverage: The river …`,
/// `Editor's note: This story …`): a capitalised word, then words in lower case that are no
/// person (`Health minister: The …` says who speaks), no report (`Officials said: …`) and no
/// possessive (`Their children: …` goes on with what it heads), before a sentence that opens
/// with a capital and goes on in lower case.
/// Words that open a noun phrase and say whose or which (a sentence's subject opens so, a
/// headline's seldom).
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "one",
];

fn strip_colon_heading(text: &str) -> &str {
    let Some((head, rest)) = text.split_once(": ") else {
        return text;
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let heading = (2..=3).contains(&words.len())
        && is_capitalised_word(words[0])
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’'))
        && !lower.iter().any(|w| {
            gazetteer::person_nouns().contains(&w.as_str())
                || gazetteer::titles().contains(&w.as_str())
                || REPORTING.contains(&w.as_str())
                || points_back(w)
                || matches!(w.as_str(), "their" | "his" | "her" | "its" | "our" | "my")
        });
    // A headline run into its story's first sentence (`Jury finds chef guilty of fraud: A
    // jury on Monday found …`): four to twelve words in a headline's style (no article
    // first, `The mayor gave one reason: …` is a sentence; some words in lower case, `The
    // Long Road: Remembering …` is a title), which names no one by a pronoun, says no one
    // said anything (`He had one message for them: …`, `Officials said: …`), quotes
    // nothing, and links nothing with a copula (`The setting was fascinating: …`, `She is
    // author of Extremes: The Short Century`).
    let headline = (4..=12).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !DETERMINERS.contains(&lower[0].as_str())
        && words[1..]
            .iter()
            .filter(|w| w.starts_with(char::is_lowercase))
            .count()
            >= 2
        && !head.contains(['"', '“', '”'])
        && !lower.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            // A person (`Her spokeswoman, Jo Park, later played down the remarks: …`) is
            // whom the words after the colon are about or whose they are.
            REPORTING.contains(&w)
                || gazetteer::person_nouns().contains(&w)
                || gazetteer::titles().contains(&w)
                || COPULAS.contains(&w)
                || AUXILIARIES.contains(&w)
                || matches!(
                    w,
                    "i" | "we"
                        | "you"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "are"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "says"
                        | "tells"
                        | "writes"
                        | "wrote"
                        | "explained"
                        | "explains"
                        | "reported"
                        | "reports"
                        | "announced"
                        | "announces"
                        | "asked"
                        | "asks"
                        | "tweeted"
                        | "tweets"
                        | "speaking"
                        | "speaks"
                        | "spoke"
                )
        });
    let sentence = rest.starts_with(char::is_uppercase)
        && rest.split_whitespace().count() >= MIN_CLAUSE_WORDS
        && rest
            .split_whitespace()
            .skip(1)
            .take(3)
            .any(|w| w.starts_with(char::is_lowercase));
    if (heading || headline) && sentence {
        rest
    } else {
        text
    }
}

/// A heading in capitals run into its sentence (`WHAT TO DO Flu symptoms are …`, `FIRST
/// RECORDED CASE Jo Park, a nurse, fell ill …`): two words in capitals or more (dashes
/// between them), three or one a joining word (so not two acronyms, `UK NHS Direct says …`,
/// nor a name or `A CNN crew …`), then a word in title case and one in lower case.
fn strip_caps_heading(text: &str) -> &str {
    let words: Vec<(usize, &str)> = word_spans(text).collect();
    let caps = |w: &str| {
        let letters = w.trim_matches(|c: char| !c.is_alphabetic());
        letters.chars().count() >= 2 && !letters.chars().any(char::is_lowercase)
    };
    let dash = |w: &str| matches!(w, "-" | "–" | "—");
    let head = words.iter().take_while(|(_, w)| caps(w) || dash(w)).count();
    let capitals: Vec<&str> = words[..head]
        .iter()
        .map(|&(_, w)| w)
        .filter(|w| !dash(w))
        .collect();
    let heading = capitals.len() >= 3
        || capitals.len() == 2
            && capitals
                .iter()
                .any(|w| crate::text::STOP_WORDS.contains(&w.to_lowercase().as_str()));
    let titled = |k: usize| words.get(k).is_some_and(|&(_, w)| is_capitalised_word(w));
    let lower = |k: usize| {
        words
            .get(k)
            .is_some_and(|&(_, w)| w.starts_with(char::is_lowercase))
    };
    if heading
        && titled(head)
        && (lower(head + 1) || titled(head + 1) && lower(head + 2))
        && words.len() >= head + MIN_CLAUSE_WORDS
    {
        &text[words[head].0..]
    } else {
        text
    }
}

/// `Word`, `Editor's`: a capital, then letters in lower case (and an apostrophe).
fn is_capitalised_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() || c == '\'' || c == '’')
}

fn strip_run_in_heading(text: &str) -> &str {
    const JOINING: &[&str] = &[
        "to", "of", "by", "for", "with", "from", "in", "on", "at", "and", "or", "as", "than",
        "like", "about", "into", "via", "per", "against", "between", "under", "over", "since",
        "until", "said", "says", "told", "called", "named", "titled", "the", "a", "an",
    ];
    let words: Vec<(usize, &str)> = word_spans(text).collect();
    let joins = |i: usize| {
        JOINING.contains(
            &words[i]
                .1
                .to_lowercase()
                .trim_end_matches(',')
                .trim_end_matches(['"', '”', '’']),
        )
    };
    let seam = (1..words.len().saturating_sub(MIN_CLAUSE_WORDS))
        .rev()
        .find(|&i| {
            let prev = words[i - 1].1;
            let closed = prev
                .ends_with(|c: char| c.is_alphanumeric() || matches!(c, '"' | '”' | '’' | '\''));
            // `… 19, 2008 The …` but not `in 2003 The Hague …`.
            let number = prev.starts_with(|c: char| c.is_ascii_digit()) && (i < 2 || !joins(i - 2));
            let low = (prev.starts_with(char::is_lowercase) && !joins(i - 1))
                || number
                || STAMP_ZONES.contains(&prev.to_lowercase().as_str());
            // A heading that ends in a date (`Your stories Thursday 14 January`, `… 14 Jan`),
            // not one after a joining word (`on 14 January President …`).
            let dated = i >= 2
                && is_month(prev)
                && words[i - 2].1.len() <= 2
                && words[i - 2].1.bytes().all(|b| b.is_ascii_digit())
                && (i < 3 || !joins(i - 3))
                && words[i].1.starts_with(char::is_uppercase);
            // A headline in title case run into the sentence (`Financial Crisis In Russia
            // Raises Stakes for Putin A trader in Moscow pauses …`): every word before the seam
            // capitalised but joining words, four capitalised at least.
            let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            // Not inside a title of a work that the sentence goes on with (`Beasts On The Lawn
            // is …`, `Remembering A Legend tour`): never after a joining word, and `A` only
            // before a word in lower case.
            let lower = |k: usize| {
                words
                    .get(k)
                    .is_some_and(|(_, w)| w.starts_with(char::is_lowercase))
            };
            // `The` likewise, or before a name and then a word in lower case (`Historic
            // Market Bailout Set in Motion The Bush administration yesterday proposed …`).
            let article = (matches!(words[i].1, "A" | "An") && lower(i + 1))
                || (words[i].1 == "The"
                    && (lower(i + 1)
                        || (capital(words.get(i + 1).map_or("", |w| w.1)) && lower(i + 2))));
            // A preposition (`On`, `In`) goes on a title as often as it opens a sentence.
            let preposition = joins(i)
                || matches!(
                    words[i].1,
                    "After"
                        | "Before"
                        | "During"
                        | "When"
                        | "While"
                        | "Despite"
                        | "Following"
                        | "Under"
                );
            let titled = i >= 4
                && ((OPENERS.contains(&words[i].1) && !preposition) || article)
                && capital(prev)
                && !joins(i - 1)
                && (0..i).all(|k| capital(words[k].1) || joins(k))
                && (0..i)
                    .filter(|&k| words[k].1.starts_with(char::is_uppercase))
                    .count()
                    >= 4;
            // A headline that ends in a name run into a sentence that opens with `The` and a
            // word in lower case (`Leaders pledge support for Norland The head of the relief
            // effort said …`): inside a sentence, `The` is written so only in a name (`by The
            // Courier`), which goes on in capitals.
            let named = words[i].1 == "The"
                && lower(i + 1)
                && i >= 3
                && prev.starts_with(char::is_uppercase)
                && !joins(i - 1)
                && (0..i).any(lower);
            // `A` after a caption's last word (`… keen skier and mountaineer A British man
            // has been confirmed dead …`).
            let lettered = a_opens_a_sentence(
                prev,
                words[i].1,
                words.get(i + 1).map_or("", |w| w.1),
                words.get(i + 2).map_or("", |w| w.1),
            );
            closed
                && ((low && OPENERS.contains(&words[i].1)) || dated || titled || named || lettered)
        });
    match seam {
        Some(i) => &text[words[i].0..],
        None => text,
    }
}

/// A month's name or its abbreviation: `January`, `Jan`, `Sept.`.
pub(crate) fn is_month(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']).to_lowercase();
    MONTHS.contains(&w.as_str()) || MONTH_ABBREVIATIONS.contains(&w.as_str()) || w == "sept"
}

fn strip_connective(text: &str) -> &str {
    for c in CONNECTIVES {
        // Compared without lower-casing the sentence: lower case may change its length in
        // bytes (`K`, the Kelvin sign, is three; `k` one), and the cut is made in the text.
        let Some(rest) = text
            .get(..c.len())
            .filter(|head| head.eq_ignore_ascii_case(c))
            .map(|_| &text[c.len()..])
        else {
            continue;
        };
        {
            if rest.starts_with([' ', ',']) {
                let cut = c.len();
                // `Now is the time`, `Yet another`: only when the rest still reads as a
                // sentence start (a comma after the connective, or a capital or a pronoun).
                let after = text[cut..].trim_start_matches([' ', ',']);
                let next = after.split_whitespace().next().unwrap_or("");
                let comma = rest.starts_with(',');
                let starts_clause = next.chars().next().is_some_and(char::is_uppercase)
                    || matches!(
                        next,
                        "the"
                            | "a"
                            | "an"
                            | "he"
                            | "she"
                            | "it"
                            | "they"
                            | "we"
                            | "i"
                            | "there"
                            | "this"
                            | "that"
                            | "these"
                            | "those"
                            | "his"
                            | "her"
                            | "their"
                            // An opening phrase of its own (`Also as of 26 April, the …`).
                            | "as"
                            | "in"
                            | "on"
                            | "at"
                            | "by"
                            | "for"
                            | "after"
                            | "before"
                            | "since"
                            | "during"
                            // A time phrase of its own (`Yet earlier this week, …`).
                            | "earlier"
                            | "later"
                    );
                // `But`, `And`, `Moreover` … join whatever follows (`But experts say …`).
                let always = matches!(
                    *c,
                    "and"
                        | "but"
                        | "moreover"
                        | "furthermore"
                        | "meanwhile"
                        | "nevertheless"
                        | "nonetheless"
                        | "alternatively"
                        | "similarly"
                        | "likewise"
                        | "additionally"
                        | "consequently"
                        | "therefore"
                        | "in addition"
                ) && next.chars().next().is_some_and(char::is_alphabetic);
                // `But for the levee, …` is a condition, not a connective; `In addition to
                // the levee, …` a phrase of its own.
                let condition =
                    (*c == "but" && next == "for" || *c == "in addition" && next == "to") && !comma;
                // `Earlier this week, …`, `Later that day, …`: a time phrase, which the
                // sentence needs; only `Earlier, …` joins it to the one before.
                let timed = matches!(*c, "earlier" | "later") && !comma;
                if (comma || starts_clause || always) && !condition && !timed {
                    return &text[text.len() - after.len()..];
                }
            }
        }
    }
    text
}

pub(crate) fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (offset_of(text, w), w))
}

/// The text cut at the last clause boundary that leaves at most [`MAX_WORDS`] words (and
/// still holds byte `keep`); the whole text when it is short enough or cannot be cut.
fn shorten(text: &str, keep: usize) -> Option<String> {
    let words = text.split_whitespace().count();
    if words <= MAX_WORDS {
        return Some(text.to_string());
    }
    let best = CLAUSE_BOUNDARIES
        .iter()
        .flat_map(|b| text.match_indices(b).map(|(p, _)| p))
        .filter(|&p| p >= keep)
        .filter(|&p| {
            let n = text[..p].split_whitespace().count();
            (MIN_CLAUSE_WORDS..=MAX_WORDS).contains(&n)
        })
        .filter(|&p| {
            quotes_balanced(&text[..p])
                && brackets_balanced(&text[..p])
                && !in_aside(&text[..p])
                && !ends_a_list(text, p)
                && !only_an_opener(&text[..p])
        })
        .max();
    match best {
        Some(p) => {
            let head = text[..p].trim_end_matches([',', ';', ' ']);
            Some(format!("{head}."))
        }
        None if words <= MAX_UNCUT_WORDS => Some(text.to_string()),
        None => None,
    }
}

fn quote_marks(text: &str) -> usize {
    text.chars()
        .filter(|c| matches!(c, '"' | '“' | '”'))
        .count()
}

/// Whether a head that a cut would leave is only the phrase that opens the sentence (`In the
/// heated atmosphere of Wednesday afternoon, as the campaigns plotted, it was …`) or its
/// subordinate clause (`If there is a threat to health, and …`): a preposition or a
/// subordinating conjunction first and no comma after it, so that no main clause has begun. (`In 1976 the
/// virus spread, and …` is left whole too: a longer label, never a fragment.)
fn only_an_opener(head: &str) -> bool {
    let mut words = head.split_whitespace();
    let first = words.next().unwrap_or_default();
    // `At least 122 people …`, `Over 100 people …` open with their subject.
    let second = words.next().unwrap_or_default();
    let quantity = (first == "At" && matches!(second, "least" | "most"))
        || (matches!(first, "Over" | "Under" | "About" | "Around")
            && second.starts_with(|c: char| c.is_ascii_digit()));
    // `Because of the storm, …`, `Due to the strike, …`: a preposition of two words.
    let compound = matches!(
        (first, second),
        ("Because" | "Instead" | "Regardless", "of")
            | ("Due" | "Owing" | "Thanks" | "According", "to")
    );
    (compound
        || !quantity
            && matches!(
                first,
                "In" | "On"
                    | "At"
                    | "During"
                    | "After"
                    | "Before"
                    | "Amid"
                    | "With"
                    | "For"
                    | "From"
                    | "Under"
                    | "Over"
                    | "Since"
                    | "By"
                    | "Despite"
                    | "Following"
                    | "Throughout"
                    | "Within"
                    | "Until"
                    | "Of"
                    | "Among"
                    // A subordinate clause with no main clause yet (`If there is a threat
                    // to health, and …`).
                    | "If"
                    | "Unless"
                    | "Although"
                    | "Though"
                    | "Because"
                    | "Whereas"
                    | "While"
                    | "When"
                    | "Once"
                    | "Whether"
            ))
        && !head.contains(',')
}

/// Whether every quotation the text opens is closed, and it closes none it did not open.
fn quotes_balanced(text: &str) -> bool {
    open_quote(text) == Ok(None)
}

/// Whether text ends inside an aside or a list that a spaced hyphen opened and nothing closed
/// (`operating at four airports - Port-au-Prince and Jacmel in Haiti, and …`): cut there,
/// the label would promise what it does not give.
fn in_aside(text: &str) -> bool {
    text.matches(" - ").count() % 2 == 1
}

/// Whether the boundary at byte `at` is the `, and` that ends a list (`in surveillance,
/// regulation, basic public health, and global access to …`): another comma stands among
/// the few words before it, so the cut would leave the list's sentence without its verb.
fn ends_a_list(text: &str, at: usize) -> bool {
    if !text[at..].starts_with(", and ") {
        return false;
    }
    let before: Vec<&str> = text[..at].split_whitespace().rev().take(5).collect();
    before.iter().skip(1).any(|w| w.ends_with(','))
}

fn brackets_balanced(text: &str) -> bool {
    text.matches('(').count() == text.matches(')').count()
}

/// Mends a quotation mark that opens or closes nothing: one quote mark alone at either end
/// (a quote that began in the sentence before, or ends in the next) goes; a quotation that
/// runs on into the next sentence with a few words of it here (`"In the absence of reforms,"
/// he said, "grievances have built up.`, `The minister said: "We will rebuild.`) is closed at
/// its end. Any other unmatched mark stays, and the text is no statement (see [`readable`]).
fn balance_quotes(text: String) -> String {
    let open = match open_quote(&text) {
        Ok(None) => return text,
        Ok(Some(at)) => Some(at),
        Err(()) => None,
    };
    if quote_marks(&text) == 1 {
        if let Some(rest) = text.strip_prefix(['"', '“']) {
            return rest.trim_start().to_string();
        }
        if let Some(rest) = text.strip_suffix(['"', '”']) {
            return rest.trim_end().to_string();
        }
    }
    if let Some(at) = open {
        if text[at..].split_whitespace().count() >= 3 {
            let close = if text[at..].starts_with('“') {
                '”'
            } else {
                '"'
            };
            return format!("{}{close}", text.trim_end());
        }
    }
    text
}

/// Reads the quotation marks of a text: `Ok(None)` when every quotation it opens is closed,
/// `Ok(Some(byte))` when the one opened there is left open, `Err` when a mark closes a
/// quotation the text never opened (a straight mark right after a letter or a stop while
/// none is open: `the floods," he said`).
fn open_quote(text: &str) -> Result<Option<usize>, ()> {
    let mut open: Option<usize> = None;
    let mut prev = ' ';
    for (at, c) in text.char_indices() {
        match c {
            '“' if open.is_some() => return Err(()),
            '”' if open.is_none() => return Err(()),
            '“' => open = Some(at),
            '"' if open.is_none() => {
                if !(prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–')) {
                    return Err(());
                }
                open = Some(at);
            }
            '"' | '”' => open = None,
            _ => {}
        }
        prev = c;
    }
    Ok(open)
}

/// Reads as a statement: a few words, most of them not in capitals, starting as a sentence
/// starts, with letters more than anything else, and every quotation it opens closed.
fn readable(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 4 {
        return false;
    }
    let starts_well = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘'));
    let lower_words = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_lowercase()).count() >= 2)
        .count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let visible = text.chars().filter(|c| !c.is_whitespace()).count();
    starts_well
        && !bylined(&words)
        && !text.trim_end().ends_with('?')
        && quotes_balanced(text)
        && !text.contains('`')
        && lower_words * 2 >= words.len()
        && letters * 10 >= visible * 6
        && !text.trim_end().ends_with(':')
}

/// A byline run into the text before it (`By Peter Bowes BBC News, Los Angeles Jackson was
/// due …`): `By` and three capitalised words, the first no day, month or holiday of a
/// deadline (`By Monday the river had fallen`, `By Christmas Eve, …`) and not closing a
/// phrase of its own (`By Friday, …`). Where the byline ends and the text begins cannot be
/// told, so the sentence is no statement.
fn bylined(words: &[&str]) -> bool {
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let Some(name) = words.get(1) else {
        return false;
    };
    let first = name
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    words.first() == Some(&"By")
        && words.len() > 4
        && words[1..4].iter().all(capital)
        && !words[1..3].iter().any(|w| w.ends_with([',', ';', ':']))
        && !crate::timex::WEEKDAYS.contains(&first.as_str())
        && !crate::timex::MONTHS.contains(&first.as_str())
        && !matches!(
            first.as_str(),
            "christmas" | "easter" | "then" | "now" | "the" | "this" | "that"
        )
}

/// Whether a statement is a headline run into its summary's bullets or a wire's update note
/// (`Mexico announces outbreak * New virus * …`, `… | Page 2`, `(Updates with …)`), has a
/// second sentence run in with no stop ([`runs_in`]) or is only names ([`names_only`]): it
/// may read as a statement, but a sentence of running text serves a reader better.
pub fn runs_on(statement: &str) -> bool {
    // A chronology's entries run together: `1918: … killed millions 1957: Asian flu …`.
    let entry = |w: &str| {
        w.strip_suffix(':')
            .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
    };
    // A link to a gallery or a video run into the text (`Gallery: Crowds fill the square
    // Officials said …`): its title and the sentence after it have no stop between.
    let kicker = statement.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "gallery:" | "photos:" | "pictures:" | "video:" | "watch:" | "audio:" | "interactive:"
        )
    });
    kicker
        || statement.contains(" * ")
        || statement.contains(" | ")
        || statement.contains("(Updates")
        || statement.split_whitespace().skip(1).any(entry)
        || runs_in(statement)
        || names_only(statement)
}

/// Whether a sentence is a line with no stop at its end and no word of a verb that says
/// when (no auxiliary or modal, no `said`, no word in `-ed`): a heading, a caption or a
/// schedule's item (`The appeal for victims of the flood`, `Broadcasting daily at 0910 local
/// time …`), which its page shows beside the story, never a statement of it. A headline
/// with a tensed verb (`Floods close the bridge`) is left to the other rules.
pub fn a_verbless_line(sentence: &str) -> bool {
    const TENSED: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
        "could", "may", "might", "must", "should", "shall", "do", "does", "did", "says", "said",
        "say", "told", "tells",
    ];
    let ends = sentence
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', '…', ':', ';']);
    !ends
        && !lower_words(sentence)
            .iter()
            .any(|w| TENSED.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed")))
}

/// Whether the statement is only names, no sentence (a sign-off run on as a line of its own:
/// `Jo Park, CNN, Cairo, Egypt.`): no word in lower case, so no verb.
fn names_only(statement: &str) -> bool {
    statement.split_whitespace().count() >= 2
        && !statement
            .split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase))
}

/// Words that open a sentence and, written with a capital, open nothing else: a determiner
/// or a subject pronoun (not `A`, a letter's name in `influenza A virus`; not `It`, a title's
/// word in `the This Is It tour`).
const RUN_IN_OPENERS: &[&str] = &[
    "An", "The", "Other", "These", "Those", "Some", "Many", "Several", "Most", "He", "She", "They",
    "We",
];

/// Whether a second sentence runs into the statement with no stop between (a list's items or
/// a credit run together: `… send aid to the city An aide to the mayor is …`, `… Studies
/// Other questions remain …`, `(Photo: Red Cross) He said …`): a capitalised opener after a
/// word or a closing bracket, with a lower-case word after it.
fn runs_in(statement: &str) -> bool {
    let words: Vec<&str> = statement.split_whitespace().collect();
    words.windows(3).any(|w| {
        let ended = w[0]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ')');
        ended && RUN_IN_OPENERS.contains(&w[1]) && w[2].starts_with(char::is_lowercase)
    }) || words
        .windows(4)
        .any(|w| a_opens_a_sentence(w[0], w[1], w[2], w[3]))
        || (1..words.len()).any(|k| a_report_runs_in(&words, k))
}

/// Verbs of a headline's or a ticker's report, in its present tense (`WHO says virus has
/// …`, `Denmark reports its first case`).
const HEADLINE_REPORTS: &[&str] = &[
    "says",
    "reports",
    "confirms",
    "announces",
    "warns",
    "denies",
    "declares",
];

/// Whether a report opens a second sentence at word `k`, run in with no stop after a word in
/// lower case (a headline's or a ticker's items run together, a caption's end): one to four
/// capitalised words, then a report in a headline's present tense (`… public transport
/// Denmark reports its first case`, `… worldwide action WHO says the virus …`), or a title
/// and a name, then `said` (`… tested for the virus Ambassador Jo Park said …`). Not after a
/// word that joins or a noun of a person (`the mayor Jo Park said`, `of Denmark reports`).
fn a_report_runs_in(words: &[&str], k: usize) -> bool {
    let prev = words[k - 1];
    let plain = |w: &str| w.chars().all(|c| c.is_lowercase());
    if !plain(prev)
        || crate::text::STOP_WORDS.contains(&prev)
        || gazetteer::person_nouns().contains(&prev)
        || gazetteer::is_title(prev)
    {
        return false;
    }
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let names = words[k..].iter().take(5).take_while(|w| capital(w)).count();
    let Some(verb) = words.get(k + names) else {
        return false;
    };
    (1..=4).contains(&names)
        && (HEADLINE_REPORTS.contains(verb)
            || (*verb == "said" && names >= 3 && gazetteer::is_title(words[k])))
}

/// Whether `A` (`word`) opens a sentence run in after `prev` with no stop: a word in lower
/// case ends the one before, and a capitalised word and a word in lower case follow (`… a
/// keen skier and mountaineer A British man has been confirmed dead …`, `… if convicted A US
/// judge has delayed …`); not a letter's name after the word it names (`influenza A H1N1`,
/// `type A`, `block A`).
fn a_opens_a_sentence(prev: &str, word: &str, next: &str, after: &str) -> bool {
    word == "A"
        && prev.len() > 1
        && prev.chars().all(|c| c.is_lowercase())
        && !LETTER_NOUNS.contains(&prev)
        // No sentence ends on a word that joins (`of the A H1N1 virus`).
        && !matches!(
            prev,
            "the" | "a" | "an" | "of" | "to" | "in" | "on" | "at" | "for" | "with" | "by"
                | "from" | "and" | "or" | "as" | "than" | "into" | "about" | "via" | "per"
        )
        && next.starts_with(char::is_uppercase)
        && after.starts_with(char::is_lowercase)
}

/// Nouns that a capital letter names a kind of (`influenza A`, `type A`, `Plan A`).
const LETTER_NOUNS: &[&str] = &[
    "influenza",
    "flu",
    "hepatitis",
    "vitamin",
    "type",
    "plan",
    "grade",
    "group",
    "class",
    "category",
    "section",
    "part",
    "level",
    "division",
    "league",
    "block",
    "building",
    "gate",
    "terminal",
    "platform",
    "zone",
    "area",
    "wing",
    "ward",
    "team",
    "side",
    "series",
    "model",
    "size",
    "row",
    "list",
    "option",
    "exhibit",
    "appendix",
    "annex",
    "schedule",
    "form",
];

/// The text of a statement outside its quotation marks (each quotation out, marks and all).
fn outside_quotes(statement: &str) -> String {
    let mut outside = String::new();
    let mut quoted = false;
    for c in statement.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ if !quoted => outside.push(c),
            _ => {}
        }
    }
    outside
}

/// Whether a statement tells of something as a report does, rather than being a reader's or
/// a columnist's voice: not a question, not an appeal (`Let …`), no first or second person
/// outside quotation marks (`I have been arguing …`, `So today …; and we …`, `As you know,
/// …`). Quoted speech is a
/// report of what someone said: `“We will rebuild,” the mayor said` tells.
pub fn tells(statement: &str) -> bool {
    let text = statement.trim_end_matches(['”', '"', '’', ')', ' ']);
    if text.ends_with('?') {
        return false;
    }
    let outside = outside_quotes(statement);
    let mut words = outside
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty());
    if words
        .clone()
        .next()
        .is_some_and(|w| matches!(w, "Let" | "Let's" | "Let’s"))
    {
        return false;
    }
    !words.any(|w| {
        crate::framing::is_first_person(w)
            || matches!(
                w.to_lowercase().as_str(),
                "you"
                    | "your"
                    | "yours"
                    | "yourself"
                    | "you're"
                    | "you’re"
                    | "you've"
                    | "you’ve"
                    | "i'm"
                    | "i’m"
                    | "i've"
                    | "i’ve"
                    | "i'd"
                    | "i’d"
                    | "i'll"
                    | "i’ll"
                    | "we're"
                    | "we’re"
                    | "we've"
                    | "we’ve"
            )
    })
}

/// Whether a statement names its subject rather than pointing back to a sentence before it
/// (`It then emerged …`, `They said …`): such a label is still readable, but a reader is
/// better served by one that stands alone.
pub fn stands_alone(statement: &str) -> bool {
    // A quotation stands alone when it says who spoke (`“We will rebuild,” the mayor said`
    // does not: which mayor?); with nobody after it, a reader cannot tell whose words they
    // are.
    if statement.starts_with(['“', '"']) {
        return quoted_speaker(statement).is_some_and(|s| names_its_subject(&lower_words(s)));
    }
    if is_vocative(statement) || told_by_a_pronoun(statement) || answers_or_goes_on(statement) {
        return false;
    }
    let words = lower_words(statement);
    // `There was no sign …`, `There have been 20 deaths`: an existential `there` points
    // nowhere; nor does a dummy `it` (`It is unclear how …`).
    if words.first().is_some_and(|w| w == "there")
        && words
            .get(1)
            .is_some_and(|w| EXISTENTIAL.contains(&w.as_str()))
        || is_dummy_it(&words)
    {
        return true;
    }
    // The words as written, one for each of `words`.
    let written: Vec<&str> = statement
        .split_whitespace()
        .filter(|w| !w.trim_matches(|c: char| !c.is_alphanumeric()).is_empty())
        .collect();
    if !names_its_subject(&words) && !apposed(&written, 0) {
        return false;
    }
    // `If these are found they would …`, `When it struck, …`: a clause of its own that
    // opens the statement with a pronoun points back as well.
    if words
        .first()
        .is_some_and(|w| SUBORDINATORS.contains(&w.as_str()))
        && words.get(1).is_some_and(|w| {
            let existential = w == "there"
                && words
                    .get(2)
                    .is_some_and(|v| EXISTENTIAL.contains(&v.as_str()));
            points_back(w.split(['\'', '’']).next().unwrap_or_default())
                && !is_dummy_it(&words[1..])
                && !existential
        })
    {
        return false;
    }
    if reports_of_a_pronoun(&words, &written) {
        return false;
    }
    // `Today it is to announce …`, `Yesterday they said …`, `Up until now it has …`: a
    // time told from now (a few words of it), then a pronoun, which points back as a first
    // word does.
    let told_from_now = words
        .iter()
        .take(3)
        .take_while(|w| FROM_NOW.contains(&w.as_str()))
        .count();
    if told_from_now > 0 {
        if let [who, rest @ ..] = &words[told_from_now..] {
            if matches!(who.as_str(), "he" | "she" | "it" | "they" | "we")
                && !is_dummy_it(&words[told_from_now..])
                && !rest.is_empty()
            {
                return false;
            }
        }
    }
    // `In 1976 it was detected …`, `On Monday they said …`: a date that opens the sentence
    // without its comma, then the subject, which points back as well.
    if let [prep, date, rest @ ..] = &words[..] {
        let dated =
            date.len() == 4 && date.bytes().all(|b| b.is_ascii_digit()) || is_day_or_month(date);
        if matches!(
            prep.as_str(),
            "in" | "on" | "by" | "since" | "during" | "until"
        ) && dated
            && !rest.is_empty()
            && !is_dummy_it(rest)
            && !names_its_subject(rest)
            && !apposed(&written, 2)
        {
            return false;
        }
    }
    // `In any case, he said …`, `On Tuesday, they announced …`, `In a statement at the White
    // House, he said …`: the subject after an opening phrase points back just as well,
    // unless the phrase is a clause of its own that names someone it may point to (`When
    // Mubarak spoke, he said …`): a capitalised word after the first.
    let Some((opening, rest)) = statement.split_once(',') else {
        return true;
    };
    let opening: Vec<&str> = opening.split_whitespace().collect();
    let clause = opening
        .first()
        .is_some_and(|w| SUBORDINATORS.contains(&w.to_lowercase().as_str()));
    let rest_words = lower_words(rest);
    // `Loaded with bottles and cans of every size, they queue …`, `Speaking to reporters
    // after the meeting on Tuesday, he said …`: a pronoun after an opening phrase of any
    // length (a participle's or a preposition's) is whom a sentence before named.
    let phrase = opening.first().is_some_and(|w| {
        let w = w.to_lowercase();
        !clause
            && (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"))
                || PREPOSITIONS.contains(&w.as_str()))
    });
    if phrase
        && rest_words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "he" | "she" | "they" | "we"))
    {
        return false;
    }
    // `Caused by a strain of flu, it is estimated that …`: a participle that opens the
    // statement before a dummy `it` has nothing in it to belong to, so it tells of something
    // a sentence before named (not `Based on the figures, it is likely …`, a set phrase).
    let dangling = opening.first().is_some_and(|w| {
        let w = w.to_lowercase();
        w.len() > 4 && w.ends_with("ed") && !matches!(w.as_str(), "based" | "compared")
    });
    if phrase && dangling && is_dummy_it(&rest_words) {
        return false;
    }
    if opening.len() > OPENING_WORDS
        || clause
            && opening
                .iter()
                .skip(1)
                .any(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_day_or_month(w))
    {
        return true;
    }
    let rest = rest_words;
    // `If higher prices persist, they threaten …`: `it` or `they` after a clause of its own
    // points into that clause.
    let into_clause =
        clause && opening.len() >= 4 && rest.first().is_some_and(|w| w == "it" || w == "they");
    into_clause
        || rest.first().is_some_and(|w| w == "there")
        || is_dummy_it(&rest)
        || names_its_subject(&rest)
}

/// Whether a statement answers a question nobody on the page asked (`Yes, the virus could
/// mutate.`, `Well, we had to.`) or goes on from a clause before it (`And 57% said …`, `But
/// 20 more did not.`: a conjunction the connective rule left, as no clause starts after it).
fn answers_or_goes_on(statement: &str) -> bool {
    let mut words = statement.split_whitespace();
    let first = words.next().unwrap_or_default();
    let answer = matches!(
        first.to_lowercase().as_str(),
        "yes," | "no," | "well," | "yeah," | "sure," | "absolutely,"
    );
    let goes_on = matches!(first.to_lowercase().as_str(), "and" | "but" | "or" | "nor");
    answer || goes_on
}

/// The things a story's articles speak of as known, with `the` alone (`the flood`, `the
/// dam`, `the inquiry`): the words that follow `the` in at least [`KNOWN_SHARE`] of its
/// articles (and in two). A statement whose subject is one of them stands alone in this
/// story; one that opens with `The pier …` or `The website …`, which few of its articles name
/// so, points back to a sentence before it that said which.
#[derive(Debug, Default, Clone)]
pub struct Known {
    words: std::collections::HashSet<String>,
}

/// Words of a time told from now that may open a statement before its subject (`Today`,
/// `Up until now`, `So far`, `Since then`).
const FROM_NOW: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "later",
    "earlier",
    "up",
    "until",
    "so",
    "far",
    "since",
    "then",
    "still",
    "already",
    "recently",
    "initially",
];

/// The share of a story's articles that must speak of a thing as `the …` for it to be known.
pub const KNOWN_SHARE: f64 = 0.15;

/// The share of a story's articles that must name one place for it to be the story's own
/// ([`Known::of_story`]).
pub const ONE_PLACE_SHARE: f64 = 0.85;

/// Words that speak of the story's own country, or of the country an article is about. (Not
/// `the government`: an article's government is mostly its outlet's or its subject's, and a
/// reader reads it so; measured in session 41, docs/quality.md.)
const PLACE_OF_THE_STORY: &[&str] = &["country", "nation"];

impl Known {
    /// What the articles of a story speak of as known.
    pub fn of(docs: &[story_core::Document]) -> Known {
        let mut count: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for doc in docs {
            let mut seen = std::collections::HashSet::new();
            for sentence in &doc.sentences {
                let mut words = sentence.text.split_whitespace();
                let mut before = words.next();
                for word in words {
                    if before.is_some_and(|b| b.eq_ignore_ascii_case("the")) {
                        let bare = head_word(word);
                        if bare.starts_with(char::is_lowercase) {
                            seen.insert(bare.to_string());
                        }
                    }
                    before = Some(word);
                }
            }
            for w in seen {
                *count.entry(w).or_default() += 1;
            }
        }
        let least = (KNOWN_SHARE * docs.len() as f64).ceil().max(2.0) as usize;
        Known {
            words: count
                .into_iter()
                .filter(|&(_, n)| n >= least)
                .map(|(w, _)| w)
                .collect(),
        }
    }

    /// What the articles of a story speak of as known ([`Known::of`]), but for the words of
    /// a place that articles about several places each use of their own (`the country`, `the
    /// nation`): known only where one place is the story's own, named in at least
    /// [`ONE_PLACE_SHARE`] of its articles (a story of one country's uprising; not an outbreak
    /// told from the countries it reached, where `every home in the country` never says
    /// which).
    pub fn of_story(docs: &[story_core::Document], entities: &[story_core::Entity]) -> Known {
        let mut known = Known::of(docs);
        let one_place = entities
            .iter()
            .filter(|e| e.kind == story_core::EntityKind::Place)
            .any(|e| {
                let mut named: Vec<story_core::DocNo> = e.mentions.iter().map(|m| m.doc).collect();
                named.sort_unstable();
                named.dedup();
                named.len() as f64 >= ONE_PLACE_SHARE * docs.len() as f64
            });
        if !one_place {
            for w in PLACE_OF_THE_STORY {
                known.words.remove(*w);
            }
        }
        known
    }

    /// Known as well: the given words (tests).
    pub fn with(words: &[&str]) -> Known {
        Known {
            words: words.iter().map(|w| w.to_string()).collect(),
        }
    }

    fn knows(&self, word: &str) -> bool {
        let bare = head_word(word);
        !NOT_REFERENTS.contains(&bare) && (self.words.contains(bare) || UNIQUE.contains(&bare))
    }
}

/// A word without the marks around it and a possessive's `'s`, as written.
fn head_word(word: &str) -> &str {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    bare.strip_suffix("'s")
        .or_else(|| bare.strip_suffix("’s"))
        .unwrap_or(bare)
}

/// Things there is one of for any reader (`The dollar fell …`, `The young are …`).
const UNIQUE: &[&str] = &[
    "world",
    "euro",
    "dollar",
    "pound",
    "yen",
    "economy",
    "internet",
    "web",
    "public",
    "sun",
    "moon",
    "weather",
    "elderly",
    "young",
    "poor",
    "rich",
    "environment",
    "climate",
    "future",
    "past",
    "media",
    "press",
];

/// Words that end the description after `the` (`The pier is …`, `The change simply
/// takes the …`): verbs of its chain, articles, prepositions.
const ENDS_DESCRIPTION: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "may",
    "might", "could", "should", "can", "must", "did", "does", "do", "said", "says", "not", "also",
    "still", "now", "the", "a", "an", "this", "that", "these", "those", "who", "which", "of",
    "for", "from", "in", "at", "on", "to", "with", "by", "over", "about", "against", "between",
    "into", "among", "after", "before", "during", "under", "near", "outside", "inside", "since",
    "as",
];

/// Words that follow `the` in most stories and tell nothing of which thing it is (`the
/// first`, `the new`): never known.
const NOT_REFERENTS: &[&str] = &[
    "first",
    "second",
    "third",
    "last",
    "latest",
    "new",
    "next",
    "same",
    "other",
    "only",
    "whole",
    "entire",
    "current",
    "previous",
    "former",
    "most",
    "main",
    "final",
    "early",
    "recent",
    "following",
    "such",
    "very",
    "two",
    "three",
    "four",
    "five",
];

/// Whether a statement in a story opens with `the` and a thing that story does not speak of
/// as known, and nothing in it says which (`The pier is too weak to use.`, `The website is
/// said to have started it …`). Said of a thing the story knows (`The flood has spread …`), one
/// named or counted (`The outlawed Green Front …`, `The eight ferries …`), one whose
/// clause follows (`The decision to …`, `The fact that …`), or in a statement that names
/// someone or something (`The head of the rescue team, Major …`), it says which. A person (`The spokesman …`) is
/// [`of_an_unnamed_person`]'s.
fn of_an_unknown_thing(statement: &str, known: &Known) -> bool {
    let written: Vec<&str> = statement.split_whitespace().collect();
    let lower: Vec<String> = written
        .iter()
        .map(|w| head_word(w).to_lowercase())
        .collect();
    // A day's happening (`Monday's ruling …`) is as definite as `The ruling …`.
    let a_days = written.first().is_some_and(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        (w.ends_with("'s") || w.ends_with("’s"))
            && crate::timex::WEEKDAYS.contains(&head_word(w).to_lowercase().as_str())
    });
    if lower.first().is_none_or(|w| w != "the") && !a_days
        || !written
            .get(1)
            .is_some_and(|w| head_word(w).starts_with(char::is_lowercase))
        || unnamed_person("the", &lower[1..]).is_some()
    {
        return false;
    }
    // The description: up to four words before its verb, an article, a preposition or a
    // name (`The transport minister, Jo Park, …`).
    let mut end = 1;
    while end < written.len().min(5)
        && head_word(written[end]).starts_with(char::is_lowercase)
        && !ENDS_DESCRIPTION.contains(&lower[end].as_str())
    {
        end += 1;
    }
    let description = &written[1..end];
    if description
        .iter()
        .any(|w| known.knows(&w.to_lowercase()) || w.bytes().any(|b| b.is_ascii_digit()))
    {
        return false;
    }
    if end == written.len() {
        return true;
    }
    let next = lower[end].as_str();
    if next == "that" || next == "to" {
        return false;
    }
    // Nor when the rest names someone or something, or a thing the story knows (`The
    // defence says Ruiz …`, `The repairs began as the water from the flood …`, `The cost
    // of dam repairs …`):
    // what the thing is then reads from the statement.
    let names = |k: usize| {
        let bare = head_word(written[k]);
        bare.starts_with(char::is_uppercase)
            && !crate::timex::WEEKDAYS.contains(&lower[k].as_str())
            && !crate::timex::MONTHS.contains(&lower[k].as_str())
            && lower[k] != "i"
    };
    let of_a_thing = |k: usize| {
        matches!(
            lower[k - 1].as_str(),
            "the" | "of" | "for" | "from" | "in" | "on" | "at" | "about" | "with" | "by"
        )
    };
    !(end..written.len()).any(|k| names(k) || of_a_thing(k) && known.knows(&lower[k]))
}

/// [`stands_alone`] in a story: nor does a statement about a thing the story does not speak
/// of as known without saying which (`The pier is too weak to use.`; see [`Known`]).
pub fn stands_alone_in(statement: &str, known: &Known) -> bool {
    stands_alone(statement)
        && !of_an_unknown_thing(statement, known)
        && !after_an_opening(statement).is_some_and(|rest| of_an_unknown_thing(rest, known))
        && !placed_from_here(statement)
        && !points_by_a_demonstrative(statement, known)
        && !of_an_unnamed_place(statement, known)
}

/// What follows a short phrase that opens a statement before its subject (`In the end, the
/// vote …`, `After the meeting, the board …`, `Since March, the pier …`): the subject's
/// words, whose `the …` points back as an opening `the …` does. `None` where no such phrase
/// opens it.
fn after_an_opening(statement: &str) -> Option<&str> {
    let (opening, rest) = statement.split_once(", ")?;
    let words: Vec<String> = opening
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    let opens = words
        .first()
        .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()) || SUBORDINATORS.contains(&w.as_str()));
    // A phrase that names or dates something says which (`In the 1918 pandemic, the first
    // wave …`, `At the Lakeside plant, the pumps …`).
    let says_which = opening
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase) || w.bytes().any(|b| b.is_ascii_digit()));
    (opens && words.len() <= OPENING_WORDS && !says_which && !opening.contains(['"', '“', '”']))
        .then(|| rest.trim_start())
}

/// Whether a statement opens by placing what it tells from a place a sentence before named
/// (`About a mile away, a crowd gathered …`, `Nearby, …`): from where, the page does not say.
fn placed_from_here(statement: &str) -> bool {
    let Some((opening, _)) = statement.split_once(", ") else {
        return false;
    };
    let words: Vec<String> = lower_words(opening);
    words.len() <= OPENING_WORDS
        && words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "away" | "nearby" | "there"))
}

/// How many sentences back a quotation left open may still be running.
const QUOTED_SENTENCES: usize = 4;

/// Whether sentence `i` of `sentences` is a speaker's words whose speaker it does not name:
/// it opens a quotation it does not close (`"We have three problems. …`: the speaker comes
/// sentences later), or a sentence before it left one open and it does not close it before
/// words of its own (the middle or the end of a quotation that runs over several sentences:
/// `… the pier," she said.` names her; `All the tests were negative."` does not). Read as a
/// statement, the quotation marks go and the words would read as the article's.
pub fn quoted_on(sentences: &[story_core::Sentence], i: usize) -> bool {
    let Some(sentence) = sentences.get(i) else {
        return false;
    };
    let text = clean(&sentence.text).1;
    let marks = quote_marks_read(text);
    let opens_on = marks.first().is_some_and(|&(at, opens)| opens && at == 0)
        && marks.last().is_some_and(|&(_, opens)| opens);
    // The last mark of the sentences before it (a few back, over those with none) opens.
    let left_open = sentences[i.saturating_sub(QUOTED_SENTENCES)..i]
        .iter()
        .rev()
        .find_map(|before| quote_marks_read(clean(&before.text).1).last().copied())
        .is_some_and(|(_, opens)| opens);
    // Words of its own after a closing mark: who said it.
    let attributed = marks.iter().any(|&(at, opens)| {
        !opens
            && text[at..]
                .trim_start_matches(['"', '”'])
                .split_whitespace()
                .count()
                >= 2
    });
    // A sentence that says who says what (`…, according to the agency`, `Crews say …`) is
    // the article's own report.
    let reports = || {
        let words = lower_words(text);
        words.iter().any(|w| REPORTING.contains(&w.as_str()))
            || words
                .windows(2)
                .any(|p| p[0] == "according" && p[1] == "to")
    };
    opens_on || left_open && !attributed && !reports()
}

/// The quotation marks of a text as written, each with whether it opens a quotation (`“`,
/// or a straight mark after a space or an opening bracket with words after it) or closes
/// one (`”`, a straight mark after a letter or a stop, at the end, or before `he said`: the
/// tokenised text of some archives sets a closing mark apart, `the clock. "`, `Mubarak, "he
/// said.`).
fn quote_marks_read(text: &str) -> Vec<(usize, bool)> {
    let mut marks = Vec::new();
    let mut prev = ' ';
    for (at, c) in text.char_indices() {
        match c {
            '“' => marks.push((at, true)),
            '”' => marks.push((at, false)),
            '"' => {
                let after = text[at + 1..].trim_start();
                let report = lower_words(after)
                    .iter()
                    .take(3)
                    .any(|w| REPORTING.contains(&w.as_str()));
                // Set apart after a stop or a comma, before words in lower case (`his
                // family, "the company tweeted`): a closing mark.
                let before = text[..at].trim_end().chars().last();
                let set_apart = prev.is_whitespace()
                    && before.is_some_and(|b| matches!(b, ',' | '.' | '?' | '!'))
                    && after.starts_with(char::is_lowercase);
                let opens = (prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–'))
                    && after.chars().any(char::is_alphanumeric)
                    && !report
                    && !set_apart;
                marks.push((at, opens));
            }
            _ => {}
        }
        prev = c;
    }
    marks
}

/// Whether a statement speaks of `the country` or `the nation` (outside quotation marks)
/// in a story that has no one place of its own ([`Known::of_story`]) and names no place
/// itself: which country, a sentence before said (`Leaflets are to be sent to every home in
/// the country`; not `The Canadian cases were recorded at opposite ends of the country`).
fn of_an_unnamed_place(statement: &str, known: &Known) -> bool {
    let outside = outside_quotes(statement);
    let words: Vec<&str> = outside
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let speaks_of = words.windows(2).any(|p| {
        p[0].eq_ignore_ascii_case("the")
            && PLACE_OF_THE_STORY.contains(&head_word(p[1]))
            && !known.knows(p[1])
    });
    let names_a_place = || {
        let written: Vec<&str> = statement.split_whitespace().collect();
        (0..written.len()).any(|i| {
            let w = head_word(written[i]);
            gazetteer::is_demonym(w)
                || (1..=3).any(|n| {
                    written.get(i..i + n).is_some_and(|ws| {
                        let name: Vec<&str> = ws.iter().map(|x| head_word(x)).collect();
                        name[0].starts_with(char::is_uppercase)
                            && gazetteer::is_place_name(&name.join(" ").replace('.', ""))
                    })
                })
        })
    };
    speaks_of && !names_a_place()
}

/// Whether a statement speaks of a thing as `this …`, `these …` or `those …` (`Professor Roe
/// doubts this rosy scenario`, `because of these lies`, `This is the 17th case`), or opens
/// with `That …` (`That building was burned`): a thing a sentence before named. Not a time
/// told from now (`this week`, `this morning`), nor the people a clause or a participle after
/// it says (`those who fled`, `those affected`, `those in the camps`), nor a thing the story
/// knows (`this earthquake` in a story of one; see [`Known`]).
fn points_by_a_demonstrative(statement: &str, known: &Known) -> bool {
    const NOW: &[&str] = &[
        "week",
        "weekend",
        "year",
        "month",
        "morning",
        "afternoon",
        "evening",
        "time",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "season",
        "decade",
        "century",
        "day",
        "past",
        "coming",
        "side",
    ];
    // The words as written, without the marks around them: a demonstrative in lower case
    // (or opening the statement) before a word in lower case (not a title's `This Is It`).
    // Outside quotation marks: a speaker's `this` is the speaker's, and the quotation says
    // whose words they are (`“This moment has to be turned into promise,” Obama said`).
    let outside = outside_quotes(statement);
    let written: Vec<&str> = outside
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let lower = |w: &str| w.starts_with(char::is_lowercase);
    let opens_with_that = written.first() == Some(&"That")
        && written.get(1).is_some_and(|w| {
            lower(w) && !ENDS_DESCRIPTION.contains(w) && !matches!(*w, "said" | "says")
        });
    // A thing the statement names elsewhere (`natural immunity …, and this immunity …`) or
    // the story knows, just after the demonstrative or after one word that describes it
    // (`this new virus`).
    let singular = |w: &str| w.strip_suffix('s').unwrap_or(w).to_lowercase();
    let named_here = |k: usize| {
        written.get(k).is_some_and(|w| {
            known.knows(&w.to_lowercase())
                || written
                    .iter()
                    .enumerate()
                    .any(|(j, o)| j != k && singular(o) == singular(w))
        })
    };
    opens_with_that
        || written.windows(2).enumerate().any(|(k, pair)| {
            let [this, next] = pair else {
                return false;
            };
            let this = if k == 0 {
                this.to_lowercase()
            } else {
                this.to_string()
            };
            matches!(this.as_str(), "this" | "these" | "those")
                && lower(next)
                && next.chars().all(char::is_alphabetic)
                && !NOW.contains(next)
                && !crate::timex::MONTHS.contains(next)
                && !matches!(
                    *next,
                    "who" | "whose" | "which" | "whom" | "of" | "to" | "that" | "as" | "few"
                )
                // `those in the camps` are people a phrase says; `seen this for years`
                // is a thing a sentence before said.
                && (this == "this" || !PREPOSITIONS.contains(next))
                && !(next.len() > 4 && next.ends_with("ed"))
                && !matches!(
                    *next,
                    "inside" | "outside" | "now" | "still" | "living" | "left"
                )
                && !named_here(k + 1)
                && !named_here(k + 2)
        })
}

/// Whether the statement's first clause is a group's report of a pronoun's doing (`Engineers
/// believe it leaks …`, `Officials said he was …`): the report names a plural group, so
/// `it`, `he` or `she` is someone or something a sentence before named.
fn reports_of_a_pronoun(words: &[String], written: &[&str]) -> bool {
    let Some(verb) = words
        .iter()
        .take(4)
        .position(|w| REPORTING.contains(&w.as_str()))
    else {
        return false;
    };
    // The group: a plural noun just before the verb (`experts`, `health officials`; not a
    // name, `Dr Ruiz said it …`: capitalised, only a noun of people).
    let group = verb > 0 && {
        let w = &words[verb - 1];
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("'s")
            && written.get(verb - 1).is_some_and(|written| {
                written.starts_with(char::is_lowercase)
                    || gazetteer::person_nouns().contains(&w.as_str())
                    || GROUPS.contains(&w.as_str())
            })
    };
    let mut rest = &words[verb + 1..];
    if rest.first().is_some_and(|w| w == "that") {
        rest = &rest[1..];
    }
    group
        && rest
            .first()
            .is_some_and(|w| matches!(w.as_str(), "it" | "he" | "she"))
        && !is_dummy_it(rest)
}

/// Whether the statement ends by saying that a pronoun or a person it does not name told it
/// (`…, it said.`, `…, he told reporters on Monday.`, `…, the senior official said.`): whose
/// words they are was named a sentence before, and a reader of the statement alone cannot
/// weigh them.
fn told_by_a_pronoun(statement: &str) -> bool {
    let Some((_, tail)) = statement.rsplit_once(',') else {
        return false;
    };
    let tail = lower_words(tail);
    // Only the telling after the comma: no clause of what was told (`…, she said the
    // bridge was safe` says it itself).
    let told = |w: &String| {
        matches!(
            w.as_str(),
            "that" | "is" | "was" | "are" | "were" | "will" | "would" | "had" | "has" | "have"
        )
    };
    // The teller: a pronoun, or `the` and a person it does not name (`…, the senior official
    // said.`): which official, a sentence before said.
    let teller = match tail.as_slice() {
        [who, ..] if matches!(who.as_str(), "he" | "she" | "it" | "they") => 1,
        [the, rest @ ..] => match unnamed_person(the, rest) {
            Some(n) => n + 1,
            None => return false,
        },
        [] => return false,
    };
    tail.len() <= teller + 5
        && tail
            .get(teller)
            .is_some_and(|w| REPORTING.contains(&w.as_str()))
        && !tail[teller + 1..].iter().any(told)
}

/// Plural nouns of people who report, besides `data/person-nouns.txt`'s.
const GROUPS: &[&str] = &[
    "experts",
    "scientists",
    "analysts",
    "researchers",
    "authorities",
    "critics",
    "prosecutors",
];

/// Verbs that report what someone says or thinks.
const REPORTING: &[&str] = &[
    "said",
    "say",
    "says",
    "believe",
    "believed",
    "think",
    "thought",
    "fear",
    "feared",
    "hope",
    "hoped",
    "suspect",
    "suspected",
    "warned",
    "warn",
    "added",
    "told",
    "claim",
    "claimed",
    "insist",
    "insisted",
];

/// The verbs that link a dummy `it` to what it stands for (`It is unclear …`, `It may turn
/// out that …`).
const COPULAS: [&str; 15] = [
    "is", "was", "be", "been", "being", "seems", "seemed", "appears", "appeared", "remains",
    "remained", "became", "become", "turn", "turned",
];

/// Words of a verb's chain besides its copula (`will`, `has`, `not`, `also`, `out`, `too`).
const AUXILIARIES: [&str; 16] = [
    "will", "would", "may", "might", "could", "should", "must", "not", "also", "still", "now",
    "already", "has", "had", "out", "too",
];

/// Words that open a clause of its own before the subject (`If …, they …`).
const SUBORDINATORS: [&str; 12] = [
    "if", "when", "while", "although", "though", "because", "unless", "once", "as", "after",
    "before", "since",
];

/// The words of a text, lower case, without the marks around them.
pub(crate) fn lower_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether the first words name who or what a statement is about: not `the` and a noun of an
/// unnamed person (`The woman, whose illness …`, `The spokesman said`) unless a phrase after
/// the noun says whose (`The spokesman for the ministry …`).
/// Whether a statement is told of a person it does not name (`The 23-year-old man had
/// arrived …`, `The former stewardess has worked …`): it does not stand alone, but unlike
/// one that opens with a pronoun it tells what happened to someone.
pub fn of_an_unnamed_person(statement: &str) -> bool {
    let words = lower_words(statement);
    matches!(words.as_slice(), [the, rest @ ..] if unnamed_person(the, rest).is_some())
        && !names_its_subject(&words)
}

/// `the`, a few words that describe the person (`former`, `25-year-old`, `Mexican`), the
/// noun: still nobody a reader knows. The number of words after `the`, when so.
fn unnamed_person(the: &str, rest: &[String]) -> Option<usize> {
    if the != "the" {
        return None;
    }
    let describing = rest
        .iter()
        .take(3)
        .take_while(|w| !gazetteer::person_nouns().contains(&w.as_str()))
        .take_while(|w| {
            DESCRIBING.contains(&w.as_str()) || w.ends_with("-old") || gazetteer::is_demonym(w)
        })
        .count();
    rest.get(describing)
        .is_some_and(|w| gazetteer::person_nouns().contains(&w.as_str()))
        .then_some(describing + 1)
        .filter(|&after| !modifies(&rest[after..]))
}

/// Whether a person's noun is a modifier of the words after it rather than the head of its
/// phrase (`the official flood estimate`, `the family home was searched`): a word in
/// lower case follows it that is no verb, preposition or clause of its own, and after that no
/// object (`the doctor gave him`, `the official made a statement`) but another noun or the
/// phrase's verb.
fn modifies(after: &[String]) -> bool {
    const HEAD_FOLLOWS: &[&str] = &[
        "of", "for", "from", "at", "in", "on", "with", "by", "to", "who", "whom", "whose", "that",
        "which", "and", "or", "but", "as", "said", "says", "had", "have", "has", "are", "were",
        "did", "does", "do", "can",
    ];
    const OBJECTS: &[&str] = &[
        "a", "an", "the", "him", "her", "them", "it", "his", "their", "its", "this", "that",
        "these", "those", "me", "us", "you", "no", "some", "up", "down", "off", "from", "to", "in",
        "on", "at", "into", "over", "with", "after", "before", "for", "during", "outside", "back",
        "away", "out",
    ];
    let Some(next) = after.first() else {
        return false;
    };
    // `the woman pilot`: still a person.
    let verb_like = gazetteer::person_nouns().contains(&next.as_str())
        || HEAD_FOLLOWS.contains(&next.as_str())
        || COPULAS.contains(&next.as_str())
        || AUXILIARIES.contains(&next.as_str())
        || REPORTING.contains(&next.as_str())
        || next.ends_with("ed")
        || next.ends_with("ly")
        || !next.chars().all(char::is_alphabetic);
    !verb_like
        && after
            .get(1)
            .is_some_and(|w| !OBJECTS.contains(&w.as_str()) && !is_share(w))
}

fn names_its_subject(words: &[String]) -> bool {
    match words {
        [the, rest @ ..] if unnamed_person(the, rest).is_some() => {
            let after = unnamed_person(the, rest).unwrap_or(0);
            rest.get(after)
                .is_some_and(|w| matches!(w.as_str(), "of" | "for" | "from" | "at" | "in"))
        }
        // `Forty of them …`, `Most of those …`: a share of a group named before.
        [share, of, them, rest @ ..] if of == "of" && is_share(share) && is_group(them, rest) => {
            false
        }
        // `Very few have left`, `Many were hurt`: a share of a group the statement does not
        // name.
        [first, rest @ ..] if bare_share(first, rest) => false,
        // `None of this means …`, `Much of it was lost …`: a share of what was said
        // before.
        [share, of, this, ..]
            if of == "of"
                && (is_share(share) || share == "much")
                && matches!(this.as_str(), "this" | "that" | "it") =>
        {
            false
        }
        // `Other bands will play …`: other than those named before.
        [other, next, ..] if other == "other" && next != "than" => false,
        // `The first stipulates that …`, `The latter was …`: an ordinal with no noun stands
        // for one of things named before (`The first witness …` names its noun).
        [the, ordinal, verb, after, ..]
            if the == "the"
                && ORDINALS.contains(&ordinal.as_str())
                && (COPULAS.contains(&verb.as_str())
                    || AUXILIARIES.contains(&verb.as_str())
                    || FINITE.contains(&verb.as_str())
                    || verb.ends_with("ed")
                    || verb.ends_with('s') && after == "that") =>
        {
            false
        }
        // `it's`, `they’re`: the word before the apostrophe.
        [first, ..] => !points_back(first.split(['\'', '’']).next().unwrap_or_default()),
        [] => true,
    }
}

/// Whether the subject at `at` is a possessive, a noun and a name set beside it (`his
/// brothers Marlon, Tito and Jackie`, `Her lawyer Ana Ruiz`): whose they are points back,
/// but who they are is named.
fn apposed(written: &[&str], at: usize) -> bool {
    let bare = |k: usize| {
        written
            .get(k)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .unwrap_or_default()
    };
    let possessive = matches!(
        bare(at).to_lowercase().as_str(),
        "his" | "her" | "their" | "its"
    );
    let noun = bare(at + 1).starts_with(char::is_lowercase)
        && written.get(at + 1).is_some_and(|w| !w.ends_with(','));
    let name = bare(at + 2);
    let lower = name.to_lowercase();
    possessive
        && noun
        && name.starts_with(char::is_uppercase)
        && name.chars().skip(1).any(char::is_lowercase)
        && !crate::timex::WEEKDAYS.contains(&lower.as_str())
        && !crate::timex::MONTHS.contains(&lower.as_str())
}

/// `few`, `many`, `some`, `most`, `several`, `both` (after `very`, `so`, `too`) before the
/// verb: a share of a group named before.
fn bare_share(first: &str, rest: &[String]) -> bool {
    let (word, rest) = match (first, rest) {
        ("very" | "so" | "too", [word, rest @ ..]) => (word.as_str(), rest),
        _ => (first, rest),
    };
    // `Thousands more will have lost …`, `Many more remain …`: more than those told of before.
    let (more, rest) = match rest {
        [more, rest @ ..] if more == "more" => (true, rest),
        _ => (false, rest),
    };
    (matches!(
        word,
        "few" | "many" | "some" | "most" | "several" | "both" | "others"
    ) || more && matches!(word, "thousands" | "hundreds" | "dozens" | "millions"))
        && rest.first().is_some_and(|w| {
            COPULAS.contains(&w.as_str())
                || AUXILIARIES.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "are" | "were" | "have" | "had" | "did" | "remain"
                )
        })
}

/// A word that takes a share of a group: `forty`, `12`, `some`, `most`, `half`.
fn is_share(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit())
        || matches!(
            word,
            "some"
                | "many"
                | "most"
                | "all"
                | "both"
                | "each"
                | "none"
                | "few"
                | "several"
                | "half"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
        )
}

/// `them`, or `these` / `those` standing for a group (a verb next, not a noun: `Most of
/// those were moved`, not `Use of these drugs`).
fn is_group(word: &str, rest: &[String]) -> bool {
    word == "them"
        || matches!(word, "these" | "those")
            && rest.first().is_some_and(|w| {
                COPULAS.contains(&w.as_str())
                    || AUXILIARIES.contains(&w.as_str())
                    || matches!(
                        w.as_str(),
                        "who" | "that" | "are" | "were" | "have" | "do" | "did" | "can"
                    )
            })
}

/// The speaker named after a quotation that opens a statement (`“…,” the mayor said` →
/// `the mayor said`), if any words follow its closing mark.
fn quoted_speaker(statement: &str) -> Option<&str> {
    let body = statement.strip_prefix(['“', '"'])?;
    let close = body.find(['”', '"'])?;
    let after = body[close..]
        .trim_start_matches(['”', '"'])
        .trim_start_matches([',', ' ']);
    let after = after
        .strip_prefix("said ")
        .or_else(|| after.strip_prefix("says "))
        .unwrap_or(after);
    after.chars().any(char::is_alphabetic).then_some(after)
}

/// Whether a statement opens with a dummy `it`: `it`, its verb (`is`, `may turn out`, `has
/// been`), then a word that is no determiner and, within a few words, `that`, `to`, `how`,
/// `whether` … (`It is unclear how …`, `It has been confirmed that …`); `It has killed 20
/// people` and `It is the first case` point back.
fn is_dummy_it(words: &[String]) -> bool {
    let rest: &[String] = match words {
        [it, rest @ ..] if it == "it" => rest,
        [its, rest @ ..] if its == "it's" || its == "it’s" => rest,
        _ => return false,
    };
    let verb = rest
        .iter()
        .take_while(|w| COPULAS.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str()))
        .count();
    // A copula among them (`It also recommends that …` is the thing's own doing).
    let copula = words[0] != "it" || rest[..verb].iter().any(|w| COPULAS.contains(&w.as_str()));
    if !copula {
        return false;
    }
    let after = &rest[verb..];
    let complement = |w: &String| {
        matches!(
            w.as_str(),
            "that" | "to" | "how" | "whether" | "why" | "what" | "if" | "when" | "who" | "where"
        )
    };
    // `It may turn out that …`
    if after.first().is_some_and(complement) {
        return true;
    }
    // `It is set to announce …`, `It is due to open …`: a plan of the thing itself.
    if after.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "set" | "due" | "expected" | "scheduled" | "going" | "about" | "poised" | "slated"
        )
    }) && after.get(1).is_some_and(|w| w == "to")
    {
        return false;
    }
    after.first().is_some_and(|w| {
        !matches!(
            w.as_str(),
            "a" | "an"
                | "the"
                | "this"
                | "that"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "one"
        ) && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
    }) && after.iter().take(5).any(complement)
}

/// A weekday's or a month's name: capitalised, but no one a pronoun points to.
fn is_day_or_month(word: &str) -> bool {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    is_month(&w) || crate::timex::WEEKDAYS.contains(&w.as_str())
}

/// Words of an existential `there` (`There was …`, `There have been …`).
const EXISTENTIAL: [&str; 16] = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "might", "could",
    "seems", "seemed", "appears", "appeared",
];

/// At most this many words open a sentence before the subject it is about (`In a statement
/// at the hospital,`).
const OPENING_WORDS: usize = 8;

/// A first word that points back to a sentence before, or speaks in a reader's or
/// columnist's voice: the statement does not name its subject.
/// Words that describe an unnamed person before the noun (`the former stewardess`, `the
/// young man`, `the local official`).
const DESCRIBING: &[&str] = &[
    "former",
    "young",
    "old",
    "elderly",
    "local",
    "senior",
    "junior",
    "second",
    "third",
    "first",
    "other",
    "new",
    "sick",
    "injured",
    "dead",
    "missing",
    "unnamed",
    "unidentified",
];

/// A name called out before the statement, as in a transcript (`Wolf, thousands have …`,
/// `Well, Isha, it's 3:30 in the morning …`): one capitalised word that is no name of a
/// day or month nor a word of the sentence's own (an adverb, a connective), after an
/// interjection or before a pronoun.
fn is_vocative(statement: &str) -> bool {
    let parts: Vec<&str> = statement.splitn(3, ", ").collect();
    let interjection = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "well" | "yes" | "no" | "ok" | "okay" | "thanks" | "thank you" | "look" | "so"
        )
    };
    let name = |w: &str| {
        !w.contains(' ')
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && gazetteer::is_given_name(w)
    };
    match parts.as_slice() {
        [first, second, ..] if interjection(first) && name(second) => true,
        [first, rest, ..] | [first, rest] if name(first) => {
            let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
            points_back(next.split(['\'', '’']).next().unwrap_or_default())
                || next.chars().next().is_some_and(char::is_lowercase)
                    && !gazetteer::is_place_name(first)
        }
        _ => false,
    }
}

fn points_back(word: &str) -> bool {
    matches!(
        word,
        "it" | "he"
            | "here"
            | "another"
            | "she"
            | "they"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "his"
            | "her"
            | "their"
            | "there"
            | "we"
            | "i"
            | "you"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, expected: Option<&str>) {
        assert_eq!(
            statement(sentence, 0).as_deref(),
            expected,
            "statement of {sentence:?}"
        );
    }

    #[test]
    fn a_reporters_credit_run_onto_the_end_is_not_part_of_the_statement() {
        check(
            "The flood has reached three towns and more are on alert: Jo Park, BBC Science editor",
            Some("The flood has reached three towns and more are on alert"),
        );
        check(
            "The flood has reached three towns and more are on alert: Jo Park, correspondent.",
            Some("The flood has reached three towns and more are on alert"),
        );
        // A colon that opens what is said, or a list, stays.
        check(
            "The mayor gave one reason for the delay: Jo Park, the engineer, was ill.",
            Some("The mayor gave one reason for the delay: Jo Park, the engineer, was ill."),
        );
        check(
            "The council named two advisers: Jo Park, Ann Lee and the town's editor",
            Some("The council named two advisers: Jo Park, Ann Lee and the town's editor"),
        );
    }

    #[test]
    fn cleans_what_stands_before_the_statement() {
        check(
            "WELLINGTON (Reuters) - The river burst its banks on Monday, flooding 300 homes.",
            Some("The river burst its banks on Monday, flooding 300 homes."),
        );
        check(
            "OSLO/BERGEN (Reuters) — Ferries stopped running after the storm hit the coast.",
            Some("Ferries stopped running after the storm hit the coast."),
        );
        check(
            "EDT QUITO (Reuters) - The central bank cut its main rate to 4 percent.",
            Some("The central bank cut its main rate to 4 percent."),
        );
        check(
            "NAIROBI - Talks between the two sides resumed on Tuesday in the capital.",
            Some("Talks between the two sides resumed on Tuesday in the capital."),
        );
        check(
            "17:42 The jury returned to the courtroom after a short break.",
            Some("The jury returned to the courtroom after a short break."),
        );
        check(
            "Page last updated at 08:58 GMT The council voted to close the bridge for repairs.",
            Some("The council voted to close the bridge for repairs."),
        );
        check(
            "Jo Park | 17:45 UK time, Wednesday, 29 April 2009 This week one story led our output.",
            Some("This week one story led our output."),
        );
        check(
            "Jo Park | Wednesday, 13 November 2019 The council met again on the plan.",
            Some("The council met again on the plan."),
        );
        check(
            "Photograph: Lee Park/AP The mayor won the vote by a wide margin.",
            Some("The mayor won the vote by a wide margin."),
        );
        check(
            "A bronze bull awaits the results Photograph: Lee Park/Getty Images Jobless claims \
             fell by 14,000 this week.",
            Some("Jobless claims fell by 14,000 this week."),
        );
        check(
            "Rain fails to stop the march on the square Riverton, Ruritania (Agency) -- \
             Thousands marched on Friday.",
            Some("Thousands marched on Friday."),
        );
        check(
            "The talks were led by the Northern League of Towns (NLT) - and they failed.",
            Some("The talks were led by the Northern League of Towns (NLT) - and they failed."),
        );
        check("Photograph: Lee Park/Getty Images", None);
        check("Rescue dogs search the rubble Photo: Lee Park/AP", None);
        check(
            "But the minister said the plan would go ahead next year.",
            Some("The minister said the plan would go ahead next year."),
        );
        check(
            "Meanwhile, rescue teams reached the village by helicopter.",
            Some("Rescue teams reached the village by helicopter."),
        );
        check(
            "However, the court did not rule on the second question.",
            Some("The court did not rule on the second question."),
        );
    }

    #[test]
    fn a_heading_run_into_the_sentence_is_not_the_statement() {
        check(
            "Sam Lee on how the long drought changed a town Five days after the rains came, \
             the mayor reopened the market.",
            Some("Five days after the rains came, the mayor reopened the market."),
        );
        check(
            "Ferry operator fined for late sailings The regulator fined the operator $2m on Monday.",
            Some("The regulator fined the operator $2m on Monday."),
        );
        check(
            "Three Days That Shook the Market: May 4 - 8, 2009 The index closed 3 percent up on Friday.",
            Some("The index closed 3 percent up on Friday."),
        );
        check(
            "By Jo Park and Kim Lee LIMA (Reuters) - A storm never seen before has flooded the coast.",
            Some("A storm never seen before has flooded the coast."),
        );
        check(
            "By Jo Park and Kim Lee SAN JOSE -- A storm never seen before has flooded the coast.",
            Some("A storm never seen before has flooded the coast."),
        );
        // A photograph's credit in brackets, and a byline after it.
        for credited in [
            "(AP Photo/Jo Park) LIMA -- The storm flooded the coast on Monday.",
            "(Jo Park - AP) LIMA (Wire) - The storm flooded the coast on Monday.",
            "(Jo Park/Getty Images) By Ana Ruiz LIMA -- The storm flooded the coast on Monday.",
            "(Photos By Jo Park -- The Daily) LIMA -- The storm flooded the coast on Monday.",
            "(Jo Park/Wire) By Kim Lee and Ana Ruiz LIMA -- The storm flooded the coast on Monday.",
        ] {
            check(credited, Some("The storm flooded the coast on Monday."));
        }
        // Without a byline or dateline after it, the credit's sentence is a caption.
        for caption in [
            "(AP Photo/Jo Park) The mayor waves to the crowd in Lima on Monday.",
            "(Jo Park - AP) The mayor waves to the crowd in Lima on Monday.",
        ] {
            check(caption, None);
        }
        // Capitals inside a sentence that are no seam: names after a joining word, a year
        // inside a phrase of time, a single letter.
        check(
            "The ruling was reported first by The Courier on Monday.",
            Some("The ruling was reported first by The Courier on Monday."),
        );
        check(
            "The treaty was signed in 2003 The Hague court said on Monday.",
            Some("The treaty was signed in 2003 The Hague court said on Monday."),
        );
        check(
            "Doctors said the new strain is an influenza A virus like the last one.",
            Some("Doctors said the new strain is an influenza A virus like the last one."),
        );
        // A section's heading before a colon.
        check(
            "Live coverage: The river rose two metres at the old bridge overnight.",
            Some("The river rose two metres at the old bridge overnight."),
        );
        for kept in [
            "Health minister: The river rose two metres at the old bridge overnight.",
            "Officials said: The river rose two metres at the old bridge overnight.",
            "Their children: Ann 1820, Tom 1822, Jo 1826 and Kit 1829 were born there.",
        ] {
            check(kept, Some(kept));
        }
        // A news brief's headline before its first sentence.
        check(
            "Jury finds chef guilty of fraud in harbour case: A jury in Lowtown on Monday \
             found the chef guilty of fraud.",
            Some("A jury in Lowtown on Monday found the chef guilty of fraud."),
        );
        check(
            "More protests planned for Friday as Ruiz holds on: The governor told reporters \
             he would stay.",
            Some("The governor told reporters he would stay."),
        );
        for kept in [
            "He had one message for the crowd outside: The levee will hold all winter.",
            "The mayor's office wrote to residents: Please stay away from the river bank.",
            "The setting was fascinating: The mayor in the town hall with the flood's critics.",
            "Jo Park is author of The Age of Floods: The Short Century of the River.",
            "Jo Park speaking on 18 August at the harbour: I told them the truth that day.",
            "His spokeswoman, Jo Park, later played down the remarks: The advice is the same \
             for everyone.",
        ] {
            check(kept, Some(kept));
        }
        // A heading in capitals, run into the sentence.
        check(
            "WHAT TO DO Flood warnings are issued by the river authority for every town.",
            Some("Flood warnings are issued by the river authority for every town."),
        );
        check(
            "FIRST RECORDED CASE Jo Park fell ill after a trip to the coast in May.",
            Some("Jo Park fell ill after a trip to the coast in May."),
        );
        for kept in [
            "UK NHS Direct says the line will stay open through the night.",
            "A BBC crew was stopped at the border by the police on Friday.",
            "US FDA Commissioner Jo Park said the test would be approved soon.",
        ] {
            check(kept, Some(kept));
        }
        // A headline in title case, run into the sentence.
        check(
            "Financial Crisis In Russia Raises Stakes for Putin A trader in Moscow pauses Friday to make a call.",
            Some("A trader in Moscow pauses Friday to make a call."),
        );
        check(
            "Historic Flood Plan Set in Motion The county council yesterday approved a new levee.",
            Some("The county council yesterday approved a new levee."),
        );
        check(
            "River Towns Count the Cost The Mayor of Lowtown said the levee held.",
            Some("The Mayor of Lowtown said the levee held."),
        );
        // A caption run into a sentence that opens with `A`; not a letter's name.
        check(
            "Mr Park was a keen sailor and climber A Danish man has been confirmed dead after the flood.",
            Some("A Danish man has been confirmed dead after the flood."),
        );
        check(
            "Health officials confirmed the influenza A H1N1 strain in two more towns.",
            Some("Health officials confirmed the influenza A H1N1 strain in two more towns."),
        );
        check(
            "Doctors studied samples of the A H1N1 swine virus in the laboratory.",
            Some("Doctors studied samples of the A H1N1 swine virus in the laboratory."),
        );
        // A headline that ends in a name, run into a sentence.
        check(
            "Leaders pledge long-term support for Norland The head of the relief effort said 400 flights were waiting.",
            Some("The head of the relief effort said 400 flights were waiting."),
        );
        check(
            "The mayor thanked the crews of Harbour Rescue The volunteers stayed on the quay all night.",
            Some("The volunteers stayed on the quay all night."),
        );
        // A title of a work the sentence goes on with is no headline.
        check(
            "Presenter Jo Park, Producer Kim Lee Beasts On The Lawn is a collection of stories.",
            Some("Presenter Jo Park, Producer Kim Lee Beasts On The Lawn is a collection of stories."),
        );
        check(
            "The A Jackson Named Michael: Remembering A Legend tour will launch in 2012.",
            Some("The A Jackson Named Michael: Remembering A Legend tour will launch in 2012."),
        );
        // Names in capitals are no headline: the sentence goes on in lower case.
        check(
            "Prime Minister Gordon Brown said The Times had got it wrong on Monday.",
            Some("Prime Minister Gordon Brown said The Times had got it wrong on Monday."),
        );
        // A heading that ends in a date, run into the sentence.
        check(
            "Flood: Your stories Thursday 14 January Up to 300 soldiers will reach the valley by Monday.",
            Some("Up to 300 soldiers will reach the valley by Monday."),
        );
        check(
            "As it happened: the flood 14 Jan Rescue teams reached the valley before dawn.",
            Some("Rescue teams reached the valley before dawn."),
        );
        // A date after a joining word is part of the sentence.
        check(
            "The ferry sailed on 14 January President Lee said on Friday in the capital.",
            Some("The ferry sailed on 14 January President Lee said on Friday in the capital."),
        );
    }

    #[test]
    fn a_live_pages_bare_time_stamp_is_not_the_statement() {
        check(
            "1215 Jo Park, Santo Domingo, texts: \"We were turned away twice from the airport.\"",
            Some("Jo Park, Santo Domingo, texts: \"We were turned away twice from the airport.\""),
        );
        check(
            "0830 GMT The first aid flight landed at the airport.",
            Some("The first aid flight landed at the airport."),
        );
        check(
            "1826 UK Foreign Secretary Jo Park writes that the first team has landed.",
            Some("UK Foreign Secretary Jo Park writes that the first team has landed."),
        );
        // A page's headline and stamp run into its first sentence.
        check(
            "Labour losing battle to convince public Tuesday 19 July 2005 00.53 BST \
             Two-thirds of Britons believe there is a link.",
            Some("Two-thirds of Britons believe there is a link."),
        );
        check(
            "Jo Park was ` robbed', says sister Page last updated at 08:58 GMT, Thursday, \
             24 June 2010 09:58 UK Jo Park was robbed, according to his sister.",
            Some("Jo Park was robbed, according to his sister."),
        );
        check(
            "Tuesday, 26 July 2011 09:03 UK (an error occurred while processing this \
             directive) Jo Park has announced a concert for Cardiff.",
            Some("Jo Park has announced a concert for Cardiff."),
        );
        // A date and a time told in a sentence are part of it.
        check(
            "The ferry left on 19 July 2005 at 00.53 and sank an hour later.",
            Some("The ferry left on 19 July 2005 at 00.53 and sank an hour later."),
        );
        // A year, or a number before a lower-case word, stays.
        check(
            "2009 Swine flu spread to every continent within weeks.",
            Some("2009 Swine flu spread to every continent within weeks."),
        );
        check(
            "1215 people were rescued from the rubble on Thursday.",
            Some("1215 people were rescued from the rubble on Thursday."),
        );
    }

    #[test]
    fn cleans_stamps_in_brackets_and_datelines_before_connectives() {
        check(
            "(Update 8:53 p.m. Cairo, 1:53 p.m. ET) The executive has been released, the company said.",
            Some("The executive has been released, the company said."),
        );
        check(
            "MEXICO CITY (Reuters) - But the virus has killed 20 people, officials said",
            Some("The virus has killed 20 people, officials said"),
        );
        check(
            "CAIRO (CNN) — Protesters filled the square again on Friday.",
            Some("Protesters filled the square again on Friday."),
        );
        // A bracket without a clock time is no stamp (and a sentence that opens with one
        // does not read as a statement).
        check(
            "(Reuters) The central bank cut its main rate to 4 percent.",
            None,
        );
        // Multi-byte dashes and letters: no slicing inside a character, and no statement.
        check("(À) — é", None);
        // A page's date stamp run into its first sentence.
        check(
            "Tuesday, September 16, 2008; 4:30 PM Just a day after filing for bankruptcy, the bank is heading into court.",
            Some("Just a day after filing for bankruptcy, the bank is heading into court."),
        );
        check(
            "Thursday, October 23, 2008; Page A01 Employers are moving to cut jobs.",
            Some("Employers are moving to cut jobs."),
        );
        // `So far` is no connective.
        check(
            "So far, 149 people have died.",
            Some("So far, 149 people have died."),
        );
    }

    #[test]
    fn opening_clauses_only_where_the_rule_cuts() {
        let s = "The council approved the new flood plan on Tuesday, and the first contracts \
                 will be signed in the summer.";
        let end = s.find(", and").unwrap() + 1;
        assert_eq!(
            clause_statement(s, end).as_deref(),
            Some("The council approved the new flood plan on Tuesday.")
        );
        // Before `, which` a subject may lose its verb: no clause there.
        let s = "The minister, who arrived on Monday, said the talks would resume.";
        assert_eq!(clause_statement(s, s.find(", said").unwrap() + 1), None);
        // A leading subordinate clause is no statement.
        let s = "If there have been such problems, they were not intended, the minister said.";
        assert_eq!(clause_statement(s, s.find(',').unwrap() + 1), None);
        // A preposition of two words before the cut: a phrase, no clause.
        let s = "Because of the town's poverty as the poorest in the valley, and owing to \
                 past floods, many charities were already there.";
        assert_eq!(clause_statement(s, s.find(',').unwrap() + 1), None);
        // Too short a clause, or a cut inside a quotation or a character: none.
        let s = "Rain fell, and the river rose above the old stone bridge.";
        assert_eq!(clause_statement(s, s.find(',').unwrap() + 1), None);
        assert_eq!(clause_statement("“À bientôt”, and é", 2), None);
        // The dateline goes as it does from a whole sentence.
        let s = "CAIRO (CNN) — Protesters filled the square again on Friday, while the army \
                 stood by.";
        assert_eq!(
            clause_statement(s, s.find(", while").unwrap() + 1).as_deref(),
            Some("Protesters filled the square again on Friday.")
        );
    }

    #[test]
    fn a_line_with_no_stop_and_no_tensed_verb_is_no_statement() {
        // Headings, captions and a schedule's items.
        assert!(a_verbless_line(
            "The appeal for victims of the flood in the valley"
        ));
        assert!(a_verbless_line(
            "Broadcasting on the radio daily at 0910 local time (1410 GMT) Twenty-minute programme in Quechua"
        ));
        // A stop, or a tensed verb, and it may be a statement (the other rules judge it).
        assert!(!a_verbless_line(
            "The appeal for victims of the flood opens today."
        ));
        assert!(!a_verbless_line(
            "Rescuers have reached the villages cut off by the flood"
        ));
        assert!(!a_verbless_line("Hundreds stranded by the flood"));
    }

    #[test]
    fn run_ons_are_told_apart() {
        assert!(runs_on(
            "Mexico announces outbreak * New virus * Residents don masks"
        ));
        assert!(!runs_on("Mexico announced an outbreak of a new virus."));
        assert!(runs_on(
            "1918: The worst outbreak killed millions 1957: Asian flu killed two million."
        ));
        assert!(!runs_on("1918: The worst outbreak killed millions."));
        // A gallery's or a video's link run into the text.
        assert!(runs_on(
            "Gallery: Crowds fill the square Jo Park, the activist who led the march, said she would go home."
        ));
        assert!(!runs_on(
            "The gallery: a room of photographs the council opened on Monday."
        ));
        // A second sentence run in with no stop: after a word, after a credit's bracket.
        assert!(runs_on(
            "The state will send tents to the valley An aide to the governor is being tested."
        ));
        assert!(runs_on(
            "Crowds waited at the gates (Photo: Red Cross) He said the roads were closed."
        ));
        assert!(runs_on(
            "Jo Park, Institute for Coastal Studies Other questions remain about the dam."
        ));
        // A letter's name, a title's words, a name with `The`: no second sentence.
        assert!(!runs_on(
            "The strain is an influenza A virus that spreads fast."
        ));
        assert!(!runs_on("She sang on the This Is It tour last year."));
        // A headline's or a ticker's report run in after a word in lower case.
        assert!(runs_on(
            "Shops stay shut in the capital Peru reports its first case of the fever."
        ));
        assert!(runs_on(
            "Travellers were tested for the fever Ambassador Jo Park said none were ill."
        ));
        assert!(!runs_on(
            "The regional mayor Jo Park said the roads were open."
        ));
        assert!(!runs_on(
            "The ministry of Peru reports new cases every day."
        ));
        assert!(!runs_on("The talks took place in The Hague on Monday."));
        // `A` opening a run-in sentence (a caption's end before it), not a letter's name.
        assert!(runs_on(
            "Mr Park was a keen sailor and climber A Danish man has been confirmed dead after the flood."
        ));
        assert!(!runs_on(
            "Health officials confirmed the influenza A H1N1 strain in two more towns."
        ));
        assert!(!runs_on(
            "The rescue team from Block A Tower reached the school."
        ));
        assert!(!runs_on("The mayor met them. The talks went well."));
        // A sign-off of names is no statement.
        assert!(runs_on("Jo Park, CNN, Cairo, Egypt."));
        assert!(!runs_on("Jo Park, CNN, reported from Cairo."));
    }

    #[test]
    fn keeps_what_only_looks_like_a_prefix() {
        // A dash inside the sentence after lower-case words is not a dateline.
        check(
            "The bridge - closed since the flood - reopened to traffic on Friday.",
            Some("The bridge - closed since the flood - reopened to traffic on Friday."),
        );
        // `Now` and `Still` that start the sentence's own subject stay.
        check(
            "Still waters covered the lower town for a week.",
            Some("Still waters covered the lower town for a week."),
        );
    }

    #[test]
    fn a_coordinate_clause_with_its_own_subject_is_a_statement() {
        let s = "The harbour reopened to small boats on Monday, but the main ferry terminal \
                 remains closed to traffic.";
        let at = s.find(" but").unwrap() + 1;
        assert_eq!(
            coordinate_statement(s, at, s.len()).as_deref(),
            Some("The main ferry terminal remains closed to traffic.")
        );
        let s = "The council met for an hour; several members were absent from the vote.";
        let at = s.find(';').unwrap() + 1;
        assert_eq!(
            coordinate_statement(s, at, s.len()).as_deref(),
            Some("Several members were absent from the vote.")
        );
        // No subject of its own, a subordinate clause, a list's remainder, no verb.
        for (s, cut) in [
            ("The town rejected the old name of the bridge, and opted to call it the Ferry Way.", " and"),
            ("The mayor is being tested for the fever, although the mayor is said to be well.", " although"),
            ("The board raised the river patrols by 2,000 for a month, and Harbour police numbers by 1,500.", " and"),
            ("The bakery on the corner has been closed for a week, and the market square too.", " and"),
            ("Open questions are the fate of the dam, and the role the city may play in its repair.", " and"),
            ("The league had said it would stay out of the dispute, but some of its clubs were fined.", " but"),
            ("Fans had many complaints about the ticket prices, but those concerns were set aside.", " but"),
            ("Fans had many complaints about the ticket prices, but all those were set aside.", " but"),
        ] {
            let at = s.find(cut).unwrap() + 1;
            assert_eq!(coordinate_statement(s, at, s.len()), None, "{s}");
        }
    }

    #[test]
    fn shortens_only_at_clause_boundaries() {
        let long = "The regional council approved the new flood defence plan for the lower \
                    valley towns on Tuesday after months of public hearings and objections, \
                    and the first contracts are expected to be signed before the end of the \
                    summer season.";
        let s = statement(long, 0).expect("a statement");
        assert_eq!(
            s,
            "The regional council approved the new flood defence plan for the lower valley \
             towns on Tuesday after months of public hearings and objections."
        );
        // Whatever is cut, the label never ends on a dangling word.
        assert!(!s.ends_with("and.") && !s.ends_with("the."));
        // The clause that holds the words the label is about is kept.
        let at = long.find("expected").unwrap();
        let kept = statement(long, long[..at].chars().count()).expect("a statement");
        assert_eq!(kept, long);
        // No boundary: the whole sentence, if it is not too long to read.
        let plain = "word ".repeat(40).trim().replace("word", "Word");
        assert!(statement(&plain, 0).is_some());
        let endless = "word ".repeat(80);
        assert_eq!(statement(endless.trim(), 0), None);
        // Never cut where only the opening phrase stands before the boundary.
        let opened = "In the heated atmosphere of Wednesday afternoon, as the two campaigns \
                      plotted and maneuvered around each other and the markets fell again, it \
                      was impossible to know what the ultimate verdict on the decision would be.";
        let s = statement(opened, 0);
        assert_ne!(
            s.as_deref(),
            Some("In the heated atmosphere of Wednesday afternoon.")
        );
        // Nor where only a subordinate clause stands before it: no main clause has begun.
        let conditional = "If there is a serious threat to the health of the village, and to \
                           have any effect in stopping the spread of the fever, then surely \
                           whole families should be kept at home and not just the children \
                           who fell ill.";
        let s = statement(conditional, 0);
        assert_ne!(
            s.as_deref(),
            Some("If there is a serious threat to the health of the village.")
        );
        assert_eq!(
            clause_statement(conditional, conditional.find(", and").unwrap()),
            None
        );
        // A subordinate clause before a comma leaves a main clause in the head.
        let told = "When the river rose on Monday, the council closed the bridge, and \
                    families in the lower valley were told to leave their homes before \
                    nightfall while the water kept rising through the old town centre.";
        assert_eq!(
            statement(told, 0).as_deref(),
            Some("When the river rose on Monday, the council closed the bridge.")
        );
    }

    #[test]
    fn letters_that_change_length_in_lower_case_do_not_break_the_reader() {
        // `K` (the Kelvin sign) is three bytes and `k` one; `İ` two and `i̇` three.
        for text in [
            "But \u{212A}elvin readings rose in the valley on Monday.",
            "And \u{130}\u{130}\u{130}\u{130} \u{130}stanbul was quiet on Monday.",
            "\u{212A}\u{212A}\u{212A} Also the river rose on Monday night.",
        ] {
            let _ = statement(text, 0);
            let _ = stands_alone(text);
            assert!(body_start(text) <= text.len());
        }
        check(
            "But \u{212A}elvin readings rose in the valley on Monday.",
            Some("\u{212A}elvin readings rose in the valley on Monday."),
        );
    }

    #[test]
    fn fragments_are_no_statements() {
        check("12", None);
        check("17:42", None);
        check("Page last updated at 08:58 GMT", None);
        check("SOCCER - LEADING RESULTS IN THE LEAGUE ON SUNDAY", None);
        check("Read more:", None);
        check("'s opening statement, the prosecutor told the court", None);
        check("in the capital on Monday", None);
        check("Is the council to blame for the flood?", None);
    }

    #[test]
    fn a_byline_run_into_the_text_is_no_statement() {
        check(
            "By Jo Park Daily News, Lima Rivers was due to play 50 dates Ana Rivers died on 25 June.",
            None,
        );
        // A deadline opens a statement.
        check(
            "By Monday the river had fallen to its summer level.",
            Some("By Monday the river had fallen to its summer level."),
        );
        check(
            "By Friday, Aid Agencies had reached the city.",
            Some("By Friday, Aid Agencies had reached the city."),
        );
        check(
            "By Christmas Eve President Park had signed the law.",
            Some("By Christmas Eve President Park had signed the law."),
        );
    }

    #[test]
    fn statements_that_point_back_do_not_stand_alone() {
        assert!(!stands_alone("It then emerged that the dam had failed."));
        assert!(!stands_alone("They voted to close the bridge."));
        assert!(stands_alone("The council voted to close the bridge."));
        assert!(stands_alone("Itineraries changed after the storm."));
        // An existential `there` points nowhere; a place's does.
        assert!(stands_alone("There was no sign of the ferry on Friday."));
        assert!(stands_alone("There have been 20 deaths in the city."));
        assert!(!stands_alone("There the army opened fire on the crowd."));
        // The subject after an opening phrase, unless the phrase names whom it points to.
        assert!(!stands_alone("In any case, he said the bridge was safe."));
        assert!(!stands_alone("On Tuesday, they voted to close the bridge."));
        assert!(!stands_alone(
            "In the council's view, it's a matter for the courts."
        ));
        assert!(stands_alone(
            "On Tuesday, the council voted to close the bridge."
        ));
        // A date that opens the sentence without its comma, likewise.
        assert!(!stands_alone("In 1976 it was detected on a military base."));
        // Whose words: a pronoun's at the end; more of a group told of before; a participle
        // with nothing to belong to before a dummy `it`.
        standing(
            &[
                "The roads will reopen soon, Mayor Ruiz told reporters on Monday.",
                "The roads will reopen soon, the mayor of Vell told reporters on Monday.",
                "The roads will reopen soon, and it said the bridge would follow later this month.",
                "Dozens more rescue workers arrived in the valley on Monday.",
                "Based on the figures, it is likely that millions were infected.",
            ],
            &[
                "A donation of ten pounds buys a blanket, it said.",
                "The roads will reopen soon, he told reporters on Monday.",
                "The roads will reopen soon, the spokesman said.",
                "Talks will resume next week, the senior official said.",
                "Thousands more will have lost contact with their families.",
                "Many more remain missing in the valley.",
                "Caused by a strain of flu, it is estimated that millions were infected.",
            ],
        );
        assert!(!stands_alone("On Monday they voted to close the bridge."));
        assert!(stands_alone(
            "In 1976 the virus was detected on a military base."
        ));
        assert!(stands_alone(
            "In 1976 it was clear that the vaccine had failed."
        ));
        assert!(stands_alone(
            "When Mayor Ruiz spoke, she said the bridge was safe."
        ));
        assert!(stands_alone(
            "The bridge, closed since May, reopened on Friday."
        ));
    }

    /// Asserts that the first statements stand alone and the second point back.
    fn standing(alone: &[&str], back: &[&str]) {
        for s in alone {
            assert!(stands_alone(s), "{s}");
        }
        for s in back {
            assert!(!stands_alone(s), "{s}");
        }
    }

    #[test]
    fn an_answer_or_a_clause_going_on_points_back() {
        standing(
            &[
                "No one was hurt when the old bridge fell.",
                "Andean farmers lost the harvest to the frost.",
                "Butchers in the valley closed for a week.",
            ],
            &[
                "Yes, the fever could spread to the coast.",
                "Well, we had to leave the farm that night.",
                "And 57% said the repairs had come too late.",
                "But 20 more were never found.",
            ],
        );
    }

    /// Documents of one sentence each (the sentence as given, unsplit).
    fn one_sentence_docs(texts: &[&str]) -> Vec<story_core::Document> {
        texts
            .iter()
            .map(|t| story_core::Document {
                sentences: vec![story_core::Sentence {
                    text: t.to_string(),
                    ..Default::default()
                }],
                ..Default::default()
            })
            .collect()
    }

    #[test]
    fn a_thing_the_story_does_not_know_needs_saying_which() {
        // `the dam` is in two of the three articles, `the port` in one.
        let docs = one_sentence_docs(&[
            "The dam burst on Monday. Crews reached the port.",
            "The dam had cracked for years.",
            "Engineers inspected the dam and the bridge.",
        ]);
        let known = Known::of(&docs);
        let alone = |s: &str| stands_alone_in(s, &known);
        // What the story speaks of as known, or what the statement names or counts.
        assert!(alone("The dam held back the river for sixty years."));
        assert!(alone("The old concrete dam held back the river."));
        assert!(alone(
            "The port reopened after crews from Oxfam cleared it."
        ));
        assert!(alone("The port reopened once the dam was drained."));
        assert!(alone("The 12 ferries ran again on Friday."));
        assert!(alone("The decision to close the port was taken late."));
        assert!(alone("The fact that nobody died is a relief."));
        assert!(alone("The euro rose against the dollar."));
        // A person is the unnamed person rule's, not this one's.
        assert!(!of_an_unknown_thing(
            "The spokesman said the port was shut.",
            &known
        ));
        // Which port, page or turnpike? Nothing in the statement says.
        assert!(!alone(
            "The port is too damaged to use and roads are blocked."
        ));
        assert!(!alone(
            "The page is widely credited with calling the first protest."
        ));
        assert!(!alone("The turnpike is closed to all traffic."));
        // On Monday and the first are no names nor known things.
        assert!(!alone(
            "The concert was called off on Monday by the first of them."
        ));
        // Without a story, every description is known: the rule needs one.
        assert!(stands_alone("The port is too damaged to use."));
        assert!(stands_alone_in(
            "The port is too damaged to use.",
            &Known::with(&["port"])
        ));
    }

    #[test]
    fn the_country_is_known_only_in_a_story_of_one_place() {
        // Four articles that each say `the country`: of Peru's floods in two, of Chile's in
        // two. Peru is named in three of the four (under 85%): no one place is the story's.
        let texts = [
            "Floods in Peru closed schools across the country.",
            "Peru said the country would rebuild.",
            "Chile said the country was ready.",
            "Floods reached Chile and Peru, and the country braced.",
        ];
        let docs = one_sentence_docs(&texts);
        let place = |name: &str, docs: &[usize]| story_core::Entity {
            id: name.to_lowercase(),
            name: name.to_string(),
            kind: story_core::EntityKind::Place,
            aliases: Vec::new(),
            mentions: docs
                .iter()
                .map(|&d| story_core::Mention {
                    doc: story_core::DocNo::at(d),
                    sentence: 0,
                    text: name.to_string(),
                    start: 0,
                    end: 0,
                })
                .collect(),
        };
        let leaflets = "Leaflets are to be sent to every home in the country, officials said.";
        let several = Known::of_story(&docs, &[place("Peru", &[0, 1, 3]), place("Chile", &[2, 3])]);
        assert!(!stands_alone_in(leaflets, &several));
        // Said of a place the statement names, it says which.
        assert!(stands_alone_in(
            "The Chilean cases were recorded at opposite ends of the country.",
            &several
        ));
        assert!(stands_alone_in(
            "Schools across Peru have closed, and the country braced for more rain.",
            &several
        ));
        // Inside a quotation, the speaker's country.
        assert!(stands_alone_in(
            "\"We will rebuild the country,\" President Ana Ruiz said.",
            &several
        ));
        // A story of one place: Peru named in every article.
        let one = Known::of_story(&docs, &[place("Peru", &[0, 1, 2, 3])]);
        assert!(stands_alone_in(leaflets, &one));
    }

    #[test]
    fn a_thing_after_an_opening_phrase_or_a_place_from_here_was_named_before() {
        let known = Known::with(&["dam"]);
        let alone = |s: &str| stands_alone_in(s, &known);
        // Which poll's count, which angst, a mile from where? A sentence before said.
        for s in [
            "In another poll, the number of those who trust the council fell below half.",
            "In that case, the angst was a result of a long and costly war.",
            "About a mile away, a large crowd of farmers gathered for a rally.",
            "Nearby, rescuers pulled two people from the rubble of a school.",
            "Up until now it has remained a disease of birds.",
            "Monday's ruling came in the most closely watched of the cases.",
        ] {
            assert!(!alone(s), "{s}");
        }
        // An opening phrase that names or dates something, a subject the story knows, a
        // subject with a name: each says which.
        for s in [
            "In the 1952 flood, the first wave was the worst.",
            "After the storm, the dam held for three more days.",
            "On Monday, the mayor of Ashford opened two shelters.",
            "In the valley, Ashford council opened two shelters.",
            "Until now the dam has held through every flood.",
            "Monday's dam inspection found two cracks.",
        ] {
            assert!(alone(s), "{s}");
        }
    }

    #[test]
    fn a_speakers_words_over_several_sentences_are_not_the_articles() {
        let sentences = |texts: &[&str]| -> Vec<story_core::Sentence> {
            texts
                .iter()
                .map(|t| story_core::Sentence {
                    text: t.to_string(),
                    ..Default::default()
                })
                .collect()
        };
        // A quotation opened and left open: its sentences are the speaker's, named later or
        // before; the last one, closing it, names no one either.
        let quote = sentences(&[
            "The mayor said: \"The dam will hold.",
            "The river is falling.",
            "We are not afraid.\"",
            "Crews worked through the night, officials said.",
        ]);
        assert!(quoted_on(&quote, 1));
        assert!(quoted_on(&quote, 2));
        assert!(!quoted_on(&quote, 3));
        assert!(!quoted_on(&quote, 0));
        // Opened at the start and not closed: the speaker comes after.
        let opened = sentences(&[
            "\"Bridges are down in three places.",
            "Roads are cut,\" she said.",
        ]);
        assert!(quoted_on(&opened, 0));
        // The closing words name the speaker: a reader knows whose they are.
        assert!(!quoted_on(
            &sentences(&[
                "She said: \"The dam will hold.",
                "The river is falling,\" the mayor of Ashford added."
            ]),
            1
        ));
        // A closing mark set apart, as tokenised archives write it (`night. "`, `family,
        // "the firm wrote`), closes: the sentence after is the article's.
        let apart = sentences(&[
            "\"We worked all night. \"",
            "Crews reopened the road on Monday.",
            "\"Our thanks to them and their families, \"the firm wrote on Monday.",
            "The firm's account carried a photograph at the same time.",
        ]);
        assert!(!quoted_on(&apart, 1));
        // A report of its own after an open quotation is the article's.
        let report = sentences(&[
            "She said: \"The dam will hold.",
            "About 500 people are in shelters, according to the council.",
        ]);
        assert!(!quoted_on(&report, 1));
        assert!(!quoted_on(&apart, 3));
        // A whole quotation of its own is not this rule's: the speaker rule reads it.
        assert!(!quoted_on(&sentences(&["\"The dam will hold.\""]), 0));
        assert!(!quoted_on(&quote, 9));
    }

    #[test]
    fn a_thing_spoken_of_as_this_or_those_was_named_before() {
        let known = Known::with(&["dam"]);
        let alone = |s: &str| stands_alone_in(s, &known);
        // Which scenario, drugs, building or sentiments? A sentence before said.
        for s in [
            "Professor Roe casts doubt on this rosy scenario today.",
            "Use of these drugs may make it less likely that the sick pass it on.",
            "That building was burned by the crowd on Friday.",
            "A union leader echoed those sentiments in an interview on Monday.",
            "This is the 17th case of the year in the valley.",
            "Villagers have seen this for years, and they knew what to do.",
        ] {
            assert!(!alone(s), "{s}");
        }
        // A time told from now, people a clause or a participle says, a thing the story
        // knows or the statement names, a speaker's own words, a title: each says which.
        for s in [
            "Ashford council met this week to decide on the repairs.",
            "Aid reached those who fled the valley on Monday.",
            "Shelters were opened for those affected by the flood.",
            "Crews said this dam had held for sixty years.",
            "Villagers built natural defences, and these defences held the river back.",
            "\"This moment has to be turned into a moment of promise,\" the mayor of Ashford said.",
            "The band played its This Is It show in the valley.",
        ] {
            assert!(alone(s), "{s}");
        }
    }

    #[test]
    fn a_share_a_clause_or_a_report_of_a_pronoun_points_back() {
        standing(
            &[
                "Very few cases have been confirmed outside Mexico.",
                "Many schools were closed on Monday.",
                "If the cases are confirmed, they would be the first outside Mexico.",
                "If there is a threat to health, the schools will close.",
                "Experts believe the virus spreads as seasonal flu does.",
                "The company said it would pay for the clean-up.",
                "Dr Rogers said it was more likely that the doctor gave the dose.",
                "Officials said it was too early to tell whether the dam would hold.",
                "None of the bridges was damaged.",
                "Other than the mayor, nobody spoke at the meeting.",
            ],
            &[
                "Very few have died, much less than in a regular flu season.",
                "Many are highly educated with advanced degrees.",
                "Others have stab wounds.",
                "If these are confirmed they would be the first deaths outside Mexico.",
                "When it struck, the city was asleep.",
                "Experts believe it spreads in the same way as seasonal flu.",
                "Health officials said he had been treated in hospital.",
                "None of this is to suggest that the dam will fail tomorrow.",
                "Much of it remains on the runway, unused.",
                "Other performers will include two choirs from the valley.",
            ],
        );
    }

    #[test]
    fn a_dummy_it_points_nowhere() {
        standing(
            &[
                "It is unclear how many homes were flooded.",
                "It's too early to say whether the dam will hold.",
                "It may turn out that the levee was never inspected.",
                "It has been confirmed that two bridges collapsed.",
                "In any case, it is likely that the vote will be delayed.",
                "If the river keeps rising, it will reach the bridge by Friday.",
            ],
            &[
                "It has killed 20 people in the valley.",
                "It is the first flood in the valley since 1990.",
                "It also has the region's largest reservoir.",
                "It contains water from three rivers.",
                "It also recommends that residents boil their water.",
                "It is set to announce new aid for the valley.",
            ],
        );
    }

    #[test]
    fn an_unnamed_person_points_back() {
        standing(
            &[
                "The spokesman for the ministry said the roads would reopen.",
                "The women's team won the final.",
                "Use of these drugs may make it less likely that people pass the virus on.",
                "Twenty of the workers are still missing.",
                // A possessive's noun with its name beside it names them.
                "His brothers Marlon and Tito Rivers arrived in the city on Tuesday.",
                "On Tuesday his brothers Marlon and Tito Rivers arrived in the city.",
                "The mayor said the roads would reopen.",
                // A person's noun that modifies another is no person.
                "On Friday the official government death toll from the flood rose to 110.",
                "The family home was searched by the police.",
                "The first shipment of grain arrived at the port on Monday.",
                "Today it is unclear whether the levee will hold.",
                "Today the council said the levee would hold.",
                "Protesters who had gathered in the square since early morning, many of them students, left.",
            ],
            &[
                "The woman, whose house was flooded, is recovering.",
                "The child died in hospital on Tuesday.",
                "The spokesman said the roads would reopen.",
                "The doctor gave him a dose of the drug.",
                "The man fell from the roof of the station.",
                "The 84-year-old woman survivor is being treated in hospital.",
                "On Monday, the officials said the roads would reopen.",
                "In a statement at the White House, he said aid would come.",
                "Loaded with old bottles and cans of every size from the market, they queue at the tap.",
                "The first stipulates that the deputy takes over.",
                "The latter was closed on Monday.",
                "Today it is set to announce new aid for the valley.",
                "Today it will announce new aid for the valley.",
                "Yesterday they said the levee would hold.",
            ],
        );
    }

    #[test]
    fn a_quotation_stands_alone_by_its_speaker() {
        standing(
            &[
                "“We will rebuild the bridge,” Mayor Ruiz said.",
                "\"They have done nothing,\" said Ana Ruiz, the mayor.",
                "“The dam held,” the ministry of water said.",
            ],
            &[
                "“We will rebuild the bridge,” she said.",
                "\"The dam held,\" said the spokesman.",
                "“They have done nothing.”",
                // The full stop after the closing mark is no speaker.
                "\"On the request of the city council\".",
            ],
        );
    }

    #[test]
    fn a_phrase_that_opens_like_a_connective_stays() {
        check(
            "In addition to closing the roads, the council shut the old bridge.",
            Some("In addition to closing the roads, the council shut the old bridge."),
        );
    }

    #[test]
    fn openings_that_lean_on_the_sentence_before() {
        // Connectives go, and the statement stands on its own.
        check(
            "Alternatively, the ferry may have left the harbour earlier than reported.",
            Some("The ferry may have left the harbour earlier than reported."),
        );
        check(
            "Also as of 26 May, the ministry has reported 18 confirmed cases.",
            Some("As of 26 May, the ministry has reported 18 confirmed cases."),
        );
        check(
            "Similarly, one may expect the network of depots to keep growing.",
            Some("One may expect the network of depots to keep growing."),
        );
        // `But`, `And`, `Moreover` join whatever follows, a comma or not.
        check(
            "But experts are saying the real jobless rate is higher than reported.",
            Some("Experts are saying the real jobless rate is higher than reported."),
        );
        check(
            "Moreover officials expect the river to rise again tonight.",
            Some("Officials expect the river to rise again tonight."),
        );
        check(
            "But for the levee, the town would have flooded on Monday.",
            Some("But for the levee, the town would have flooded on Monday."),
        );
        // `Earlier`, `Later` with their time: a phrase the sentence needs.
        check(
            "Earlier this week, police arrested two men in the old town.",
            Some("Earlier this week, police arrested two men in the old town."),
        );
        check(
            "Yet earlier this week, Jo Park thought he had avoided the virus.",
            Some("Earlier this week, Jo Park thought he had avoided the virus."),
        );
        check(
            "Earlier, police arrested two men in the old town.",
            Some("Police arrested two men in the old town."),
        );
        standing(
            &[
                "Jordan, the smallest of the three, has closed its border.",
                "Yesterday, the council voted to close the bridge.",
                "The former minister of finance denied the report.",
                "The council of elders met on Monday.",
            ],
            &[
                // A quotation with nobody after it: whose words?
                "“The dam will hold through the winter.”",
                // A name called out, as in a transcript.
                "Well, Maria, it's 3:30 in the morning and the streets are quiet.",
                "Peter, thousands of people are still in the square tonight.",
                // `Here`, and an unnamed person however described.
                "Here was the grave of the first victim of the flood.",
                "The former stewardess has worked for the agency for 20 years.",
                // A share of a group named before, and a group of people unnamed.
                "Forty of them are working alongside the rescuers in the capital.",
                "Most of those were moved to the school on Monday.",
                "His brothers arrived in the city on Tuesday.",
                "Her son said he had heard her cries on Thursday morning.",
                "On Tuesday his brothers arrived in the city.",
                "Some of them have set up barricades outside the museum.",
                "The journalists work for a newspaper and a television channel.",
                "The 25-year-old Mexican man died in hospital on Monday.",
            ],
        );
        // Told of someone unnamed, not of a pronoun: events still rank it as a happening.
        assert!(of_an_unnamed_person(
            "The 25-year-old Mexican man died in hospital."
        ));
        assert!(of_an_unnamed_person(
            "The woman had arrived from the coast."
        ));
        assert!(!of_an_unnamed_person("She had arrived from the coast."));
        assert!(!of_an_unnamed_person(
            "The spokesman for the ministry said so."
        ));
        assert!(!of_an_unnamed_person("The council met on Monday."));
    }

    #[test]
    fn a_readers_or_columnists_voice_does_not_tell() {
        for voice in [
            "Ever since the attacks, I have been arguing that the war is wrong.",
            "So today the ministry reports that the worst is over; and we are told to relax.",
            "Let the borders be wide open.",
            "Is the council to blame for the flood?",
            "When I was back in London on 7 July, I raced into the office.",
            "As you know, the attacks in 2001 were tracked down to a laboratory.",
            "If your flight was cancelled on Monday, claim a refund.",
        ] {
            assert!(!tells(voice), "{voice}");
        }
        for report in [
            "The council voted to close the bridge on Monday.",
            "“We will rebuild,” the mayor said on Tuesday.",
            "The US confirmed 91 cases on Tuesday.",
            "\"Our hospitals are full,\" a doctor told the BBC.",
            "\"You will see us rebuild,\" the mayor told residents on Tuesday.",
        ] {
            assert!(tells(report), "{report}");
        }
    }

    #[test]
    fn unmatched_quotation_marks_go() {
        check(
            "“The water came so fast we had no time to take anything.",
            Some("The water came so fast we had no time to take anything."),
        );
        check(
            "“Furthermore, the water came so fast we had no time to take anything.",
            Some("The water came so fast we had no time to take anything."),
        );
        check(
            "“The water came so fast,” she said on Monday.",
            Some("“The water came so fast,” she said on Monday."),
        );
        // A second quotation that runs on into the next sentence is closed at the end.
        check(
            "\"Without the new levee,\" he said, \"the lower town floods every spring.",
            Some("\"Without the new levee,\" he said, \"the lower town floods every spring.\""),
        );
        check(
            "“Without the new levee,” he said, “the lower town floods every spring.",
            Some("“Without the new levee,” he said, “the lower town floods every spring.”"),
        );
        check(
            "The mayor said: \"The lower town floods every spring.",
            Some("The mayor said: \"The lower town floods every spring.\""),
        );
        // Marks that cannot be mended leave no statement.
        check(
            "Without the new levee,\" he said, \"the lower town floods every spring.",
            None,
        );
        check(
            "The mayor said, ` the lower town floods every spring.",
            None,
        );
    }

    #[test]
    fn a_transcripts_speaker_label_is_not_the_statement() {
        check(
            "MORALES: Thousands of people marched to the harbour this evening.",
            Some("Thousands of people marched to the harbour this evening."),
        );
        check(
            "DANA REYES, COURIER CORRESPONDENT: The harbour was closed on Monday.",
            Some("The harbour was closed on Monday."),
        );
        // Not a heading's words before a colon in running text.
        check(
            "The mayor had one message: the harbour stays open all winter.",
            Some("The mayor had one message: the harbour stays open all winter."),
        );
    }

    #[test]
    fn a_clause_after_a_connective_is_no_statement() {
        check(
            "and that the council is widely mistrusted on its reporting of flood risks.",
            None,
        );
        check(
            "And the council is widely mistrusted on its reporting of flood risks.",
            Some("The council is widely mistrusted on its reporting of flood risks."),
        );
        check(
            "Police guard the harbour hotel where the man stayed About 300 guests at the hotel \
             have been kept inside since Sunday.",
            Some("About 300 guests at the hotel have been kept inside since Sunday."),
        );
    }

    #[test]
    fn never_cut_inside_an_aside_or_a_list() {
        let long = "To speed up the deliveries of food and water, the army is now flying into \
                    three airfields in the region - Northport and Eastvale on the coast, and \
                    Millbrook and Stonecross further inland in the hills.";
        // The only clause boundary lies inside the list the hyphen opens: nothing is cut.
        assert_eq!(statement(long, 0).as_deref(), Some(long));
        let list = "The review says the regional plan for flood defence without a large new \
                    budget for gauges, pumps and sea walls, trained crews, and fresh maps of the \
                    lower valley belongs with the failed plans of the past decade.";
        // `, and` ends a list there: cut, the sentence would lose its verb.
        assert_eq!(statement(list, 0).as_deref(), Some(list));
        assert_eq!(
            clause_statement(list, list.find(", and fresh").unwrap()),
            None
        );
    }
}
