//! Furniture by its own words, and furniture by recurrence across an outlet's pages.

use super::*;
use story_core::Sentence;

#[test]
fn the_data_file_is_read_whole() {
    let data = include_str!("../../data/furniture.txt");
    let lines = data
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .count();
    let p = patterns();
    assert_eq!(
        p.rules.len() + p.cues.len(),
        lines,
        "a line of the data file was not read"
    );
}

#[test]
fn lines_are_classified_by_their_words() {
    let p = patterns();
    for (text, want) in [
        (
            "Views expressed in the comments do not represent those of Reuters.",
            Some(Furniture::Comments),
        ),
        ("At 5:03 pm, Jo wrote:", Some(Furniture::Comments)),
        ("Kim_L wrote:", Some(Furniture::Comments)),
        (
            "At 18:55 3rd May 2011, reader_77 wrote: The council should never have sold the land.",
            Some(Furniture::Comments),
        ),
        ("The mayor wrote: the plan is dead.", None),
        (
            "8th November 2011 - 17:42 This comment was removed because the moderators found it broke the house rules.",
            Some(Furniture::Comments),
        ),
        ("This comment has been removed by a moderator.", Some(Furniture::Comments)),
        ("The minister's comment was removed from the record.", None),
        ("In his letter to the board, the minister wrote:", None),
        ("Photo: Lee Park / Courier", Some(Furniture::Caption)),
        ("Photographers were kept away from the site.", None),
        ("Share this article", Some(Furniture::Promotion)),
        (
            "The newsroom is closing this live page for the night.",
            Some(Furniture::Chrome),
        ),
        (
            "The opinions expressed in this commentary are solely those of Jo Park.",
            Some(Furniture::Chrome),
        ),
        ("Gallery: Crowds fill the square", Some(Furniture::Media)),
        (
            "As it happened: Valley floods 14 Jan Live coverage following Tuesday's flood, in which hundreds are feared to have lost their homes.",
            Some(Furniture::Promotion),
        ),
        (
            "As it happened, the river rose again on Friday and the bridge closed.",
            None,
        ),
        (
            "The gallery: a room of river paintings reopened to visitors on Monday after the flood damage was repaired.",
            None,
        ),
        (
            "Readers of this live page during the flood sent over 900 photographs of the river to the council's appeal.",
            None,
        ),
        ("Get details from our partner station KXRT.", Some(Furniture::Promotion)),
        ("Click the audio player to hear the full story:", Some(Furniture::Promotion)),
        ("Read the full statement here.", Some(Furniture::Promotion)),
        (
            "Read the full text of a letter the minister wrote to the board in 2004, which the court published on Monday with its ruling.",
            None,
        ),
        ("Clicks and taps on the site fell by half.", None),
        (
            "Also available on satellite and online, and via social media",
            Some(Furniture::Media),
        ),
        ("Shares fell sharply.", None),
        ("By Dana Reyes", Some(Furniture::Byline)),
        ("By Monday the river had fallen.", None),
        ("by the river", None),
        (
            "The Courier's Dana Reyes, Lee Park and Sam Ortiz contributed to this report.",
            Some(Furniture::Byline),
        ),
        (
            "Heavy rain contributed to the collapse of the bridge.",
            None,
        ),
        ("The Courier's Dana Reyes reports.", Some(Furniture::Byline)),
        (
            "The health ministry in the capital of the province reports.",
            None,
        ),
        (
            "This is an edited extract from Dana Reyes's new book on the river, published by Harbour Press.",
            Some(Furniture::Chrome),
        ),
        (
            "Editor's note: Dana Reyes was the network's correspondent in the city in 1998.",
            Some(Furniture::Chrome),
        ),
        (
            "The five most popular stories on courier.example in the past 24 hours: Floods close the bridge.",
            Some(Furniture::Promotion),
        ),

        ("© 2024 The Gazette", Some(Furniture::Copyright)),
        ("Copyright 2010 Reuters", Some(Furniture::Copyright)),
        ("Copyright law was changed in 2003.", None),
        (
            "To play this content JavaScript must be turned on.",
            Some(Furniture::Media),
        ),
        ("The court annulled the designation.", None),
        ("", None),
    ] {
        assert_eq!(p.classify(text), want, "{text:?}");
    }
    assert!(p.is_link_list_heading("Related articles:"));
    assert!(!p.is_link_list_heading("Related matters came up."));
}

fn doc(id: &str, outlet: Option<&str>, day: &str, sentences: &[&str]) -> Document {
    Document {
        id: id.to_string(),
        source: outlet.map(str::to_string),
        published: Some(day.to_string()),
        sentences: (0u32..)
            .zip(sentences)
            .map(|(i, t)| Sentence {
                text: t.to_string(),
                paragraph: i,
                ..Sentence::default()
            })
            .collect(),
        ..Document::default()
    }
}

