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
    // Without the apostrophe, two digits are a number range, not a decade.
    check(
        "Temperatures in the low 30s and then in the 40s along the shore.",
        None,
        &[],
    );
    check("His approval rating is in the 20s.", None, &[]);
    check(
        "Settlers came in the mid 1800s.",
        None,
        &[("the mid 1800s", "DATE", Some("18"))],
    );
    check(
        "Prices doubled in the 2000s.",
        None,
        &[("the 2000s", "DATE", Some("200"))],
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
    // Capitalised after a word, `Today` is a name (a programme, a newspaper); at a sentence's
    // start or in a sentence in capitals it is the day.
    check("The coach talked to USA Today before the match.", DCT, &[]);
    check("The Today programme's host was frantic.", DCT, &[]);
    check("Murray told Today's host he was not distracted.", DCT, &[]);
    check(
        "Today the council met.",
        DCT,
        &[("Today", "DATE", Some("2025-04-18"))],
    );
    check(
        "EGYPT TELLS YOU THAT TODAY.",
        DCT,
        &[("TODAY", "DATE", Some("2025-04-18"))],
    );
    // The day as the present or past of a remark, not a day of the calendar.
    check(
        "The town will never go back to what it was yesterday.",
        DCT,
        &[("yesterday", "DATE", Some("PAST_REF"))],
    );
    check(
        "Today is the valley, tomorrow might be the coast.",
        DCT,
        &[
            ("Today", "DATE", Some("PRESENT_REF")),
            ("tomorrow", "DATE", Some("FUTURE_REF")),
        ],
    );
    check(
        "Today it is about the valley.",
        DCT,
        &[("Today", "DATE", Some("PRESENT_REF"))],
    );
    check(
        "The only jobs today are in the service sector.",
        DCT,
        &[("today", "DATE", Some("PRESENT_REF"))],
    );
    check("He told USA Today is where he reads the news.", DCT, &[]);
    for (era, word) in [
        (
            "Given the state of today's financial markets, the plan is essential.",
            "today",
        ),
        (
            "Today's young people read the news on their phones.",
            "Today",
        ),
        ("Nothing in today's society is built to last.", "today"),
    ] {
        check(era, DCT, &[(word, "DATE", Some("PRESENT_REF"))]);
    }
    for (day, word) in [
        ("Today's meeting of the council was short.", "Today"),
        (
            "The markets of the valley closed early after today's vote.",
            "today",
        ),
        ("The world heard of today's talks from the envoys.", "today"),
    ] {
        check(day, DCT, &[(word, "DATE", Some("2025-04-18"))]);
    }
    check(
        "Figures released today are the highest of the year.",
        DCT,
        &[("today", "DATE", Some("2025-04-18"))],
    );
    check(
        "Today it is set to announce new aid.",
        DCT,
        &[("Today", "DATE", Some("2025-04-18"))],
    );
    check(
        "The mayor said today is a holiday for voters.",
        DCT,
        &[("today", "DATE", Some("2025-04-18"))],
    );
    check(
        "The council meets today and votes on the plan tomorrow.",
        DCT,
        &[
            ("today", "DATE", Some("2025-04-18")),
            ("tomorrow", "DATE", Some("2025-04-19")),
        ],
    );
    check(
        "The council met today and the river was high yesterday.",
        DCT,
        &[
            ("today", "DATE", Some("2025-04-18")),
            ("yesterday", "DATE", Some("2025-04-17")),
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
        "at 2400 GMT (0000 GMT 1 January 0001)",
        "12:60 p.m.",
        "99:99",
        "at 1930 CDT (",
        "a.m.",
        "3:",
        "Easter 1000",
        "last Easter",
        "Monday 31 February",
        "1 January: x",
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
        "next Christmas",
        "Friday 31 December: x",
        "at 2330 GMT (0030 BST 1 January 10000)",
    ] {
        let _ = tag(text, &ctx);
    }
}

const FRIDAY: Option<&str> = Some("2010-06-11");

#[test]
fn times_of_day_are_times_never_years() {
    check(
        "The ferry left at 1400 GMT.",
        FRIDAY,
        &[("1400 GMT", "TIME", Some("XXXX-XX-XXT14:00Z"))],
    );
    check(
        "Doors open at 9:15 a.m. and close at 17:45.",
        FRIDAY,
        &[
            ("9:15 a.m.", "TIME", Some("XXXX-XX-XXT09:15")),
            ("17:45", "TIME", Some("XXXX-XX-XXT17:45")),
        ],
    );
    check(
        "Power failed at 1425 local time (1925 GMT).",
        FRIDAY,
        &[
            ("1425 local time", "TIME", Some("XXXX-XX-XXT14:25")),
            ("1925 GMT", "TIME", Some("XXXX-XX-XXT19:25Z")),
        ],
    );
    // A bare reading is a time when the same moment follows in another zone.
    check(
        "The director said that by 1100 (1600 GMT) at least 1,500 bodies were in the morgue.",
        FRIDAY,
        &[
            ("1100", "TIME", Some("XXXX-XX-XXT11:00")),
            ("1600 GMT", "TIME", Some("XXXX-XX-XXT16:00Z")),
        ],
    );
    check(
        "Voting runs from 1400 BST until 2200 BST.",
        FRIDAY,
        &[
            ("1400 BST", "TIME", Some("XXXX-XX-XXT14:00+01")),
            ("2200 BST", "TIME", Some("XXXX-XX-XXT22:00+01")),
        ],
    );
    check(
        "The curfew starts at 1800 CDT, and the guard patrols at 2100 hours.",
        FRIDAY,
        &[
            ("1800 CDT", "TIME", Some("XXXX-XX-XXT18:00-05")),
            ("2100 hours", "TIME", Some("XXXX-XX-XXT21:00")),
        ],
    );
    check(
        "Polls are open from 0700 to 2200 BST.",
        FRIDAY,
        &[
            ("0700", "TIME", Some("XXXX-XX-XXT07:00+01")),
            ("2200 BST", "TIME", Some("XXXX-XX-XXT22:00+01")),
        ],
    );
    check(
        "The fort changed hands from 1400 to 1600.",
        FRIDAY,
        &[("1400", "DATE", Some("1400"))],
    );
    check(
        "The match kicks off at 3pm; the gates shut at noon.",
        FRIDAY,
        &[
            ("3pm", "TIME", Some("XXXX-XX-XXT15:00")),
            ("noon", "TIME", Some("XXXX-XX-XXT12:00")),
        ],
    );
    check(
        "The quake struck at 1930 CDT (0030 GMT 2 June).",
        FRIDAY,
        &[
            ("1930 CDT", "TIME", Some("2010-06-01T19:30-05")),
            ("0030 GMT", "TIME", Some("2010-06-02T00:30Z")),
            ("2 June", "DATE", Some("2010-06-02")),
        ],
    );
    check(
        "The mayor called at 4:10 this afternoon.",
        FRIDAY,
        &[("4:10 this afternoon", "TIME", Some("2010-06-11T16:10"))],
    );
    check(
        "The launch was at 6:12 p.m. EDT (2212 GMT) on Thursday.",
        FRIDAY,
        &[
            ("6:12 p.m. EDT", "TIME", Some("2010-06-10T18:12-04")),
            ("2212 GMT", "TIME", Some("2010-06-10T22:12Z")),
            ("Thursday", "DATE", Some("2010-06-10")),
        ],
    );
    check(
        "Updated 11:58 a.m. (1858 in the capital).",
        FRIDAY,
        &[
            ("11:58 a.m.", "TIME", Some("XXXX-XX-XXT11:58")),
            ("1858", "TIME", Some("XXXX-XX-XXT18:58")),
        ],
    );
}

#[test]
fn four_digit_numbers_that_are_not_years() {
    check("About 1500 people marched.", FRIDAY, &[]);
    check("Nearly 1200 workers were laid off.", FRIDAY, &[]);
    check("The index closed at 1844.25 points.", FRIDAY, &[]);
    check("The meeting is at 1930.", FRIDAY, &[]);
    // Ratios: a count, `in` and a round number.
    check("The risk of dying was put at 1 in 1000.", FRIDAY, &[]);
    check("About one in 2000 patients fell ill.", FRIDAY, &[]);
    check(
        "Two in 2009 and one in 2010 were sold.",
        FRIDAY,
        &[
            ("2009", "DATE", Some("2009")),
            ("2010", "DATE", Some("2010")),
        ],
    );
    check("Verse 14:14 and a 3:2 win.", FRIDAY, &[]);
    // A live page's stamp between two entries run together, years after the article.
    check(
        "The minister said 300 homes were damaged 2032 Gen Jo Park says flights have resumed.",
        FRIDAY,
        &[],
    );
    // A year so far ahead after a word that makes it one.
    check(
        "The plan runs until 2032 The council says.",
        FRIDAY,
        &[("2032", "DATE", Some("2032"))],
    );
    check(
        "They played at 2006's summer fair.",
        FRIDAY,
        &[("2006", "DATE", Some("2006"))],
    );
    check(
        "It was like the original 1998 virus.",
        FRIDAY,
        &[("1998", "DATE", Some("1998"))],
    );
    check(
        "Turnout fell in the 2005 elections.",
        FRIDAY,
        &[("2005", "DATE", Some("2005"))],
    );
}

#[test]
fn tense_and_modality_point_forward_or_back() {
    // Published Friday 11 June 2010.
    check(
        "Two new pumps are expected to be finished in August.",
        FRIDAY,
        &[("August", "DATE", Some("2010-08"))],
    );
    check(
        "The pumps were finished in August.",
        FRIDAY,
        &[("August", "DATE", Some("2009-08"))],
    );
    check(
        "The governors will meet on Monday.",
        FRIDAY,
        &[("Monday", "DATE", Some("2010-06-14"))],
    );
    check(
        "The singer died on 25 June, aged 50.",
        Some("2010-02-05"),
        &[("25 June", "DATE", Some("2009-06-25"))],
    );
    check(
        "So in February, it wasn't the end.",
        Some("2011-01-30"),
        &[("February", "DATE", Some("2010-02"))],
    );
    // A present passive (`is sentenced`) is no past tense: the date is still to come.
    check(
        "Many of them will be back in a few weeks on 29 November when the doctor is sentenced.",
        Some("2011-11-08"),
        &[
            ("a few weeks", "DURATION", Some("PXW")),
            ("29 November", "DATE", Some("2011-11-29")),
        ],
    );
    // What a decision was to do may lie either side of it: a weekday is a week either way.
    check(
        "The exchange has canceled a decision to reopen the market on Monday.",
        Some("2011-02-06"),
        &[("Monday", "DATE", None)],
    );
    // It speaks for its own clause only.
    check(
        "On Tuesday his brothers, who will sing, defended the decision to hold the event.",
        Some("2011-10-05"),
        &[("Tuesday", "DATE", Some("2011-10-04"))],
    );
    // A list goes on in its clause's tense: the Friday to come, though the saying is past.
    check(
        "The violence \"won't end tomorrow, or Friday, or by the weekend,\" the spokesman said.",
        Some("2011-02-01"),
        &[
            ("tomorrow", "DATE", Some("2011-02-02")),
            ("Friday", "DATE", Some("2011-02-04")),
        ],
    );
    check(
        "The governors met on Monday.",
        FRIDAY,
        &[("Monday", "DATE", Some("2010-06-07"))],
    );
    check(
        "The report is due to be published in September.",
        FRIDAY,
        &[("September", "DATE", Some("2010-09"))],
    );
    check(
        "The ministers are set to sign the pact on 2 July.",
        FRIDAY,
        &[("2 July", "DATE", Some("2010-07-02"))],
    );
    check(
        "The firm plans to list its shares in October.",
        FRIDAY,
        &[("October", "DATE", Some("2010-10"))],
    );
    check(
        "The minister is to visit the port on Tuesday.",
        FRIDAY,
        &[("Tuesday", "DATE", Some("2010-06-15"))],
    );
    // Per clause: the one said (past) on Thursday is about a Monday to come.
    check(
        "The club said on Thursday that it will sell the ground on Monday.",
        FRIDAY,
        &[
            ("Thursday", "DATE", Some("2010-06-10")),
            ("Monday", "DATE", Some("2010-06-14")),
        ],
    );
    check(
        "The vote, which is scheduled for 20 July, was announced in May.",
        FRIDAY,
        &[
            ("20 July", "DATE", Some("2010-07-20")),
            ("May", "DATE", Some("2010-05")),
        ],
    );
    check(
        "Prices have risen since early July.",
        FRIDAY,
        &[("early July", "DATE", Some("2009-07"))],
    );
    check(
        "No vote has been cast since October, and none will be.",
        FRIDAY,
        &[("October", "DATE", Some("2009-10"))],
    );
    // Nothing says: the nearest (a day to come counting double).
    check(
        "Harvest festival in September.",
        FRIDAY,
        &[("September", "DATE", Some("2010-09"))],
    );
    check(
        "Another festival in January.",
        FRIDAY,
        &[("January", "DATE", Some("2010-01"))],
    );
    check(
        "The ballot papers are due in January, officials said.",
        FRIDAY,
        &[("January", "DATE", Some("2011-01"))],
    );
}

#[test]
fn a_weekday_beside_its_date_is_one_expression() {
    check(
        "She was born on Sunday 12 April 1936 in a village.",
        FRIDAY,
        &[("Sunday 12 April 1936", "DATE", Some("1936-04-12"))],
    );
    check(
        "Filed Tuesday 14 March 2006 09.40 GMT.",
        FRIDAY,
        &[
            ("Tuesday 14 March 2006", "DATE", Some("2006-03-14")),
            ("09.40 GMT", "TIME", Some("2006-03-14T09:40Z")),
        ],
    );
    // Without a year: the year in which the day falls on that weekday.
    check(
        "The hearing was on Wednesday, June 16.",
        FRIDAY,
        &[("Wednesday, June 16", "DATE", Some("2010-06-16"))],
    );
    check(
        "The fire started on Tuesday 16 June.",
        FRIDAY,
        &[("Tuesday 16 June", "DATE", Some("2009-06-16"))],
    );
}

#[test]
fn words_that_are_not_dates() {
    check("The fall-out from the vote spread.", FRIDAY, &[]);
    check("The fallout lasted.", FRIDAY, &[]);
    check("The fall in sales was steep.", FRIDAY, &[]);
    check("It may rain, they may march.", FRIDAY, &[]);
    check("The March organisers spoke.", FRIDAY, &[]);
    check("Christmas shopping began early.", FRIDAY, &[]);
    check("AND MAY WE MEET AGAIN.", FRIDAY, &[]);
    check("She taught Sunday school.", FRIDAY, &[]);
    check("He sang on the After Midnight show.", FRIDAY, &[]);
    check(
        "Prices rose in the fall.",
        FRIDAY,
        &[("the fall", "DATE", Some("2009-FA"))],
    );
}

#[test]
fn holidays_and_named_days() {
    check(
        "The shops shut on Easter Monday.",
        FRIDAY,
        &[("Easter Monday", "DATE", Some("2010-04-05"))],
    );
    check(
        "The march was held on Good Friday 1998.",
        FRIDAY,
        &[("Good Friday 1998", "DATE", Some("1998-04-10"))],
    );
    check(
        "The plant will reopen at Easter.",
        FRIDAY,
        &[("Easter", "DATE", Some("2011-04-24"))],
    );
    check(
        "Sales slumped over Christmas.",
        FRIDAY,
        &[("Christmas", "DATE", Some("2009-12-25"))],
    );
    check(
        "The fleet will sail on Christmas Eve.",
        FRIDAY,
        &[("Christmas Eve", "DATE", Some("2010-12-24"))],
    );
    check(
        "Both calls came at Christmas in 2003.",
        FRIDAY,
        &[("Christmas in 2003", "DATE", Some("2003-12-25"))],
    );
    check(
        "Families gather on Thanksgiving 2009.",
        FRIDAY,
        &[("Thanksgiving 2009", "DATE", Some("2009-11-26"))],
    );
    check(
        "The vote came after Memorial Day.",
        FRIDAY,
        &[("Memorial Day", "DATE", Some("2010-05-31"))],
    );
    check(
        "Fireworks lit the sky on Bonfire Night last year.",
        FRIDAY,
        &[
            ("Bonfire Night", "DATE", Some("2009-11-05")),
            ("last year", "DATE", Some("2009")),
        ],
    );
    check("The crowds came on Ghana's Independence Day.", FRIDAY, &[]);
    check(
        "Last Halloween was quiet; next New Year's Eve will not be.",
        FRIDAY,
        &[
            ("Last Halloween", "DATE", Some("2009-10-31")),
            ("next New Year's Eve", "DATE", Some("2010-12-31")),
        ],
    );
}

#[test]
fn easter_by_the_computus() {
    for (year, day) in [
        (1998, "1998-04-12"),
        (2000, "2000-04-23"),
        (2008, "2008-03-23"),
        (2010, "2010-04-04"),
        (2011, "2011-04-24"),
        (2019, "2019-04-21"),
        (2038, "2038-04-25"),
    ] {
        assert_eq!(holidays::easter(year), Date::parse_iso(day), "{year}");
    }
}

fn check_lines(lines: &[&str], dct: &str, expected: &[(&str, &str)]) {
    let ctx = Context {
        dct: Date::parse_iso(dct),
        approximate: false,
    };
    let got: Vec<(String, String)> = tag_sentences(lines.iter().copied(), &ctx)
        .into_iter()
        .flatten()
        .filter(|t| t.kind == TimexType::Date)
        .map(|t| (t.text, t.value.unwrap_or_default()))
        .collect();
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(t, v)| (t.to_string(), v.to_string()))
        .collect();
    assert_eq!(got, expected, "tagging {lines:?}");
}

