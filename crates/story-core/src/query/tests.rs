use super::*;
use crate::index::{
    DocNo, Document, Entity, Event, Mention, Sentence, SentenceRef, Theme, TimeExpr, TimexType,
};

fn sentence(text: &str, time: Option<&str>) -> Sentence {
    Sentence {
        text: text.to_string(),
        times: time
            .map(|v| {
                vec![TimeExpr {
                    kind: TimexType::Date,
                    value: Some(v.to_string()),
                    ..TimeExpr::default()
                }]
            })
            .unwrap_or_default(),
        ..Sentence::default()
    }
}

/// The number of test document `a`, `b`, … (they come in that order).
fn no(id: &str) -> DocNo {
    DocNo(u32::from(id.as_bytes()[0] - b'a'))
}

fn mention(doc: &str, sentence: u32) -> Mention {
    Mention {
        doc: no(doc),
        sentence,
        ..Mention::default()
    }
}

/// Two sources: `a` (report) and `b` (opinion); an entity `x` in a:0, a:1, b:0; a theme `t`
/// in a:1 and b:1; events in 2003 and 2024.
fn index() -> Index {
    Index {
        documents: vec![
            Document {
                id: "a".into(),
                kind: DocKind::Report,
                sentences: vec![
                    sentence("The court designated the group in 2003.", Some("2003")),
                    sentence("Trade grew with the group in 2024.", Some("2024")),
                    sentence("Nothing dated here.", None),
                ],
                ..Document::default()
            },
            Document {
                id: "b".into(),
                kind: DocKind::Opinion,
                sentences: vec![
                    sentence(
                        "The group was listed in 2003, the court said.",
                        Some("2003"),
                    ),
                    sentence("Trade deals followed in March 2024.", Some("2024-03")),
                ],
                ..Document::default()
            },
        ],
        entities: vec![Entity {
            id: "x".into(),
            name: "X".into(),
            mentions: vec![mention("a", 0), mention("a", 1), mention("b", 0)],
            ..Entity::default()
        }],
        themes: vec![Theme {
            id: "t".into(),
            name: "trade".into(),
            sentences: vec![
                SentenceRef {
                    doc: no("a"),
                    sentence: 1,
                },
                SentenceRef {
                    doc: no("b"),
                    sentence: 1,
                },
            ],
            ..Theme::default()
        }],
        events: vec![
            Event {
                id: "e1".into(),
                start: date("2003-01-01"),
                end: date("2003-12-31"),
                ..Event::default()
            },
            Event {
                id: "e2".into(),
                start: date("2024-03-01"),
                end: date("2024-03-31"),
                ..Event::default()
            },
        ],
        ..Index::default()
    }
}

fn run(q: &str) -> (Vec<(String, Vec<u32>)>, Results) {
    let ix = index();
    let engine = Engine::new(&ix);
    let (state, notices) = ViewState::parse(q);
    assert!(notices.is_empty(), "{notices:?}");
    let r = engine.run(&ix, &state);
    let shown = r
        .by_source
        .iter()
        .map(|s| {
            (
                ix.documents[s.doc].id.clone(),
                s.hits
                    .iter()
                    .map(|h| engine.sentences[h.sentence].1)
                    .collect(),
            )
        })
        .collect();
    (shown, r)
}

fn counts(c: &[Count]) -> Vec<usize> {
    c.iter().map(|c| c.count).collect()
}

#[test]
fn no_filters_show_everything() {
    let (shown, r) = run("");
    assert_eq!(
        shown,
        [("a".into(), vec![0, 1, 2]), ("b".into(), vec![0, 1])]
    );
    assert_eq!(r.total, 5);
    assert_eq!(counts(&r.facets.sources), [3, 2]);
    assert_eq!(counts(&r.facets.entities), [3]);
    assert_eq!(counts(&r.facets.themes), [2]);
    assert_eq!(counts(&r.facets.kinds), [3, 0, 2, 0]);
    assert_eq!(r.events, [0, 1]);
}

#[test]
fn filters_narrow_and_facets_count_the_others() {
    // A source: the source facet still counts every source (its own filter is ignored for
    // it); the other facets count within the source.
    let (shown, r) = run("source=b");
    assert_eq!(shown, [("b".into(), vec![0, 1])]);
    assert_eq!(counts(&r.facets.sources), [3, 2]);
    assert_eq!(counts(&r.facets.entities), [1]);
    assert_eq!(counts(&r.facets.kinds), [0, 0, 2, 0]);
    // Combined filters narrow further.
    let (shown, _) = run("source=b&topic=t");
    assert_eq!(shown, [("b".into(), vec![1])]);
    let (shown, r) = run("with=x&kind=report");
    assert_eq!(shown, [("a".into(), vec![0, 1])]);
    assert_eq!(counts(&r.facets.kinds), [2, 0, 1, 0]);
    // Unknown ids in a filter match nothing rather than everything.
    let (shown, _) = run("with=nobody");
    assert!(shown.is_empty());
}

#[test]
fn search_ranks_and_narrows() {
    let (shown, r) = run("q=court");
    assert_eq!(r.total, 2);
    assert_eq!(shown.len(), 2);
    assert_eq!(counts(&r.facets.sources), [1, 1]);
    let (shown, _) = run("q=trade&source=a");
    assert_eq!(shown, [("a".into(), vec![1])]);
    let (_, r) = run("q=zzzz+");
    assert_eq!(r.total, 0);
    assert!(r.by_source.is_empty());
}

