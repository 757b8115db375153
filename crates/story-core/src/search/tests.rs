use super::*;
use crate::index::{Document, Sentence};

fn index(docs: &[&[&str]], stems: &[(&str, &str)]) -> Index {
    Index {
        documents: docs
            .iter()
            .enumerate()
            .map(|(d, sentences)| Document {
                id: format!("d{d}"),
                sentences: sentences
                    .iter()
                    .map(|t| Sentence {
                        text: t.to_string(),
                        ..Sentence::default()
                    })
                    .collect(),
                ..Document::default()
            })
            .collect(),
        stems: stems
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
        ..Index::default()
    }
}

fn texts(ix: &Index, s: &SearchIndex, q: &str) -> Vec<String> {
    s.search(&parse_query(q))
        .into_iter()
        .map(|h| {
            let (d, i) = s.sentences[h.sentence];
            let text = &ix.documents[d as usize].sentences[i as usize].text;
            let chars: Vec<char> = text.chars().collect();
            let marks: Vec<String> = h
                .spans
                .iter()
                .map(|&(a, b)| chars[a as usize..b as usize].iter().collect())
                .collect();
            format!("{text} [{}]", marks.join("|"))
        })
        .collect()
}

#[test]
fn parses_queries() {
    use Term::*;
    assert_eq!(parse_query(""), []);
    assert_eq!(parse_query("terror"), [Prefix("terror".into())]);
    assert_eq!(parse_query("Terror "), [Word("terror".into())]);
    assert_eq!(
        parse_query("court \"human rights\" wom"),
        [
            Word("court".into()),
            Phrase(vec!["human".into(), "rights".into()]),
            Prefix("wom".into())
        ]
    );
    assert_eq!(
        parse_query("\"unclosed phrase here"),
        [Phrase(vec![
            "unclosed".into(),
            "phrase".into(),
            "here".into()
        ])]
    );
    assert_eq!(parse_query("\"one\""), [Word("one".into())]);
    assert_eq!(parse_query("\"\" \" \""), []);
    assert_eq!(parse_query(&"a".repeat(10_000)).len(), 1);
}

#[test]
fn stems_prefixes_phrases_and_ranking() {
    let ix = index(
        &[
            &["The court designated the group.", "Human rights matter."],
            &[
                "A designation was lifted; the designation ended.",
                "Rights of humans and human rights.",
            ],
        ],
        &[
            ("designated", "design"),
            ("designation", "design"),
            ("humans", "human"),
            ("rights", "right"),
        ],
    );
    let s = SearchIndex::new(&ix);
    // A stemmed word finds its other forms; more matches in a shorter sentence rank first.
    assert_eq!(
        texts(&ix, &s, "designation "),
        [
            "A designation was lifted; the designation ended. [designation|designation]",
            "The court designated the group. [designated]",
        ]
    );
    // A phrase needs its words in order.
    assert_eq!(
        texts(&ix, &s, "\"human rights\""),
        [
            "Human rights matter. [Human rights]",
            "Rights of humans and human rights. [human rights]"
        ]
    );
    // The last word is a prefix while typing; all terms must match.
    assert_eq!(
        texts(&ix, &s, "court desig"),
        ["The court designated the group. [court|designated]"]
    );
    assert!(texts(&ix, &s, "zzz").is_empty());
    assert!(texts(&ix, &s, "court zzz ").is_empty());
    assert!(texts(&ix, &s, "").is_empty());
    // Unknown words with no prefix match find nothing; odd input is fine.
    assert!(texts(&ix, &s, "\"rights human\"").is_empty());
    for q in ["\"", "\"\"", "-", "’", "é\u{301}", "\u{0}", "**", "a\"b\"c"] {
        let _ = texts(&ix, &s, q);
    }
}
