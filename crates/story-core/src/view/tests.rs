use super::*;
use proptest::prelude::*;

fn parse(q: &str) -> (ViewState, usize) {
    let (s, n) = ViewState::parse(q);
    (s, n.len())
}

#[test]
fn parses_queries() {
    assert_eq!(parse(""), (ViewState::default(), 0));
    assert_eq!(parse("?"), (ViewState::default(), 0));
    let (s, n) =
        parse("?doc=001_abc&s=3&entity=x&event=e2&theme=security&compare=a&compare=b&claim=c3");
    assert_eq!(s.compare, ["a", "b"]);
    assert_eq!(s.claim.as_deref(), Some("c3"));
    assert_eq!(n, 0);
    assert_eq!(s.doc.as_deref(), Some("001_abc"));
    assert_eq!(s.sentence, Some(3));
    assert_eq!(
        (s.entity.as_deref(), s.event.as_deref(), s.theme.as_deref()),
        (Some("x"), Some("e2"), Some("security"))
    );
    let (s, n) = parse("q=human+rights&source=a&source=b&source=a&with=putin&topic=economy&kind=report&kind=forum&from=2003&to=2024-03&asof=2024-03-15&embed=1&color=dark");
    assert_eq!(n, 0);
    assert_eq!(s.q, "human rights");
    assert_eq!(s.sources, ["a", "b"]);
    assert_eq!(s.entities, ["putin"]);
    assert_eq!(s.themes, ["economy"]);
    assert_eq!(s.kinds, [DocKind::Report, DocKind::Forum]);
    assert_eq!(s.from.map(|d| d.to_string()).as_deref(), Some("2003-01-01"));
    assert_eq!(s.to.map(|d| d.to_string()).as_deref(), Some("2024-03-31"));
    assert_eq!(
        s.as_of.map(|d| d.to_string()).as_deref(),
        Some("2024-03-15")
    );
    assert!(s.embed);
    assert_eq!(s.color, ColorScheme::Dark);
    assert!(s.is_filtered());
    assert!(!s.cleared().is_filtered());
    assert!(s.cleared().embed);
}

#[test]
fn the_timeline_window_and_all_events() {
    let day = |s: &str| Date::parse_iso(s);
    for (q, window, all, notices) in [
        (
            "window=2009-04-15..2009-05-26",
            Some(("2009-04-15", "2009-05-26")),
            false,
            0,
        ),
        // Partial dates (a month, a year) as for `from` and `to`; reversed days swapped.
        (
            "window=2009-04..2009-05",
            Some(("2009-04-01", "2009-05-31")),
            false,
            0,
        ),
        (
            "window=2009-05-26..2009-04-15",
            Some(("2009-04-15", "2009-05-26")),
            false,
            0,
        ),
        (
            "window=1918..2009&events=all",
            Some(("1918-01-01", "2009-12-31")),
            true,
            0,
        ),
        ("events=key", None, false, 0),
        // Hostile values: dropped with a notice each.
        ("window=2009-04-15", None, false, 1),
        ("window=..", None, false, 1),
        ("window=2009-02-30..2009-03-01", None, false, 1),
        ("window=99999-01-01..2009-01-01", None, false, 1),
        ("window=2009-01-01..2009-01-01..2010", None, false, 1),
        ("window=-1..1e9&events=some", None, false, 2),
        ("window=%E2%80%AE2009..2010", None, false, 1),
    ] {
        let (s, n) = parse(q);
        assert_eq!(
            s.window,
            window.map(|(a, b)| (day(a).unwrap(), day(b).unwrap())),
            "{q}"
        );
        assert_eq!((s.all_events, n), (all, notices), "{q}");
        // Printed canonically, read back the same; the window is no filter.
        assert_eq!(ViewState::parse(&s.to_query()).0, s, "{q}");
        assert!(!s.is_filtered());
    }
    let (s, _) = parse("window=2009-04..2009-05&events=all&q=x");
    assert_eq!(s.to_query(), "q=x&window=2009-04-01..2009-05-31&events=all");
    assert_eq!(s.cleared().window, s.window);
    assert!(s.cleared().all_events);
}

