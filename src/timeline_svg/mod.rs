//! The scrubbable timeline: an SVG of the key events (every event on request) in a window of
//! time that opens on the story's densest span and zooms from centuries down to a week, a
//! lane per source for a small corpus, marks of a bounded size with their number of sources
//! written in them. Its parts:
//!
//! - [`bar`]: the heading, Play, the zoom and pan buttons, key or all events, the "as of" text;
//! - [`marks`]: the events' marks, stacked in rows where they would overlap;
//! - [`axis`]: the ticks (decades to days) and the lanes;
//! - [`scrubber`]: the slider (an ARIA slider named "Timeline") that sets "as of" a day, and Play;
//! - [`strip`]: the overview of the whole span with the window on it;
//! - [`pointer`]: drag to pan, Shift+drag to brush a span, wheel and pinch to zoom, keys.
//!
//! The geometry (windows, zoom, pan, ticks, key events, rows) is `story_core::timeline`'s;
//! the window lives in the URL (`window=`).

mod axis;
mod bar;
mod marks;
mod pointer;
mod scrubber;
mod strip;

use leptos::prelude::*;
use story_core::date::Date;
use story_core::query::Results;
use story_core::timeline::{self as geometry, Window, KEY_EVENTS, MAX_RADIUS};
use wasm_bindgen::JsCast;

use crate::{url, Ctx};

/// Above this many sources, one lane each would be too tall: marks only.
const MAX_LANES: usize = 24;
const LABEL_W: f64 = 150.0;
/// Room at each side of the plot, so that a mark at its edge stays inside the drawing.
const PAD: f64 = MAX_RADIUS + 2.0;
const LANE_H: f64 = 16.0;
const AXIS_H: f64 = 28.0;
/// Marks stack in at most so many rows.
const MAX_ROWS: usize = 6;
const ROW_H: f64 = 2.0 * MAX_RADIUS + 2.0;
/// How far apart two marks of a row stand at least (the widest mark and a pixel).
const MARK_GAP: f64 = 2.0 * MAX_RADIUS + 1.0;
/// Marks without room are counted by bins this wide (a "+N" label fits in one).
const MORE_BIN: f64 = 2.0 * ROW_H;

/// A coordinate for an SVG attribute, to a tenth of a pixel (integer formatting: the page
/// carries no float formatting code).
fn px(x: f64) -> String {
    story_core::scale::decimal(x, 1)
}

/// What the parts share: the drawing's width, the whole span and the window on it.
#[derive(Clone, Copy)]
struct Geo {
    ctx: Ctx,
    width: RwSignal<f64>,
    bounds: Window,
    window: Memo<Window>,
    with_lanes: bool,
    /// The height of the band of marks (it grows with the rows they need).
    rows: Memo<usize>,
}

/// The width of the lanes' labels, where the plot starts and how wide it is, for a drawing
/// `width` pixels wide.
fn plot(width: f64, with_lanes: bool) -> (f64, f64, f64) {
    let label_w = if width < 520.0 || !with_lanes {
        0.0
    } else {
        LABEL_W
    };
    (
        label_w,
        label_w + PAD,
        (width - label_w - 2.0 * PAD).max(100.0),
    )
}

impl Geo {
    fn label_w(self) -> f64 {
        plot(self.width.get(), self.with_lanes).0
    }
    /// Where the plot starts, in pixels from the drawing's left.
    fn left(self) -> f64 {
        plot(self.width.get(), self.with_lanes).1
    }
    fn plot_w(self) -> f64 {
        plot(self.width.get(), self.with_lanes).2
    }
    /// A day's position in pixels (outside the plot for days outside the window).
    fn x_of(self, d: Date) -> f64 {
        self.left() + self.window.get().x(d) * self.plot_w()
    }
    /// `x` kept inside the plot.
    fn inside(self, x: f64) -> f64 {
        x.clamp(self.left(), self.left() + self.plot_w())
    }
    /// The share of the window at pixel `x` (0 at the plot's left, 1 at its right).
    fn share_at(self, x: f64) -> f64 {
        untrack(|| (x - self.left()) / self.plot_w())
    }
    fn day_at(self, x: f64) -> Date {
        untrack(|| self.window.get().day_at(self.share_at(x)))
    }
    fn band_h(self) -> f64 {
        6.0 + self.rows.get() as f64 * ROW_H
    }
    fn lanes_h(self) -> f64 {
        if self.with_lanes {
            self.ctx.engine.outlets.unit_count() as f64 * LANE_H
        } else {
            0.0
        }
    }
    fn height(self) -> f64 {
        self.band_h() + self.lanes_h() + AXIS_H
    }
    /// Shows `w` (typing, dragging and zooming replace the history entry).
    fn show(self, w: Window) {
        let mut s = self.ctx.view.state.get_untracked();
        s.window = Some((w.from(), w.to()));
        url::replace(self.ctx.view, s);
    }
    fn zoom(self, factor: f64, anchor: f64) {
        let w = self.window.get_untracked();
        self.show(w.zoom(factor, anchor, self.bounds));
    }
    fn pan(self, share: f64) {
        let w = self.window.get_untracked();
        self.show(w.pan(share, self.bounds));
    }
}

