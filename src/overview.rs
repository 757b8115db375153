//! The default view: what the corpus holds, the timeline, the main entities and the themes.

use leptos::prelude::*;

use crate::{timeline::Timeline, url, Ctx};

/// How many entities the overview lists.
const TOP_ENTITIES: usize = 24;

#[component]
pub fn Overview(ctx: Ctx) -> impl IntoView {
    let index = ctx.index;
    let sentences: usize = index.documents.iter().map(|d| d.sentences.len()).sum();
    view! {
        <section class="overview">
            <h2>"One story, all its sources"</h2>
            <p class="overview__summary">
                {format!(
                    "{} documents, {sentences} sentences, {} events, {} named people, places and organisations. Choose a document to read it, an event to see who mentions it, or a name to see its card.",
                    index.documents.len(),
                    index.events.len(),
                    index.entities.len(),
                )}
            </p>
            <Timeline ctx=ctx/>
            <section class="overview__entities" aria-labelledby="entities-heading">
                <h2 id="entities-heading">"Who and what"</h2>
                <ul class="chips">
                    {index
                        .entities
                        .iter()
                        .take(TOP_ENTITIES)
                        .map(|e| {
                            let id = e.id.clone();
                            let (href, click) = url::to(ctx.view, move |s| s.entity = Some(id.clone()));
                            view! {
                                <li>
                                    <a class=format!("chip chip--{}", e.kind) href=href on:click=click>
                                        {e.name.clone()}
                                        <span class="chip__count">{e.mentions.len()}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            <section class="overview__themes" aria-labelledby="themes-heading">
                <h2 id="themes-heading">"Themes"</h2>
                <ul class="chips">
                    {index
                        .themes
                        .iter()
                        .map(|t| {
                            let id = t.id.clone();
                            let (href, click) = url::to(ctx.view, move |s| s.theme = Some(id.clone()));
                            view! {
                                <li>
                                    <a class="chip chip--theme" href=href on:click=click>
                                        {t.name.clone()}
                                        <span class="chip__count">{t.sentences.len()}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {(!index.key_phrases.is_empty()).then(|| view! {
                    <p class="overview__phrases">"Key phrases: " {index.key_phrases.join(" · ")}</p>
                })}
            </section>
        </section>
    }
}