#[test]
fn drops_what_it_cannot_use() {
    assert_eq!(parse("?zoom=3").1, 1);
    assert_eq!(parse("?doc=").1, 1);
    assert_eq!(parse("?doc=%0A").1, 1);
    assert_eq!(
        parse("?doc=%zz"),
        (
            ViewState {
                doc: Some("%zz".into()),
                ..Default::default()
            },
            1
        )
    );
    assert_eq!(parse("?doc=%FF").0.doc.as_deref(), Some("\u{FFFD}"));
    assert_eq!(parse("&&&=&==&").1, 2);
    assert_eq!(parse("?s=-1").1, 1);
    assert_eq!(parse("?s=99999999999").1, 1);
    assert_eq!(parse("?kind=gossip").1, 1);
    assert_eq!(parse("?from=2024-13-01&to=yesterday&asof=2023-02-29").1, 3);
    assert_eq!(parse("?embed=maybe&color=purple").1, 2);
    // A reversed span is put the right way round.
    let (s, _) = parse("from=2024&to=2003");
    assert_eq!(s.from.map(|d| d.to_string()).as_deref(), Some("2003-12-31"));
    assert_eq!(s.to.map(|d| d.to_string()).as_deref(), Some("2024-01-01"));
}

#[test]
fn origins() {
    for (url, want) in [
        ("https://Partner.Example", Some("https://partner.example")),
        ("https://partner.example/", Some("https://partner.example")),
        (
            "https://partner.example:443/a/page?x=1#y",
            Some("https://partner.example"),
        ),
        (
            "http://127.0.0.1:8080/stories/",
            Some("http://127.0.0.1:8080"),
        ),
        ("http://localhost:080", Some("http://localhost")),
        ("HTTP://[::1]:3000/x", Some("http://[::1]:3000")),
        ("https://a.example:0", None),
        ("https://a.example:99999", None),
        ("https://a.example:8o", None),
        ("https://user@a.example", None),
        ("https://a..example", None),
        ("https://", None),
        ("file:///home/x.html", None),
        ("javascript:alert(1)//https://a.example", None),
        ("*", None),
        ("null", None),
        ("partner.example", None),
        ("https://ex ample.org", None),
        ("https://exämple.org", None),
    ] {
        assert_eq!(origin_of(url).as_deref(), want, "{url}");
    }
}

#[test]
fn frame_settings_and_the_full_view() {
    // What a pym.js host adds to the frame's address is taken without a notice.
    let (s, n) = ViewState::parse("?q=court&embed=1&initialWidth=640&childId=story&parentTitle=Host%20%26%20co&parentUrl=https%3A%2F%2Fnews.example%2F2024%2Fpage.html%3Fa%3D1");
    assert_eq!(n, []);
    assert_eq!(s.host.as_deref(), Some("https://news.example"));
    assert_eq!(s.pym_id.as_deref(), Some("story"));
    assert_eq!(
        s.to_query(),
        "q=court&embed=1&host=https%3A%2F%2Fnews.example&childId=story"
    );
    // `host` wins over pym's `parentUrl`, in any order; a bad one is a notice.
    for q in [
        "host=https://a.example&parentUrl=https://b.example/",
        "parentUrl=https://b.example/&host=https://a.example",
    ] {
        assert_eq!(
            ViewState::parse(q).0.host.as_deref(),
            Some("https://a.example"),
            "{q}"
        );
    }
    assert_eq!(parse("?host=javascript:alert(1)").1, 1);
    assert_eq!(parse("?parentUrl=file:///x.html").0.host, None);
    // The full explorer's view drops what only a frame has; clearing keeps it.
    assert_eq!(s.full().to_query(), "q=court");
    assert_eq!(
        s.cleared().to_query(),
        "embed=1&host=https%3A%2F%2Fnews.example&childId=story"
    );
}

