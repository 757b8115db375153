//! Entities on made-up articles of other stories, and on the seeds.

use super::*;
use crate::{build, SourceFile};
use story_core::{EntityKind, Index};

fn index(files: &[(&str, &str)]) -> Index {
    let files: Vec<SourceFile> = files.iter().map(|(n, t)| SourceFile::new(n, *t)).collect();
    build(&files).expect("builds")
}

fn entity<'a>(index: &'a Index, name: &str) -> &'a Entity {
    index
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no entity {name}: {:?}",
                index.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
            )
        })
}

fn names(index: &Index) -> Vec<&str> {
    index.entities.iter().map(|e| e.name.as_str()).collect()
}

const FLOOD: &str = "Flood Waters Rise in Valley Towns\n\n\
    Governor Maria Okafor declared an emergency on Monday after the Blue River burst its banks. \
    The National Weather Service (NWS) had warned of heavy rain. Okafor said the state would ask \
    the Federal Emergency Management Agency for help. However, residents of Millbrook were angry. \
    The N.W.S. later said the river peaked at 9 metres. In Millbrook, Okafor met the mayor.";

const TRADE: &str = "---\ntitle: Tariff talks stall\npublished: 2019-06-03\n---\n\
    Trade Minister Lars Pettersson met European Union officials in Brussels. The EU and Sweden \
    disagree on steel. Welcome news came from Stockholm’s markets. Pettersson’s aides said talks \
    would resume. The World Trade Organization (WTO) was not involved; the WTO rarely is.";

#[test]
fn names_titles_and_surnames() {
    let ix = index(&[("flood.txt", FLOOD)]);
    let okafor = entity(&ix, "Maria Okafor");
    assert_eq!(okafor.kind.as_str(), "person");
    assert_eq!(okafor.aliases, ["Okafor"]);
    assert_eq!(okafor.mentions.len(), 3);
    assert!(!names(&ix).contains(&"Governor Maria Okafor"));
}

#[test]
fn acronym_definitions_and_spellings() {
    let ix = index(&[("flood.txt", FLOOD)]);
    let nws = entity(&ix, "National Weather Service");
    assert_eq!(nws.aliases, ["N.W.S.", "NWS"]);
    assert_eq!(nws.kind.as_str(), "organisation");
    let ix = index(&[("trade.md", TRADE)]);
    let eu = entity(&ix, "European Union");
    assert_eq!(eu.aliases, ["EU"]);
    let wto = entity(&ix, "World Trade Organization");
    assert_eq!(wto.mentions.len(), 3);
}

#[test]
fn places_from_the_gazetteer_and_no_sentence_initial_capitals() {
    let ix = index(&[("trade.md", TRADE), ("flood.txt", FLOOD)]);
    assert_eq!(entity(&ix, "Brussels").kind.as_str(), "place");
    assert_eq!(entity(&ix, "Stockholm").kind.as_str(), "place");
    assert_eq!(entity(&ix, "Sweden").kind.as_str(), "place");
    let n = names(&ix);
    for not_a_name in [
        "However",
        "Welcome",
        "The",
        "Trade Minister",
        "Monday",
        "Pettersson’s",
    ] {
        assert!(!n.contains(&not_a_name), "{not_a_name} in {n:?}");
    }
    assert_eq!(entity(&ix, "Lars Pettersson").aliases, ["Pettersson"]);
    // Mentions point at the words as written.
    for e in &ix.entities {
        for m in &e.mentions {
            let s = &ix.doc(m.doc).unwrap().sentences[m.sentence as usize].text;
            let span: String = s
                .chars()
                .skip(m.start as usize)
                .take((m.end - m.start) as usize)
                .collect();
            assert_eq!(span, m.text);
        }
    }
}

use crate::test_seeds::SEEDS;

