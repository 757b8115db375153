//! An entity's card: its kind, aliases and every mention, grouped by source.

use leptos::prelude::*;
use story_core::view::ViewState;
use story_core::Entity;

use crate::{url, Ctx};

#[component]
pub fn EntityCard(ctx: Ctx, entity: &'static Entity) -> impl IntoView {
    let index = ctx.index;
    let close = ctx.view.state.with_untracked(|s| ViewState {
        entity: None,
        ..s.clone()
    });
    let close_href = url::href(&close);
    let groups: Vec<(&str, Vec<&story_core::Mention>)> = index
        .documents
        .iter()
        .map(|d| {
            (
                d.id.as_str(),
                entity
                    .mentions
                    .iter()
                    .filter(|m| m.doc == d.id)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, ms)| !ms.is_empty())
        .collect();
    view! {
        <section class="card" aria-labelledby="entity-card-title">
            <header class="card__header">
                <h2 class="card__title" id="entity-card-title">{entity.name.clone()}</h2>
                <a class="card__close" href=close_href on:click=move |ev| url::follow(ev, ctx.view, close.clone())>
                    "Close"
                </a>
            </header>
            <p class="card__meta">
                {format!("{} · {} mentions in {} of {} sources", entity.kind, entity.mentions.len(), groups.len(), index.documents.len())}
            </p>
            {(!entity.aliases.is_empty()).then(|| view! {
                <p class="card__aliases">"Also written: " {entity.aliases.join(", ")}</p>
            })}
            {groups
                .into_iter()
                .map(|(doc_id, mentions)| {
                    let title = index.document(doc_id).map(|d| d.title.clone()).unwrap_or_default();
                    view! {
                        <h3 class="card__source">{title}</h3>
                        <ul class="card__mentions">
                            {mentions
                                .into_iter()
                                .map(|m| {
                                    let text = index
                                        .document(doc_id)
                                        .and_then(|d| d.sentences.get(m.sentence as usize))
                                        .map(|s| s.text.clone())
                                        .unwrap_or_default();
                                    let target = ViewState {
                                        doc: Some(doc_id.to_string()),
                                        sentence: Some(m.sentence),
                                        entity: Some(entity.id.clone()),
                                        event: None,
                                    };
                                    let href = url::href(&target);
                                    view! {
                                        <li>
                                            <a href=href on:click=move |ev| url::follow(ev, ctx.view, target.clone())>
                                                {text}
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
