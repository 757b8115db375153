//! The scrubbable timeline: an SVG of every event on a time axis that gives recent years
//! room (`story_core::scale`), a lane per source, the number of sources per event, native
//! tooltips; a scrubber (an ARIA slider named "Timeline") that sets "as of" a day; a range
//! brush (drag across the lanes) that sets the time span; and a Play button.

use leptos::prelude::*;
use story_core::date::Date;
use story_core::query::Results;
use story_core::scale::Scale;
use story_core::time::{describe, readable};
use wasm_bindgen::JsCast;

use crate::{url, Ctx};

const LABEL_W: f64 = 150.0;

/// A coordinate for an SVG attribute, to a tenth of a pixel (integer formatting: the page
/// carries no float formatting code).
fn px(x: f64) -> String {
    story_core::scale::decimal(x, 1)
}
/// Above this many sources, one lane each would be too tall: marks only.
const MAX_LANES: usize = 24;
const LANE_H: f64 = 16.0;
const TOP_H: f64 = 30.0;
const AXIS_H: f64 = 28.0;
/// Milliseconds between two steps of Play.
const PLAY_STEP_MS: u64 = 700;

#[component]
pub fn TimelineSvg(ctx: Ctx, results: Memo<Results>) -> impl IntoView {
    let index = ctx.index;
    let state = ctx.view.state;
    let starts: Vec<Date> = {
        let mut v: Vec<Date> = index.events.iter().map(|e| e.start).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (Some(first), Some(last)) = (
        index.events.iter().map(|e| e.start).min(),
        index.events.iter().map(|e| e.end).max(),
    ) else {
        return view! { <p class="tl__none">"No dated events to place on a timeline."</p> }
            .into_any();
    };
    let scale = Scale::new(first, last);
    let first_day = scale.first_day();
    let last_day = scale.last_day();

    // The SVG's width follows its container.
    let container: NodeRef<leptos::html::Div> = NodeRef::new();
    let width = RwSignal::new(800.0f64);
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if container.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let with_lanes = index.documents.len() <= MAX_LANES;
    let label_w = move || {
        if width.get() < 520.0 || !with_lanes {
            0.0
        } else {
            LABEL_W
        }
    };
    let plot_w = move || (width.get() - label_w() - 12.0).max(100.0);
    let x_of = move |d: Date| label_w() + scale.x(d) * plot_w();
    let day_at = move |px: f64| scale.day_at((px - label_w()) / plot_w());
    let lanes = if with_lanes {
        index.documents.len() as f64
    } else {
        0.0
    };
    let height = TOP_H + lanes * LANE_H + AXIS_H;

    let as_of = Memo::new(move |_| state.with(|s| s.as_of));
    let span = Memo::new(move |_| state.with(|s| (s.from, s.to)));
    let set_as_of = move |d: Option<Date>, push: bool| {
        let mut s = state.get_untracked();
        s.as_of = d.filter(|d| *d < last_day);
        if push {
            url::navigate(ctx.view, s);
        } else {
            url::replace(ctx.view, s);
        }
    };

    // Play: steps through the event dates; stops at the end or on any key.
    let playing = RwSignal::new(false);
    let step_next = {
        let starts = starts.clone();
        move || {
            let now = as_of.get_untracked();
            let next = starts.iter().copied().find(|d| now.is_none_or(|n| *d > n));
            match (now, next) {
                (None, _) => set_as_of(starts.first().copied(), false),
                (Some(_), Some(n)) => set_as_of(Some(n), false),
                (Some(_), None) => {
                    set_as_of(None, false);
                    playing.set(false);
                }
            }
        }
    };
    let timer: StoredValue<Option<leptos::prelude::IntervalHandle>> = StoredValue::new(None);
    let stop = move || {
        playing.set(false);
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        timer.set_value(None);
    };
    let play = {
        let step_next = step_next.clone();
        move |_| {
            if playing.get_untracked() {
                stop();
                return;
            }
            playing.set(true);
            let step = step_next.clone();
            if let Ok(h) = set_interval_with_handle(
                move || {
                    if playing.get_untracked() {
                        step();
                    }
                },
                std::time::Duration::from_millis(PLAY_STEP_MS),
            ) {
                timer.set_value(Some(h));
            }
        }
    };
    Effect::new(move |_| {
        if !playing.get() {
            if let Some(h) = timer.get_value() {
                h.clear();
                timer.set_value(None);
            }
        }
    });
    let any_key = window_event_listener(leptos::ev::keydown, move |_| {
        if playing.get_untracked() {
            stop();
        }
    });
    on_cleanup(move || any_key.remove());

    // The slider's keys.
    let on_key = {
        let starts = starts.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let now = as_of.get_untracked().unwrap_or(last_day);
            let target = match ev.key().as_str() {
                "ArrowLeft" | "ArrowDown" => Some(
                    starts
                        .iter()
                        .rev()
                        .copied()
                        .find(|d| *d < now)
                        .unwrap_or(first_day),
                ),
                "ArrowRight" | "ArrowUp" => Some(
                    starts
                        .iter()
                        .copied()
                        .find(|d| *d > now)
                        .unwrap_or(last_day),
                ),
                "PageUp" => Some(now.add_days(365).unwrap_or(last_day).min(last_day)),
                "PageDown" => Some(now.add_days(-365).unwrap_or(first_day).max(first_day)),
                "Home" => Some(first_day),
                "End" => Some(last_day),
                _ => None,
            };
            if let Some(t) = target {
                ev.prevent_default();
                set_as_of(Some(t), false);
            }
        }
    };

    // Dragging the handle (or clicking the track) scrubs; dragging across the lanes brushes a span.
    let dragging = RwSignal::new(false);
    let brush: RwSignal<Option<(f64, f64)>> = RwSignal::new(None);
    let local_x = move |ev: &leptos::ev::PointerEvent| -> f64 {
        let left = container
            .get_untracked()
            .map(|el| el.get_bounding_client_rect().left())
            .unwrap_or(0.0);
        f64::from(ev.client_x()) - left
    };
    let capture = |ev: &leptos::ev::PointerEvent| {
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };

    let handle_x = move || x_of(as_of.get().unwrap_or(last_day));
    let value_text = move || match as_of.get() {
        Some(d) => format!("as of {}", readable(d)),
        None => format!("all events, up to {}", readable(last_day)),
    };
    let value_now = move || as_of.get().unwrap_or(last_day).to_days().to_string();

    // Which events pass the filters, one flag each: a memo, so that a keystroke that leaves
    // them as they were touches no mark, and one that changes them only flips classes.
    let visible = Memo::new(move |_| {
        results.with(|r| {
            let mut on = vec![false; index.events.len()];
            for &i in &r.events {
                if let Some(x) = on.get_mut(i) {
                    *x = true;
                }
            }
            on
        })
    });
    // The sources citing each event, by document number: worked out once.
    let doc_no: std::collections::HashMap<&str, usize> = index
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let event_docs: &'static [Vec<usize>] = Box::leak(
        index
            .events
            .iter()
            .map(|e| {
                let mut docs: Vec<usize> = e
                    .mentions
                    .iter()
                    .filter_map(|m| doc_no.get(m.doc.as_str()).copied())
                    .collect();
                docs.sort_unstable();
                docs.dedup();
                docs
            })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let marks = move || {
        let w_label = label_w();
        index
            .events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let start = e.start;
                let cx = x_of(start);
                let docs = event_docs.get(i)?;
                let on = move || visible.with(|v| v.get(i).copied().unwrap_or(false));
                let title = format!(
                    "{} — {} — {} {}",
                    e.label,
                    describe(e.start, e.end, e.granularity),
                    docs.len(),
                    if docs.len() == 1 { "source" } else { "sources" }
                );
                let id = e.id.clone();
                let (_, click) = url::to(ctx.view, move |s| s.event = Some(id.clone()));
                let id = e.id.clone();
                let open = move || url::update(ctx.view, |s| s.event = Some(id.clone()));
                let on_key = move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        open();
                    }
                };
                let r = 5.0 + 2.0 * docs.len() as f64;
                let lane_dots = docs
                    .iter()
                    .filter(|_| with_lanes)
                    .map(|&d| {
                        let cy = TOP_H + d as f64 * LANE_H + LANE_H / 2.0;
                        view! { <circle class="tl__dot" cx=px(cx) cy=px(cy) r="3.5"><title>{title.clone()}</title></circle> }
                    })
                    .collect_view();
                let _ = w_label;
                Some(view! {
                    <g class="tl__event" class:tl__event--off=move || !on() tabindex="0" role="button" aria-label=title.clone()
                        on:click=click on:keydown=on_key on:pointerdown=|ev| ev.stop_propagation()>
                        <circle class="tl__mark" cx=px(cx) cy=px(TOP_H / 2.0) r=px(r)><title>{title.clone()}</title></circle>
                        <text class="tl__n" x=px(cx) y=px(TOP_H / 2.0 + 4.0) text-anchor="middle" aria-hidden="true">{docs.len()}</text>
                        {lane_dots}
                    </g>
                })
            })
            .collect_view()
    };
    let lanes_view = move || {
        if !with_lanes {
            return None;
        }
        let w = width.get();
        let show_labels = label_w() > 0.0;
        index
            .documents
            .iter()
            .enumerate()
            .map(|(d, doc)| {
                let y = TOP_H + d as f64 * LANE_H + LANE_H / 2.0;
                let name: String = doc.title.chars().take(22).collect();
                view! {
                    <line class="tl__lane" x1=px(label_w()) x2=px(w - 6.0) y1=px(y) y2=px(y)/>
                    {show_labels.then(|| view! { <text class="tl__lane-label" x=4 y=px(y + 4.0)>{name}<title>{doc.title.clone()}</title></text> })}
                }
            })
            .collect_view()
            .into()
    };
    let axis = move || {
        let ticks = scale.year_ticks(plot_w(), 44.0);
        let y = TOP_H + lanes * LANE_H + 6.0;
        ticks
            .into_iter()
            .map(|(year, at)| {
                let x = label_w() + at;
                view! {
                    <line class="tl__tick" x1=px(x) x2=px(x) y1=px(TOP_H) y2=px(y)/>
                    <text class="tl__year" x=px(x) y=px(y + 14.0) text-anchor="middle">{year}</text>
                }
            })
            .collect_view()
    };
    let span_rect = move || {
        let (from, to) = span.get();
        let live = brush.get();
        let (a, b) = match live {
            Some((a, b)) => (a.min(b), a.max(b)),
            None if from.is_some() || to.is_some() => (
                x_of(from.unwrap_or(first_day)),
                x_of(to.unwrap_or(last_day)),
            ),
            None => return None,
        };
        Some(
            view! { <rect class="tl__span" x=px(a) y=0 width=px((b - a).max(2.0)) height=px(height)/> },
        )
    };
    let future_rect = move || {
        as_of.get().map(|d| {
            let x = x_of(d);
            view! { <rect class="tl__future" x=px(x) y=0 width=px((width.get() - x).max(0.0)) height=px(height)/> }
        })
    };

    let min = first_day.to_days().to_string();
    let max = last_day.to_days().to_string();
    view! {
        <section class="tl" aria-labelledby="tl-heading">
            <div class="tl__bar">
                <h2 id="tl-heading" class="tl__heading">"Timeline"</h2>
                <button type="button" class="tl__play" aria-pressed=move || playing.get().to_string() on:click=play>
                    {move || if playing.get() { "Pause" } else { "Play" }}
                </button>
                <span class="tl__asof" aria-hidden="true">{value_text}</span>
                {move || as_of.get().is_some().then(|| view! {
                    <button type="button" class="tl__all" on:click=move |_| { stop(); set_as_of(None, true); }>"Show all"</button>
                })}
                {move || (span.get() != (None, None)).then(|| view! {
                    <button type="button" class="tl__all" on:click=move |_| url::update(ctx.view, |s| { s.from = None; s.to = None; })>
                        "Clear span"
                    </button>
                })}
            </div>
            <div class="tl__frame" node_ref=container
                on:pointerdown=move |ev| {
                    if ev.button() != 0 { return; }
                    let x = local_x(&ev);
                    capture(&ev);
                    brush.set(Some((x, x)));
                }
                on:pointermove=move |ev| {
                    let x = local_x(&ev);
                    if dragging.get_untracked() {
                        set_as_of(Some(day_at(x)), false);
                    } else if let Some((a, _)) = brush.get_untracked() {
                        brush.set(Some((a, x)));
                    }
                }
                on:pointerup=move |_| {
                    dragging.set(false);
                    if let Some((a, b)) = brush.get_untracked() {
                        brush.set(None);
                        if (a - b).abs() >= 6.0 {
                            let (lo, hi) = (day_at(a.min(b)), day_at(a.max(b)));
                            url::update(ctx.view, |s| { s.from = Some(lo); s.to = Some(hi); });
                        }
                    }
                }
            >
                <svg class="tl__svg" width=move || px(width.get()) height=px(height) role="group" aria-label="Events by time and source">
                    {span_rect}
                    {future_rect}
                    {lanes_view}
                    {axis}
                    {marks}
                </svg>
                <div
                    class="tl__handle"
                    role="slider"
                    tabindex="0"
                    aria-label="Timeline"
                    aria-valuemin=min
                    aria-valuemax=max
                    aria-valuenow=value_now
                    aria-valuetext=value_text
                    style:left=move || format!("{}px", px(handle_x()))
                    on:keydown=on_key
                    on:pointerdown=move |ev| {
                        ev.stop_propagation();
                        capture(&ev);
                        dragging.set(true);
                        stop();
                    }
                ></div>
            </div>
        </section>
    }
    .into_any()
}