#[test]
fn a_narrative_of_an_earlier_year_dates_its_days_in_that_year() {
    // A page of 2005 retells 2003: the days told after a date written with its year, a few
    // months from it, are of 2003, also when one such day leads to the next.
    check_lines(
        &[
            "On February 14 2003 the inspector delivered a report to the council.",
            "He followed up on February 28 with a more mixed assessment.",
            "His final report, delivered on March 7, was also ambivalent.",
            "The council met again.",
            "The minister proposed an ultimatum for March 17, but it failed.",
        ],
        "2005-04-27",
        &[
            ("February 14 2003", "2003-02-14"),
            ("February 28", "2003-02-28"),
            ("March 7", "2003-03-07"),
            ("March 17", "2003-03-17"),
        ],
    );
    // Not a day of the present's time: what will happen, a day told by its weekday (which
    // leaves the narrative), a day before the narrative's or far after it, one in a sentence
    // that speaks of now, or one more than three sentences after it.
    check_lines(
        &[
            "The group was banned on 14 February 2003.",
            "The court will rule on 17 April.",
        ],
        "2025-04-10",
        &[
            ("14 February 2003", "2003-02-14"),
            ("17 April", "2025-04-17"),
        ],
    );
    check_lines(
        &[
            "The group was banned on 14 February 2003.",
            "On Monday the court lifted the ban.",
            "The ruling took effect on 1 April.",
        ],
        "2025-04-10",
        &[
            ("14 February 2003", "2003-02-14"),
            ("Monday", "2025-04-07"),
            ("1 April", "2025-04-01"),
        ],
    );
    check_lines(
        &[
            "The singer died in June 2009.",
            "The trial began on 28 March.",
        ],
        "2011-04-10",
        &[("June 2009", "2009-06"), ("28 March", "2011-03-28")],
    );
    check_lines(
        &[
            "In May 2003 a poll found 13% thought the war was going badly.",
            "A poll published on June 17 found 51% now think it was wrong.",
        ],
        "2005-08-12",
        &[
            ("May 2003", "2003-05"),
            ("June 17", "2005-06-17"),
            ("now", "PRESENT_REF"),
        ],
    );
    check_lines(
        &[
            "The group was banned on 14 February 2003.",
            "The ban was lifted on 17 October.",
        ],
        "2025-11-10",
        &[
            ("14 February 2003", "2003-02-14"),
            ("17 October", "2025-10-17"),
        ],
    );
    check_lines(
        &[
            "The group was banned on 14 February 2003.",
            "It appealed.",
            "It lost.",
            "It appealed again.",
            "The ban was lifted on 17 March.",
        ],
        "2025-04-10",
        &[
            ("14 February 2003", "2003-02-14"),
            ("17 March", "2025-03-17"),
        ],
    );
}

