//! The view state: everything that decides what the page shows, and its URL query form.
//!
//! The URL is attacker-controlled. [`ViewState::parse`] accepts any string at all and returns
//! a valid state plus what it had to drop, so the page can say so; [`ViewState::to_query`]
//! prints the canonical form, and `parse(print(s)) == s`.

use crate::date::Date;
use crate::index::{DocKind, Index};
use crate::outlet::Outlets;

/// Longest value kept for any one key; longer values are cut (on a character boundary).
pub const MAX_VALUE_CHARS: usize = 200;
/// Most values kept for a key that may repeat (`source=a&source=b`).
pub const MAX_VALUES: usize = 50;

/// Light or dark colours, or the reader's system setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorScheme {
    #[default]
    System,
    Light,
    Dark,
}

impl ColorScheme {
    pub fn as_str(self) -> &'static str {
        match self {
            ColorScheme::System => "system",
            ColorScheme::Light => "light",
            ColorScheme::Dark => "dark",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Full-text search.
    pub q: String,
    /// Facet filters: outlets (keys, see [`crate::outlet`]), documents, entities, themes and
    /// kinds (ids), and a time span. A sentence passes the outlets and documents if its
    /// document is of a chosen outlet or is chosen itself.
    pub outlets: Vec<String>,
    pub sources: Vec<String>,
    pub entities: Vec<String>,
    pub themes: Vec<String>,
    pub kinds: Vec<DocKind>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// The timeline scrubber: the story as it stood on this day.
    pub as_of: Option<Date>,
    /// The days the timeline shows (zoomed and panned), first and last; `None` for the
    /// window it opens on. Not a filter.
    pub window: Option<(Date, Date)>,
    /// The timeline and the list of events show every event, not only the key ones.
    pub all_events: bool,
    /// The document open in the reader, by id.
    pub doc: Option<String>,
    /// The sentence of that document to bring into view (its index).
    pub sentence: Option<u32>,
    /// The entity whose card is open, by id.
    pub entity: Option<String>,
    /// The event whose mentions are listed, by id.
    pub event: Option<String>,
    /// The theme whose sentences are listed, by id.
    pub theme: Option<String>,
    /// Sources compared side by side: outlets (keys), each with its articles together, and
    /// single documents (ids); the comparison shows when either is set.
    pub compare_outlets: Vec<String>,
    pub compare: Vec<String>,
    /// The claim whose statements are listed, by id.
    pub claim: Option<String>,
    /// Compact layout for an iframe.
    pub embed: bool,
    /// The origin of the page embedding this one (`host=`, or pym.js's `parentUrl=`), the
    /// only one messages to the host are posted to.
    pub host: Option<String>,
    /// The frame's id given by a pym.js host (`childId=`), which its height messages name.
    pub pym_id: Option<String>,
    pub color: ColorScheme,
}

/// Something [`ViewState::parse`] dropped or changed, to be told to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    UnknownKey(String),
    BadValue {
        key: String,
        value: String,
    },
    Cut {
        key: String,
    },
    BadEncoding,
    /// An id (or outlet key) the story does not have.
    Missing {
        what: &'static str,
        id: String,
    },
    /// A sentence number past the end of its document.
    NoSuchSentence,
    /// A sentence number without a document.
    SentenceWithoutDoc,
    /// And so many more, not listed.
    More(usize),
}

/// Most notices listed for one URL.
pub const MAX_NOTICES: usize = 6;

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Notice::UnknownKey(k) => write!(f, "ignored the unknown setting “{}”", shorten(k)),
            Notice::BadValue { key, value } => {
                write!(f, "ignored “{}” for “{key}”", shorten(value))
            }
            Notice::Cut { key } => write!(f, "shortened the overlong “{key}”"),
            Notice::BadEncoding => write!(f, "repaired a badly encoded link"),
            Notice::Missing { what, id } => {
                write!(f, "there is no {what} “{}” in this story", shorten(id))
            }
            Notice::NoSuchSentence => write!(f, "that sentence is not in the document"),
            Notice::SentenceWithoutDoc => write!(f, "a sentence needs a document"),
            Notice::More(n) => write!(f, "and {n} more"),
        }
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

