//! Events: what happened when, clustered across documents, labelled and ranked.
//!
//! The steps, a module each: [`mentions`] finds every DATE expression that names a calendar
//! time and the clause around it; [`link`] joins mentions that tell of the same happening
//! (overlapping times, alike actions and participants); an event takes the time of its most
//! precise mention and, as its label, the most representative of its sentences as a readable
//! statement ([`crate::statement`]); [`salience`] ranks the events the way a journalist
//! would pick them for the story's timeline.

use std::cell::OnceCell;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap, HashSet};
use story_core::DocNo;

use story_core::date::Date;
use story_core::time::Granularity;

use story_core::{Document, Entity, Event, Mention};

use crate::text::Words;

mod link;
mod mentions;
mod salience;

use mentions::Candidate;

/// The knobs of the clustering; [`Params::default`] holds the values measured best on the
/// annotated cases (see `docs/quality.md`).
#[derive(Clone, Copy, Debug)]
pub struct Params {
    /// Scales every likeness threshold.
    pub scale: f64,
    /// Extra likeness asked for each step of granularity between two mentions.
    pub per_granularity_step: f64,
    /// Share of the threshold asked of two mentions of the very same time.
    pub same_time_factor: f64,
    /// Words or entities two mentions must share to tell of one happening: one shared word
    /// (`killed`) is not enough.
    pub min_shared: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            scale: 0.4,
            per_granularity_step: 0.03,
            same_time_factor: 0.6,
            min_shared: 2,
        }
    }
}

/// Finds the events of a corpus.
pub fn extract(docs: &[Document], entities: &[Entity]) -> Vec<Event> {
    extract_with(docs, entities, &Params::default())
}

