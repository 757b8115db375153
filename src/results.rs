//! Search and filter results: matching passages grouped by source, matches marked with
//! `<mark>` elements (built as DOM nodes, never as an HTML string), each linking into the
//! reader. An empty result says so and offers to clear the filters.

use leptos::prelude::*;
use story_core::query::Results;
use story_core::search::spans;

use crate::mentions;
use crate::{url, Ctx};

/// Passages listed per source before "Show more".
const PER_SOURCE: usize = 5;
/// Sources listed at first, and added by each "More sources" (so that a common word in a
/// corpus of thousands of articles does not put tens of thousands of passages in the page).
const SOURCES_PER_PAGE: usize = 10;

#[component]
pub fn ResultsView(ctx: Ctx, results: Memo<Results>) -> impl IntoView {
    let index = ctx.index;
    let expanded = RwSignal::new(Vec::<usize>::new());
    let shown = RwSignal::new(SOURCES_PER_PAGE);
    let heading = move || {
        results.with(|r| {
            if r.pending {
                return "Searching…".to_string();
            }
            let sources = r.by_source.len();
            format!(
                "{} {} in {sources} {}",
                r.total,
                if r.total == 1 { "passage" } else { "passages" },
                if sources == 1 { "source" } else { "sources" }
            )
        })
    };
    let clear = move |_| {
        let s = ctx.view.state.get_untracked().cleared();
        url::navigate(ctx.view, s);
    };
    let groups = move || {
        results.with(|r| {
            r.by_source
                .iter()
                .take(shown.get())
                .map(|group| {
                    let Some(doc) = index.documents.get(group.doc) else {
                        return ().into_any();
                    };
                    let d = group.doc;
                    let open = move || expanded.with(|e| e.contains(&d));
                    let hits = group.hits.clone();
                    let more = hits.len().saturating_sub(PER_SOURCE);
                    let items = move || {
                        let n = if open() { hits.len() } else { PER_SOURCE };
                        hits.iter()
                            .take(n)
                            .map(|h| {
                                let sentence = ctx.engine.sentences.get(h.sentence).map_or(0, |s| s.1);
                                let marks = ctx.corpus.text(d, sentence).map(|t| spans(t, h)).unwrap_or_default();
                                let id = doc.id.clone();
                                let (href, click) = url::to(ctx.view, move |s| {
                                    s.doc = Some(id.clone());
                                    s.sentence = Some(sentence);
                                });
                                view! {
                                    <li class="results__passage">
                                        <a href=href on:click=click>{mentions::marked_sentence(ctx, d, sentence, marks)}</a>
                                    </li>
                                }
                            })
                            .collect_view()
                    };
                    view! {
                        <section class="results__source">
                            <h3 class="results__title">
                                {doc.title.clone()}
                                <span class="results__count">{format!(" · {}", group.hits.len())}</span>
                            </h3>
                            <ol class="results__list">{items}</ol>
                            {(more > 0).then(|| view! {
                                <button type="button" class="results__more"
                                    on:click=move |_| expanded.update(|e| if let Some(p) = e.iter().position(|x| *x == d) { e.remove(p); } else { e.push(d); })>
                                    {move || if open() { "Show fewer".to_string() } else { format!("Show {more} more") }}
                                </button>
                            })}
                        </section>
                    }
                    .into_any()
                })
                .collect_view()
        })
    };
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" class="results__heading">{heading}</h2>
            {move || results.with(|r| r.total == 0 && !r.pending).then(|| view! {
                <div class="results__empty">
                    <p>"No passage matches this search and these filters."</p>
                    <button type="button" on:click=clear>"Clear filters and search"</button>
                </div>
            })}
            {groups}
            {move || {
                let rest = results.with(|r| r.by_source.len()).saturating_sub(shown.get());
                (rest > 0).then(|| view! {
                    <button type="button" class="results__more-sources"
                        on:click=move |_| shown.update(|n| *n += SOURCES_PER_PAGE)>
                        {format!("More sources ({rest} not shown)")}
                    </button>
                })
            }}
        </section>
    }
}
