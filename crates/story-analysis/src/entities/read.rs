//! Step 1: the mentions of names in every line of every document, typed by the tagger and
//! corrected by rules.

use std::collections::HashMap;

use story_core::{Document, Sentence};

use super::gazetteer::{self, Gaz};
use super::rules;
use super::tag::{self, NerType, Word};

/// A mention found in a sentence.
#[derive(Clone, Debug)]
pub struct Found {
    pub doc: usize,
    pub sentence: usize,
    /// The name as written.
    pub text: String,
    /// Where it stands in the sentence (bytes).
    pub start: usize,
    pub end: usize,
    /// The tagger's type (after the rules).
    pub ner: NerType,
    /// A nationality or people (`French`, `Kurds`): its own kind.
    pub nationality: bool,
    /// A title stood before it (`President`).
    pub titled: bool,
    /// `the` stood right before it.
    pub after_the: bool,
    /// A place's name in a line of scores: a team (`Chicago 5 Atlanta 3`), an organisation
    /// apart from the place.
    pub team: bool,
    /// An acronym in parentheses right after it: its definition.
    pub defines: Option<String>,
    /// A preposition of place stands right before it (`in`, `at`, `near`, `outside`).
    pub in_place: bool,
    /// Someone spoken to (`Thanks, Jo.`, `Well, Jo, …`, `Jo, you …`): a person.
    pub addressed: bool,
    /// A noun it describes follows it (`the Park administration`, `the Ruiz family`): a word
    /// in lower case that is no function word and no verb of speech or in `-ed`.
    pub modifies: bool,
    /// The words after it speak of a company (`said it`, `shares`, `'s chairman`).
    pub company: bool,
    /// A noun before it says it is a thing (`the drug Zanavir`).
    pub thing: bool,
}

/// How the corpus writes each word (lower case form → counts), outside lines in capitals and
/// sentence starts.
#[derive(Default)]
pub struct Casing(HashMap<String, [u32; 3]>);

const LOWER: usize = 0;
const TITLE: usize = 1;
const UPPER: usize = 2;

fn case_of(word: &str) -> Option<usize> {
    let mut chars = word.chars().filter(|c| c.is_alphabetic());
    let first = chars.next()?;
    let rest: Vec<char> = chars.collect();
    Some(if first.is_lowercase() {
        LOWER
    } else if !rest.is_empty() && rest.iter().all(|c| c.is_uppercase()) {
        UPPER
    } else {
        TITLE
    })
}

impl Casing {
    pub fn of(docs: &[Document]) -> Casing {
        let mut c = Casing::default();
        for s in docs.iter().flat_map(|d| &d.sentences) {
            let words = tag::tokenize(&s.text);
            if s.heading || shouted(&words) || title_cased(&words) {
                continue;
            }
            for w in words.iter().skip(1) {
                if let Some(k) = case_of(&w.text) {
                    c.0.entry(w.text.to_lowercase()).or_default()[k] += 1;
                }
            }
        }
        c
    }

    /// Whether the corpus writes the word mostly in lower case (`Men` at a line's start).
    pub fn mostly_lower(&self, word: &str) -> bool {
        let c = self
            .0
            .get(&word.to_lowercase())
            .copied()
            .unwrap_or_default();
        c[LOWER] > c[TITLE] + c[UPPER]
    }

    /// The word in lower case when the corpus writes it so (a heading's common words); in a
    /// line in title case, also a word the corpus never writes elsewhere (unless the
    /// gazetteer knows it).
    fn soften(&self, word: &str, title: bool) -> String {
        let unseen = !self.0.contains_key(&word.to_lowercase());
        if self.mostly_lower(word) || title && unseen && self.restore(word) != word {
            word.to_lowercase()
        } else {
            word.to_string()
        }
    }