#[test]
fn seed_aliases_merge() {
    let ix = index(&SEEDS);
    let isk = entity(&ix, "Islamic State Khorasan Province");
    for alias in ["ISK", "IS-K", "ISIS-K", "ISIS-Khorasan"] {
        assert!(
            isk.aliases.iter().any(|a| a == alias),
            "{alias}: {:?}",
            isk.aliases
        );
    }
    assert_eq!(isk.kind.as_str(), "organisation");
    let us = entity(&ix, "United States");
    assert!(us.aliases.contains(&"U.S.".to_string()) && us.aliases.contains(&"US".to_string()));
    let putin = entity(&ix, "Vladimir Putin");
    assert_eq!(putin.kind.as_str(), "person");
    assert_eq!(putin.aliases, ["Putin"]);
    assert_eq!(entity(&ix, "Sergei Lavrov").kind.as_str(), "person");
    assert_eq!(entity(&ix, "Kabul").kind.as_str(), "place");
    assert_eq!(entity(&ix, "Crocus City Hall").mentions.len(), 2);
    let n = names(&ix);
    for not_a_name in [
        "However",
        "Welcome",
        "Back",
        "Top",
        "Thread Author",
        "March",
        "Thursday",
        "Observers",
    ] {
        assert!(!n.contains(&not_a_name), "{not_a_name}");
    }
    // Nationalities are their own kind, apart from the names they stand before.
    assert_eq!(entity(&ix, "Russian").kind, EntityKind::Nationality);
    assert_eq!(
        entity(&ix, "Russian Supreme Court").kind,
        EntityKind::Organisation
    );
}

#[test]
fn an_acronym_is_the_initials_of_the_name_the_corpus_names_most() {
    let ix = index(&[(
        "eu.txt",
        "The European Union met in Brussels on Monday. The European Union said the EU would \
         act. A European Union envoy flew to Mexico City, where the newspaper El Universal \
         reported the visit. The EU later thanked its hosts.",
    )]);
    let union = entity(&ix, "European Union");
    assert!(
        union.aliases.iter().any(|a| a == "EU"),
        "{:?}",
        union.aliases
    );
    assert!(
        !union.aliases.iter().any(|a| a == "El Universal"),
        "{:?}",
        union.aliases
    );
}

#[test]
fn a_country_short_form_is_not_the_initials_of_another_name() {
    let ix = index(&[(
        "k.txt",
        "Students of the University of Kinshasa marched on Monday. Aid from the UK arrived \
         later, and the UK said more would follow.",
    )]);
    let uk = entity(&ix, "UK");
    assert_eq!(uk.kind, EntityKind::Place);
    assert!(uk.aliases.is_empty(), "{:?}", uk.aliases);
}

#[test]
fn a_shared_surname_goes_to_the_person_its_document_names() {
    let ix = index(&[
        (
            "a.txt",
            "Senator Anna Kowalczyk spoke in Warsaw on Monday. Kowalczyk said the vote would \
             pass.",
        ),
        (
            "b.txt",
            "Her brother Piotr Kowalczyk runs a bakery in Gdansk. Kowalczyk opened it in 2001.",
        ),
    ]);
    let anna = entity(&ix, "Anna Kowalczyk");
    let piotr = entity(&ix, "Piotr Kowalczyk");
    assert_eq!(anna.mentions.len(), 2, "{:?}", anna.mentions);
    assert_eq!(piotr.mentions.len(), 2, "{:?}", piotr.mentions);
    assert!(anna.mentions.iter().all(|m| ix.doc_id(m.doc) == "a"));
    assert!(piotr.mentions.iter().all(|m| ix.doc_id(m.doc) == "b"));
}

#[test]
fn a_given_name_alone_is_no_surname_of_another() {
    // `Daniel` ends one full name and opens another: alone, it may be either person.
    let ix = index(&[
        (
            "a.txt",
            "Minister Owen Daniel opened the bridge in Lowtown on Monday. Daniel Price, \
             a singer, played at the opening.",
        ),
        (
            "b.txt",
            "Daniel Price sang for an hour. Fans said Daniel was the best part of the day.",
        ),
    ]);
    let owen = entity(&ix, "Owen Daniel");
    assert_eq!(owen.mentions.len(), 1, "{:?}", owen.mentions);
}

