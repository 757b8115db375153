//! The page's tools: Copy link, Embed (an iframe snippet for the current view), Export (the
//! current passages as CSV or JSON, made in the browser) and the colour scheme.

use leptos::prelude::*;
use story_core::query::Results;
use story_core::scale::decimal;
use story_core::view::{ColorScheme, ViewState};
use wasm_bindgen::{JsCast, JsValue};

use crate::{url, Ctx};

/// The message type the page posts to its parent frame with its height.
pub const HEIGHT_MESSAGE: &str = "story-explorer:height";

/// The absolute URL of a view of this page, resolved against its address (a page opened from
/// disk has the origin "null", but its `file://` link is still a link).
fn absolute(state: &ViewState) -> String {
    let relative = url::url_of(state);
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(&relative, &base).ok())
        .map_or(relative, |u| u.href())
}

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
        let link = absolute(&state.get_untracked());
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
    let snippet = move || {
        let mut s = state.get();
        s.embed = true;
        let src = absolute(&s);
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
        format!(
            "<script>\n  addEventListener(\"message\", (e) => {{\n    if (e.data && e.data.type === \"{HEIGHT_MESSAGE}\" && typeof e.data.height === \"number\") {{\n      for (const f of document.querySelectorAll(\"iframe\")) if (f.contentWindow === e.source) f.height = e.data.height;\n    }}\n  }});\n</script>"
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
            if s.compare.is_empty() {
                s.compare = ctx.index.documents.iter().map(|d| d.id.clone()).collect();
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

/// One CSV field, quoted when needed (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Passages of the results, or every sentence when nothing is searched or filtered.
fn rows(ctx: Ctx, r: &Results) -> Vec<(&'static story_core::Document, u32, f64)> {
    r.by_source
        .iter()
        .flat_map(|g| {
            g.hits.iter().filter_map(move |h| {
                // With its text: the export loaded every row's document first.
                let doc = ctx.corpus.document(g.doc)?;
                let (_, s) = *ctx.engine.sentences.get(h.sentence)?;
                Some((doc, s, h.score))
            })
        })
        .collect()
}

fn csv(ctx: Ctx, r: &Results) -> String {
    let mut out = String::from("doc,title,published,sentence,text,score\r\n");
    for (doc, s, score) in rows(ctx, r) {
        let text = doc
            .sentences
            .get(s as usize)
            .map(|x| x.text.as_str())
            .unwrap_or_default();
        out.push_str(&format!(
            "{},{},{},{s},{},{}\r\n",
            field(&doc.id),
            field(&doc.title),
            field(doc.published.as_deref().unwrap_or("")),
            field(text),
            decimal(score, 3)
        ));
    }
    out
}

fn json(ctx: Ctx, r: &Results) -> String {
    let esc = |s: &str| {
        let mut o = String::with_capacity(s.len() + 2);
        o.push('"');
        for c in s.chars() {
            match c {
                '"' => o.push_str("\\\""),
                '\\' => o.push_str("\\\\"),
                '\n' => o.push_str("\\n"),
                '\r' => o.push_str("\\r"),
                '\t' => o.push_str("\\t"),
                c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
                c => o.push(c),
            }
        }
        o.push('"');
        o
    };
    let query = ctx.view.state.with_untracked(|s| s.to_query());
    let items: Vec<String> = rows(ctx, r)
        .into_iter()
        .map(|(doc, s, score)| {
            let text = doc.sentences.get(s as usize).map(|x| x.text.as_str()).unwrap_or_default();
            format!(
                "{{\"doc\":{},\"title\":{},\"published\":{},\"sentence\":{s},\"text\":{},\"score\":{}}}",
                esc(&doc.id),
                esc(&doc.title),
                doc.published.as_deref().map_or("null".to_string(), esc),
                esc(text),
                decimal(score, 3)
            )
        })
        .collect();
    format!(
        "{{\"view\":{},\"passages\":[{}]}}\n",
        esc(&query),
        items.join(",")
    )
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

/// When the page is inside a frame, tells the parent its height whenever it changes. The
/// page listens to no message: it only posts.
pub fn post_height_to_parent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(parent) = window.parent() else { return };
    let Some(parent) = parent else { return };
    if parent == window {
        return;
    }
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let post = move || {
        let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        else {
            return;
        };
        let height = body.scroll_height();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        let _ = parent.post_message(&message, "*");
    };
    // The observer reports the body's size when it starts observing, then on every change.
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}