fn texts(d: &Document) -> Vec<&str> {
    d.sentences.iter().map(|s| s.text.as_str()).collect()
}

const PROMO: &str = "Time for a change of scene.";
const BACKGROUND: &str = "The dam was built in 1962 to hold back spring floods.";

/// Four pages of one outlet on four days: a promotion at each page's foot, a background
/// sentence in the middle of three of them.
fn outlet_pages(outlet: Option<&str>) -> Vec<Document> {
    (1..=4)
        .map(|i| {
            let mut body = vec![
                format!("The river rose {i} metres on day {i}."),
                format!("Crews worked through night number {i} of the flood."),
            ];
            if i < 4 {
                body.push(BACKGROUND.to_string());
            }
            body.push(format!("Officials gave update number {i} at noon."));
            body.push(PROMO.to_string());
            let body: Vec<&str> = body.iter().map(String::as_str).collect();
            doc(&format!("d{i}"), outlet, &format!("2024-03-0{i}"), &body)
        })
        .collect()
}

#[test]
fn a_line_an_outlet_prints_at_the_foot_of_its_pages_is_furniture_and_background_stays() {
    for outlet in [Some("The Gazette"), None] {
        let mut docs = outlet_pages(outlet);
        let judged = remove_recurring(&mut docs);
        assert_eq!(judged.len(), 1, "{judged:?}");
        assert_eq!(judged[0].1, Evidence::Edge);
        for d in &docs {
            assert!(!texts(d).contains(&PROMO), "{:?}", texts(d));
            assert_eq!(d.removed.len(), 1);
            assert_eq!(d.removed[0].reason, Furniture::Recurring);
            assert_eq!(d.removed[0].text, PROMO);
        }
        assert!(texts(&docs[0]).contains(&BACKGROUND));
    }
}

#[test]
fn wire_copy_shared_by_outlets_is_story() {
    let mut docs = outlet_pages(Some("The Gazette"));
    docs.push(doc(
        "other",
        Some("The Courier"),
        "2024-03-02",
        &["Rain.", PROMO],
    ));
    let judged = remove_recurring(&mut docs);
    assert!(judged.is_empty(), "{judged:?}");
    assert!(docs.iter().all(|d| d.removed.is_empty()));
}

#[test]
fn the_same_days_pages_prove_nothing() {
    let mut docs = outlet_pages(Some("The Gazette"));
    for d in &mut docs {
        d.published = Some("2024-03-01".to_string());
    }
    assert!(remove_recurring(&mut docs).is_empty());
}

#[test]
fn a_recurring_sentence_about_the_site_or_inside_a_furniture_block_is_furniture() {
    let cue = "Readers can send comments to the desk at any hour.";
    let inside = "Nothing to see in this part of the page at all.";
    let mut docs: Vec<Document> = (1..=3)
        .map(|i| {
            doc(
                &format!("d{i}"),
                Some("The Gazette"),
                &format!("2024-03-0{i}"),
                &[
                    &format!("The river rose {i} metres."),
                    cue,
                    inside,
                    "Views of the comments desk are its own and nobody else's.",
                    &format!("Crews worked on day {i}."),
                    &format!("It rained again on day {i}."),
                ],
            )
        })
        .collect();
    let judged = remove_recurring(&mut docs);
    let evidence: Vec<Evidence> = judged.iter().map(|(_, e)| *e).collect();
    assert_eq!(
        evidence,
        [Evidence::Cue, Evidence::Cue, Evidence::Neighbour]
    );
    assert_eq!(
        texts(&docs[0]),
        [
            "The river rose 1 metres.",
            "Crews worked on day 1.",
            "It rained again on day 1."
        ]
    );
    // The removed sentences are kept in the order of the text.
    let removed: Vec<&str> = docs[0].removed.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        removed,
        [
            cue,
            inside,
            "Views of the comments desk are its own and nobody else's."
        ]
    );
}

#[test]
fn a_title_made_from_a_removed_sentence_is_made_again() {
    let mut docs = outlet_pages(Some("The Gazette"));
    for d in &mut docs {
        d.sentences.rotate_right(1);
        for (i, s) in (0u32..).zip(d.sentences.iter_mut()) {
            s.paragraph = i;
        }
        d.title = PROMO.to_string();
        d.title_basis = story_core::TitleBasis::FirstSentence;
    }
    remove_recurring(&mut docs);
    assert_eq!(docs[0].title, "The river rose 1 metres on day 1.");
}