#[test]
fn a_first_name_alone_is_the_one_person_its_document_names_so() {
    let ix = index(&[
        (
            "a.txt",
            "Reporter Ivan Doyle was in the square on Monday. The crowd is calm tonight, Ivan \
             said later. Thanks, Ivan.",
        ),
        (
            "b.txt",
            "Engineer Ivan Petrov runs the bakery in Gdansk. Ivan opened it in 2001 with a loan.",
        ),
        (
            "c.txt",
            "Reporter Ivan Doyle and engineer Ivan Petrov met on Monday. Ivan spoke first.",
        ),
    ]);
    let doyle = entity(&ix, "Ivan Doyle");
    let petrov = entity(&ix, "Ivan Petrov");
    let docs = |e: &Entity| -> Vec<&str> { e.mentions.iter().map(|m| ix.doc_id(m.doc)).collect() };
    // Each document's lone `Ivan` is the one Ivan it names in full; where it names two, the
    // first name stays apart.
    assert_eq!(
        docs(doyle).iter().filter(|d| **d == "a").count(),
        3,
        "{:?}",
        doyle.mentions
    );
    assert_eq!(
        docs(petrov).iter().filter(|d| **d == "b").count(),
        2,
        "{:?}",
        petrov.mentions
    );
    assert_eq!(
        docs(doyle).iter().filter(|d| **d == "c").count(),
        1,
        "{:?}",
        doyle.mentions
    );
    assert_eq!(
        docs(petrov).iter().filter(|d| **d == "c").count(),
        1,
        "{:?}",
        petrov.mentions
    );
}

#[test]
fn a_short_form_of_a_given_name_is_the_same_person() {
    let ix = index(&[
        (
            "a.txt",
            "Treasury Secretary Henry Doyle spoke in Washington on Monday about the budget.",
        ),
        (
            "b.txt",
            "Hank Doyle told reporters the plan would pass. Doyle was confident.",
        ),
    ]);
    let doyle = entity(&ix, "Henry Doyle");
    assert_eq!(doyle.mentions.len(), 3, "{:?}", names(&ix));
    // Not when the corpus names another Doyle whose first name is neither.
    let ix = index(&[
        (
            "a.txt",
            "Treasury Secretary Henry Doyle spoke in Washington on Monday about the budget.",
        ),
        (
            "b.txt",
            "Hank Doyle told reporters the plan would pass, and his cousin Maria Doyle agreed.",
        ),
    ]);
    assert!(names(&ix).contains(&"Hank Doyle"), "{:?}", names(&ix));
    // Nor two different given names.
    let ix = index(&[
        (
            "a.txt",
            "Senator Henry Doyle spoke in Washington on Monday about the budget.",
        ),
        (
            "b.txt",
            "Senator Harold Doyle told reporters the plan would pass.",
        ),
    ]);
    assert!(names(&ix).contains(&"Harold Doyle"), "{:?}", names(&ix));
}

#[test]
fn a_full_name_with_a_middle_name_and_a_misspelt_title_do_not_split_a_surname() {
    let ix = index(&[
        (
            "a.txt",
            "Senator Anna Kowalczyk spoke in Warsaw on Monday about the budget and the vote.",
        ),
        (
            "b.txt",
            "Anna Maria Kowalczyk was born in Gdansk and studied law in Krakow before politics.",
        ),
        (
            "c.txt",
            "Kowalczyk told reporters the vote would pass. Readers wrote that Senatr Kowalczyk \
             was right.",
        ),
    ]);
    // The longer full name is the same person; the surname alone in a document that names
    // no one in full goes to her, the misspelt title's "full name" notwithstanding.
    let anna = entity(&ix, "Anna Maria Kowalczyk");
    let docs: Vec<&str> = anna.mentions.iter().map(|m| ix.doc_id(m.doc)).collect();
    assert!(
        docs.contains(&"a") && docs.contains(&"b") && docs.contains(&"c"),
        "{docs:?}"
    );
    assert!(!names(&ix).contains(&"Kowalczyk"), "{:?}", names(&ix));
    // Two people of one surname, both named in full: the surname alone stays apart.
    let ix = index(&[
        (
            "a.txt",
            "Senator Anna Kowalczyk spoke in Warsaw on Monday about the budget.",
        ),
        (
            "b.txt",
            "Her brother Piotr Kowalczyk runs a bakery in Gdansk near the port.",
        ),
        (
            "c.txt",
            "Kowalczyk told reporters that the vote would pass on Friday.",
        ),
    ]);
    assert!(names(&ix).contains(&"Kowalczyk"), "{:?}", names(&ix));
}