    /// The word as the corpus writes it elsewhere.
    fn restore(&self, word: &str) -> String {
        let lower = word.to_lowercase();
        let counts = self.0.get(&lower).copied().unwrap_or_default();
        let best = (0..3)
            .max_by_key(|&k| (counts[k], k == TITLE))
            .unwrap_or(TITLE);
        if counts.iter().sum::<u32>() == 0 {
            // Never seen elsewhere: a place or a people of the gazetteer keeps a capital, an
            // initialism (`U.S.`) stays; anything else is taken for a common word.
            let known = gazetteer::mark(&[title_case(word)])[0];
            if known.has(Gaz::PLACE_B) || known.has(Gaz::DEMONYM) {
                return title_case(word);
            }
            if word.contains('.') {
                return word.to_string();
            }
            return lower;
        }
        match best {
            LOWER => lower,
            UPPER => word.to_string(),
            _ => title_case(word),
        }
    }
}

pub(super) fn title_case(word: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic() && c != '\'' && c != '’';
    }
    out
}

/// A line written in capitals (a headline, a dateline): no lower-case letter, and some words.
fn shouted(words: &[Word]) -> bool {
    let lettered = words
        .iter()
        .filter(|w| w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    lettered >= 1 && !words.iter().any(|w| w.text.chars().any(char::is_lowercase))
}

/// A line in title case (`Flood Waters Rise in Valley Towns`): every longer word capitalised,
/// and no figures.
fn title_cased(words: &[Word]) -> bool {
    let long: Vec<&Word> = words
        .iter()
        .filter(|w| w.text.chars().count() > 3 && w.text.chars().all(char::is_alphabetic))
        .collect();
    let caps = long
        .iter()
        .filter(|w| w.text.chars().next().is_some_and(char::is_uppercase))
        .count();
    // A table row (`Geir Moen (Norway) 20.36`) has figures; a headline has none.
    let figures = words
        .iter()
        .any(|w| w.text.chars().any(|c| c.is_ascii_digit()));
    long.len() >= 3 && caps == long.len() && !figures
}

/// A sentence as read: its words, the words as the tagger reads them (casing restored),
/// their gazetteer marks, and the typed spans found.
#[derive(Clone)]
pub struct Line {
    pub words: Vec<Word>,
    pub read: Vec<String>,
    pub gaz: Vec<Gaz>,
    pub spans: Vec<rules::Span>,
    /// For each word, whether it is part of a speaker label (`KURTZ:`).
    pub speaker: Vec<bool>,
    /// Byte ranges of the time expressions.
    pub times: Vec<(usize, usize)>,
}

/// Mentions in every sentence of the documents.
pub fn mentions(docs: &[Document]) -> Vec<Found> {
    let casing = Casing::of(docs);
    let sentences = crate::par::sentences(docs);
    // The tagger's pass is most of the work: the lines are shared among the cores, and
    // gathered back in order.
    // A line the corpus repeats (wire copy, a site's standing lines) is read once a thread:
    // the first pass reads its text, whether it is a heading and where its times are.
    type Seen = HashMap<(String, bool, Vec<(u32, u32)>), Line>;
    let lines: Vec<(usize, usize, Line)> = crate::par::map_with(
        &sentences,
        || (tag::Tagger::default(), Seen::new()),
        |(tagger, seen), &(d, i, s)| {
            let key = (
                s.text.clone(),
                s.heading,
                s.times.iter().map(|t| (t.start, t.end)).collect(),
            );
            let line = seen
                .entry(key)
                .or_insert_with(|| first_pass(s, &casing, tagger))
                .clone();
            (d, i, line)
        },
    );
    // A name the tagger found somewhere is a name wherever it is written so.
    let known = rules::Known::of(lines.iter().map(|(_, _, l)| l), &casing);
    let mut out = Vec::new();
    for (d, i, mut line) in lines {
        known.apply(&mut line, &casing);
        for mut f in found(&docs[d].sentences[i].text, &line) {
            f.doc = d;
            f.sentence = i;
            out.push(f);
        }
    }
    teams_throughout(&mut out);
    out
}

/// A name that is a team in one line of a document (in a line of scores, beside `v`) is the
/// team wherever the document writes it (`Surrey v Kent` … `Kent captain …`), unless a
/// preposition of place stands before it (`in Kent`) or it is a person by a title.
fn teams_throughout(found: &mut [Found]) {
    let teams: std::collections::HashSet<(usize, String)> = found
        .iter()
        .filter(|f| f.team)
        .map(|f| (f.doc, f.text.to_lowercase()))
        .collect();
    for f in found.iter_mut() {
        if !f.team
            && !f.nationality
            && !f.titled
            && !f.in_place
            && teams.contains(&(f.doc, f.text.to_lowercase()))
        {
            f.team = true;
            f.ner = NerType::Org;
        }
    }
}

/// Byte ranges of the sentence's time expressions.
fn time_ranges(s: &Sentence) -> Vec<(usize, usize)> {
    let bytes: Vec<usize> = s
        .text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(s.text.len()))
        .collect();
    let at = |c: u32| bytes.get(c as usize).copied().unwrap_or(s.text.len());
    s.times.iter().map(|t| (at(t.start), at(t.end))).collect()
}

