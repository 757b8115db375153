//! The timeline's geometry, so that the page only draws: which events are key (by salience),
//! the window the timeline opens on (the densest span of the key events, not the whole span
//! that one misread old date stretches), zoom and pan steps from centuries down to a week,
//! positions in a window, axis ticks for any zoom (decades, years, months, days), marks of a
//! bounded size, and their rows where marks would overlap.

use crate::date::Date;
use crate::index::Event;
use crate::time::month_name;

/// The narrowest window, in days: a week, where days stand apart.
pub const MIN_DAYS: i64 = 7;
/// How many events are key: the timeline and the list show these first.
pub const KEY_EVENTS: usize = 30;
/// The share of the key events the first window holds.
pub const FIRST_SHARE: f64 = 0.8;
/// The first window is at least this wide, in days (a story's weeks around its densest days).
pub const FIRST_MIN_DAYS: i64 = 42;
/// The factor of one zoom step (a button, a key, a notch of the wheel).
pub const ZOOM_STEP: f64 = 2.0;
/// The share of the window one pan step moves it by.
pub const PAN_STEP: f64 = 0.25;
/// A mark's radius in pixels, whatever its count: the count is written in it.
pub const MIN_RADIUS: f64 = 6.0;
pub const MAX_RADIUS: f64 = 11.0;
/// The count of sources at which a mark reaches its largest size.
const FULL_COUNT: f64 = 40.0;

/// A span of whole days, `from` to `to` inclusive, as a continuous stretch of time: a day
/// takes the room between its start and the next day's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    from: i64,
    to: i64,
}

impl Window {
    /// The days from `a` to `b` (swapped if reversed).
    pub fn new(a: Date, b: Date) -> Window {
        Window::of_days(a.to_days(), b.to_days())
    }

    fn of_days(a: i64, b: i64) -> Window {
        Window {
            from: a.min(b),
            to: a.max(b),
        }
    }

    pub fn from(&self) -> Date {
        Date::from_days(self.from).unwrap_or(Date::EPOCH)
    }

    pub fn to(&self) -> Date {
        Date::from_days(self.to).unwrap_or(Date::EPOCH)
    }

    /// How many days it spans.
    pub fn days(&self) -> i64 {
        self.to - self.from + 1
    }

    /// The middle of a day in [0, 1] across the window (outside for days outside it).
    pub fn x(&self, d: Date) -> f64 {
        (d.to_days() - self.from) as f64 / self.days() as f64 + 0.5 / self.days() as f64
    }

    /// The day at a position across the window (clamped to it; not a number gives its end).
    pub fn day_at(&self, x: f64) -> Date {
        let x = if x.is_finite() { x } else { 1.0 };
        let day = self.from + (x * self.days() as f64).floor() as i64;
        Date::from_days(day.clamp(self.from, self.to)).unwrap_or(Date::EPOCH)
    }

    pub fn contains(&self, d: Date) -> bool {
        (self.from..=self.to).contains(&d.to_days())
    }

    /// This window moved (not resized, unless wider than `bounds`) to lie inside `bounds`.
    pub fn inside(self, bounds: Window) -> Window {
        let len = self.days().min(bounds.days());
        let from = self.from.clamp(bounds.from, bounds.to - len + 1);
        Window::of_days(from, from + len - 1)
    }

    /// Zoomed in by `factor` (out for a factor below 1) around the point at `anchor` in
    /// [0, 1], which stays where it is; at least [`MIN_DAYS`], at most `bounds`, inside them.
    pub fn zoom(self, factor: f64, anchor: f64, bounds: Window) -> Window {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let anchor = if anchor.is_finite() {
            anchor.clamp(0.0, 1.0)
        } else {
            0.5
        };
        let len = ((self.days() as f64 / factor).round() as i64)
            .clamp(MIN_DAYS.min(bounds.days()), bounds.days());
        let at = self.from as f64 + anchor * self.days() as f64;
        let from = (at - anchor * len as f64).round() as i64;
        Window::of_days(from, from + len - 1).inside(bounds)
    }

    /// Moved by `share` of its width (later for a positive share), by a day at least, inside
    /// `bounds`.
    pub fn pan(self, share: f64, bounds: Window) -> Window {
        let share = if share.is_finite() { share } else { 0.0 };
        let mut by = (share * self.days() as f64).round() as i64;
        if by == 0 && share != 0.0 {
            by = share.signum() as i64;
        }
        self.shift(by).inside(bounds)
    }

    /// Moved by so many days.
    pub fn shift(self, days: i64) -> Window {
        Window::of_days(self.from + days, self.to + days)
    }

    /// The whole time of the events, from the first start to the last end, at least
    /// [`MIN_DAYS`] wide; `None` without events.
    pub fn bounds(events: &[Event]) -> Option<Window> {
        let from = events.iter().map(|e| e.start.to_days()).min()?;
        let to = events.iter().map(|e| e.end.to_days()).max()?;
        Some(Window::of_days(from, to).at_least(MIN_DAYS))
    }

