//! The comparison: chosen sources side by side, rows aligned by claim; the claim × source
//! matrix (states ● / omits ○ / contradicts ✕, in words as well as symbols), sortable; each
//! conflict explained with both sides quoted; and per source what it alone says, what it
//! leaves out that most others state, and its framing words.
//!
//! A source is an outlet's articles together, or one article (one that names no outlet, or
//! one chosen on its own); `story_core::outlet` and `story_core::compare` say what each
//! does, these components only lay it out.

use leptos::prelude::*;
use story_core::compare::{left_out, only_in, unit_reach, unit_status, Mark, Status, UnitStatus};
use story_core::outlet::Unit;
use story_core::{Claim, Document};

use crate::{short_title, url, Ctx};

/// How the matrix is sorted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    Reach,
    Label,
    /// By one source's status (contradicts, states, omits).
    Source(Unit),
}

/// Articles of an outlet quoted in one cell of the side-by-side table before "and N more".
const ARTICLES_PER_CELL: usize = 3;

#[component]
pub fn Compare(ctx: Ctx) -> impl IntoView {
    let index = ctx.index;
    let state = ctx.view.state;
    let outlets = &ctx.engine.outlets;
    let chosen =
        Memo::new(move |_| state.with(|s| outlets.chosen(index, &s.compare_outlets, &s.compare)));
    let (close_href, close_click) = url::to(ctx.view, |s| {
        s.compare.clear();
        s.compare_outlets.clear();
        s.claim = None;
    });
    let heading = if outlets.is_empty() {
        "Compare sources"
    } else {
        "Compare outlets"
    };
    view! {
        <section class="cmp" aria-labelledby="cmp-heading">
            <header class="card__header">
                <h2 id="cmp-heading">{heading}</h2>
                <a class="card__close" href=close_href on:click=close_click>"Close comparison"</a>
            </header>
            <Picker ctx=ctx/>
            {if index.claims.is_empty() {
                view! { <p class="cmp__none">"No claim is stated by two sources of this story: there is nothing to align yet."</p> }.into_any()
            } else {
                view! {
                    <div class="cmp__scroll"><SideBySide ctx=ctx chosen=chosen/></div>
                    <Conflicts ctx=ctx/>
                    <div class="cmp__scroll"><Matrix ctx=ctx/></div>
                }.into_any()
            }}
            <h3>"Source by source"</h3>
            <div class="cmp__summaries">
                {move || chosen.get().into_iter().map(|unit| view! { <Summary ctx=ctx unit=unit/> }).collect_view()}
            </div>
        </section>
    }
}

/// The name of a source in a column or a heading: the outlet's, or the article's title cut
/// short (with its outlet, for an article chosen on its own).
fn source_name(ctx: Ctx, unit: Unit) -> String {
    let outlets = &ctx.engine.outlets;
    match unit {
        Unit::Outlet(_) => outlets.name(ctx.index, unit).to_string(),
        Unit::Doc(d) => {
            let title = short_title(outlets.name(ctx.index, unit));
            match outlets.of_doc(d).and_then(|o| outlets.list.get(o)) {
                Some(o) => format!("{title} ({})", o.name),
                None => title,
            }
        }
    }
}

