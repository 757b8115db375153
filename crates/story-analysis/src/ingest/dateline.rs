//! Datelines: `LONDON/HOUSTON (Reuters) -`, `MARRAKECH, Morocco (AP) —`, `WASHINGTON —`,
//! with the page stamp some sites put before them (`MEXICO CITY | Fri Apr 24, 2009 7:50 pm
//! EDT`). A dateline is metadata: where the report was filed and the agency that filed it.
//! It comes off the first sentence, so it is never read as a mention or put in a label.

use story_core::Dateline;

use crate::gazetteer;
use crate::timex::{MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS};

/// Dashes that close a dateline.
const DASHES: &[&str] = &[" -- ", " — ", " – ", " - ", "— ", "– ", " —", " –"];

/// Words of a page stamp before the dateline proper: weekdays, months, dates, times, zones.
fn is_stamp_word(w: &str) -> bool {
    let bare = w.trim_matches(|c: char| matches!(c, ',' | '|' | '.'));
    let lower = bare.to_ascii_lowercase();
    // Weekday abbreviations, clock words and the stamps' own words; month and weekday names
    // are the time tagger's.
    const WORDS: &[&str] = &[
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "sept",
        "am",
        "pm",
        "a.m",
        "p.m",
        "updated",
        "published",
    ];
    bare.is_empty()
        || WORDS.contains(&lower.as_str())
        || MONTHS.contains(&lower.as_str())
        || MONTH_ABBREVIATIONS.contains(&lower.as_str())
        || WEEKDAYS.contains(&lower.as_str())
        || bare.chars().all(|c| c.is_ascii_digit() || c == ':')
        || is_clock_time(&lower)
        || is_zone(bare)
}

/// `7:50`, `7:50pm`, `10.20am`.
fn is_clock_time(lower: &str) -> bool {
    let t = lower.trim_end_matches("am").trim_end_matches("pm");
    t.contains([':', '.'])
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.'))
}

