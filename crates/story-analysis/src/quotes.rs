//! Quotes: words between quotation marks, with their speaker where the text names one, and
//! scare quotes (a short term held at a distance: “reform”) told apart from speech.
//!
//! A quote may run over several sentences of a paragraph. The speaker is the person or
//! organisation named as the subject of a speech verb next to the quote (`the mayor declared …
//! “…”`, `According to … economist Ruth Okoye, “…”`, `“…,” the minister said`).

use std::collections::HashMap;

use story_core::{DocNo, Document, Entity, Quote, QuoteKind};

/// Verbs and phrases that attribute words to someone.
const SPEECH_CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "declared",
    "declares",
    "stated",
    "states",
    "added",
    "adds",
    "warned",
    "warns",
    "called",
    "calls",
    "calling",
    "urged",
    "urges",
    "described",
    "describes",
    "wrote",
    "writes",
    "announced",
    "announces",
    "noted",
    "notes",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "argued",
    "argues",
    "asked",
    "asks",
    "according",
    "referred",
    "refers",
    "reframed",
    "branded",
    "brands",
    "labelled",
    "labeled",
    "dubbed",
    "explained",
    "explains",
    "replied",
    "replies",
    "tweeted",
    "posted",
    "affirmed",
    "affirms",
    "vowed",
    "vows",
    "promised",
    "pledged",
    "accused",
    "accuses",
    "remarked",
];

/// Quotes of at most this many words, with no speech cue before them, are scare quotes.
const SCARE_MAX_WORDS: usize = 4;

/// A quote in the making: where it opened.
struct Open {
    sentence: usize,
    start_char: usize,
    text: String,
}

/// Finds the quotes of every document.
pub fn extract(docs: &[Document], entities: &[Entity]) -> Vec<Quote> {
    // Entity mentions by sentence, in order, with kinds: looked up for every quote.
    let mut named: Named = HashMap::new();
    for e in entities {
        for m in &e.mentions {
            named.entry((m.doc, m.sentence)).or_default().push((
                m.start,
                m.end,
                e.id.as_str(),
                e.kind.as_str(),
                m.text.as_str(),
            ));
        }
    }
    for list in named.values_mut() {
        list.sort();
    }
    let entities = &named;
    let mut out = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let no = DocNo::at(d);
        let mut open: Option<Open> = None;
        let mut paragraph = None;
        for (i, s) in doc.sentences.iter().enumerate() {
            if paragraph != Some(s.paragraph) {
                // Quotes never run across paragraphs: an unclosed one is dropped as a stray mark.
                open = None;
                paragraph = Some(s.paragraph);
            }
            let chars: Vec<char> = s.text.chars().collect();
            let mut k = 0;
            while k < chars.len() {
                let c = chars[k];
                match (&mut open, c) {
                    (Some(o), '”') | (Some(o), '"') if closes(&chars, k) => {
                        let start = if o.sentence == i { o.start_char } else { 0 };
                        let piece: String = chars[start..k].iter().collect();
                        if !o.text.is_empty() {
                            o.text.push(' ');
                        }
                        o.text.push_str(piece.trim());
                        let o = open.take().expect("checked above");
                        out.push(finish(no, doc, entities, o, i, k));
                    }
                    (None, '“') | (None, '"') if opens(&chars, k) => {
                        open = Some(Open {
                            sentence: i,
                            start_char: k + 1,
                            text: String::new(),
                        });
                    }
                    _ => {}
                }
                k += 1;
            }
            // Still open at the end of the sentence: the words so far belong to the quote.
            if let Some(o) = &mut open {
                let start = if o.sentence == i { o.start_char } else { 0 };
                let piece: String = chars[start.min(chars.len())..].iter().collect();
                if !o.text.is_empty() {
                    o.text.push(' ');
                }
                o.text.push_str(piece.trim());
            }
        }
    }
    out
}

/// A straight `"` opens when it follows a space or starts the text.
fn opens(chars: &[char], k: usize) -> bool {
    chars[k] == '“' || k == 0 || chars[k - 1].is_whitespace() || chars[k - 1] == '('
}

/// A straight `"` closes when it does not open.
fn closes(chars: &[char], k: usize) -> bool {
    chars[k] == '”' || !opens(chars, k) || k + 1 == chars.len()
}

/// Entity mentions by `(document, sentence)`: span (chars), entity id, kind and text.
type Named<'a> = HashMap<(DocNo, u32), Vec<(u32, u32, &'a str, &'a str, &'a str)>>;

fn finish(
    no: DocNo,
    doc: &Document,
    entities: &Named,
    o: Open,
    end_sentence: usize,
    end_char: usize,
) -> Quote {
    let text = o
        .text
        .trim()
        .trim_end_matches([',', '.'])
        .trim()
        .to_string();
    let words = text.split_whitespace().count();
    let first = &doc.sentences[o.sentence].text;
    let before: String = first.chars().take(o.start_char.saturating_sub(1)).collect();
    let last = &doc.sentences[end_sentence].text;
    let after: String = last.chars().skip(end_char + 1).collect();
    let speaker = find_speaker(no, doc, entities, o.sentence, &before, end_sentence, &after);
    let kind = if words <= SCARE_MAX_WORDS && !cue_right_before(&before) {
        QuoteKind::Scare
    } else {
        QuoteKind::Speech
    };
    let (speaker, speaker_entity) = match (kind, speaker) {
        (QuoteKind::Speech, Some((name, id))) => (Some(name), id),
        _ => (None, None),
    };
    let end = if end_sentence == o.sentence {
        end_char as u32
    } else {
        first.chars().count() as u32
    };
    Quote {
        doc: no,
        sentence: o.sentence as u32,
        end_sentence: end_sentence as u32,
        start: o.start_char as u32,
        end,
        text,
        kind,
        speaker,
        speaker_entity,
    }
}

