//! Events on the seed corpus against hand-annotated gold clusters, measured as pairwise
//! precision and recall over mentions ("these two mentions tell of one event").

use super::*;
use crate::{build, SourceFile};
use story_core::time::Granularity;

/// Gold events: each a list of mentions `(doc, time expression as written, words of its
/// sentence)`.
const GOLD: &[&[(&str, &str, &str)]] = &[
    &[("000", "the 1980s", "Mujahideen")],
    &[("004", "the mid-to-late 1990s", "Chechnya")],
    &[("000", "1994", "formed")],
    &[
        ("002", "September 11, 2001", "ousted"),
        ("004", "9/11", "al-Qaeda attacks"),
    ],
    &[
        ("000", "2003", "blacklist"),
        ("001", "2003", "imposed"),
        ("001", "2003", "original terrorist designation"),
        ("002", "2003", "suspending a ban"),
        ("002", "2003", "designated them"),
        ("003", "2003", "designated as an outlawed"),
        ("004", "2003", "annulled"),
    ],
    &[("004", "2004", "deadliest attack")],
    &[("004", "2014", "Crimea")],
    &[("002", "2015", "communication channels")],
    &[("002", "2016", "detentions")],
    &[
        ("000", "August 2021", "seized power"),
        ("000", "2021", "return to power"),
        ("001", "the summer of 2021", "swept back"),
        ("002", "2021", "controlled Afghanistan"),
        ("002", "2021", "withdrawal from Afghanistan"),
        ("003", "August 2021", "took power"),
        ("004", "August of 2021", "takeover of Kabul"),
        ("004", "2021", "Taliban takeover accelerated"),
        // Not ("004", "2021", "first known visit"): `their first known visit to Kabul since
        // 2021` names the takeover's year as the mark of a record; it counts for the
        // takeover's salience but tells of the visit, so the takeover does not cite it.
    ],
    &[
        ("001", "2022", "invasion of Ukraine"),
        ("004", "February 2022", "invasion of Ukraine"),
    ],
    &[
        ("000", "2022", "business summit"),
        ("001", "2022", "delegations"),
    ],
    &[("004", "2022", "accredited")],
    &[
        ("000", "2024", "business summit"),
        ("001", "2024", "delegations"),
    ],
    &[("000", "Last year", "Kazakhstan")],
    &[
        ("000", "March 2024", "music hall"),
        ("001", "March 2024", "Crocus"),
        ("003", "March 2024", "concert hall"),
        ("004", "March 2024", "Crocus"),
    ],
    &[
        ("001", "last July", "together in the fight"),
        ("002", "2024", "reframed"),
        ("003", "Last year", "ally"),
    ],
    &[("000", "October", "Lavrov")],
    &[("004", "December", "survey")],
    &[("000", "last month", "Prosecutor General")],
    &[("004", "March 2025", "first known visit")],
    &[
        ("004", "Late last week", "lifted the ban"),
        ("001", "Thursday", "suspended the designation"),
    ],
];

/// Pairwise precision and recall of the events found, against the gold clusters.
fn score(index: &story_core::Index, events: &[Event]) -> (f64, f64, Vec<String>) {
    let mut problems = Vec::new();
    // Gold mention -> gold cluster, found mention -> found cluster.
    let mut gold_of: Vec<((String, u32, String), usize)> = Vec::new();
    for (g, cluster) in GOLD.iter().enumerate() {
        for (doc, text, words) in cluster.iter() {
            let d = index.documents.iter().find(|d| d.id == *doc).expect("doc");
            let found =
                d.sentences.iter().enumerate().find(|(_, s)| {
                    s.text.contains(words) && s.times.iter().any(|t| t.text == *text)
                });
            match found {
                Some((i, _)) => gold_of.push(((doc.to_string(), i as u32, text.to_string()), g)),
                None => problems.push(format!("gold mention not tagged: {doc} {text} ({words})")),
            }
        }
    }
    // A mention is found in the event it is cited by or listed as passing in.
    let found_of = |m: &(String, u32, String)| -> Option<usize> {
        events.iter().position(|e| {
            e.mentions
                .iter()
                .chain(&e.passing)
                .any(|x| index.doc_id(x.doc) == m.0 && x.sentence == m.1 && x.text == m.2)
        })
    };
    let (p, r, mut wrong) = crate::test_seeds::pairwise(&gold_of, found_of, |_, _| true);
    problems.append(&mut wrong);
    (p, r, problems)
}

fn seed_index() -> story_core::Index {
    crate::test_seeds::index()
}

#[test]
fn seed_events_match_the_gold_clusters() {
    let index = seed_index();
    let (p, r, problems) = score(&index, &index.events);
    eprintln!("events: pairwise precision {p:.2}, recall {r:.2}");
    for pr in &problems {
        eprintln!("  {pr}");
    }
    // Floors: the measured values are in docs/quality.md; this fails when they drop.
    // Precision 1.00 since a year asks a decade's likeness (session 30: `accredited a Taliban
    // diplomat in 2022` had joined the 2022 business summit). Recall 0.92 since session 37,
    // with the mentions an event lists as passing (`the United States, whose withdrawal from
    // Afghanistan in 2021 is portrayed as …`, `the leadership, which took power in August
    // 2021`, `the March 2024 Crocus City Hall attack`): the gold counts them as mentions of
    // the event, and the event lists them apart (0.71 when they were dropped).
    assert!(p >= 0.98, "precision {p:.2}");
    assert!(r >= 0.90, "recall {r:.2}");
    assert!(
        (15..=30).contains(&index.events.len()),
        "{} events",
        index.events.len()
    );
}

#[test]
fn the_2003_designation_and_the_2024_attack_span_their_sources() {
    let index = seed_index();
    // The documents that tell of the event, and those that name it in passing.
    let sources = |start: &str, needle: &str| -> (Vec<String>, Vec<String>) {
        let e = index
            .events
            .iter()
            .filter(|e| e.start.to_string().starts_with(start))
            .max_by_key(|e| e.mentions.len())
            .unwrap_or_else(|| panic!("no event at {start}"));
        assert!(
            e.mentions.iter().any(|m| index
                .sentence(&story_core::SentenceRef {
                    doc: m.doc,
                    sentence: m.sentence
                })
                .is_some_and(|s| s.text.contains(needle))),
            "{start}: {e:?}"
        );
        let docs = |ms: &[story_core::Mention]| {
            let mut docs: Vec<String> =
                ms.iter().map(|m| index.doc_id(m.doc).to_string()).collect();
            docs.dedup();
            docs
        };
        (docs(&e.mentions), docs(&e.passing))
    };
    // 004 names the designation in passing (`annulled the group's terrorist designation,
    // which had been in place since 2003`) and the attack (`just a year after the deadliest
    // attack on Russian soil since 2004, the March 2024 Crocus City Hall attack carried out
    // by ISK`): listed apart, not cited as telling of them.
    assert_eq!(
        sources("2003", "terrorist"),
        (
            vec!["000".into(), "001".into(), "002".into(), "003".into()],
            vec!["004".into()]
        )
    );
    assert_eq!(
        sources("2024-03", "145"),
        (
            vec!["000".into(), "001".into(), "003".into()],
            vec!["004".into()]
        )
    );
}

