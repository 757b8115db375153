//! A theme's card: its terms and the sentences that use them, grouped by source.

use leptos::prelude::*;
use story_core::Theme;

use crate::mentions::{by_source, count_sources, header, Item};
use crate::Ctx;

#[component]
pub fn ThemeCard(ctx: Ctx, theme: &'static Theme) -> impl IntoView {
    let items: Vec<Item> = theme
        .sentences
        .iter()
        .map(|r| Item {
            doc: r.doc,
            sentence: r.sentence,
            mark: None,
        })
        .collect();
    let sources = count_sources(&items);
    view! {
        <section class="card" aria-labelledby="theme-card-title">
            {header(ctx, "theme-card-title", theme.name.clone(), |s| s.theme = None)}
            <p class="card__meta">
                {format!(
                    "{} sentences in {sources} of {} sources",
                    theme.sentences.len(),
                    ctx.index.documents.len()
                )}
            </p>
            <p class="card__aliases">"Terms: " {theme.terms.join(", ")}</p>
            {by_source(ctx, &items)}
        </section>
    }
}