/// [`extract`] with other knobs, for measuring them.
pub fn extract_with(docs: &[Document], entities: &[Entity], params: &Params) -> Vec<Event> {
    let mut cands = mentions::collect(docs, entities);
    link::weigh(&mut cands);
    // A mention of a page about something else never pairs (`link::group`): alone, it is
    // no event.
    let mut groups = link::group(&cands, params);
    groups.retain(|g| g.iter().any(|&i| !cands[i].off_story));
    let read: Vec<OnceCell<Option<Statement>>> = cands.iter().map(|_| OnceCell::new()).collect();
    let known = crate::statement::Known::of_story(docs, entities);
    let people = crate::introduce::People::of(docs, entities);
    // Groups that come out with the same time and the same label tell of one happening in
    // one sentence (a sentence that names the time twice): they are one event.
    let mut merged: Vec<Vec<usize>> = Vec::new();
    let mut by_key: HashMap<(Date, Date, String), usize> = HashMap::new();
    // A mention whose sentence says little of what the label says (beside the time) tells
    // of another happening of that time: it leaves the event, and the mentions that left
    // make an event of their own if they read as one (`Authorities arrested a party's
    // spokesman on Friday` and `Police stormed the party's newsroom on Friday and arrested
    // its journalists` share the party and an arrest, not the happening).
    // A coarser time is a busy one (`in 1976`, told again and again) when more than
    // `MONTH_COMMON` mentions name it (as grouping reads it, `link.rs`): a quiet one is the
    // one happening a story retells in many words (`blacklisted in 2003`, `designated in
    // 2003`), and all its mentions stay.
    let told = link::told_times(&cands, Granularity::Week);
    let quiet = |m: usize| {
        cands[m].granularity > Granularity::Week
            && told.get(&cands[m].shown).copied().unwrap_or(0) <= link::MONTH_COMMON
    };
    let mut work: Vec<Vec<usize>> = groups;
    // Each piece with its event where the piece is the group it was made from (a piece that
    // kept part of its group is made again).
    let mut pieces: Vec<(Vec<usize>, Option<Event>)> = Vec::new();
    while let Some(members) = work.pop() {
        let Some((e, (doc, sentence))) = make_event(docs, &cands, &read, &known, &members) else {
            continue;
        };
        if quiet(members[0]) {
            pieces.push((members, Some(e)));
            continue;
        }
        let said = label_words(&e.label, &docs[doc].sentences[sentence as usize]);
        let (kept, left): (Vec<usize>, Vec<usize>) = members.iter().partition(|&&m| {
            let c = &cands[m];
            (c.doc, c.sentence as u32) == (doc, sentence)
                || tells_the_label(&said, &docs[c.doc].sentences[c.sentence])
        });
        if left.is_empty() || kept.is_empty() {
            pieces.push((members, Some(e)));
        } else {
            pieces.push((kept, None));
            work.push(left);
        }
    }
    for (members, made) in pieces {
        let Some(e) =
            made.or_else(|| make_event(docs, &cands, &read, &known, &members).map(|(e, _)| e))
        else {
            continue;
        };
        match by_key.entry((e.start, e.end, e.label)) {
            Entry::Occupied(at) => merged[*at.get()].extend(members),
            Entry::Vacant(slot) => {
                slot.insert(merged.len());
                merged.push(members);
            }
        }
    }
    let on_story = story_sentences(docs, entities);
    // Each event with the sentence its label comes from.
    let mut labelled: Vec<(Event, (DocNo, u32))> = merged
        .iter_mut()
        .filter_map(|members| {
            members.sort_by_key(|&m| cands[m].precision());
            let (mut e, (doc, sentence)) = make_event(docs, &cands, &read, &known, members)?;
            // A person its label's sentence names by surname alone, named in full.
            e.label = people.introduce(doc, sentence, &e.label);
            Some((e, (DocNo::at(doc), sentence)))
        })
        .collect();
    // An event told only far from anything of the story (a saved page's programme listings,
    // a message board's family histories, a sidebar's other news) is not the story's.
    if let Some(near) = near_the_story(docs, on_story.as_ref()) {
        labelled.retain(|(e, _)| e.mentions.iter().any(|m| near.holds(m.doc, m.sentence)));
    }
    let (mut events, label_at): (Vec<Event>, Vec<(DocNo, u32)>) = labelled.into_iter().unzip();
    salience::rank(docs, &known, &mut events);
    if let Some(on) = &on_story {
        for e in events.iter_mut() {
            if !e.mentions.iter().any(|m| on.contains(&(m.doc, m.sentence))) {
                e.salience *= OFF_STORY;
            }
        }
    }
    // A sentence that names an event's time only in passing (`after Tuesday's earthquake`,
    // `the worst since 1968`, `Jackson, who died in June 2009, had spent …`) counts for the
    // event's salience but is not cited as telling of it: it tells of something else, and
    // is listed apart, as passing. (An event told only so has no label and is not made; one
    // whose label reads best from a relative clause keeps that sentence, and its copies in
    // other articles.)
    let asides: HashSet<(DocNo, u32, u32)> = cands
        .iter()
        .filter(|c| c.background || c.record || c.incidental)
        .map(|c| (DocNo::at(c.doc), c.sentence as u32, c.start_char))
        .collect();
    // What each sentence of an event says beside its times, read once.
    let said: HashMap<(DocNo, u32), HashSet<String>> = events
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (m.doc, m.sentence)))
        .chain(label_at.iter().copied())
        .map(|(doc, sentence)| {
            let words = docs
                .get(doc.index())
                .and_then(|d| d.sentences.get(sentence as usize))
                .map(said_beside_time)
                .unwrap_or_default();
            ((doc, sentence), words)
        })
        .collect();
    let nothing = HashSet::new();
    let said_in = |doc: DocNo, sentence: u32| said.get(&(doc, sentence)).unwrap_or(&nothing);
    for (e, &(doc, sentence)) in events.iter_mut().zip(&label_at) {
        let labelling = said_in(doc, sentence);
        // The label's sentence, and its copies in other articles (word for word or nearly).
        let copies: HashSet<(DocNo, u32)> = e
            .mentions
            .iter()
            .map(|m| (m.doc, m.sentence))
            .filter(|&(d, s)| likeness(said_in(d, s), labelling) >= COPY)
            .collect();
        let aside = |m: &Mention| {
            asides.contains(&(m.doc, m.sentence, m.start)) && !copies.contains(&(m.doc, m.sentence))
        };
        if e.mentions.iter().any(|m| !aside(m)) {
            let (passing, telling) = std::mem::take(&mut e.mentions).into_iter().partition(aside);
            e.mentions = telling;
            e.passing = passing;
            // A sentence that tells of it through another of its times is cited, not passing.
            let told: HashSet<(DocNo, u32)> =
                e.mentions.iter().map(|m| (m.doc, m.sentence)).collect();
            // A passing sentence is listed under the event only when it says what the event's
            // sentences say, not only when: a sentence naming a day or a month in passing
            // while telling of something else joins an event by a word or two (`a man who
            // returned from a trip last week` beside `the woman who returned from a trip on
            // Sunday`). It is listed when it reads like the label's sentence, or shares words
            // with what the event's sentences tell where more than the label's sentence and
            // its copies tell it, or where it is a year's or a decade's (`the 2005 trial`, `the
            // 1918 flu`, `since Tuesday's earthquake`): such events are the story's known
            // happenings, which other sentences name in passing.
            let known =
                told.iter().any(|k| !copies.contains(k)) || e.granularity >= Granularity::Year;
            let cited: HashSet<&String> = told.iter().flat_map(|&(d, s)| said_in(d, s)).collect();
            e.passing.retain(|p| {
                if told.contains(&(p.doc, p.sentence)) {
                    return false;
                }
                let words = said_in(p.doc, p.sentence);
                likeness(words, labelling) >= PASSING_LIKENESS
                    || (known
                        && words.iter().filter(|w| cited.contains(w)).count() >= PASSING_SHARED)
            });
        }
    }
    events.sort_by(|a, b| (&a.start, &a.end, &a.label).cmp(&(&b.start, &b.end, &b.label)));
    for (n, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", n + 1);
    }
    events
}