#[test]
fn events_run_from_the_1980s_to_april_2025() {
    let index = seed_index();
    let first = index.events.first().expect("events");
    let last = index.events.last().expect("events");
    assert_eq!(first.start.to_string(), "1980-01-01");
    assert!(last.start.to_string().starts_with("2025-04"), "{last:?}");
    for e in &index.events {
        // A statement: one of its sentences, whole or cut at a clause boundary.
        let sentence_of =
            |m: &Mention| &index.doc(m.doc).unwrap().sentences[m.sentence as usize].text;
        assert!(
            e.mentions.iter().any(|m| {
                let label = e.label.trim_end_matches('.');
                sentence_of(m).contains(label)
                    || sentence_of(m)
                        .to_lowercase()
                        .contains(&label.to_lowercase())
                    // A person it names by surname alone, named in full.
                    || crate::introduce::holds(sentence_of(m), label)
            }),
            "{e:?}"
        );
        assert!(e.label.split_whitespace().count() >= 4, "{e:?}");
        assert!(e.start <= e.end);
    }
}

#[test]
#[allow(clippy::print_stderr)]
fn parameter_sweep_is_reported() {
    // Not a check: prints how precision and recall move with the threshold scale, for
    // docs/quality.md (`cargo test -p story-analysis parameter_sweep -- --nocapture`).
    let index = seed_index();
    for scale in [0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.8, 1.0] {
        for same_time_factor in [0.6, 1.0, 1.5, 2.0] {
            for min_shared in [1, 2, 3] {
                let params = Params {
                    scale,
                    same_time_factor,
                    min_shared,
                    ..Params::default()
                };
                let events = extract_with(&index.documents, &index.entities, &params);
                let (p, r, _) = score(&index, &events);
                eprintln!(
                    "scale {scale:.2} same time {same_time_factor:.1} shared {min_shared}: {} events, precision {p:.2}, recall {r:.2}",
                    events.len()
                );
            }
        }
    }
}

#[test]
fn other_stories_cluster_across_sources() {
    let a = "---\npublished: 2019-11-14\n---\nThe town last flooded in February 2014, when 300 homes were evacuated. \
             The sea wall was built in the 1970s.";
    let b = "---\npublished: 2019-11-15\n---\nIn February 2014 floods forced the evacuation of 300 homes in the town. \
             A new bridge opened in 2018.";
    let ix = build(&[SourceFile::new("a.txt", a), SourceFile::new("b.txt", b)]).unwrap();
    let flood = ix
        .events
        .iter()
        .find(|e| e.start.to_string() == "2014-02-01")
        .expect("the 2014 flood");
    let docs: Vec<&str> = flood.mentions.iter().map(|m| ix.doc_id(m.doc)).collect();
    assert_eq!(docs, ["a", "b"]);
    assert_eq!(flood.granularity, Granularity::Month);
    assert!(ix
        .events
        .iter()
        .any(|e| e.start.to_string() == "1970-01-01" && e.granularity == Granularity::Decade));
    assert!(ix
        .events
        .iter()
        .any(|e| e.start.to_string() == "2018-01-01"));
    assert_eq!(ix.events.len(), 3);
}

#[test]
fn documents_without_dates_have_no_events() {
    let ix = build(&[SourceFile::new(
        "a.txt",
        "Nothing here says when. It just happened.",
    )])
    .unwrap();
    assert!(ix.events.is_empty());
    assert_eq!(ix.documents[0].published, None);
    // Relative expressions without any date keep their text and no value.
    let ix = build(&[SourceFile::new(
        "b.txt",
        "It rained last month and on Thursday.",
    )])
    .unwrap();
    let times = &ix.documents[0].sentences[0].times;
    assert_eq!(times.len(), 2);
    assert!(times.iter().all(|t| t.value.is_none()));
    assert!(ix.events.is_empty());
}

#[test]
fn time_stamps_of_pages_and_posts_are_no_events() {
    let a = "---\npublished: 2019-11-14\n---\nJo Park | Wednesday, 13 November 2019 The council met again.\n\n\
             November 13, 2019 at 5:23 pm | I think the council is wrong.\n\n\
             (Update 5:16 a.m. Thursday, 10:16 p.m. ET Wednesday) Flights resumed.\n\n\
             14 November 2019 Last updated at 06:28 GMT The council met again.\n\n\
             Wednesday, November 13, 2019; 4:30 PM Every hour brings a new worry.\n\n\
             Thursday, November 14, 2019; Page A01 Repairs began along the front.\n\n\
             The sea wall failed on 12 November 2019, flooding 300 homes.";
    let ix = build(&[SourceFile::new("a.txt", a)]).unwrap();
    let days: Vec<String> = ix.events.iter().map(|e| e.start.to_string()).collect();
    assert_eq!(days, ["2019-11-12"], "{:?}", ix.events);
}

#[test]
fn a_date_that_times_another_happening_labels_no_event_and_one_sentence_labels_one_event() {
    let a = "---\npublished: 2019-11-20\n---\nThe sea wall failed on 12 November 2019, flooding 300 homes.\n\n\
             Five days after 12 November 2019, the mayor resigned over the failure.\n\n\
             The storm of 12 November 2019 broke the wall, and the storm of 12 November 2019 \
             was the worst in years, the council said.";
    let ix = build(&[SourceFile::new("a.txt", a)]).unwrap();
    let labels: Vec<&str> = ix.events.iter().map(|e| e.label.as_str()).collect();
    assert!(
        !labels.iter().any(|l| l.contains("mayor resigned")),
        "{labels:?}"
    );
    let mut sorted = labels.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), labels.len(), "{labels:?}");
}

/// The salience of the day-level event on `day` (the highest, when the day has several).
fn salience_on(ix: &story_core::Index, day: &str) -> f32 {
    ix.events
        .iter()
        .filter(|e| e.start.to_string() == day && e.granularity == Granularity::Day)
        .map(|e| e.salience)
        .fold(f32::NEG_INFINITY, f32::max)
}

/// Articles of one story, each `(name, source, text)`, published on `published`.
fn story(published: &str, articles: &[(&str, &str, &str)]) -> story_core::Index {
    let files: Vec<SourceFile> = articles
        .iter()
        .map(|(name, source, text)| {
            SourceFile::new(
                name,
                format!("---\nsource: {source}\npublished: {published}\n---\n{text}"),
            )
        })
        .collect();
    build(&files).unwrap()
}

