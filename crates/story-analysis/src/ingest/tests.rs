//! Ingest rules, case by case: made-up articles for each rule, and the seed corpus.

use super::*;

fn doc(text: &str) -> Document {
    doc_named("test.txt", text)
}

fn doc_named(name: &str, text: &str) -> Document {
    let out = ingest(name, "test", text.as_bytes());
    out.document.expect("a document")
}

fn texts(d: &Document) -> Vec<&str> {
    d.sentences.iter().map(|s| s.text.as_str()).collect()
}

fn removed(d: &Document) -> Vec<&str> {
    d.removed.iter().map(|r| r.text.as_str()).collect()
}

fn headings(d: &Document) -> Vec<&str> {
    d.sentences
        .iter()
        .filter(|s| s.heading)
        .map(|s| s.text.as_str())
        .collect()
}

fn skipped(bytes: &[u8]) -> String {
    let out = ingest("bad.txt", "bad", bytes);
    assert!(out.document.is_none(), "expected {bytes:?} to be skipped");
    let d = &out.diagnostics[0];
    assert_eq!(d.file, "bad.txt");
    assert_eq!(d.severity, Severity::Warning);
    d.message.clone()
}

#[test]
fn bad_files_are_skipped_with_a_reason() {
    assert!(skipped(b"").contains("empty"));
    assert!(skipped(b" \n\n\t ").contains("empty"));
    assert!(skipped(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").contains("binary"));
    let big = vec![b'a'; MAX_FILE_BYTES as usize + 1];
    assert!(skipped(&big).contains("over the limit"));
}

#[test]
fn utf16_and_bom_are_read() {
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Hello there. Bye.".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let out = ingest("u.txt", "u", &utf16);
    assert_eq!(texts(&out.document.unwrap()), ["Hello there.", "Bye."]);
    let d = doc("\u{FEFF}Hello there. Bye.");
    assert_eq!(texts(&d), ["Hello there.", "Bye."]);
}

#[test]
fn control_characters_and_line_ends_are_cleaned() {
    let out = ingest("c.txt", "c", b"One\x07 two.\r\nThree four.\rFive.");
    let d = out.document.unwrap();
    assert_eq!(texts(&d), ["One  two.", "Three four.", "Five."]);
    assert!(out.diagnostics[0].message.contains("1 control character"));
}

#[test]
fn front_matter_overrides_what_is_inferred() {
    let d = doc(
        "---\ntitle: \"A Made-Up Title\"\nsource: The Daily Example\nurl: https://example.org/a\n\
         published: 2019-11-05\nauthor: Ann Writer\nkind: opinion\n---\nFirst sentence here. Second.\n",
    );
    assert_eq!(d.title, "A Made-Up Title");
    assert_eq!(d.title_basis, TitleBasis::FrontMatter);
    assert_eq!(d.source.as_deref(), Some("The Daily Example"));
    assert_eq!(d.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(d.author.as_deref(), Some("Ann Writer"));
    assert_eq!(d.published.as_deref(), Some("2019-11-05"));
    assert_eq!(d.published_basis, PublishedBasis::Stated);
    assert_eq!(d.kind, DocKind::Opinion);
    assert_eq!(texts(&d), ["First sentence here.", "Second."]);
}

#[test]
fn bad_front_matter_is_reported_not_fatal() {
    let out = ingest(
        "f.md",
        "f",
        b"---\nurl: javascript:alert(1)\npublished: 2019-02-30\nkind: gossip\nflavour: mint\nnonsense\n---\nBody text.",
    );
    let d = out.document.unwrap();
    assert_eq!(d.url, None);
    assert_eq!(d.published, None);
    assert_eq!(d.kind, DocKind::Report);
    assert_eq!(texts(&d), ["Body text."]);
    let messages: Vec<&str> = out.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages.len(), 5, "{messages:?}");
    assert!(messages[0].contains("not http(s)"));
    assert!(messages[1].contains("not a YYYY-MM-DD"));
    assert!(messages[2].contains("unknown kind"));
    assert!(messages[3].contains("flavour"));
    assert!(messages[4].contains("not `key: value`"));
}

#[test]
fn unclosed_front_matter_is_text() {
    for name in ["f.txt", "f.md"] {
        let out = ingest(name, "f", b"---\ntitle: x\nThe body goes on.");
        let d = out.document.unwrap();
        assert!(
            texts(&d).iter().any(|t| t.ends_with("The body goes on.")),
            "{name}"
        );
        assert!(out.diagnostics[0].message.contains("never closes"));
    }
    let out = ingest("f.md", "f", b"---\ntitle: x\nThe body goes on.");
    assert!(out.diagnostics[0].message.contains("never closes"));
}

#[test]
fn leading_date_token_is_metadata() {
    let d = doc(" date 2031-07-09 The council met on Monday. It voted.");
    assert_eq!(d.published.as_deref(), Some("2031-07-09"));
    assert_eq!(d.published_basis, PublishedBasis::Stated);
    assert_eq!(texts(&d), ["The council met on Monday.", "It voted."]);
    // Not a token: a date in running text, or an impossible date.
    let d = doc("The date 2031-07-09 was chosen.");
    assert_eq!(d.published, None);
    let d = doc("date 2031-02-30 Hello.");
    assert_eq!(d.published, None);
    assert_eq!(d.published_basis, PublishedBasis::Unknown);
}

#[test]
fn titles() {
    // A headline-like first line.
    let d = doc("Flood Waters Rise in Valley Towns\n\nRain fell for a week. Rivers rose.");
    assert_eq!(d.title, "Flood Waters Rise in Valley Towns");
    assert_eq!(d.title_basis, TitleBasis::Headline);
    assert_eq!(texts(&d), ["Rain fell for a week.", "Rivers rose."]);
    // A first line that is a sentence: the title is that sentence, shortened, and it stays text.
    let d = doc("Rain fell for a whole week across the valley, and the rivers that run through the old mill towns rose fast.\nMore.");
    assert_eq!(d.title_basis, TitleBasis::FirstSentence);
    assert_eq!(
        d.title,
        "Rain fell for a whole week across the valley, and the rivers that run through the old…"
    );
    assert_eq!(d.sentences.len(), 2);
    // A file that is only a short line: it is text, not a title.
    let d = doc("Just one line");
    assert_eq!(texts(&d), ["Just one line"]);
    assert_eq!(d.title, "Just one line");
}

#[test]
fn forum_chrome_is_removed_and_kept_aside() {
    let d = doc(
        "• Thread Author\nThe mayor resigned on Friday. Crowds cheered.\n\nSource: Example News – the post\n \n\nLast edited: Mar 3, 2020\nBack\nTop",
    );
    assert_eq!(
        texts(&d),
        ["The mayor resigned on Friday.", "Crowds cheered."]
    );
    assert_eq!(
        removed(&d),
        ["• Thread Author", "Last edited: Mar 3, 2020", "Back", "Top"]
    );
    assert_eq!(d.credit.as_deref(), Some("Example News – the post"));
    assert_eq!(d.kind, DocKind::Forum);
}

#[test]
fn related_link_lists_are_removed() {
    let d = doc("Prices rose again. Shops closed.\n\nRelated Sources:\n\n• Source 1 • Source 2\n");
    assert_eq!(texts(&d), ["Prices rose again.", "Shops closed."]);
    assert_eq!(removed(&d), ["Related Sources:", "• Source 1 • Source 2"]);
    assert_eq!(d.kind, DocKind::Report);
}

#[test]
fn chrome_words_inside_text_stay() {
    let d =
        doc("Back then, the top court ruled. Share prices fell.\nReport of the committee follows.");
    assert_eq!(
        texts(&d),
        [
            "Back then, the top court ruled.",
            "Share prices fell.",
            "Report of the committee follows."
        ]
    );
    assert!(d.removed.is_empty());
}

#[test]
fn headings_and_list_items() {
    let d = doc(
        "The port reopened after the storm, officials said.\nKey Points\n- Ships are moving again\n- Tolls are waived\n\
         What Happened Next\nCranes were repaired. Work resumed.\n\nWhat About the Workers?\n\nThey were paid. All of them.",
    );
    assert_eq!(
        headings(&d),
        [
            "Key Points",
            "What Happened Next",
            "What About the Workers?"
        ]
    );
    let items: Vec<&str> = d
        .sentences
        .iter()
        .filter(|s| s.list_item)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(items, ["Ships are moving again", "Tolls are waived"]);
    // Every block is its own paragraph, in order.
    let paras: Vec<u32> = d.sentences.iter().map(|s| s.paragraph).collect();
    assert_eq!(paras, [0, 1, 2, 3, 4, 5, 5, 6, 7, 7]);
    // A question in running text is not a heading.
    let d = doc("Intro line here.\n\nWhy did the river rise so fast this year?\n\nNobody knows.");
    assert!(headings(&d).is_empty());
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let d = doc(
        "The committee met late on Tuesday to discuss the\nbudget, which had been delayed for months by a\ndispute over school funding. It passed at last.\n\nA second paragraph.",
    );
    assert_eq!(
        texts(&d),
        [
            "The committee met late on Tuesday to discuss the budget, which had been delayed for months by a dispute over school funding.",
            "It passed at last.",
            "A second paragraph."
        ]
    );
    assert_eq!(d.sentences[2].paragraph, 1);
}

#[test]
fn odd_unicode_survives() {
    let d = doc("مرحبا بالعالم. שלום. Emoji 🚀 ok. E\u{301}tude. \u{202E}Reversed.");
    assert_eq!(
        texts(&d),
        [
            "مرحبا بالعالم.",
            "שלום.",
            "Emoji 🚀 ok.",
            "Étude.",
            "\u{202E}Reversed."
        ]
    );
}

#[test]
fn a_file_of_chrome_only_has_no_sentences_and_says_so() {
    let out = ingest("c.txt", "c", b"Back\nTop\n");
    let d = out.document.unwrap();
    assert!(d.sentences.is_empty());
    assert_eq!(d.title, "c");
    assert_eq!(d.title_basis, TitleBasis::FileName);
    assert!(out.diagnostics[0].message.contains("no article text"));
}

// ---- the seed corpus ----

const SEEDS: [(&str, &str); 5] = [
    (
        "000",
        include_str!("../../../../seeds/000_38ccbcd69b1e9db5.txt"),
    ),
    (
        "001",
        include_str!("../../../../seeds/001_2dad32b68f3d353b.txt"),
    ),
    (
        "002",
        include_str!("../../../../seeds/002_e0cbd9439689fccb.txt"),
    ),
    (
        "003",
        include_str!("../../../../seeds/003_2180a787bf48d434.txt"),
    ),
    (
        "004",
        include_str!("../../../../seeds/004_82036e09c67bc8df.txt"),
    ),
];

fn seed(n: usize) -> (Document, Vec<Diagnostic>) {
    let (id, text) = SEEDS[n];
    let out = ingest(&format!("{id}.txt"), id, text.as_bytes());
    (out.document.unwrap(), out.diagnostics)
}

#[test]
fn seeds_ingest_cleanly() {
    for n in 0..5 {
        let (d, diags) = seed(n);
        assert!(diags.is_empty(), "seed {n}: {diags:?}");
        assert!(
            d.sentences.len() >= 10,
            "seed {n}: {} sentences",
            d.sentences.len()
        );
        for s in &d.sentences {
            for chrome in [
                "Thread Author",
                "Last edited",
                "Related Sources",
                "Source 1",
            ] {
                assert!(!s.text.contains(chrome), "seed {n}: {:?}", s.text);
            }
            assert!(!s.text.starts_with("date "), "seed {n}: {:?}", s.text);
            assert_ne!(s.text, "Back");
            assert_ne!(s.text, "Top");
        }
    }
}

#[test]
fn seed_000_date_token() {
    let (d, _) = seed(0);
    assert_eq!(d.published.as_deref(), Some("2025-04-18"));
    assert_eq!(d.published_basis, PublishedBasis::Stated);
    assert!(d.sentences[0]
        .text
        .starts_with("Russia’s Supreme Court has withdrawn"));
    assert_eq!(d.title_basis, TitleBasis::FirstSentence);
    assert_eq!(d.kind, DocKind::Report);
}

#[test]
fn seed_001_forum_post() {
    let (d, _) = seed(1);
    assert_eq!(d.kind, DocKind::Forum);
    assert_eq!(
        removed(&d),
        ["• Thread Author", "Last edited:", "Back", "Top"]
    );
    assert_eq!(
        d.credit.as_deref(),
        Some("Ruetir Russia no longer considers the Taliban as a terrorist group – the post")
    );
    let h = headings(&d);
    assert!(h.contains(&"From Blacklist to Backslap: Courts, Calculations, and the Kremlin’s Thaw"));
    assert!(h.contains(&"What About Recognition?"));
    assert!(h.contains(&"New Realities, Old Habits: What’s Next?"));
    assert_eq!(h.len(), 16, "{h:?}");
    // Sentence boundaries around `St. Petersburg` and `U.S.`.
    let t = texts(&d);
    assert!(t.iter().any(|s| s.starts_with("In 2022 and again in 2024, Taliban delegations strode onto the red carpets of the St. Petersburg Economic Forum")));
    assert!(t.iter().any(
        |s| s.starts_with("Ever since the Taliban swept back into power")
            && s.ends_with("in Taliban-run Afghanistan.")
    ));
}

#[test]
fn seed_002_glance_list() {
    let (d, _) = seed(2);
    assert_eq!(d.title_basis, TitleBasis::FirstSentence);
    assert!(d
        .title
        .starts_with("Russia will accept a Taliban ambassador in Moscow"));
    let h = headings(&d);
    assert_eq!(h[0], "At a Glance");
    assert!(h.contains(&"Russia’s Diplomatic Reversal"));
    let items = d.sentences.iter().filter(|s| s.list_item).count();
    assert_eq!(items, 5);
    assert_eq!(d.published, None);
}

#[test]
fn seed_003_and_004_headlines() {
    let (d, _) = seed(3);
    assert_eq!(
        d.title,
        "Russia Lifts Ban on Taliban, Opening Doors for Diplomatic Relations"
    );
    assert_eq!(d.title_basis, TitleBasis::Headline);
    assert_eq!(
        removed(&d),
        ["Related Sources:", "•\u{a0}Source 1\u{a0}•\u{a0}Source 2"]
    );
    let (d, _) = seed(4);
    assert_eq!(
        d.title,
        "Moscow’s Taliban Rapprochement: High-Risk Realpolitik"
    );
    assert_eq!(d.title_basis, TitleBasis::Headline);
    assert_eq!(d.sentences.iter().filter(|s| s.list_item).count(), 4);
    assert_eq!(d.kind, DocKind::Analysis);
    assert!(headings(&d).is_empty());
}

#[test]
fn legacy_encodings_are_decoded_and_named() {
    // Windows-1252: curly quotes, an e with an acute accent, a euro sign.
    let bytes = b"The caf\xe9 owner said: \x93We lost \x80200,000.\x94 Nobody else spoke.";
    let out = ingest("cp.txt", "cp", bytes);
    let d = out.document.expect("decoded");
    assert_eq!(
        texts(&d),
        [
            "The café owner said: “We lost €200,000.”",
            "Nobody else spoke."
        ]
    );
    let note = &out.diagnostics[0];
    assert_eq!(note.severity, Severity::Note);
    assert!(note.message.contains("windows-1252"), "{}", note.message);
    assert!(note.message.contains("offset 7"), "{}", note.message);
}

#[test]
fn text_is_composed_to_nfc() {
    let d = doc("Cafe\u{301} society met. Ångstro\u{308}m spoke.");
    assert_eq!(texts(&d), ["Café society met.", "Ångström spoke."]);
}

#[test]
fn markdown_is_read_as_markdown() {
    let text = "---\ntitle: Rivers rise\n---\n# Rivers rise\n\nThe river rose **two metres** overnight, [officials](https://example.org) said.\n\n![a photo](x.jpg)\n\n## What next\n\n- Sandbags were handed out.\n- Schools closed.\n\n```\ncode();\n```\n\n| Town | Homes |\n|---|---|\n| Riverton | 300 |\n";
    let d = doc_named("a.md", text);
    assert_eq!(d.title, "Rivers rise");
    assert_eq!(
        texts(&d),
        [
            "The river rose two metres overnight, officials said.",
            "What next",
            "Sandbags were handed out.",
            "Schools closed.",
            "Town; Homes",
            "Riverton; 300"
        ]
    );
    assert_eq!(headings(&d), ["What next"]);
    assert_eq!(d.sentences.iter().filter(|s| s.list_item).count(), 2);
}

#[test]
fn datelines_become_metadata_and_the_agency_an_outlet_only_when_none_is_named() {
    let d = doc("LONDON/HOUSTON (Reuters) - The company said on Monday it would sell assets.");
    assert_eq!(
        texts(&d),
        ["The company said on Monday it would sell assets."]
    );
    let dl = d.dateline.as_ref().expect("a dateline");
    assert_eq!(dl.places, ["LONDON", "HOUSTON"]);
    assert_eq!(dl.agency.as_deref(), Some("Reuters"));
    assert_eq!(d.source.as_deref(), Some("Reuters"));
    assert_eq!(d.source_basis, story_core::SourceBasis::Dateline);
    // A named outlet stays the outlet; the agency is a credit.
    let d = doc("---\nsource: The Daily Example\n---\nMARRAKECH, Morocco (AP) — A strong earthquake struck.");
    assert_eq!(d.source.as_deref(), Some("The Daily Example"));
    assert_eq!(d.source_basis, story_core::SourceBasis::FrontMatter);
    assert_eq!(texts(&d), ["A strong earthquake struck."]);
    assert_eq!(d.dateline.expect("dateline").agency.as_deref(), Some("AP"));
    // A credit line that names an outlet, but not one that is a title.
    let d = doc("The river rose.\n\nSource: The Valley Courier");
    assert_eq!(d.source.as_deref(), Some("The Valley Courier"));
    assert_eq!(d.source_basis, story_core::SourceBasis::Credit);
    let d = doc("The river rose.\n\nSource: Courier River rises again – the post");
    assert_eq!(d.source, None);
    assert_eq!(
        d.credit.as_deref(),
        Some("Courier River rises again – the post")
    );
    // The URL's host when nothing else names the outlet.
    let d = doc("---\nurl: https://www.news.example/a/b\n---\nThe river rose.");
    assert_eq!(d.source.as_deref(), Some("news.example"));
    assert_eq!(d.source_basis, story_core::SourceBasis::UrlHost);
}

#[test]
fn furniture_lines_and_sentences_leave_the_text_with_their_reason() {
    let text = "The council voted to build a levee.\n\nPhoto: Lee Park / Getty Images\n\nWork starts in the autumn. Views expressed in the comments do not represent those of the Gazette.\n\nAt 9:14 pm, RiverWatcher wrote:\nAbout time, my cellar flooded.\n\nIn his letter, the mayor wrote:\n\nWe will build it.\n\nBy Dana Reyes\n\nBy Monday the river had fallen.\n\nSign up for our morning newsletter\n\n© 2024 The Gazette. All rights reserved.";
    let d = doc(text);
    assert_eq!(
        texts(&d),
        [
            "The council voted to build a levee.",
            "Work starts in the autumn.",
            "In his letter, the mayor wrote:",
            "We will build it.",
            "By Monday the river had fallen."
        ]
    );
    let reasons: Vec<(Furniture, &str)> = d
        .removed
        .iter()
        .map(|r| (r.reason, r.text.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            (Furniture::Caption, "Photo: Lee Park / Getty Images"),
            (Furniture::Comments, "At 9:14 pm, RiverWatcher wrote:"),
            (Furniture::Comments, "About time, my cellar flooded."),
            (Furniture::Byline, "By Dana Reyes"),
            (Furniture::Promotion, "Sign up for our morning newsletter"),
            (
                Furniture::Comments,
                "Views expressed in the comments do not represent those of the Gazette."
            ),
            (Furniture::Copyright, "© 2024 The Gazette."),
            (Furniture::Copyright, "All rights reserved."),
        ]
    );
}

fn page(name: &str) -> Ingested {
    let bytes = match name {
        "news-site.html" => &include_bytes!("../../tests/fixtures/pages/news-site.html")[..],
        "blog.html" => include_bytes!("../../tests/fixtures/pages/blog.html"),
        "wire-reprint.html" => include_bytes!("../../tests/fixtures/pages/wire-reprint.html"),
        "comments-page.html" => include_bytes!("../../tests/fixtures/pages/comments-page.html"),
        "no-article.html" => include_bytes!("../../tests/fixtures/pages/no-article.html"),
        _ => unreachable!("no fixture {name}"),
    };
    ingest(name, name.trim_end_matches(".html"), bytes)
}

/// No sentence of a page's furniture may be left in its text.
fn assert_no_furniture(d: &Document, furniture: &[&str]) {
    for s in &d.sentences {
        for f in furniture {
            assert!(!s.text.contains(f), "{:?} kept furniture {f:?}", s.text);
        }
    }
}

#[test]
fn a_news_site_page_gives_its_article_and_metadata() {
    let out = page("news-site.html");
    let d = out.document.expect("an article");
    assert_eq!(
        d.title,
        "Dam operators open spillways as river nears record"
    );
    assert_eq!(d.source.as_deref(), Some("The Valley Courier"));
    assert_eq!(d.source_basis, story_core::SourceBasis::PageMetadata);
    assert_eq!(d.published.as_deref(), Some("2024-03-02"));
    assert_eq!(d.author.as_deref(), Some("Dana Reyes"));
    assert_eq!(
        d.url.as_deref(),
        Some("https://www.valleycourier.example/news/2024/03/02/dam-spillways")
    );
    let dl = d.dateline.as_ref().expect("the dateline");
    assert_eq!(dl.agency.as_deref(), Some("Reuters"));
    assert!(texts(&d)[0].starts_with("Operators of the Riverton dam opened"));
    assert!(texts(&d)
        .iter()
        .any(|t| t.starts_with("Forecasters expect")));
    assert_no_furniture(
        &d,
        &[
            "Sign up",
            "Most read",
            "Privacy",
            "Share this",
            "Photo:",
            "Read more",
            "Related",
            "Flood defences cost",
            "All rights",
            "Sport",
            "By Dana",
        ],
    );
}

#[test]
fn a_blog_page_without_article_markup_loses_its_comments_and_widgets() {
    let d = page("blog.html").document.expect("an article");
    assert_eq!(d.title, "What the flood maps do not show");
    assert_eq!(d.published.as_deref(), Some("2024-03-04"));
    assert_eq!(d.source.as_deref(), Some("notesfromthedelta.example"));
    assert_eq!(headings(&d), ["Why the models lag"]);
    assert_eq!(d.sentences.len(), 8);
    assert_no_furniture(
        &d,
        &[
            "wrote",
            "Leave a Reply",
            "Archives",
            "Subscribe",
            "Share this",
            "powered by",
        ],
    );
}

#[test]
fn a_wire_reprint_in_windows_1252_keeps_its_outlet_and_credits_the_agency() {
    let out = page("wire-reprint.html");
    let d = out.document.expect("an article");
    assert_eq!(d.source.as_deref(), Some("Coastal Daily News"));
    assert_eq!(d.published.as_deref(), Some("2023-09-09"));
    assert_eq!(d.author.as_deref(), Some("Amal Idrissi"));
    let dl = d.dateline.as_ref().expect("the dateline");
    assert_eq!(dl.places, ["MARRAKECH"]);
    assert_eq!(dl.agency.as_deref(), Some("AP"));
    assert!(texts(&d).contains(&"“The house shook like a leaf and then the wall fell,” said a shopkeeper in one of the villages, who gave only his first name."));
    assert!(d
        .removed
        .iter()
        .any(|r| r.reason == Furniture::Copyright && r.text.starts_with("Copyright 2023")));
    assert_no_furniture(&d, &["Subscribe", "Log in", "morning briefing", "AP) —"]);
    assert!(out
        .diagnostics
        .iter()
        .any(|x| x.message.contains("windows-1252") && x.message.contains("declares")));
}

#[test]
fn a_page_with_comments_keeps_only_the_article() {
    let d = page("comments-page.html").document.expect("an article");
    assert_eq!(d.title, "Council votes on the levee plan");
    assert_eq!(d.source.as_deref(), Some("Riverside Gazette"));
    assert_eq!(d.sentences.len(), 4);
    assert_no_furniture(
        &d,
        &["wrote", "cellar", "Fourteen million", "discussion", "Home"],
    );
}

#[test]
fn a_page_without_an_article_is_skipped_with_the_reason() {
    let out = page("no-article.html");
    assert!(out.document.is_none());
    assert!(out.diagnostics[0].message.contains("no article"));
}

#[test]
fn broken_pages_and_markdown_never_panic() {
    for bytes in [
        &b"<html><body><p>unclosed <b>tags <i>everywhere"[..],
        b"<<<>>>&&&;;;<script>",
        b"<!DOCTYPE html><html><head><meta charset=\"nonsense\"></head></html>",
        b"\xff\xfe<\x00h\x00",
    ] {
        let out = ingest("broken.html", "broken", bytes);
        assert!(out.document.is_some() || !out.diagnostics.is_empty());
        let out = ingest("broken.md", "broken", bytes);
        assert!(out.document.is_some() || !out.diagnostics.is_empty());
    }
}

#[test]
fn a_page_stamp_run_into_the_first_paragraph_parts_headline_from_story() {
    let d = doc("---\nsource: The Example\npublished: 2005-01-13\n---\n\n\
         Survey team concludes the dam was never safe Thursday 13 January 2005 03.10 GMT \
         The engineers searching the valley have given up the hunt. They left on Monday.\n\n\
         The council will meet again next week.\n");
    assert_eq!(d.title, "Survey team concludes the dam was never safe");
    assert_eq!(d.title_basis, TitleBasis::Headline);
    assert_eq!(
        texts(&d),
        [
            "The engineers searching the valley have given up the hunt.",
            "They left on Monday.",
            "The council will meet again next week."
        ]
    );
    assert!(removed(&d).contains(&"Thursday 13 January 2005 03.10 GMT"));
    // A standfirst with its stamp at the end of its line: a heading, no sentence of the story.
    let d = doc("Dam plan is dropped\n\n\
         Ferries return to the island as the water falls Tue Apr 28, 2009 9:03 pm BST\n\n\
         The council said the ferries would run from Friday.\n");
    assert_eq!(d.title, "Dam plan is dropped");
    assert_eq!(
        headings(&d),
        ["Ferries return to the island as the water falls"]
    );
    assert_eq!(
        texts(&d)[1..],
        ["The council said the ferries would run from Friday."]
    );
    // The text's own date stays.
    let d = doc("The dam failed on Thursday 13 January 2005 at 03.10 GMT. Nobody was hurt.\n");
    assert!(removed(&d).is_empty());
    assert_eq!(texts(&d).len(), 2);
}
