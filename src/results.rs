//! Search and filter results: matching passages grouped by source, matches marked with
//! `<mark>` elements (built as DOM nodes, never as an HTML string), each linking into the
//! reader. An empty result says so and offers to clear the filters.

use leptos::prelude::*;
use story_core::query::{Results, SourceHits};
use story_core::search::spans;
use story_core::view::ViewState;
use story_core::Index;

use crate::mentions;
use crate::{url, Ctx};

/// Passages listed per source before "Show more".
const PER_SOURCE: usize = 5;
/// Sources listed at first, and added by each "More sources" (so that a common word in a
/// corpus of thousands of articles does not put tens of thousands of passages in the page).
const SOURCES_PER_PAGE: usize = 10;
/// Sources updated in the frame of the keystroke or toggle that changed the results (below the
/// search box, the toolbar and the timeline, the first source is what a screen shows); the
/// others follow in the frame after, so that the first results are not held back by passages
/// below the fold. On the seeds, three here instead of one cost a keystroke about 2.5 ms
/// more (p50 8.4 against 6.0 ms; docs/performance.md).
const FIRST_SOURCES: usize = 1;

/// The passage a result link shows (`data-doc`, its document's number, and `data-sentence`),
/// opened in the reader.
fn open_passage(
    index: &'static Index,
) -> impl Fn(&web_sys::Element, &mut ViewState) -> Option<()> + Copy {
    move |a, s| {
        let d: usize = a.get_attribute("data-doc")?.parse().ok()?;
        let sentence: u32 = a.get_attribute("data-sentence")?.parse().ok()?;
        s.doc = Some(index.documents.get(d)?.id.clone());
        s.sentence = Some(sentence);
        Some(())
    }
}

#[component]
pub fn ResultsView(ctx: Ctx, results: Memo<Results>) -> impl IntoView {
    let index = ctx.index;
    let links = url::Delegated::new(ctx.view, "a[data-sentence]", open_passage(index));
    let root = NodeRef::<leptos::html::Section>::new();
    links.follow_rested(root);
    // This view is dropped when the filters are cleared; until then its lists must not be
    // rebuilt from the whole corpus's results (they may be asked first).
    let active = Memo::new(move |_| ctx.view.state.with(ViewState::is_filtered));
    // The sources after the first few take a new list once the first are painted.
    let lagging = url::lags_paint(move || results.track());
    let busy = move || {
        (lagging.get() && results.with(|r| r.by_source.len() > FIRST_SOURCES)).then_some("true")
    };
    let expanded = RwSignal::new(Vec::<usize>::new());
    let shown = RwSignal::new(SOURCES_PER_PAGE);
    // A split index: the text of every listed source is asked for as soon as the results are
    // known, not source by source as the slots render (the later ones a frame after the
    // first), so that their chunks travel together. Not while the search waits for its
    // shards: the hits so far are not the answer.
    if ctx.corpus.is_split() {
        Effect::new(move |_| {
            let n = shown.get();
            results.with(|r| {
                if !r.pending {
                    ctx.corpus
                        .prefetch(r.by_source.iter().take(n).map(|g| g.doc));
                }
            });
        });
    }
    let heading = move || {
        results.with(|r| {
            if r.pending {
                return "Searching…".to_string();
            }
            let n = r.by_source.len();
            let passages = if r.total == 1 { "passage" } else { "passages" };
            let outlets = &ctx.engine.outlets;
            if outlets.is_empty() {
                // Each document is its own source.
                let sources = if n == 1 { "source" } else { "sources" };
                return format!("{} {passages} in {n} {sources}", r.total);
            }
            // Where documents name their outlets, the articles and the outlets they are from.
            // Marked in a table (thousands of sources for a common word: no sort).
            let mut named = vec![false; outlets.list.len()];
            for o in r.by_source.iter().filter_map(|g| outlets.of_doc(g.doc)) {
                if let Some(x) = named.get_mut(o) {
                    *x = true;
                }
            }
            let articles = if n == 1 { "article" } else { "articles" };
            match named.iter().filter(|&&x| x).count() {
                0 => format!("{} {passages} in {n} {articles}", r.total),
                k => format!(
                    "{} {passages} in {n} {articles} from {k} {}",
                    r.total,
                    if k == 1 { "outlet" } else { "outlets" }
                ),
            }
        })
    };
    let clear = move |_| {
        let s = ctx.view.state.get_untracked().cleared();
        url::navigate(ctx.view, s);
    };
    // The sources shown, a slot each: a slot keeps its nodes while its source and passages
    // stay the same (a step of the timeline mostly removes sources, it does not change the
    // others), and rebuilds only when they change. A slot after the first few takes a new
    // source once the first are painted (until then it shows its last one, the list marked
    // busy); a slot with no source left empties at once.
    let slot = move |i: usize| {
        let source = Memo::new(move |prev: Option<&Option<SourceHits>>| {
            if !active.get() {
                return None;
            }
            let ready = i < FIRST_SOURCES || !lagging.get();
            results.with(|r| match r.by_source.get(i) {
                None => None,
                Some(g) if ready => Some(g.clone()),
                Some(_) => prev.cloned().flatten(),
            })
        });
        move || source.with(|g| g.as_ref().map(|g| passages(ctx, links, expanded, g)))
    };
    let slots = move || (0..shown.get()).map(slot).collect_view();
    view! {
        <section class="results" aria-labelledby="results-heading" aria-busy=busy node_ref=root on:click=links.click()>
            <h2 id="results-heading" class="results__heading">{heading}</h2>
            {move || results.with(|r| r.total == 0 && !r.pending).then(|| view! {
                <div class="results__empty">
                    <p>"No passage matches this search and these filters."</p>
                    <button type="button" on:click=clear>"Clear filters and search"</button>
                </div>
            })}
            {slots}
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

/// One source's passages (the first few, the rest on request), each a link into the reader.
fn passages(
    ctx: Ctx,
    links: url::Delegated<
        impl Fn(&web_sys::Element, &mut ViewState) -> Option<()> + Copy + Send + Sync + 'static,
    >,
    expanded: RwSignal<Vec<usize>>,
    group: &SourceHits,
) -> AnyView {
    let index = ctx.index;
    let Some(doc) = index.documents.get(group.doc) else {
        return ().into_any();
    };
    let d = group.doc;
    let open = move || expanded.with(|e| e.contains(&d));
    let hits = group.hits.clone();
    let count = hits.len();
    let more = count.saturating_sub(PER_SOURCE);
    let items = move || {
        let n = if open() { hits.len() } else { PER_SOURCE };
        hits.iter()
            .take(n)
            .map(|h| {
                let sentence = ctx.engine.sentences.get(h.sentence).map_or(0, |s| s.1);
                let marks = ctx
                    .corpus
                    .text(d, sentence)
                    .map(|t| spans(t, h))
                    .unwrap_or_default();
                let href = links.href(|s| {
                    s.doc = Some(doc.id.clone());
                    s.sentence = Some(sentence);
                });
                view! {
                    <li class="results__passage">
                        <a href=href data-doc=d.to_string() data-sentence=sentence.to_string()>
                            {mentions::marked_sentence(ctx, d, sentence, marks)}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="results__source">
            <h3 class="results__title">
                {doc.title.clone()}
                <span class="results__count">{format!(" · {count}")}</span>
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
}