/// A date in a link: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a partial date stands for its first
/// day, or its last when `end` is set.
pub fn parse_link_date(s: &str, end: bool) -> Option<Date> {
    if let Some(d) = Date::parse_iso(s) {
        return Some(d);
    }
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [y] if y.len() == 4 && all_digits(y) => {
            let y: i32 = y.parse().ok()?;
            if end {
                Date::new(y, 12, 31)
            } else {
                Date::new(y, 1, 1)
            }
        }
        [y, m] if y.len() == 4 && m.len() == 2 && all_digits(y) && all_digits(m) => {
            let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
            if end {
                Date::new(y, m, crate::date::days_in_month(y, m))
            } else {
                Date::new(y, m, 1)
            }
        }
        _ => None,
    }
}

impl ViewState {
    /// Parses a URL query (with or without the leading `?`). Never fails: what cannot be
    /// used is dropped and reported.
    pub fn parse(query: &str) -> (ViewState, Vec<Notice>) {
        let (state, notices) = ViewState::parse_all(query);
        (state, capped(notices))
    }

    /// Parses a URL query and [checks](ViewState::check) it against a story: what a link
    /// to this story's page shows, and what it could not use.
    pub fn parse_for(query: &str, index: &Index, outlets: &Outlets) -> (ViewState, Vec<Notice>) {
        let (mut state, mut notices) = ViewState::parse_all(query);
        notices.extend(state.check(index, outlets));
        (state, capped(notices))
    }