#[test]
fn a_day_told_in_the_story_s_own_words_outranks_a_day_of_other_news() {
    // Two days, each named once, in one article's lead, by one outlet, with no article
    // published near either: only the words around them differ. The flood is told in the
    // words the story's articles share; the concert in a page's other news.
    let ix = story(
        "2019-11-20",
        &[
            (
                "a.txt",
                "One",
                "The river flooded 300 homes in the town on 12 November 2019. \
                 Residents of the flooded homes were moved to the school.",
            ),
            (
                "b.txt",
                "Two",
                "The choir sings Handel at the cathedral on 14 November 2019. \
                 Flood water from the river still stands in 300 homes of the town.",
            ),
            (
                "c.txt",
                "Three",
                "The town counts the cost of the river flood. \
                 Insurers say the flooded homes will take months to dry.",
            ),
            (
                "d.txt",
                "Four",
                "Homes in the town remain empty after the flood. \
                 The river level is falling.",
            ),
        ],
    );
    let flood = salience_on(&ix, "2019-11-12");
    let concert = salience_on(&ix, "2019-11-14");
    assert!(flood > concert, "flood {flood}, concert {concert}");
}

/// Other news of a story's pages, one happening a day in May 2018: it makes a small corpus
/// large enough for the words its articles share to tell.
fn other_news() -> Vec<SourceFile> {
    (1..=64)
        .map(|k| {
            let day = k % 28 + 1;
            SourceFile::new(
                &format!("other{k}.txt"),
                format!(
                    "---\npublished: 2018-05-{day:02}\n---\nA craft fair number {k} opened on {day} May 2018 in a village hall."
                ),
            )
        })
        .collect()
}

#[test]
fn a_year_says_nothing_of_a_days_happening() {
    // Two outlets tell of the dam's failure on one day; a third tells of it in the same
    // words but dates it only by `this year`: it joins no day. (Other news of the pages, on
    // other days, makes the corpus large enough for the dam's words to single it out.)
    let mut files = vec![
        SourceFile::new(
            "a.txt",
            "---\npublished: 2019-03-15\n---\nThe Millbrook dam burst on 14 March 2019 and the reservoir flooded the valley towns.",
        ),
        SourceFile::new(
            "b.txt",
            "---\npublished: 2019-03-16\n---\nThe Millbrook dam burst on 14 March 2019 and its reservoir flooded the valley towns.",
        ),
        SourceFile::new(
            "c.txt",
            "---\npublished: 2019-06-01\n---\nThe Millbrook dam burst this year and its reservoir flooded the valley towns.",
        ),
    ];
    files.extend(other_news());
    let ix = build(&files).unwrap();
    let day = ix
        .events
        .iter()
        .find(|e| e.start.to_string() == "2019-03-14")
        .expect("the day the dam burst");
    let docs: Vec<&str> = day.mentions.iter().map(|m| ix.doc_id(m.doc)).collect();
    assert_eq!(docs, ["a", "b"], "{:?}", day.mentions);
}

#[test]
fn a_year_named_by_its_distance_from_now_joins_nothing() {
    // A year named by its distance from the day of writing joins another such mention only
    // beside one that writes the year out, even in the same words: in real stories such
    // mentions (`last year`, `a year ago`) are the columns' asides, and linked they made one
    // year of unrelated things (IraqWar_guardian: a widow's campaign, a medal, a reporter's
    // arrival). Two events of one mention mislead less. A year written out in the same words
    // still joins, and so does `last year` beside it.
    let ix = story(
        "2019-06-01",
        &[
            ("a.txt", "One", "Last year the city's orchestra won the national music prize for its summer season."),
            ("b.txt", "Two", "The city's orchestra won the national music prize last year after a summer of concerts."),
            ("c.txt", "Three", "In 2015 the city's harbour won the national design prize for its summer festival."),
            ("d.txt", "Four", "The city's harbour won the national design prize in 2015 for its summer festival."),
        ],
    );
    let year = |y: &str| -> Vec<usize> {
        ix.events
            .iter()
            .filter(|e| e.start.to_string().starts_with(y) && e.granularity == Granularity::Year)
            .map(|e| e.mentions.len())
            .collect()
    };
    assert_eq!(year("2018"), [1, 1], "{:?}", ix.events);
    assert_eq!(year("2015"), [2], "{:?}", ix.events);
    let ix = story(
        "2016-06-01",
        &[
            ("c.txt", "Three", "In 2015 the city's harbour won the national design prize for its summer festival."),
            ("d.txt", "Four", "Last year the city's harbour won the national design prize for its summer festival."),
        ],
    );
    let year: Vec<usize> = ix.events.iter().map(|e| e.mentions.len()).collect();
    assert_eq!(year, [2], "{:?}", ix.events);
}

#[test]
fn a_decade_says_nothing_of_a_years_happening() {
    // The brewery's exit of 1968 and its trade in the 1960s share names and a time that
    // overlaps, not a happening: two events. (Without the rule they were one, told by the
    // 1968 sentence.) Two sentences of 1968 in other words stay one.
    let ix = story(
        "2005-07-01",
        &[
            ("a.txt", "One", "The Harlow brewery left Eastmere in 1968 when the guild declared a boycott over its ties to Westmere."),
            ("b.txt", "Two", "In the 1960s the Harlow brewery and the guild of Eastmere traded across the river with Westmere."),
            ("c.txt", "Three", "In 1968 the Harlow brewery left Eastmere after the guild's boycott over Westmere."),
        ],
    );
    let events: Vec<(String, Granularity, usize)> = ix
        .events
        .iter()
        .map(|e| (e.start.to_string(), e.granularity, e.mentions.len()))
        .collect();
    assert_eq!(
        events,
        [
            ("1960-01-01".to_string(), Granularity::Decade, 1),
            ("1968-01-01".to_string(), Granularity::Year, 2)
        ],
        "{:?}",
        ix.events
    );
}

#[test]
fn a_century_is_an_era_and_no_event() {
    let a =
        "---\npublished: 2009-05-02\n---\nWe live in the 21st century, not the 19th century.\n\n\
             The Saudi royal family has been on the throne since the 18th century.\n\n\
             The clinic closed on 30 April 2009, two days after the first case.";
    let ix = build(&[SourceFile::new("a.txt", a)]).unwrap();
    let events: Vec<(String, Granularity)> = ix
        .events
        .iter()
        .map(|e| (e.start.to_string(), e.granularity))
        .collect();
    assert_eq!(events, [("2009-04-30".to_string(), Granularity::Day)]);
    // The expressions are still tagged (the time filters read them).
    let times = &ix.documents[0].sentences[0].times;
    assert_eq!(times.len(), 2, "{times:?}");
}

/// Builds one article and checks its events' days and labels: none labelled with any of
/// `never`, and for each of `told` (day, words) one on that day whose label holds the words.
fn dated_labels(article: &str, never: &[&str], told: &[(&str, &str)]) {
    let ix = build(&[SourceFile::new("a.txt", article)]).unwrap();
    let labels: Vec<(String, &str)> = ix
        .events
        .iter()
        .map(|e| (e.start.to_string(), e.label.as_str()))
        .collect();
    for n in never {
        assert!(
            labels.iter().all(|(_, l)| !l.contains(n)),
            "{n}: {labels:?}"
        );
    }
    for (day, words) in told {
        assert!(
            labels.iter().any(|(d, l)| d == day && l.contains(words)),
            "{day} {words}: {labels:?}"
        );
    }
}

