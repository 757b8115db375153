//! The page in a host's frame: what it tells the host and the one command it takes from it
//! (docs/embedding.md has the protocol).
//!
//! - To the host: `story-explorer:ready` once, `story-explorer:view` each time the view rests,
//!   and the height whenever the layout changes, in three forms: ours, pym.js's and AMP's.
//!   Posted to the host's origin when it is known (the `host=` or pym.js `parentUrl=` of the
//!   address, else `document.referrer`), else to `*`.
//! - From the host: `story-explorer:navigate`, only from the parent frame of an origin listed
//!   at build time (`story.toml`'s `embed_origins`; none by default, and then the page adds no
//!   listener at all). Its query goes through the same parser and checks as an address.
//!
//! Messages are typed Rust values, turned into plain JS objects (and back) by
//! serde-wasm-bindgen. This module only talks to the outside world: the view state stays the
//! URL's ([`url`]).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use story_core::page::PageMeta;
use story_core::view::{origin_of, ViewState};
use wasm_bindgen::{JsCast, JsValue};

use crate::{url, Ctx};

/// The page's metadata built from the corpus (see `build.rs` and `story_core::page`).
static PAGE_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/page.bin"));

/// The type of the height message, which the embed panel's host script listens for.
pub const HEIGHT_MESSAGE: &str = "story-explorer:height";

/// The page is up: what the story holds (`story-explorer:ready`). Messages are plain structs
/// with their `type` as a field: serde's tagged enums cost the wasm more.
#[derive(Serialize)]
struct Ready<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'a str,
    documents: u32,
    outlets: u32,
    events: u32,
}

/// The view rested (`story-explorer:view`): its query as the full explorer's link has it,
/// that link, and the view in words.
#[derive(Serialize)]
struct View {
    #[serde(rename = "type")]
    kind: &'static str,
    query: String,
    url: String,
    description: String,
}

/// The page's height in CSS pixels (`story-explorer:height`).
#[derive(Serialize)]
struct Height {
    #[serde(rename = "type")]
    kind: &'static str,
    height: i32,
}

/// The height as an AMP `<amp-iframe resizable>` listens for it.
#[derive(Serialize)]
struct AmpEmbedSize {
    sentinel: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    height: i32,
}

/// The one command a host may send: show the view of `query` (the part of a link after
/// `?`). A plain struct whose `type` is checked after decoding: an internally tagged enum
/// would cost the wasm serde's buffering of any value.
#[derive(Deserialize)]
struct FromHost {
    #[serde(rename = "type")]
    kind: String,
    query: String,
}

const NAVIGATE: &str = "story-explorer:navigate";

/// The page's metadata, read from the bytes the build embedded (with the platform's JSON
/// parser); the default (no origins) if they cannot be read.
pub fn page_meta() -> PageMeta {
    story_core::page::unframe(PAGE_BYTES)
        .and_then(|json| js_sys::JSON::parse(json).ok())
        .and_then(|v| serde_wasm_bindgen::from_value(v).ok())
        .unwrap_or_default()
}

/// The parent frame, when the page is inside one.
fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (parent != window).then_some(parent)
}

/// Where messages go: the host's origin when known, else `*`.
fn target_origin(state: &ViewState) -> String {
    state
        .host
        .clone()
        .or_else(|| origin_of(&web_sys::window()?.document()?.referrer()))
        .unwrap_or_else(|| "*".to_string())
}

/// Posts a message made from `value` to the parent.
fn post(parent: &web_sys::Window, target: &str, value: &impl Serialize) {
    if let Ok(message) = serde_wasm_bindgen::to_value(value) {
        let _ = parent.post_message(&message, target);
    }
}

/// When the page is inside a frame: tells the host it is ready, its view each time it rests
/// and its height whenever it changes, and follows the host's commands if the build allows
/// any.
pub fn connect(ctx: Ctx) {
    let Some(parent) = parent() else { return };
    let state = ctx.view.state.get_untracked();
    let target = target_origin(&state);
    let meta = page_meta();
    let index = ctx.index;
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    post(
        &parent,
        &target,
        &Ready {
            kind: "story-explorer:ready",
            title: &meta.title,
            documents: count(index.documents.len()),
            outlets: count(story_core::page::outlets(index)),
            events: count(index.events.len()),
        },
    );
    {
        let (parent, target) = (parent.clone(), target.clone());
        let rested = ctx.view.rested();
        Effect::new(move |_| {
            let s = rested.get();
            let full = s.full();
            post(
                &parent,
                &target,
                &View {
                    kind: "story-explorer:view",
                    query: full.to_query(),
                    url: url::absolute(&full),
                    description: s.describe(index),
                },
            );
        });
    }
    post_height(parent.clone(), target.clone(), state.pym_id);
    if !meta.embed_origins.is_empty() {
        follow_commands(ctx, parent, meta.embed_origins);
    }
}

/// Posts the height whenever the layout changes: ours, pym.js's (when its host gave the
/// frame an id) and AMP's.
fn post_height(parent: web_sys::Window, target: String, pym_id: Option<String>) {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let measured = body.clone();
    let send = move || {
        let height = measured.scroll_height();
        post(
            &parent,
            &target,
            &Height {
                kind: HEIGHT_MESSAGE,
                height,
            },
        );
        if let Some(id) = &pym_id {
            let message = JsValue::from_str(&format!("pymxPYMx{id}xPYMxheightxPYMx{height}"));
            let _ = parent.post_message(&message, &target);
        }
        post(
            &parent,
            &target,
            &AmpEmbedSize {
                sentinel: "amp",
                kind: "embed-size",
                height,
            },
        );
    };
    // The observer reports the body's size when it starts observing, then on every change.
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}

/// Follows `story-explorer:navigate` from the parent frame, when its origin is listed.
/// Anything else (another origin or window, another shape) is ignored.
fn follow_commands(ctx: Ctx, parent: web_sys::Window, origins: Vec<String>) {
    let parent = JsValue::from(parent);
    let listener = window_event_listener(leptos::ev::message, move |e| {
        if !origins.contains(&e.origin()) || e.source().map(JsValue::from).as_ref() != Some(&parent)
        {
            return;
        }
        let query = match serde_wasm_bindgen::from_value::<FromHost>(e.data()) {
            Ok(FromHost { kind, query }) if kind == NAVIGATE => query,
            _ => return,
        };
        let (mut s, notices) = url::parse_query(ctx.index, &ctx.engine.outlets, &query);
        // The frame keeps its layout and its host; the view is the command's.
        let now = ctx.view.state.get_untracked();
        (s.embed, s.host, s.pym_id) = (now.embed, now.host, now.pym_id);
        url::navigate_noting(ctx.view, s, notices);
    });
    on_cleanup(move || listener.remove());
}