    /// Drops every id and outlet key the story does not have (and a sentence its document
    /// does not have), saying so: a link never opens an empty view in silence.
    pub fn check(&mut self, index: &Index, outlets: &Outlets) -> Vec<Notice> {
        let mut notices = Vec::new();
        let has_doc = |v: &str| index.position(v).is_some();
        let has_entity = |v: &str| index.entities.iter().any(|x| x.id == v);
        let has_theme = |v: &str| index.themes.iter().any(|x| x.id == v);
        let has_event = |v: &str| index.events.iter().any(|x| x.id == v);
        let has_claim = |v: &str| index.claims.iter().any(|x| x.id == v);
        let has_outlet = |v: &str| outlets.find(v).is_some();
        let mut keep =
            |list: &mut Vec<String>, what: &'static str, exists: &dyn Fn(&str) -> bool| {
                list.retain(|v| {
                    let ok = exists(v);
                    if !ok {
                        notices.push(Notice::Missing {
                            what,
                            id: v.clone(),
                        });
                    }
                    ok
                });
            };
        keep(&mut self.outlets, "outlet", &has_outlet);
        keep(&mut self.sources, "document", &has_doc);
        keep(&mut self.entities, "entity", &has_entity);
        keep(&mut self.themes, "theme", &has_theme);
        keep(&mut self.compare_outlets, "outlet", &has_outlet);
        keep(&mut self.compare, "document", &has_doc);
        let mut one =
            |slot: &mut Option<String>, what: &'static str, exists: &dyn Fn(&str) -> bool| {
                if let Some(v) = slot.take() {
                    if exists(&v) {
                        *slot = Some(v);
                    } else {
                        notices.push(Notice::Missing { what, id: v });
                    }
                }
            };
        one(&mut self.doc, "document", &has_doc);
        one(&mut self.entity, "entity", &has_entity);
        one(&mut self.event, "event", &has_event);
        one(&mut self.theme, "theme", &has_theme);
        one(&mut self.claim, "claim", &has_claim);
        match self.doc.as_deref().and_then(|d| index.document(d)) {
            Some(d) => {
                if self
                    .sentence
                    .is_some_and(|n| n as usize >= d.sentences.len())
                {
                    notices.push(Notice::NoSuchSentence);
                    self.sentence = None;
                }
            }
            None => {
                if self.sentence.take().is_some() {
                    notices.push(Notice::SentenceWithoutDoc);
                }
            }
        }
        notices
    }

    fn parse_all(query: &str) -> (ViewState, Vec<Notice>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let mut parent_url = None;
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, bad_key) = percent_decode(raw_key);
            let (value, bad_value) = percent_decode(raw_value);
            if (bad_key || bad_value) && !notices.contains(&Notice::BadEncoding) {
                notices.push(Notice::BadEncoding);
            }
            let (value, cut) = cut_chars(value.trim(), MAX_VALUE_CHARS);
            let value = value.trim_end().to_string();
            if cut {
                notices.push(Notice::Cut {
                    key: cut_chars(&key, 40).0,
                });
            }
            let bad = |notices: &mut Vec<Notice>, value: String| {
                notices.push(Notice::BadValue {
                    key: cut_chars(&key, 40).0,
                    value,
                });
            };
            let id = |value: String, notices: &mut Vec<Notice>| {
                if is_valid_id(&value) {
                    Some(value)
                } else {
                    bad(notices, value);
                    None
                }
            };
            let push = |list: &mut Vec<String>, value: String, notices: &mut Vec<Notice>| {
                if !is_valid_id(&value) {
                    bad(notices, value);
                } else if list.len() >= MAX_VALUES {
                    notices.push(Notice::Cut { key: key.clone() });
                } else if !list.contains(&value) {
                    list.push(value);
                }
            };
            let date = |value: String, end: bool, notices: &mut Vec<Notice>| {
                let d = parse_link_date(&value, end);
                if d.is_none() {
                    bad(notices, value);
                }
                d
            };
            match key.as_str() {
                "q" => state.q = value,
                "outlet" => push(&mut state.outlets, value, &mut notices),
                "source" => push(&mut state.sources, value, &mut notices),
                "with" => push(&mut state.entities, value, &mut notices),
                "topic" => push(&mut state.themes, value, &mut notices),
                "kind" => match DocKind::parse(&value) {
                    Some(k) if !state.kinds.contains(&k) => state.kinds.push(k),
                    Some(_) => {}
                    None => bad(&mut notices, value),
                },
                "from" => state.from = date(value, false, &mut notices),
                "to" => state.to = date(value, true, &mut notices),
                "asof" => state.as_of = date(value, true, &mut notices),
                "window" => {
                    let days = value.split_once("..").and_then(|(a, b)| {
                        Some((parse_link_date(a, false)?, parse_link_date(b, true)?))
                    });
                    match days {
                        Some((a, b)) => state.window = Some((a.min(b), a.max(b))),
                        None => bad(&mut notices, value),
                    }
                }
                "events" => match value.as_str() {
                    "all" => state.all_events = true,
                    "key" => state.all_events = false,
                    _ => bad(&mut notices, value),
                },
                "doc" => state.doc = id(value, &mut notices),
                "entity" => state.entity = id(value, &mut notices),
                "event" => state.event = id(value, &mut notices),
                "theme" => state.theme = id(value, &mut notices),
                "compare-outlet" => push(&mut state.compare_outlets, value, &mut notices),
                "compare" => push(&mut state.compare, value, &mut notices),
                "claim" => state.claim = id(value, &mut notices),
                "s" => match value.parse::<u32>() {
                    Ok(n) => state.sentence = Some(n),
                    Err(_) => bad(&mut notices, value),
                },
                "embed" => match value.as_str() {
                    "1" | "true" | "" => state.embed = true,
                    "0" | "false" => state.embed = false,
                    _ => bad(&mut notices, value),
                },
                "host" => match origin_of(&value) {
                    Some(o) => state.host = Some(o),
                    None => bad(&mut notices, value),
                },
                // What a pym.js host adds to the frame's address: the host page (an origin
                // to post to, unless `host` names one), the frame's id, its width and title.
                "parentUrl" => parent_url = origin_of(&value),
                "childId" => state.pym_id = id(value, &mut notices),
                "initialWidth" | "parentTitle" => {}
                "color" => match value.as_str() {
                    "light" => state.color = ColorScheme::Light,
                    "dark" => state.color = ColorScheme::Dark,
                    "system" => state.color = ColorScheme::System,
                    _ => bad(&mut notices, value),
                },
                _ => notices.push(Notice::UnknownKey(cut_chars(&key, 40).0)),
            }
        }
        if state.host.is_none() {
            state.host = parent_url;
        }
        if let (Some(a), Some(b)) = (state.from, state.to) {
            if a > b {
                state.from = Some(b);
                state.to = Some(a);
            }
        }
        (state, notices)
    }

    /// The canonical query string, without the leading `?` (empty for the default view).
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut put = |k: &str, v: &str| parts.push(format!("{k}={}", percent_encode(v)));
        if !self.q.is_empty() {
            put("q", &self.q);
        }
        for v in &self.outlets {
            put("outlet", v);
        }
        for v in &self.sources {
            put("source", v);
        }
        for v in &self.entities {
            put("with", v);
        }
        for v in &self.themes {
            put("topic", v);
        }
        for k in &self.kinds {
            put("kind", k.as_str());
        }
        if let Some(d) = self.from {
            put("from", &d.to_string());
        }
        if let Some(d) = self.to {
            put("to", &d.to_string());
        }
        if let Some(d) = self.as_of {
            put("asof", &d.to_string());
        }
        if let Some((a, b)) = self.window {
            put("window", &format!("{a}..{b}"));
        }
        if self.all_events {
            put("events", "all");
        }
        if let Some(v) = &self.doc {
            put("doc", v);
        }
        if let Some(n) = self.sentence {
            put("s", &n.to_string());
        }
        if let Some(v) = &self.entity {
            put("entity", v);
        }
        if let Some(v) = &self.event {
            put("event", v);
        }
        if let Some(v) = &self.theme {
            put("theme", v);
        }
        for v in &self.compare_outlets {
            put("compare-outlet", v);
        }
        for v in &self.compare {
            put("compare", v);
        }
        if let Some(v) = &self.claim {
            put("claim", v);
        }
        if self.embed {
            put("embed", "1");
        }
        if let Some(v) = &self.host {
            put("host", v);
        }
        if let Some(v) = &self.pym_id {
            put("childId", v);
        }
        if self.color != ColorScheme::System {
            put("color", self.color.as_str());
        }
        parts.join("&")
    }

    /// Whether the comparison is open (any source is compared).
    pub fn comparing(&self) -> bool {
        !self.compare.is_empty() || !self.compare_outlets.is_empty()
    }

    /// Whether any filter or search narrows the sentences.
    pub fn is_filtered(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.outlets.is_empty()
            || !self.sources.is_empty()
            || !self.entities.is_empty()
            || !self.themes.is_empty()
            || !self.kinds.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || self.as_of.is_some()
    }

    /// What the query engine reads of this view: the search, the filters and the scrubber's
    /// day, and nothing else. Results follow it, so that zooming the timeline or opening a
    /// card does not run the query again.
    pub fn query(&self) -> ViewState {
        ViewState {
            q: self.q.clone(),
            outlets: self.outlets.clone(),
            sources: self.sources.clone(),
            entities: self.entities.clone(),
            themes: self.themes.clone(),
            kinds: self.kinds.clone(),
            from: self.from,
            to: self.to,
            as_of: self.as_of,
            ..ViewState::default()
        }
    }

    /// The same view with every filter and the search cleared.
    pub fn cleared(&self) -> ViewState {
        ViewState {
            doc: self.doc.clone(),
            sentence: self.sentence,
            entity: self.entity.clone(),
            event: self.event.clone(),
            theme: self.theme.clone(),
            compare_outlets: self.compare_outlets.clone(),
            compare: self.compare.clone(),
            claim: self.claim.clone(),
            window: self.window,
            all_events: self.all_events,
            embed: self.embed,
            host: self.host.clone(),
            pym_id: self.pym_id.clone(),
            color: self.color,
            ..ViewState::default()
        }
    }

    /// The same view as the full explorer shows it: without what only a frame has (the
    /// compact layout, the host's origin, a pym.js id).
    pub fn full(&self) -> ViewState {
        ViewState {
            embed: false,
            host: None,
            pym_id: None,
            ..self.clone()
        }
    }

    /// The view in a few words for a host page: search, filters, time, and what is open
    /// (names from the index; ids it does not have are shown as they are).
    pub fn describe(&self, index: &Index) -> String {
        let doc = |id: &String| {
            index
                .document(id)
                .map_or(id.clone(), |d| d.source.clone().unwrap_or(d.title.clone()))
        };
        let entity = |id: &String| {
            index
                .entities
                .iter()
                .find(|e| &e.id == id)
                .map_or(id.clone(), |e| e.name.clone())
        };
        let theme = |id: &String| {
            index
                .themes
                .iter()
                .find(|t| &t.id == id)
                .map_or(id.clone(), |t| t.name.clone())
        };
        let list = |ids: &[String], name: &dyn Fn(&String) -> String| {
            ids.iter().map(name).collect::<Vec<_>>().join(", ")
        };
        let mut parts: Vec<String> = Vec::new();
        if !self.q.trim().is_empty() {
            parts.push(format!("search “{}”", self.q.trim()));
        }
        let outlets = (!self.outlets.is_empty() || !self.compare_outlets.is_empty())
            .then(|| Outlets::new(index));
        let outlet = |key: &String| {
            outlets
                .as_ref()
                .and_then(|o| o.list.iter().find(|o| &o.key == key))
                .map_or(key.clone(), |o| o.name.clone())
        };
        if !self.outlets.is_empty() {
            parts.push(format!("outlets: {}", list(&self.outlets, &outlet)));
        }
        if !self.sources.is_empty() {
            parts.push(format!("sources: {}", list(&self.sources, &doc)));
        }
        if !self.entities.is_empty() {
            parts.push(format!("with: {}", list(&self.entities, &entity)));
        }
        if !self.themes.is_empty() {
            parts.push(format!("themes: {}", list(&self.themes, &theme)));
        }
        if !self.kinds.is_empty() {
            let kinds: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
            parts.push(format!("kinds: {}", kinds.join(", ")));
        }
        match (self.from, self.to) {
            (Some(a), Some(b)) => parts.push(format!("from {a} to {b}")),
            (Some(a), None) => parts.push(format!("from {a}")),
            (None, Some(b)) => parts.push(format!("until {b}")),
            (None, None) => {}
        }
        if let Some(d) = self.as_of {
            parts.push(format!("as of {d}"));
        }
        if let Some(id) = &self.doc {
            let title = index.document(id).map_or(id.as_str(), |d| d.title.as_str());
            parts.push(format!("reading “{title}”"));
        }
        if !self.compare.is_empty() || !self.compare_outlets.is_empty() {
            let mut names = list(&self.compare_outlets, &outlet);
            if !self.compare.is_empty() && !names.is_empty() {
                names.push_str(", ");
            }
            names.push_str(&list(&self.compare, &doc));
            parts.push(format!("comparing {names}"));
        }
        if let Some(id) = &self.entity {
            parts.push(format!("entity: {}", entity(id)));
        }
        if let Some(id) = &self.theme {
            parts.push(format!("theme: {}", theme(id)));
        }
        if let Some(id) = &self.event {
            let label = index.events.iter().find(|e| &e.id == id);
            parts.push(format!(
                "event: {}",
                label.map_or(id.as_str(), |e| &e.label)
            ));
        }
        if let Some(id) = &self.claim {
            let label = index.claims.iter().find(|c| &c.id == id);
            parts.push(format!(
                "claim: {}",
                label.map_or(id.as_str(), |c| &c.label)
            ));
        }
        if parts.is_empty() {
            "the whole story".to_string()
        } else {
            parts.join("; ")
        }
    }
}