/// Pronouns and their contractions: never names (`I'm`).
fn is_pronoun(word: &str) -> bool {
    let w = word.to_lowercase().replace('’', "'");
    let w = w.split('\'').next().unwrap_or_default();
    matches!(w, "i" | "we" | "you" | "he" | "she" | "it" | "they")
}

/// Tags one sentence and corrects the spans by the rules of the sentence alone.
pub fn first_pass(s: &Sentence, casing: &Casing, tagger: &tag::Tagger) -> Line {
    let words = tag::tokenize(&s.text);
    // A line in capitals is read in the casing the corpus shows; a heading or a line in title
    // case has its common words lowered.
    let read: Vec<String> = if shouted(&words) {
        let mut read: Vec<String> = words.iter().map(|w| casing.restore(&w.text)).collect();
        let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
        rules::places_in_capitals(&words, &mut read, &gazetteer::mark(&texts));
        read
    } else if s.heading || title_cased(&words) {
        let title = title_cased(&words);
        words
            .iter()
            .map(|w| casing.soften(&w.text, title))
            .collect()
    } else {
        words.iter().map(|w| w.text.clone()).collect()
    };
    let mut spans = if words.is_empty() {
        Vec::new()
    } else {
        tag::spans(&tagger.tag(&read))
    };
    let gaz = gazetteer::mark(&read);
    let times = time_ranges(s);
    rules::tidy(&read, &mut spans, casing);
    rules::definitions(&read, &mut spans);
    rules::name_words(&read, &gaz, &mut spans, casing);
    rules::ampersands(&read, &mut spans);
    rules::places_whole(&read, &gaz, &mut spans);
    rules::org_heads(&read, &gaz, &mut spans);
    rules::nationalities(&read, &gaz, &mut spans);
    rules::affiliations(&read, &mut spans, casing);
    if let Some(place) = rules::dateline(&words, &times) {
        spans.retain(|&(a, b, _)| b <= place.0 || a >= place.1);
        spans.push((place.0, place.1, NerType::Loc));
    }
    rules::teams_in_scores(&read, &mut spans, casing);
    let speaker = rules::speaker_labels(&words);
    spans.sort();
    Line {
        words,
        read,
        gaz,
        spans,
        speaker,
        times,
    }
}

/// Whether a preposition of place stands right before the name at `a..b` (`in`, `at`,
/// `near`, `outside`): not `in Okafor's speech`, which places the speech, nor `believe in`,
/// `faith in` someone, which place nothing.
fn placed(read: &[String], a: usize, b: usize) -> bool {
    a > 0
        && matches!(
            read[a - 1].to_lowercase().as_str(),
            "in" | "at" | "near" | "outside"
        )
        && !read.get(b).is_some_and(|w| rules::possessive(w))
        && !(a > 1
            && matches!(
                read[a - 2].to_lowercase().as_str(),
                "believe"
                    | "believes"
                    | "believed"
                    | "believing"
                    | "faith"
                    | "trust"
                    | "belief"
                    | "confidence"
                    | "interest"
                    | "interested"
            ))
}

