//! The search box. Typing replaces the current history entry (Back steps through views, not
//! keystrokes); `/` anywhere focuses it, `Esc` in it clears it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::{url, Ctx};

#[component]
pub fn SearchBox(ctx: Ctx) -> impl IntoView {
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let value = move || ctx.view.state.with(|s| s.q.clone());
    let set = move |q: String| {
        let mut s = ctx.view.state.get_untracked();
        s.q = q;
        url::replace(ctx.view, s);
    };
    let listener = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| {
                matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || e.has_attribute("contenteditable")
            });
        if !typing {
            if let Some(i) = input.get() {
                ev.prevent_default();
                let _ = i.focus();
            }
        }
    });
    on_cleanup(move || listener.remove());
    view! {
        <div class="search" role="search">
            <label class="search__label" for="search">"Search"</label>
            <input
                id="search"
                class="search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder="Words, prefixes, \"exact phrases\" — press / to search"
                node_ref=input
                prop:value=value
                on:input=move |ev| set(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        set(String::new());
                    }
                }
            />
        </div>
    }
}
