//! The scrubber: an ARIA slider named "Timeline" that sets the day the story is shown "as
//! of" (keys, drag), the shades it casts (the time after it, a brushed span), and Play,
//! which steps it through the events' dates. When a step leaves the window, the window
//! follows.

use leptos::prelude::*;
use story_core::date::Date;
use story_core::time::readable;
use wasm_bindgen::JsCast;

use super::{px, Geo};
use crate::url;

/// Milliseconds between two steps of Play.
const PLAY_STEP_MS: u64 = 700;

/// The scrubber's state, shared by the slider and the bar's buttons.
#[derive(Clone, Copy)]
pub(super) struct Scrub {
    pub geo: Geo,
    /// Every event's first day, in order, once each.
    pub starts: &'static [Date],
    pub playing: RwSignal<bool>,
    timer: StoredValue<Option<IntervalHandle>>,
    pub as_of: Memo<Option<Date>>,
    /// Whether a day is chosen (a step from one day to another leaves it as it is).
    pub scrubbed: Memo<bool>,
}

impl Scrub {
    pub fn new(geo: Geo) -> Scrub {
        let mut starts: Vec<Date> = geo.ctx.index.events.iter().map(|e| e.start).collect();
        story_core::order::sort(&mut starts);
        starts.dedup();
        let state = geo.ctx.view.state;
        let as_of = Memo::new(move |_| state.with(|s| s.as_of));
        let scrub = Scrub {
            geo,
            starts: Box::leak(starts.into_boxed_slice()),
            playing: RwSignal::new(false),
            timer: StoredValue::new(None),
            as_of,
            scrubbed: Memo::new(move |_| as_of.with(Option::is_some)),
        };
        // Play stops on any key.
        let any_key = window_event_listener(leptos::ev::keydown, move |_| {
            if scrub.playing.get_untracked() {
                scrub.stop();
            }
        });
        on_cleanup(move || any_key.remove());
        scrub
    }

    pub fn last_day(self) -> Date {
        self.geo.bounds.to()
    }

    pub fn first_day(self) -> Date {
        self.geo.bounds.from()
    }

    /// Shows the story as of `d` (all of it for none or the last day); the window follows a
    /// day outside it.
    pub fn set(self, d: Option<Date>, push: bool) {
        let geo = self.geo;
        let mut s = geo.ctx.view.state.get_untracked();
        s.as_of = d.filter(|d| *d < self.last_day());
        if let Some(d) = s.as_of {
            let w = geo.window.get_untracked();
            if !w.contains(d) {
                let middle = w.from().to_days() + w.days() / 2;
                let moved = w.shift(d.to_days() - middle).inside(geo.bounds);
                s.window = Some((moved.from(), moved.to()));
            }
        }
        if push {
            url::navigate(geo.ctx.view, s);
        } else {
            url::replace(geo.ctx.view, s);
        }
    }

    fn step(self) {
        let now = self.as_of.get_untracked();
        let next = self
            .starts
            .iter()
            .copied()
            .find(|d| now.is_none_or(|n| *d > n));
        match (now, next) {
            (None, _) => self.set(self.starts.first().copied(), false),
            (Some(_), Some(n)) => self.set(Some(n), false),
            (Some(_), None) => {
                self.set(None, false);
                self.stop();
            }
        }
    }

    pub fn stop(self) {
        self.playing.set(false);
        if let Some(h) = self.timer.get_value() {
            h.clear();
        }
        self.timer.set_value(None);
    }

    /// Play, or Pause when playing.
    pub fn toggle(self) {
        if self.playing.get_untracked() {
            self.stop();
            return;
        }
        self.playing.set(true);
        if let Ok(h) = set_interval_with_handle(
            move || {
                if self.playing.get_untracked() {
                    self.step();
                }
            },
            std::time::Duration::from_millis(PLAY_STEP_MS),
        ) {
            self.timer.set_value(Some(h));
        }
    }

