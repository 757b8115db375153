//! The timeline's time axis: a scale that gives recent years room. A story's events crowd
//! near its end (the 1980s get one mark, the last year twenty), so positions follow the
//! logarithm of the time before the last day: `x = 1 - ln(1 + (end - t)/τ) / ln(1 + (end -
//! start)/τ)`, with τ a few months. Days map to [0, 1] and back.

use crate::date::Date;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    start: i64,
    end: i64,
    tau: f64,
}

impl Scale {
    /// A scale from `start` to `end` (swapped if reversed; a single day gets a year around it).
    pub fn new(start: Date, end: Date) -> Self {
        let (mut a, mut b) = (
            start.to_days().min(end.to_days()),
            start.to_days().max(end.to_days()),
        );
        if b - a < 30 {
            a -= 183;
            b += 183;
        }
        // τ: a tenth of the span, at most half a year, at least a week.
        let tau = ((b - a) as f64 / 10.0).clamp(7.0, 183.0);
        Scale {
            start: a,
            end: b,
            tau,
        }
    }

    fn norm(&self) -> f64 {
        (1.0 + (self.end - self.start) as f64 / self.tau).ln()
    }

    /// Position of a day in [0, 1] (clamped).
    pub fn x(&self, d: Date) -> f64 {
        let before = (self.end - d.to_days()).clamp(0, self.end - self.start) as f64;
        1.0 - (1.0 + before / self.tau).ln() / self.norm()
    }

    /// The day at a position in [0, 1] (clamped).
    pub fn day_at(&self, x: f64) -> Date {
        let x = if x.is_finite() {
            x.clamp(0.0, 1.0)
        } else {
            1.0
        };
        let before = (((1.0 - x) * self.norm()).exp() - 1.0) * self.tau;
        let days = self.end - before.round() as i64;
        Date::from_days(days.clamp(self.start, self.end)).unwrap_or_else(|| self.last_day())
    }

    pub fn first_day(&self) -> Date {
        Date::from_days(self.start).unwrap_or_else(unreachable_date)
    }

    pub fn last_day(&self) -> Date {
        Date::from_days(self.end).unwrap_or_else(unreachable_date)
    }

    /// Years to label on an axis `width` pixels wide, at least `gap` pixels apart, the most
    /// recent first so that the crowded end keeps its labels.
    pub fn year_ticks(&self, width: f64, gap: f64) -> Vec<(i32, f64)> {
        let (Some(a), Some(b)) = (Date::from_days(self.start), Date::from_days(self.end)) else {
            return Vec::new();
        };
        let mut out: Vec<(i32, f64)> = Vec::new();
        // Round years first (decades, then lustra, then any), the most recent first, so that
        // labels land on memorable years and the crowded end keeps its own.
        for step in [10, 5, 1] {
            for y in (a.year()..=b.year()).rev().filter(|y| y % step == 0) {
                let Some(jan1) = Date::new(y, 1, 1) else {
                    continue;
                };
                if jan1.to_days() < self.start || out.iter().any(|&(t, _)| t == y) {
                    continue;
                }
                let px = self.x(jan1) * width;
                if out.iter().all(|&(_, p)| (p - px).abs() >= gap) {
                    out.push((y, px));
                }
            }
        }
        out.sort_unstable_by_key(|t| t.0);
        out
    }
}

/// The epoch, for the impossible case of a scale outside the calendar (its ends come from
/// valid dates, so `from_days` of them never fails).
fn unreachable_date() -> Date {
    Date::EPOCH
}

/// `x` with `places` decimals (at most 6), rounded half away from zero, written with integer
/// formatting only; what is not finite is written as 0.
pub fn decimal(x: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10i64.pow(places);
    let scaled = x * scale as f64;
    let n = if scaled.is_finite() {
        scaled.round() as i64
    } else {
        0
    };
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    let (whole, frac) = (n / scale as u64, n % scale as u64);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = places as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_without_float_formatting() {
        for (x, places, want) in [
            (0.0, 1, "0.0"),
            (12.34, 1, "12.3"),
            (12.35, 1, "12.4"),
            (-0.04, 1, "0.0"),
            (-0.05, 1, "-0.1"),
            (-3.25, 2, "-3.25"),
            (800.0, 0, "800"),
            (1.0005, 3, "1.001"),
            (0.25, 3, "0.250"),
            (f64::NAN, 1, "0.0"),
            (f64::INFINITY, 2, "0.00"),
            (1e300, 1, "922337203685477580.7"),
            (2.5, 9, "2.500000"),
        ] {
            assert_eq!(decimal(x, places), want, "{x} to {places}");
        }
    }

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn recent_years_get_room() {
        let s = Scale::new(d("1980-01-01"), d("2025-04-18"));
        assert_eq!(s.x(d("1980-01-01")), 0.0);
        assert_eq!(s.x(d("2025-04-18")), 1.0);
        let width_of = |a: &str, b: &str| s.x(d(b)) - s.x(d(a));
        assert!(width_of("2024-01-01", "2025-01-01") > 4.0 * width_of("1990-01-01", "1991-01-01"));
        // Monotone and invertible to the day (within rounding).
        let mut last = -1.0;
        for y in 1980..=2024 {
            let x = s.x(d(&format!("{y}-06-01")));
            assert!(x > last);
            last = x;
            let back = s.day_at(x);
            assert!(
                (back.to_days() - d(&format!("{y}-06-01")).to_days()).abs() <= 1,
                "{y}: {back}"
            );
        }
        assert_eq!(s.day_at(-5.0), d("1980-01-01"));
        assert_eq!(s.day_at(f64::NAN), d("2025-04-18"));
    }

    #[test]
    fn ticks_do_not_overlap() {
        let s = Scale::new(d("1980-01-01"), d("2025-04-18"));
        let ticks = s.year_ticks(800.0, 40.0);
        assert!(ticks.iter().any(|t| t.0 == 2025));
        assert!(ticks.iter().any(|t| t.0 <= 1990));
        for w in ticks.windows(2) {
            assert!(w[1].1 - w[0].1 >= 40.0);
        }
        let one_day = Scale::new(d("2020-05-05"), d("2020-05-05"));
        assert!(one_day.x(d("2020-05-05")) > 0.0 && one_day.x(d("2020-05-05")) < 1.0);
    }
}
