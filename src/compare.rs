//! The comparison: chosen sources side by side, rows aligned by claim; the claim × source
//! matrix (states ● / omits ○ / contradicts ✕, in words as well as symbols), sortable; each
//! conflict explained with both sides quoted; and per source what it alone says, what it
//! leaves out that most others state, and its framing words.

use leptos::prelude::*;
use story_core::compare::{left_out, only_in, reach, status, Status};
use story_core::{Claim, Document};

use crate::{short_title, url, Ctx};

/// How the matrix is sorted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    Reach,
    Label,
    /// By one source's status (contradicts, states, omits).
    Source(usize),
}

#[component]
pub fn Compare(ctx: Ctx) -> impl IntoView {
    let index = ctx.index;
    let state = ctx.view.state;
    let chosen = Memo::new(move |_| {
        state.with(|s| {
            index
                .documents
                .iter()
                .filter(|d| s.compare.contains(&d.id))
                .collect::<Vec<&'static Document>>()
        })
    });
    let sort = RwSignal::new(Sort::Reach);
    let toggle_source = move |id: String| {
        url::update(ctx.view, |s| {
            match s.compare.iter().position(|v| *v == id) {
                Some(p) if s.compare.len() > 1 => {
                    s.compare.remove(p);
                }
                Some(_) => {}
                None => s.compare.push(id),
            }
        })
    };
    let pickers = index
        .documents
        .iter()
        .map(|d| {
            let id = d.id.clone();
            let checked = {
                let id = id.clone();
                move || state.with(|s| s.compare.contains(&id))
            };
            view! {
                <li>
                    <label class="facet__value">
                        <input type="checkbox" class="facet__check" prop:checked=checked on:change=move |_| toggle_source(id.clone())/>
                        <span class="facet__name">{d.title.clone()}</span>
                    </label>
                </li>
            }
        })
        .collect_view();

    let claim_link = move |c: &'static Claim| {
        let id = c.id.clone();
        let (href, click) = url::to(ctx.view, move |s| s.claim = Some(id.clone()));
        view! { <a class="cmp__claim" href=href on:click=click>{c.label.clone()}</a> }
    };
    // A sentence, linked into the reader (its text may still be on its way).
    let cell_link = move |doc: &'static Document, n: u32, quoted: bool| {
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
    };

    // Side by side: one column per chosen source, one row per claim.
    let side_by_side = move || {
        let docs = chosen.get();
        let head = docs
            .iter()
            .map(|d| view! { <th scope="col">{short_title(&d.title)}</th> })
            .collect_view();
        let rows = index
            .claims
            .iter()
            .filter(|c| docs.iter().any(|d| c.mentions.iter().any(|m| m.doc == d.id)))
            .map(|c| {
                let cells = docs
                    .iter()
                    .map(|&d| {
                        let st = status(index, c, &d.id);
                        let body = match &st {
                            Status::States(ss) => ss
                                .iter()
                                .map(|&n| cell_link(d, n, false))
                                .collect_view()
                                .into_any(),
                            Status::Omits => view! { <span class="cmp__none">"not stated"</span> }.into_any(),
                            Status::Contradicts(ss) => ss
                                .iter()
                                .map(|(n, v)| view! {
                                    <span class="cmp__value">{format!("differs: {v}")}</span>
                                    {cell_link(d, *n, false)}
                                })
                                .collect_view()
                                .into_any(),
                        };
                        view! {
                            <td class=format!("cmp__cell cmp__cell--{}", st.word())>
                                <span class="cmp__status">{format!("{} {}", st.symbol(), st.word())}</span>
                                {body}
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{claim_link(c)}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <table class="cmp__table">
                <caption>"Claims, side by side"</caption>
                <thead><tr><th scope="col">"Claim"</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };

    // The matrix over every source, sortable.
    let matrix = move || {
        let order = sort.get();
        let mut claims: Vec<&'static Claim> = index.claims.iter().collect();
        match order {
            Sort::Reach => claims.sort_by_key(|c| std::cmp::Reverse(reach(c))),
            Sort::Label => claims.sort_by(|a, b| a.label.cmp(&b.label)),
            Sort::Source(d) => {
                let rank =
                    |c: &Claim| match index.documents.get(d).map(|doc| status(index, c, &doc.id)) {
                        Some(Status::Contradicts(_)) => 0,
                        Some(Status::States(_)) => 1,
                        _ => 2,
                    };
                claims.sort_by_key(|c| rank(c));
            }
        }
        let aria = move |s: Sort| if order == s { "descending" } else { "none" };
        let head = index
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| view! {
                <th scope="col" aria-sort=aria(Sort::Source(i))>
                    <button type="button" class="cmp__sort" on:click=move |_| sort.set(Sort::Source(i))>{short_title(&d.title)}</button>
                </th>
            })
            .collect_view();
        let rows = claims
            .into_iter()
            .map(|c| {
                let cells = index
                    .documents
                    .iter()
                    .map(|d| {
                        let st = status(index, c, &d.id);
                        let first = match &st {
                            Status::States(ss) => ss.first().copied(),
                            Status::Contradicts(ss) => ss.first().map(|x| x.0),
                            Status::Omits => None,
                        };
                        let label = format!("{}: {}", short_title(&d.title), st.word());
                        let inner = match first {
                            Some(n) => {
                                let id = d.id.clone();
                                let (href, click) = url::to(ctx.view, move |s| {
                                    s.doc = Some(id.clone());
                                    s.sentence = Some(n);
                                });
                                view! { <a href=href on:click=click aria-label=label>{st.symbol()}</a> }.into_any()
                            }
                            None => view! { <span aria-label=label>{st.symbol()}</span> }.into_any(),
                        };
                        view! { <td class=format!("cmp__mark cmp__mark--{}", st.word())>{inner}</td> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{claim_link(c)}</th>
                        <td class="cmp__reach">{reach(c)}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="cmp__matrix">
                <caption>"Claim × source: ● states, ○ omits, ✕ contradicts"</caption>
                <thead>
                    <tr>
                        <th scope="col" aria-sort=aria(Sort::Label)>
                            <button type="button" class="cmp__sort" on:click=move |_| sort.set(Sort::Label)>"Claim"</button>
                        </th>
                        <th scope="col" aria-sort=aria(Sort::Reach)>
                            <button type="button" class="cmp__sort" on:click=move |_| sort.set(Sort::Reach)>"Sources"</button>
                        </th>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };

    let conflicts = index
        .conflicts
        .iter()
        .map(|c| {
            let sides = c
                .sides
                .iter()
                .filter_map(|s| {
                    let d = index.document(&s.doc)?;
                    Some(view! {
                        <li>
                            <span class="cmp__value">{format!("{} — {}: ", s.value, short_title(&d.title))}</span>
                            {cell_link(d, s.sentence, true)}
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

    let summaries = move || {
        chosen
            .get()
            .into_iter()
            .map(|d| {
                // What is said only here is judged on the text (fetched for a split index).
                let alone = ctx.corpus.full(d).map(|full| only_in(index, full, 4));
                let out = left_out(index, &d.id);
                let framing = index.framing.iter().find(|f| f.doc == d.id);
                view! {
                    <section class="cmp__summary">
                        <h3>{d.title.clone()}</h3>
                        {framing.map(|f| view! {
                            <p class="cmp__framing">
                                {format!("Reads as {} · {} attributions · {} quotes · {} questions", f.stance.as_str(), f.attributions, f.quotes, f.questions)}
                                {(!f.loaded.is_empty()).then(|| format!(" · evaluative words: {}", f.loaded.iter().take(6).map(|x| x.0.clone()).collect::<Vec<_>>().join(", ")))}
                                {(!f.hedges.is_empty()).then(|| format!(" · hedges: {}", f.hedges.iter().take(4).map(|x| x.0.clone()).collect::<Vec<_>>().join(", ")))}
                            </p>
                        })}
                        <h4>"Only here"</h4>
                        {match alone {
                            None => view! { <p class="loading">"Loading…"</p> }.into_any(),
                            Some(alone) if alone.is_empty() => view! { <p class="cmp__none">"Nothing of note that no other source shares."</p> }.into_any(),
                            Some(alone) => view! { <ul>{alone.into_iter().map(|n| view! { <li>{cell_link(d, n, false)}</li> }).collect_view()}</ul> }.into_any(),
                        }}
                        <h4>"Left out, though most others state it"</h4>
                        {if out.is_empty() {
                            view! { <p class="cmp__none">"Nothing."</p> }.into_any()
                        } else {
                            view! { <ul>{out.into_iter().map(|c| view! { <li>{claim_link(c)}</li> }).collect_view()}</ul> }.into_any()
                        }}
                    </section>
                }
            })
            .collect_view()
    };

    let (close_href, close_click) = url::to(ctx.view, |s| {
        s.compare.clear();
        s.claim = None;
    });
    view! {
        <section class="cmp" aria-labelledby="cmp-heading">
            <header class="card__header">
                <h2 id="cmp-heading">"Compare sources"</h2>
                <a class="card__close" href=close_href on:click=close_click>"Close comparison"</a>
            </header>
            <fieldset class="facet cmp__pick">
                <legend class="facet__legend">"Compared sources"</legend>
                <ul class="facet__list">{pickers}</ul>
            </fieldset>
            {if index.claims.is_empty() {
                view! { <p class="cmp__none">"No claim is stated by two sources of this story: there is nothing to align yet."</p> }.into_any()
            } else {
                view! {
                    <div class="cmp__scroll">{side_by_side}</div>
                    <h3>"Where sources disagree"</h3>
                    {if index.conflicts.is_empty() {
                        view! { <p class="cmp__none">"No conflict found."</p> }.into_any()
                    } else {
                        view! { <ul class="cmp__conflicts">{conflicts}</ul> }.into_any()
                    }}
                    <div class="cmp__scroll">{matrix}</div>
                }.into_any()
            }}
            <h3>"Source by source"</h3>
            <div class="cmp__summaries">{summaries}</div>
        </section>
    }
}