/// Each mention of a one-article corpus as its text and its entity's kind.
fn mentions(text: &str) -> Vec<(String, &'static str)> {
    let ix = index(&[("a.txt", text)]);
    let mut out: Vec<(u32, u32, String, &'static str)> = ix
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(|m| (m.sentence, m.start, m.text.clone(), e.kind.as_str()))
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, _, t, k)| (t, k)).collect()
}

/// A case of [`check_tidy`]: the words of a line (split on spaces), the tagger's spans as
/// word ranges, and the names they are cut to.
type TidyCase<'a> = (&'a str, &'a [(usize, usize)], &'a [&'a str]);

/// Checks the rules of [`rules::tidy`] on cases.
fn check_tidy(cases: &[TidyCase]) {
    for &(line, spans, expected) in cases {
        let words: Vec<String> = line.split(' ').map(String::from).collect();
        let mut spans: Vec<rules::Span> = spans
            .iter()
            .map(|&(a, b)| (a, b, tag::NerType::Per))
            .collect();
        rules::tidy(&words, &mut spans, &read::Casing::default());
        let got: Vec<String> = spans
            .iter()
            .map(|&(a, b, _)| words[a..b].join(" "))
            .collect();
        assert_eq!(got, expected, "{line}");
    }
}

#[test]
fn scores_and_statistics_are_cut_from_names() {
    check_tidy(&[
        // A scorecard's row: the runs end the line.
        (
            "M. Okafor c Lind b Pellew 45",
            &[(0, 7)],
            &["M. Okafor", "Lind", "Pellew"],
        ),
        // Bowling figures, with their dashes.
        (
            "Bowling : Pellew 10-1-32-3 , Lind 8-0-41-1",
            &[(2, 4), (5, 7)],
            &["Pellew", "Lind"],
        ),
        // A line of scores: each team's figure goes.
        (
            "Highfield 2 Lowmoor 1",
            &[(0, 1), (2, 4)],
            &["Highfield", "Lowmoor"],
        ),
        // Innings and innings: another figure follows.
        (
            "Northshire 290 and 329 , Eastshire 372 and 100-5 .",
            &[(5, 7)],
            &["Eastshire"],
        ),
        // A time in a table of results.
        ("9. Marta Lind 1:34", &[(1, 4)], &["Marta Lind"]),
        // A table's row of figures is no name at all.
        ("Highfield 4 1 0 3 4 8 3", &[(6, 8)], &[]),
        // Figures that belong to names stay.
        ("Traffic on Route 9 was slow .", &[(2, 4)], &["Route 9"]),
        ("the Apollo 11 crew landed", &[(1, 3)], &["Apollo 11"]),
        (
            "He missed Euro 96 through injury .",
            &[(2, 4)],
            &["Euro 96"],
        ),
    ]);
}

#[test]
fn lower_case_words_no_name_holds_split_a_span() {
    check_tidy(&[
        (
            "R. Dufresne lbw b Pellew 12",
            &[(0, 5)],
            &["R. Dufresne", "Pellew"],
        ),
        (
            "the Doctor Who serial Kinda aired",
            &[(1, 5)],
            &["Doctor Who", "Kinda"],
        ),
        // Particles and grammar words stand inside names.
        (
            "Ludwig van der Berg spoke",
            &[(0, 4)],
            &["Ludwig van der Berg"],
        ),
        (
            "the Bank of Upper Volta said",
            &[(1, 5)],
            &["Bank of Upper Volta"],
        ),
        (
            "the Palestinian self-rule Authority met",
            &[(1, 4)],
            &["Palestinian self-rule Authority"],
        ),
    ]);
}

#[test]
fn a_scorecard_reads_as_names() {
    let m = mentions(
        "Highfield beat Lowmoor by six wickets on Sunday after Tomas Marsh made 45.\n\n\
         Highfield innings\n\n\
         T. Marsh c Okonjo b Pellew 45\n\n\
         R. Dufresne lbw b Pellew 12\n\n\
         Bowling: Pellew 10-1-32-3, Okonjo 8-0-41-1\n",
    );
    let texts: Vec<&str> = m.iter().map(|(t, _)| t.as_str()).collect();
    for name in ["T. Marsh", "Okonjo", "Pellew", "R. Dufresne"] {
        assert!(texts.contains(&name), "{name}: {m:?}");
    }
    assert!(
        texts
            .iter()
            .all(|t| !t.contains(char::is_numeric) && !t.contains(" b ")),
        "{m:?}"
    );
}

const RESULTS: &str = "Results on Saturday\n\n\
    Portugal 3 Estonia 0\n\n\
    Hartwell 2 Morley 1\n\n\
    Aid workers said Iraqi Kurds and Bosnian Serbs had fled, and French Canadian voters waited.\n\n\
    Morley's captain Dan Hartwell scored twice.\n\n\
    Dan Pellew took three wickets for Lowmoor on Sunday.\n\n\
    T. Marsh c Okonjo b Pellew 45\n\n\
    R. Dufresne lbw b Pellew 12\n";

#[test]
fn a_country_in_a_line_of_scores_stays_a_place() {
    let m = mentions(RESULTS);
    for country in ["Portugal", "Estonia"] {
        assert!(m.contains(&(country.into(), "place")), "{country}: {m:?}");
    }
    // A club named after a town is a team.
    assert!(m.contains(&("Morley".into(), "organisation")), "{m:?}");
}

#[test]
fn nationalities_side_by_side_are_one() {
    let m = mentions(RESULTS);
    for people in ["Iraqi Kurds", "Bosnian Serbs", "French Canadian"] {
        assert!(
            m.contains(&(people.into(), "nationality")),
            "{people}: {m:?}"
        );
    }
    assert!(
        !m.iter().any(|(t, _)| t == "Kurds" || t == "Iraqi"),
        "{m:?}"
    );
}

#[test]
fn a_person_named_in_full_is_a_person_in_a_scorecard_too() {
    let ix = index(&[("a.txt", RESULTS)]);
    // The tagger reads `b Pellew 45` as some other name; the full name decides.
    let pellew = entity(&ix, "Dan Pellew");
    assert_eq!(pellew.kind, EntityKind::Person);
    assert_eq!(pellew.aliases, ["Pellew"]);
    assert_eq!(pellew.mentions.len(), 3);
    // A team is no person's surname.
    let hartwell = entity(&ix, "Dan Hartwell");
    assert!(hartwell.aliases.is_empty(), "{:?}", hartwell.aliases);
    assert_eq!(entity(&ix, "Hartwell").kind, EntityKind::Organisation);
}

#[test]
fn a_nationality_before_a_person_named_in_full_stands_apart() {
    let m = mentions(
        "Aid workers met on Monday. On Sunday, Australian Tom Pellegrini won the final, and \
         the Australian Open starts in January. The German Foreign Ministry said nothing.",
    );
    assert!(m.contains(&("Australian".into(), "nationality")), "{m:?}");
    assert!(m.contains(&("Tom Pellegrini".into(), "person")), "{m:?}");
    assert!(
        !m.iter().any(|(t, _)| t == "Australian Tom Pellegrini"),
        "{m:?}"
    );
    // Not a given name: the nationality stays inside the name.
    assert!(
        !m.iter()
            .any(|(t, _)| t == "Open" || t == "Foreign Ministry"),
        "{m:?}"
    );
}

#[test]
fn a_team_in_a_table_keeps_all_its_words() {
    let m = mentions(
        "Standings\n\nOxford 4 1 0 3 6 5 3\n\nManchester City 3 1 0 2 2 3 3\n\n\
         Port Vale 4 1 2 1 4 4 5\n\nThe club moved to Manchester in 1990.\n",
    );
    for team in ["Oxford", "Manchester City", "Port Vale"] {
        assert!(m.contains(&(team.into(), "organisation")), "{team}: {m:?}");
    }
    assert!(m.contains(&("Manchester".into(), "place")), "{m:?}");
    assert!(!m.iter().any(|(t, _)| t == "Vale" || t == "City"), "{m:?}");
}

#[test]
fn a_name_joined_to_a_participle_is_a_word_of_its_own() {
    let m = mentions(
        "Shares of Lisbon-based Tagus Holdings rose on Monday. A New York-based group and \
         U.N.-backed monitors said the Marrow River bridge was shut. Family-owned Pellew & \
         Okonjo said it would reopen; the family has run it since 1950.",
    );
    for word in ["Lisbon-based", "New York-based", "U.N.-backed"] {
        assert!(m.contains(&(word.into(), "other")), "{word}: {m:?}");
    }
    assert!(m.iter().any(|(t, _)| t == "Tagus Holdings"), "{m:?}");
    assert!(m.iter().any(|(t, _)| t == "Pellew & Okonjo"), "{m:?}");
    assert!(!m.iter().any(|(t, _)| t.starts_with("Family")), "{m:?}");
}

/// A made-up corpus and two names written in it: one entity, or two.
struct SpellingCase {
    why: &'static str,
    files: &'static [(&'static str, &'static str)],
    a: &'static str,
    b: &'static str,
    one: bool,
}

/// The entity that has a mention written `text`.
fn entity_of<'a>(index: &'a Index, text: &str) -> &'a Entity {
    index
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == text))
        .unwrap_or_else(|| {
            let written: Vec<_> = index
                .entities
                .iter()
                .flat_map(|e| &e.mentions)
                .map(|m| &m.text)
                .collect();
            panic!("no mention {text}: {written:?}")
        })
}