fn words_lower(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A speech cue right before the quote (`calling on Muslims “…`, `said: “…`).
fn cue_right_before(before: &str) -> bool {
    let w = words_lower(before);
    w.iter()
        .rev()
        .take(3)
        .any(|x| SPEECH_CUES.contains(&x.as_str()))
}

/// The speaker: an entity named before a speech cue ahead of the quote, or right after the
/// quote with a cue (`“…,” X said` / `said X`).
fn find_speaker<'a>(
    no: DocNo,
    doc: &Document,
    entities: &Named<'a>,
    first: usize,
    before: &str,
    last: usize,
    after: &str,
) -> Option<(String, Option<String>)> {
    // Entity mentions of a sentence, in order, with kinds.
    let mentions = |sentence: usize| -> Vec<(u32, u32, &'a str, &'a str, &'a str)> {
        entities
            .get(&(no, sentence as u32))
            .cloned()
            .unwrap_or_default()
    };
    let speaker_kind = |k: &str| k == "person" || k == "organisation";
    let before_chars = before.chars().count() as u32;
    let bw = words_lower(before);
    if let Some(cue_at) = bw.iter().rposition(|x| SPEECH_CUES.contains(&x.as_str())) {
        // Before the quote: the speaker stands before the cue, or right after `according to`.
        let cue_char = char_of_word(before, cue_at);
        let ms = mentions(first);
        let according = bw[cue_at] == "according";
        let pick = if according {
            ms.iter()
                .rfind(|m| m.0 >= cue_char && m.1 <= before_chars && speaker_kind(m.3))
        } else {
            ms.iter()
                .rfind(|m| m.1 <= cue_char && speaker_kind(m.3))
                .or_else(|| ms.iter().rfind(|m| m.1 <= cue_char))
        };
        if let Some(m) = pick {
            return Some((m.4.to_string(), Some(m.2.to_string())));
        }
    }
    // After the quote: `“…,” X said` or `“…,” said X`.
    let aw = words_lower(after);
    if aw.iter().take(6).any(|x| SPEECH_CUES.contains(&x.as_str())) {
        let offset = doc.sentences[last].text.chars().count() as u32 - after.chars().count() as u32;
        if let Some(m) = mentions(last)
            .into_iter()
            .find(|m| m.0 >= offset && m.0 < offset + 60 && speaker_kind(m.3))
        {
            return Some((m.4.to_string(), Some(m.2.to_string())));
        }
    }
    None
}

/// The character offset of the `n`th word of `words_lower(s)`.
fn char_of_word(s: &str, n: usize) -> u32 {
    let mut count = 0;
    let mut in_word = false;
    for (ci, c) in s.chars().enumerate() {
        let w = c.is_alphanumeric() || c == '-';
        if w && !in_word {
            if count == n {
                return ci as u32;
            }
            count += 1;
        }
        in_word = w;
    }
    s.chars().count() as u32
}

#[cfg(test)]
mod tests {
    use crate::{build, SourceFile};

    fn quotes(text: &str) -> Vec<(String, String, Option<String>)> {
        let ix = build(&[SourceFile::new("q.txt", text)]).unwrap();
        ix.quotes
            .into_iter()
            .map(|q| (q.text, q.kind.as_str().to_string(), q.speaker))
            .collect()
    }

    #[test]
    fn speech_with_speakers() {
        assert_eq!(
            quotes("Mayor Ann Lee said the city was “ready for anything that comes next.” Crowds cheered."),
            [("ready for anything that comes next".into(), "speech".into(), Some("Ann Lee".into()))]
        );
        assert_eq!(
            quotes("“We will rebuild every bridge,” Governor Tom Reyes told reporters on Friday."),
            [(
                "We will rebuild every bridge".into(),
                "speech".into(),
                Some("Tom Reyes".into())
            )]
        );
        assert_eq!(
            quotes("According to economist Ruth Okoye, “prices will rise. Wages will not.” Others disagree."),
            [("prices will rise. Wages will not".into(), "speech".into(), Some("Ruth Okoye".into()))]
        );
    }

    #[test]
    fn scare_quotes_and_unattributed_speech() {
        assert_eq!(
            quotes("Critics called the plan a “success” only in name. The so-called \"reform\" stalled."),
            [
                ("success".into(), "scare".into(), None),
                ("reform".into(), "scare".into(), None)
            ]
        );
        assert_eq!(
            quotes("The banner read “no more broken promises from the council”. Nobody signed it."),
            [(
                "no more broken promises from the council".into(),
                "speech".into(),
                None
            )]
        );
    }

    #[test]
    fn stray_marks_are_not_quotes() {
        assert!(quotes("He opened “a quote that never closes.\n\nNew paragraph.").is_empty());
        assert!(quotes("Size 5\" screens and 3\" wheels.").len() <= 1);
    }
}