/// How alike (shared words over all words, [`likeness`]) a sentence must be to the label's to
/// be a copy of it: an outlet's rewording of a wire sentence (`who was freed Monday after being
/// held for 10 days` beside `who was freed on Monday after 10 days`).
const COPY: f64 = 0.6;
/// How alike a passing sentence must be to the label's to be listed under its event.
const PASSING_LIKENESS: f64 = 0.2;
/// Words a passing sentence must share with the cited ones to be listed under an event told
/// by several sentences, or a year's.
const PASSING_SHARED: usize = 2;

/// The content words (stems) of a sentence outside its time expressions: what it says
/// beside when.
fn said_beside_time(s: &story_core::Sentence) -> HashSet<String> {
    let times: Vec<(usize, usize)> = s
        .times
        .iter()
        .map(|t| {
            (
                crate::statement::byte_at(&s.text, t.start as usize),
                crate::statement::byte_at(&s.text, t.end as usize),
            )
        })
        .collect();
    Words::shared()
        .content(&s.text)
        .into_iter()
        .filter(|w| !times.iter().any(|&(a, b)| w.start < b && w.end > a))
        .map(|w| w.stem)
        .collect()
}

/// What a label says beside its times: the words of its sentence outside time expressions
/// ([`said_beside_time`]) that the label holds.
fn label_words(label: &str, sentence: &story_core::Sentence) -> HashSet<String> {
    let held: HashSet<String> = Words::shared()
        .content(label)
        .into_iter()
        .map(|w| w.stem)
        .collect();
    said_beside_time(sentence)
        .into_iter()
        .filter(|w| held.contains(w))
        .collect()
}

/// A sentence tells what a label says when it holds at least one in this many of the label's
/// words (measured on the judged events, docs/quality.md: at a fifth, 22 judged impure events
/// part and 5 judged pure ones; at a quarter 30 and 10, at 0.3 34 and 17).
const TELLS_LABEL_PARTS: usize = 5;

/// Whether a sentence tells what a label says ([`label_words`]): it holds at least one in
/// [`TELLS_LABEL_PARTS`] of those words.
fn tells_the_label(said: &HashSet<String>, sentence: &story_core::Sentence) -> bool {
    let theirs = said_beside_time(sentence);
    let held = said.iter().filter(|w| theirs.contains(*w)).count();
    held * TELLS_LABEL_PARTS >= said.len()
}

/// Shared words over all words of two sentences (0 when both say nothing).
fn likeness(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let shared = a.intersection(b).count();
    let all = a.len() + b.len() - shared;
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}

/// Fewest documents for a corpus to be read as one story among the other news its pages carry.
const MIN_DOCS_FOR_STORY: usize = 20;
/// What an event that names none of the story's own entities keeps of its salience.
const OFF_STORY: f32 = 0.25;
/// Share of the documents an entity must be named in to be one of the story's own.
const STORY_ENTITY_SHARE: f64 = 0.05;