#[test]
fn a_record_since_a_year_tells_of_now_not_of_that_year() {
    let a = "---\npublished: 2009-04-28\n---\nThe world is closer to a flu pandemic than at any point since 1968, officials said.\n\n\
             Cases rose for the first time since 1968 in the capital.\n\n\
             In 1968 a flu pandemic that began in Hong Kong killed a million people.";
    dated_labels(a, &["closer", "first time"], &[("1968-01-01", "Hong Kong")]);
}

#[test]
fn a_count_since_a_time_is_a_total_of_now_not_a_happening_then() {
    // A total counted since a year, a month or a weekday is of now: no event then is
    // labelled by it; a state in place since a year began then, and a count since a date
    // tells when something began.
    let a = "---\npublished: 2009-04-28\n---\nSince 2003, the bird flu virus has infected 421 people in 15 countries and killed 257.\n\n\
             At least 40 people have died since March in the capital.\n\n\
             Aid flights have been turned away from the airport three times since Sunday.\n\n\
             The ban on poultry imports has been in place since 2004.\n\n\
             More than 1,300 people have been admitted to hospital since 13 April.";
    dated_labels(
        a,
        &["421", "40 people", "three times"],
        &[("2004-01-01", "ban"), ("2009-04-13", "1,300")],
    );
}

#[test]
fn a_count_since_a_day_still_tells_of_it() {
    let a = "---\npublished: 2010-01-15\n---\nMSF says it has treated more than 1,500 people in the capital since Tuesday's earthquake.";
    let ix = build(&[SourceFile::new("a.txt", a)]).unwrap();
    let labels: Vec<&str> = ix.events.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(labels.len(), 1, "{labels:?}");
}

#[test]
fn a_date_that_times_a_happening_in_a_relative_clause_is_that_happenings() {
    // The quake's day is told by the report of it; the donations and the tears are told of
    // later, and the clause only times the quake: no event of theirs is made on its day, and
    // the quake's event does not cite them.
    let a = "---\npublished: 2010-01-13\n---\nThe quake struck the island on Tuesday, killing thousands.\n\nThe singer urged fans to donate after the earthquake that struck the island on Tuesday.";
    let b = "---\npublished: 2010-01-19\n---\nThe singer broke down in tears when speaking about the earthquake that struck the island last week.";
    let ix = build(&[SourceFile::new("a.txt", a), SourceFile::new("b.txt", b)]).unwrap();
    let told: Vec<(String, &str)> = ix
        .events
        .iter()
        .map(|e| (e.start.to_string(), e.label.as_str()))
        .collect();
    assert!(
        told.iter()
            .any(|(d, l)| d == "2010-01-12" && l.starts_with("The quake struck")),
        "{told:?}"
    );
    assert!(told.iter().all(|(_, l)| !l.contains("singer")), "{told:?}");
    let cited: Vec<u32> = ix
        .events
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.doc.index() == 0)
                .map(|m| m.sentence)
        })
        .collect();
    assert_eq!(cited, vec![0], "{told:?}");
}

#[test]
fn a_persons_relative_clause_names_a_happening_in_passing() {
    // The death is told by the first article; the second tells of a tribute and names the
    // death in a relative clause of the singer's: it counts for the event, but is not cited
    // as telling of it. A clause of a thing (`the show, which opens …`) may say what the
    // sentence is about, and a clause with no comma may end before the sentence's own saying
    // (`Fans who gathered … said on Friday …`): both stay cited.
    let a = "---\npublished: 2009-06-27\n---\nThe singer Ann Carver died on 25 June 2009 at her home in Leeds.\n\nFans who gathered outside the house said on Friday that they would hold a vigil in Leeds.";
    let b = "---\npublished: 2009-07-03\n---\nA tribute concert for Ann Carver, who died on 25 June 2009 at her home in Leeds, was announced today.";
    let ix = build(&[SourceFile::new("a.txt", a), SourceFile::new("b.txt", b)]).unwrap();
    let cited = |day: &str| -> Vec<(usize, u32)> {
        let mut c: Vec<(usize, u32)> = ix
            .events
            .iter()
            .filter(|e| e.start.to_string() == day)
            .flat_map(|e| e.mentions.iter().map(|m| (m.doc.index(), m.sentence)))
            .collect();
        c.sort();
        c
    };
    let events: Vec<(String, &str)> = ix
        .events
        .iter()
        .map(|e| (e.start.to_string(), e.label.as_str()))
        .collect();
    assert_eq!(cited("2009-06-25"), vec![(0, 0)], "{events:?}");
    assert!(cited("2009-06-26").contains(&(0, 1)), "{events:?}");
}

#[test]
fn a_page_that_names_its_own_day_in_its_title_tells_of_no_happening_then() {
    // A live page's title names the day it covers and was published on; the quake it tells
    // of struck on Tuesday.
    let a = "---\npublished: 2010-01-14\n---\nAs it happened: Haiti earthquake 14 Jan Live coverage of the aftermath of Tuesday's earthquake.\n\nThe quake struck the island on Tuesday.\n\nAid arrived on 14 Jan at the airport.";
    // A first line that tells of its day's happening stays one.
    let b = "---\npublished: 2010-01-14\n---\nA field hospital opened on 14 Jan in the capital.";
    let ix = build(&[SourceFile::new("a.txt", a), SourceFile::new("b.txt", b)]).unwrap();
    let days: Vec<(String, &str)> = ix
        .events
        .iter()
        .map(|e| (e.start.to_string(), e.label.as_str()))
        .collect();
    assert!(days.iter().any(|(d, _)| d == "2010-01-12"), "{days:?}");
    // The day's happening told in the text is still one.
    assert!(
        days.iter()
            .any(|(d, l)| d == "2010-01-14" && l.starts_with("Aid arrived")),
        "{days:?}"
    );
    assert!(
        days.iter().all(|(_, l)| !l.contains("As it happened")),
        "{days:?}"
    );
    let first_line = ix
        .events
        .iter()
        .flat_map(|e| &e.mentions)
        .any(|m| m.doc.index() == 0 && m.sentence == 0 && m.text == "14 Jan");
    assert!(!first_line, "{:?}", ix.events);
}

