//! The events' marks: a disc of a bounded size with the number of sources written in it,
//! a dot on each source's lane, stacked in rows where marks would overlap. Marks are built
//! once per choice of key or all events; the window moves them, the filters flip a class.

use leptos::prelude::*;
use story_core::query::Results;
use story_core::time::describe;
use story_core::timeline::{mark_radius, overflow, stack, Window};
use story_core::Index;

use super::{plot, px, Geo, LANE_H, MARK_GAP, MAX_ROWS, MORE_BIN, ROW_H};
use crate::url;

/// Where the marks stand: each event's x in pixels and its row, or `None` when it is not
/// drawn (not shown, outside the window, or no room in its rows), and how many found no room
/// where. One memo for all marks: a zoom computes it once.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Layout {
    pub at: Vec<Option<(f64, usize)>>,
    pub more: Vec<(f64, usize)>,
}

impl Layout {
    /// The rows drawn: those of the marks, and one for the counts of those without room.
    pub fn rows(&self) -> usize {
        let marks = self
            .at
            .iter()
            .flatten()
            .map(|&(_, r)| r + 1)
            .max()
            .unwrap_or(1);
        marks + usize::from(!self.more.is_empty())
    }
}

pub(super) fn placements(
    index: &'static Index,
    shown: Memo<Vec<usize>>,
    window: Memo<Window>,
    width: RwSignal<f64>,
    with_lanes: bool,
) -> Memo<Layout> {
    Memo::new(move |_| {
        let w = window.get();
        let (_, left, plot_w) = plot(width.get(), with_lanes);
        let mut layout = Layout {
            at: vec![None; index.events.len()],
            more: Vec::new(),
        };
        shown.with(|shown| {
            let inside: Vec<(usize, f64)> = shown
                .iter()
                .filter_map(|&i| {
                    let e = index.events.get(i)?;
                    w.contains(e.start)
                        .then(|| (i, left + w.x(e.start) * plot_w))
                })
                .collect();
            let xs: Vec<f64> = inside.iter().map(|p| p.1).collect();
            let mut homeless = Vec::new();
            for ((i, x), row) in inside.into_iter().zip(stack(&xs, MARK_GAP, MAX_ROWS)) {
                match (row, layout.at.get_mut(i)) {
                    (Some(row), Some(slot)) => *slot = Some((x, row)),
                    _ => homeless.push(x),
                }
            }
            layout.more = overflow(&homeless, MORE_BIN);
        });
        layout
    })
}

#[component]
pub(super) fn Marks(
    geo: Geo,
    results: Memo<Results>,
    shown: Memo<Vec<usize>>,
    place: Memo<Layout>,
) -> impl IntoView {
    let ctx = geo.ctx;
    let index = ctx.index;
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
    let event_docs: &'static [Vec<usize>] = Box::leak(
        index
            .events
            .iter()
            .map(|e| {
                let mut docs: Vec<usize> = e
                    .mentions
                    .iter()
                    .map(|m| m.doc.index())
                    .filter(|&d| d < index.documents.len())
                    .collect();
                story_core::order::sort(&mut docs);
                docs.dedup();
                docs
            })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    // Where marks found no room: how many, to be seen by zooming in.
    let more = move || {
        place.with(|p| {
            let y = 4.0 + (p.rows() - 1) as f64 * ROW_H + ROW_H / 2.0 + 4.0;
            p.more
                .iter()
                .map(|&(x, n)| {
                    let x = geo.inside(x);
                    view! {
                        <g class="tl__more">
                            <title>{format!("{n} more {} here: zoom in to see them", if n == 1 { "event" } else { "events" })}</title>
                            <text x=px(x) y=px(y) text-anchor="middle" aria-hidden="true">{format!("+{n}")}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    let marks = move || {
        // In the index's (time) order, so that Tab walks the marks in time.
        let mut shown = shown.get();
        story_core::order::sort(&mut shown);
        shown
            .into_iter()
            .filter_map(|i| {
                let e = index.events.get(i)?;
                let docs = event_docs.get(i)?;
                let on = move || visible.with(|v| v.get(i).copied().unwrap_or(false));
                let at = move || place.with(|p| p.at.get(i).copied().flatten());
                let cx = move || px(at().map_or(-100.0, |(x, _)| x));
                let cy = move || 4.0 + at().map_or(0.0, |(_, row)| row as f64) * ROW_H + ROW_H / 2.0;
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
                let mut lanes: Vec<usize> = docs
                    .iter()
                    .filter(|_| geo.with_lanes)
                    .map(|&d| ctx.engine.outlets.lane(d))
                    .collect();
                story_core::order::sort(&mut lanes);
                lanes.dedup();
                let lane_dots = lanes
                    .into_iter()
                    .map(|lane| {
                        let cy = move || px(geo.band_h() + lane as f64 * LANE_H + LANE_H / 2.0);
                        view! { <circle class="tl__dot" cx=cx cy=cy r="3.5"><title>{title.clone()}</title></circle> }
                    })
                    .collect_view();
                Some(view! {
                    <g class="tl__event" class:tl__event--off=move || !on() class:tl__event--out=move || at().is_none()
                        tabindex="0" role="button" aria-label=title.clone()
                        on:click=click on:keydown=on_key on:pointerdown=|ev| ev.stop_propagation()>
                        <circle class="tl__mark" cx=cx cy=move || px(cy()) r=px(mark_radius(docs.len()))><title>{title.clone()}</title></circle>
                        <text class="tl__n" x=cx y=move || px(cy() + 3.5) text-anchor="middle" aria-hidden="true">{docs.len()}</text>
                        {lane_dots}
                    </g>
                })
            })
            .collect_view()
    };
    view! { {marks} {more} }
}
