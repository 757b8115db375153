//! A plain timeline: every event in order, with its time, label and the sources that
//! mention it (the scrubbable one is `timeline_svg`).

use leptos::prelude::*;
use story_core::time::describe;

use crate::{short_title, url, Ctx};

/// Sources named in an event's tooltip.
const TITLES_SHOWN: usize = 8;

#[component]
pub fn Timeline(ctx: Ctx) -> impl IntoView {
    let index = ctx.index;
    let open = Memo::new(move |_| ctx.view.state.with(|s| s.event.clone()));
    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Events in order"</h2>
            {index.events.is_empty().then(|| view! { <p>"No dated events were found in these documents."</p> })}
            <ol class="timeline__list">
                {index
                    .events
                    .iter()
                    .map(|e| {
                        let mut docs: Vec<&str> = e.mentions.iter().map(|m| m.doc.as_str()).collect();
                        docs.dedup();
                        // The tooltip names the first few sources (an event of a large corpus
                        // can have hundreds).
                        let mut titles: Vec<String> = docs
                            .iter()
                            .take(TITLES_SHOWN)
                            .filter_map(|d| index.document(d))
                            .map(|d| short_title(&d.title))
                            .collect();
                        if docs.len() > TITLES_SHOWN {
                            titles.push(format!("and {} more", docs.len() - TITLES_SHOWN));
                        }
                        let id = e.id.clone();
                        let (href, click) = {
                            let id = id.clone();
                            url::to(ctx.view, move |s| s.event = Some(id.clone()))
                        };
                        let is_open = move || open.with(|o| o.as_deref() == Some(id.as_str()));
                        view! {
                            <li class="timeline__event" class:timeline__event--open=is_open>
                                <span class="timeline__date">{describe(e.start, e.end, e.granularity)}</span>
                                <a class="timeline__label" href=href on:click=click>
                                    {e.label.clone()}
                                </a>
                                <span class="timeline__sources" title=titles.join("\n")>
                                    {format!("{} {}", docs.len(), if docs.len() == 1 { "source" } else { "sources" })}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