/// The sentences that name one of the story's own entities (named in at least
/// [`STORY_ENTITY_SHARE`] of the documents), in a corpus of [`MIN_DOCS_FOR_STORY`] documents
/// or more; `None` for a smaller corpus, which is taken whole. Saved pages carry other news
/// (a sidebar's birthday, a programme listing, a reader's aside): an event none of whose
/// sentences names the story's people, places or bodies is most likely not the story's: it
/// stays, but ranks low (a missing key event misleads less than a stray one shown first).
fn story_sentences(docs: &[Document], entities: &[Entity]) -> Option<HashSet<(DocNo, u32)>> {
    if docs.len() < MIN_DOCS_FOR_STORY {
        return None;
    }
    let needed = (docs.len() as f64 * STORY_ENTITY_SHARE).ceil() as usize;
    let mut on = HashSet::new();
    for e in entities {
        let named_in: HashSet<DocNo> = e.mentions.iter().map(|m| m.doc).collect();
        if named_in.len() >= needed {
            on.extend(e.mentions.iter().map(|m| (m.doc, m.sentence)));
        }
    }
    Some(on)
}

/// Share of the documents a word must be in to be one of the story's own words.
const STORY_WORD_SHARE: f64 = 0.3;
/// Sentences either side of a sentence of the story that are still near it.
const NEAR_THE_STORY: usize = 1;

/// For each document, whether each sentence is near the story: within [`NEAR_THE_STORY`]
/// sentences of one that names one of the story's own entities (`on_story`) or says one of
/// its own words (a content word in at least [`STORY_WORD_SHARE`] of the documents: `flood`,
/// `virus`, `trial`). A sentence that tells the story without naming it (`A second team
/// arrived on Thursday`) sits among others that do; a page's other news does not. A page
/// none of whose sentences does is taken whole: it is all of one piece, and the corpus's
/// majority does not tell which.
struct Near(Vec<Vec<bool>>);

impl Near {
    fn holds(&self, doc: DocNo, sentence: u32) -> bool {
        self.0
            .get(doc.index())
            .and_then(|d| d.get(sentence as usize))
            .copied()
            .unwrap_or(false)
    }
}

/// [`Near`] for a corpus of [`MIN_DOCS_FOR_STORY`] documents or more (`on_story` is then
/// `Some`); `None` for a smaller one, which is taken whole.
fn near_the_story(docs: &[Document], on_story: Option<&HashSet<(DocNo, u32)>>) -> Option<Near> {
    let on_story = on_story?;
    let words = Words::shared();
    let stems: Vec<Vec<HashSet<String>>> = crate::par::map(docs, |d| {
        d.sentences
            .iter()
            .map(|s| words.content(&s.text).into_iter().map(|w| w.stem).collect())
            .collect()
    });
    let mut df: HashMap<&str, usize> = HashMap::new();
    for doc in &stems {
        let mut seen: HashSet<&str> = HashSet::new();
        for stem in doc.iter().flatten() {
            if seen.insert(stem) {
                *df.entry(stem).or_default() += 1;
            }
        }
    }
    let needed = (docs.len() as f64 * STORY_WORD_SHARE).ceil() as usize;
    let near = stems
        .iter()
        .enumerate()
        .map(|(d, sentences)| {
            let told: Vec<bool> = sentences
                .iter()
                .enumerate()
                .map(|(s, stems)| {
                    on_story.contains(&(DocNo::at(d), s as u32))
                        || stems.iter().any(|w| df.get(w.as_str()) >= Some(&needed))
                })
                .collect();
            // A page that nowhere comes near the story's entities and words is taken whole:
            // the story may be told in words of its own there (a corpus of several stories).
            if !told.contains(&true) {
                return vec![true; told.len()];
            }
            (0..told.len())
                .map(|s| {
                    let from = s.saturating_sub(NEAR_THE_STORY);
                    told[from..(s + NEAR_THE_STORY + 1).min(told.len())]
                        .iter()
                        .any(|&t| t)
                })
                .collect()
        })
        .collect();
    Some(Near(near))
}

/// A mention's sentence read as a statement (`crate::statement`), for its event's label: its
/// content words, whether it tells as a report does and names its subject, and its length in
/// words. Read once a mention, however many groups it is weighed in.
struct Statement {
    text: String,
    said: HashSet<String>,
    tells: bool,
    alone: bool,
    /// No verb says when (`Protesters gather in the square Friday`): of a past day, a
    /// photograph's caption.
    untensed: bool,
    length: usize,
}

