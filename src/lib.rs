//! Story Explorer's page: a thin leptos view over `story-core`.
//!
//! - [`start`] installs the panic hook, decodes the embedded index once and mounts [`App`];
//! - [`url`]: the view state's one home, the URL query, kept in a signal;
//! - [`doc_list`], [`reader`]: the views.
//!
//! Nothing here parses articles or unwraps data from the URL or the corpus.

pub mod doc_list;
pub mod panic;
pub mod reader;
pub mod url;

use leptos::prelude::*;
use story_core::Index;

/// The index built from the corpus at compile time (see `build.rs`).
static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

/// Decodes the embedded index. Done once, at start-up.
pub fn load_index() -> Result<&'static Index, String> {
    story_core::codec::decode(INDEX_BYTES)
        .map(|index| &*Box::leak(Box::new(index)))
        .map_err(|e| e.to_string())
}

/// Entry point of the page.
pub fn start() {
    panic::install_hook();
    leptos::mount::mount_to_body(App);
}

/// The whole page: the document list beside the reader, or a message when the embedded
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
    let view_state = url::use_view_state(index);
    let state = view_state.state;
    let notices = view_state.notices;
    let open_doc = Memo::new(move |_| state.with(|s| s.doc.clone()));
    let sources = index.documents.len();
    view! {
        <header class="site-header">
            <h1 class="site-header__title">
                <a href="?" on:click=move |ev| url::follow(ev, view_state, Default::default())>
                    "Story Explorer"
                </a>
            </h1>
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
                <doc_list::DocList index=index open=open_doc view_state=view_state/>
            </nav>
            <main class="layout__main" id="main">
                {move || match open_doc.get().and_then(|id| index.document(&id)) {
                    Some(doc) => view! { <reader::Reader doc=doc/> }.into_any(),
                    None => view! { <Welcome index=index/> }.into_any(),
                }}
            </main>
        </div>
        <BuildNotes index=index/>
    }
}

#[component]
fn Welcome(index: &'static Index) -> impl IntoView {
    let sentences: usize = index.documents.iter().map(|d| d.sentences.len()).sum();
    view! {
        <section class="welcome">
            <h2>"One story, all its sources"</h2>
            <p>
                {format!(
                    "{} documents, {sentences} sentences. Choose a document to read it.",
                    index.documents.len()
                )}
            </p>
        </section>
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
