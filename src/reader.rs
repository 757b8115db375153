//! The reader: one document's headings, paragraphs and lists, each sentence addressable, its
//! entities and time expressions marked (hover shows the normalised value), its quotes
//! listed, and the removed site chrome behind a disclosure. Corpus text is always set as
//! text, never parsed as HTML.

use leptos::prelude::*;
use story_core::annotate::Mark;
use story_core::query::Results;
use story_core::{Document, PublishedBasis, Sentence};

use crate::{url, Ctx};

#[component]
pub fn Reader(ctx: Ctx, doc: &'static Document, results: Memo<Results>) -> impl IntoView {
    let date = match (&doc.published, doc.published_basis) {
        (Some(d), PublishedBasis::Inferred) => format!("{d} (inferred)"),
        (Some(d), _) => d.clone(),
        (None, _) => "undated".to_string(),
    };
    let focus = Memo::new(move |_| ctx.view.state.with(|s| s.sentence));
    // Bring the sentence asked for into view (the DOM is the outside world here).
    Effect::new(move |_| {
        if let Some(n) = focus.get() {
            let element = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("s-{n}")));
            if let Some(e) = element {
                e.scroll_into_view();
            }
        }
    });
    // The document's quotes, by number (a split index's words come with the document's text,
    // which the reader has).
    // The document's number, once (its quotes, its sentences' hits and marks).
    let doc_no = ctx.index.position(&doc.id);
    let quotes: Vec<(usize, &story_core::Quote)> = ctx
        .index
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| Some(q.doc.index()) == doc_no)
        .collect();
    view! {
        <article class="reader" aria-labelledby="reader-title">
            <h2 class="reader__title" id="reader-title">{doc.title.clone()}</h2>
            <p class="reader__meta">
                <span title=doc.published_note.clone()>{date}</span>
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
            {(!doc.key_phrases.is_empty()).then(|| view! {
                <p class="reader__phrases">"Key phrases: " {doc.key_phrases.join(" · ")}</p>
            })}
            <div class="reader__body">{blocks(ctx, doc, doc_no.unwrap_or(usize::MAX), focus, results)}</div>
            {doc.credit.clone().map(|c| view! { <p class="reader__credit">"Credited source: " {c}</p> })}
            {doc.dateline.clone().map(|d| view! { <p class="reader__credit">"Dateline: " {d.text}</p> })}
            {(!quotes.is_empty()).then(|| view! {
                <section class="reader__quotes" aria-labelledby="quotes-heading">
                    <h3 id="quotes-heading">"Quotes"</h3>
                    <ul>
                        {quotes.into_iter().map(|(n, q)| view! {
                            <li class=format!("quote quote--{}", q.kind.as_str())>
                                <q>{ctx.corpus.quote(n)}</q>
                                {match (&q.speaker, q.kind) {
                                    (Some(s), _) => format!(" — {s}"),
                                    (None, story_core::QuoteKind::Scare) => " — scare quote".to_string(),
                                    (None, _) => " — speaker not named".to_string(),
                                }}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!doc.removed.is_empty()).then(|| view! {
                <details class="reader__removed">
                    <summary>{format!("Removed page furniture ({} lines)", doc.removed.len())}</summary>
                    <ul>{doc.removed.iter().map(|r| view! {
                        <li><code>{r.text.clone()}</code>" — " {r.reason.as_str()}</li>
                    }).collect_view()}</ul>
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
fn blocks(
    ctx: Ctx,
    doc: &'static Document,
    doc_no: usize,
    focus: Memo<Option<u32>>,
    results: Memo<Results>,
) -> impl IntoView {
    let mut out = Vec::new();
    let mut items: Vec<AnyView> = Vec::new();
    for (_, group) in doc.paragraphs() {
        let Some(&(_, first)) = group.first() else {
            continue;
        };
        let content = sentences(ctx, doc_no, &group, focus, results);
        if first.list_item {
            items.push(view! { <li>{content}</li> }.into_any());
            continue;
        }
        if !items.is_empty() {
            let list = std::mem::take(&mut items);
            out.push(view! { <ul class="reader__list">{list}</ul> }.into_any());
        }
        if first.heading {
            out.push(view! { <h3 class="reader__heading">{content}</h3> }.into_any());
        } else {
            out.push(view! { <p class="reader__paragraph">{content}</p> }.into_any());
        }
    }
    if !items.is_empty() {
        out.push(view! { <ul class="reader__list">{items}</ul> }.into_any());
    }
    out
}

fn sentences(
    ctx: Ctx,
    doc_no: usize,
    group: &[(usize, &'static Sentence)],
    focus: Memo<Option<u32>>,
    results: Memo<Results>,
) -> impl IntoView {
    let filtered = Memo::new(move |_| ctx.view.state.with(|s| s.is_filtered()));
    group
        .iter()
        .map(|&(i, s)| {
            let n = i as u32;
            let is_focus = move || focus.get() == Some(n);
            // Passages that match the search and filters stand out while reading.
            let is_hit = move || {
                filtered.get()
                    && results.with(|r| {
                        r.by_source.iter().filter(|g| g.doc == doc_no).any(|g| {
                            g.hits.iter().any(|h| ctx.engine.sentences.get(h.sentence) == Some(&(doc_no as u32, n)))
                        })
                    })
            };
            let parts = ctx.annotations.segments(doc_no, n, s);
            let content = parts
                .into_iter()
                .map(|p| match p.mark {
                    None => p.text.into_any(),
                    Some(Mark::Time(t)) => {
                        let title = s
                            .times
                            .get(t)
                            .map(|x| {
                                let value = x.value.as_deref().unwrap_or("no value");
                                let approx = if x.approximate { " (approximate)" } else { "" };
                                format!("{} {value}{approx}", x.kind.as_str())
                            })
                            .unwrap_or_default();
                        view! { <span class="timex" title=title>{p.text}</span> }.into_any()
                    }
                    Some(Mark::Entity(e)) => match ctx.index.entities.get(e) {
                        Some(entity) => {
                            let id = entity.id.clone();
                            let (href, click) = url::to(ctx.view, move |s| {
                                s.sentence = Some(n);
                                s.entity = Some(id.clone());
                            });
                            let title = format!("{} ({})", entity.name, entity.kind);
                            view! {
                                <a
                                    class=format!("mention mention--{}", entity.kind)
                                    href=href
                                    title=title
                                    on:click=click
                                >
                                    {p.text}
                                </a>
                            }
                            .into_any()
                        }
                        None => p.text.into_any(),
                    },
                })
                .collect_view();
            view! {
                <span class="sentence" class:sentence--focus=is_focus class:sentence--hit=is_hit id=format!("s-{i}")>
                    {content}
                    " "
                </span>
            }
        })
        .collect_view()
}
