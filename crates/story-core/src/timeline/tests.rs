use super::*;

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn w(a: &str, b: &str) -> Window {
    Window::new(d(a), d(b))
}

fn event(start: &str, salience: f32) -> Event {
    Event {
        start: d(start),
        end: d(start),
        salience,
        ..Event::default()
    }
}

#[test]
fn positions_and_days_round_trip() {
    let win = w("2009-04-01", "2009-04-30");
    assert_eq!(win.days(), 30);
    assert_eq!(win.x(d("2009-04-01")), 0.5 / 30.0);
    assert!(win.x(d("2009-03-01")) < 0.0 && win.x(d("2009-06-01")) > 1.0);
    for day in 1..=30 {
        let date = Date::new(2009, 4, day).unwrap();
        assert_eq!(win.day_at(win.x(date)), date);
    }
    for (x, want) in [
        (-3.0, "2009-04-01"),
        (0.0, "2009-04-01"),
        (0.999, "2009-04-30"),
        (7.0, "2009-04-30"),
        (f64::NAN, "2009-04-30"),
    ] {
        assert_eq!(win.day_at(x), d(want), "{x}");
    }
    assert_eq!(w("2009-05-01", "2009-04-01"), w("2009-04-01", "2009-05-01"));
}

#[test]
fn zoom_keeps_the_anchor_and_its_bounds() {
    let all = w("1000-01-01", "2099-12-31");
    let month = w("2009-04-01", "2009-04-30");
    // (window, factor, anchor) -> (from, to)
    for (win, factor, anchor, want) in [
        // In around the middle: half as wide, the middle stays.
        (month, 2.0, 0.5, ("2009-04-09", "2009-04-23")),
        // In at the left edge: the first day stays.
        (month, 2.0, 0.0, ("2009-04-01", "2009-04-15")),
        // Never narrower than a week.
        (month, 100.0, 0.5, ("2009-04-13", "2009-04-19")),
        // Out: twice as wide around the middle.
        (month, 0.5, 0.5, ("2009-03-17", "2009-05-15")),
        // Out past the bounds: the bounds.
        (month, 1e-9, 0.5, ("1000-01-01", "2099-12-31")),
        // A bad factor or anchor changes nothing / zooms around the middle.
        (month, f64::NAN, 0.5, ("2009-04-01", "2009-04-30")),
        (month, -2.0, 0.5, ("2009-04-01", "2009-04-30")),
        (month, 2.0, f64::INFINITY, ("2009-04-09", "2009-04-23")),
        // Near an edge of the bounds, the window stays inside them.
        (
            w("1000-01-01", "1000-12-31"),
            0.25,
            0.0,
            ("1000-01-01", "1003-12-31"),
        ),
    ] {
        let z = win.zoom(factor, anchor, all);
        assert_eq!(
            (z.from().to_string(), z.to().to_string()),
            (want.0.to_string(), want.1.to_string()),
            "{win:?} × {factor} at {anchor}"
        );
    }
    // Zooming in then out by one step comes back to about the same width.
    let z = month
        .zoom(ZOOM_STEP, 0.5, all)
        .zoom(1.0 / ZOOM_STEP, 0.5, all);
    assert!((z.days() - month.days()).abs() <= 1, "{z:?}");
    // Bounds narrower than a week: the bounds.
    let tiny = w("2009-04-01", "2009-04-03");
    assert_eq!(month.zoom(2.0, 0.5, tiny), tiny);
}

#[test]
fn pan_moves_by_a_share_inside_the_bounds() {
    let all = w("2009-01-01", "2009-12-31");
    let month = w("2009-04-01", "2009-04-30");
    for (share, want) in [
        (0.25, ("2009-04-09", "2009-05-08")),
        (-0.25, ("2009-03-24", "2009-04-22")),
        (1e-6, ("2009-04-02", "2009-05-01")),
        (-1e-6, ("2009-03-31", "2009-04-29")),
        (0.0, ("2009-04-01", "2009-04-30")),
        (f64::NAN, ("2009-04-01", "2009-04-30")),
        (100.0, ("2009-12-02", "2009-12-31")),
        (-100.0, ("2009-01-01", "2009-01-30")),
    ] {
        let p = month.pan(share, all);
        assert_eq!(
            (p.from().to_string(), p.to().to_string()),
            (want.0.to_string(), want.1.to_string()),
            "{share}"
        );
    }
}