    /// Widened around its middle to at least `days` days.
    fn at_least(self, days: i64) -> Window {
        let missing = days - self.days();
        if missing <= 0 {
            return self;
        }
        let before = missing / 2;
        Window::of_days(self.from - before, self.to + (missing - before))
    }

    /// The window the timeline opens on: the densest span of the key events, widened to at
    /// least [`FIRST_MIN_DAYS`] and by a margin, inside `bounds`.
    pub fn first(events: &[Event], key: &[usize], bounds: Window) -> Window {
        let mut days: Vec<i64> = key
            .iter()
            .filter_map(|&i| events.get(i))
            .map(|e| e.start.to_days())
            .collect();
        crate::order::sort(&mut days);
        match densest_span(&days, FIRST_SHARE) {
            Some(w) => {
                let margin = w.days() / 8;
                Window::of_days(w.from - margin, w.to + margin)
                    .at_least(FIRST_MIN_DAYS)
                    .inside(bounds)
            }
            None => bounds,
        }
    }
}

/// The shortest span holding `share` of `days` (sorted; the earliest of equally short
/// spans); `None` for no days.
pub fn densest_span(days: &[i64], share: f64) -> Option<Window> {
    let n = days.len();
    if n == 0 {
        return None;
    }
    let share = if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        1.0
    };
    let k = ((share * n as f64).ceil() as usize).clamp(1, n);
    let (start, _) = days
        .windows(k)
        .enumerate()
        .min_by_key(|(i, w)| (w[k - 1] - w[0], *i))?;
    Some(Window::of_days(days[start], days[start + k - 1]))
}

/// Key events a day may have before the other days have had theirs.
pub const KEY_PER_DAY: usize = 2;
/// Below this share of the most salient event's salience, an event waits for the other days'
/// third and later events (see [`key_events`]).
const WEAK_SHARE: f32 = 0.25;

/// The `n` key events (indices): the most salient first (ties keep the index's order), no
/// more than [`KEY_PER_DAY`] a day while other days have salient events left (at least a
/// quarter as salient as the most salient), so that a day told in many events (a live page's)
/// does not make the whole of a story's key events; any room left is filled by salience.
pub fn key_events(events: &[Event], n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..events.len()).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        events[b]
            .salience
            .total_cmp(&events[a].salience)
            .then(a.cmp(&b))
    });
    // The days taken so far, with how many key events each has.
    let mut per_day: Vec<(Date, usize)> = Vec::new();
    let (mut key, mut later) = (Vec::new(), Vec::new());
    let top = order.first().map_or(0.0, |&i| events[i].salience);
    for i in order {
        if key.len() == n {
            break;
        }
        // A day's third event still goes before an event far less told of.
        if events[i].salience < top * WEAK_SHARE {
            later.push(i);
            continue;
        }
        let day = events[i].start;
        match per_day.iter_mut().find(|(d, _)| *d == day) {
            Some((_, taken)) if *taken >= KEY_PER_DAY => later.push(i),
            Some((_, taken)) => {
                *taken += 1;
                key.push(i);
            }
            None => {
                per_day.push((day, 1));
                key.push(i);
            }
        }
    }
    key.extend(later);
    key.truncate(n);
    key
}

/// A mark's radius for an event told by `sources` sources: growing with the logarithm of the
/// count, within [`MIN_RADIUS`] and [`MAX_RADIUS`].
pub fn mark_radius(sources: usize) -> f64 {
    let grown = (1.0 + sources as f64).ln() / (1.0 + FULL_COUNT).ln();
    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * grown.min(1.0)
}

/// Rows for marks at `xs` (pixels, in the order of their priority) so that marks of a row
/// stand at least `gap` apart, in at most `rows` rows; `None` for a mark that finds no room
/// (it is counted in [`overflow`] until a zoom makes room for it).
pub fn stack(xs: &[f64], gap: f64, rows: usize) -> Vec<Option<usize>> {
    let mut placed: Vec<Vec<f64>> = vec![Vec::new(); rows];
    let nearest = |row: &[f64], x: f64| -> f64 {
        let at = row.partition_point(|&p| p < x);
        let after = row.get(at).map_or(f64::INFINITY, |&p| p - x);
        let before = at
            .checked_sub(1)
            .and_then(|i| row.get(i))
            .map_or(f64::INFINITY, |&p| x - p);
        after.min(before)
    };
    xs.iter()
        .map(|&x| {
            let x = if x.is_finite() { x } else { 0.0 };
            let row = (0..rows).find(|&r| nearest(&placed[r], x) >= gap)?;
            let at = placed[row].partition_point(|&p| p < x);
            placed[row].insert(at, x);
            Some(row)
        })
        .collect()
}

