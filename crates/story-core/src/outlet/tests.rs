use super::*;
use crate::index::{DocNo, Document};

/// An index of documents `id:outlet` (an empty outlet: none named).
fn index(docs: &[&str]) -> Index {
    Index {
        documents: docs
            .iter()
            .map(|spec| {
                let (id, source) = spec.split_once(':').unwrap_or((spec, ""));
                Document {
                    id: id.into(),
                    title: format!("Title of {id}"),
                    source: (!source.is_empty()).then(|| source.into()),
                    ..Document::default()
                }
            })
            .collect(),
        ..Index::default()
    }
}

#[test]
fn keys() {
    for (name, key) in [
        ("Reuters", Some("reuters")),
        ("The Guardian", Some("the-guardian")),
        ("  The   Washington Post ", Some("the-washington-post")),
        ("BBC News (UK)", Some("bbc-news-uk")),
        ("fox-news.com", Some("fox-news-com")),
        ("Le Monde — Édition", Some("le-monde-édition")),
        ("ÖSTERREICH", Some("österreich")),
        ("", None),
        (" — / ", None),
    ] {
        assert_eq!(outlet_key(name).as_deref(), key, "{name:?}");
    }
}

#[test]
fn outlets_group_documents() {
    let ix = index(&[
        "a:Reuters",
        "b:BBC",
        "c:reuters",
        "d:",
        "e:REUTERS",
        "f:BBC",
        "g:Zeta",
        "h:—",
    ]);
    let o = Outlets::new(&ix);
    let list: Vec<(&str, &str, &[usize])> = o
        .list
        .iter()
        .map(|o| (o.key.as_str(), o.name.as_str(), o.docs.as_slice()))
        .collect();
    // Most articles first; one outlet for spellings of one key, by the first most used
    // spelling (alphabetically among ties).
    assert_eq!(
        list,
        [
            ("reuters", "REUTERS", &[0, 2, 4][..]),
            ("bbc", "BBC", &[1, 5][..]),
            ("zeta", "Zeta", &[6][..]),
        ]
    );
    assert_eq!(o.unknown(), [3, 7]);
    assert_eq!(o.of_doc(2), Some(0));
    assert_eq!(o.of_doc(3), None);
    assert_eq!(o.of_doc(99), None);
    assert_eq!(o.find("bbc"), Some(1));
    assert_eq!(o.find("BBC"), None);
    assert_eq!(
        o.units(),
        [
            Unit::Outlet(0),
            Unit::Outlet(1),
            Unit::Outlet(2),
            Unit::Doc(3),
            Unit::Doc(7)
        ]
    );
    assert_eq!(o.home(Unit::Doc(4)), Unit::Outlet(0));
    // A lane per source: a document is drawn on its outlet's, or its own.
    for d in 0..ix.documents.len() {
        assert_eq!(o.units()[o.lane(d)], o.unit_of(d));
    }
    assert_eq!(o.unit_count(), o.units().len());
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        o.every_source(&ix),
        (strings(&["reuters", "bbc", "zeta"]), strings(&["d", "h"]))
    );
    assert_eq!(o.home(Unit::Doc(3)), Unit::Doc(3));
    assert_eq!(o.docs(Unit::Outlet(1)), [1, 5]);
    assert_eq!(o.docs(Unit::Outlet(9)), Vec::<usize>::new());
    assert_eq!(o.name(&ix, Unit::Outlet(2)), "Zeta");
    assert_eq!(o.name(&ix, Unit::Doc(3)), "Title of d");
    assert_eq!(
        o.groups(),
        [
            (Some(0), vec![0, 2, 4]),
            (Some(1), vec![1, 5]),
            (Some(2), vec![6]),
            (None, vec![3, 7]),
        ]
    );
    // Chosen outlets in the order given, then chosen documents in corpus order; unknown
    // keys and ids are left out.
    let keys = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        o.chosen(
            &ix,
            &keys(&["zeta", "nope", "reuters"]),
            &keys(&["f", "x", "a"])
        ),
        [Unit::Outlet(2), Unit::Outlet(0), Unit::Doc(0), Unit::Doc(5)]
    );
}

#[test]
fn without_outlets_each_document_is_a_source() {
    let ix = index(&["a", "b", "c"]);
    let o = Outlets::new(&ix);
    assert!(o.is_empty());
    assert_eq!(o.units(), [Unit::Doc(0), Unit::Doc(1), Unit::Doc(2)]);
    assert_eq!(o.groups(), [(None, vec![0, 1, 2])]);
    assert_eq!(o.home(Unit::Doc(1)), Unit::Doc(1));
    assert_eq!(
        o.every_source(&ix),
        (vec![], vec!["a".to_string(), "b".into(), "c".into()])
    );
    assert!(Outlets::new(&Index::default()).units().is_empty());
}

#[test]
fn headlines() {
    for (docs, line) in [
        (&["a"][..], "1 source"),
        (&["a", "b", "c"][..], "3 sources"),
        (&["a:X"][..], "1 article from 1 outlet"),
        (&["a:X", "b:Y", "c:X"][..], "3 articles from 2 outlets"),
        (
            &["a:X", "b:", "c:X"][..],
            "3 articles from 1 outlet (1 naming none)",
        ),
    ] {
        assert_eq!(
            Outlets::new(&index(docs)).headline(&index(docs)),
            line,
            "{docs:?}"
        );
    }
}

#[test]
fn framing_sums_an_outlets_articles() {
    let mut ix = index(&["a:X", "b:X", "c:X", "d:"]);
    let framing = |doc: &str, stance: Stance, loaded: &[(&str, u32)], attributions: u32| Framing {
        doc: DocNo(u32::from(doc.as_bytes()[0] - b'a')),
        stance,
        loaded: loaded.iter().map(|(w, n)| (w.to_string(), *n)).collect(),
        attributions,
        quotes: 1,
        questions: 2,
        ..Framing::default()
    };
    ix.framing = vec![
        framing("a", Stance::Report, &[("bold", 2), ("grim", 1)], 3),
        framing("b", Stance::Opinion, &[("grim", 4)], 1),
        framing("c", Stance::Report, &[], 5),
    ];
    let o = Outlets::new(&ix);
    let f = o
        .framing(&ix, Unit::Outlet(0))
        .unwrap_or_else(|| panic!("no framing"));
    assert_eq!((f.articles, f.opinion, f.stance), (3, 1, Stance::Report));
    assert_eq!(f.loaded, [("grim".to_string(), 5), ("bold".to_string(), 2)]);
    assert_eq!((f.attributions, f.quotes, f.questions), (9, 3, 6));
    let one = o
        .framing(&ix, Unit::Doc(1))
        .unwrap_or_else(|| panic!("no framing"));
    assert_eq!((one.articles, one.stance), (1, Stance::Opinion));
    assert_eq!(o.framing(&ix, Unit::Doc(3)), None);
}
