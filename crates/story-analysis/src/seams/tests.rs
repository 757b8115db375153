use story_core::{Document, Sentence};

use super::split;

/// The corpus writes `health`, `rescue`, `this` and `the` in lower case mid-sentence (ten times
/// or more), `Health` never; `an` and `however` ten times.
const BACKGROUND: &[&str] = &[
    "Officials of the health ministry met on Monday.",
    "A health warning was issued for the region.",
    "Doctors said the health risk was low.",
    "Teams said the rescue would go on for days.",
    "The rescue teams worked through the night.",
    "Volunteers joined the rescue of the trapped.",
    "The minister visited the Grand Hotel in the capital.",
    "Its health budget and the rescue budget grew.",
    "Local health workers and rescue crews met in the square.",
    "The report on health care said the rescue service was slow.",
    "Mental health and child health came up in the debate.",
    "She spoke of public health, the rescue dogs and the cold.",
    "A rescue plan and a health plan were agreed.",
    "Animal health experts joined the rescue effort.",
    "The rescue ended when the health checks were done.",
    "In this town this year, this rescue and this plan took this long, this time as in this way this winter, this spring and this summer.",
    "However, the crews said that, however late, however cold, however wet, however dark and however tired, the rescue would go on, however long it took, however hard, however far, however costly and however slow.",
    "Crews built an office, an annex, an extra shed, an oven, an arch, an inn, an igloo, an atrium, an orchard and an aviary.",
];

fn document(sentences: &[&str]) -> Document {
    Document {
        id: "d".into(),
        sentences: sentences
            .iter()
            .enumerate()
            .map(|(k, t)| Sentence {
                text: t.to_string(),
                paragraph: k as u32,
                ..Sentence::default()
            })
            .collect(),
        ..Document::default()
    }
}

/// The sentences of the test document after the corpus (`background` and it) is split.
fn pieces(background: &[&str], text: &str) -> Vec<String> {
    let mut docs = vec![document(background), document(&[text])];
    split(&mut docs);
    docs[1].sentences.iter().map(|s| s.text.clone()).collect()
}

#[test]
fn seams_open_where_the_corpus_writes_the_word_in_lower_case() {
    let cases: &[(&str, &[&str])] = &[
        // A headline run into its standfirst.
        (
            "Flu spreads to farm pigs Health officials say the risk is low.",
            &["Flu spreads to farm pigs", "Health officials say the risk is low."],
        ),
        // A byline run into the first paragraph.
        (
            "Jane Roe, science editor The next few days will tell.",
            &["Jane Roe, science editor", "The next few days will tell."],
        ),
        // After a name, a word that opens sentences.
        (
            "Aid pledged for Ruritania The head of the mission said more was needed.",
            &[
                "Aid pledged for Ruritania",
                "The head of the mission said more was needed.",
            ],
        ),
        // `An` after a name (not `A`: `Hepatitis A cases`).
        (
            "Grain was shipped to Ruritania An aide to the minister said more was needed.",
            &[
                "Grain was shipped to Ruritania",
                "An aide to the minister said more was needed.",
            ],
        ),
        // After a number (a caption's age).
        (
            "The singer died aged 50 The rescue of his estate began.",
            &["The singer died aged 50", "The rescue of his estate began."],
        ),
        // After a figure, as after a lower-case word.
        (
            "Toll from the floods reaches 80 Health workers fear disease.",
            &["Toll from the floods reaches 80", "Health workers fear disease."],
        ),
        // A connective with its comma, after a caption's figure.
        (
            "The singer died aged 50 However, the rescue of his estate began.",
            &[
                "The singer died aged 50",
                "However, the rescue of his estate began.",
            ],
        ),
        // Two seams in one run.
        (
            "Storm hits coast villages Rescue teams search the rubble homes Health workers fear disease.",
            &[
                "Storm hits coast villages",
                "Rescue teams search the rubble homes",
                "Health workers fear disease.",
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(pieces(BACKGROUND, text), *want, "{text}");
    }
}

#[test]
fn a_capital_the_corpus_uses_mid_sentence_is_no_seam() {
    let cases = [
        // The story writes `Health` with a capital too often (a name: `the Health Service`).
        (
            &[
                BACKGROUND,
                &[
                    "He ran the Health Service for years.",
                    "Staff of the Health Service struck.",
                ],
            ]
            .concat()[..],
            "Flu spreads to farm pigs Health officials say the risk is low.",
        ),
        // A word the story never writes in lower case mid-sentence.
        (
            BACKGROUND,
            "Flu spreads to farm pigs Vaccine makers say the risk is low.",
        ),
        // After a name, only an opener: `Hotel` goes on the name.
        (
            BACKGROUND,
            "They stayed at the Grand Hotel the rescue teams used.",
        ),
        // A title-case heading: a function word capitalised before the opener.
        (
            BACKGROUND,
            "The Wider Picture: Is This the rescue we wanted?",
        ),
        // After a stop word, a capital is a name or a title.
        (BACKGROUND, "Tickets for Health week were sold out by noon."),
        // Inside a quotation the capital is the quotation's own.
        (
            BACKGROUND,
            "The sign read \"keep out Health officials only\" at the gate.",
        ),
        // Too short a piece on one side.
        (BACKGROUND, "Pigs Health officials say the risk is low."),
        (BACKGROUND, "Flu spreads to farm pigs Health officials"),
        // A sentence already ended before the capital.
        (
            BACKGROUND,
            "Flu spreads to farm pigs: Health officials say the risk is low.",
        ),
        // The word after the capital is a name too: a title, not a seam.
        (
            BACKGROUND,
            "He was named to head pigs Health Ministry affairs at once.",
        ),
    ];
    for (background, text) in cases {
        assert_eq!(pieces(background, text), [text], "{text}");
    }
}

#[test]
fn nothing_is_lost_and_the_pieces_keep_their_paragraph() {
    let text = "Storm hits coast villages Rescue teams search the rubble homes Health workers fear disease.";
    let mut docs = vec![
        document(BACKGROUND),
        document(&["First.", text, "Last one."]),
    ];
    split(&mut docs);
    let doc = &docs[1];
    let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts.join(" "), format!("First. {text} Last one."));
    let paragraphs: Vec<u32> = doc.sentences.iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 1, 1, 1, 2]);
    // The background is untouched.
    assert_eq!(docs[0].sentences.len(), BACKGROUND.len());
}

