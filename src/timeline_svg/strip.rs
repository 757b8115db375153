//! The overview strip: the whole span of the events, a tick for each day that has any, and
//! the window on it; pressing or dragging on the strip moves the window there.

use leptos::prelude::*;
use story_core::date::Date;

use super::scrubber::capture;
use super::{px, Geo, PAD};

const STRIP_H: f64 = 26.0;

#[component]
pub(super) fn Strip(geo: Geo) -> impl IntoView {
    let bounds = geo.bounds;
    let mut days: Vec<Date> = geo.ctx.index.events.iter().map(|e| e.start).collect();
    story_core::order::sort(&mut days);
    days.dedup();
    let strip_w = move || (geo.width.get() - 2.0 * PAD).max(100.0);
    let x_of = move |d: Date| PAD + bounds.x(d) * strip_w();
    let ticks = move || {
        days.iter()
            .map(|&d| {
                let x = px(x_of(d));
                view! { <line class="tl__strip-day" x1=x.clone() x2=x y1="4" y2=px(STRIP_H - 12.0)/> }
            })
            .collect_view()
    };
    let window_rect = move || {
        let w = geo.window.get();
        let (a, b) = (x_of(w.from()), x_of(w.to()));
        let width = (b - a).max(4.0);
        view! { <rect class="tl__strip-window" x=px((a + b - width) / 2.0) y="1" width=px(width) height=px(STRIP_H - 12.0)/> }
    };
    let dragging = RwSignal::new(false);
    let container: NodeRef<leptos::svg::Svg> = NodeRef::new();
    // The window centred on the day under the pointer.
    let move_to = move |ev: &leptos::ev::PointerEvent| {
        let left = container
            .get_untracked()
            .map(|el| el.get_bounding_client_rect().left())
            .unwrap_or(0.0);
        let x = f64::from(ev.client_x()) - left;
        let day = bounds.day_at((x - PAD) / strip_w());
        let w = geo.window.get_untracked();
        let middle = w.from().to_days() + w.days() / 2;
        geo.show(w.shift(day.to_days() - middle).inside(bounds));
    };
    view! {
        <svg class="tl__strip" node_ref=container width=move || px(geo.width.get()) height=px(STRIP_H)
            role="img" aria-label=move || {
                let w = geo.window.get();
                format!("The whole span, {} to {}; the timeline shows {} to {}", bounds.from().year(), bounds.to().year(), w.from(), w.to())
            }
            on:pointerdown=move |ev| { capture(&ev); dragging.set(true); move_to(&ev); }
            on:pointermove=move |ev| if dragging.get_untracked() { move_to(&ev) }
            on:pointerup=move |_| dragging.set(false)
            on:pointercancel=move |_| dragging.set(false)
        >
            {ticks}
            {window_rect}
            <text class="tl__year" x=px(PAD) y=px(STRIP_H - 1.0) text-anchor="start">{bounds.from().year()}</text>
            <text class="tl__year" x=move || px(PAD + strip_w()) y=px(STRIP_H - 1.0) text-anchor="end">{bounds.to().year()}</text>
        </svg>
    }
}
