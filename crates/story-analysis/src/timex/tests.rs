//! The tagger, case by case: `check(text, dct, [(extent, type, value)])`.

use super::*;

fn check(text: &str, dct: Option<&str>, expected: &[(&str, &str, Option<&str>)]) {
    let ctx = Context {
        dct: dct.and_then(Date::parse_iso),
        approximate: false,
    };
    let got: Vec<(String, &str, Option<String>)> = tag(text, &ctx)
        .into_iter()
        .map(|t| (t.text, t.kind.as_str(), t.value))
        .collect();
    let expected: Vec<(String, &str, Option<String>)> = expected
        .iter()
        .map(|(t, k, v)| (t.to_string(), *k, v.map(str::to_string)))
        .collect();
    assert_eq!(got, expected, "tagging {text:?}");
}

const DCT: Option<&str> = Some("2025-04-18"); // a Friday

#[test]
fn absolute_dates() {
    check(
        "It happened on September 11, 2001 in New York.",
        None,
        &[("September 11, 2001", "DATE", Some("2001-09-11"))],
    );
    check(
        "On 11 September 2001 planes struck.",
        None,
        &[("11 September 2001", "DATE", Some("2001-09-11"))],
    );
    check(
        "The attack in March 2024 killed 145.",
        None,
        &[("March 2024", "DATE", Some("2024-03"))],
    );
    check(
        "They took power in August of 2021.",
        None,
        &[("August of 2021", "DATE", Some("2021-08"))],
    );
    check(
        "It was designated in 2003.",
        None,
        &[("2003", "DATE", Some("2003"))],
    );
    check(
        "Delegations came in 2022 and 2024.",
        None,
        &[
            ("2022", "DATE", Some("2022")),
            ("2024", "DATE", Some("2024")),
        ],
    );
    check(
        "Published 2025-04-18.",
        None,
        &[("2025-04-18", "DATE", Some("2025-04-18"))],
    );
    check(
        "After the attacks of 9/11, Moscow agreed.",
        None,
        &[("9/11", "DATE", Some("2001-09-11"))],
    );
    check(
        "Sept. 5, 1972 was dark.",
        None,
        &[("Sept. 5, 1972", "DATE", Some("1972-09-05"))],
    );
}

#[test]
fn numbers_that_are_not_years() {
    check("It killed 2003 people.", None, &[]);
    check("It cost $2024 million.", None, &[]);
    check("Score 9/11/20 and 3/4.", None, &[]);
    check("Room 1200 is closed.", None, &[]);
    check(
        "You may go. It will rain in May.",
        DCT,
        &[("May", "DATE", Some("2025-05"))],
    );
    check(
        "It rained in May.",
        DCT,
        &[("May", "DATE", Some("2024-05"))],
    );
}

#[test]
fn decades_centuries_seasons_parts() {
    check(
        "fighters who battled the Soviet Union during the 1980s.",
        None,
        &[("the 1980s", "DATE", Some("198"))],
    );
    check(
        "In the mid-to-late 1990s, hostility grew.",
        None,
        &[("the mid-to-late 1990s", "DATE", Some("199"))],
    );
    check(
        "Music of the ’90s.",
        None,
        &[("the ’90s", "DATE", Some("199"))],
    );
    check(
        "It was built in the 19th century.",
        None,
        &[("the 19th century", "DATE", Some("18"))],
    );
    check(
        "in the twentieth century",
        None,
        &[("the twentieth century", "DATE", Some("19"))],
    );
    check(
        "they swept back into power in the summer of 2021",
        None,
        &[("the summer of 2021", "DATE", Some("2021-SU"))],
    );
    check(
        "Prices rose in late 2024.",
        None,
        &[("late 2024", "DATE", Some("2024"))],
    );
    check(
        "Talks resumed in early March.",
        DCT,
        &[("early March", "DATE", Some("2025-03"))],
    );
    check(
        "Growth slowed in mid-2023.",
        None,
        &[("mid-2023", "DATE", Some("2023"))],
    );
}

#[test]
fn modifiers_are_recorded() {
    let ctx = Context {
        dct: None,
        approximate: false,
    };
    let t = tag("in the mid-to-late 1990s", &ctx);
    assert_eq!(t[0].modifier.as_deref(), Some("END"));
    let t = tag("late 2024", &ctx);
    assert_eq!(t[0].modifier.as_deref(), Some("END"));
    let t = tag("for over two decades", &ctx);
    assert_eq!(t[0].modifier.as_deref(), Some("MORE_THAN"));
}

