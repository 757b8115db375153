//! A claim's card: every statement of it, by source, and its conflicts.

use leptos::prelude::*;
use story_core::compare::reach;
use story_core::Claim;

use crate::mentions::{by_source, header, Item};
use crate::Ctx;

#[component]
pub fn ClaimCard(ctx: Ctx, claim: &'static Claim) -> impl IntoView {
    let items: Vec<Item> = claim
        .mentions
        .iter()
        .map(|m| Item {
            doc: m.doc,
            sentence: m.sentence,
            mark: None,
        })
        .collect();
    let conflicts: Vec<String> = ctx
        .index
        .conflicts
        .iter()
        .filter(|c| c.claim == claim.id)
        .map(|c| c.explanation.clone())
        .collect();
    view! {
        <section class="card" aria-labelledby="claim-card-title">
            {header(ctx, "claim-card-title", claim.label.clone(), |s| s.claim = None)}
            <p class="card__meta">{format!("stated by {} of {} sources", reach(claim), ctx.index.documents.len())}</p>
            {conflicts.into_iter().map(|c| view! { <p class="card__conflict">"✕ " {c}</p> }).collect_view()}
            {by_source(ctx, &items)}
        </section>
    }
}