    pub fn value_text(self) -> String {
        match self.as_of.get() {
            Some(d) => format!("as of {}", readable(d)),
            None => format!("all events, up to {}", readable(self.last_day())),
        }
    }

    /// The slider's keys: an event's date before or after, a year, the ends.
    fn on_key(self, ev: &leptos::ev::KeyboardEvent) {
        let (first, last) = (self.first_day(), self.last_day());
        let now = self.as_of.get_untracked().unwrap_or(last);
        let target = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => Some(
                self.starts
                    .iter()
                    .rev()
                    .copied()
                    .find(|d| *d < now)
                    .unwrap_or(first),
            ),
            "ArrowRight" | "ArrowUp" => Some(
                self.starts
                    .iter()
                    .copied()
                    .find(|d| *d > now)
                    .unwrap_or(last),
            ),
            "PageUp" => Some(now.add_days(365).unwrap_or(last).min(last)),
            "PageDown" => Some(now.add_days(-365).unwrap_or(first).max(first)),
            "Home" => Some(first),
            "End" => Some(last),
            _ => None,
        };
        if let Some(t) = target {
            ev.prevent_default();
            self.set(Some(t), false);
        }
    }
}

/// Captures the pointer for the element under it, so that a drag goes on outside it.
pub(super) fn capture(ev: &leptos::ev::PointerEvent) {
    if let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = el.set_pointer_capture(ev.pointer_id());
    }
}

/// The slider's handle, kept inside the plot (at its edge for a day outside the window).
#[component]
pub(super) fn Handle(scrub: Scrub, dragging: RwSignal<bool>) -> impl IntoView {
    let geo = scrub.geo;
    let x = move || geo.inside(geo.x_of(scrub.as_of.get().unwrap_or(scrub.last_day())));
    let value_now = move || {
        scrub
            .as_of
            .get()
            .unwrap_or(scrub.last_day())
            .to_days()
            .to_string()
    };
    view! {
        <div
            class="tl__handle"
            role="slider"
            tabindex="0"
            aria-label="Timeline"
            aria-valuemin=scrub.first_day().to_days().to_string()
            aria-valuemax=scrub.last_day().to_days().to_string()
            aria-valuenow=value_now
            aria-valuetext=move || scrub.value_text()
            style:left=move || format!("{}px", px(x()))
            style:height=move || format!("{}px", px(geo.height()))
            on:keydown=move |ev| scrub.on_key(&ev)
            on:pointerdown=move |ev| {
                ev.stop_propagation();
                capture(&ev);
                dragging.set(true);
                scrub.stop();
            }
        ></div>
    }
}

/// The time after the scrubber's day, dimmed, and the span brushed or chosen.
#[component]
pub(super) fn Shades(scrub: Scrub, brush: RwSignal<Option<(f64, f64)>>) -> impl IntoView {
    let geo = scrub.geo;
    let span = Memo::new(move |_| geo.ctx.view.state.with(|s| (s.from, s.to)));
    let span_rect = move || {
        let (from, to) = span.get();
        let (a, b) = match brush.get() {
            Some((a, b)) => (a.min(b), a.max(b)),
            None if from.is_some() || to.is_some() => (
                geo.inside(geo.x_of(from.unwrap_or(scrub.first_day()))),
                geo.inside(geo.x_of(to.unwrap_or(scrub.last_day()))),
            ),
            None => return None,
        };
        Some(view! {
            <rect class="tl__span" x=px(a) y=0 width=px((b - a).max(2.0)) height=px(geo.height())/>
        })
    };
    // One rect while a day is chosen, moved as the day changes (not built again each step).
    let future_x = move || scrub.as_of.get().map_or(0.0, |d| geo.inside(geo.x_of(d)));
    let future_rect = move || {
        scrub.scrubbed.get().then(|| {
            view! {
                <rect class="tl__future" x=move || px(future_x()) y=0
                    width=move || px((geo.width.get() - future_x()).max(0.0)) height=move || px(geo.height())/>
            }
        })
    };
    view! { {span_rect} {future_rect} }
}
