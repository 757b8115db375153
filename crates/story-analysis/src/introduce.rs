//! Labels name people as a reader needs them: in full at their first mention.
//!
//! An article names a person in full once (`Ann Lindqvist, the agency's director, said …`)
//! and by surname after (`Lindqvist said the plan …`). A label is one sentence lifted out of
//! its article, so a bare surname there names someone the reader was never introduced to.
//! Where the entities have linked that surname, in that very sentence, to a person the corpus
//! names in full, the label's first mention of them is written in full (`Ann Lindqvist said
//! the plan …`), as a journalist writes a first mention. Precision first: only a clean full
//! name (two to four capitalised words, none of them a function word, ending with the
//! surname) that the label's own article writes out, none of whose words the corpus writes
//! in lower case or is a title or a place (`Old Labor`, `Ninth Symphony` or `Chapel Parish`
//! taken for a person stay out, as do surnames that are words, `Cook`); never a surname that is also a
//! common given name, a titled, modifying or longer name (`Mr Lindqvist`, `the Lindqvist
//! plan`, `Lindqvist Group`), a name inside a quotation (the quoted words stay as spoken),
//! or a label that names the person in full already.

use std::collections::{HashMap, HashSet};

use story_core::{Document, Entity, EntityKind};

/// The people of a story that a sentence names by surname alone, with their full names.
#[derive(Debug, Default)]
pub struct People {
    /// (document, sentence) → (the surname as written, the full name).
    by_sentence: HashMap<(usize, u32), Vec<(String, String)>>,
}

impl People {
    /// Reads the entities' mentions once.
    pub fn of(docs: &[Document], entities: &[Entity]) -> People {
        let lower = lower_case_words(docs);
        let mut by_sentence: HashMap<(usize, u32), Vec<(String, String)>> = HashMap::new();
        for e in entities {
            if e.kind != EntityKind::Person || !clean_full_name(&e.name) {
                continue;
            }
            let words: Vec<&str> = e.name.split_whitespace().collect();
            let Some(surname) = words.last() else {
                continue;
            };
            // Every word a name's: none the corpus writes in lower case (`Former`, `Chapel`),
            // none a title or a place (`Alan Lindqvist Former Riga`, a caption glued on).
            let wordlike = |w: &&str| {
                lower.contains(&w.to_lowercase())
                    || crate::gazetteer::is_title(w)
                    || crate::gazetteer::is_place_name(w)
            };
            if crate::gazetteer::is_given_name(surname) || words.iter().any(wordlike) {
                continue;
            }
            let in_full: HashSet<usize> = e
                .mentions
                .iter()
                .filter(|m| m.text == e.name)
                .map(|m| m.doc.index())
                .collect();
            for m in e
                .mentions
                .iter()
                .filter(|m| m.text == *surname && in_full.contains(&m.doc.index()))
            {
                let at = by_sentence.entry((m.doc.index(), m.sentence)).or_default();
                let pair = (surname.to_string(), e.name.clone());
                if !at.contains(&pair) {
                    at.push(pair);
                }
            }
        }
        People { by_sentence }
    }

    /// `label`, taken from sentence `sentence` of document `doc`, with the first mention of
    /// each person that sentence names by surname alone written in full.
    pub fn introduce(&self, doc: usize, sentence: u32, label: &str) -> String {
        let Some(people) = self.by_sentence.get(&(doc, sentence)) else {
            return label.to_string();
        };
        let mut out = label.to_string();
        for (surname, full) in people {
            if out.contains(full.as_str()) {
                continue;
            }
            if let Some(at) = first_bare(&out, surname) {
                out.replace_range(at..at + surname.len(), full);
            }
        }
        out
    }
}

/// Whether `label` is words of `sentence` in a row, but for capitalised words (given names,
/// as [`People::introduce`] inserts them): its first word may differ in case (a connective
/// taken off raises it), its last be cut. The check tests make of every label.
pub fn holds(sentence: &str, label: &str) -> bool {
    let l: Vec<&str> = label.split_whitespace().collect();
    let s: Vec<&str> = sentence.split_whitespace().collect();
    let last = l.len().saturating_sub(1);
    (0..s.len()).any(|start| {
        let mut j = start;
        for (i, w) in l.iter().enumerate() {
            let same = s.get(j).is_some_and(|x| {
                x == w || (i == 0 && x.eq_ignore_ascii_case(w)) || (i == last && x.starts_with(w))
            });
            if same {
                j += 1;
            } else if !w.starts_with(char::is_uppercase) {
                return false;
            }
        }
        true
    })
}

/// Every word the corpus writes in lower case somewhere (`cook`, `chapel`), lower case.
fn lower_case_words(docs: &[Document]) -> HashSet<String> {
    let mut out = HashSet::new();
    for d in docs {
        for s in &d.sentences {
            for w in s.text.split(|c: char| !c.is_alphanumeric()) {
                if w.starts_with(char::is_lowercase) {
                    out.insert(w.to_lowercase());
                }
            }
        }
    }
    out
}

