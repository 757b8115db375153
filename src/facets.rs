//! The facets: outlets (when documents name them), sources (which are also the document
//! list, grouped by outlet), kinds, themes, entities and a time span, each value with the
//! count of passages that choosing it would give, given the other filters. Toggling a value
//! is a new history entry; "Clear all filters" clears them all.

use leptos::prelude::*;
use story_core::query::{Count, Results};
use story_core::view::ViewState;
use story_core::DocKind;

use crate::{url, Ctx};

/// Entities listed before "Show all".
const ENTITIES_SHOWN: usize = 12;
/// Sources listed before "Show all" (a chosen or open source is always listed).
const SOURCES_SHOWN: usize = 30;

/// The count of a value: counts are listed for every value in order, so this is a lookup
/// (with a search as the fallback), not a scan per value on every change.
fn count_of(counts: &[Count], value: usize) -> usize {
    match counts.get(value) {
        Some(c) if c.value == value => c.count,
        _ => counts
            .iter()
            .find(|c| c.value == value)
            .map_or(0, |c| c.count),
    }
}

fn toggle(list: &mut Vec<String>, id: &str) {
    match list.iter().position(|v| v == id) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(id.to_string()),
    }
}

#[component]
pub fn Facets(ctx: Ctx, results: Memo<Results>) -> impl IntoView {
    let index = ctx.index;
    let state = ctx.view.state;
    let show_all = RwSignal::new(false);
    let all_sources = RwSignal::new(false);
    // What each list needs of the view state, as memos: a keystroke in the search box leaves
    // them unchanged, so the hundreds of checkboxes below them are not even asked.
    let outlets = &ctx.engine.outlets;
    let chosen_outlets = Memo::new(move |_| state.with(|s| s.outlets.clone()));
    let chosen_sources = Memo::new(move |_| state.with(|s| s.sources.clone()));
    let chosen_kinds = Memo::new(move |_| state.with(|s| s.kinds.clone()));
    let chosen_themes = Memo::new(move |_| state.with(|s| s.themes.clone()));
    let chosen_entities = Memo::new(move |_| state.with(|s| s.entities.clone()));
    let open_doc = Memo::new(move |_| state.with(|s| s.doc.clone()));
    // The counts follow the results a frame late: the frame of a keystroke or a toggle shows
    // the results and the timeline, and the counts (hundreds of them, and the entities'
    // ranking) come once it is painted, the facets marked busy until then.
    let (counts, lagging) = url::after_paint_value(move || results.with(|r| r.facets.clone()));
    // The sources listed, by outlet: the first few, and any chosen or open, until "Show all".
    // Only these are rendered: thousands of rendered items would each subscribe to the same
    // memos, and the reactive graph's cost of one change grows with the square of a memo's
    // subscribers.
    let groups = outlets.groups();
    let listed = Memo::new(move |_| {
        let all = all_sources.get();
        chosen_sources.with(|chosen| {
            open_doc.with(|open| {
                let mut rank = 0;
                groups
                    .iter()
                    .map(|(outlet, docs)| {
                        let shown = docs
                            .iter()
                            .copied()
                            .filter(|&i| {
                                rank += 1;
                                let id = index.documents.get(i).map_or("", |d| d.id.as_str());
                                all || rank <= SOURCES_SHOWN
                                    || chosen.iter().any(|c| c == id)
                                    || open.as_deref() == Some(id)
                            })
                            .collect::<Vec<usize>>();
                        (*outlet, shown)
                    })
                    .filter(|(_, shown)| !shown.is_empty())
                    .collect::<Vec<(Option<usize>, Vec<usize>)>>()
            })
        })
    });
    let source_item = move |i: usize| {
        let Some(doc) = index.documents.get(i) else {
            return ().into_any();
        };
        let id = doc.id.clone();
        let checked = {
            let id = id.clone();
            move || chosen_sources.with(|c| c.contains(&id))
        };
        let on_change = {
            let id = id.clone();
            move |_| url::update(ctx.view, |s| toggle(&mut s.sources, &id))
        };
        let (href, click) = {
            let id = id.clone();
            url::to(ctx.view, move |s| {
                s.doc = Some(id.clone());
                s.sentence = None;
            })
        };
        let is_open = {
            let id = id.clone();
            move || open_doc.with(|d| d.as_deref() == Some(id.as_str()))
        };
        let is_open_class = is_open.clone();
        let count = move || counts.with(|f| count_of(&f.sources, i));
        let date = doc
            .published
            .clone()
            .unwrap_or_else(|| "undated".to_string());
        let words = doc.words;
        let label = format!("Filter by {}", doc.title);
        view! {
            <li class="doc-list__item" class:doc-list__item--open=is_open_class>
                <input type="checkbox" class="facet__check" aria-label=label prop:checked=checked on:change=on_change/>
                <div class="doc-list__text">
                    <a class="doc-list__link" href=href aria-current=move || is_open().then_some("page") on:click=click>
                        {doc.title.clone()}
                    </a>
                    <span class="doc-list__meta">
                        <span class="doc-list__date">{date}</span>
                        " · "
                        <span class="doc-list__kind">{doc.kind.as_str()}</span>
                        " · "
                        <span class="doc-list__length">{format!("{words} words")}</span>
                    </span>
                </div>
                <span class="facet__count" aria-label="passages">{count}</span>
            </li>
        }
        .into_any()
    };
    // Without outlets the list is flat, as each document is its own source.
    let sources = move || {
        listed
            .get()
            .into_iter()
            .map(|(outlet, docs)| match outlet.and_then(|o| outlets.list.get(o)) {
                Some(o) => view! {
                    <li class="doc-list__group">
                        <p class="doc-list__outlet">{o.name.clone()}</p>
                        <ul class="doc-list">{docs.into_iter().map(source_item).collect_view()}</ul>
                    </li>
                }
                .into_any(),
                None if outlets.is_empty() => docs.into_iter().map(source_item).collect_view().into_any(),
                None => view! {
                    <li class="doc-list__group">
                        <p class="doc-list__outlet">"No outlet named"</p>
                        <ul class="doc-list">{docs.into_iter().map(source_item).collect_view()}</ul>
                    </li>
                }
                .into_any(),
            })
            .collect_view()
    };
    let outlet_items = outlets
        .list
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let key = o.key.clone();
            let checked = {
                let key = key.clone();
                move || chosen_outlets.with(|c| c.contains(&key))
            };
            let on_change = move |_| url::update(ctx.view, |s| toggle(&mut s.outlets, &key));
            let count = move || counts.with(|f| count_of(&f.outlets, i));
            let articles = o.docs.len();
            view! {
                <li>
                    <label class="facet__value">
                        <input type="checkbox" class="facet__check" prop:checked=checked on:change=on_change/>
                        <span class="facet__name">
                            {o.name.clone()}
                            <span class="facet__note">{format!(" · {articles} {}", if articles == 1 { "article" } else { "articles" })}</span>
                        </span>
                        <span class="facet__count" aria-label="passages">{count}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let kinds = DocKind::ALL
        .iter()
        .enumerate()
        .filter(|(_, k)| index.documents.iter().any(|d| d.kind == **k))
        .map(|(i, &k)| {
            let checked = move || chosen_kinds.with(|c| c.contains(&k));
            let on_change = move |_| {
                url::update(ctx.view, |s| match s.kinds.iter().position(|x| *x == k) {
                    Some(p) => {
                        s.kinds.remove(p);
                    }
                    None => s.kinds.push(k),
                })
            };
            let count = move || counts.with(|f| count_of(&f.kinds, i));
            view! {
                <li>
                    <label class="facet__value">
                        <input type="checkbox" class="facet__check" prop:checked=checked on:change=on_change/>
                        <span class="facet__name">{k.as_str()}</span>
                        <span class="facet__count">{count}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let themes = index
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let id = t.id.clone();
            let checked = {
                let id = id.clone();
                move || chosen_themes.with(|c| c.contains(&id))
            };
            let on_change = move |_| url::update(ctx.view, |s| toggle(&mut s.themes, &id));
            let count = move || counts.with(|f| count_of(&f.themes, i));
            view! {
                <li>
                    <label class="facet__value">
                        <input type="checkbox" class="facet__check" prop:checked=checked on:change=on_change/>
                        <span class="facet__name">{t.name.clone()}</span>
                        <span class="facet__count">{count}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    // Entities: the most mentioned (and any chosen) first; the rest behind "Show all". The
    // ranking changes with every search and toggle, so the list is a row of slots updated in
    // place (the same nodes, new text), rebuilt only when the number of slots changes.
    let ranked = Memo::new(move |_| {
        let all = show_all.get();
        chosen_entities.with(|chosen| {
            counts.with(|f| {
                let mut list: Vec<(usize, usize)> = (0..index.entities.len())
                    .map(|i| (i, count_of(&f.entities, i)))
                    .collect();
                story_core::order::sort_by(&mut list, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                list.into_iter()
                    .enumerate()
                    .filter(|(rank, (i, _))| {
                        all || *rank < ENTITIES_SHOWN
                            || index
                                .entities
                                .get(*i)
                                .is_some_and(|e| chosen.contains(&e.id))
                    })
                    .map(|(_, v)| v)
                    .collect::<Vec<(usize, usize)>>()
            })
        })
    });
    let slots = Memo::new(move |_| ranked.with(Vec::len));
    let entities = move || {
        (0..slots.get())
            .map(|slot| {
                let entity = move || ranked.with(|r| r.get(slot).and_then(|&(i, _)| index.entities.get(i)));
                let name = move || entity().map(|e| e.name.clone()).unwrap_or_default();
                let count = move || ranked.with(|r| r.get(slot).map_or(0, |&(_, c)| c));
                let checked = move || entity().is_some_and(|e| chosen_entities.with(|c| c.contains(&e.id)));
                let on_change = move |_| {
                    let id = ranked.with_untracked(|r| r.get(slot).and_then(|&(i, _)| index.entities.get(i)));
                    if let Some(e) = id {
                        url::update(ctx.view, |s| toggle(&mut s.entities, &e.id));
                    }
                };
                view! {
                    <li>
                        <label class="facet__value">
                            <input type="checkbox" class="facet__check" prop:checked=checked on:change=on_change/>
                            <span class="facet__name">{name}</span>
                            <span class="facet__count">{count}</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    let span_bounds = time_bounds(ctx);
    let from_value = move || state.with(|s| s.from.map(|d| d.to_string()).unwrap_or_default());
    let to_value = move || state.with(|s| s.to.map(|d| d.to_string()).unwrap_or_default());
    let set_date = move |end: bool, value: String| {
        let date = story_core::view::parse_link_date(&value, end);
        url::update(ctx.view, |s| if end { s.to = date } else { s.from = date });
    };
    let filtered = move || state.with(ViewState::is_filtered);
    let clear = move |_| {
        let s = state.get_untracked().cleared();
        url::navigate(ctx.view, s);
    };
    view! {
        <div class="facets" aria-busy=move || lagging.get().then_some("true")>
            {(!outlets.is_empty()).then(|| view! {
                <fieldset class="facet facet--outlets">
                    <legend class="facet__legend">"Outlets"</legend>
                    <ul class="facet__list">{outlet_items}</ul>
                </fieldset>
            })}
            <fieldset class="facet facet--sources">
                <legend class="facet__legend">{if outlets.is_empty() { "Sources" } else { "Articles" }}</legend>
                <ul class="doc-list">{sources}</ul>
                {(index.documents.len() > SOURCES_SHOWN).then(|| view! {
                    <button type="button" class="facet__more" on:click=move |_| all_sources.update(|v| *v = !*v)>
                        {move || if all_sources.get() { "Show fewer".to_string() } else { format!("Show all {}", index.documents.len()) }}
                    </button>
                })}
            </fieldset>
            <fieldset class="facet">
                <legend class="facet__legend">"Kinds"</legend>
                <ul class="facet__list">{kinds}</ul>
            </fieldset>
            {(!index.themes.is_empty()).then(|| view! {
                <fieldset class="facet">
                    <legend class="facet__legend">"Themes"</legend>
                    <ul class="facet__list">{themes}</ul>
                </fieldset>
            })}
            {(!index.entities.is_empty()).then(|| view! {
                <fieldset class="facet">
                    <legend class="facet__legend">"Entities"</legend>
                    <ul class="facet__list">{entities}</ul>
                    {(index.entities.len() > ENTITIES_SHOWN).then(|| view! {
                        <button type="button" class="facet__more" on:click=move |_| show_all.update(|v| *v = !*v)>
                            {move || if show_all.get() { "Show fewer".to_string() } else { format!("Show all {}", index.entities.len()) }}
                        </button>
                    })}
                </fieldset>
            })}
            <fieldset class="facet">
                <legend class="facet__legend">"Time span"</legend>
                <label class="facet__date">
                    "From "
                    <input type="date" min=span_bounds.0.clone() max=span_bounds.1.clone() prop:value=from_value
                        on:change=move |ev| set_date(false, event_target_value(&ev))/>
                </label>
                <label class="facet__date">
                    "To "
                    <input type="date" min=span_bounds.0 max=span_bounds.1 prop:value=to_value
                        on:change=move |ev| set_date(true, event_target_value(&ev))/>
                </label>
            </fieldset>
            <button type="button" class="facets__clear" prop:disabled=move || !filtered() on:click=clear>
                "Clear all filters"
            </button>
        </div>
    }
}

/// The first and last day the events cover, as `YYYY-MM-DD`.
pub fn time_bounds(ctx: Ctx) -> (String, String) {
    let first = ctx
        .index
        .events
        .iter()
        .map(|e| e.start)
        .min()
        .map(|d| d.to_string())
        .unwrap_or_default();
    let last = ctx
        .index
        .events
        .iter()
        .map(|e| e.end)
        .max()
        .map(|d| d.to_string())
        .unwrap_or_default();
    (first, last)
}
