//! A theme's card: its terms and the sentences that use them, grouped by source.

use leptos::prelude::*;
use story_core::view::ViewState;
use story_core::Theme;

use crate::mentions::{by_source, count_sources, header, Item};
use crate::Ctx;

#[component]
pub fn ThemeCard(ctx: Ctx, theme: &'static Theme) -> impl IntoView {
    let index = ctx.index;
    let close = ctx.view.state.with_untracked(|s| ViewState {
        theme: None,
        ..s.clone()
    });
    let items: Vec<Item> = theme
        .sentences
        .iter()
        .map(|r| Item {
            doc: &r.doc,
            sentence: r.sentence,
            mark: None,
        })
        .collect();
    let sources = count_sources(&items);
    let id = theme.id.clone();
    view! {
        <section class="card" aria-labelledby="theme-card-title">
            {header(ctx, "theme-card-title", theme.name.clone(), close)}
            <p class="card__meta">
                {format!("{} sentences in {sources} of {} sources", theme.sentences.len(), index.documents.len())}
            </p>
            <p class="card__aliases">"Terms: " {theme.terms.join(", ")}</p>
            {by_source(ctx, &items, move |doc, sentence| ViewState {
                doc: Some(doc.to_string()),
                sentence: Some(sentence),
                theme: Some(id.clone()),
                ..Default::default()
            })}
        </section>
    }
}
