//! An event's card: its time and every sentence, in every source, that mentions it; then,
//! folded away, the sentences that name its time only in passing.

use leptos::prelude::*;
use story_core::time::describe;
use story_core::{DocNo, Event};

use crate::mentions::{by_source, count_sources, header, Item};
use crate::Ctx;

#[component]
pub fn EventCard(ctx: Ctx, event: &'static Event) -> impl IntoView {
    let entities: Vec<String> = event
        .entities
        .iter()
        .filter_map(|id| ctx.index.entities.iter().find(|e| &e.id == id))
        .take(8)
        .map(|e| e.name.clone())
        .collect();
    let items = Item::marked(&event.mentions);
    let sources = count_sources(&items);
    let passing = Item::marked(&event.passing);
    view! {
        <section class="card" aria-labelledby="event-card-title">
            {header(ctx, "event-card-title", event.label.clone(), |s| s.event = None)}
            <p class="card__meta">
                {format!(
                    "{} · mentioned {} times in {sources} of {} sources",
                    describe(event.start, event.end, event.granularity),
                    event.mentions.len(),
                    ctx.index.documents.len()
                )}
            </p>
            {(!entities.is_empty()).then(|| view! {
                <p class="card__aliases">"Involving: " {entities.join(", ")}</p>
            })}
            {by_source(ctx, &items)}
            {(!passing.is_empty()).then(|| {
                let mut lines: Vec<(DocNo, u32)> =
                    passing.iter().map(|i| (i.doc, i.sentence)).collect();
                story_core::order::sort(&mut lines);
                lines.dedup();
                let (n, in_sources) = (lines.len(), count_sources(&passing));
                let summary = format!(
                    "Named in passing: {n} {} in {in_sources} {}, telling of something else",
                    if n == 1 { "sentence" } else { "sentences" },
                    if in_sources == 1 { "source" } else { "sources" },
                );
                view! {
                    <details class="card__passing">
                        <summary>{summary}</summary>
                        {by_source(ctx, &passing)}
                    </details>
                }
            })}
        </section>
    }
}
