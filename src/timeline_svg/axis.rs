//! The axis (ticks from decades to days, as `story_core::timeline::ticks` chooses) and, for
//! a small corpus, a lane per source (an outlet, or a document that names none).

use leptos::prelude::*;
use story_core::timeline::ticks;

use super::{px, Geo, LANE_H};

#[component]
pub(super) fn Axis(geo: Geo) -> impl IntoView {
    // Positions in pixels and labels, worked out once a window.
    let placed = Memo::new(move |_| {
        let (left, plot_w) = (geo.left(), geo.plot_w());
        let y = geo.band_h() + geo.lanes_h() + 6.0;
        let ticks: Vec<(f64, String)> = ticks(geo.window.get(), plot_w)
            .into_iter()
            .map(|t| (left + t.at * plot_w, t.label))
            .collect();
        (y, ticks)
    });
    // Every tick's line in one path: a zoom sets one attribute, not five per line.
    let lines = move || {
        placed.with(|(y, ticks)| {
            let down = format!("V{}", px(*y));
            ticks
                .iter()
                .map(|(x, _)| format!("M{} 0{down}", px(*x)))
                .collect::<String>()
        })
    };
    let labels = move || {
        placed.with(|(y, ticks)| {
            ticks
                .iter()
                .map(|(x, label)| {
                    view! { <text class="tl__year" x=px(*x) y=px(y + 14.0) text-anchor="middle">{label.clone()}</text> }
                })
                .collect_view()
        })
    };
    view! { <path class="tl__tick" d=lines/> {labels} }
}

#[component]
pub(super) fn Lanes(geo: Geo) -> impl IntoView {
    let (index, outlets) = (geo.ctx.index, &geo.ctx.engine.outlets);
    move || {
        if !geo.with_lanes {
            return None;
        }
        let (w, top) = (geo.width.get(), geo.band_h());
        let label_w = geo.label_w();
        Some(
            outlets
                .units()
                .into_iter()
                .enumerate()
                .map(|(lane, unit)| {
                    let y = top + lane as f64 * LANE_H + LANE_H / 2.0;
                    let full = outlets.name(index, unit).to_string();
                    let name: String = full.chars().take(22).collect();
                    view! {
                        <line class="tl__lane" x1=px(label_w) x2=px(w - 6.0) y1=px(y) y2=px(y)/>
                        {(label_w > 0.0).then(|| view! { <text class="tl__lane-label" x=4 y=px(y + 4.0)>{name}<title>{full}</title></text> })}
                    }
                })
                .collect_view(),
        )
    }
}
