//! An entity's card: its kind, aliases and every mention, grouped by source.

use leptos::prelude::*;
use story_core::view::ViewState;
use story_core::Entity;

use crate::mentions::{by_source, count_sources, header, Item};
use crate::Ctx;

#[component]
pub fn EntityCard(ctx: Ctx, entity: &'static Entity) -> impl IntoView {
    let index = ctx.index;
    let close = ctx.view.state.with_untracked(|s| ViewState {
        entity: None,
        ..s.clone()
    });
    let items = Item::marked(&entity.mentions);
    let sources = count_sources(&items);
    let id = entity.id.clone();
    view! {
        <section class="card" aria-labelledby="entity-card-title">
            {header(ctx, "entity-card-title", entity.name.clone(), close)}
            <p class="card__meta">
                {format!("{} · {} mentions in {sources} of {} sources", entity.kind, entity.mentions.len(), index.documents.len())}
            </p>
            {(!entity.aliases.is_empty()).then(|| view! {
                <p class="card__aliases">"Also written: " {entity.aliases.join(", ")}</p>
            })}
            {by_source(ctx, &items, move |doc, sentence| ViewState {
                doc: Some(doc.to_string()),
                sentence: Some(sentence),
                entity: Some(id.clone()),
                ..Default::default()
            })}
        </section>
    }
}
