//! The view state lives in the URL query. This module keeps a signal equal to it: it parses
//! the query at start and on Back/Forward (`popstate`), and writes the URL when the reader
//! acts: a new history entry for discrete choices (a facet, a document, a card), a replaced
//! one for continuous input (typing a search, dragging the scrubber), so Back steps through
//! views, not keystrokes. Parsing is `story_core::view`'s; what it drops is shown as notices.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use story_core::outlet::Outlets;
use story_core::view::ViewState;
use story_core::Index;
use wasm_bindgen::JsValue;

/// The view state and the notices about what the URL held that could not be used.
#[derive(Clone, Copy)]
pub struct ViewStateHandle {
    pub state: RwSignal<ViewState>,
    pub notices: RwSignal<Vec<String>>,
    /// The view state the links' addresses are made from: the state, a moment late (see
    /// [`to`]).
    links: RwSignal<ViewState>,
}

/// Reads the view state from the URL and follows Back/Forward.
pub fn use_view_state(index: &'static Index, outlets: &'static Outlets) -> ViewStateHandle {
    let (state, notices) = read_location(index, outlets);
    let handle = ViewStateHandle {
        links: RwSignal::new(state.clone()),
        state: RwSignal::new(state),
        notices: RwSignal::new(notices),
    };
    // The links follow the view once it rests for a moment: 200 ms after the last change, so
    // that a run of keystrokes or toggles re-makes the addresses once, after it, never in the
    // middle of one of them.
    Effect::new(move |_| {
        handle.state.track();
        let rest = leptos::leptos_dom::helpers::set_timeout_with_handle(
            move || {
                LINKS_DUE.set(None);
                // Only a change re-makes the addresses (not the first run at start-up, nor
                // a view that came back to where the links already are).
                let now = handle.state.get_untracked();
                if handle.links.with_untracked(|l| *l != now) {
                    handle.links.set(now);
                }
            },
            REPLACE_DELAY,
        )
        .ok();
        if let Some(due) = LINKS_DUE.replace(rest) {
            due.clear();
        }
    });
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        // Back or Forward: addresses not yet written belong to the views left.
        PENDING.with(|p| p.borrow_mut().clear());
        let (state, notices) = read_location(index, outlets);
        handle.state.set(state);
        handle.notices.set(notices);
    });
    on_cleanup(move || listener.remove());
    handle
}

impl ViewStateHandle {
    /// The view state once it rests (200 ms after the last change; what in-page links are
    /// made from, and what a host page is told).
    pub fn rested(&self) -> ReadSignal<ViewState> {
        self.links.read_only()
    }
}

/// Parses the current location's query and checks it against the index.
fn read_location(index: &Index, outlets: &Outlets) -> (ViewState, Vec<String>) {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    parse_query(index, outlets, &query)
}

/// Parses a query (from the address, or a host's command) and checks it against the story
/// (`ViewState::parse_for`): the view and the notices about what could not be used.
pub fn parse_query(index: &Index, outlets: &Outlets, query: &str) -> (ViewState, Vec<String>) {
    let (state, notices) = ViewState::parse_for(query, index, outlets);
    let mut notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
    if !notices.is_empty() {
        notices[0] = format!("This link was partly unusable: {}", notices[0]);
    }
    (state, notices)
}

/// The absolute URL of a view of this page.
pub fn absolute(state: &ViewState) -> String {
    // Resolved against the page's own address: a page opened from disk has the origin
    // "null", but its `file://` link is still a link.
    let relative = url_of(state);
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(&relative, &base).ok())
        .map_or(relative, |u| u.href())
}

/// The page's own URL for a view: the current path and the view's query.
pub fn url_of(state: &ViewState) -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let query = state.to_query();
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// Shows `state`, as a new history entry.
pub fn navigate(handle: ViewStateHandle, state: ViewState) {
    write(handle, state, false);
}

/// Shows `state` in place of the current history entry (typing, dragging).
pub fn replace(handle: ViewStateHandle, state: ViewState) {
    write(handle, state, true);
}

/// How long typing and dragging may go before the history entry is rewritten: the view follows
/// every keystroke at once, the address bar a moment later (rewriting it is the costliest part
/// of a keystroke, and Chromium refuses more than a hundred history writes in ten seconds).
const REPLACE_DELAY: std::time::Duration = std::time::Duration::from_millis(200);

/// A new history entry is written after the frame that shows its view (or after this long,
/// where no frame comes: a hidden tab or frame): `pushState` took about a fifth of the script
/// of a toggle on a real story, and nothing on screen waits for it.
const PUSH_FALLBACK: std::time::Duration = std::time::Duration::from_millis(100);