/// `EDT`, `GMT`, `BST`, `ET`: two to four capitals.
fn is_zone(w: &str) -> bool {
    (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// A page stamp opening a line (`Mon Apr 27, 2009 11:34 pm BST Officials said …`): the
/// byte offset where the text after it starts. A stamp has a year and a clock time, and only
/// stamp words.
pub(super) fn leading_stamp(line: &str) -> Option<usize> {
    let mut year = false;
    let mut clock = false;
    let mut after_clock = false;
    for (words, (at, w)) in word_spans(line).enumerate() {
        let bare = w.trim_matches(|c: char| matches!(c, ',' | '|' | '.'));
        let lower = bare.to_ascii_lowercase();
        // A zone only after the clock (`11:34 pm BST`), not an upper-case word of the text.
        let stray_zone = is_zone(bare) && !after_clock;
        after_clock = is_clock_time(&lower) || matches!(lower.as_str(), "am" | "pm");
        if !is_stamp_word(w) || stray_zone || words >= 10 {
            // A zone may only follow a clock time, and the text must go on with a capital.
            return (year && clock && w.starts_with(char::is_uppercase)).then_some(at);
        }
        year |= bare.len() == 4 && bare.chars().all(|c| c.is_ascii_digit());
        clock |= is_clock_time(&lower);
    }
    None
}

/// A page stamp inside one of a page's first lines, where the page ran its headline or
/// standfirst, the stamp and the story's first paragraph together (`… destroyed weapons
/// years before invasion Thursday 13 January 2005 03.10 GMT The US investigators …`): the
/// stamp's byte range. It opens with a weekday, holds a year and a clock time and only
/// stamp words, and ends at its clock (or the zone after it); at least two words come
/// before it, the last of them no word that joins, no comma and no bar (`… was struck on Thursday
/// 13 January 2005 at 03.10 GMT` is the text's own date).
pub(super) fn inner_stamp(line: &str) -> Option<(usize, usize)> {
    const ABBREVIATED: &[&str] = &[
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];
    let words: Vec<(usize, &str)> = word_spans(line).collect();
    for k in 2..words.len() {
        let (at, w) = words[k];
        let lower = w
            .trim_matches(|c: char| matches!(c, ',' | '|' | '.'))
            .to_ascii_lowercase();
        if !(WEEKDAYS.contains(&lower.as_str()) || ABBREVIATED.contains(&lower.as_str())) {
            continue;
        }
        let prev = words[k - 1].1;
        // Nor after a place's bar (`HONG KONG | Mon Apr 27, 2009 …`): a dateline's stamp.
        if !prev
            .ends_with(|c: char| c.is_alphanumeric() || matches!(c, '"' | '”' | '’' | '\'' | ')'))
            || crate::text::STOP_WORDS.contains(&prev.to_lowercase().as_str())
        {
            continue;
        }
        let (mut year, mut clock, mut after_clock) = (false, false, false);
        let mut end = None;
        for &(a, w) in words[k..].iter().take(10) {
            let bare = w.trim_matches(|c: char| matches!(c, ',' | '|' | '.'));
            let lower = bare.to_ascii_lowercase();
            let zone = is_zone(bare);
            if !is_stamp_word(w) || zone && !after_clock {
                break;
            }
            let clocky = is_clock_time(&lower) || matches!(lower.as_str(), "am" | "pm");
            if clocky || zone {
                end = Some(a + w.len());
            }
            after_clock = clocky;
            year |= bare.len() == 4 && bare.chars().all(|c| c.is_ascii_digit());
            clock |= is_clock_time(&lower);
        }
        if let Some(end) = end.filter(|_| year && clock) {
            return Some((at, end));
        }
    }
    None
}

/// The words of a line with their byte offsets.
fn word_spans(line: &str) -> impl Iterator<Item = (usize, &str)> {
    line.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
}

/// A line of nothing but a date and time (`March 2, 2024`, `Updated 7:50 pm EDT`): a page
/// stamp, not text.
pub(super) fn is_stamp_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| is_stamp_word(w))
        && words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// An upper-case place word: `LONDON`, `ST.`, `D.C.`, `RIO`, `N'DJAMENA`.
fn is_caps_word(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 1
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
        && (letters >= 2 || w.ends_with('.'))
}

/// The dateline at the start of `line`, if there is one, and the byte offset where the text
/// after it starts.
pub(super) fn parse(line: &str) -> Option<(Dateline, usize)> {
    // Where the dash that closes the dateline is, within the first 160 bytes.
    let window = &line[..floor_char_boundary(line, 160)];
    let (dash_at, dash) = DASHES
        .iter()
        .filter_map(|d| window.find(d).map(|i| (i, *d)))
        .min_by_key(|(i, _)| *i)?;
    let head = line[..dash_at].trim();
    let rest_at = dash_at + dash.len();
    let rest = line[rest_at..].trim_start();
    if !rest.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '"' | '“' | '\'' | '‘')) {
        return None;
    }
    // `(Agency)` just before the dash.
    let (before_agency, agency) = match head.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        Some((before, agency)) => {
            let agency = agency.trim();
            let words = agency.split_whitespace().count();
            if !(1..=4).contains(&words)
                || !agency.starts_with(|c: char| c.is_uppercase())
                || agency.contains(['(', ')'])
            {
                return None;
            }
            (before.trim(), Some(agency.to_string()))
        }
        None => (head, None),
    };
    // The place: the last run of upper-case words, with an optional `, Region` or
    // `, Month day` after it; anything before it must be a page stamp.
    let (place_part, region) = match before_agency.split_once(", ") {
        Some((p, r)) if !r.is_empty() && r.split_whitespace().count() <= 3 => (p, Some(r)),
        _ => (before_agency, None),
    };
    let words: Vec<&str> = place_part.split_whitespace().collect();
    let mut caps = words.iter().rev().take_while(|w| is_caps_place(w)).count();
    // A zone after a clock time belongs to the stamp (`7:50 pm EDT MEXICO CITY`).
    while caps > 0 {
        let first = words.len() - caps;
        let after_time = first > 0 && {
            let prev = words[first - 1].to_ascii_lowercase();
            is_clock_time(&prev) || matches!(prev.as_str(), "am" | "pm" | "a.m." | "p.m.")
        };
        if after_time && is_zone(words[first]) {
            caps -= 1;
        } else {
            break;
        }
    }
    let (stamp, place_words) = words.split_at(words.len() - caps);
    // A byline may stand between the page stamp and the place (`By Maggie Fox, Health and
    // Science Editor WASHINGTON (Reuters) -`): it is the writer's, not text either.
    let byline_at = stamp.iter().position(|w| matches!(*w, "By" | "BY"));
    let (stamp, byline) = match byline_at {
        Some(i) if is_byline(&stamp[i..]) => stamp.split_at(i),
        _ => (stamp, &[][..]),
    };
    if !stamp.iter().all(|w| is_stamp_word(w) || is_caps_place(w))
        || (!byline.is_empty() && place_words.is_empty() && agency.is_none())
    {
        return None;
    }
    if let Some(r) = region {
        let ok = r
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        if !ok {
            return None;
        }
    }
    let place = place_words.join(" ");
    let places: Vec<String> = place
        .split('/')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    if agency.is_none() {
        // Without an agency, only a known place (or a place with its region) and a long
        // dash make a dateline: `SYMPTOMS - ` does not.
        let known = places.iter().all(|p| gazetteer::is_place_name(p));
        if places.is_empty() || !(known || region.is_some()) || dash.trim() == "-" {
            return None;
        }
    }
    if places.is_empty() && agency.is_none() {
        return None;
    }
    // The dateline as written, without the page stamp.
    let mut text = place.clone();
    if let Some(r) = region {
        text.push_str(", ");
        text.push_str(r);
    }
    if let Some(a) = &agency {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!("({a})"));
    }
    text.push(' ');
    text.push_str(dash.trim());
    Some((
        Dateline {
            text,
            places,
            agency,
        },
        line.len() - rest.len(),
    ))
}