#[component]
pub fn TimelineSvg(ctx: Ctx, results: Memo<Results>) -> impl IntoView {
    let index = ctx.index;
    let state = ctx.view.state;
    let Some(bounds) = Window::bounds(&index.events) else {
        return view! { <p class="tl__none">"No dated events to place on a timeline."</p> }
            .into_any();
    };
    // The key events, the most salient first; the first window is on their densest span.
    let key: &'static [usize] =
        Box::leak(geometry::key_events(&index.events, KEY_EVENTS).into_boxed_slice());
    let first = Window::first(&index.events, key, bounds);
    let window = Memo::new(move |_| {
        state.with(|s| s.window).map_or(first, |(a, b)| {
            // Any window of the URL: at least a week, inside the events' span.
            Window::new(a, b).zoom(1.0, 0.5, bounds)
        })
    });
    let all_events = Memo::new(move |_| state.with(|s| s.all_events));

    // The drawing's width follows its container, whatever resizes it (the window, a card
    // opening beside the column).
    let container: NodeRef<leptos::html::Div> = NodeRef::new();
    let width = RwSignal::new(800.0f64);
    watch_width(container, width);

    // A lane per source: an outlet's articles share its lane.
    let with_lanes = ctx.engine.outlets.unit_count() <= MAX_LANES;
    // The events drawn, by priority (the most salient first): the key ones, or all.
    let shown = Memo::new(move |_| {
        if all_events.get() {
            geometry::key_events(&index.events, usize::MAX)
        } else {
            key.to_vec()
        }
    });
    let place = marks::placements(index, shown, window, width, with_lanes);
    let rows = Memo::new(move |_| place.with(|p| p.rows()));
    let geo = Geo {
        ctx,
        width,
        bounds,
        window,
        with_lanes,
        rows,
    };
    let scrub = scrubber::Scrub::new(geo);
    let gesture = pointer::Gesture::new(scrub, container);

    view! {
        <section class="tl" aria-labelledby="tl-heading">
            <bar::Bar scrub=scrub key_count=key.len()/>
            <div class="tl__frame" node_ref=container tabindex="0" role="group"
                aria-label="Timeline window: + and − zoom, arrow keys move it, drag to move, Shift and drag to choose a time span"
                on:keydown=move |ev| pointer::on_key(geo, &ev)
                on:wheel=move |ev| gesture.wheel(&ev)
                on:pointerdown=move |ev| gesture.down(&ev)
                on:pointermove=move |ev| gesture.moved(&ev)
                on:pointerup=move |ev| gesture.up(&ev)
                on:pointercancel=move |ev| gesture.up(&ev)
            >
                <svg class="tl__svg" width=move || px(width.get()) height=move || px(geo.height()) role="group" aria-label="Events by time and source">
                    // The plot (right of the lanes' labels): what the window spans.
                    <rect class="tl__plot" x=move || px(geo.left()) y="0" width=move || px(geo.plot_w()) height=move || px(geo.height())/>
                    <scrubber::Shades scrub=scrub brush=gesture.brush/>
                    <axis::Lanes geo=geo/>
                    <axis::Axis geo=geo/>
                    <marks::Marks geo=geo results=results shown=shown place=place/>
                </svg>
                <scrubber::Handle scrub=scrub dragging=gesture.dragging/>
            </div>
            <strip::Strip geo=geo/>
        </section>
    }
    .into_any()
}

/// Keeps `width` equal to the container's, measured whenever it resizes (a ResizeObserver:
/// the window's resize misses a column narrowed by a card opening beside it).
fn watch_width(container: NodeRef<leptos::html::Div>, width: RwSignal<f64>) {
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - width.get_untracked()).abs() >= 0.5 {
                width.set(w);
            }
        }
    };
    let observer: StoredValue<Option<web_sys::ResizeObserver>, LocalStorage> =
        StoredValue::new_local(None);
    Effect::new(move |_| {
        let Some(el) = container.get() else {
            return;
        };
        // No measure here: reading the width would force the page's first layout in the
        // middle of its start; the observer reports the size once the browser has laid the
        // page out, before its first paint.
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(measure);
        if let Ok(o) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            o.observe(&el);
            observer.set_value(Some(o));
        }
        // The callback lives as long as the page (the timeline is never unmounted but with it).
        callback.forget();
    });
    on_cleanup(move || {
        if let Some(o) = observer.try_get_value().flatten() {
            o.disconnect();
        }
    });
}