#[test]
fn odd_text_is_left_whole() {
    for text in [
        "",
        " ",
        "A",
        "é É é",
        "x Y z",
        "\u{201C}quote Health officials say the risk\u{201D}",
    ] {
        assert_eq!(pieces(BACKGROUND, text), [text], "{text:?}");
    }
}

#[test]
fn a_piece_that_is_furniture_goes_to_the_removed_text() {
    let text = "Photograph: Jo Roe/AP The rescue teams worked on through the night.";
    let mut docs = vec![document(BACKGROUND), document(&[text])];
    split(&mut docs);
    let doc = &docs[1];
    let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["The rescue teams worked on through the night."]);
    let removed: Vec<&str> = doc.removed.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(removed, ["Photograph: Jo Roe/AP"]);
}

#[test]
fn a_name_may_follow_a_word_that_opens_a_clause() {
    // The corpus writes `when`, `in` and `concert` in lower case mid-sentence, never with a
    // capital there.
    let background: &[&str] = &[
        "Crews left when the rain stopped and came back when it began.",
        "The mayor spoke when asked, and again when the crowd had gone.",
        "Roads in the valley were shut in the morning and in the evening.",
        "They ate when hungry, slept when tired, left when told, sang when glad and wept when sad.",
        "Call when ready, write when able, come when called and go when the bell rings.",
        "Rain fell in March, in April, in May, in June and in July, in every town in the hills.",
        "A concert in the park, a concert at the hall, a concert tour, a concert hall, a concert series, a concert ticket, a concert date, a concert band, a concert choir and a concert pianist.",
    ];
    let cases: &[(&str, &[&str])] = &[
        // A caption run into the story: `When` after a figure, a name after it.
        (
            "Jo Park was hired by the council in 2006 When Lee Dunn resigned, Jo Park was there.",
            &[
                "Jo Park was hired by the council in 2006",
                "When Lee Dunn resigned, Jo Park was there.",
            ],
        ),
        (
            "Cases rose across the valley In Ashford, a clinic has closed.",
            &[
                "Cases rose across the valley",
                "In Ashford, a clinic has closed.",
            ],
        ),
        // A title after the word: a word the story writes in lower case, or `The`.
        (
            "The station's new show Radio 2 In Concert, a weekly hour of music, starts today.",
            &["The station's new show Radio 2 In Concert, a weekly hour of music, starts today."],
        ),
        (
            "The mayor told The Valley Herald that the road would open.",
            &["The mayor told The Valley Herald that the road would open."],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(pieces(background, text), *want, "{text}");
    }
}