/// Whether the name at `a..b` is someone spoken to, as in a transcript: one word set off
/// after a word in lower case (`…, Jo.`, `… up, Jo, but …`, `… -- Jo.`), one word opening a
/// sentence before a word in lower case that starts no phrase of its own (`Jo, you …`, `Jo,
/// is he …`; not `Ardmore, the capital, …`, `Acme, citing …`), or one or two words after an
/// interjection (`Well, Jo Park, …`). Never a place of the gazetteer (`gaz`).
fn addressed(read: &[String], gaz: &[Gaz], a: usize, b: usize) -> bool {
    const OPENERS: &[&str] = &[
        "well", "and", "thanks", "you", "now", "so", "yes", "no", "ok", "okay", "but", "hi",
        "hello",
    ];
    const PHRASE: &[&str] = &["the", "a", "an", "who", "whose", "which", "where", "whom"];
    if b <= a || b - a > 2 || gaz.get(a).is_some_and(|g| g.has(Gaz::PLACE_B)) {
        return false;
    }
    let one = b - a == 1;
    let at = |k: usize| read.get(k).map_or("", String::as_str);
    let before = if a > 0 { at(a - 1) } else { "" };
    let after = at(b);
    let starts = a == 0 || matches!(before, "." | "?" | "!" | ":" | "\"" | "“");
    let lower_before = a >= 2 && at(a - 2).starts_with(char::is_lowercase);
    let set_off = matches!(after, "." | "?" | "!" | ",");
    let next = at(b + 1);
    (one && before == "," && lower_before && set_off)
        || (one && matches!(before, "--" | "—" | "–") && matches!(after, "." | "?" | "!"))
        || (one
            && starts
            && after == ","
            && next.starts_with(char::is_lowercase)
            && !PHRASE.contains(&next)
            && !next.ends_with("ing"))
        || (before == ","
            && a >= 2
            && OPENERS.contains(&at(a - 2).to_lowercase().as_str())
            && set_off)
}