#[test]
fn chronology_lines_take_the_year_in_focus() {
    // Published in June: a chronology line of July is this year's, not last year's.
    check_lines(
        &[
            "How the leak unfolded.",
            "3 May: Engineers lower a dome over the leak.",
            "15 July – The flow is stopped.",
            "Aug. 4: Mud is pumped in.",
        ],
        "2010-06-11",
        &[
            ("3 May", "2010-05-03"),
            ("15 July", "2010-07-15"),
            ("Aug. 4", "2010-08-04"),
        ],
    );
    // A chronology of an earlier year, read in the next January.
    check_lines(
        &[
            "The year in review.",
            "2 March 2009: The bank cuts its rate.",
            "9 November: The bank cuts again.",
            "December 18 - The bank holds.",
        ],
        "2011-01-20",
        &[
            ("2 March 2009", "2009-03-02"),
            ("9 November", "2009-11-09"),
            ("December 18", "2009-12-18"),
        ],
    );
    // A heading that states the year.
    check_lines(
        &[
            "2008",
            "14 September: The lender files.",
            "In October, stocks fell.",
        ],
        "2010-06-11",
        &[
            ("2008", "2008"),
            ("14 September", "2008-09-14"),
            ("October", "2009-10"),
        ],
    );
    // tag_text reads the same way.
    let ctx = Context {
        dct: Date::parse_iso("2011-01-20"),
        approximate: false,
    };
    let t = tag_text(
        "2 March 2009: The bank cuts.\n\n9 November: It cuts again.",
        &ctx,
    );
    assert_eq!(t[1].value.as_deref(), Some("2009-11-09"));
}

