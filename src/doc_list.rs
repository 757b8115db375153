//! The list of the corpus's documents: title, date (or "undated"), kind and length.

use leptos::prelude::*;
use story_core::view::ViewState;
use story_core::{Document, Index};

use crate::url::{self, ViewStateHandle};

#[component]
pub fn DocList(
    index: &'static Index,
    /// The id of the open document.
    #[prop(into)]
    open: Signal<Option<String>>,
    view_state: ViewStateHandle,
) -> impl IntoView {
    view! {
        <h2 class="doc-list__heading">"Documents"</h2>
        <ul class="doc-list">
            {index
                .documents
                .iter()
                .map(|doc| view! { <DocItem doc=doc open=open view_state=view_state/> })
                .collect_view()}
        </ul>
    }
}

#[component]
fn DocItem(
    doc: &'static Document,
    open: Signal<Option<String>>,
    view_state: ViewStateHandle,
) -> impl IntoView {
    let target = ViewState {
        doc: Some(doc.id.clone()),
        ..Default::default()
    };
    let href = url::href(&target);
    let id = doc.id.as_str();
    let is_open = move || open.with(|o| o.as_deref() == Some(id));
    let date = doc
        .published
        .clone()
        .unwrap_or_else(|| "undated".to_string());
    let words = doc.word_count();
    view! {
        <li class="doc-list__item" class:doc-list__item--open=is_open>
            <a
                class="doc-list__link"
                href=href
                aria-current=move || is_open().then_some("page")
                on:click=move |ev| url::follow(ev, view_state, target.clone())
            >
                {doc.title.clone()}
            </a>
            <span class="doc-list__meta">
                <span class="doc-list__date">{date}</span>
                " · "
                <span class="doc-list__kind">{doc.kind.as_str()}</span>
                " · "
                <span class="doc-list__length">{format!("{words} words")}</span>
            </span>
        </li>
    }
}