/// At most [`MAX_NOTICES`], and how many more.
fn capped(mut notices: Vec<Notice>) -> Vec<Notice> {
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - MAX_NOTICES;
        notices.truncate(MAX_NOTICES);
        notices.push(Notice::More(more));
    }
    notices
}

/// The origin (`scheme://host[:port]`, lower case, without a default port) of an http(s)
/// URL, or `None` for anything else. The form browsers give `MessageEvent.origin`.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port: u16 = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    let authority = rest
        .split(['/', '?', '#', '\\'])
        .next()?
        .to_ascii_lowercase();
    let (host, port) = match authority.strip_prefix('[') {
        // An IPv6 address.
        Some(v6) => {
            let (addr, after) = v6.split_once(']')?;
            if addr.is_empty()
                || !addr
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
            {
                return None;
            }
            let port = match after {
                "" => None,
                p => Some(p.strip_prefix(':')?),
            };
            (format!("[{addr}]"), port)
        }
        None => {
            let (host, port) = match authority.split_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (authority.as_str(), None),
            };
            let label_ok = |l: &str| {
                !l.is_empty()
                    && l.len() <= 63
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            };
            if host.len() > 253 || !host.split('.').all(label_ok) {
                return None;
            }
            (host.to_string(), port)
        }
    };
    let port = match port {
        None => default_port,
        Some(p) if p.bytes().all(|b| b.is_ascii_digit()) => p.parse().ok()?,
        Some(_) => return None,
    };
    match port {
        0 => None,
        p if p == default_port => Some(format!("{scheme}://{host}")),
        p => Some(format!("{scheme}://{host}:{p}")),
    }
}

/// Ids are made by the build from file stems; anything with control characters or empty is
/// not one.
fn is_valid_id(s: &str) -> bool {
    !s.is_empty() && !s.chars().any(char::is_control)
}

fn cut_chars(s: &str, max: usize) -> (String, bool) {
    match s.char_indices().nth(max) {
        Some((at, _)) => (s[..at].to_string(), true),
        None => (s.to_string(), false),
    }
}

/// Decodes `%XX` escapes and `+` as space. Invalid escapes are kept literally and invalid
/// UTF-8 is replaced; the flag says whether anything had to be repaired.
pub fn percent_decode(s: &str) -> (String, bool) {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut bad = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(|b| hex(*b)),
                bytes.get(i + 2).and_then(|b| hex(*b)),
            ) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => {
                    bad = true;
                    out.push(b'%');
                }
            },
            b => out.push(b),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => (s, bad),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Encodes everything but unreserved characters (RFC 3986) as `%XX`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests;
