//! The axis (ticks from decades to days, as `story_core::timeline::ticks` chooses) and, for
//! a small corpus, a lane per source.

use leptos::prelude::*;
use story_core::timeline::ticks;

use super::{px, Geo, LANE_H};

#[component]
pub(super) fn Axis(geo: Geo) -> impl IntoView {
    move || {
        let (left, plot_w) = (geo.left(), geo.plot_w());
        let top = geo.band_h();
        let y = top + geo.lanes_h() + 6.0;
        ticks(geo.window.get(), plot_w)
            .into_iter()
            .map(|t| {
                let x = left + t.at * plot_w;
                view! {
                    <line class="tl__tick" x1=px(x) x2=px(x) y1="0" y2=px(y)/>
                    <text class="tl__year" x=px(x) y=px(y + 14.0) text-anchor="middle">{t.label}</text>
                }
            })
            .collect_view()
    }
}

#[component]
pub(super) fn Lanes(geo: Geo) -> impl IntoView {
    let documents = &geo.ctx.index.documents;
    move || {
        if !geo.with_lanes {
            return None;
        }
        let (w, top) = (geo.width.get(), geo.band_h());
        let label_w = geo.label_w();
        Some(
            documents
                .iter()
                .enumerate()
                .map(|(d, doc)| {
                    let y = top + d as f64 * LANE_H + LANE_H / 2.0;
                    let name: String = doc.title.chars().take(22).collect();
                    view! {
                        <line class="tl__lane" x1=px(label_w) x2=px(w - 6.0) y1=px(y) y2=px(y)/>
                        {(label_w > 0.0).then(|| view! { <text class="tl__lane-label" x=4 y=px(y + 4.0)>{name}<title>{doc.title.clone()}</title></text> })}
                    }
                })
                .collect_view(),
        )
    }
}
