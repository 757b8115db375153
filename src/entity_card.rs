//! An entity's card: its kind, aliases and every mention, grouped by source.

use leptos::prelude::*;
use story_core::Entity;

use crate::mentions::{by_source, count_sources, header, Item};
use crate::Ctx;

#[component]
pub fn EntityCard(ctx: Ctx, entity: &'static Entity) -> impl IntoView {
    let items = Item::marked(&entity.mentions);
    let sources = count_sources(&items);
    view! {
        <section class="card" aria-labelledby="entity-card-title">
            {header(ctx, "entity-card-title", entity.name.clone(), |s| s.entity = None)}
            <p class="card__meta">
                {format!(
                    "{} · {} mentions in {sources} of {} sources",
                    entity.kind,
                    entity.mentions.len(),
                    ctx.index.documents.len()
                )}
            </p>
            {(!entity.aliases.is_empty()).then(|| view! {
                <p class="card__aliases">"Also written: " {entity.aliases.join(", ")}</p>
            })}
            {by_source(ctx, &items)}
        </section>
    }
}