/// A history write not yet made: a new entry, or the current one rewritten, with the view
/// it shows (its address is worked out when it is written, not in the keystroke's frame).
enum Write {
    Push(ViewState),
    Replace(ViewState),
}

thread_local! {
    /// The history writes not yet made, in order; a rewrite of the current entry replaces a
    /// rewrite just before it.
    static PENDING: std::cell::RefCell<Vec<Write>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The timer after which the links follow the view state, if one is set.
    static LINKS_DUE: std::cell::Cell<Option<leptos::leptos_dom::helpers::TimeoutHandle>> =
        const { std::cell::Cell::new(None) };
}

fn history() -> Option<web_sys::History> {
    web_sys::window().and_then(|w| w.history().ok())
}

/// Makes the history writes held back, in order.
pub fn flush() {
    let writes = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    let Some(h) = history() else {
        return;
    };
    for w in writes {
        let _ = match w {
            Write::Push(state) => h.push_state_with_url(&JsValue::NULL, "", Some(&url_of(&state))),
            Write::Replace(state) => {
                h.replace_state_with_url(&JsValue::NULL, "", Some(&url_of(&state)))
            }
        };
    }
}

fn write(handle: ViewStateHandle, state: ViewState, replace: bool) {
    if handle.state.with_untracked(|s| *s == state) {
        return;
    }
    let schedule = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let idle = p.is_empty();
        if replace {
            match p.last_mut() {
                Some(Write::Replace(last)) => last.clone_from(&state),
                _ => p.push(Write::Replace(state.clone())),
            }
        } else {
            p.push(Write::Push(state.clone()));
        }
        idle
    });
    if schedule {
        if replace {
            set_timeout(flush, REPLACE_DELAY);
        } else {
            after_paint(flush);
        }
    } else if !replace {
        // Typing held a rewrite back; the new entry follows it soon, not 200 ms later.
        after_paint(flush);
    }
    handle.notices.set(Vec::new());
    handle.state.set(state);
}

/// Runs `f` once the next frame is painted (a frame, then a task), or after [`PUSH_FALLBACK`]
/// where no frame comes (a hidden tab or frame). `f` runs at both: it must do nothing the
/// second time (the history writes find none left to write).
pub fn after_paint(f: impl Fn() + Clone + 'static) {
    let later = f.clone();
    request_animation_frame(move || set_timeout(later, std::time::Duration::ZERO));
    set_timeout(f, PUSH_FALLBACK);
}

/// Whether the frame that shows the last change of what `track` reads is yet to be painted:
/// true from the change until a frame and a task after it. Each change is a generation; the
/// painted one follows.
pub fn lags_paint(track: impl Fn() + Send + Sync + 'static) -> Memo<bool> {
    let generation = Memo::new(move |prev: Option<&u64>| {
        track();
        prev.map_or(0, |p| p + 1)
    });
    let painted = RwSignal::new(0u64);
    Effect::new(move |_| {
        let g = generation.get();
        // The view may be gone by then: `try_` asks a signal that may have been disposed.
        after_paint(move || {
            if painted.try_get_untracked().is_some_and(|p| p < g) {
                painted.try_set(g);
            }
        });
    });
    Memo::new(move |_| painted.get() < generation.get())
}

/// `value`, followed a frame late: its first value at once, each later one once the frame that
/// showed the change is painted (what sits beside the results, as the facets' counts, need
/// not hold that frame up). The second memo says whether it lags (for `aria-busy`).
pub fn after_paint_value<T>(value: impl Fn() -> T + Send + Sync + 'static) -> (Memo<T>, Memo<bool>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let latest = Memo::new(move |_| value());
    let lagging = lags_paint(move || latest.track());
    let shown = Memo::new(move |prev: Option<&T>| match prev {
        Some(p) if lagging.get() => p.clone(),
        _ => latest.get(),
    });
    (shown, lagging)
}

/// Shows `state`, as a new history entry, with notices about what could not be used.
pub fn navigate_noting(handle: ViewStateHandle, state: ViewState, notices: Vec<String>) {
    navigate(handle, state);
    handle.notices.set(notices);
}