/// Two to four words, each capitalised (or an initial such as `F.`), none of them a function
/// word: a name, not a credit or a heading glued to the next sentence's first word.
fn clean_full_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            let first_upper = chars.next().is_some_and(char::is_uppercase);
            let rest: Vec<char> = chars.collect();
            let initial = rest == ['.'];
            let cased = rest.iter().any(|c| c.is_lowercase())
                && rest
                    .iter()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''));
            first_upper
                && (initial || cased)
                && !crate::text::STOP_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// Where `surname` first stands alone in `label` as a bare name: a whole word, not after a
/// capitalised word or a title (`Mr Lindqvist`, `director Lindqvist`), not before a
/// capitalised word (`Lindqvist Group`), not inside a quotation. `None` when its first
/// mention is not bare (a later one is not a first mention).
fn first_bare(label: &str, surname: &str) -> Option<usize> {
    let at = label.match_indices(surname).map(|(i, _)| i).find(|&i| {
        let before = label[..i].chars().next_back();
        let after = label[i + surname.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    })?;
    // The word right before, unless a mark parts them (`After talks with Berg, Lindqvist
    // said …`): a capitalised word or a title makes a longer or titled name, a determiner a
    // modifier (`the Lindqvist plan`).
    let previous = label[..at]
        .split_whitespace()
        .next_back()
        .filter(|p| !p.ends_with([',', ';', ':', ')', '"', '”', '—', '-']));
    if let Some(p) = previous {
        let p = p.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let lower = p.to_lowercase();
        let determiner = ["the", "a", "an", "this", "that"].contains(&lower.as_str());
        // The label's first word is capitalised as its first (`When Lindqvist arrived …`);
        // a function word there is no part of a name.
        let opener = label[..at].split_whitespace().count() == 1
            && crate::text::STOP_WORDS.contains(&lower.as_str())
            && !determiner;
        if (p.starts_with(char::is_uppercase) && !opener)
            || crate::gazetteer::is_title(p)
            || determiner
        {
            return None;
        }
    }
    // `Lindqvist's` reads on; `Lindqvist Group` is another name, and `the Lindqvist
    // family`, `Lindqvist aides` name others by her.
    let rest = &label[at + surname.len()..];
    if let Some(next) = rest
        .split_whitespace()
        .next()
        .filter(|_| rest.starts_with(char::is_whitespace))
    {
        let bare = next.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.starts_with(char::is_uppercase) || modified(&bare.to_lowercase()) {
            return None;
        }
    }
    if inside_quotation(&label[..at]) {
        return None;
    }
    Some(at)
}

/// Whether a word after a name makes the name its modifier: a noun of people, bodies or
/// happenings (`family`, `administration`, `trial`), or one of a few other such heads.
fn modified(word: &str) -> bool {
    const HEADS: &[&str] = &[
        "aides",
        "camp",
        "era",
        "estate",
        "regime",
        "years",
        "doctrine",
        "children",
        "household",
        "choreographer",
        "loyalists",
        "supporters",
    ];
    HEADS.contains(&word)
        || crate::gazetteer::person_nouns().contains(&word)
        || crate::gazetteer::org_words().contains(&word)
        || crate::gazetteer::happening_nouns().contains(&word)
}

/// Whether text ending here is inside a quotation: an odd number of straight double quotes,
/// or a curly opening quote not yet closed.
fn inside_quotation(before: &str) -> bool {
    let straight = before.matches('"').count();
    let open = before.rfind('“');
    let close = before.rfind('”');
    straight % 2 == 1 || open.is_some_and(|o| close.is_none_or(|c| c < o))
}

#[cfg(test)]
mod tests {
    use super::*;
    use story_core::{DocNo, Mention, Sentence};

    fn person(name: &str, mentions: &[(usize, u32, &str)]) -> Entity {
        Entity {
            id: name.to_lowercase(),
            name: name.to_string(),
            kind: EntityKind::Person,
            aliases: Vec::new(),
            mentions: mentions
                .iter()
                .map(|&(doc, sentence, text)| Mention {
                    doc: DocNo::at(doc),
                    sentence,
                    text: text.to_string(),
                    start: 0,
                    end: text.chars().count() as u32,
                })
                .collect(),
        }
    }

    /// Three articles; the third writes `ann`, `former`, `parish` and `symphony` in lower case.
    fn corpus() -> Vec<Document> {
        let texts: [&[&str]; 3] = [
            &["Eva Lindqvist runs the agency.", "She spoke.", "It rained."],
            &["Eva Lindqvist spoke.", "The agency agreed."],
            &["The former parish choir sang a symphony for ann."],
        ];
        texts
            .iter()
            .map(|sentences| Document {
                sentences: sentences
                    .iter()
                    .map(|t| Sentence {
                        text: t.to_string(),
                        ..Sentence::default()
                    })
                    .collect(),
                ..Document::default()
            })
            .collect()
    }

    fn lindqvist() -> Entity {
        person(
            "Eva Lindqvist",
            &[
                (0, 0, "Eva Lindqvist"),
                (0, 3, "Lindqvist"),
                (1, 0, "Eva Lindqvist"),
                (1, 5, "Lindqvist"),
                (2, 1, "Lindqvist"),
            ],
        )
    }

    fn people(entities: &[Entity]) -> People {
        People::of(&corpus(), entities)
    }

    #[test]
    fn a_bare_surname_is_written_in_full_at_its_first_mention() {
        let people = people(&[lindqvist()]);
        let cases = [
            (
                "Lindqvist said the plan would cost more.",
                "Eva Lindqvist said the plan would cost more.",
            ),
            (
                "The plan, said Lindqvist, would cost more than Lindqvist had hoped.",
                "The plan, said Eva Lindqvist, would cost more than Lindqvist had hoped.",
            ),
            (
                "Lindqvist's plan would cost more.",
                "Eva Lindqvist's plan would cost more.",
            ),
            (
                "After talks with Berg, Lindqvist said the plan would cost more.",
                "After talks with Berg, Eva Lindqvist said the plan would cost more.",
            ),
            (
                "When Lindqvist arrived, the plan changed.",
                "When Eva Lindqvist arrived, the plan changed.",
            ),
        ];
        for (label, want) in cases {
            assert_eq!(people.introduce(0, 3, label), want, "{label}");
        }
    }

    #[test]
    fn only_where_the_sentence_names_that_person_and_its_article_in_full() {
        let people = people(&[lindqvist()]);
        let label = "Lindqvist said the plan would cost more.";
        // Another sentence: its `Lindqvist` was not linked to her.
        assert_eq!(people.introduce(0, 4, label), label);
        // The third article never writes her full name.
        assert_eq!(people.introduce(2, 1, label), label);
    }

    #[test]
    fn titled_modifying_longer_quoted_or_introduced_names_stay() {
        let people = people(&[lindqvist()]);
        for label in [
            "Ms Lindqvist said the plan would cost more.",
            "The director Lindqvist said the plan would cost more.",
            "Lindqvist Group said the plan would cost more.",
            "Critics of the Lindqvist plan said it would cost more.",
            "Lindqvist family members came.",
            "Lindqvist aides said it would cost more.",
            "\"Ask Lindqvist,\" the minister said.",
            "“Ask Lindqvist,” the minister said.",
            "Eva Lindqvist said so, and Lindqvist was right.",
            "Lindqvists came from the north.",
        ] {
            assert_eq!(people.introduce(0, 3, label), label, "{label}");
        }
    }

    #[test]
    fn a_label_holds_its_sentence_with_given_names_inserted() {
        let sentence = "But Lindqvist said the plan would cost more than expected.";
        assert!(holds(
            sentence,
            "Eva Lindqvist said the plan would cost more"
        ));
        assert!(holds(
            sentence,
            "Lindqvist said the plan would cost more than exp"
        ));
        assert!(!holds(
            sentence,
            "Lindqvist said the new plan would cost more"
        ));
        assert!(!holds(sentence, "Lindqvist said the plan cost more"));
    }

    #[test]
    fn only_clean_full_names_whose_words_are_no_common_words() {
        let mention = |name: &str, bare: &'static str| {
            person(name, &[(0, 0, name), (1, 0, name), (0, 3, bare)])
        };
        for (e, label) in [
            // A credit glued to the next sentence's first word is no name.
            (
                mention("Photo Lindqvist The", "Lindqvist"),
                "Lindqvist said so.",
            ),
            // A surname that is also a common given name is not read as anyone's.
            (mention("Ann Thomas", "Thomas"), "Thomas said so."),
            // Words the corpus writes in lower case: a thing taken for a person.
            (
                mention("Ninth Symphony", "Symphony"),
                "The 10th Symphony was played.",
            ),
            (
                mention("Chapel Parish", "Parish"),
                "Parish records were kept.",
            ),
            (mention("Ann Berg", "Berg"), "Berg said so."),
            (mention("Eva Berg Former Riga", "Riga"), "Riga said so."),
        ] {
            assert_eq!(people(&[e]).introduce(0, 3, label), label, "{label}");
        }
        assert_eq!(
            people(&[mention("Eva Berg", "Berg")]).introduce(0, 3, "Berg said so."),
            "Eva Berg said so."
        );
        assert!(clean_full_name("Ann B. Lindqvist"));
        assert!(clean_full_name("Eva Lindqvist-Berg"));
        assert!(!clean_full_name("Lindqvist"));
        assert!(!clean_full_name("ANN LINDQVIST"));
        assert!(!clean_full_name("Ann of Lindqvist"));
    }
}