#[test]
fn densest_spans() {
    let days = |v: &[&str]| -> Vec<i64> {
        let mut v: Vec<i64> = v.iter().map(|s| d(s).to_days()).collect();
        v.sort_unstable();
        v
    };
    for (dates, share, want) in [
        // A stray old date does not stretch the span.
        (
            vec![
                "1060-01-01",
                "2009-04-28",
                "2009-04-29",
                "2009-04-29",
                "2009-04-30",
                "2009-05-02",
            ],
            0.8,
            Some(("2009-04-28", "2009-05-02")),
        ),
        // Nor one far in the future.
        (
            vec!["2009-04-29", "2009-04-30", "2009-05-01", "2099-12-31"],
            0.75,
            Some(("2009-04-29", "2009-05-01")),
        ),
        // Two equally dense spans: the earlier.
        (
            vec!["2001-01-01", "2001-01-02", "2005-01-01", "2005-01-02"],
            0.5,
            Some(("2001-01-01", "2001-01-02")),
        ),
        // The whole when the share is all (or not a number).
        (
            vec!["2001-01-01", "2005-01-02"],
            1.0,
            Some(("2001-01-01", "2005-01-02")),
        ),
        (
            vec!["2001-01-01", "2005-01-02"],
            f64::NAN,
            Some(("2001-01-01", "2005-01-02")),
        ),
        (vec!["2001-01-01"], 0.0, Some(("2001-01-01", "2001-01-01"))),
        (vec![], 0.8, None),
    ] {
        let got =
            densest_span(&days(&dates), share).map(|w| (w.from().to_string(), w.to().to_string()));
        let want = want.map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(got, want, "{dates:?}");
    }
}

#[test]
fn the_first_window_is_on_the_key_events() {
    let mut events = vec![
        event("1060-01-01", 0.1),
        event("2099-12-31", 0.2),
        event("1918-01-01", 5.0),
    ];
    for day in 25..=30 {
        events.push(event(&format!("2009-04-{day}"), 40.0 + day as f32));
    }
    events.push(event("2009-05-20", 0.3));
    let key = key_events(&events, 7);
    // The most salient first, the least salient (the stray dates) left out.
    assert_eq!(key[0], 8);
    assert!(!key.contains(&0) && !key.contains(&9));
    let bounds = Window::bounds(&events).unwrap();
    assert_eq!(bounds, w("1060-01-01", "2099-12-31"));
    let first = Window::first(&events, &key, bounds);
    // At least six weeks, around the densest days of April 2009.
    assert_eq!(first.days(), FIRST_MIN_DAYS);
    assert!(first.contains(d("2009-04-25")) && first.contains(d("2009-04-30")));
    assert!(first.from() > d("2009-03-01") && first.to() < d("2009-06-01"));
    // Inside small bounds.
    let small = w("2009-04-20", "2009-05-05");
    assert_eq!(Window::first(&events, &key, small), small);
    // No key events: the bounds.
    assert_eq!(Window::first(&events, &[], bounds), bounds);
    assert_eq!(Window::bounds(&[]), None);
    // One day's events: a week at least.
    assert_eq!(
        Window::bounds(&[event("2009-04-25", 1.0)]).map(|b| b.days()),
        Some(MIN_DAYS)
    );
}

#[test]
fn key_events_by_salience_ties_in_order() {
    let events = vec![
        event("2001-01-01", 1.0),
        event("2001-01-02", 3.0),
        event("2001-01-03", 3.0),
        event("2001-01-04", f32::NAN),
        event("2001-01-05", 2.0),
    ];
    assert_eq!(key_events(&events, 3), [3, 1, 2]);
    assert_eq!(key_events(&events[..3], 10), [1, 2, 0]);
    assert_eq!(key_events(&[], 10), Vec::<usize>::new());
}

#[test]
fn key_events_spread_over_days() {
    // Five salient events of one day (a live page) and three less salient of other days.
    let mut events: Vec<Event> = (0..5)
        .map(|i| event("2010-01-14", 40.0 - i as f32))
        .collect();
    events.push(event("2010-01-12", 30.0));
    events.push(event("2010-01-20", 20.0));
    events.push(event("2010-01-13", 10.0));
    // Two of the busy day, then the other days, then the busy day's rest by salience.
    assert_eq!(key_events(&events, 5), [0, 1, 5, 6, 7]);
    assert_eq!(key_events(&events, 8), [0, 1, 5, 6, 7, 2, 3, 4]);
    // With no other day, the day's events fill the room.
    assert_eq!(key_events(&events[..5], 3), [0, 1, 2]);
    // A day far less told of (under a quarter of the top salience) waits for the busy day.
    events.push(event("2009-05-01", 5.0));
    assert_eq!(key_events(&events, 9), [0, 1, 5, 6, 7, 2, 3, 4, 8]);
}