/// The marks that found no row, counted by `width`-pixel bins: (the bin's middle, how many),
/// in order.
pub fn overflow(xs: &[f64], width: f64) -> Vec<(f64, usize)> {
    let width = if width.is_finite() && width > 0.0 {
        width
    } else {
        1.0
    };
    let mut bins: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
    for &x in xs.iter().filter(|x| x.is_finite()) {
        *bins.entry((x / width).floor() as i64).or_default() += 1;
    }
    bins.into_iter()
        .map(|(bin, n)| ((bin as f64 + 0.5) * width, n))
        .collect()
}

/// A label on the axis and its position in [0, 1] across the window.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub label: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Years(i32),
    Months(u32),
    Days(u32),
}

impl Unit {
    /// Roughly how many days apart its ticks stand, and the room its label needs (px).
    fn spacing(self) -> (f64, f64) {
        match self {
            Unit::Years(n) => (365.25 * f64::from(n), 40.0),
            Unit::Months(n) => (30.44 * f64::from(n), 64.0),
            Unit::Days(n) => (f64::from(n), 52.0),
        }
    }
}

/// From the coarsest to the finest.
const UNITS: [Unit; 16] = [
    Unit::Years(500),
    Unit::Years(200),
    Unit::Years(100),
    Unit::Years(50),
    Unit::Years(20),
    Unit::Years(10),
    Unit::Years(5),
    Unit::Years(2),
    Unit::Years(1),
    Unit::Months(6),
    Unit::Months(3),
    Unit::Months(1),
    Unit::Days(14),
    Unit::Days(7),
    Unit::Days(2),
    Unit::Days(1),
];

/// Most ticks made for any window.
const MAX_TICKS: usize = 400;

/// Axis labels for `window` drawn `width` pixels wide: the finest unit (decades, years,
/// months, days) whose labels do not crowd.
pub fn ticks(window: Window, width: f64) -> Vec<Tick> {
    let px_per_day = if width.is_finite() && width > 0.0 {
        width / window.days() as f64
    } else {
        return Vec::new();
    };
    let unit = UNITS
        .iter()
        .rev()
        .copied()
        .find(|u| {
            let (days, room) = u.spacing();
            days * px_per_day >= room
        })
        .unwrap_or_else(|| {
            // Longer than centuries: whole millennia, as many as keep labels apart.
            let years = 40.0 / (365.25 * px_per_day);
            Unit::Years(((years / 1000.0).ceil().clamp(1.0, 10.0) as i32) * 1000)
        });
    let mut out: Vec<Tick> = Vec::new();
    let push = |out: &mut Vec<Tick>, d: Date, label: String| {
        if window.contains(d) && out.len() < MAX_TICKS {
            out.push(Tick {
                at: (d.to_days() - window.from) as f64 / window.days() as f64,
                label,
            });
        }
    };
    let (a, b) = (window.from(), window.to());
    match unit {
        Unit::Years(n) => {
            let first = a.year() + (n - a.year().rem_euclid(n)) % n;
            for y in (first..=b.year()).step_by(n as usize).take(MAX_TICKS) {
                if let Some(d) = Date::new(y, 1, 1) {
                    push(&mut out, d, y.to_string());
                }
            }
        }
        Unit::Months(n) => {
            for (y, m) in months(a, b).filter(|(_, m)| (m - 1) % n == 0) {
                if let Some(d) = Date::new(y, m, 1) {
                    // January and the first label name the year.
                    let label = if m == 1 || out.is_empty() {
                        format!("{} {y}", short_month(m))
                    } else {
                        short_month(m).to_string()
                    };
                    push(&mut out, d, label);
                }
            }
        }
        Unit::Days(n) => {
            // The window is narrow here (days stand at least a label apart), so this walk is short.
            for day in a.to_days()..=b.to_days() {
                let Some(d) = Date::from_days(day) else {
                    continue;
                };
                // Steps start again each month, and stop short of its end (no 29 beside a 1).
                if n == 1 || ((d.day() - 1) % n == 0 && d.day() + n / 2 <= 29) {
                    push(
                        &mut out,
                        d,
                        format!("{} {}", d.day(), short_month(d.month())),
                    );
                }
            }
        }
    }
    out
}

fn next_month(y: i32, m: u32) -> (i32, u32) {
    if m >= 12 {
        (y + 1, 1)
    } else {
        (y, m + 1)
    }
}

/// The months from `a`'s to `b`'s, as (year, month).
fn months(a: Date, b: Date) -> impl Iterator<Item = (i32, u32)> {
    let start = (a.year(), a.month());
    let end = (b.year(), b.month());
    std::iter::successors(Some(start), move |&(y, m)| {
        let next = next_month(y, m);
        (next <= end).then_some(next)
    })
    .take(MAX_TICKS * 12)
}

/// `Apr` for April.
fn short_month(m: u32) -> &'static str {
    let name = month_name(m);
    name.get(..3).unwrap_or(name)
}

#[cfg(test)]
mod tests;