/// The mentions of a line's spans (doc and sentence numbers left 0).
pub fn found(text: &str, line: &Line) -> Vec<Found> {
    let (words, read, gaz, times) = (&line.words, &line.read, &line.gaz, &line.times);
    let speaker = &line.speaker;
    let spans = &line.spans;
    let in_time = |w: &Word| times.iter().any(|&(a, b)| w.start >= a && w.end <= b);
    let mut out = Vec::new();
    for &(a, b, ty) in spans {
        let mut a = a;
        if speaker[a..b].iter().any(|&x| x) {
            continue;
        }
        // Titles before the name are cut off and mark a person.
        let mut titled = a > 0 && gaz[a - 1].has(Gaz::TITLE);
        while a + 1 < b
            && (gaz[a].has(Gaz::TITLE)
                || a + 2 < b && gaz[a + 1].has(Gaz::TITLE) && rules::head_title(&read[a + 1]))
        {
            a += 1;
            titled = true;
        }
        let span = &words[a..b];
        let letters: usize = span
            .iter()
            .map(|w| w.text.chars().filter(|c| c.is_alphanumeric()).count())
            .sum();
        if span.iter().all(in_time)
            || span.len() == 1 && is_pronoun(&span[0].text)
            || span.len() == 1
                && crate::gazetteer::common_abbreviations().contains(&span[0].text.as_str())
            || !read[a..b].iter().any(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            })
            || letters < 2
        {
            continue;
        }
        let nationality = (a..b).all(|k| gaz[k].has(Gaz::DEMONYM));
        // `Spanish flu`, `Asian flu`: the name of a disease, not a people.
        if nationality
            && read
                .get(b)
                .is_some_and(|w| matches!(w.as_str(), "flu" | "influenza" | "fever"))
        {
            continue;
        }
        // A country in a line of scores is its national side, and stays a place.
        let country = (a..b).all(|k| gaz[k].has(Gaz::COUNTRY));
        let team = !nationality && !country && ty != NerType::Per && rules::team(read, a, b);
        let defines = (words.len() > b + 2
            && words[b].text == "("
            && words[b + 2].text == ")"
            && rules::is_acronym(&words[b + 1].text)
            && rules::defines(&read[a..b], &words[b + 1].text))
        .then(|| words[b + 1].text.clone());
        out.push(Found {
            doc: 0,
            sentence: 0,
            text: text[span[0].start..span[span.len() - 1].end].to_string(),
            start: span[0].start,
            end: span[span.len() - 1].end,
            ner: if nationality {
                NerType::Misc
            } else if team {
                NerType::Org
            } else {
                ty
            },
            team,
            nationality,
            titled,
            after_the: a > 0 && words[a - 1].text.eq_ignore_ascii_case("the"),
            defines,
            company: rules::company(read, b) || rules::company_before(read, a),
            thing: rules::thing_before(read, a),
            in_place: placed(read, a, b),
            addressed: addressed(read, gaz, a, b),
            modifies: words.get(b).is_some_and(|w| {
                let t = w.text.as_str();
                !t.is_empty()
                    && t.chars().all(char::is_lowercase)
                    && !crate::text::STOP_WORDS.contains(&t)
                    && !crate::text::SPEECH_VERBS.contains(&t)
                    && !t.ends_with("ed")
            }),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::rules::*;
    use super::*;

    fn ws(s: &str) -> Vec<Word> {
        tag::tokenize(s)
    }

    #[test]
    fn casing_restores_what_the_text_shows() {
        let mut c = Casing::default();
        c.0.insert("soccer".into(), [5, 0, 0]);
        c.0.insert("japan".into(), [0, 4, 0]);
        c.0.insert("nato".into(), [0, 0, 3]);
        assert_eq!(c.restore("SOCCER"), "soccer");
        assert_eq!(c.restore("JAPAN"), "Japan");
        assert_eq!(c.restore("NATO"), "NATO");
        assert_eq!(c.restore("THE"), "the");
        assert_eq!(c.restore("DOMINATE"), "dominate");
        assert_eq!(c.restore("BELGRADE"), "Belgrade");
    }

    #[test]
    fn lines_in_capitals_and_title_case() {
        assert!(shouted(&ws("SOCCER - JAPAN GET LUCKY WIN .")));
        assert!(shouted(&ws("BELGRADE 1996-08-30")));
        assert!(!shouted(&ws("The NATO summit")));
        assert!(title_cased(&ws("Flood Waters Rise in Valley Towns")));
        assert!(!title_cased(&ws("Flood waters rise in the valley towns")));
    }

    #[test]
    fn datelines_and_speaker_labels() {
        let w = ws("BELGRADE 1996-08-30");
        assert_eq!(dateline(&w, &[(9, 19)]), Some((0, 1)));
        let w = ws("NEW YORK, Feb 1");
        assert_eq!(dateline(&w, &[(10, 15)]), Some((0, 2)));
        let w = ws("Police said on Friday");
        assert_eq!(dateline(&w, &[(15, 21)]), None);
        let labels = |s: &str| -> Vec<bool> { speaker_labels(&ws(s)) };
        assert_eq!(
            labels("KURTZ: Welcome back."),
            [true, true, false, false, false]
        );
        assert!(labels("NATO said: no.").iter().all(|&x| !x));
        let l = labels("I think -- KURTZ: Is Twitter important?");
        assert_eq!(l.iter().filter(|&&x| x).count(), 2);
        assert!(l[3] && l[4] && !l[5]);
    }

    #[test]
    fn acronyms_fit_their_definitions() {
        let name = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(initials_fit(&name("National Weather Service"), "NWS"));
        assert!(initials_fit(&name("Bank of England"), "BoE"));
        assert!(!initials_fit(&name("Black Panther"), "BNP"));
        assert!(!initials_fit(&name("British Petroleum"), "BNP"));
        assert!(defines(&name("Islamic State Khorasan Province"), "ISK"));
        assert!(!defines(&name("Black Panther"), "BNP"));
        assert!(!defines(&name("London"), "AP"));
    }

    fn strings(s: &str) -> Vec<String> {
        ws(s).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn names_in_lines_of_scores_are_teams() {
        let casing = Casing::default();
        let words = strings("Hanwha 6 Ssangbangwool 5");
        let mut spans = Vec::new();
        teams_in_scores(&words, &mut spans, &casing);
        assert_eq!(spans, [(0, 1, NerType::Org), (2, 3, NerType::Org)]);
        // What the tagger found stays; a ranked list of people is no table of teams.
        let mut spans = vec![(0, 1, NerType::Per)];
        teams_in_scores(&words, &mut spans, &casing);
        assert_eq!(spans, [(0, 1, NerType::Per), (2, 3, NerType::Org)]);
        let mut spans = Vec::new();
        teams_in_scores(&strings("1. Geir Moen 20.36 21.10"), &mut spans, &casing);
        assert!(spans.is_empty());
        // Running text with a figure is no line of scores.
        let mut spans = Vec::new();
        teams_in_scores(
            &strings("Shares in Acme rose 5 percent to 120 pence on Monday"),
            &mut spans,
            &casing,
        );
        assert!(spans.is_empty());
        // `Houston at Pittsburgh`: a fixture, the team before `at`, the place after.
        let words = strings("Houston at Pittsburgh");
        assert!(team(&words, 0, 1) && !team(&words, 2, 3));
        assert!(!team(&strings("Talks at Geneva resumed"), 2, 3));
    }

    #[test]
    fn names_joined_by_an_ampersand_are_one() {
        let words = strings("shares of Douglas & Lomason rose");
        let mut spans = vec![(2, 3, NerType::Per), (4, 5, NerType::Per)];
        ampersands(&words, &mut spans);
        assert_eq!(spans, [(2, 5, NerType::Org)]);
        let mut spans = Vec::new();
        ampersands(&strings("salt & pepper"), &mut spans);
        assert!(spans.is_empty());
    }

    #[test]
    fn places_in_capitals_keep_their_words() {
        let words = ws("NEW YORK 74 60 KANSAS CITY 63 74");
        let mut read: Vec<String> = ["new", "York", "74", "60", "Kansas", "city", "63", "74"]
            .map(String::from)
            .to_vec();
        let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
        places_in_capitals(&words, &mut read, &gazetteer::mark(&texts));
        assert_eq!(read[..2], ["New", "York"]);
        assert_eq!(read[4..6], ["Kansas", "City"]);
        assert_eq!(read[2], "74");
    }

    #[test]
    fn a_preposition_of_place_places_a_name() {
        assert!(placed(&strings("fighting in Ardmore went on"), 2, 3));
        assert!(placed(&strings("talks near Ardmore"), 2, 3));
        assert!(!placed(&strings("in Ardmore 's speech"), 1, 2));
        assert!(!placed(&strings("their faith in Ardmore"), 3, 4));
        assert!(!placed(&strings("Ardmore said"), 0, 1));
    }

    #[test]
    fn someone_spoken_to_is_addressed() {
        let at = |s: &str, a: usize| {
            let words = strings(s);
            let texts: Vec<&str> = words.iter().map(String::as_str).collect();
            addressed(&words, &gazetteer::mark(&texts), a, a + 1)
        };
        assert!(at("it is quite calm , Jo .", 5));
        assert!(at("not really easing up , Jo , but they are", 5));
        assert!(at("the treatment was deplorable -- Jo .", 5));
        assert!(at("Well , Jo , the question is", 2));
        assert!(at("Jo , you may recall", 0));
        assert!(at("KAYE : Jo , is he right", 2));
        // Places and lists after a comma are not.
        assert!(!at("he flew to the capital , Cairo .", 6));
        assert!(!at("he flew to Ardmore , Norland .", 5));
        assert!(!at("the talks went on in Ardmore .", 5));
        assert!(!at("Ardmore , the capital , fell", 0));
        assert!(!at("Acme , citing rising costs , said", 0));
    }

    #[test]
    fn words_of_business_mark_a_company() {
        let words = strings("Acme said it would cut jobs");
        assert!(company(&words, 1));
        assert!(company(&strings("Acme's net profit rose"), 1));
        assert!(company(&strings("Acme was up 1/8"), 1));
        assert!(company_before(&strings("cables giant Acme announced"), 2));
        assert!(!company(&strings("Smith said he would stay"), 1));
        assert!(company(&strings("the Acme party won"), 2));
        assert!(!company(&strings("Smith 's party won"), 1));
        assert!(!company_before(&strings("said Smith on Monday"), 1));
    }

    #[test]
    fn places_stay_whole_and_nationalities_apart() {
        let words: Vec<String> = ["in", "New", "York", "the", "Iraqi", "President", "Saddam"]
            .map(String::from)
            .to_vec();
        let gaz = gazetteer::mark(&words);
        let mut spans = vec![(2, 3, NerType::Org), (4, 7, NerType::Per)];
        places_whole(&words, &gaz, &mut spans);
        nationalities(&words, &gaz, &mut spans);
        spans.sort();
        assert_eq!(
            spans,
            [
                (1, 3, NerType::Loc),
                (4, 5, NerType::Misc),
                (5, 7, NerType::Per)
            ]
        );
    }
}