#[test]
fn relative_to_the_publication_date() {
    check(
        "The prosecutor asked last month.",
        DCT,
        &[("last month", "DATE", Some("2025-03"))],
    );
    check(
        "Last year, Kazakhstan removed it.",
        DCT,
        &[("Last year", "DATE", Some("2024"))],
    );
    check(
        "Putin declared last July that they were allies.",
        DCT,
        &[("last July", "DATE", Some("2024-07"))],
    );
    check(
        "The diplomat met Lavrov in Moscow in October.",
        DCT,
        &[("October", "DATE", Some("2024-10"))],
    );
    check(
        "In December, the centre announced a survey.",
        DCT,
        &[("December", "DATE", Some("2024-12"))],
    );
    check(
        "In April, the court ruled.",
        DCT,
        &[("April", "DATE", Some("2025-04"))],
    );
    check(
        "On Thursday, the court ruled.",
        DCT,
        &[("Thursday", "DATE", Some("2025-04-17"))],
    );
    check(
        "The court will rule on Monday.",
        DCT,
        &[("Monday", "DATE", Some("2025-04-21"))],
    );
    check(
        "On Thursday, in what will surely rank as odd, the court suspended it.",
        DCT,
        &[("Thursday", "DATE", Some("2025-04-17"))],
    );
    check(
        "Late last week, the court lifted the ban.",
        DCT,
        &[("Late last week", "DATE", Some("2025-W15"))],
    );
    check(
        "It shifted two decades ago.",
        DCT,
        &[("two decades ago", "DATE", Some("200"))],
    );
    check(
        "It rained yesterday and today.",
        DCT,
        &[
            ("yesterday", "DATE", Some("2025-04-17")),
            ("today", "DATE", Some("2025-04-18")),
        ],
    );
    check(
        "They now run the country.",
        DCT,
        &[("now", "DATE", Some("PRESENT_REF"))],
    );
    check(
        "The talks will resume next year.",
        DCT,
        &[("next year", "DATE", Some("2026"))],
    );
    check(
        "The vote is due next March.",
        DCT,
        &[("next March", "DATE", Some("2026-03"))],
    );
    check(
        "It was agreed last Thursday.",
        DCT,
        &[("last Thursday", "DATE", Some("2025-04-17"))],
    );
    check(
        "He spoke this morning.",
        DCT,
        &[("this morning", "TIME", Some("2025-04-18TMO"))],
    );
}

#[test]
fn relative_without_a_date_has_no_value() {
    check(
        "The prosecutor asked last month.",
        None,
        &[("last month", "DATE", None)],
    );
    check(
        "On Thursday, the court ruled.",
        None,
        &[("Thursday", "DATE", None)],
    );
    check("It rained in October.", None, &[("October", "DATE", None)]);
}

#[test]
fn durations_and_sets() {
    check(
        "for over two decades, the line held",
        None,
        &[("over two decades", "DURATION", Some("P2DE"))],
    );
    check(
        "snuffed out this two-decade designation",
        None,
        &[("two-decade", "DURATION", Some("P2DE"))],
    );
    check(
        "shifted drastically over the last two decades.",
        None,
        &[("the last two decades", "DURATION", Some("P2DE"))],
    );
    check(
        "If the last few years have shown anything",
        None,
        &[("the last few years", "DURATION", Some("PXY"))],
    );
    check(
        "decades of sectarian tension",
        None,
        &[("decades", "DURATION", Some("PXDE"))],
    );
    check(
        "It took three months and 48 hours.",
        None,
        &[
            ("three months", "DURATION", Some("P3M")),
            ("48 hours", "DURATION", Some("PT48H")),
        ],
    );
    check("for a year", None, &[("a year", "DURATION", Some("P1Y"))]);
    check(
        "The forum meets every year; reports come out annually.",
        None,
        &[
            ("every year", "SET", Some("P1Y")),
            ("annually", "SET", Some("P1Y")),
        ],
    );
    check(
        "since 2016 when talks began",
        None,
        &[("2016", "DATE", Some("2016"))],
    );
}

#[test]
fn spans_are_in_characters() {
    let ctx = Context {
        dct: None,
        approximate: false,
    };
    let text = "Ça a eu lieu — “en 2003”.";
    let t = tag(text, &ctx);
    assert_eq!(t.len(), 1);
    let chars: Vec<char> = text.chars().collect();
    let span: String = chars[t[0].start as usize..t[0].end as usize]
        .iter()
        .collect();
    assert_eq!(span, "2003");
}

#[test]
fn approximate_when_the_date_was_inferred() {
    let ctx = Context {
        dct: Date::parse_iso("2025-04-18"),
        approximate: true,
    };
    let t = tag("last month, in 2003", &ctx);
    assert!(t[0].approximate);
    assert!(!t[1].approximate);
}

#[test]
fn odd_input_never_panics() {
    let ctx = Context {
        dct: Date::parse_iso("0001-01-01"),
        approximate: false,
    };
    for text in [
        "",
        "-",
        "the",
        "last",
        "9/",
        "9/11/",
        "mid-",
        "mid-to-",
        "the 0s",
        "99999999999999 years ago",
        "the 0th century",
        "last week",
        "two decades ago",
        "Monday",
        "9999-12-31",
        "next year",
        "the summer",
        "last winter",
    ] {
        let _ = tag(text, &ctx);
    }
    let ctx = Context {
        dct: Date::parse_iso("9999-12-31"),
        approximate: false,
    };
    for text in [
        "next year",
        "next week",
        "tomorrow",
        "next month",
        "next Monday",
        "next century",
    ] {
        let _ = tag(text, &ctx);
    }
}
