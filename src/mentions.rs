//! Pieces the cards share: a header with a Close link, and sentences grouped by source, each
//! a link into the reader.

use std::collections::BTreeMap;

use leptos::prelude::*;
use story_core::annotate::{segments, Mark};
use story_core::view::ViewState;
use story_core::DocNo;

use crate::{url, Ctx};

/// One sentence to list, with the words to mark in it (chars), if any.
#[derive(Clone, Copy)]
pub struct Item {
    pub doc: DocNo,
    pub sentence: u32,
    pub mark: Option<(u32, u32)>,
}

impl Item {
    /// Mentions, each with its words marked.
    pub fn marked(mentions: &[story_core::Mention]) -> Vec<Item> {
        mentions
            .iter()
            .map(|m| Item {
                doc: m.doc,
                sentence: m.sentence,
                mark: Some((m.start, m.end)),
            })
            .collect()
    }
}

/// How many distinct sources the items come from.
pub fn count_sources(items: &[Item]) -> usize {
    let mut v: Vec<DocNo> = items.iter().map(|i| i.doc).collect();
    story_core::order::sort(&mut v);
    v.dedup();
    v.len()
}

/// Marks the spans (chars) of a text with `<mark>`.
pub fn marked_text(text: &str, spans: &[(u32, u32)]) -> impl IntoView {
    segments(
        text,
        spans.iter().map(|&(a, b)| (a, b, Mark::Time(0))).collect(),
    )
    .into_iter()
    .map(|p| match p.mark {
        Some(_) => view! { <mark>{p.text}</mark> }.into_any(),
        None => p.text.into_any(),
    })
    .collect_view()
}

/// Sentence `s` of document number `d` with `spans` marked. A page built from a split index
/// shows "Loading…" until the text arrives; any other page has the text at hand and builds
/// no reactive node for it.
pub fn marked_sentence(ctx: Ctx, d: usize, s: u32, spans: Vec<(u32, u32)>) -> impl IntoView {
    #[cfg(story_split)]
    return move || match ctx.corpus.text(d, s) {
        Some(text) => marked_text(text, &spans).into_any(),
        None => view! { <span class="loading">"Loading…"</span> }.into_any(),
    };
    #[cfg(not(story_split))]
    marked_text(ctx.corpus.text(d, s).unwrap_or_default(), &spans)
}

/// Sources listed at first in a card, and added by each "More sources" (an entity of a
/// corpus of thousands of articles is mentioned in most of them).
const SOURCES_PER_PAGE: usize = 10;

/// A line of a card: a sentence number and the words to mark in it.
type Line = (u32, Option<(u32, u32)>);

/// The items grouped by source in corpus order, one `<h3>` per source, ten sources at a time;
/// each sentence opens in the reader (the card stays open).
pub fn by_source(ctx: Ctx, items: &[Item]) -> impl IntoView {
    // One pass: each item to its document's group, repeats in a row dropped.
    let mut groups: BTreeMap<usize, Vec<Line>> = BTreeMap::new();
    for item in items {
        if ctx.index.doc(item.doc).is_some() {
            let lines = groups.entry(item.doc.index()).or_default();
            let line = (item.sentence, item.mark);
            if lines.last() != Some(&line) {
                lines.push(line);
            }
        }
    }
    let groups: Vec<(usize, Vec<Line>)> = groups.into_iter().collect();
    let total = groups.len();
    let shown = RwSignal::new(SOURCES_PER_PAGE);
    let list = move || {
        groups
            .iter()
            .take(shown.get())
            .filter_map(|(n, lines)| Some((*n, ctx.index.documents.get(*n)?, lines)))
            .map(|(n, d, lines)| {
                let lines = lines
                    .iter()
                    .map(|&(sentence, mark)| {
                        let spans: Vec<(u32, u32)> = mark.into_iter().collect();
                        let doc = d.id.clone();
                        let (href, click) = url::to(ctx.view, move |s| {
                            s.doc = Some(doc.clone());
                            s.sentence = Some(sentence);
                        });
                        view! {
                            <li>
                                <a href=href on:click=click>{marked_sentence(ctx, n, sentence, spans)}</a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3 class="card__source">{d.title.clone()}</h3>
                    <ul class="card__mentions">{lines}</ul>
                }
            })
            .collect_view()
    };
    view! {
        {list}
        {move || {
            let rest = total.saturating_sub(shown.get());
            (rest > 0).then(|| view! {
                <button type="button" class="card__more" on:click=move |_| shown.update(|k| *k += SOURCES_PER_PAGE)>
                    {format!("More sources ({rest} not shown)")}
                </button>
            })
        }}
    }
}

/// A card's header: its title (with `id` for `aria-labelledby`) and a Close link that
/// clears what `close` clears.
pub fn header(
    ctx: Ctx,
    id: &'static str,
    title: String,
    close: impl Fn(&mut ViewState) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let (href, click) = url::to(ctx.view, close);
    view! {
        <header class="card__header">
            <h2 class="card__title" id=id>{title}</h2>
            <a class="card__close" href=href on:click=click>"Close"</a>
        </header>
    }
}