#[test]
fn what_was_said_would_happen_lies_after_the_saying() {
    // News tells of a saying within weeks: what it said would happen lies after that.
    check(
        "Mubarak announced he would not seek re-election in September.",
        Some("2011-02-01"),
        &[("September", "DATE", Some("2011-09"))],
    );
    check(
        "He said he wouldn't run again in September.",
        Some("2011-02-01"),
        &[("September", "DATE", Some("2011-09"))],
    );
    check(
        "The minister said the bridge would open on 20 January.",
        Some("2011-02-01"),
        &[("20 January", "DATE", Some("2011-01-20"))],
    );
    // Not a narrative's `would`, nor a date before the saying's `would`.
    check(
        "It would take the events in Tunisia in December to stir the protests.",
        Some("2011-02-11"),
        &[("December", "DATE", Some("2010-12"))],
    );
    check(
        "He made the announcement on Sept. 24 that he would suspend his campaign.",
        Some("2008-11-05"),
        &[("Sept. 24", "DATE", Some("2008-09-24"))],
    );
    // A delay's new date lies ahead, whatever the tense.
    check(
        "The trial has been postponed until September.",
        Some("2011-05-02"),
        &[("September", "DATE", Some("2011-09"))],
    );
    check(
        "The talks lasted until September.",
        Some("2011-05-02"),
        &[("September", "DATE", Some("2010-09"))],
    );
    // So does the end of a state an order imposed.
    check(
        "Authorities ordered the closure of schools in the capital until 6 May.",
        Some("2009-04-26"),
        &[("6 May", "DATE", Some("2009-05-06"))],
    );
    check(
        "The schools stayed shut until 6 May.",
        Some("2009-06-26"),
        &[("6 May", "DATE", Some("2009-05-06"))],
    );
    // The end of a state told in the past may lie ahead: the state may still hold.
    check(
        "The government had shut the schools until May 6 but extended the closure.",
        Some("2009-05-04"),
        &[("May 6", "DATE", Some("2009-05-06"))],
    );
    check(
        "The city has closed all schools until May 6.",
        Some("2009-04-27"),
        &[("May 6", "DATE", Some("2009-05-06"))],
    );
}

