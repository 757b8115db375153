//! The reader: one document's headings, paragraphs and lists, each sentence addressable, with
//! the removed site chrome behind a disclosure. Corpus text is always set as text, never
//! parsed as HTML.

use leptos::prelude::*;
use story_core::{Document, PublishedBasis, Sentence};

#[component]
pub fn Reader(doc: &'static Document) -> impl IntoView {
    let date = match (&doc.published, doc.published_basis) {
        (Some(d), PublishedBasis::Inferred) => format!("{d} (inferred)"),
        (Some(d), _) => d.clone(),
        (None, _) => "undated".to_string(),
    };
    view! {
        <article class="reader" aria-labelledby="reader-title">
            <h2 class="reader__title" id="reader-title">{doc.title.clone()}</h2>
            <p class="reader__meta">
                <span>{date}</span>
                " · "
                <span>{doc.kind.as_str()}</span>
                {doc.source.clone().map(|s| view! { " · " <span>{s}</span> })}
                {doc.author.clone().map(|a| view! { " · " <span>"by " {a}</span> })}
                " · "
                <span class="reader__file">{doc.file.clone()}</span>
            </p>
            {doc.url.clone().filter(|u| is_web_url(u)).map(|u| view! {
                <p class="reader__url">
                    <a href=u.clone() rel="noopener noreferrer" target="_blank">{u.clone()}</a>
                </p>
            })}
            <div class="reader__body">{blocks(doc)}</div>
            {doc.credit.clone().map(|c| view! { <p class="reader__credit">"Credited source: " {c}</p> })}
            {(!doc.removed.is_empty()).then(|| view! {
                <details class="reader__removed">
                    <summary>{format!("Removed site chrome ({} lines)", doc.removed.len())}</summary>
                    <ul>{doc.removed.iter().map(|l| view! { <li><code>{l.clone()}</code></li> }).collect_view()}</ul>
                </details>
            })}
        </article>
    }
}

fn is_web_url(u: &str) -> bool {
    let lower = u.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// Headings, runs of list items as one list, and paragraphs.
fn blocks(doc: &'static Document) -> impl IntoView {
    let mut out = Vec::new();
    let mut items: Vec<AnyView> = Vec::new();
    for (_, group) in doc.paragraphs() {
        let Some(&(_, first)) = group.first() else {
            continue;
        };
        if first.list_item {
            items.push(view! { <li>{sentences(&group)}</li> }.into_any());
            continue;
        }
        if !items.is_empty() {
            let list = std::mem::take(&mut items);
            out.push(view! { <ul class="reader__list">{list}</ul> }.into_any());
        }
        if first.heading {
            out.push(view! { <h3 class="reader__heading">{sentences(&group)}</h3> }.into_any());
        } else {
            out.push(view! { <p class="reader__paragraph">{sentences(&group)}</p> }.into_any());
        }
    }
    if !items.is_empty() {
        out.push(view! { <ul class="reader__list">{items}</ul> }.into_any());
    }
    out
}

fn sentences(group: &[(usize, &'static Sentence)]) -> impl IntoView {
    group
        .iter()
        .map(|&(i, s)| {
            view! { <span class="sentence" id=format!("s-{i}")>{s.text.clone()}" "</span> }
        })
        .collect_view()
}
