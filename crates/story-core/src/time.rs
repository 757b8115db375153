//! TIMEX3 values as date ranges: `2003` → 2003-01-01..2003-12-31, `198` (the 1980s) →
//! 1980-01-01..1989-12-31, `2021-SU` → the summer months, `2025-W15` → that ISO week. The
//! timeline and the time-span filters work on these ranges.

use crate::date::{days_in_month, Date};

/// How precise a time value is.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    #[default]
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Season => "season",
            Granularity::Quarter => "quarter",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
        }
    }
}

/// The first and last day a DATE value covers, and its granularity. `None` for values that
/// are not calendar dates (`PRESENT_REF`, durations, underspecified `XXXX-10`).
pub fn value_range(value: &str) -> Option<(Date, Date, Granularity)> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let year_of = |s: &str| -> Option<i32> {
        if digits(s) {
            s.parse().ok()
        } else {
            None
        }
    };
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = year_of(y)?;
            Some((
                Date::new(y, 1, 1)?,
                Date::new(y, 12, 31)?,
                Granularity::Year,
            ))
        }
        [d] if d.len() == 3 => {
            let d = year_of(d)? * 10;
            Some((
                Date::new(d.max(1), 1, 1)?,
                Date::new(d + 9, 12, 31)?,
                Granularity::Decade,
            ))
        }
        [c] if c.len() == 2 => {
            let c = year_of(c)? * 100;
            Some((
                Date::new(c.max(1), 1, 1)?,
                Date::new(c + 99, 12, 31)?,
                Granularity::Century,
            ))
        }
        [y, m] if m.len() == 2 && digits(m) => {
            let (y, m) = (year_of(y)?, m.parse().ok()?);
            Some((
                Date::new(y, m, 1)?,
                Date::new(y, m, days_in_month(y, m))?,
                Granularity::Month,
            ))
        }
        [y, s] if matches!(*s, "SP" | "SU" | "FA" | "WI") => {
            let y = year_of(y)?;
            // Northern meteorological seasons; winter runs into the next year.
            let (from, to) = match *s {
                "SP" => (Date::new(y, 3, 1)?, Date::new(y, 5, 31)?),
                "SU" => (Date::new(y, 6, 1)?, Date::new(y, 8, 31)?),
                "FA" => (Date::new(y, 9, 1)?, Date::new(y, 11, 30)?),
                _ => (
                    Date::new(y, 12, 1)?,
                    Date::new(y + 1, 2, days_in_month(y + 1, 2))?,
                ),
            };
            Some((from, to, Granularity::Season))
        }
        [y, q] if q.len() == 2 && q.starts_with('Q') => {
            let y = year_of(y)?;
            let q: u32 = q[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
            let last = q * 3;
            Some((
                Date::new(y, last - 2, 1)?,
                Date::new(y, last, days_in_month(y, last))?,
                Granularity::Quarter,
            ))
        }
        [y, w] if w.len() == 3 && w.starts_with('W') => {
            let y = year_of(y)?;
            let w: i64 = w[1..].parse().ok().filter(|w| (1..=53).contains(w))?;
            let monday = iso_week_monday(y, w)?;
            Some((monday, monday.add_days(6)?, Granularity::Week))
        }
        [y, m, d] if digits(m) && digits(d) => {
            let date = Date::new(year_of(y)?, m.parse().ok()?, d.parse().ok()?)?;
            Some((date, date, Granularity::Day))
        }
        _ => None,
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a month (1 to 12; empty otherwise).
pub fn month_name(month: u32) -> &'static str {
    MONTH_NAMES
        .get((month as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// A day as people write it: `18 April 2025`.
pub fn readable(d: Date) -> String {
    format!("{} {} {}", d.day(), month_name(d.month()), d.year())
}

/// A readable form of an event's time: `2003`, `March 2024`, `17 April 2025`, `the 1980s`,
/// `week of 7 April 2025`, `summer 2021`.
pub fn describe(a: Date, b: Date, granularity: Granularity) -> String {
    let month = |d: Date| {
        MONTH_NAMES
            .get(d.month() as usize - 1)
            .copied()
            .unwrap_or("")
    };
    match granularity {
        Granularity::Day if a == b => readable(a),
        Granularity::Week => format!("week of {} {} {}", a.day(), month(a), a.year()),
        Granularity::Month => format!("{} {}", month(a), a.year()),
        Granularity::Season => {
            let name = match a.month() {
                3..=5 => "spring",
                6..=8 => "summer",
                9..=11 => "autumn",
                _ => "winter",
            };
            format!("{name} {}", a.year())
        }
        Granularity::Quarter => format!("Q{} {}", (a.month() - 1) / 3 + 1, a.year()),
        Granularity::Year if a.year() == b.year() => format!("{}", a.year()),
        Granularity::Decade => format!("the {}s", a.year() - a.year().rem_euclid(10)),
        Granularity::Century => {
            let n = a.year() / 100 + 1;
            let suffix = match (n % 10, n % 100) {
                (1, x) if x != 11 => "st",
                (2, x) if x != 12 => "nd",
                (3, x) if x != 13 => "rd",
                _ => "th",
            };
            format!("the {n}{suffix} century")
        }
        _ => format!("{} – {}", readable(a), readable(b)),
    }
}

/// The Monday of ISO week `week` of `year`.
pub fn iso_week_monday(year: i32, week: i64) -> Option<Date> {
    let jan4 = Date::new(year, 1, 4)?;
    let week1 = jan4.add_days(-i64::from(jan4.weekday()))?;
    week1.add_days((week - 1) * 7)
}

/// The ISO year and week of a date, as a TIMEX3 value (`2025-W15`).
pub fn iso_week_value(date: Date) -> Option<String> {
    let thursday = date.add_days(3 - i64::from(date.weekday()))?;
    let week = (thursday.to_days() - Date::new(thursday.year(), 1, 1)?.to_days()) / 7 + 1;
    Some(format!("{:04}-W{week:02}", thursday.year()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(value: &str, expected: Option<(&str, &str, Granularity)>) {
        let got = value_range(value).map(|(a, b, g)| (a.to_string(), b.to_string(), g));
        let expected = expected.map(|(a, b, g)| (a.to_string(), b.to_string(), g));
        assert_eq!(got, expected, "{value}");
    }

    #[test]
    fn ranges() {
        use Granularity::*;
        check("2003", Some(("2003-01-01", "2003-12-31", Year)));
        check("198", Some(("1980-01-01", "1989-12-31", Decade)));
        check("19", Some(("1900-01-01", "1999-12-31", Century)));
        check("2024-02", Some(("2024-02-01", "2024-02-29", Month)));
        check("2021-SU", Some(("2021-06-01", "2021-08-31", Season)));
        check("2023-WI", Some(("2023-12-01", "2024-02-29", Season)));
        check("2025-Q2", Some(("2025-04-01", "2025-06-30", Quarter)));
        check("2025-W15", Some(("2025-04-07", "2025-04-13", Week)));
        check("2001-09-11", Some(("2001-09-11", "2001-09-11", Day)));
        for bad in [
            "",
            "PRESENT_REF",
            "P2Y",
            "XXXX-10",
            "2025-13",
            "2025-02-30",
            "2025-Q5",
            "abcd",
            "2025-W60",
            "-",
            "1-2-3-4",
        ] {
            check(bad, None);
        }
    }

    #[test]
    fn descriptions() {
        let d = |s: &str| Date::parse_iso(s).unwrap();
        for (start, end, granularity, text) in [
            ("2003-01-01", "2003-12-31", Granularity::Year, "2003"),
            ("2024-03-01", "2024-03-31", Granularity::Month, "March 2024"),
            (
                "2025-04-17",
                "2025-04-17",
                Granularity::Day,
                "17 April 2025",
            ),
            ("1980-01-01", "1989-12-31", Granularity::Decade, "the 1980s"),
            ("1996-09-01", "1999-12-31", Granularity::Decade, "the 1990s"),
            (
                "2021-06-01",
                "2021-08-31",
                Granularity::Season,
                "summer 2021",
            ),
            (
                "1900-01-01",
                "1999-12-31",
                Granularity::Century,
                "the 20th century",
            ),
            (
                "2001-01-01",
                "2100-12-31",
                Granularity::Century,
                "the 21st century",
            ),
            (
                "2025-04-17",
                "2025-04-19",
                Granularity::Day,
                "17 April 2025 – 19 April 2025",
            ),
        ] {
            assert_eq!(describe(d(start), d(end), granularity), text);
        }
    }

    #[test]
    fn iso_weeks() {
        for (date, week) in [
            ("2025-04-10", "2025-W15"),
            ("2021-01-01", "2020-W53"),
            ("2024-12-30", "2025-W01"),
        ] {
            assert_eq!(
                iso_week_value(Date::parse_iso(date).unwrap()).as_deref(),
                Some(week)
            );
        }
    }
}