#[test]
fn a_year_that_opens_the_sentence_frames_its_clause() {
    // `In 1918, … in April`: the April of 1918, not the one before publication.
    check(
        "In 1918, there was a first wave of mild flu in April.",
        Some("2009-04-29"),
        &[
            ("1918", "DATE", Some("1918")),
            ("April", "DATE", Some("1918-04")),
        ],
    );
    check(
        "In 2003, the troops reached the city on 9 April.",
        Some("2009-04-29"),
        &[
            ("2003", "DATE", Some("2003")),
            ("9 April", "DATE", Some("2003-04-09")),
        ],
    );
    // Only its own clause, and only as the sentence's frame.
    check(
        "In 2003, the group was banned; in April, the court lifted the ban.",
        Some("2025-04-20"),
        &[
            ("2003", "DATE", Some("2003")),
            ("April", "DATE", Some("2025-04")),
        ],
    );
    check(
        "The flu of 1918 had a first wave in April.",
        Some("2009-04-29"),
        &[
            ("1918", "DATE", Some("1918")),
            ("April", "DATE", Some("2009-04")),
        ],
    );
}

#[test]
fn a_plan_told_in_the_past_takes_the_nearest_date() {
    // `had been due to` is a plan seen from the past: the concerts were weeks away.
    check(
        "The star had been due to stage 50 concerts in London, beginning on 13 July.",
        Some("2009-06-26"),
        &[("13 July", "DATE", Some("2009-07-13"))],
    );
    // A plan that was cancelled weeks before is still this year's.
    check(
        "The summit was scheduled for 12 March, but it was cancelled.",
        Some("2009-04-20"),
        &[("12 March", "DATE", Some("2009-03-12"))],
    );
}