/// The sentences each event of `ix` on `day` cites, by their first words.
fn cited(ix: &story_core::Index, day: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = ix
        .events
        .iter()
        .filter(|e| e.start.to_string() == day)
        .map(|e| {
            let mut v: Vec<String> = e
                .mentions
                .iter()
                .filter_map(|m| {
                    let s = ix.doc(m.doc)?.sentences.get(m.sentence as usize)?;
                    Some(
                        s.text
                            .split_whitespace()
                            .take(4)
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                })
                .collect();
            v.sort();
            v
        })
        .collect();
    out.sort();
    out
}

// In the three tests below every two of the three sentences share two telling words, so that
// without the rule each tests all three would be one event.

#[test]
fn a_statement_and_a_deed_of_one_day_are_two_events() {
    // The toddler's death and the agency's statement about it share their words and their
    // day, but one is a death and the other a saying; two reports of the death are one.
    let ix = story(
        "2009-04-30",
        &[
            (
                "a.txt",
                "One",
                "A toddler died in a Houston hospital on Wednesday, the first recorded fatality \
                 outside Mexico.",
            ),
            (
                "b.txt",
                "Two",
                "The health agency said on Wednesday that the toddler's family confirmed the \
                 first recorded fatality outside Mexico.",
            ),
            (
                "c.txt",
                "Three",
                "The toddler died in a Houston hospital on Wednesday, his family confirmed.",
            ),
        ],
    );
    assert_eq!(
        cited(&ix, "2009-04-29"),
        [
            vec!["A toddler died in", "The toddler died in"],
            vec!["The health agency said"],
        ]
    );
}

#[test]
fn a_month_told_from_now_joins_no_days_happening() {
    // `Earlier this month` in a report of Tuesday's failure is the time of something the
    // report recalls (an inspection), though it shares the words and holds the day.
    let ix = story(
        "2011-06-17",
        &[
            (
                "a.txt",
                "One",
                "The river barrier at Lowtown failed on Tuesday, flooding the old market.",
            ),
            (
                "b.txt",
                "Two",
                "The river barrier at Lowtown failed on Tuesday after days of heavy rain.",
            ),
            (
                "c.txt",
                "Three",
                "Earlier this month, heavy rain flooded the old market below the barrier at \
                 Lowtown.",
            ),
        ],
    );
    assert_eq!(
        cited(&ix, "2011-06-14"),
        [vec!["The river barrier at", "The river barrier at"]]
    );
}

#[test]
fn two_statements_of_one_day_with_other_figures_are_two_events() {
    // Officials give the toll twice on one day: two statements. Two reports of one of them
    // (the same figure) are one.
    let ix = story(
        "2009-05-02",
        &[
            (
                "a.txt",
                "One",
                "The health secretary said on Friday that more deaths were confirmed overnight \
                 and the swine flu tally was 15.",
            ),
            (
                "b.txt",
                "Two",
                "Late on Friday, the ministry said more deaths were confirmed overnight in its \
                 new figures, a toll of 16.",
            ),
            (
                "c.txt",
                "Three",
                "The health secretary's ministry said on Friday its new figures put the swine flu \
                 tally at 15.",
            ),
        ],
    );
    assert_eq!(
        cited(&ix, "2009-05-01"),
        [
            vec!["Late on Friday, the"],
            vec![
                "The health secretary said",
                "The health secretary's ministry"
            ],
        ]
    );
}

#[test]
fn two_times_of_one_day_hours_apart_are_two_happenings() {
    // Two showings of one concert on one day, hours apart, are two; a time half an hour
    // from the first is the same showing told again.
    let ix = story(
        "2010-01-22",
        &[
            (
                "a.txt",
                "One",
                "The concert will be broadcast live on music television from 0100 GMT on \
                 Saturday 23 January.",
            ),
            (
                "b.txt",
                "Two",
                "The concert is repeated on music television for channel viewers from 2100 GMT \
                 on Saturday 23 January.",
            ),
            (
                "c.txt",
                "Three",
                "The concert will be broadcast live to channel viewers at 0130 GMT on Saturday \
                 23 January.",
            ),
        ],
    );
    assert_eq!(
        cited(&ix, "2010-01-23"),
        [
            vec!["The concert is repeated"],
            vec!["The concert will be", "The concert will be"],
        ]
    );
}

#[test]
fn a_date_that_opens_its_sentence_labels_the_event_before_one_in_the_background() {
    // Three sentences name the protests and crackdown of 2009; the first says most of what
    // they share but names them only as the site's history, the second tells of them.
    let ix = story(
        "2011-02-11",
        &[
            (
                "a.txt",
                "One",
                "Opposition leaders asked that the rally take place in the main square, the \
                 site of mass protests after the disputed 2009 presidential elections and the \
                 government's bloody crackdown on the opposition movement.",
            ),
            (
                "b.txt",
                "Two",
                "In 2009, the government carried out a bloody crackdown.",
            ),
            (
                "c.txt",
                "Three",
                "Veterans of the mass protests after the disputed 2009 presidential elections \
                 joined the rally.",
            ),
        ],
    );
    let event = ix
        .events
        .iter()
        .find(|e| e.start.to_string() == "2009-01-01")
        .expect("an event in 2009");
    assert_eq!(event.mentions.len(), 3, "{event:?}");
    assert!(
        event.label.starts_with("In 2009, the government"),
        "{event:?}"
    );
}

#[test]
fn a_sentence_another_date_opens_labels_the_event_after_one_it_does_not() {
    // Three sentences name the law of 1998; the first says most of what they share, but
    // `On Sunday` opens it: it tells of Sunday's offer, not of 1998.
    let ix = story(
        "2011-02-07",
        &[
            (
                "a.txt",
                "One",
                "On Sunday, the deputy offered to end the harbour curfew law that has been in \
                 force since the governor took office in 1998.",
            ),
            (
                "b.txt",
                "Two",
                "The harbour curfew law has been in force since the governor took office in \
                 1998.",
            ),
            (
                "c.txt",
                "Three",
                "Critics of the curfew law recall that the governor took office in 1998.",
            ),
        ],
    );
    let event = ix
        .events
        .iter()
        .find(|e| e.start.to_string() == "1998-01-01")
        .expect("an event in 1998");
    assert!(!event.label.starts_with("On Sunday"), "{event:?}");
}

#[test]
fn two_peoples_doings_of_one_month_are_two_events() {
    // Two ministers resigned in one month in the same words: who did it tells the
    // happenings apart, and a second outlet's report of one of them still joins it. (In a
    // real story, `Wilmshurst resigned in March 2003` and `Cook resigned … in 2003` had been
    // one event with a helicopter crash and a court martial of that year.)
    let ix = story(
        "2005-04-27",
        &[
            (
                "a.txt",
                "One",
                "Robin Hale resigned from the cabinet in March 2003 in protest at the war.",
            ),
            (
                "b.txt",
                "Two",
                "Robin Hale resigned from the cabinet in March 2003 in protest at the war \
                 in the desert.",
            ),
            (
                "c.txt",
                "Three",
                "Maria Voss resigned from the cabinet in March 2003 in protest at the war.",
            ),
        ],
    );
    let mut docs: Vec<Vec<&str>> = ix
        .events
        .iter()
        .filter(|e| e.start.to_string() == "2003-03-01")
        .map(|e| e.mentions.iter().map(|m| ix.doc_id(m.doc)).collect())
        .collect();
    docs.sort();
    assert_eq!(docs, [vec!["a", "b"], vec!["c"]]);
}

#[test]
fn a_date_that_ends_a_run_in_heading_dates_the_page_not_a_happening() {
    // A live page's heading with its day, run into the lead: the day is the page's; the
    // happening is the troops' arrival by Monday. A chronology's entry run into the next
    // sentence still tells of its year.
    let ix = story(
        "2010-01-15",
        &[
            (
                "a.txt",
                "One",
                "Valley flood: Your stories Thursday 14 January Up to 10,000 troops will be in \
                 the valley by Monday to help with the rescue, officials have said.",
            ),
            (
                "b.txt",
                "Two",
                "1968: A flood of the same river killed 300 people in the valley towns The \
                 rescue teams reached the towns on Friday.",
            ),
        ],
    );
    let days: Vec<String> = ix.events.iter().map(|e| e.start.to_string()).collect();
    assert!(!days.contains(&"2010-01-14".to_string()), "{days:?}");
    assert!(days.contains(&"2010-01-18".to_string()), "{days:?}");
    assert!(days.contains(&"1968-01-01".to_string()), "{days:?}");
}

#[test]
fn a_caption_of_a_past_day_labels_its_event_after_a_report_of_it() {
    // A photograph's caption tells in the present what a picture of Monday shows; the report
    // tells it in the past. The caption comes first in its article and is nearer 20 words.
    let ix = story(
        "2011-02-02",
        &[
            (
                "a.txt",
                "One",
                "Protesters gather outside the parliament building in the capital on Monday \
                 as riot police stand guard at its gates.",
            ),
            (
                "b.txt",
                "Two",
                "Schools stayed shut across the country. Protesters gathered outside the \
                 parliament building in the capital on Monday.",
            ),
        ],
    );
    let event = ix
        .events
        .iter()
        .find(|e| e.start.to_string() == "2011-01-31")
        .expect("an event on Monday 31 January");
    assert_eq!(event.mentions.len(), 2, "{event:?}");
    assert!(event.label.starts_with("Protesters gathered"), "{event:?}");
}

#[test]
fn a_much_told_year_holds_several_happenings() {
    // Ten articles retell 1931 in the story's own words (the grain blight of the valley):
    // five of the ruined harvest, five of the council's ban on imports. Every two of them
    // share the blight and the valley, words of nearly every mention of the year; what
    // happened tells them apart. (Other years of the valley's history, told in the same
    // words, make them the story's own, as in a real story.)
    let harvest = [
        "In 1931 the grain blight of the Vessel valley ruined the harvest of every farm.",
        "The grain blight ruined the valley's harvest in 1931, and the Vessel farms went hungry.",
        "A grain blight in 1931 ruined the harvest across the Vessel valley.",
        "Farms of the Vessel valley lost the harvest to the grain blight of 1931, a ruined year.",
        "The harvest of the Vessel valley was ruined by the grain blight in 1931.",
    ];
    let ban = [
        "In 1931 the council of the Vessel valley banned grain imports to stop the blight.",
        "The Vessel council banned imports of grain in 1931, fearing the blight would spread in the valley.",
        "To keep the blight out, the valley's council banned grain imports in 1931.",
        "The ban on grain imports the Vessel council ordered in 1931 was meant to halt the blight in the valley.",
        "Imports of grain were banned by the Vessel valley council in 1931 because of the blight.",
    ];
    let mut articles: Vec<(String, String)> = harvest
        .iter()
        .chain(&ban)
        .enumerate()
        .map(|(k, s)| (format!("y{k}.txt"), s.to_string()))
        .collect();
    for k in 0..30 {
        let year = 1900 + k;
        articles.push((
            format!("o{k}.txt"),
            format!(
                "Records of the blight in the Vessel valley name a mill number {k} built in {year}."
            ),
        ));
    }
    let files: Vec<SourceFile> = articles
        .iter()
        .map(|(name, text)| {
            SourceFile::new(name, format!("---\npublished: 2020-05-01\n---\n{text}"))
        })
        .collect();
    let ix = build(&files).unwrap();
    let told = cited(&ix, "1931-01-01");
    let kind = |s: &str| {
        if harvest.iter().any(|h| h.starts_with(s)) {
            "harvest"
        } else {
            "ban"
        }
    };
    for event in &told {
        let kinds: std::collections::BTreeSet<&str> = event.iter().map(|s| kind(s)).collect();
        assert_eq!(kinds.len(), 1, "one happening per event: {told:?}");
    }
    assert!(
        told.iter().any(|e| e.len() >= 3),
        "the retellings of one happening still join: {told:?}"
    );
}

#[test]
fn a_year_few_articles_name_joins_only_a_sentence_retold() {
    // Two articles tell of 1952 in their own words (the dam's collapse): in a story of
    // twenty about this year's flood, each tells of it in passing, and only the sentence
    // retold joins; in a story of ten, three of which retell it, it is the story's own
    // history.
    let told = [
        "In 1952 the old Vessel dam collapsed and flooded the lower valley.",
        "After a week of storms the Vessel dam gave way in 1952, drowning cattle, barns and the farms below it.",
        "In 1952 the old Vessel dam collapsed and flooded the lower valley, records show.",
    ];
    let build_with = |others: usize| {
        let mut files: Vec<SourceFile> = told
            .iter()
            .enumerate()
            .map(|(k, s)| {
                SourceFile::new(
                    &format!("y{k}.txt"),
                    format!("---\npublished: 2020-05-01\n---\n{s}"),
                )
            })
            .collect();
        for k in 0..others {
            files.push(SourceFile::new(
                &format!("o{k}.txt"),
                format!(
                    "---\npublished: 2020-05-01\n---\nRescuers reached farm number {k} of the valley on Monday after this year's flood."
                ),
            ));
        }
        build(&files).unwrap()
    };
    let aside = cited(&build_with(17), "1952-01-01");
    assert!(
        aside.iter().all(|e| e.len() <= 2)
            && aside
                .iter()
                .any(|e| e.len() == 2 && e.iter().all(|s| s.starts_with("In 1952"))),
        "only the sentence retold joins: {aside:?}"
    );
    let history = cited(&build_with(7), "1952-01-01");
    assert!(
        history.iter().any(|e| e.len() == 3),
        "the story's own history joins in other words: {history:?}"
    );
}

#[test]
fn two_speakers_statements_of_one_day_are_two_events() {
    // The board's announcement, told by two outlets, is one event; the minister's statement
    // of the same day, in the same words, is another. (Other news of the pages, on other
    // days, makes the corpus large enough for the three's words to tell.)
    let mut files = vec![
        SourceFile::new(
            "a.txt",
            "---\npublished: 2012-03-08\n---\nPressed by flour millers and bakers, the Grain Board said on Wednesday it would cut prices.",
        ),
        SourceFile::new(
            "b.txt",
            "---\npublished: 2012-03-08\n---\nPressed by flour millers and bakers, the Grain Board said on Wednesday it would cut its prices.",
        ),
        SourceFile::new(
            "c.txt",
            "---\npublished: 2012-03-08\n---\nPressed by flour millers and bakers, minister Ann Vell said on Wednesday she backed the cut.",
        ),
    ];
    files.extend(other_news());
    let ix = build(&files).unwrap();
    assert_eq!(
        cited(&ix, "2012-03-07"),
        [
            vec!["Pressed by flour millers"],
            vec!["Pressed by flour millers", "Pressed by flour millers"],
        ]
    );
}

/// Two outlets' reports of a Wednesday's cull (published on the Thursday, 24 April 2014).
fn cull_reports() -> Vec<SourceFile> {
    vec![
        SourceFile::new(
            "a.txt",
            "---\npublished: 2014-04-24\n---\nThe farm ministry had every herd of the Vell valley culled on Wednesday.",
        ),
        SourceFile::new(
            "b.txt",
            "---\npublished: 2014-04-24\n---\nThe ministry had all herds of the Vell valley culled on Wednesday.",
        ),
    ]
}

#[test]
fn a_months_mention_joins_a_day_only_on_what_is_told_beside_both() {
    // Two outlets tell of Wednesday's cull; a column recalls April's worries in a long
    // sentence that names the cull far from its month: the column's April is not the cull.
    // A third outlet's `in April` beside the cull's own words is the cull retold.
    let mut files = cull_reports();
    files.extend([SourceFile::new(
            "c.txt",
            "---\npublished: 2014-04-25\n---\nBack in April the farmers began to fret about prices and feed, long before any herds of the valley were culled.",
    )]);
    files.extend(other_news());
    let ix = build(&files).unwrap();
    assert_eq!(
        cited(&ix, "2014-04-23"),
        [vec!["The farm ministry had", "The ministry had all"]]
    );
    files.push(SourceFile::new(
        "d.txt",
        "---\npublished: 2014-06-02\n---\nEvery herd of the valley was culled in April on the ministry's orders.",
    ));
    let ix = build(&files).unwrap();
    assert_eq!(
        cited(&ix, "2014-04-23"),
        [vec![
            "Every herd of the",
            "The farm ministry had",
            "The ministry had all"
        ]]
    );
}

#[test]
fn a_day_that_is_a_nouns_attribute_labels_after_the_days_report() {
    // One happening told twice: the report of the day, and a remark on the mood `of
    // Wednesday afternoon`. The report labels it.
    let mut files = vec![
        SourceFile::new(
            "a.txt",
            "---\npublished: 2020-03-11\n---\nThe row over the harbour budget overwhelmed the council today as Mayor Ruiz quit.",
        ),
        SourceFile::new(
            "b.txt",
            "---\npublished: 2020-03-12\n---\nIn the tense mood of Wednesday afternoon the row over the harbour budget overwhelmed the council, and nobody knew what that meant.",
        ),
    ];
    files.extend(other_news());
    let ix = build(&files).unwrap();
    let events: Vec<_> = ix
        .events
        .iter()
        .filter(|e| e.start.to_string() == "2020-03-11")
        .collect();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].mentions.len(), 2, "{events:?}");
    assert!(
        events[0].label.starts_with("The row over"),
        "{}",
        events[0].label
    );
}

