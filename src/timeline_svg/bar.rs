//! The timeline's bar: its heading, Play, what the scrubber shows, the zoom and pan buttons,
//! the window in words, and key or all events.

use leptos::prelude::*;
use story_core::time::readable;
use story_core::timeline::{PAN_STEP, ZOOM_STEP};

use super::scrubber::Scrub;
use crate::url;

#[component]
pub(super) fn Bar(scrub: Scrub, key_count: usize) -> impl IntoView {
    let geo = scrub.geo;
    let ctx = geo.ctx;
    let state = ctx.view.state;
    let total = ctx.index.events.len();
    let span = Memo::new(move |_| state.with(|s| (s.from, s.to)));
    let all_events = Memo::new(move |_| state.with(|s| s.all_events));
    let zoomed = Memo::new(move |_| state.with(|s| s.window.is_some()));
    let window_text = move || {
        let w = geo.window.get();
        format!("{} – {}", readable(w.from()), readable(w.to()))
    };
    view! {
        <div class="tl__bar">
            <h2 id="tl-heading" class="tl__heading">"Timeline"</h2>
            <button type="button" class="tl__play" aria-pressed=move || scrub.playing.get().to_string() on:click=move |_| scrub.toggle()>
                {move || if scrub.playing.get() { "Pause" } else { "Play" }}
            </button>
            <span class="tl__asof" aria-hidden="true">{move || scrub.value_text()}</span>
            {move || scrub.scrubbed.get().then(|| view! {
                <button type="button" class="tl__all" on:click=move |_| { scrub.stop(); scrub.set(None, true); }>"Show all"</button>
            })}
            {move || (span.get() != (None, None)).then(|| view! {
                <button type="button" class="tl__all" on:click=move |_| url::update(ctx.view, |s| { s.from = None; s.to = None; })>
                    "Clear span"
                </button>
            })}
        </div>
        <div class="tl__bar tl__zoom" role="group" aria-label="Timeline window">
            <button type="button" class="tl__all" aria-label="Zoom in" on:click=move |_| geo.zoom(ZOOM_STEP, 0.5)>"+"</button>
            <button type="button" class="tl__all" aria-label="Zoom out" on:click=move |_| geo.zoom(1.0 / ZOOM_STEP, 0.5)>"−"</button>
            <button type="button" class="tl__all" aria-label="Earlier" on:click=move |_| geo.pan(-PAN_STEP)>"‹"</button>
            <button type="button" class="tl__all" aria-label="Later" on:click=move |_| geo.pan(PAN_STEP)>"›"</button>
            {move || zoomed.get().then(|| view! {
                <button type="button" class="tl__all" on:click=move |_| url::update(ctx.view, |s| s.window = None)>"Key period"</button>
            })}
            <span class="tl__window">{window_text}</span>
            {(key_count < total).then(|| view! {
                <button type="button" class="tl__all tl__events" aria-pressed=move || all_events.get().to_string()
                    on:click=move |_| url::update(ctx.view, |s| s.all_events = !s.all_events)>
                    {format!("All {total} events")}
                </button>
            })}
        </div>
    }
}
