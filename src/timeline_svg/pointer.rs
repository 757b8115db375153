//! The timeline by pointer and keys: drag to move the window, Shift+drag to brush a time
//! span, the wheel (or a touchpad's pinch) and two fingers to zoom around the pointer, the
//! handle dragged to scrub; + and − zoom, the arrow keys move the window.

use leptos::prelude::*;
use story_core::timeline::{Window, PAN_STEP, ZOOM_STEP};

use super::scrubber::{capture, Scrub};
use super::Geo;
use crate::url;

/// A drag shorter than this (pixels) brushes nothing.
const MIN_BRUSH: f64 = 6.0;

/// What a pointer gesture in progress holds (transient UI state, not the view's).
#[derive(Clone, Copy)]
pub(super) struct Gesture {
    scrub: Scrub,
    container: NodeRef<leptos::html::Div>,
    /// The handle is being dragged.
    pub dragging: RwSignal<bool>,
    /// A span being brushed, from and to (pixels).
    pub brush: RwSignal<Option<(f64, f64)>>,
    /// A drag moving the window: where it started and the window then.
    pan: StoredValue<Option<(f64, Window)>>,
    /// The pointers down (id, x), for a pinch.
    pointers: StoredValue<Vec<(i32, f64)>>,
}

impl Gesture {
    pub fn new(scrub: Scrub, container: NodeRef<leptos::html::Div>) -> Gesture {
        Gesture {
            scrub,
            container,
            dragging: RwSignal::new(false),
            brush: RwSignal::new(None),
            pan: StoredValue::new(None),
            pointers: StoredValue::new(Vec::new()),
        }
    }

    fn geo(self) -> Geo {
        self.scrub.geo
    }

    /// The pointer's x in the drawing.
    fn local_x(self, ev: &leptos::ev::PointerEvent) -> f64 {
        let left = self
            .container
            .get_untracked()
            .map(|el| el.get_bounding_client_rect().left())
            .unwrap_or(0.0);
        f64::from(ev.client_x()) - left
    }

    pub fn down(self, ev: &leptos::ev::PointerEvent) {
        if ev.button() != 0 {
            return;
        }
        let x = self.local_x(ev);
        capture(ev);
        self.pointers.update_value(|p| {
            p.retain(|&(id, _)| id != ev.pointer_id());
            p.push((ev.pointer_id(), x));
        });
        if self.pointers.with_value(|p| p.len()) > 1 {
            // A second finger: a pinch, neither a drag nor a brush.
            self.pan.set_value(None);
            self.brush.set(None);
        } else if ev.shift_key() {
            self.brush.set(Some((x, x)));
        } else {
            self.pan
                .set_value(Some((x, self.geo().window.get_untracked())));
        }
    }

    pub fn moved(self, ev: &leptos::ev::PointerEvent) {
        let x = self.local_x(ev);
        let geo = self.geo();
        let before = self.pointers.with_value(|p| p.clone());
        if before.len() == 2 {
            self.pointers.update_value(|p| {
                for q in p.iter_mut().filter(|q| q.0 == ev.pointer_id()) {
                    q.1 = x;
                }
            });
            let after = self.pointers.with_value(|p| p.clone());
            let span = |p: &[(i32, f64)]| (p[0].1 - p[1].1).abs().max(1.0);
            let middle = (after[0].1 + after[1].1) / 2.0;
            let factor = span(&after) / span(&before);
            if (factor - 1.0).abs() > 0.01 {
                geo.zoom(factor, geo.share_at(middle));
            }
            return;
        }
        if self.dragging.get_untracked() {
            self.scrub.set(Some(geo.day_at(x)), false);
        } else if let Some((a, _)) = self.brush.get_untracked() {
            self.brush.set(Some((a, x)));
        } else if let Some((start, w)) = self.pan.get_value() {
            let days = ((start - x) / geo.plot_w() * w.days() as f64).round() as i64;
            geo.show(w.shift(days).inside(geo.bounds));
        }
    }

    pub fn up(self, ev: &leptos::ev::PointerEvent) {
        self.pointers
            .update_value(|p| p.retain(|&(id, _)| id != ev.pointer_id()));
        self.dragging.set(false);
        self.pan.set_value(None);
        if let Some((a, b)) = self.brush.get_untracked() {
            self.brush.set(None);
            if (a - b).abs() >= MIN_BRUSH {
                let geo = self.geo();
                let (lo, hi) = (geo.day_at(a.min(b)), geo.day_at(a.max(b)));
                url::update(geo.ctx.view, |s| {
                    s.from = Some(lo);
                    s.to = Some(hi);
                });
            }
        }
    }

    /// The wheel zooms around the pointer (a notch a step; a touchpad's pinch comes as a
    /// wheel with Ctrl); a sideways scroll moves the window.
    pub fn wheel(self, ev: &leptos::ev::WheelEvent) {
        let geo = self.geo();
        // Lines and pages to pixels.
        let unit = match ev.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let (dx, dy) = (ev.delta_x() * unit, ev.delta_y() * unit);
        if !dx.is_finite() || !dy.is_finite() || (dx == 0.0 && dy == 0.0) {
            return;
        }
        ev.prevent_default();
        if dx.abs() > dy.abs() {
            geo.pan(dx / geo.plot_w());
        } else {
            let left = self
                .container
                .get_untracked()
                .map(|el| el.get_bounding_client_rect().left())
                .unwrap_or(0.0);
            let x = f64::from(ev.client_x()) - left;
            let factor = ZOOM_STEP.powf((-dy / 100.0).clamp(-1.0, 1.0));
            geo.zoom(factor, geo.share_at(x));
        }
    }
}

/// The keys `+` and `-` zoom around the middle, the arrow keys move the window (keys the
/// slider or a mark has used are left alone).
pub(super) fn on_key(geo: Geo, ev: &leptos::ev::KeyboardEvent) {
    if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    match ev.key().as_str() {
        "+" | "=" => geo.zoom(ZOOM_STEP, 0.5),
        "-" | "_" => geo.zoom(1.0 / ZOOM_STEP, 0.5),
        "ArrowLeft" => geo.pan(-PAN_STEP),
        "ArrowRight" => geo.pan(PAN_STEP),
        _ => return,
    }
    ev.prevent_default();
}