#[test]
fn describes_views() {
    use crate::index::{Document, Entity, Index};
    let index = Index {
        documents: vec![Document {
            id: "d1".into(),
            title: "A Title".into(),
            source: Some("The Daily".into()),
            ..Document::default()
        }],
        entities: vec![Entity {
            id: "e1".into(),
            name: "Someone".into(),
            ..Entity::default()
        }],
        ..Index::default()
    };
    let describe = |q: &str| ViewState::parse(q).0.describe(&index);
    assert_eq!(describe(""), "the whole story");
    assert_eq!(describe("embed=1&color=dark"), "the whole story");
    assert_eq!(
        describe("q=court&source=d1&with=e1&with=gone&kind=report&from=2024&asof=2024-06-01"),
        "search “court”; sources: The Daily; with: Someone, gone; kinds: report; from 2024-01-01; as of 2024-06-01"
    );
    assert_eq!(
        describe("doc=d1&to=2020"),
        "until 2020-12-31; reading “A Title”"
    );
}

#[test]
fn cuts_overlong_values_and_lists() {
    let long = "é".repeat(MAX_VALUE_CHARS + 50);
    let (state, n) = ViewState::parse(&format!("doc={long}"));
    assert_eq!(state.doc.map(|d| d.chars().count()), Some(MAX_VALUE_CHARS));
    assert_eq!(n, vec![Notice::Cut { key: "doc".into() }]);
    let many: String = (0..MAX_VALUES + 10)
        .map(|i| format!("source=s{i}&"))
        .collect();
    let (state, n) = ViewState::parse(&many);
    assert_eq!(state.sources.len(), MAX_VALUES);
    assert!(!n.is_empty());
}

#[test]
fn notices_are_capped() {
    let q: String = (0..1000).map(|i| format!("k{i}=v&")).collect();
    let (_, n) = ViewState::parse(&q);
    assert_eq!(n.len(), MAX_NOTICES + 1);
    assert_eq!(n[MAX_NOTICES], Notice::More(1000 - MAX_NOTICES));
}

fn id() -> impl Strategy<Value = String> {
    // Anything without control characters, trimmed, not empty, at most the value limit.
    "[^\\p{Cc}]{1,40}"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("not empty", |s| !s.is_empty())
}

fn origin() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["http", "https"]),
        "[a-z0-9-]{1,20}(\\.[a-z0-9-]{1,20}){0,3}",
        prop::option::of(1u16..),
    )
        .prop_map(|(scheme, host, port)| match port {
            Some(p) => format!("{scheme}://{host}:{p}"),
            None => format!("{scheme}://{host}"),
        })
        .prop_filter_map("an origin", |o| origin_of(&o))
}

fn date() -> impl Strategy<Value = Date> {
    (1i32..=9999, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| Date::new(y, m, d).unwrap_or(Date::new(2000, 1, 1).unwrap()))
}