fn check_spellings(cases: &[SpellingCase]) {
    for c in cases {
        let ix = index(c.files);
        let (a, b) = (entity_of(&ix, c.a), entity_of(&ix, c.b));
        assert_eq!(
            a.id == b.id,
            c.one,
            "{}: {} ({}) and {} ({})",
            c.why,
            c.a,
            a.name,
            c.b,
            b.name
        );
    }
}

/// A third article on something else, so that what the first two share is rare.
const ELSEWHERE: (&str, &str) = (
    "z.txt",
    "Farmers in Iowa expect a good harvest this year, the Department of Agriculture said.",
);

#[test]
fn spellings_of_one_name_are_one_entity() {
    check_spellings(&[
        SpellingCase {
            why: "accents",
            files: &[
                ("a.txt", "Prices rose in São Paulo on Monday, traders said."),
                ("b.txt", "Traders in Sao Paulo expect more gains this week."),
            ],
            a: "São Paulo",
            b: "Sao Paulo",
            one: true,
        },
        SpellingCase {
            why: "a hyphen or a space",
            files: &[
                (
                    "a.txt",
                    "President Bashar Al-Assad met envoys in Damascus on Monday.",
                ),
                (
                    "b.txt",
                    "On Tuesday, Bashar Al Assad spoke on state television from Damascus.",
                ),
            ],
            a: "Bashar Al-Assad",
            b: "Bashar Al Assad",
            one: true,
        },
        SpellingCase {
            why: "a transliteration of a surname, the given name the same, rare context shared",
            files: &[
                (
                    "a.txt",
                    "Libyan leader Moammar Gaddafi spoke in Tripoli on Monday. Rebels in \
                     Misrata rejected the offer.",
                ),
                (
                    "b.txt",
                    "Moammar Qaddafi vowed to fight on, rebels in Misrata said on Tuesday.",
                ),
                ELSEWHERE,
            ],
            a: "Moammar Gaddafi",
            b: "Moammar Qaddafi",
            one: true,
        },
        SpellingCase {
            why: "the surname alone follows its full name's spelling",
            files: &[
                (
                    "a.txt",
                    "Libyan leader Moammar Gaddafi spoke in Tripoli on Monday. Rebels in \
                     Misrata rejected the offer. Gaddafi said he would stay.",
                ),
                (
                    "b.txt",
                    "Moammar Qaddafi vowed to fight on, rebels in Misrata said on Tuesday. \
                     Qaddafi's forces shelled the port.",
                ),
                ELSEWHERE,
            ],
            a: "Gaddafi",
            b: "Qaddafi",
            one: true,
        },
        SpellingCase {
            why: "a transliteration of a given name, the regnal number the same",
            files: &[
                (
                    "a.txt",
                    "King Mohammed VI of Morocco opened the new port in Tangier on Monday.",
                ),
                (
                    "b.txt",
                    "Morocco's King Muhammad VI visited Tangier again on Friday.",
                ),
                ELSEWHERE,
            ],
            a: "Mohammed VI",
            b: "Muhammad VI",
            one: true,
        },
        SpellingCase {
            why: "a place written two ways, rare context shared",
            files: &[
                (
                    "a.txt",
                    "Tourists were back in Marrakesh after the storm, officials in Rabat said.",
                ),
                (
                    "b.txt",
                    "Hotels in Marrakech reopened on Tuesday, officials in Rabat said.",
                ),
                ELSEWHERE,
            ],
            a: "Marrakesh",
            b: "Marrakech",
            one: true,
        },
        SpellingCase {
            why: "an organisation written two ways",
            files: &[
                (
                    "a.txt",
                    "Officials said the bombing in Aden on Monday was the work of Al-Qaeda.",
                ),
                (
                    "b.txt",
                    "A statement from Al-Qaida was posted online, officials in Aden said.",
                ),
                ELSEWHERE,
            ],
            a: "Al-Qaeda",
            b: "Al-Qaida",
            one: true,
        },
    ]);
}

