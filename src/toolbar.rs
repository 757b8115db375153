//! The page's tools: Copy link, Embed (an iframe snippet for the current view), Export (the
//! current passages as CSV or JSON, made in the browser) and the colour scheme.

use leptos::prelude::*;
use serde::Serialize;
use story_core::query::Results;
use story_core::scale::decimal;
use story_core::view::ColorScheme;
use wasm_bindgen::{JsCast, JsValue};

use crate::embed::HEIGHT_MESSAGE;
use crate::{url, Ctx};

/// Whether the page was opened from disk (`file://`): a frame elsewhere cannot show it.
fn from_disk() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

#[component]
pub fn Toolbar(ctx: Ctx, results: Memo<Results>) -> impl IntoView {
    let state = ctx.view.state;
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        // The full explorer's link, also from inside a frame.
        let link = url::absolute(&state.get_untracked().full());
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            status.set(format!("Copy this link: {link}"));
            return;
        };
        let promise = clipboard.write_text(&link);
        wasm_bindgen_futures::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => status.set("Link copied to the clipboard.".to_string()),
                Err(_) => status.set(format!("Could not copy; the link is: {link}")),
            }
        });
    };
    let embed_open = RwSignal::new(false);
    // Made only while the panel is open: every change of the view would make it again.
    let snippet = move || {
        if !embed_open.get() {
            return String::new();
        }
        let mut s = state.get().full();
        s.embed = true;
        let src = url::absolute(&s);
        let title = if ctx.index.title.is_empty() {
            "Story Explorer".to_string()
        } else {
            format!("Story Explorer: {}", ctx.index.title)
        };
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" loading=\"lazy\" style=\"border:0\"></iframe>",
            escape_attr(&src),
            escape_attr(&title)
        )
    };
    let script = move || {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        format!(
            "<script>\n  addEventListener(\"message\", (e) => {{\n    if (e.origin !== \"{}\" || !e.data || e.data.type !== \"{HEIGHT_MESSAGE}\") return;\n    for (const f of document.querySelectorAll(\"iframe\")) if (f.contentWindow === e.source) f.height = e.data.height;\n  }});\n</script>",
            origin.replace(['"', '<', '>', '\\'], "")
        )
    };
    // Every row's text first (a split index fetches the chunks it lacks), then the file.
    let export =
        move |name: &'static str, mime: &'static str, write: fn(Ctx, &Results) -> String| {
            if !ctx.corpus.is_split() {
                // Everything is at hand (and the async path is left out of such a build).
                let body = results.with_untracked(|r| write(ctx, r));
                download(name, mime, &body, status);
                return;
            }
            let docs: Vec<usize> =
                results.with_untracked(|r| r.by_source.iter().map(|g| g.doc).collect());
            status.set(format!("Preparing {name}…"));
            wasm_bindgen_futures::spawn_local(async move {
                match ctx.corpus.load(docs).await {
                    Ok(()) => {
                        let body = results.with_untracked(|r| write(ctx, r));
                        download(name, mime, &body, status);
                    }
                    Err(e) => status.set(format!("Could not export {name}: {e}")),
                }
            });
        };
    let export_csv = move |_| export("story-explorer.csv", "text/csv;charset=utf-8", csv);
    let export_json = move |_| export("story-explorer.json", "application/json", json);
    let color_label = move || match state.with(|s| s.color) {
        ColorScheme::System => "Colours: system",
        ColorScheme::Light => "Colours: light",
        ColorScheme::Dark => "Colours: dark",
    };
    let cycle_color = move |_| {
        url::update(ctx.view, |s| {
            s.color = match s.color {
                ColorScheme::System => ColorScheme::Light,
                ColorScheme::Light => ColorScheme::Dark,
                ColorScheme::Dark => ColorScheme::System,
            }
        })
    };
    let compare = move |_| {
        url::update(ctx.view, |s| {
            if !s.comparing() {
                (s.compare_outlets, s.compare) = ctx.engine.outlets.every_source(ctx.index);
            }
            s.doc = None;
            s.sentence = None;
        })
    };
    view! {
        <div class="toolbar">
            <button type="button" class="toolbar__button" on:click=compare>"Compare sources"</button>
            <button type="button" class="toolbar__button" on:click=copy>"Copy link"</button>
            <button type="button" class="toolbar__button" aria-expanded=move || embed_open.get().to_string()
                aria-controls="embed-panel" on:click=move |_| embed_open.update(|o| *o = !*o)>"Embed"</button>
            <button type="button" class="toolbar__button" on:click=export_csv>"Export CSV"</button>
            <button type="button" class="toolbar__button" on:click=export_json>"Export JSON"</button>
            <button type="button" class="toolbar__button" on:click=cycle_color>{color_label}</button>
            <p class="toolbar__status" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
        <div id="embed-panel" class="embed-panel" hidden=move || !embed_open.get()>
            {if from_disk() {
                view! {
                    <p class="embed-panel__label">
                        "This page was opened from disk: another site cannot frame it. Publish it on a web server "
                        "(this one file will do) and take the snippet from there."
                    </p>
                }.into_any()
            } else {
                view! {
                    <label class="embed-panel__label" for="embed-code">"Embed this view"</label>
                    <textarea id="embed-code" class="embed-panel__code" readonly rows="3" prop:value=snippet></textarea>
                    <label class="embed-panel__label" for="embed-script">"Optional: let the frame fit its content (add once to the host page)"</label>
                    <textarea id="embed-script" class="embed-panel__code" readonly rows="7" prop:value=script></textarea>
                }.into_any()
            }}
        </div>
    }
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One CSV field, quoted when needed (RFC 4180). A cell that a spreadsheet would read as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`:
/// the corpus is untrusted input.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// One exported passage.
#[derive(Serialize)]
struct Passage<'a> {
    doc: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<&'a str>,
    sentence: u32,
    text: &'a str,
    score: f64,
}

/// Passages of the results, or every sentence when nothing is searched or filtered.
fn rows(ctx: Ctx, r: &Results) -> Vec<Passage<'static>> {
    r.by_source
        .iter()
        .flat_map(|g| {
            g.hits.iter().filter_map(move |h| {
                // With its text: the export loaded every row's document first.
                let doc = ctx.corpus.document(g.doc)?;
                let (_, s) = *ctx.engine.sentences.get(h.sentence)?;
                Some(Passage {
                    doc: &doc.id,
                    title: &doc.title,
                    outlet: doc.source.as_deref(),
                    url: doc.url.as_deref(),
                    published: doc.published.as_deref(),
                    sentence: s,
                    text: doc
                        .sentences
                        .get(s as usize)
                        .map_or("", |x| x.text.as_str()),
                    score: h.score,
                })
            })
        })
        .collect()
}

/// CSV with a byte order mark, so spreadsheet programs read it as UTF-8.
fn csv(ctx: Ctx, r: &Results) -> String {
    let mut out = String::from("\u{FEFF}doc,title,outlet,url,published,sentence,text,score\r\n");
    for p in rows(ctx, r) {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}\r\n",
            field(p.doc),
            field(p.title),
            field(p.outlet.unwrap_or("")),
            field(p.url.unwrap_or("")),
            field(p.published.unwrap_or("")),
            p.sentence,
            field(p.text),
            decimal(p.score, 3)
        ));
    }
    out
}

/// JSON: the view's query and the passages, made into a JS value by serde-wasm-bindgen and
/// written by the platform's `JSON.stringify`.
fn json(ctx: Ctx, r: &Results) -> String {
    #[derive(Serialize)]
    struct Export<'a> {
        view: String,
        passages: Vec<Passage<'a>>,
    }
    let export = Export {
        view: ctx.view.state.with_untracked(|s| s.full().to_query()),
        passages: rows(ctx, r)
            .into_iter()
            .map(|p| Passage {
                score: (p.score * 1000.0).round() / 1000.0,
                ..p
            })
            .collect(),
    };
    export
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
        .and_then(|v| js_sys::JSON::stringify(&v).ok())
        .map(|s| format!("{}\n", String::from(s)))
        .unwrap_or_default()
}

/// Offers `body` as a file download, made in the browser (a Blob and an object URL).
fn download(name: &str, mime: &str, body: &str, status: RwSignal<String>) {
    let done = (|| -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(body));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let href = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&href);
        a.set_download(name);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&href);
        Some(())
    })();
    status.set(match done {
        Some(()) => format!("Exported {name}."),
        None => format!("Could not export {name}."),
    });
}