#[test]
fn marks_stay_within_their_bounds() {
    let mut last = 0.0;
    for n in [0, 1, 2, 5, 10, 40, 150, 100_000, usize::MAX] {
        let r = mark_radius(n);
        assert!((MIN_RADIUS..=MAX_RADIUS).contains(&r), "{n}: {r}");
        assert!(r >= last, "{n}");
        last = r;
    }
    assert_eq!(mark_radius(0), MIN_RADIUS);
    assert_eq!(mark_radius(1_000), MAX_RADIUS);
}

#[test]
fn marks_stack_in_rows() {
    for (xs, gap, rows, want) in [
        (
            vec![0.0, 30.0, 60.0],
            20.0,
            3,
            vec![Some(0), Some(0), Some(0)],
        ),
        (
            vec![0.0, 5.0, 10.0],
            20.0,
            3,
            vec![Some(0), Some(1), Some(2)],
        ),
        // Beyond the rows: no room (until a zoom makes some).
        (
            vec![0.0, 15.0, 8.0, 40.0],
            20.0,
            2,
            vec![Some(0), Some(1), None, Some(0)],
        ),
        (
            vec![10.0, 0.0, 20.0],
            10.0,
            1,
            vec![Some(0), Some(0), Some(0)],
        ),
        (vec![f64::NAN, 50.0], 10.0, 0, vec![None, None]),
    ] {
        assert_eq!(stack(&xs, gap, rows), want, "{xs:?}");
    }
}

#[test]
fn what_finds_no_room_is_counted() {
    for (xs, width, want) in [
        (vec![], 24.0, vec![]),
        (
            vec![1.0, 23.0, 25.0, 100.0],
            24.0,
            vec![(12.0, 2), (36.0, 1), (108.0, 1)],
        ),
        (vec![-1.0, f64::NAN], 24.0, vec![(-12.0, 1)]),
        (vec![3.0], f64::NAN, vec![(3.5, 1)]),
    ] {
        assert_eq!(overflow(&xs, width), want, "{xs:?}");
    }
}

#[test]
fn ticks_from_centuries_to_days() {
    let labels = |win: Window, width: f64| -> Vec<String> {
        ticks(win, width).into_iter().map(|t| t.label).collect()
    };
    for (win, width, want) in [
        (
            w("1000-01-01", "2099-12-31"),
            800.0,
            vec![
                "1000", "1100", "1200", "1300", "1400", "1500", "1600", "1700", "1800", "1900",
                "2000",
            ],
        ),
        (
            w("1990-06-01", "2010-06-01"),
            800.0,
            vec![
                "1992", "1994", "1996", "1998", "2000", "2002", "2004", "2006", "2008", "2010",
            ],
        ),
        (
            w("1990-06-01", "2000-06-01"),
            800.0,
            vec![
                "1991", "1992", "1993", "1994", "1995", "1996", "1997", "1998", "1999", "2000",
            ],
        ),
        (
            w("1990-06-01", "2010-06-01"),
            300.0,
            vec!["1995", "2000", "2005", "2010"],
        ),
        (
            w("2008-07-15", "2009-05-15"),
            800.0,
            vec![
                "Aug 2008", "Sep", "Oct", "Nov", "Dec", "Jan 2009", "Feb", "Mar", "Apr", "May",
            ],
        ),
        (
            w("2009-04-13", "2009-05-20"),
            800.0,
            vec!["15 Apr", "22 Apr", "1 May", "8 May", "15 May"],
        ),
        (
            w("2009-04-27", "2009-05-03"),
            800.0,
            vec![
                "27 Apr", "28 Apr", "29 Apr", "30 Apr", "1 May", "2 May", "3 May",
            ],
        ),
    ] {
        assert_eq!(labels(win, width), want, "{win:?} at {width}");
    }
    // Never crowded, always inside the window, in order.
    for (win, width) in [
        (w("0001-01-01", "9999-12-31"), 360.0),
        (w("2009-01-01", "2009-12-31"), 360.0),
        (w("2009-04-01", "2009-04-07"), 100.0),
    ] {
        let t = ticks(win, width);
        assert!(t.len() < 40, "{win:?}: {}", t.len());
        for pair in t.windows(2) {
            assert!((pair[1].at - pair[0].at) * width >= 40.0, "{pair:?}");
        }
        assert!(t.iter().all(|t| (0.0..1.0).contains(&t.at)));
    }
    assert!(ticks(w("2009-04-01", "2009-04-07"), f64::NAN).is_empty());
}
