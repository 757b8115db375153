//! The view state lives in the URL query. This module keeps a signal equal to it: it parses
//! the query at start and on Back/Forward (`popstate`), and writes a new history entry when
//! the reader navigates. Parsing is `story_core::view`'s; what it drops is shown as notices.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use story_core::view::ViewState;
use story_core::Index;
use wasm_bindgen::JsValue;

/// The view state and the notices about what the URL held that could not be used.
#[derive(Clone, Copy)]
pub struct ViewStateHandle {
    pub state: RwSignal<ViewState>,
    pub notices: RwSignal<Vec<String>>,
}

/// Reads the view state from the URL and follows Back/Forward.
pub fn use_view_state(index: &'static Index) -> ViewStateHandle {
    let (state, notices) = read_location(index);
    let handle = ViewStateHandle {
        state: RwSignal::new(state),
        notices: RwSignal::new(notices),
    };
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        let (state, notices) = read_location(index);
        handle.state.set(state);
        handle.notices.set(notices);
    });
    on_cleanup(move || listener.remove());
    handle
}

/// Parses the current location's query and checks it against the index.
fn read_location(index: &Index) -> (ViewState, Vec<String>) {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (mut state, notices) = ViewState::parse(&query);
    let mut notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
    if let Some(doc) = &state.doc {
        match index.document(doc) {
            None => {
                notices.push(format!("there is no document “{doc}” in this story"));
                state.doc = None;
                state.sentence = None;
            }
            Some(d) => {
                if state
                    .sentence
                    .is_some_and(|n| n as usize >= d.sentences.len())
                {
                    notices.push("that sentence is not in the document".to_string());
                    state.sentence = None;
                }
            }
        }
    } else if state.sentence.take().is_some() {
        notices.push("a sentence needs a document".to_string());
    }
    if let Some(e) = &state.entity {
        if !index.entities.iter().any(|x| &x.id == e) {
            notices.push(format!("there is no entity “{e}” in this story"));
            state.entity = None;
        }
    }
    if let Some(e) = &state.event {
        if !index.events.iter().any(|x| &x.id == e) {
            notices.push(format!("there is no event “{e}” in this story"));
            state.event = None;
        }
    }
    if let Some(t) = &state.theme {
        if !index.themes.iter().any(|x| &x.id == t) {
            notices.push(format!("there is no theme “{t}” in this story"));
            state.theme = None;
        }
    }
    if !notices.is_empty() {
        notices[0] = format!("This link was partly unusable: {}", notices[0]);
    }
    (state, notices)
}

/// Shows `state`, as a new history entry.
pub fn navigate(handle: ViewStateHandle, state: ViewState) {
    if handle.state.with_untracked(|s| *s == state) {
        return;
    }
    let query = state.to_query();
    if let Some(window) = web_sys::window() {
        let path = window.location().pathname().unwrap_or_default();
        let url = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
    handle.notices.set(Vec::new());
    handle.state.set(state);
}

/// Click handler of an in-page link: a plain click navigates without reloading; a click that
/// asks for a new tab or window is left to the browser.
pub fn follow(ev: MouseEvent, handle: ViewStateHandle, state: ViewState) {
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    ev.prevent_default();
    navigate(handle, state);
}

/// The relative link (`?…`) of a view, for `href`s.
pub fn href(state: &ViewState) -> String {
    format!("?{}", state.to_query())
}