#[test]
fn a_happening_told_only_far_from_the_story_is_no_event_of_it() {
    // Twenty-four articles on a flood. One page ends with the site's other news, two
    // sentences away from anything of the story; another tells of a rescue without naming
    // the flood, beside a sentence that does.
    let mut articles: Vec<(String, String, String)> = (1..=24)
        .map(|k| {
            (
                format!("a{k}.txt"),
                format!("Outlet {}", k % 4),
                format!(
                    "The river flooded {k}00 homes in the valley town. \
                     Residents of the flooded streets were moved to the school hall."
                ),
            )
        })
        .collect();
    articles[0].2.push_str(
        " The council will meet next month. Parking rules change in spring. \
         Elsewhere on the site: the choir sings Handel at the cathedral on 14 November 2019. \
         The bakery on Mill Lane reopened on 13 November 2019 after a refit.",
    );
    articles[1].2.push_str(
        " Boats from the river police reached the flooded streets at dawn. \
         A second crew arrived on 13 November 2019 and carried twelve people out.",
    );
    let refs: Vec<(&str, &str, &str)> = articles
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    let ix = story("2019-11-15", &refs);
    let labels: Vec<&str> = ix.events.iter().map(|e| e.label.as_str()).collect();
    assert!(
        labels
            .iter()
            .any(|l| l.starts_with("A second crew arrived")),
        "{labels:?}"
    );
    assert!(
        !labels
            .iter()
            .any(|l| l.contains("choir") || l.contains("bakery")),
        "{labels:?}"
    );
}

