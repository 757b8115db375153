//! A plain timeline: the key events in order (every event on request, `events=all`), with
//! their time, label and the sources that mention them, a page at a time (the scrubbable
//! one is `timeline_svg`).

use leptos::prelude::*;
use story_core::time::describe;
use story_core::timeline::{key_events, KEY_EVENTS};

use crate::{short_title, url, Ctx};

/// Sources named in an event's tooltip.
const TITLES_SHOWN: usize = 8;
/// Events listed at a time.
const PAGE: usize = 50;

#[component]
pub fn Timeline(ctx: Ctx) -> impl IntoView {
    let index = ctx.index;
    let total = index.events.len();
    let open = Memo::new(move |_| ctx.view.state.with(|s| s.event.clone()));
    let all = Memo::new(move |_| ctx.view.state.with(|s| s.all_events));
    // The key events in the index's (time) order.
    let mut key = key_events(&index.events, KEY_EVENTS);
    story_core::order::sort(&mut key);
    let key_count = key.len();
    let listed = Memo::new(move |_| {
        if all.get() {
            (0..total).collect()
        } else {
            key.clone()
        }
    });
    let shown = RwSignal::new(PAGE);
    let row = move |i: usize| {
        let e = index.events.get(i)?;
        let mut docs: Vec<story_core::DocNo> = e.mentions.iter().map(|m| m.doc).collect();
        docs.dedup();
        // The tooltip names the first few sources (an event of a large corpus can have hundreds).
        let mut titles: Vec<String> = docs
            .iter()
            .take(TITLES_SHOWN)
            .filter_map(|&d| index.doc(d))
            .map(|d| short_title(&d.title))
            .collect();
        if docs.len() > TITLES_SHOWN {
            titles.push(format!("and {} more", docs.len() - TITLES_SHOWN));
        }
        let id = e.id.clone();
        let (href, click) = {
            let id = id.clone();
            url::to(ctx.view, move |s| s.event = Some(id.clone()))
        };
        let is_open = move || open.with(|o| o.as_deref() == Some(id.as_str()));
        Some(view! {
            <li class="timeline__event" class:timeline__event--open=is_open>
                <span class="timeline__date">{describe(e.start, e.end, e.granularity)}</span>
                <a class="timeline__label" href=href on:click=click>
                    {e.label.clone()}
                </a>
                <span class="timeline__sources" title=titles.join("\n")>
                    {format!("{} {}", docs.len(), if docs.len() == 1 { "source" } else { "sources" })}
                </span>
            </li>
        })
    };
    let toggle = move |_| {
        shown.set(PAGE);
        url::update(ctx.view, |s| s.all_events = !s.all_events);
    };
    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">
                {move || if all.get() || key_count == total { "Events in order" } else { "Key events in order" }}
            </h2>
            {(total == 0).then(|| view! { <p>"No dated events were found in these documents."</p> })}
            {(key_count < total).then(|| view! {
                <p class="timeline__which">
                    {move || if all.get() {
                        format!("All {total} events. ")
                    } else {
                        format!("The {key_count} events the sources tell most of (two a day at most, while other days have some), of {total}. ")
                    }}
                    <button type="button" class="results__more" aria-pressed=move || all.get().to_string() on:click=toggle>
                        {format!("All {total} events")}
                    </button>
                </p>
            })}
            <ol class="timeline__list">
                {move || listed.with(|l| l.iter().take(shown.get()).filter_map(|&i| row(i)).collect_view())}
            </ol>
            {move || {
                let left = listed.with(|l| l.len()).saturating_sub(shown.get());
                (left > 0).then(|| view! {
                    <button type="button" class="results__more" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {format!("More events ({left} left)")}
                    </button>
                })
            }}
        </section>
    }
}
