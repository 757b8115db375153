//! Story Explorer's page: a thin leptos view over `story-core`.
//!
//! - [`start`] installs the panic hook, decodes the embedded index once, builds the query
//!   engine once and mounts [`App`];
//! - [`url`]: the view state's one home, the URL query, kept in a signal;
//! - the views: [`facets`], [`search_box`], [`results`], [`timeline_svg`] (the scrubber),
//!   [`reader`], [`overview`] and its plain [`timeline`], the cards ([`entity_card`],
//!   [`event_card`], [`theme_card`], [`claim_card`], sharing [`mentions`]), the source
//!   [`compare`] view and the [`toolbar`];
//! - [`embed`]: the page in a host's frame (messages to the host, its commands).
//!
//! Nothing here parses articles or unwraps data from the URL or the corpus.

pub mod claim_card;
pub mod compare;
pub mod corpus;
pub mod embed;
pub mod entity_card;
pub mod event_card;
pub mod facets;
pub mod mentions;
pub mod overview;
pub mod panic;
pub mod reader;
pub mod results;
pub mod search_box;
pub mod theme_card;
pub mod timeline;
pub mod timeline_svg;
pub mod toolbar;
pub mod url;

use leptos::prelude::*;
use story_core::annotate::Annotations;
use story_core::chunk::Head;
use story_core::codec::Embedded;
use story_core::query::{Engine, Results};
use story_core::search::SearchIndex;
use story_core::view::{ColorScheme, ViewState};
use story_core::Index;

/// The index built from the corpus at compile time (see `build.rs`).
static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

/// What the page embeds, decoded once at start-up: the whole index, or a split index's head
/// (its text and search postings are fetched on demand, see [`corpus`]).
pub struct Loaded {
    pub index: &'static Index,
    pub engine: &'static Engine,
    pub head: Option<&'static Head>,
}

/// Decodes the embedded index. Done once, at start-up.
pub fn load_index() -> Result<Loaded, String> {
    // Only a page built from a split index reads a head (see `corpus::Corpus::head`).
    #[cfg(story_split)]
    let embedded = story_core::codec::decode_embedded(INDEX_BYTES);
    #[cfg(not(story_split))]
    let embedded = story_core::codec::decode(INDEX_BYTES).map(Embedded::Whole);
    match embedded.map_err(|e| e.to_string())? {
        Embedded::Whole(index) => {
            let index: &'static Index = Box::leak(Box::new(index));
            Ok(Loaded {
                index,
                engine: Box::leak(Box::new(Engine::new(index))),
                head: None,
            })
        }
        Embedded::Split(mut head) => {
            let search = SearchIndex::from_head(std::mem::take(&mut head.search));
            let head: &'static Head = Box::leak(Box::new(head));
            Ok(Loaded {
                index: &head.index,
                engine: Box::leak(Box::new(Engine::with_search(&head.index, search))),
                head: Some(head),
            })
        }
    }
}

/// What every view reads: the index, lookups built from it once, and the view state.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub index: &'static Index,
    pub annotations: &'static Annotations,
    pub engine: &'static Engine,
    /// The sentences' text (fetched on demand from a split index).
    pub corpus: &'static corpus::Corpus,
    pub view: url::ViewStateHandle,
}

/// Entry point of the page.
pub fn start() {
    panic::install_hook();
    let document = web_sys::window().and_then(|w| w.document());
    // The build's snapshot of the first view (scripts/prerender.mjs): where this address shows
    // it (first-view.js marks the document "off" where it does not) and no frame has shown it
    // yet (it marks it "shown" from that frame on), the app, which holds the main thread for a
    // while as it starts, waits for that frame before it takes the snapshot's place: the reader
    // sees the first view as soon as the HTML is in, and the app's as soon as it is ready.
    let snapshot_waits = document.as_ref().is_some_and(|d| {
        d.get_element_by_id("prerender").is_some()
            && d.document_element()
                .is_some_and(|root| !root.has_attribute("data-prerender"))
    });
    if snapshot_waits {
        let done = std::rc::Rc::new(std::cell::Cell::new(false));
        url::after_paint(move || {
            if !done.replace(true) {
                mount();
            }
        });
    } else {
        mount();
    }
}

/// Mounts the app in place of what index.html shows until it runs.
fn mount() {
    // index.html's note for a reader who opened it from disk (first-view.js) has no use once
    // the page runs, nor has the snapshot of the first view, inert until now: the app's own
    // view takes its place in this same task, so no frame shows neither or both.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        for id in ["file-note", "prerender"] {
            if let Some(element) = document.get_element_by_id(id) {
                element.remove();
            }
        }
        if let Some(root) = document.document_element() {
            let _ = root.remove_attribute("data-prerender");
        }
    }
    leptos::mount::mount_to_body(App);
}