#[test]
fn one_end_of_a_span_of_months_joins_no_days_happening() {
    // Two outlets tell of Wednesday's cull. A third's `in April` beside the cull's own words
    // is the cull retold (the test above); its `(March to April)`, a span, is not: a span's
    // end is no day's time, whether or not `March` is read as a date.
    for (span, day) in [
        ("from March to April", "2014-04-23"),
        ("(March to April)", "2014-04-23"),
        ("in March-April", "2014-04-23"),
    ] {
        let mut files = cull_reports();
        files.push(SourceFile::new(
            "d.txt",
            format!("---\npublished: 2014-06-02\n---\nEvery herd of the valley was culled {span} on the ministry's orders."),
        ));
        files.extend(other_news());
        let ix = build(&files).unwrap();
        let groups = cited(&ix, day);
        assert!(
            groups
                .iter()
                .flatten()
                .any(|s| s == "The farm ministry had"),
            "{span}: {groups:?}"
        );
        assert!(
            groups.iter().flatten().all(|s| s != "Every herd of the"),
            "{span}: {groups:?}"
        );
    }
}

#[test]
fn a_passing_sentence_is_listed_only_when_it_names_the_same_happening() {
    // The first article tells of the teacher's return. The second names a day's return in a
    // relative clause of another traveller, and says nothing else the event says: it is not
    // listed under it. The third words the first's sentence anew around a relative clause:
    // a copy, cited as telling of it.
    let a = "---\npublished: 2009-04-28\n---\nThe teacher has remained in hospital since returning from a trip to Peru on Sunday.";
    let b = "---\npublished: 2009-04-28\n---\nOfficials in Oslo said a second traveller, a nurse who returned from a trip to Peru on Sunday, had been tested and was being kept at home with mild symptoms.";
    let c = "---\npublished: 2009-04-29\n---\nThe teacher, who returned from a trip to Peru on Sunday, has remained in hospital.";
    let mut files = vec![
        SourceFile::new("a.txt", a),
        SourceFile::new("b.txt", b),
        SourceFile::new("c.txt", c),
    ];
    files.extend(other_news());
    let ix = build(&files).unwrap();
    let sunday: Vec<&Event> = ix
        .events
        .iter()
        .filter(|e| e.start.to_string() == "2009-04-26")
        .collect();
    assert_eq!(sunday.len(), 1, "{:?}", ix.events);
    let docs = |ms: &[story_core::Mention]| -> Vec<usize> {
        let mut d: Vec<usize> = ms.iter().map(|m| m.doc.index()).collect();
        d.sort();
        d.dedup();
        d
    };
    assert_eq!(
        (docs(&sunday[0].mentions), docs(&sunday[0].passing)),
        (vec![0, 2], vec![]),
        "{:?}",
        sunday[0]
    );
}