#[test]
fn the_future_seen_from_the_past_takes_the_nearest_date() {
    // `would` after `said`: the work lies after the saying, this year, not last year.
    check(
        "The company said it would finish the repairs in August.",
        FRIDAY,
        &[("August", "DATE", Some("2010-08"))],
    );
    // A passive after a modal is no past tense: `would be sent` says nothing of `said`'s past.
    check(
        "Ships would be sent in September, the admiral said.",
        FRIDAY,
        &[("September", "DATE", Some("2010-09"))],
    );
    // A finite past form still points back.
    check(
        "The ships were sent in September.",
        FRIDAY,
        &[("September", "DATE", Some("2009-09"))],
    );
    // A weekday a week either way: a deadline is the next one, the DCT's own is today, any
    // other is left without a value rather than guessed.
    check(
        "Officials said the schools would be closed until Thursday.",
        FRIDAY,
        &[("Thursday", "DATE", Some("2010-06-17"))],
    );
    check(
        "The minister said she would visit the port on Friday.",
        FRIDAY,
        &[("Friday", "DATE", Some("2010-06-11"))],
    );
    check(
        "The minister said she would visit the port on Tuesday.",
        FRIDAY,
        &[("Tuesday", "DATE", None)],
    );
    // `would` speaks for its own clause: Monday is the day of the saying.
    check(
        "On Monday, the army announced it would not fire on the crowds.",
        FRIDAY,
        &[("Monday", "DATE", Some("2010-06-07"))],
    );
    // `set on fire` is no plan.
    check(
        "A pipeline was set on fire on Saturday.",
        FRIDAY,
        &[("Saturday", "DATE", Some("2010-06-05"))],
    );
    // Nothing says either way: the most recent, as before.
    check(
        "The port reopened on Tuesday.",
        FRIDAY,
        &[("Tuesday", "DATE", Some("2010-06-08"))],
    );
    // No tense at all (`open`, `faces`): the nearest, a day to come counting double. The
    // Saturday after a Friday is tomorrow's; the Thursday before it, yesterday's.
    check(
        "Doors open at 16:00 BST for Saturday's show.",
        FRIDAY,
        &[
            ("16:00 BST", "TIME", Some("XXXX-XX-XXT16:00+01")),
            ("Saturday", "DATE", Some("2010-06-12")),
        ],
    );
    check(
        "The president faces another challenge Thursday.",
        FRIDAY,
        &[("Thursday", "DATE", Some("2010-06-10"))],
    );
    // A present tense is its clause's own: the past of another clause does not speak for it
    // (a headline's `died` run into the text).
    check(
        "The star died in 2009, while final preparations are under way for Saturday's concert.",
        FRIDAY,
        &[
            ("2009", "DATE", Some("2009")),
            ("Saturday", "DATE", Some("2010-06-12")),
        ],
    );
    // A deadline in the present lies ahead.
    check(
        "The roadmap is in force until September, officials said.",
        Some("2011-02-10"),
        &[("September", "DATE", Some("2011-09"))],
    );
    // A day that is a noun's attribute is not the time of the clause's verb: the nearest,
    // or the past for a happening no one schedules.
    check(
        "The 8 October gig was announced by producers on Monday.",
        Some("2011-07-26"),
        &[
            ("8 October", "DATE", Some("2011-10-08")),
            ("Monday", "DATE", Some("2011-07-25")),
        ],
    );
    check(
        "Children will learn in school about the January 25th revolution.",
        Some("2011-01-26"),
        &[("January 25th", "DATE", Some("2011-01-25"))],
    );
    // An announced happening's day is the happening's, after the announcing (the past
    // `announced` is not its tense); the announcing's own day stays in the past.
    check(
        "His mother has announced a tribute concert for the city on 8 October.",
        Some("2011-07-26"),
        &[("8 October", "DATE", Some("2011-10-08"))],
    );
    check(
        "The union called a general strike for 3 May.",
        Some("2011-03-20"),
        &[("3 May", "DATE", Some("2011-05-03"))],
    );
    check(
        "The council announced a ban on 3 March.",
        Some("2011-07-26"),
        &[("3 March", "DATE", Some("2011-03-03"))],
    );
    check(
        "Organisers announced on 3 March a concert in the park.",
        Some("2011-07-26"),
        &[("3 March", "DATE", Some("2011-03-03"))],
    );
    // A timetable's present is neither way: not the past of the saying.
    check(
        "The event takes place in Cardiff on 8 October, the singer said.",
        Some("2011-09-13"),
        &[("8 October", "DATE", Some("2011-10-08"))],
    );
    check(
        "The president faces another challenge Monday.",
        FRIDAY,
        &[("Monday", "DATE", Some("2010-06-07"))],
    );
}