#[test]
fn time_span_and_scrubber() {
    let (shown, r) = run("from=2020");
    assert_eq!(shown, [("a".into(), vec![1]), ("b".into(), vec![1])]);
    assert_eq!(r.events, [1]);
    let (shown, r) = run("asof=2010-06-01");
    assert_eq!(shown, [("a".into(), vec![0]), ("b".into(), vec![0])]);
    assert_eq!(r.events, [0]);
    // The scrubber inside a span: the earlier of the two ends wins.
    let (_, r) = run("from=2000&to=2030&asof=2024-03-05");
    assert_eq!(r.events, [0, 1]);
    let (_, r) = run("to=2024-02-01");
    assert_eq!(r.events, [0]);
}

#[test]
fn a_query_typed_with_combining_marks_finds_the_composed_text() {
    let mut ix = index();
    ix.documents[0].sentences[0] = sentence("The café designated the group in 2003.", Some("2003"));
    ix.compositions = vec![("e\u{301}".into(), "é".into())];
    let engine = Engine::new(&ix);
    let hits = |q: &str| {
        let state = ViewState {
            q: q.to_string(),
            ..ViewState::default()
        };
        engine.run(&ix, &state).total
    };
    assert_eq!(hits("café"), 1);
    assert_eq!(hits("cafe\u{301}"), 1);
    assert_eq!(hits("CAFE\u{301}"), 1);
    // Without the table (an index built before it), the decomposed query finds nothing.
    ix.compositions.clear();
    let engine = Engine::new(&ix);
    let state = ViewState {
        q: "cafe\u{301}".into(),
        ..ViewState::default()
    };
    assert_eq!(engine.run(&ix, &state).total, 0);
}

fn date(s: &str) -> Date {
    Date::parse_iso(s).expect("a valid test date")
}

/// The two sources and a third document `c`, with `a` and `c` from one outlet (spelled two
/// ways) and `b` from another.
fn with_outlets() -> Index {
    let mut ix = index();
    ix.documents.push(Document {
        id: "c".into(),
        kind: DocKind::Report,
        sentences: vec![sentence("Trade talks resumed in 2024.", Some("2024"))],
        ..Document::default()
    });
    for (d, name) in ix
        .documents
        .iter_mut()
        .zip(["The Wire", "Post", "the wire"])
    {
        d.source = Some(name.into());
    }
    ix
}

#[test]
fn outlets_filter_and_count() {
    let ix = with_outlets();
    let engine = Engine::new(&ix);
    assert_eq!(
        engine
            .outlets
            .list
            .iter()
            .map(|o| o.key.as_str())
            .collect::<Vec<_>>(),
        ["the-wire", "post"]
    );
    // (query, the documents shown, the outlets' counts, the documents' counts)
    for (q, shown, outlets, sources) in [
        ("", &["a", "b", "c"][..], [4, 2], [3, 2, 1]),
        ("outlet=the-wire", &["a", "c"][..], [4, 2], [3, 2, 1]),
        ("outlet=post", &["b"][..], [4, 2], [3, 2, 1]),
        // An outlet or a document: either lets a sentence through.
        ("outlet=post&source=c", &["b", "c"][..], [4, 2], [3, 2, 1]),
        // The other filters narrow the outlets' counts.
        ("topic=t", &["a", "b"][..], [1, 1], [1, 1, 0]),
        ("outlet=the-wire&with=x", &["a"][..], [2, 1], [2, 1, 0]),
        // A key the story does not have matches nothing.
        ("outlet=nobody", &[][..], [4, 2], [3, 2, 1]),
    ] {
        let (state, _) = ViewState::parse(q);
        let r = engine.run(&ix, &state);
        let docs: Vec<&str> = r
            .by_source
            .iter()
            .map(|s| ix.documents[s.doc].id.as_str())
            .collect();
        assert_eq!(docs, shown, "{q}");
        assert_eq!(counts(&r.facets.outlets), outlets, "{q}");
        assert_eq!(counts(&r.facets.sources), sources, "{q}");
    }
    // Without outlets there is no outlet facet.
    assert!(run("").1.facets.outlets.is_empty());
}

#[test]
fn results_follow_only_what_the_query_reads() {
    let ix = index();
    let engine = Engine::new(&ix);
    let (filters, _) = ViewState::parse("q=group&source=a&with=x");
    // What a reader does without asking anything new of the query: zoom the timeline, open a
    // document, a card, a comparison, change the colours.
    let mut looked = filters.clone();
    looked.window = Date::parse_iso("2003-01-01").zip(Date::parse_iso("2004-01-01"));
    looked.all_events = true;
    looked.doc = Some("b".into());
    looked.sentence = Some(1);
    looked.entity = Some("x".into());
    looked.event = Some("e0".into());
    looked.compare = vec!["a".into(), "b".into()];
    looked.embed = true;
    assert_eq!(looked.query(), filters.query());
    assert_eq!(engine.run(&ix, &looked), engine.run(&ix, &looked.query()));
    // Every filter is kept: each one changes the results.
    for q in [
        "q=court",
        "source=b",
        "with=x",
        "topic=t",
        "kind=report",
        "from=2024-01-01",
        "to=2010-01-01",
    ] {
        let (s, _) = ViewState::parse(q);
        assert_eq!(s.query(), s, "{q}");
        assert_ne!(
            engine.run(&ix, &s.query()),
            engine.run(&ix, &ViewState::default()),
            "{q}"
        );
    }
}