#[test]
fn different_names_of_one_skeleton_stay_apart() {
    check_spellings(&[
        SpellingCase {
            why: "two spellings of a given name in one document are two people",
            files: &[
                (
                    "a.txt",
                    "Mary Williams, born in 1807, married Evan Joseph in Beaufort. Mari \
                     Williams from Wiltshire is looking for her relatives in Beaufort.",
                ),
                ELSEWHERE,
            ],
            a: "Mary Williams",
            b: "Mari Williams",
            one: false,
        },
        SpellingCase {
            why: "surnames one letter apart, different given names",
            files: &[
                (
                    "a.txt",
                    "Coach Peter Jansen praised the team in Utrecht on Sunday.",
                ),
                (
                    "b.txt",
                    "The striker Karl Jensen scored twice in Utrecht on Sunday.",
                ),
                ELSEWHERE,
            ],
            a: "Peter Jansen",
            b: "Karl Jensen",
            one: false,
        },
        SpellingCase {
            why: "a surname alone, when a spelling of it names another person",
            files: &[
                (
                    "a.txt",
                    "Coach Peter Jansen praised the team in Utrecht on Sunday.",
                ),
                (
                    "b.txt",
                    "The striker Karl Jensen scored twice in Utrecht on Sunday.",
                ),
                ("c.txt", "Jansen said the season was far from over."),
                ELSEWHERE,
            ],
            a: "Jansen",
            b: "Peter Jansen",
            one: false,
        },
        SpellingCase {
            why: "one given name, surnames one letter apart, nothing rare shared",
            files: &[
                (
                    "a.txt",
                    "Coach Peter Jansen praised the team in Utrecht on Sunday.",
                ),
                (
                    "b.txt",
                    "Peter Jensen opened a bakery in Bergen last spring.",
                ),
                ELSEWHERE,
            ],
            a: "Peter Jansen",
            b: "Peter Jensen",
            one: false,
        },
        SpellingCase {
            why: "no word written the same is long enough",
            files: &[
                ("a.txt", "Minister Ali Hassan spoke in Basra on Monday."),
                ("b.txt", "Ali Hasan, a trader, was in Basra on Monday."),
                ELSEWHERE,
            ],
            a: "Ali Hassan",
            b: "Ali Hasan",
            one: false,
        },
        SpellingCase {
            why: "given names alone name no one in particular",
            files: &[
                ("a.txt", "Mary Ann sang at the chapel in Aberaeron in 1890."),
                (
                    "b.txt",
                    "Mary Anne wrote to the chapel in Aberaeron from Ohio.",
                ),
                ELSEWHERE,
            ],
            a: "Mary Ann",
            b: "Mary Anne",
            one: false,
        },
        SpellingCase {
            why: "two names in one sentence are two things",
            files: &[
                (
                    "a.txt",
                    "The family lived on Forest Road and later on Forrest Road in Leeds.",
                ),
                ELSEWHERE,
            ],
            a: "Forest Road",
            b: "Forrest Road",
            one: false,
        },
    ]);
}