/// Changes the current view with `f`, as a new history entry.
pub fn update(handle: ViewStateHandle, f: impl FnOnce(&mut ViewState)) {
    let mut s = handle.state.get_untracked();
    f(&mut s);
    navigate(handle, s);
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

/// A link that changes the current view with `change`: its `href` and its click handler.
///
/// The `href` (for new tabs, copied link addresses, the status bar) follows the view state
/// once it rests for a moment ([`REPLACE_DELAY`]), not on every change: a page has hundreds
/// of such links (the plain timeline alone has one per event), and re-making each on every
/// keystroke or toggle was a sixth of an interaction on large corpora. The click handler
/// applies the change to the view as it is at the click, and first brings the `href` up to
/// date for a click the browser handles itself (one asking for a new tab).
pub fn to(
    handle: ViewStateHandle,
    change: impl Fn(&mut ViewState) + Send + Sync + 'static,
) -> (
    impl Fn() -> String + Clone + Send + Sync + 'static,
    impl Fn(MouseEvent) + Clone + 'static,
) {
    link(handle, std::sync::Arc::new(change))
}

/// [`to`] behind one type: every link's `href` and click handler are the same two closure
/// types, so the view code that renders them is built once, not once per kind of link.
fn link(
    handle: ViewStateHandle,
    change: std::sync::Arc<dyn Fn(&mut ViewState) + Send + Sync>,
) -> (
    impl Fn() -> String + Clone + Send + Sync + 'static,
    impl Fn(MouseEvent) + Clone + 'static,
) {
    let for_href = change.clone();
    let address = move || {
        let mut s = handle.links.get();
        for_href(&mut s);
        href(&s)
    };
    let click = move |ev: MouseEvent| {
        let mut s = handle.state.get_untracked();
        change(&mut s);
        set_href(&ev, &href(&s));
        follow(ev, handle, s);
    };
    (address, click)
}

/// Sets the `href` of the link an event is on, if it differs.
fn set_href(ev: &web_sys::Event, value: &str) {
    use wasm_bindgen::JsCast;
    if let Some(a) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        set_href_of(&a, value);
    }
}

fn set_href_of(a: &web_sys::Element, value: &str) {
    if a.get_attribute("href").as_deref() != Some(value) {
        let _ = a.set_attribute("href", value);
    }
}

/// Links listed by the dozen (the results' passages) share one click handler on their
/// container and one effect for their addresses, instead of a closure, a listener and an
/// effect each: a list of fifty passages was built and torn down on every toggle. Each link
/// carries what it shows in `data-` attributes, and `read` turns a link element into the
/// change it makes (`None` for an element it does not know: nothing happens).
#[derive(Clone, Copy)]
pub struct Delegated<F: Fn(&web_sys::Element, &mut ViewState) -> Option<()> + Copy + 'static> {
    handle: ViewStateHandle,
    selector: &'static str,
    read: F,
}

impl<F: Fn(&web_sys::Element, &mut ViewState) -> Option<()> + Copy + 'static> Delegated<F> {
    pub fn new(handle: ViewStateHandle, selector: &'static str, read: F) -> Self {
        Delegated {
            handle,
            selector,
            read,
        }
    }

    /// The address of a link that changes the current view with `change`, as the links are
    /// now (for the `href` a link is built with).
    pub fn href(&self, change: impl FnOnce(&mut ViewState)) -> String {
        let mut s = self.handle.links.get_untracked();
        change(&mut s);
        href(&s)
    }

    /// The container's click handler: a click on one of its links follows it as [`to`]'s do.
    pub fn click(self) -> impl Fn(MouseEvent) + Clone + 'static {
        move |ev: MouseEvent| {
            use wasm_bindgen::JsCast;
            let Some(a) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest(self.selector).ok().flatten())
            else {
                return;
            };
            let mut s = self.handle.state.get_untracked();
            if (self.read)(&a, &mut s).is_none() {
                return;
            }
            set_href_of(&a, &href(&s));
            follow(ev, self.handle, s);
        }
    }

    /// Keeps the addresses of the links under `root` following the view once it rests (as
    /// [`to`]'s do), in one effect.
    pub fn follow_rested<E>(self, root: NodeRef<E>)
    where
        E: leptos::html::ElementType,
        E::Output: wasm_bindgen::JsCast + Clone + 'static,
    {
        use wasm_bindgen::JsCast;
        Effect::new(move |first: Option<()>| {
            let links = self.handle.links.get();
            // The links were built from the view as it was then.
            if first.is_none() {
                return;
            }
            let Some(root) = root
                .get_untracked()
                .and_then(|r| r.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let Ok(list) = root.query_selector_all(self.selector) else {
                return;
            };
            for i in 0..list.length() {
                if let Some(a) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let mut s = links.clone();
                    if (self.read)(&a, &mut s).is_some() {
                        set_href_of(&a, &href(&s));
                    }
                }
            }
        });
    }
}
