//! Calendar dates (proleptic Gregorian), small enough for the wasm: parsing and printing the
//! `YYYY-MM-DD` form used throughout the index, and day arithmetic.

/// A valid calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// 1970-01-01.
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// The date, if `year-month-day` exists (years 1 to 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, if it is within years 1 to 9999.
    pub fn from_days(days: i64) -> Option<Date> {
        // Any number may come in (a decoded index is untrusted bytes): no overflow.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month as u32, day as u32)
    }

    /// This date moved by a number of days.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(days)?)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.to_days() + 3).rem_euclid(7) as u32
    }
}

impl Default for Date {
    fn default() -> Self {
        Date::EPOCH
    }
}

/// `YYYY-MM-DD` in JSON (the export); days since 1970-01-01 in the binary index (postcard),
/// which is smaller and needs no parsing in the page.
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            s.serialize_i64(self.to_days())
        }
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        if d.is_human_readable() {
            let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            Date::parse_iso(&s).ok_or_else(|| D::Error::custom(format!("not a date: {s:?}")))
        } else {
            let days = i64::deserialize(d)?;
            Date::from_days(days).ok_or_else(|| D::Error::custom("day number out of range"))
        }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days of a month (0 for a month that does not exist).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_day_count_gives_a_date_or_none() {
        // From untrusted bytes (a fuzzed index): found overflowing in `from_days`.
        for days in [
            i64::MAX,
            i64::MAX - 719_468,
            i64::MIN,
            i64::MIN / 2,
            4_000_000_000,
        ] {
            assert_eq!(Date::from_days(days), None, "{days}");
        }
        assert_eq!(Date::from_days(0), Some(Date::EPOCH));
    }

    #[test]
    fn parses_and_prints() {
        for (s, ok) in [
            ("2025-04-18", true),
            ("2024-02-29", true),
            ("2023-02-29", false),
            ("2000-02-29", true),
            ("1900-02-29", false),
            ("2025-13-01", false),
            ("2025-00-10", false),
            ("2025-4-18", false),
            ("+025-04-18", false),
            ("２０２５-04-18", false),
            ("0000-01-01", false),
        ] {
            let d = Date::parse_iso(s);
            assert_eq!(d.is_some(), ok, "{s}");
            if let Some(d) = d {
                assert_eq!(d.to_string(), s);
            }
        }
    }

    #[test]
    fn day_arithmetic() {
        let d = |s| Date::parse_iso(s).unwrap();
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2025-04-18").to_days(), 20_196);
        assert_eq!(d("2025-04-18").weekday(), 4); // a Friday
        assert_eq!(d("2001-09-11").weekday(), 1); // a Tuesday
        assert_eq!(d("2024-02-28").add_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2024-12-31").add_days(1), Some(d("2025-01-01")));
        assert_eq!(d("0001-01-01").add_days(-1), None);
        for days in (-700_000..3_000_000).step_by(997) {
            if let Some(date) = Date::from_days(days) {
                assert_eq!(date.to_days(), days);
            }
        }
    }
}