fn state() -> impl Strategy<Value = ViewState> {
    (
        (
            "[^\\p{Cc}]{0,30}".prop_map(|s| s.trim().to_string()),
            prop::collection::vec(id(), 0..3),
            prop::collection::vec(id(), 0..3),
            prop::collection::vec(id(), 0..3),
        ),
        (
            prop::collection::vec(prop::sample::select(DocKind::ALL.to_vec()), 0..3),
            prop::option::of(date()),
            prop::option::of(date()),
            prop::option::of(date()),
        ),
        (
            prop::option::of(id()),
            prop::option::of(any::<u32>()),
            prop::option::of(id()),
            prop::option::of(id()),
            prop::option::of(id()),
        ),
        (
            any::<bool>(),
            prop::sample::select(vec![
                ColorScheme::System,
                ColorScheme::Light,
                ColorScheme::Dark,
            ]),
            prop::collection::vec(id(), 0..3),
            prop::option::of(id()),
        ),
        (prop::option::of(origin()), prop::option::of(id())),
        (
            prop::collection::vec(id(), 0..3),
            prop::collection::vec(id(), 0..3),
        ),
        (prop::option::of((date(), date())), any::<bool>()),
    )
        .prop_map(
            |(
                (q, sources, entities, themes),
                (kinds, from, to, as_of),
                (doc, sentence, entity, event, theme),
                (embed, color, compare_raw, claim),
                (host, pym_id),
                (outlets, compare_outlets),
                (window, all_events),
            )| {
                let uniq = |v: Vec<String>| {
                    let mut out: Vec<String> = Vec::new();
                    for x in v {
                        if !out.contains(&x) {
                            out.push(x);
                        }
                    }
                    out
                };
                let mut compare = Vec::new();
                for v in compare_raw {
                    if !compare.contains(&v) {
                        compare.push(v);
                    }
                }
                let mut s = ViewState {
                    outlets: uniq(outlets),
                    compare_outlets: uniq(compare_outlets),
                    compare,
                    claim,
                    q,
                    sources,
                    entities,
                    themes,
                    kinds,
                    from,
                    to,
                    as_of,
                    doc,
                    sentence,
                    entity,
                    event,
                    theme,
                    embed,
                    host,
                    pym_id,
                    color,
                    window: window.map(|(a, b)| (a.min(b), a.max(b))),
                    all_events,
                };
                s.sources.dedup();
                s.entities.dedup();
                s.themes.dedup();
                s.kinds.dedup();
                let (mut uniq_s, mut uniq_e, mut uniq_t, mut uniq_k) =
                    (Vec::new(), Vec::new(), Vec::new(), Vec::new());
                for v in s.sources.drain(..) {
                    if !uniq_s.contains(&v) {
                        uniq_s.push(v);
                    }
                }
                for v in s.entities.drain(..) {
                    if !uniq_e.contains(&v) {
                        uniq_e.push(v);
                    }
                }
                for v in s.themes.drain(..) {
                    if !uniq_t.contains(&v) {
                        uniq_t.push(v);
                    }
                }
                for v in s.kinds.drain(..) {
                    if !uniq_k.contains(&v) {
                        uniq_k.push(v);
                    }
                }
                (s.sources, s.entities, s.themes, s.kinds) = (uniq_s, uniq_e, uniq_t, uniq_k);
                if let (Some(a), Some(b)) = (s.from, s.to) {
                    if a > b {
                        (s.from, s.to) = (Some(b), Some(a));
                    }
                }
                s
            },
        )
}

proptest! {
    #[test]
    fn printing_round_trips(s in state()) {
        let (back, notices) = ViewState::parse(&s.to_query());
        prop_assert_eq!(back, s);
        prop_assert!(notices.is_empty());
    }

    #[test]
    fn any_string_parses_to_a_valid_state(q in ".{0,300}") {
        let (s, notices) = ViewState::parse(&q);
        prop_assert!(notices.len() <= MAX_NOTICES + 1);
        for v in s.sources.iter().chain(&s.entities).chain(&s.themes).chain(s.doc.iter()) {
            prop_assert!(is_valid_id(v));
            prop_assert!(v.chars().count() <= MAX_VALUE_CHARS);
        }
        prop_assert!(s.q.chars().count() <= MAX_VALUE_CHARS);
        if let (Some(a), Some(b)) = (s.from, s.to) { prop_assert!(a <= b); }
        // Printing what was read and reading it again changes nothing more.
        let (again, n2) = ViewState::parse(&s.to_query());
        prop_assert_eq!(again, s);
        prop_assert!(n2.is_empty());
    }

    #[test]
    fn any_bytes_as_percent_escapes_parse(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let q: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        let _ = ViewState::parse(&q);
        let _ = ViewState::parse(&format!("q={q}&doc={q}&from={q}"));
    }
}

#[test]
fn outlet_keys_parse_and_print() {
    let (s, n) =
        parse("?outlet=reuters&outlet=the-guardian&outlet=reuters&compare-outlet=bbc&compare=d1");
    assert_eq!(n, 0);
    assert_eq!(s.outlets, ["reuters", "the-guardian"]);
    assert_eq!(s.compare_outlets, ["bbc"]);
    assert!(s.is_filtered() && s.comparing());
    assert_eq!(
        s.to_query(),
        "outlet=reuters&outlet=the-guardian&compare-outlet=bbc&compare=d1"
    );
    assert!(s.cleared().outlets.is_empty());
    assert_eq!(s.cleared().compare_outlets, ["bbc"]);
    assert!(parse("?compare-outlet=x").0.comparing());
    assert!(!parse("?outlet=x").0.comparing());
    assert_eq!(parse("?outlet=%01").1, 1);
}