#[test]
fn that_year_refers_back_to_the_year_named_before() {
    check_lines(
        &[
            "Jackson collapsed at his home in 2009.",
            "The superstar died on 25 June that year, the coroner said.",
            "His brothers met in June of that year.",
        ],
        "2011-11-08",
        &[
            ("2009", "2009"),
            ("25 June", "2009-06-25"),
            ("June", "2009-06"),
        ],
    );
    // In the same sentence, and with no year named before: no value rather than the DCT's.
    check_lines(
        &["Born in 1958, he moved to Los Angeles on 2 May the same year."],
        "2011-11-08",
        &[("1958", "1958"), ("2 May", "1958-05-02")],
    );
    check_lines(
        &["The band split on 3 April that year."],
        "2011-11-08",
        &[("3 April", "")],
    );
}

#[test]
fn today_capitalised_after_a_comma_is_a_programme() {
    check(
        "Nine months ago, Today programme listeners were asked to help.",
        Some("2011-09-28"),
        &[("Nine months ago", "DATE", Some("2010-12"))],
    );
    check(
        "Today, the court meets again.",
        Some("2011-09-28"),
        &[("Today", "DATE", Some("2011-09-28"))],
    );
}

#[test]
fn a_live_pages_time_stamps_are_times_never_years() {
    let ctx = Context {
        dct: Date::parse_iso("2010-01-14"),
        approximate: false,
    };
    let lines = [
        "2055 A reader in Macau e-mails: \"My family is safe.\"",
        "2033 Our correspondent in New York says the mood is grim.",
        "1943 Officials say aid flights have resumed.",
        "1800 Rescuers dug through the night on Tuesday.",
        "1740 CT Crews reached the coast.",
    ];
    let got = tag_sentences(lines.iter().copied(), &ctx);
    // Never two expressions over one stamp (`1740` and `1740 CT`: found by fuzzing).
    for ts in &got {
        assert!(ts.windows(2).all(|w| w[0].end <= w[1].start), "{ts:?}");
    }
    let firsts: Vec<(TimexType, Option<String>)> = got
        .iter()
        .map(|ts| (ts[0].kind, ts[0].value.clone()))
        .collect();
    assert_eq!(
        firsts,
        vec![
            (TimexType::Time, Some("XXXX-XX-XXT20:55".to_string())),
            (TimexType::Time, Some("XXXX-XX-XXT20:33".to_string())),
            (TimexType::Time, Some("XXXX-XX-XXT19:43".to_string())),
            (TimexType::Time, Some("XXXX-XX-XXT18:00".to_string())),
            (TimexType::Time, Some("XXXX-XX-XXT17:40".to_string())),
        ]
    );
    // The rest of a line is read as ever.
    assert_eq!(
        got[3].get(1).and_then(|t| t.value.as_deref()),
        Some("2010-01-12")
    );
    // A chronology of years, none of which could not be a year, stays years.
    check_lines(
        &[
            "1918 Spanish flu kills millions.",
            "1957 Asian flu spreads from China.",
            "1968 Hong Kong flu follows.",
        ],
        "2009-04-27",
        &[("1918", "1918"), ("1957", "1957"), ("1968", "1968")],
    );
}

#[test]
fn a_statement_whose_verbs_say_no_time_is_untensed() {
    for caption in [
        "A trader in Moscow pauses Friday to make a call.",
        "Pro- and anti-government demonstrators attack each other in the square on Wednesday.",
        "Police officers protest in the capital on Sunday.",
    ] {
        assert!(untensed(caption), "{caption}");
    }
    for told in [
        "A trader paused on Friday to make a call.",
        "Police officers were protesting in the capital on Sunday.",
        "Police officers have protested in the capital since Sunday.",
        "The directors will meet on Monday.",
        "The directors meet next Monday.",
        "The concert is on Saturday.",
        "The trial begins on Monday.",
        "Police may protest on Sunday.",
    ] {
        assert!(!untensed(told), "{told}");
    }
}
