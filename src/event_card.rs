//! An event's card: its time and every sentence, in every source, that mentions it.

use leptos::prelude::*;
use story_core::annotate::{segments, Mark};
use story_core::time::describe;
use story_core::view::ViewState;
use story_core::Event;

use crate::{url, Ctx};

#[component]
pub fn EventCard(ctx: Ctx, event: &'static Event) -> impl IntoView {
    let index = ctx.index;
    let close = ctx.view.state.with_untracked(|s| ViewState {
        event: None,
        ..s.clone()
    });
    let close_href = url::href(&close);
    let mut docs: Vec<&str> = event.mentions.iter().map(|m| m.doc.as_str()).collect();
    docs.dedup();
    let entities: Vec<&story_core::Entity> = event
        .entities
        .iter()
        .filter_map(|id| index.entities.iter().find(|e| &e.id == id))
        .take(8)
        .collect();
    view! {
        <section class="card" aria-labelledby="event-card-title">
            <header class="card__header">
                <h2 class="card__title" id="event-card-title">{event.label.clone()}</h2>
                <a class="card__close" href=close_href on:click=move |ev| url::follow(ev, ctx.view, close.clone())>
                    "Close"
                </a>
            </header>
            <p class="card__meta">
                {format!(
                    "{} · mentioned {} times in {} of {} sources",
                    describe(&event.start, &event.end, &event.granularity),
                    event.mentions.len(),
                    docs.len(),
                    index.documents.len()
                )}
            </p>
            {(!entities.is_empty()).then(|| view! {
                <p class="card__aliases">"Involving: " {entities.iter().map(|e| e.name.clone()).collect::<Vec<_>>().join(", ")}</p>
            })}
            {docs
                .into_iter()
                .map(|doc_id| {
                    let title = index.document(doc_id).map(|d| d.title.clone()).unwrap_or_default();
                    view! {
                        <h3 class="card__source">{title}</h3>
                        <ul class="card__mentions">
                            {event
                                .mentions
                                .iter()
                                .filter(|m| m.doc == doc_id)
                                .map(|m| {
                                    let text = index
                                        .document(doc_id)
                                        .and_then(|d| d.sentences.get(m.sentence as usize))
                                        .map(|s| s.text.clone())
                                        .unwrap_or_default();
                                    let parts = segments(&text, vec![(m.start, m.end, Mark::Time(0))]);
                                    let target = ViewState {
                                        doc: Some(doc_id.to_string()),
                                        sentence: Some(m.sentence),
                                        entity: None,
                                        event: Some(event.id.clone()),
                                    };
                                    let href = url::href(&target);
                                    view! {
                                        <li>
                                            <a href=href on:click=move |ev| url::follow(ev, ctx.view, target.clone())>
                                                {parts
                                                    .into_iter()
                                                    .map(|p| match p.mark {
                                                        Some(_) => view! { <mark>{p.text}</mark> }.into_any(),
                                                        None => p.text.into_any(),
                                                    })
                                                    .collect_view()}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </section>
    }
}