/// A story with documents `d1` (3 sentences, from Reuters) and `d2` (none named), an entity,
/// a theme, an event and a claim.
fn story() -> (Index, Outlets) {
    use crate::index::{Claim, Document, Entity, Event, Sentence, Theme};
    let doc = |id: &str, n: usize, source: Option<&str>| Document {
        id: id.into(),
        source: source.map(Into::into),
        sentences: vec![Sentence::default(); n],
        ..Document::default()
    };
    let ix = Index {
        documents: vec![doc("d1", 3, Some("Reuters")), doc("d2", 1, None)],
        entities: vec![Entity {
            id: "e".into(),
            ..Entity::default()
        }],
        themes: vec![Theme {
            id: "t".into(),
            ..Theme::default()
        }],
        events: vec![Event {
            id: "ev".into(),
            ..Event::default()
        }],
        claims: vec![Claim {
            id: "c".into(),
            ..Claim::default()
        }],
        ..Index::default()
    };
    let outlets = Outlets::new(&ix);
    (ix, outlets)
}

#[test]
fn checks_every_id_against_the_story() {
    let (ix, outlets) = story();
    // (query, what is kept, the notices)
    for (q, kept, notices) in [
        ("outlet=reuters&source=d2&with=e&topic=t&doc=d1&s=2&entity=e&event=ev&theme=t&compare-outlet=reuters&compare=d1&claim=c",
         "outlet=reuters&source=d2&with=e&topic=t&doc=d1&s=2&entity=e&event=ev&theme=t&compare-outlet=reuters&compare=d1&claim=c", &[][..]),
        ("compare=x", "", &["there is no document “x” in this story"][..]),
        ("compare=d2&compare=x", "compare=d2", &["there is no document “x” in this story"][..]),
        ("claim=nope&color=dark", "color=dark", &["there is no claim “nope” in this story"][..]),
        ("compare-outlet=bbc", "", &["there is no outlet “bbc” in this story"][..]),
        ("outlet=Reuters", "", &["there is no outlet “Reuters” in this story"][..]),
        ("source=x&with=x&topic=x", "", &[
            "there is no document “x” in this story",
            "there is no entity “x” in this story",
            "there is no theme “x” in this story",
        ][..]),
        ("doc=x&entity=x&event=x&theme=x", "", &[
            "there is no document “x” in this story",
            "there is no entity “x” in this story",
            "there is no event “x” in this story",
            "there is no theme “x” in this story",
        ][..]),
        ("doc=d1&s=3", "doc=d1", &["that sentence is not in the document"][..]),
        ("doc=x&s=0", "", &["there is no document “x” in this story", "a sentence needs a document"][..]),
        ("s=0", "", &["a sentence needs a document"][..]),
        ("compare=a&compare=b&compare=c&compare=d&compare=e&compare=f&compare=g", "", &[
            "there is no document “a” in this story",
            "there is no document “b” in this story",
            "there is no document “c” in this story",
            "there is no document “d” in this story",
            "there is no document “e” in this story",
            "there is no document “f” in this story",
            "and 1 more",
        ][..]),
    ] {
        let (s, n) = ViewState::parse_for(q, &ix, &outlets);
        assert_eq!(s.to_query(), kept, "{q}");
        let n: Vec<String> = n.iter().map(ToString::to_string).collect();
        assert_eq!(n, notices, "{q}");
    }
}

proptest! {
    #[test]
    fn a_checked_state_names_only_what_the_story_has(q in "([a-z-]{1,8}=[a-z0-9]{0,3}&){0,8}") {
        let (ix, outlets) = story();
        let (mut s, notices) = ViewState::parse_for(&q, &ix, &outlets);
        prop_assert!(notices.len() <= MAX_NOTICES + 1);
        // Checking again finds nothing more to drop.
        prop_assert!(s.check(&ix, &outlets).is_empty());
    }
}
