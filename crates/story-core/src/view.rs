//! The view state: everything that decides what the page shows, and its URL query form.
//!
//! The URL is attacker-controlled. [`ViewState::parse`] accepts any string at all and returns
//! a valid state plus what it had to drop, so the page can say so; [`ViewState::to_query`]
//! prints the canonical form, and `parse(print(s)) == s`.

/// Longest value kept for any one key; longer values are cut (on a character boundary).
pub const MAX_VALUE_CHARS: usize = 200;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
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

impl ViewState {
    /// Parses a URL query (with or without the leading `?`). Never fails: what cannot be
    /// used is dropped and reported.
    pub fn parse(query: &str) -> (ViewState, Vec<Notice>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, bad_key) = percent_decode(raw_key);
            let (value, bad_value) = percent_decode(raw_value);
            if (bad_key || bad_value) && !notices.contains(&Notice::BadEncoding) {
                notices.push(Notice::BadEncoding);
            }
            let (value, cut) = cut_chars(value.trim(), MAX_VALUE_CHARS);
            if cut {
                notices.push(Notice::Cut { key: key.clone() });
            }
            let id = |value: String, notices: &mut Vec<Notice>| {
                if is_valid_id(&value) {
                    Some(value)
                } else {
                    notices.push(Notice::BadValue {
                        key: key.clone(),
                        value,
                    });
                    None
                }
            };
            match key.as_str() {
                "doc" => state.doc = id(value, &mut notices),
                "entity" => state.entity = id(value, &mut notices),
                "event" => state.event = id(value, &mut notices),
                "theme" => state.theme = id(value, &mut notices),
                "s" => match value.parse::<u32>() {
                    Ok(n) => state.sentence = Some(n),
                    Err(_) => notices.push(Notice::BadValue {
                        key: key.clone(),
                        value,
                    }),
                },
                _ => notices.push(Notice::UnknownKey(key)),
            }
        }
        if notices.len() > MAX_NOTICES {
            let more = notices.len() - MAX_NOTICES;
            notices.truncate(MAX_NOTICES);
            notices.push(Notice::More(more));
        }
        (state, notices)
    }

    /// The canonical query string, without the leading `?` (empty for the default view).
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(doc) = &self.doc {
            parts.push(format!("doc={}", percent_encode(doc)));
        }
        if let Some(n) = self.sentence {
            parts.push(format!("s={n}"));
        }
        if let Some(e) = &self.entity {
            parts.push(format!("entity={}", percent_encode(e)));
        }
        if let Some(e) = &self.event {
            parts.push(format!("event={}", percent_encode(e)));
        }
        if let Some(t) = &self.theme {
            parts.push(format!("theme={}", percent_encode(t)));
        }
        parts.join("&")
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
mod tests {
    use super::*;

    fn check(query: &str, doc: Option<&str>, notices: usize) {
        let (state, n) = ViewState::parse(query);
        assert_eq!(state.doc.as_deref(), doc, "doc of {query:?}");
        assert_eq!(n.len(), notices, "notices of {query:?}: {n:?}");
    }

    #[test]
    fn parses_queries() {
        check("", None, 0);
        check("?", None, 0);
        check("?doc=001_abc", Some("001_abc"), 0);
        check("doc=a%20b", Some("a b"), 0);
        check("doc=a+b", Some("a b"), 0);
        check("?doc=x&doc=y", Some("y"), 0);
        check("?zoom=3", None, 1);
        check("?doc=", None, 1);
        check("?doc=%0A", None, 1);
        check("?doc=%zz", Some("%zz"), 1);
        check("?doc=%FF", Some("\u{FFFD}"), 1);
        check("&&&=&==&", None, 2);
        check("?doc=a&s=3&entity=x&event=e2", Some("a"), 0);
        check("?doc=a&s=-1", Some("a"), 1);
        check("?doc=a&s=99999999999", Some("a"), 1);
        check("?doc=caf%C3%A9", Some("café"), 0);
    }

    #[test]
    fn cuts_overlong_values() {
        let long = "é".repeat(MAX_VALUE_CHARS + 50);
        let (state, n) = ViewState::parse(&format!("doc={long}"));
        assert_eq!(state.doc.map(|d| d.chars().count()), Some(MAX_VALUE_CHARS));
        assert_eq!(n, vec![Notice::Cut { key: "doc".into() }]);
    }

    #[test]
    fn printing_round_trips() {
        for doc in [None, Some("a"), Some("a b&c=d"), Some("ünï/cødé?#%+")] {
            let state = ViewState {
                doc: doc.map(str::to_string),
                sentence: doc.map(|d| d.len() as u32),
                entity: doc.map(|d| format!("{d}-entity")),
                event: doc.map(|_| "e1".to_string()),
                theme: doc.map(|d| format!("theme {d}")),
            };
            let (back, n) = ViewState::parse(&state.to_query());
            assert_eq!(back, state);
            assert!(n.is_empty());
        }
    }

    #[test]
    fn notices_are_capped() {
        let q: String = (0..1000).map(|i| format!("k{i}=v&")).collect();
        let (_, n) = ViewState::parse(&q);
        assert_eq!(n.len(), MAX_NOTICES + 1);
        assert_eq!(n[MAX_NOTICES], Notice::More(1000 - MAX_NOTICES));
    }

    #[test]
    fn any_bytes_parse() {
        // A cheap sweep over awkward inputs; the fuzz target covers the rest.
        for q in [
            "%",
            "%%",
            "%4",
            "=",
            "doc",
            "doc=%E2%82",
            "\u{0}",
            "doc=\u{202E}x",
        ] {
            let _ = ViewState::parse(q);
        }
    }
}