/// The event of a group of mentions; `None` when none of its sentences reads as a statement
/// (a table row, a time stamp): a happening nobody tells of in words is not shown. `read`
/// holds each mention's [`Statement`] once read.
fn make_event(
    docs: &[Document],
    cands: &[Candidate],
    read: &[OnceCell<Option<Statement>>],
    known: &crate::statement::Known,
    members: &[usize],
) -> Option<(Event, (usize, u32))> {
    let head = &cands[members[0]];
    // Features that at least two mentions share (all of them for a single mention).
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for &m in members {
        for f in cands[m].features.keys() {
            *counts.entry(f.as_str()).or_default() += 1;
        }
    }
    let shared: HashSet<&str> = counts
        .iter()
        .filter(|(_, c)| members.len() == 1 || **c >= 2)
        .map(|(f, _)| *f)
        .collect();
    // The label: of the mentions' sentences that read as statements, one whose date is in
    // its own clause, not a relative one (`Jackson, who died in June, had …` tells mainly of
    // something else), that tells as a report does (not a reader's first person or question),
    // that names its subject, whose date opens it (`In 2009, the government …`: the date of
    // its own happening, not of a background one), and of those the one that says most of
    // what the mentions share; then the one
    // nearest its article's top, then the one nearest 20 words long. A sentence that dates
    // another happening by this one (`after Tuesday's earthquake`) tells of that other; one
    // that dates by a coarser time (`this month`) does not tell of the day's happening.
    let words = Words::shared();
    let label = members
        .iter()
        .filter(|&&m| {
            let c = &cands[m];
            !c.background && !c.record && c.granularity == head.granularity
        })
        .filter_map(|&m| {
            let c = &cands[m];
            let read = read[m]
                .get_or_init(|| {
                    let sentence = &docs[c.doc].sentences[c.sentence].text;
                    let text = crate::statement::statement(sentence, c.end_char as usize)?;
                    Some(Statement {
                        said: words
                            .content(&text)
                            .into_iter()
                            .map(|w| w.concept)
                            .collect(),
                        tells: crate::statement::tells(&text),
                        alone: crate::statement::stands_alone_in(&text, known)
                            && !crate::statement::quoted_on(&docs[c.doc].sentences, c.sentence)
                            && !crate::statement::runs_on(&text)
                            && !crate::statement::a_verbless_line(sentence),
                        untensed: crate::timex::untensed(&text),
                        length: text.split_whitespace().count(),
                        text,
                    })
                })
                .as_ref()?;
            let score = read
                .said
                .iter()
                .filter(|w| shared.contains(w.as_str()))
                .count()
                + c.features
                    .keys()
                    .filter(|f| f.starts_with('@') && shared.contains(f.as_str()))
                    .count();
            // A date that opens its sentence (`In 2009, the government …`, `On Friday,
            // police …`) times the sentence's own happening, not a background one.
            let sentence = &docs[c.doc].sentences[c.sentence].text;
            let opens = opens_sentence(sentence, c.start_char as usize);
            // Another date opening the sentence (`On Sunday, the minister offered to end the
            // law in force since 1981`) times its own happening: the sentence tells of that
            // one, not of this mention's, and labels this event only where no other can. (Not
            // where a telling comes between: `On Wednesday, a firm reported that sales in
            // September fell` tells of September's sales.)
            let dated_otherwise = !opens
                && docs[c.doc].sentences[c.sentence].times.iter().any(|t| {
                    let between = crate::statement::byte_at(sentence, t.end as usize)
                        ..crate::statement::byte_at(sentence, c.start_char as usize);
                    t.end <= c.start_char
                        && t.kind == story_core::TimexType::Date
                        && opens_sentence(sentence, t.start as usize)
                        && !sentence.get(between).is_some_and(tells_between)
                });
            // A day after `of` is a noun's (`the heated atmosphere of Wednesday afternoon`),
            // not the time of the sentence's verb. (A year's happening is told by such nouns
            // as often as not: `the pandemic of 1918`, `the 1918 pandemic`.)
            let of_a_noun = c.granularity <= Granularity::Week
                && sentence
                    .get(..crate::statement::byte_at(sentence, c.start_char as usize))
                    .and_then(|head| head.split_whitespace().next_back())
                    .is_some_and(|w| w.eq_ignore_ascii_case("of"));
            // A caption tells what a picture shows, not what happened: a report of the day
            // labels its event first.
            let caption = read.untensed
                && c.granularity == Granularity::Day
                && before_publication(&docs[c.doc], c.shown.1);
            Some((
                !c.relative,
                !dated_otherwise,
                read.tells && !caption,
                read.alone,
                !of_a_noun,
                opens,
                score,
                std::cmp::Reverse(c.sentence.min(3)),
                std::cmp::Reverse(read.length.abs_diff(20)),
                std::cmp::Reverse(m),
                &read.text,
            ))
        })
        .max()
        .map(|(.., std::cmp::Reverse(m), text)| (text.clone(), m))?;
    let (label, from) = label;
    // Told only in a voice of its own (`Today I started to feel better …`, `I'm looking for
    // a family that went missing around 1848`, `Well, we had to resign on Saturday`): a
    // reader's, a columnist's or an unnamed speaker's first person, no report of the story.
    if !read[from]
        .get()
        .and_then(Option::as_ref)
        .is_some_and(|r| r.tells)
    {
        return None;
    }
    let mut entity_counts: BTreeMap<String, usize> = BTreeMap::new();
    for &m in members {
        for f in cands[m].features.keys() {
            if let Some(id) = f.strip_prefix('@') {
                *entity_counts.entry(id.to_string()).or_default() += 1;
            }
        }
    }
    let mut entities: Vec<(String, usize)> = entity_counts.into_iter().collect();
    entities.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut mentions: Vec<Mention> = members
        .iter()
        .map(|&m| {
            let c = &cands[m];
            Mention {
                doc: DocNo::at(c.doc),
                sentence: c.sentence as u32,
                text: c.text.clone(),
                start: c.start_char,
                end: c.end_char,
            }
        })
        .collect();
    mentions.sort_by(|a, b| (&a.doc, a.sentence, a.start).cmp(&(&b.doc, b.sentence, b.start)));
    mentions.dedup();
    let source = (cands[from].doc, cands[from].sentence as u32);
    Some((
        Event {
            id: String::new(),
            label,
            start: head.shown.0,
            end: head.shown.1,
            granularity: head.granularity,
            salience: 0.0,
            entities: entities.into_iter().map(|(id, _)| id).collect(),
            mentions,
            passing: Vec::new(),
        },
        source,
    ))
}