#[test]
fn one_countrys_names_are_one_place() {
    let ix = index(&[
        (
            "a.txt",
            "Britain sent two ships to the strait on Monday. The UK navy said the ships would \
             stay a week. America said it would send a ship too.",
        ),
        (
            "b.txt",
            "The United States and Britain agreed on the patrols. The US envoy met the \
             minister in London on Tuesday.",
        ),
    ]);
    let britain = ix
        .entities
        .iter()
        .find(|e| e.name == "Britain" || e.name == "UK")
        .expect("Britain");
    let mut forms = britain.aliases.clone();
    forms.push(britain.name.clone());
    assert!(
        forms.contains(&"Britain".to_string()) && forms.contains(&"UK".to_string()),
        "{forms:?}"
    );
    let us = ix
        .entities
        .iter()
        .find(|e| e.name == "United States")
        .expect("United States");
    assert!(
        us.aliases.contains(&"America".to_string()),
        "{:?}",
        us.aliases
    );
    assert!(us.aliases.contains(&"US".to_string()), "{:?}", us.aliases);
    // London is not Britain.
    assert!(!forms.contains(&"London".to_string()));
}

#[test]
fn what_the_text_calls_a_drug_or_a_network_it_is() {
    let ix = index(&[
        (
            "a.txt",
            "Doctors gave the patients the antiviral drug Zanavir on Monday. Supplies of the \
             drug Zanavir ran low by Friday. Zanavir is made in Basel.",
        ),
        (
            "b.txt",
            "The news network Al Falah showed the protests live. Reporters of the network Al \
             Falah were arrested. Al-Falah said its office was closed. Al Falah news network \
             staff left.",
        ),
    ]);
    assert_eq!(entity(&ix, "Zanavir").kind, EntityKind::Other);
    assert_eq!(entity(&ix, "Al Falah").kind, EntityKind::Organisation);
}

#[test]
fn an_organisations_name_stays_whole() {
    let m = mentions(
        "The U.S. Centers for Disease Control and Prevention said the virus was new. \
         The banned Muslim Brotherhood said 35 people were injured. State TV said the \
         curfew would hold.",
    );
    assert!(
        m.contains(&(
            "Centers for Disease Control and Prevention".into(),
            "organisation"
        )),
        "{m:?}"
    );
    assert!(
        m.contains(&("Muslim Brotherhood".into(), "organisation")),
        "{m:?}"
    );
    assert!(
        !m.iter().any(|(t, _)| t == "Disease Control" || t == "TV"),
        "{m:?}"
    );
}

#[test]
fn a_disease_named_after_a_people_is_no_mention_of_them() {
    let m = mentions(
        "The Spanish flu of 1918 killed millions. Spanish doctors met in Madrid on Monday.",
    );
    assert_eq!(m.iter().filter(|(t, _)| t == "Spanish").count(), 1, "{m:?}");
}