/// The whole page, or a message when the embedded index cannot be read.
#[component]
pub fn App() -> impl IntoView {
    match load_index() {
        Ok(loaded) => view! { <Explorer loaded=loaded/> }.into_any(),
        Err(e) => view! {
            <main class="fatal" role="alert">
                <h1>"Story Explorer"</h1>
                <p>"The story index built into this page cannot be read: " {e}</p>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn Explorer(loaded: Loaded) -> impl IntoView {
    let index = loaded.index;
    let ctx = Ctx {
        index,
        annotations: Box::leak(Box::new(Annotations::new(index))),
        engine: loaded.engine,
        corpus: Box::leak(Box::new(corpus::Corpus::new(
            index,
            loaded.engine,
            loaded.head,
        ))),
        view: url::use_view_state(index, &loaded.engine.outlets),
    };
    // The full-text index is built when the page is first idle, not by the first keystroke
    // (about 15 ms on the seeds, more on a real story). Where the browser has no idle
    // callbacks, the first search builds it as before.
    // A split index then streams its chunks and shards in, a file at a time when idle.
    let engine = loaded.engine;
    let corpus = ctx.corpus;
    leptos::prelude::request_idle_callback(move || {
        let _ = engine.search(index);
        corpus.stream();
    });
    let state = ctx.view.state;
    let notices = ctx.view.notices;
    // What the query reads of the view: zooming, opening a card or a document leave it (and
    // the results) as they are.
    let query = Memo::new(move |_| state.with(ViewState::query));
    let results = Memo::new(move |prev: Option<&Results>| {
        // A split index fetches the search shards the query needs; the results re-run as
        // they arrive. Until the last is in, the answer is pending: no passages yet, and the
        // last counts and events stay. A common prefix needs several shards, and answering
        // after each would run the whole search each time for hits that are not the answer
        // (and fetch their text).
        ctx.corpus.track();
        query.with(|s| {
            if ctx.corpus.prepare_search(&s.q) {
                return Results {
                    pending: true,
                    facets: prev.map(|r| r.facets.clone()).unwrap_or_default(),
                    events: prev.map(|r| r.events.clone()).unwrap_or_default(),
                    ..Results::default()
                };
            }
            ctx.engine.run(index, s)
        })
    });
    let open_doc = Memo::new(move |_| state.with(|s| s.doc.clone()));
    let filtered = Memo::new(move |_| state.with(|s| s.is_filtered()));
    let embed = Memo::new(move |_| state.with(|s| s.embed));
    let entity = Memo::new(move |_| state.with(|s| s.entity.clone()));
    let event = Memo::new(move |_| state.with(|s| s.event.clone()));
    let theme = Memo::new(move |_| state.with(|s| s.theme.clone()));
    let claim = Memo::new(move |_| state.with(|s| s.claim.clone()));
    let comparing = Memo::new(move |_| state.with(|s| s.comparing()));
    // The timeline and the overview come a frame after the first paint: the first frame
    // shows the filters and the document list (or a search's results) without waiting for
    // the ~600 elements of the two timelines and the chips (docs/performance.md). Until then a
    // placeholder says the page is busy.
    let painted = RwSignal::new(false);
    url::after_paint(move || {
        if !painted.get_untracked() {
            painted.set(true);
        }
    });
    let showing_overview = Memo::new(move |_| {
        open_doc.with(|d| d.as_deref().and_then(|id| index.document(id)).is_none())
            && !comparing.get()
            && !filtered.get()
    });
    // The colour scheme and embed mode are attributes of the document element (the outside
    // world, for CSS).
    Effect::new(move |_| {
        let (color, embed) = state.with(|s| (s.color, s.embed));
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = match color {
                ColorScheme::System => root.remove_attribute("data-color"),
                c => root.set_attribute("data-color", c.as_str()),
            };
            let _ = if embed {
                root.set_attribute("data-embed", "")
            } else {
                root.remove_attribute("data-embed")
            };
        }
    });
    let headline = loaded.engine.outlets.headline(index);
    let story: Option<&'static str> = (!index.title.is_empty()).then_some(index.title.as_str());
    // The tab's (and a history entry's) title follows the view: the story, and the document
    // open or the search.
    let titled = Memo::new(move |_| {
        state.with(
            |s| match s.doc.as_deref().and_then(|id| index.document(id)) {
                Some(d) => Some(d.title.clone()),
                None => (!s.q.trim().is_empty()).then(|| format!("“{}”", s.q.trim())),
            },
        )
    });
    // Written after the frame that shows the view (setting it is a tenth of a keystroke's script
    // on a real story, and nothing on screen waits for it), and only when it changed. The
    // title is read when the write runs, so an earlier change's late write cannot bring back
    // an old one.
    Effect::new(move |_| {
        titled.track();
        url::after_paint(move || {
            let base = story.unwrap_or(story_core::page::PRODUCT);
            let title = match titled.try_get_untracked().flatten() {
                Some(t) => format!("{t} – {base}"),
                None => base.to_string(),
            };
            if let Some(d) = web_sys::window().and_then(|w| w.document()) {
                if d.title() != title {
                    d.set_title(&title);
                }
            }
        });
    });
    embed::connect(ctx);
    let (home_href, home_click) = url::to(ctx.view, |s| *s = s.cleared());
    let full_href = move || url::href(&state.get().full());
    view! {
        {move || (!embed.get()).then(|| view! {
            <header class="site-header">
                <h1 class="site-header__title">
                    <a href=home_href.clone() on:click=home_click.clone()>"Story Explorer"</a>
                </h1>
                {story.map(|t| view! { <p class="site-header__story">{t}</p> })}
                <p class="site-header__meta">{headline.clone()}</p>
            </header>
        })}
        {move || embed.get().then(|| view! {
            <header class="embed-bar">
                <h1 class="embed-bar__title">{story.unwrap_or("Story Explorer")}</h1>
                <a class="embed-bar__full" href=full_href target="_blank" rel="noopener noreferrer">"Open full explorer"</a>
            </header>
        })}
        <div class="notices" role="status" aria-live="polite" aria-label="Notices">
            {move || notices.get().into_iter().map(|n| view! { <p class="notices__item">{n}</p> }).collect_view()}
            {move || ctx.corpus.failure.get().map(|n| view! { <p class="notices__item notices__item--failure">{n}</p> })}
        </div>
        <div class="layout">
            <nav class="layout__facets" aria-label="Filters">
                <facets::Facets ctx=ctx results=results/>
            </nav>
            <main class="layout__main" id="main">
                <div class="layout__tools">
                    <search_box::SearchBox ctx=ctx/>
                    <toolbar::Toolbar ctx=ctx results=results/>
                </div>
                {move || if painted.get() {
                    untrack(|| view! { <timeline_svg::TimelineSvg ctx=ctx results=results/> }).into_any()
                } else {
                    view! { <div class="layout__deferred" aria-busy="true"></div> }.into_any()
                }}
                // The overview is built once and hidden while another view shows: clearing the
                // last filter brings it back without rebuilding it.
                <div class="layout__overview" hidden=move || !showing_overview.get()>
                    {move || painted.get().then(|| untrack(|| view! { <overview::Overview ctx=ctx/> }))}
                </div>
                {move || match open_doc.get().and_then(|id| index.documents.iter().position(|d| d.id == id)) {
                    Some(d) => match ctx.corpus.document(d) {
                        Some(doc) => view! { <reader::Reader ctx=ctx doc=doc results=results/> }.into_any(),
                        None => view! { <p class="loading" role="status">"Loading the article’s text…"</p> }.into_any(),
                    },
                    None if comparing.get() => view! { <compare::Compare ctx=ctx/> }.into_any(),
                    None if filtered.get() => view! { <results::ResultsView ctx=ctx results=results/> }.into_any(),
                    None => ().into_any(),
                }}
            </main>
            <aside class="layout__detail" aria-label="Details">
                {move || {
                    let entity = entity.get().and_then(|id| index.entities.iter().find(|e| e.id == id));
                    let event = event.get().and_then(|id| index.events.iter().find(|e| e.id == id));
                    let theme = theme.get().and_then(|id| index.themes.iter().find(|t| t.id == id));
                    let claim = claim.get().and_then(|id| index.claims.iter().find(|c| c.id == id));
                    view! {
                        {claim.map(|c| view! { <claim_card::ClaimCard ctx=ctx claim=c/> })}
                        {theme.map(|t| view! { <theme_card::ThemeCard ctx=ctx theme=t/> })}
                        {event.map(|e| view! { <event_card::EventCard ctx=ctx event=e/> })}
                        {entity.map(|e| view! { <entity_card::EntityCard ctx=ctx entity=e/> })}
                    }
                }}
            </aside>
        </div>
        <BuildNotes index=index/>
    }
}

/// What the build noticed about the corpus files, behind a disclosure.
#[component]
fn BuildNotes(index: &'static Index) -> impl IntoView {
    let diags = &index.diagnostics;
    (!diags.is_empty()).then(|| {
        view! {
            <footer class="build-notes">
                <details>
                    <summary>{format!("Build notes ({})", diags.len())}</summary>
                    <ul>
                        {diags.iter().map(|d| view! { <li>{d.to_string()}</li> }).collect_view()}
                    </ul>
                </details>
            </footer>
        }
    })
}

/// A short name for a document in chips and lists: its title, cut to a few words.
pub fn short_title(title: &str) -> String {
    const WORDS: usize = 6;
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() <= WORDS {
        title.to_string()
    } else {
        format!("{}…", words[..WORDS].join(" "))
    }
}
