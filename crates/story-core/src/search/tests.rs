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
    let texts: Vec<&str> = ix
        .documents
        .iter()
        .flat_map(|d| d.sentences.iter().map(|x| x.text.as_str()))
        .collect();
    s.search(&parse_query(q))
        .into_iter()
        .map(|h| {
            let text = texts[h.sentence];
            let chars: Vec<char> = text.chars().collect();
            let marks: Vec<String> = spans(text, &h)
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

fn sample() -> Index {
    index(
        &[
            &["The court designated the group.", "Human rights matter."],
            &[
                "A designation was lifted; the designation ended.",
                "Rights of humans and human rights.",
                "Court, court and courts: the court’s rights.",
            ],
            &["Nothing here.", "", "Human. Rights."],
        ],
        &[
            ("designated", "design"),
            ("designation", "design"),
            ("humans", "human"),
            ("rights", "right"),
            ("courts", "court"),
        ],
    )
}

const QUERIES: &[&str] = &[
    "court",
    "court ",
    "designation ",
    "desig",
    "\"human rights\"",
    "\"rights human\"",
    "human right",
    "c",
    "zzz",
    "court zzz ",
    "\"the court\" rights",
    "",
];

#[test]
fn a_split_index_searches_like_the_whole_once_its_shards_are_in() {
    let ix = sample();
    let whole = SearchIndex::new(&ix);
    for shards in [1, 2, 3, 7, 64] {
        let (head, parts) = whole.split(shards);
        assert!(!parts.is_empty() && parts.len() <= shards as usize);
        assert_eq!(head.shards.len(), parts.len());
        let split = SearchIndex::from_head(head);
        // The page streams shards 0 .. shard_count in: every one there is.
        assert_eq!(split.shard_count() as usize, parts.len());
        assert_eq!(whole.shard_count(), 0);
        for q in QUERIES {
            let terms = parse_query(q);
            let missing = split.missing_shards(&terms);
            assert!(
                missing.iter().all(|&k| (k as usize) < parts.len()),
                "{q}: {missing:?}"
            );
            // Only the shards asked for are loaded: the query must then be answered in full.
            for &k in &missing {
                split.add_shard(parts[k as usize].clone());
            }
            assert_eq!(split.missing_shards(&terms), Vec::<u32>::new(), "{q}");
            assert_eq!(
                split.search(&terms),
                whole.search(&terms),
                "{q} with {shards} shards"
            );
        }
    }
}

#[test]
fn a_split_index_without_its_shards_finds_nothing_and_says_what_it_needs() {
    let ix = sample();
    let whole = SearchIndex::new(&ix);
    let (head, parts) = whole.split(4);
    let split = SearchIndex::from_head(head);
    let terms = parse_query("court ");
    let missing = split.missing_shards(&terms);
    assert_eq!(missing.len(), 1);
    assert!(split.search(&terms).is_empty());
    assert!(!whole.search(&terms).is_empty());
    // A query of unknown words needs no shard; the whole index never needs one.
    assert!(split.missing_shards(&parse_query("zzz ")).is_empty());
    assert!(whole.missing_shards(&terms).is_empty());
    // Shards of stems out of range, or given twice, change nothing.
    split.add_shard(vec![(9_999, Postings::default())]);
    split.add_shard(parts[missing[0] as usize].clone());
    split.add_shard(parts[missing[0] as usize].clone());
    assert_eq!(split.search(&terms), whole.search(&terms));
}

#[test]
fn marks_become_spans_in_characters() {
    let hit = |marks: &[u16], joined| Hit {
        sentence: 0,
        score: 1.0,
        marks: marks.to_vec(),
        joined,
    };
    let text = "Ça “human rights” here";
    assert_eq!(spans(text, &hit(&[1, 2], true)), [(4, 16)]);
    assert_eq!(spans(text, &hit(&[1, 2], false)), [(4, 9), (10, 16)]);
    // Marks past the end of the text (a stale or damaged hit) are left out.
    assert_eq!(spans(text, &hit(&[0, 99], true)), [(0, 2)]);
    assert_eq!(spans("", &hit(&[0], true)), []);
}

#[test]
fn shards_are_runs_of_neighbouring_stems_of_about_the_same_size() {
    // Many words, so that shards hold several stems each.
    let words: Vec<String> = (0..400)
        .map(|i| format!("w{}x{i}", ["a", "b", "c", "d"][i % 4]))
        .collect();
    let sentences: Vec<String> = words.chunks(5).map(|c| c.join(" ")).collect();
    let docs: Vec<Vec<&str>> = sentences
        .chunks(10)
        .map(|c| c.iter().map(String::as_str).collect())
        .collect();
    let docs: Vec<&[&str]> = docs.iter().map(Vec::as_slice).collect();
    let ix = index(&docs, &[]);
    let whole = SearchIndex::new(&ix);
    let (head, parts) = whole.split(16);
    assert_eq!(parts.len(), 16);
    // Every stem in exactly one shard, in order; sizes within a factor of two of each other.
    let stems: Vec<u32> = parts.iter().flatten().map(|(s, _)| *s).collect();
    assert_eq!(stems, (0..head.stems).collect::<Vec<u32>>());
    let sizes: Vec<usize> = parts.iter().map(Vec::len).collect();
    let (lo, hi) = (
        sizes.iter().min().copied().unwrap_or(0),
        sizes.iter().max().copied().unwrap_or(0),
    );
    assert!(hi <= 2 * lo.max(1), "{sizes:?}");
    // A typed prefix's stems are neighbours: "wax" needs a quarter of the shards, not all.
    let split = SearchIndex::from_head(head);
    let needed = split.missing_shards(&parse_query("wax"));
    assert!(!needed.is_empty() && needed.len() <= 5, "{needed:?}");
    assert!(
        needed.windows(2).all(|w| w[1] == w[0] + 1),
        "not a run: {needed:?}"
    );
    for k in needed {
        split.add_shard(parts[k as usize].clone());
    }
    assert_eq!(
        split.search(&parse_query("wax")),
        whole.search(&parse_query("wax"))
    );
}

#[test]
fn every_term_must_meet_in_one_sentence_and_a_prefix_marks_all_its_stems() {
    let ix = index(
        &[
            &["The court designated the group.", "Human rights matter."],
            &["Designers design the designated area.", "The court met."],
        ],
        &[("designated", "design")],
    );
    let s = SearchIndex::new(&ix);
    let mut found = texts(&ix, &s, "the desig");
    found.sort();
    assert_eq!(
        found,
        [
            "Designers design the designated area. [Designers|design|the|designated]",
            "The court designated the group. [The|designated|the]",
        ]
    );
    // Terms that each match, but never in the same sentence, find nothing; so does a phrase
    // that is nowhere, whether it comes first or last.
    assert!(texts(&ix, &s, "human court").is_empty());
    assert!(texts(&ix, &s, "\"rights human\" court").is_empty());
    assert!(texts(&ix, &s, "court \"rights human\"").is_empty());
    assert_eq!(
        texts(&ix, &s, "\"the court\" met"),
        ["The court met. [The court met]"]
    );
    // A sentence with two of a prefix's stems scores by the better one, not their sum: its
    // score is that of the same sentence searched for that stem alone.
    let by_prefix = s.search(&parse_query("design"));
    let alone = s.search(&parse_query("designers "));
    let score = |hits: &[Hit], g: usize| hits.iter().find(|h| h.sentence == g).map(|h| h.score);
    let g = 2;
    let best = ["designers ", "design ", "designated "]
        .iter()
        .filter_map(|q| score(&s.search(&parse_query(q)), g))
        .fold(0.0f64, f64::max);
    assert_eq!(score(&by_prefix, g), Some(best));
    assert!(score(&alone, g).is_some());
}