#[test]
fn the_end_of_a_state_to_come_is_no_happening_of_its_day() {
    // Told before the day: the schools' closure runs until then (and may be prolonged), no
    // happening of 6 May. Told after it, the closure ended then; a hearing put off until then
    // is awaited then.
    let a = "---\npublished: 2009-04-27\n---\nOfficials ordered all schools in the province closed until 6 May to stop the fever spreading.";
    let b = "---\npublished: 2009-05-08\n---\nThe schools in the province stayed closed until 6 May, when pupils returned to their classes.";
    let c = "---\npublished: 2009-04-28\n---\nThe court said the hearing of the farmers' case was postponed until 6 May.";
    let ix = build(&[
        SourceFile::new("a.txt", a),
        SourceFile::new("b.txt", b),
        SourceFile::new("c.txt", c),
    ])
    .unwrap();
    let named: Vec<usize> = ix
        .events
        .iter()
        .filter(|e| e.start.to_string() == "2009-05-06")
        .flat_map(|e| e.mentions.iter().chain(&e.passing))
        .map(|m| m.doc.index())
        .collect();
    assert!(!named.contains(&0), "{:?}", ix.events);
    assert!(named.contains(&1) && named.contains(&2), "{:?}", ix.events);
}

#[test]
fn a_happening_told_only_in_a_voice_of_its_own_is_no_event() {
    // A reader's first person, an unnamed speaker's `we`: no report of the story. The same
    // day told as a report, or a speaker's words with their speaker, is an event.
    let ix = story(
        "2019-11-20",
        &[
            (
                "a.txt",
                "The Valley Times",
                "The sea wall at Ashford failed on 12 November, flooding 300 homes.\n\n\
                 \"We will rebuild the wall by spring,\" the mayor of Ashford said on 14 November.",
            ),
            (
                "b.txt",
                "Readers' letters",
                "I was out walking my dog on 13 November and I could not believe my eyes.\n\n\
                 Well, we had to close the shop on 15 November, as you know.",
            ),
        ],
    );
    let labels: Vec<&str> = ix.events.iter().map(|e| e.label.as_str()).collect();
    assert!(
        labels
            .iter()
            .any(|l| l.contains("sea wall at Ashford failed")),
        "{labels:?}"
    );
    assert!(
        labels.iter().any(|l| l.contains("rebuild the wall")),
        "{labels:?}"
    );
    assert!(
        !labels
            .iter()
            .any(|l| l.contains("walking my dog") || l.contains("close the shop")),
        "{labels:?}"
    );
}

#[test]
fn a_day_s_sentence_that_says_little_of_the_label_is_another_happening() {
    // The vice president pressing the governor, and the governor blaming the press on the
    // radio, on the same Thursday: two happenings that share the governor. A retelling of
    // the first in other words stays with it.
    let mut files = vec![
        SourceFile::new(
            "a.txt",
            "---\npublished: 2011-02-04\n---\nOn Thursday, Vice President Ann Vell talked with Governor Ari Moss and pressed him that talks with the opposition should begin at once, a statement from her office said.",
        ),
        SourceFile::new(
            "b.txt",
            "---\npublished: 2011-02-04\n---\nSpeaking on state radio on Thursday, Moss mentioned the role of the press and blamed reporters for the unrest in the province.",
        ),
        SourceFile::new(
            "c.txt",
            "---\npublished: 2011-02-04\n---\nVice President Ann Vell pressed Governor Ari Moss on Thursday to begin talks with the opposition at once, her office said.",
        ),
    ];
    files.extend(other_news());
    let ix = build(&files).unwrap();
    let told = cited(&ix, "2011-02-03");
    assert!(
        told.iter()
            .all(|e| !(e.iter().any(|s| s.starts_with("Speaking"))
                && e.iter().any(|s| !s.starts_with("Speaking")))),
        "{told:?}"
    );
    assert!(
        told.iter()
            .any(|e| e.iter().any(|s| s.starts_with("On Thursday"))
                && e.iter().any(|s| s.starts_with("Vice President"))),
        "{told:?}"
    );
}

#[test]
fn pages_about_something_else_tell_no_happening_of_the_story() {
    let labels = |every: usize| -> Vec<String> {
        let fair = "A craft fair opened on 9 May 2018 with potters from twelve villages.";
        let files = crate::relevance::listings_beside_a_story(every, &[fair, fair]);
        let index = build(&files).unwrap();
        // The dam is named by every report: the story has a centre.
        assert!(
            index
                .entities
                .iter()
                .any(|e| e.name.contains("Orvel") && e.mentions.len() >= 10),
            "{:?}",
            index.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
        );
        index.events.iter().map(|e| e.label.clone()).collect()
    };
    // Pages of 60 lines that name the dam once: their fair is no event of the story.
    let long = labels(0);
    assert!(
        long.iter().any(|l| l.contains("Orvel Dam failed")),
        "{long:?}"
    );
    assert!(!long.iter().any(|l| l.contains("craft fair")), "{long:?}");
    // Pages that name the dam every ten lines are about it: the fair stays an event.
    let short = labels(10);
    assert!(
        short.iter().any(|l| l.contains("Orvel Dam failed")),
        "{short:?}"
    );
    assert!(short.iter().any(|l| l.contains("craft fair")), "{short:?}");
}

#[test]
fn two_sentences_of_one_page_about_a_month_tell_of_two_happenings() {
    // A market report gives two figures of one month: new and existing home sales, two
    // happenings of March, not one told twice.
    let report = "New home sales rose 2.7 percent in March 2019, the housing agency said. \
                  Builders in the region reported more buyers than a year ago. \
                  Existing home sales rose 5.5 percent in March 2019 as prices fell.";
    let ix = story(
        "2019-04-20",
        &[
            ("a.txt", "One", report),
            ("b.txt", "Two", "Mortgage rates were steady this week."),
        ],
    );
    let march: Vec<&Event> = ix
        .events
        .iter()
        .filter(|e| e.start.to_string().starts_with("2019-03"))
        .collect();
    assert_eq!(
        march.len(),
        2,
        "{:?}",
        march.iter().map(|e| &e.label).collect::<Vec<_>>()
    );
    assert!(march.iter().all(|e| e.mentions.len() == 1));
}