/// The sources to compare: outlets (when documents name them) and single articles.
#[component]
fn Picker(ctx: Ctx) -> impl IntoView {
    let index = ctx.index;
    let state = ctx.view.state;
    let outlets = &ctx.engine.outlets;
    // A choice toggles; the last source compared stays (closing is the way out).
    let toggle = move |outlet: bool, id: String| {
        url::update(ctx.view, |s| {
            let total = s.compare.len() + s.compare_outlets.len();
            let list = if outlet {
                &mut s.compare_outlets
            } else {
                &mut s.compare
            };
            match list.iter().position(|v| *v == id) {
                Some(p) if total > 1 => {
                    list.remove(p);
                }
                Some(_) => {}
                None => list.push(id),
            }
        })
    };
    let item = move |outlet: bool, id: String, name: String| {
        let checked = {
            let id = id.clone();
            move || {
                state.with(|s| {
                    if outlet {
                        s.compare_outlets.contains(&id)
                    } else {
                        s.compare.contains(&id)
                    }
                })
            }
        };
        view! {
            <li>
                <label class="facet__value">
                    <input type="checkbox" class="facet__check" prop:checked=checked on:change=move |_| toggle(outlet, id.clone())/>
                    <span class="facet__name">{name}</span>
                </label>
            </li>
        }
    };
    let articles = move |docs: Vec<usize>| {
        docs.into_iter()
            .filter_map(|d| index.documents.get(d))
            .map(|d| item(false, d.id.clone(), d.title.clone()))
            .collect_view()
    };
    if outlets.is_empty() {
        return view! {
            <fieldset class="facet cmp__pick">
                <legend class="facet__legend">"Compared sources"</legend>
                <ul class="facet__list">{articles((0..index.documents.len()).collect())}</ul>
            </fieldset>
        }
        .into_any();
    }
    let outlet_items = outlets
        .list
        .iter()
        .map(|o| item(true, o.key.clone(), o.name.clone()))
        .collect_view();
    // Single articles, by outlet, behind a disclosure (a story has hundreds).
    let groups = outlets
        .groups()
        .into_iter()
        .map(|(o, docs)| {
            let name = o
                .and_then(|o| outlets.list.get(o))
                .map_or("No outlet named".to_string(), |o| o.name.clone());
            view! {
                <li class="doc-list__group">
                    <p class="doc-list__outlet">{name}</p>
                    <ul class="facet__list">{articles(docs)}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet cmp__pick">
            <legend class="facet__legend">"Compared outlets"</legend>
            <ul class="facet__list">{outlet_items}</ul>
            <details class="cmp__articles">
                <summary>"Single articles"</summary>
                <ul class="facet__list">{groups}</ul>
            </details>
        </fieldset>
    }
    .into_any()
}

/// A claim's label, opening its card.
fn claim_link(ctx: Ctx, c: &'static Claim) -> impl IntoView {
    let id = c.id.clone();
    let (href, click) = url::to(ctx.view, move |s| s.claim = Some(id.clone()));
    view! { <a class="cmp__claim" href=href on:click=click>{c.label.clone()}</a> }
}

/// A sentence, linked into the reader (its text may still be on its way).
fn sentence_link(ctx: Ctx, doc: &'static Document, n: u32, quoted: bool) -> impl IntoView {
    let id = doc.id.clone();
    let (href, click) = url::to(ctx.view, move |s| {
        s.doc = Some(id.clone());
        s.sentence = Some(n);
    });
    let text = move || match ctx.corpus.text_of(doc, n) {
        Some(t) if quoted => format!("“{t}”"),
        Some(t) => t.to_string(),
        None => "Loading…".to_string(),
    };
    view! { <a class="cmp__text" href=href on:click=click>{text}</a> }
}

/// Side by side: one column per chosen source, one row per claim any of them states.
#[component]
fn SideBySide(ctx: Ctx, chosen: Memo<Vec<Unit>>) -> impl IntoView {
    let index = ctx.index;
    let outlets = &ctx.engine.outlets;
    move || {
        let units = chosen.get();
        let head = units
            .iter()
            .map(|&u| view! { <th scope="col">{source_name(ctx, u)}</th> })
            .collect_view();
        let rows = index
            .claims
            .iter()
            .filter_map(|c| {
                let statuses: Vec<UnitStatus> = units
                    .iter()
                    .map(|&u| unit_status(index, outlets, c, u))
                    .collect();
                statuses.iter().any(|s| s.mark != Mark::Omits).then(|| {
                    let cells = statuses
                        .into_iter()
                        .zip(units.iter())
                        .map(|(st, &u)| cell(ctx, u, st))
                        .collect_view();
                    view! { <tr><th scope="row">{claim_link(ctx, c)}</th>{cells}</tr> }
                })
            })
            .collect_view();
        view! {
            <table class="cmp__table">
                <caption>"Claims, side by side"</caption>
                <thead><tr><th scope="col">"Claim"</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    }
}

/// What one source says of one claim: its mark in words, and the sentences (an outlet's
/// first few articles, one sentence each).
fn cell(ctx: Ctx, unit: Unit, st: UnitStatus) -> impl IntoView {
    let index = ctx.index;
    let outlet = matches!(unit, Unit::Outlet(_));
    let more = st.said.len().saturating_sub(ARTICLES_PER_CELL);
    let said = st
        .said
        .into_iter()
        .take(if outlet { ARTICLES_PER_CELL } else { 1 })
        .filter_map(|(d, status)| Some((index.documents.get(d)?, status)))
        .map(|(doc, status)| {
            let sentences: Vec<(u32, Option<String>)> = match status {
                Status::States(ss) => ss.into_iter().map(|n| (n, None)).collect(),
                Status::Contradicts(ss) => ss.into_iter().map(|(n, v)| (n, Some(v))).collect(),
                Status::Omits => Vec::new(),
            };
            sentences
                .into_iter()
                .take(if outlet { 1 } else { usize::MAX })
                .map(|(n, differs)| {
                    view! {
                        {differs.map(|v| view! { <span class="cmp__value">{format!("differs: {v}")}</span> })}
                        {sentence_link(ctx, doc, n, false)}
                    }
                })
                .collect_view()
        })
        .collect_view();
    let mark = st.mark;
    view! {
        <td class=format!("cmp__cell cmp__cell--{}", mark.word())>
            <span class="cmp__status">{format!("{} {}", mark.symbol(), mark.word())}</span>
            {if mark == Mark::Omits {
                view! { <span class="cmp__none">"not stated"</span> }.into_any()
            } else {
                said.into_any()
            }}
            {(outlet && more > 0).then(|| view! {
                <span class="cmp__none">{format!("and {more} more {}", if more == 1 { "article" } else { "articles" })}</span>
            })}
        </td>
    }
}

/// The matrix over every source of the story (its outlets, and the articles that name
/// none), sortable.
#[component]
fn Matrix(ctx: Ctx) -> impl IntoView {
    let index = ctx.index;
    let outlets = &ctx.engine.outlets;
    let units = outlets.units();
    let sort = RwSignal::new(Sort::Reach);
    let what = if outlets.is_empty() {
        "source"
    } else {
        "outlet"
    };
    move || {
        let order = sort.get();
        let rank = |m: Mark| match m {
            Mark::Contradicts => 0,
            Mark::States => 1,
            Mark::Omits => 2,
        };
        let mut claims: Vec<(&'static Claim, usize)> = index
            .claims
            .iter()
            .map(|c| (c, unit_reach(index, outlets, c)))
            .collect();
        match order {
            Sort::Reach => story_core::order::sort_by_key(&mut claims, |c| std::cmp::Reverse(c.1)),
            Sort::Label => {
                story_core::order::sort_by(&mut claims, |a, b| a.0.label.cmp(&b.0.label))
            }
            Sort::Source(u) => story_core::order::sort_by_key(&mut claims, |c| {
                rank(unit_status(index, outlets, c.0, u).mark)
            }),
        }
        let aria = move |s: Sort| if order == s { "descending" } else { "none" };
        let head = units
            .iter()
            .map(|&u| view! {
                <th scope="col" aria-sort=aria(Sort::Source(u))>
                    <button type="button" class="cmp__sort" on:click=move |_| sort.set(Sort::Source(u))>{source_name(ctx, u)}</button>
                </th>
            })
            .collect_view();
        let rows = claims
            .into_iter()
            .map(|(c, reach)| {
                let cells = units
                    .iter()
                    .map(|&u| mark_cell(ctx, u, unit_status(index, outlets, c, u)))
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{claim_link(ctx, c)}</th>
                        <td class="cmp__reach">{reach}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="cmp__matrix">
                <caption>{format!("Claim × {what}: ● states, ○ omits, ✕ contradicts")}</caption>
                <thead>
                    <tr>
                        <th scope="col" aria-sort=aria(Sort::Label)>
                            <button type="button" class="cmp__sort" on:click=move |_| sort.set(Sort::Label)>"Claim"</button>
                        </th>
                        <th scope="col" aria-sort=aria(Sort::Reach)>
                            <button type="button" class="cmp__sort" on:click=move |_| sort.set(Sort::Reach)>
                                {if what == "source" { "Sources" } else { "Outlets" }}
                            </button>
                        </th>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    }
}

/// One mark of the matrix, named for screen readers, linked to the first sentence it
/// points at.
fn mark_cell(ctx: Ctx, unit: Unit, st: UnitStatus) -> impl IntoView {
    let label = format!("{}: {}", source_name(ctx, unit), st.mark.word());
    let first = st
        .said
        .first()
        .and_then(|(d, s)| Some((ctx.index.documents.get(*d)?, s.first()?)));
    let symbol = st.mark.symbol();
    let inner = match first {
        Some((doc, n)) => {
            let id = doc.id.clone();
            let (href, click) = url::to(ctx.view, move |s| {
                s.doc = Some(id.clone());
                s.sentence = Some(n);
            });
            view! { <a href=href on:click=click aria-label=label>{symbol}</a> }.into_any()
        }
        None => view! { <span aria-label=label>{symbol}</span> }.into_any(),
    };
    view! { <td class=format!("cmp__mark cmp__mark--{}", st.mark.word())>{inner}</td> }
}

/// Where sources disagree: each conflict explained, its sides quoted.
#[component]
fn Conflicts(ctx: Ctx) -> impl IntoView {
    let index = ctx.index;
    if index.conflicts.is_empty() {
        return view! {
            <h3>"Where sources disagree"</h3>
            <p class="cmp__none">"No conflict found."</p>
        }
        .into_any();
    }
    let conflicts = index
        .conflicts
        .iter()
        .map(|c| {
            let sides = c
                .sides
                .iter()
                .filter_map(|s| {
                    let d = s.doc.index();
                    let doc = index.documents.get(d)?;
                    let name = source_name(ctx, Unit::Doc(d));
                    Some(view! {
                        <li>
                            <span class="cmp__value">{format!("{} — {name}: ", s.value)}</span>
                            {sentence_link(ctx, doc, s.sentence, true)}
                        </li>
                    })
                })
                .collect_view();
            view! {
                <li class="cmp__conflict">
                    <p><strong>{format!("{} · ", c.kind.as_str())}</strong>{c.explanation.clone()}</p>
                    <ul>{sides}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3>"Where sources disagree"</h3>
        <ul class="cmp__conflicts">{conflicts}</ul>
    }
    .into_any()
}

/// Claims listed as left out before "All N left out".
const LEFT_OUT_SHOWN: usize = 10;

/// One source's summary: its framing, what it alone says, what it leaves out.
#[component]
fn Summary(ctx: Ctx, unit: Unit) -> impl IntoView {
    let index = ctx.index;
    let outlets = &ctx.engine.outlets;
    let framing = outlets.framing(index, unit).map(|f| {
        let words = |list: &[(String, u32)], n: usize| {
            list.iter()
                .take(n)
                .map(|x| x.0.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        view! {
            <p class="cmp__framing">
                {format!("Reads as {} · {} attributions · {} quotes · {} questions", f.stance.as_str(), f.attributions, f.quotes, f.questions)}
                {(f.articles > 1).then(|| format!(" · {} of {} articles read as opinion", f.opinion, f.articles))}
                {(!f.loaded.is_empty()).then(|| format!(" · evaluative words: {}", words(&f.loaded, 6)))}
                {(!f.hedges.is_empty()).then(|| format!(" · hedges: {}", words(&f.hedges, 4)))}
            </p>
        }
    });
    let docs = outlets.docs(unit);
    // What is said only here is judged on the text (fetched for a split index).
    let alone = move || {
        let texts: Option<Vec<(usize, &Document)>> = docs
            .iter()
            .map(|&d| Some((d, ctx.corpus.full(index.documents.get(d)?)?)))
            .collect();
        match texts.map(|t| only_in(index, outlets, unit, &t, 4)) {
            None => view! { <p class="loading">"Loading…"</p> }.into_any(),
            Some(alone) if alone.is_empty() => view! { <p class="cmp__none">"Nothing of note that no other source shares."</p> }.into_any(),
            Some(alone) => view! {
                <ul>
                    {alone.into_iter().filter_map(|(d, n)| Some((index.documents.get(d)?, n))).map(|(doc, n)| view! { <li>{sentence_link(ctx, doc, n, false)}</li> }).collect_view()}
                </ul>
            }.into_any(),
        }
    };
    // Those the most sources state first, a few at a time (a chosen article of a story of
    // hundreds can leave out hundreds of claims).
    let out = left_out(index, outlets, unit);
    let total_out = out.len();
    let all_out = RwSignal::new(false);
    view! {
        <section class="cmp__summary">
            <h3>{match unit {
                Unit::Outlet(_) => source_name(ctx, unit),
                Unit::Doc(_) => outlets.name(index, unit).to_string(),
            }}</h3>
            {framing}
            <h4>"Only here"</h4>
            {alone}
            <h4>"Left out, though most others state it"</h4>
            {if out.is_empty() {
                view! { <p class="cmp__none">"Nothing."</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {move || out.iter().take(if all_out.get() { usize::MAX } else { LEFT_OUT_SHOWN }).map(|c| view! { <li>{claim_link(ctx, c)}</li> }).collect_view()}
                    </ul>
                    {(total_out > LEFT_OUT_SHOWN).then(|| view! {
                        <button type="button" class="results__more" aria-pressed=move || all_out.get().to_string()
                            on:click=move |_| all_out.update(|v| *v = !*v)>
                            {format!("All {total_out} left out")}
                        </button>
                    })}
                }.into_any()
            }}
        </section>
    }
}
