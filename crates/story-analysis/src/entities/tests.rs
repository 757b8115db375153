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
            let s = &ix.document(&m.doc).unwrap().sentences[m.sentence as usize].text;
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
    assert!(anna.mentions.iter().all(|m| m.doc == "a"));
    assert!(piotr.mentions.iter().all(|m| m.doc == "b"));
}
