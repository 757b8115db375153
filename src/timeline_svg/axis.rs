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
    // The labels' class, line and anchor are their group's: a zoom moves each label (and
    // changes its text where the tick's does), it does not write four attributes a label.
    let labels = move || {
        placed.with(|(_, ticks)| {
            ticks
                .iter()
                .map(|(x, label)| view! { <text x=px(*x)>{label.clone()}</text> })
                .collect_view()
        })
    };
    let line = move || placed.with(|(y, _)| format!("translate(0 {})", px(y + 14.0)));
    view! {
        <path class="tl__tick" d=lines/>
        <g class="tl__years" transform=line text-anchor="middle">{labels}</g>
    }
}

#[component]
pub(super) fn Lanes(geo: Geo) -> impl IntoView {
    let (index, outlets) = (geo.ctx.index, &geo.ctx.engine.outlets);
    if !geo.with_lanes {
        return None;
    }
    // Built once: a zoom or a resize moves the lanes (their band's height follows the marks'
    // rows), it does not make them again.
    Some(
        outlets
            .units()
            .into_iter()
            .enumerate()
            .map(|(lane, unit)| {
                let y = move || geo.band_h() + lane as f64 * LANE_H + LANE_H / 2.0;
                let full = outlets.name(index, unit).to_string();
                let name: String = full.chars().take(22).collect();
                let label = move || {
                    (geo.label_w() > 0.0).then(|| {
                        let (name, full) = (name.clone(), full.clone());
                        view! { <text class="tl__lane-label" x=4 y=move || px(y() + 4.0)>{name}<title>{full}</title></text> }
                    })
                };
                view! {
                    <line class="tl__lane" x1=move || px(geo.label_w()) x2=move || px(geo.width.get() - 6.0)
                        y1=move || px(y()) y2=move || px(y())/>
                    {label}
                }
            })
            .collect_view(),
    )
}