/// The day an article was published, when its date is known.
fn published_day(doc: &Document) -> Option<Date> {
    doc.published
        .as_deref()
        .and_then(|p| p.get(..10))
        .and_then(Date::parse_iso)
}

/// Whether a day lies before its article's publication.
fn before_publication(doc: &Document, day: Date) -> bool {
    published_day(doc).is_some_and(|p| day < p)
}

/// Whether the date at char `start` opens its sentence: at most a preposition or a
/// determiner before it (`In 2009,`, `On Friday`, `Last year`, `Early on Monday`).
/// Whether words hold a telling verb (`said`, `reported that`): what follows is what was told.
fn tells_between(words: &str) -> bool {
    words.split_whitespace().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "said" | "says" | "reported" | "reports" | "announced" | "told" | "added" | "stated"
        )
    })
}

fn opens_sentence(sentence: &str, start: usize) -> bool {
    let at = sentence
        .char_indices()
        .nth(start)
        .map_or(sentence.len(), |(b, _)| b);
    let words: Vec<&str> = sentence[..at].split_whitespace().collect();
    words.len() <= 3
        && words.iter().all(|w| {
            matches!(
                w.to_lowercase()
                    .trim_matches(|c: char| !c.is_alphanumeric()),
                "in" | "on"
                    | "at"
                    | "by"
                    | "since"
                    | "last"
                    | "this"
                    | "early"
                    | "late"
                    | "later"
                    | "earlier"
                    | "then"
                    | "and"
                    | "but"
                    | "the"
                    | "of"
                    | "during"
                    | "until"
                    | "back"
                    | "from"
                    | "as"
                    | "so"
                    | "also"
                    | "before"
                    | "after"
            )
        })
}

#[cfg(test)]
mod tests;