#[test]
fn sentences_that_differ_in_their_figures_are_not_furniture_however_many() {
    // Every page of a large corpus says the same thing with other figures.
    let mut docs: Vec<Document> = (0..200)
        .map(|i| {
            let mut d = doc(
                &format!("n{i}"),
                None,
                "",
                &[&format!("Note {i} was filed in {}.", 1990 + i % 35)],
            );
            d.published = None;
            d
        })
        .collect();
    assert!(remove_recurring(&mut docs).is_empty());
    assert!(docs.iter().all(|d| d.sentences.len() == 1));
}

#[test]
fn a_signed_comment_section_runs_from_the_posts_signature_to_the_end() {
    let page = [
        "Senators met on Tuesday to discuss the plan.",
        "The vote is expected on Friday.",
        "By Jo Park | September 24, 2008; 5:15 PM ET \"Great piece.",
        "I disagree with all of it.",
        "| September 25, 2008 1:51 PM | Report abuse Nonsense from start to end.",
        "Posted by: kim | September 25, 2008 9:35 AM | Report abuse It is a shame.",
        "Really? Posted by: Lee R | September 25, 2008 4:32 AM | Report abuse Too late.",
    ];
    assert_eq!(comment_section_start(&page), Some(2));
    // Without the post's signature, the section starts at the first comment's.
    assert_eq!(comment_section_start(&page[3..]), Some(1));
    // Two signed comments are not yet a section; a table of times is none.
    assert_eq!(comment_section_start(&page[..6]), None);
    let table = [
        "Departures | Gate | Time",
        "Flight 12 | B4 | May 4, 2009 10:36 AM",
        "Flight 19 | B6 | May 4, 2009 11:02 AM",
        "Flight 23 | C1 | May 4, 2009 11:40 AM",
    ];
    assert_eq!(comment_section_start(&table), None);
    // A blog platform's comments open with their stamp.
    let blog = [
        "Protesters filled the square again on Friday.",
        "January 31, 2011 at 4:30 pm | The need for freedom lives in all of us.",
        "No media can make that look good.",
        "January 31, 2011 at 4:41 pm | Technology is only a tool.",
        "January 31, 2011 at 5:02 pm | Reply I agree with the last one.",
    ];
    assert_eq!(comment_section_start(&blog), Some(1));
    // A story that quotes a byline-like line keeps its text.
    assert_eq!(
        comment_section_start(&["By the end of May 2009, 10:30 was the deadline | said one."]),
        None
    );
}

#[test]
fn furniture_run_into_a_sentence_is_cut_where_it_starts() {
    let p = patterns();
    // Story before it stays.
    let s = "The council will vote on the plan next week, said the mayor Your email address will not be published.";
    let (kind, at) = p.classify_sentence(s).expect("furniture");
    assert_eq!(kind, Furniture::Comments);
    assert_eq!(
        &s[..at],
        "The council will vote on the plan next week, said the mayor "
    );
    // A comment's head before a moderation notice is furniture too: nothing stays.
    let s = "At 10:16 1st May 2009, jo99 wrote: This comment was removed because the moderators found it broke the house rules.";
    assert_eq!(p.classify_sentence(s), Some((Furniture::Comments, 0)));
}

#[test]
fn an_opinion_page_s_note_on_its_writer_is_furniture() {
    let column = [
        "The valley cannot keep rebuilding the same dam every decade.",
        "We should move the farms to higher ground.",
        "Jo Park is professor of hydrology at the University of the Lower Valley.",
    ];
    let titled = [
        "Rebuilding the dam will cost more than moving the farms.",
        "Ana Ruiz, director of the Valley Institute, was water secretary from 1990 to 1994.",
    ];
    let mut docs = vec![
        doc("column", Some("The Gazette"), "2024-03-01", &column),
        doc("titled", Some("The Gazette"), "2024-03-02", &titled),
    ];
    remove_author_notes(&mut docs);
    for (d, note) in docs.iter().zip([column[2], titled[1]]) {
        assert!(!texts(d).contains(&note), "{:?}", texts(d));
        assert_eq!(d.removed.len(), 1);
        assert_eq!(d.removed[0].reason, Furniture::Byline);
    }
    // A person the article has named is its subject: the line about them is story. So is a
    // line that says no role, and an article of that one line.
    let report = [
        "Jo Park warned last year that the dam would fail.",
        "Jo Park is professor of hydrology at the University of the Lower Valley.",
    ];
    let no_role = [
        "The dam failed on Monday.",
        "Jo Park is sure it will be rebuilt.",
    ];
    let mut docs = vec![
        doc("report", Some("The Gazette"), "2024-03-01", &report),
        doc("no-role", Some("The Gazette"), "2024-03-01", &no_role),
        doc("alone", Some("The Gazette"), "2024-03-01", &[column[2]]),
    ];
    remove_author_notes(&mut docs);
    assert!(docs.iter().all(|d| d.removed.is_empty()));
}
