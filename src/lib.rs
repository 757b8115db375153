//! Story Explorer's page: a thin leptos view over `story-core`.
//!
//! - [`start`] installs the panic hook, decodes the embedded index once and mounts [`App`];
//! - [`url`]: the view state's one home, the URL query, kept in a signal;
//! - [`doc_list`], [`reader`], [`overview`], [`timeline`], [`entity_card`], [`event_card`],
//!   [`theme_card`]: the views; [`mentions`]: sentences by source, for the cards.
//!
//! Nothing here parses articles or unwraps data from the URL or the corpus.

pub mod doc_list;
pub mod entity_card;
pub mod event_card;
pub mod mentions;
pub mod overview;
pub mod panic;
pub mod reader;
pub mod theme_card;
pub mod timeline;
pub mod url;

use leptos::prelude::*;
use story_core::annotate::Annotations;
use story_core::Index;

/// The index built from the corpus at compile time (see `build.rs`).
static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

/// Decodes the embedded index. Done once, at start-up.
pub fn load_index() -> Result<&'static Index, String> {
    story_core::codec::decode(INDEX_BYTES)
        .map(|index| &*Box::leak(Box::new(index)))
        .map_err(|e| e.to_string())
}

/// What every view reads: the index, lookups built from it once, and the view state.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub index: &'static Index,
    pub annotations: &'static Annotations,
    pub view: url::ViewStateHandle,
}

/// Entry point of the page.
pub fn start() {
    panic::install_hook();
    leptos::mount::mount_to_body(App);
}

/// The whole page: the document list beside the main view, or a message when the embedded
/// index cannot be read.
#[component]
pub fn App() -> impl IntoView {
    match load_index() {
        Ok(index) => view! { <Explorer index=index/> }.into_any(),
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
fn Explorer(index: &'static Index) -> impl IntoView {
    let ctx = Ctx {
        index,
        annotations: Box::leak(Box::new(Annotations::new(index))),
        view: url::use_view_state(index),
    };
    let state = ctx.view.state;
    let notices = ctx.view.notices;
    let open_doc = Memo::new(move |_| state.with(|s| s.doc.clone()));
    let entity = Memo::new(move |_| state.with(|s| s.entity.clone()));
    let event = Memo::new(move |_| state.with(|s| s.event.clone()));
    let theme = Memo::new(move |_| state.with(|s| s.theme.clone()));
    let sources = index.documents.len();
    let story = if index.title.is_empty() {
        None
    } else {
        Some(index.title.clone())
    };
    view! {
        <header class="site-header">
            <h1 class="site-header__title">
                <a href="?" on:click=move |ev| url::follow(ev, ctx.view, Default::default())>
                    "Story Explorer"
                </a>
            </h1>
            {story.map(|t| view! { <p class="site-header__story">{t}</p> })}
            <p class="site-header__meta">
                {format!("{sources} {}", if sources == 1 { "source" } else { "sources" })}
            </p>
        </header>
        <div class="notices" role="status" aria-live="polite">
            {move || {
                notices
                    .get()
                    .into_iter()
                    .map(|n| view! { <p class="notices__item">{n}</p> })
                    .collect_view()
            }}
        </div>
        <div class="layout">
            <nav class="layout__list" aria-label="Documents">
                <doc_list::DocList index=index open=open_doc view_state=ctx.view/>
            </nav>
            <main class="layout__main" id="main">
                {move || match open_doc.get().and_then(|id| index.document(&id)) {
                    Some(doc) => view! { <reader::Reader ctx=ctx doc=doc/> }.into_any(),
                    None => view! { <overview::Overview ctx=ctx/> }.into_any(),
                }}
            </main>
            <aside class="layout__detail" aria-label="Details">
                {move || {
                    let entity = entity.get().and_then(|id| index.entities.iter().find(|e| e.id == id));
                    let event = event.get().and_then(|id| index.events.iter().find(|e| e.id == id));
                    let theme = theme.get().and_then(|id| index.themes.iter().find(|t| t.id == id));
                    view! {
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