/// A word of an upper-case place, places joined by `/` included (`LONDON/HOUSTON`).
/// `By Alistair Bell and Noel Randewich`, `By Ned Parker, Los Angeles Times Staff Writer`:
/// `By`, then at most twelve words, each a capitalised word (a name, an initial, a title) or
/// a small joining word, ending on a capitalised one.
fn is_byline(words: &[&str]) -> bool {
    const JOINING: &[&str] = &["and", "&", "of", "the", "for", "de", "van", "von", "al"];
    let Some((by, rest)) = words.split_first() else {
        return false;
    };
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    matches!(*by, "By" | "BY")
        && (2..=12).contains(&rest.len())
        && rest.iter().all(|w| {
            let bare = w.trim_end_matches(',');
            capitalised(bare) || JOINING.contains(&bare)
        })
        && rest
            .last()
            .is_some_and(|w| capitalised(w) && !w.ends_with(','))
}

fn is_caps_place(w: &str) -> bool {
    w.split('/').all(|p| !p.is_empty() && is_caps_word(p))
}

fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut i = at.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expected: Option<(&str, &[&str], Option<&str>, &str)>) {
        let got = parse(line).map(|(d, at)| (d, &line[at..]));
        match (got, expected) {
            (None, None) => {}
            (Some((d, rest)), Some((text, places, agency, want_rest))) => {
                assert_eq!(d.text, text, "{line:?}");
                assert_eq!(d.places, places, "{line:?}");
                assert_eq!(d.agency.as_deref(), agency, "{line:?}");
                assert_eq!(rest, want_rest, "{line:?}");
            }
            (got, want) => panic!("{line:?}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn datelines_with_agencies_places_and_page_stamps() {
        check(
            "LONDON/HOUSTON (Reuters) - The company said.",
            Some((
                "LONDON/HOUSTON (Reuters) -",
                &["LONDON", "HOUSTON"],
                Some("Reuters"),
                "The company said.",
            )),
        );
        check(
            "MARRAKECH, Morocco (AP) — A strong earthquake struck.",
            Some((
                "MARRAKECH, Morocco (AP) —",
                &["MARRAKECH"],
                Some("AP"),
                "A strong earthquake struck.",
            )),
        );
        check(
            "MEXICO CITY | Fri Apr 24, 2009 7:50 pm EDT MEXICO CITY (Reuters) - A strain of flu.",
            Some((
                "MEXICO CITY (Reuters) -",
                &["MEXICO CITY"],
                Some("Reuters"),
                "A strain of flu.",
            )),
        );
        check(
            "Tue Apr 28, 2009 9:03 pm BST (Reuters) - Officials said.",
            Some(("(Reuters) -", &[], Some("Reuters"), "Officials said.")),
        );
        check(
            "WASHINGTON — The Senate voted.",
            Some(("WASHINGTON —", &["WASHINGTON"], None, "The Senate voted.")),
        );
        check(
            "NEW YORK -- Shares fell.",
            Some(("NEW YORK --", &["NEW YORK"], None, "Shares fell.")),
        );
        check(
            "WASHINGTON (CNN) - The president spoke.",
            Some((
                "WASHINGTON (CNN) -",
                &["WASHINGTON"],
                Some("CNN"),
                "The president spoke.",
            )),
        );
    }

    #[test]
    fn a_byline_between_the_stamp_and_the_place() {
        check(
            "By Alistair Bell and Noel Randewich MEXICO CITY (Reuters) - A strain of flu.",
            Some((
                "MEXICO CITY (Reuters) -",
                &["MEXICO CITY"],
                Some("Reuters"),
                "A strain of flu.",
            )),
        );
        check(
            "By Maggie Fox, Health and Science Editor WASHINGTON (Reuters) - Officials said.",
            Some((
                "WASHINGTON (Reuters) -",
                &["WASHINGTON"],
                Some("Reuters"),
                "Officials said.",
            )),
        );
        check(
            "By Ned Parker, Los Angeles Times Staff Writer BAGHDAD -- Gunmen attacked.",
            Some(("BAGHDAD --", &["BAGHDAD"], None, "Gunmen attacked.")),
        );
        // Not a byline: running text, a lower-case word, or a byline with no place or agency.
        check("By Monday the river had fallen - most of it.", None);
        check("By then it was over WASHINGTON - said.", None);
        check("By Dana Reyes - The council voted.", None);
    }

    #[test]
    fn page_stamps_before_text() {
        let line = "Mon Apr 27, 2009 11:34 pm BST Officials said the virus spread.";
        assert_eq!(
            leading_stamp(line).map(|at| &line[at..]),
            Some("Officials said the virus spread.")
        );
        // A date in running text, no clock time, or nothing after it: no stamp.
        assert_eq!(leading_stamp("April 27, 2009 was a Monday."), None);
        assert_eq!(leading_stamp("On Monday the WHO met."), None);
        assert_eq!(leading_stamp("Mon Apr 27, 2009 11:34 pm BST"), None);
        let line = "Mon Apr 27, 2009 11:34 pm BST LAS VEGAS was quiet.";
        assert_eq!(
            leading_stamp(line).map(|at| &line[at..]),
            Some("LAS VEGAS was quiet.")
        );
    }

    #[test]
    fn a_stamp_run_in_after_a_headline() {
        let stamp = |line: &str| inner_stamp(line).map(|(a, b)| line[a..b].to_string());
        assert_eq!(
            stamp("Dam plan is dropped Ferries return to the island Thursday 13 January 2005 03.10 GMT The council said."),
            Some("Thursday 13 January 2005 03.10 GMT".to_string())
        );
        assert_eq!(
            stamp("Flood waters recede in the valley Tue Apr 28, 2009 9:03 pm BST"),
            Some("Tue Apr 28, 2009 9:03 pm BST".to_string())
        );
        // The text's own date: after a word that joins, after a comma, or with no clock.
        assert_eq!(
            stamp("The dam failed on Thursday 13 January 2005 03.10 GMT."),
            None
        );
        assert_eq!(
            stamp("The dam failed late, Thursday 13 January 2005 03.10 GMT."),
            None
        );
        assert_eq!(
            stamp("Dam plan is dropped Thursday 13 January 2005 The council said."),
            None
        );
        assert_eq!(
            stamp("HONG KONG | Mon Apr 27, 2009 4:19 am BST HONG KONG (Reuters) - Rain."),
            None
        );
        // A stamp opening the line is `leading_stamp`'s.
        assert_eq!(
            stamp("Thursday 13 January 2005 03.10 GMT The council said."),
            None
        );
    }

    #[test]
    fn what_is_not_a_dateline() {
        // A capitalised word and a hyphen, an unknown word with a long dash.
        check("SYMPTOMS - Fever and a cough.", None);
        check("TRUTH — nobody knows.", None);
        // Ordinary sentences with dashes and brackets.
        check("The vote - a close one - passed.", None);
        check("Officials (who declined to be named) - said so.", None);
        check("He said (Reuters) - ", None);
        check("", None);
        check("—", None);
    }
}
