//! Step 1: every DATE expression that names a calendar time is a mention of something that
//! happened then. Its context is the clause around it: the content words, stemmed and
//! weighted by nearness to the expression, and the entities named there.

use std::collections::{BTreeMap, HashMap};
use story_core::DocNo;

use story_core::date::Date;
use story_core::time::{value_range, Granularity};
use story_core::{Document, Entity, EntityKind, TimexType};

use crate::statement::{is_clock, is_print_page};
use crate::text::{Words, SPEECH_VERBS};
use crate::timex::WEEKDAYS;

/// An entity named in a sentence: its id and span (chars).
type NameSpan<'a> = (&'a str, u32, u32);

pub(super) struct Candidate {
    pub(super) doc: usize,
    pub(super) sentence: usize,
    /// The time expression as written, its span (chars) and its range.
    pub(super) text: String,
    pub(super) start_char: u32,
    pub(super) end_char: u32,
    /// The range used to match other mentions (widened when approximate).
    pub(super) from: Date,
    pub(super) to: Date,
    /// The range the expression itself names.
    pub(super) shown: (Date, Date),
    pub(super) approximate: bool,
    pub(super) granularity: Granularity,
    /// Stems and entity ids (`@id`) of the context, weighted by nearness to the expression.
    /// Ordered, so that sums over them (likeness) come out the same on every run.
    pub(super) features: BTreeMap<String, f64>,
    /// The words of the context (not of names) nearest the expression: at most
    /// [`NEAR_WORDS`] on each side. What a day's happening is, is told beside its day.
    pub(super) near: Vec<String>,
    /// The date is the time of another happening the sentence relates its own to (`after
    /// Tuesday's earthquake`, `five days after 9/11`): the mention tells of that happening by
    /// the words of its own phrase only, and its sentence is no label.
    pub(super) background: bool,
    /// The date is the mark a record or comparison is measured from (`the worst since 1968`):
    /// the mention tells of that time, but its sentence tells of now and labels no event.
    pub(super) record: bool,
    /// The date is in a relative clause (`Jackson, who died in June 2009, had …`): the
    /// mention tells of the clause's happening, the sentence mainly of something else, so
    /// another mention's sentence labels the event first.
    pub(super) relative: bool,
    /// The relative clause is a person's or a thing's, not a happening's (`Jackson, who died
    /// in June 2009, had spent …`): the sentence names the clause's happening in passing.
    pub(super) incidental: bool,
    /// The date times a statement (`Gibbs said Friday`, `the CDC said on Wednesday that …`):
    /// the happening is the saying, not what was said.
    pub(super) speech: bool,
    /// The figures of the date's own clause (digits, number words), its dates and times of
    /// day left out: two statements of one day that give different figures are two.
    pub(super) figures: Vec<String>,
    /// Of a day: the times of day the sentence gives for it, with their zone (minutes after
    /// midnight UTC): `from 0100 GMT on Saturday` and `from 2100 GMT on Saturday` are two
    /// broadcasts.
    pub(super) clock: Vec<i64>,
    /// The people the date's own clause names, by their surnames (sorted): the participants
    /// of its happening.
    pub(super) people: Vec<String>,
    /// Of a statement: who made it, where its clause names them before the verb (`The
    /// agency, citing new cases, said on Thursday …`): a person's or organisation's entity id.
    pub(super) speaker: Option<String>,
    /// The date is one end of a span of months (`from March to April`, `(March to April)`,
    /// `April-May`): a stretch of time, not the time of a happening that a day could tell.
    pub(super) bound: bool,
    /// The sentence lies in a page about something else ([`crate::relevance`]): it counts
    /// for what the corpus says (how rare a word is, how often a time is told) but tells of
    /// no happening of the story, so it joins no event.
    pub(super) off_story: bool,
}

impl Candidate {
    /// Orders mentions most precise first: the first gives its event the time.
    pub(super) fn precision(&self) -> (Granularity, bool, Date, usize, usize) {
        (
            self.granularity,
            self.approximate,
            self.from,
            self.doc,
            self.sentence,
        )
    }
}

/// Words before a date that make it the time of another happening than the sentence's.
/// (Not `since` or `until`: a state that holds since a date began then, `a ban in place since
/// 2003`.)
const RELATIVE_ORDER: &[&str] = &[
    "after",
    "before",
    "following",
    "ahead of",
    "prior to",
    "wake of",
    "run-up to",
    "eve of",
];

/// The date at byte `at` of `text` is introduced by a word of relative order, or times the
/// figure a new one is compared with.
fn is_background(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end().to_lowercase();
    // `before the 7 July bombings`, `after the March 2003 invasion`: the article between.
    let before = match before.strip_suffix(" the") {
        Some(head) => head.trim_end().to_string(),
        None => before,
    };
    let ends_with_word = |w: &str| {
        before.strip_suffix(w).is_some_and(|head| {
            head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric() && c != '-')
        })
    };
    RELATIVE_ORDER.iter().any(|w| ends_with_word(w))
        || is_reference(&before)
        || is_scheduled_noun(&before)
}

/// The date is a noun's schedule, not the time of the sentence's verb: `to delay a debate
/// scheduled for Friday`, `the vote, set for 3 May, …` (not `the debate is scheduled for
/// Friday`, `was originally set for Monday`, where the schedule is what the sentence says).
fn is_scheduled_noun(before: &str) -> bool {
    const SCHEDULED: &[&str] = &[
        "scheduled for",
        "scheduled on",
        "set for",
        "slated for",
        "planned for",
    ];
    SCHEDULED.iter().any(|w| {
        before.strip_suffix(w).is_some_and(|head| {
            let words: Vec<&str> = head.split_whitespace().rev().take(2).collect();
            head.ends_with(char::is_whitespace)
                && !words.is_empty()
                && !words.iter().any(|w| {
                    matches!(
                        w.trim_end_matches(','),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "be"
                            | "been"
                            | "being"
                            | "had"
                            | "has"
                            | "have"
                    )
                })
        })
    })
}

/// The date at bytes `start..end` is a bare year that qualifies people named after it
/// (`Republican 2012 presidential contenders make remarks Friday`, `the 2008 Olympic
/// champion`): the year of what made them so, not of what the sentence tells of them. The
/// people's noun ends a phrase of up to three words after the year, capitalised or not.
fn is_year_attribute(text: &str, start: usize, end: usize) -> bool {
    let year = &text[start..end];
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) || !text[end..].starts_with(' ')
    {
        return false;
    }
    for w in text[end..].split_whitespace().take(3) {
        let word = w
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if ROLE_NOUNS.contains(&word.as_str()) {
            return true;
        }
        // The phrase ends at punctuation or at a word that is no modifier.
        if word.is_empty()
            || w.ends_with([',', ';', ':', '.'])
            || !word.chars().all(char::is_alphabetic)
            || YEAR_FOLLOWERS.contains(&word.as_str())
        {
            return false;
        }
    }
    false
}

/// Words that end a year's phrase: prepositions, conjunctions, verbs and the like.
const YEAR_FOLLOWERS: &[&str] = &[
    "and", "or", "but", "to", "in", "on", "at", "of", "for", "from", "by", "with", "as", "when",
    "while", "after", "before", "until", "through", "that", "which", "who", "is", "are", "was",
    "were", "will", "would", "has", "had", "have", "the", "a", "an", "this", "it",
];

/// People a year's happening made what they are (`2012 presidential contenders`).
const ROLE_NOUNS: &[&str] = &[
    "contender",
    "contenders",
    "candidate",
    "candidates",
    "hopeful",
    "hopefuls",
    "nominee",
    "nominees",
    "challenger",
    "challengers",
    "winner",
    "winners",
    "champion",
    "champions",
    "medallist",
    "medallists",
    "medalist",
    "medalists",
    "graduates",
    "laureate",
];

/// The relative clause holding a date (see [`relative_clause`]).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Relative {
    /// Where it begins with the noun before it (byte).
    start: usize,
    /// The noun is a happening's (`the quake, which struck on Tuesday`).
    happening: bool,
    /// A comma sets the clause off (`Jackson, who died …`), not only its verb's end unmarked
    /// (`Protesters who gathered in the square said Monday …`).
    set_off: bool,
    /// Its pronoun is a person's (`who`, `whom`, `whose`), not a thing's (`which`, `that`).
    personal: bool,
}

/// The relative clause holding a date at byte `start` (`Jackson, who died in June 2009, had
/// …`, `the woman, whose illness began in early April, …`, `the earthquake that struck on
/// Tuesday`): where it begins with the noun before it (up to four words: `the group's
/// terrorist designation, which had been in place since 2003`), and whether that noun is a
/// happening's (`the quake, which struck on Tuesday`: the clause tells of the happening the
/// sentence is about). `that` counts only after a noun of a happening (after `said` it opens
/// what was said); a sentence's first word is a question's, not a relative pronoun, and a
/// pronoun is in lower case (`WHO` is an organisation).
fn relative_clause(text: &str, start: usize) -> Option<Relative> {
    let words: Vec<(usize, &str)> = crate::statement::word_spans(&text[..start]).collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let is_noun =
        |k: usize| crate::gazetteer::happening_nouns().contains(&bare(words[k].1).as_str());
    for k in (0..words.len()).rev().take(20) {
        let (at, w) = words[k];
        if k + 1 < words.len() && w.ends_with([',', ';', ':', ')', '"', '”']) {
            return None;
        }
        if matches!(w, "-" | "–" | "—") {
            return None;
        }
        let word = bare(w);
        let lower = w.trim_matches(|c: char| !c.is_alphanumeric()) == word;
        let personal = matches!(word.as_str(), "who" | "whom" | "whose");
        let opens =
            lower && (personal || word == "which" || (word == "that" && k > 0 && is_noun(k - 1)));
        if opens {
            let first = k == 0 || words[k - 1].1.ends_with(['.', '?', '!', '"', '“']);
            if first || w.starts_with(['"', '“', '(']) {
                return None;
            }
            let noun = words[k.saturating_sub(4)].0;
            return Some(Relative {
                start: noun.min(at),
                happening: is_noun(k - 1),
                set_off: words[k - 1].1.ends_with(','),
                personal,
            });
        }
    }
    None
}

/// Nouns of a decision or statement: a date is their attribute after a name's possessive (`the
/// WHO's decision Monday to raise the alert`), but after `the` or `his` the noun is most often
/// what the sentence's own verb makes (`will make the announcement tomorrow`, `announced his
/// decision in January`).
const STATED_NOUNS: &[&str] = &["decision", "announcement", "ruling"];

/// The noun phrase (bytes) whose happening a date at `start..end` times, when the date is
/// that noun's attribute: `the singer's death in June 2009`, `his death aged 50 in 2009`,
/// `the attacks of 9/11` (a possessive or `the`, a noun of `data/happening-nouns.txt`, then
/// `in`, `on` or `of`), or `Jackson's June 2009 death`, `the 2003 invasion` (the date between
/// them). The sentence tells of something else (`…, has returned to work`), unless the
/// phrase opens it (`The 2003 invasion toppled …`): then, with `opening`, the phrase is still
/// given (what happened at that time is the noun's happening, not what the sentence says it
/// did later: `The 2021 takeover accelerated the shift`), and without, none.
fn nominal(text: &str, start: usize, end: usize, opening: bool) -> Option<(usize, usize)> {
    let is_noun =
        |w: &str| crate::gazetteer::happening_nouns().contains(&w) || STATED_NOUNS.contains(&w);
    let possessive = |w: &str| (w.ends_with("'s") || w.ends_with("’s")) && w.len() > 2;
    let owner = |w: &str| {
        let w = w.to_lowercase();
        possessive(&w) || matches!(w.as_str(), "the" | "his" | "her" | "their" | "its")
    };
    // A stated noun's owner is a name's possessive only.
    let owner_of = |noun: &str, w: &str| {
        if STATED_NOUNS.contains(&noun) {
            possessive(w)
        } else {
            owner(w)
        }
    };
    let spans = |t| crate::statement::word_spans(t).collect::<Vec<_>>();
    let before = spans(&text[..start]);
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase()
    };
    let after = spans(&text[end..]);
    // `at next Monday's meeting`: the date itself owns the happening (at most three words
    // between), unless the phrase opens the sentence (`Tuesday's vote ended …`). (A count
    // `since Tuesday's earthquake` still tells of that day.)
    let since = before.last().is_some_and(|(_, w)| bare(w) == "since");
    if (opening || start > 0)
        && !since
        && (text[end..].starts_with("'s ") || text[end..].starts_with("’s "))
    {
        if let Some((n_at, n)) = after
            .iter()
            .skip(1)
            .take(4)
            .find(|(_, w)| is_noun(&bare(w)))
        {
            let n_end = end + n_at + n.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            return Some((start, n_end));
        }
    }
    // `the 2003 invasion`, `Jackson's June 2009 death`, and with words that qualify the
    // noun between (`the 2004 Asian tsunami`, `the March 2024 City Hall attack`): at most
    // three, none a word that ends the phrase (`the 2009 figures show the flu …`).
    if let Some((o_at, o)) = before.last() {
        let qualifier = |w: &str| {
            let inner = w.trim_start_matches('(').trim_end_matches(')');
            !inner.is_empty()
                && !w.ends_with([',', ';', ':', '.'])
                && inner.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !YEAR_FOLLOWERS.contains(&inner)
        };
        let noun_at = after
            .iter()
            .take(4)
            .position(|(_, w)| is_noun(&bare(w)))
            .filter(|&k| after[..k].iter().all(|(_, w)| qualifier(w)));
        if let Some((n_at, n)) = noun_at.map(|k| after[k]) {
            if owner(o) && (opening || *o_at > 0) {
                let n_end = end + n_at + n.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
                return Some((*o_at, n_end));
            }
        }
    }
    // `the singer's death in June 2009`, `his death aged 50 in June 2009`.
    let k = before.len();
    let linked = |i: usize| {
        before
            .get(i)
            .is_some_and(|(_, w)| matches!(bare(w).as_str(), "in" | "on" | "of"))
    };
    // `the singer's death last June`, `the attacks earlier this month`: the noun right before
    // a date.
    let k = match before.last() {
        Some((_, w)) if matches!(bare(w).as_str(), "earlier" | "later") => k - 1,
        _ => k,
    };
    if k >= 2 && (opening || before[k - 2].0 > 0) && {
        let noun = bare(before[k - 1].1);
        is_noun(&noun) && owner_of(&noun, before[k - 2].1)
    } {
        return Some((before[k - 2].0, end));
    }
    let k = before.len();
    if k >= 3 && linked(k - 1) {
        // The noun right before `in`, or before `aged N in`.
        let noun_at = if k >= 5 && bare(before[k - 3].1) == "aged" {
            k - 4
        } else {
            k - 2
        };
        let noun = bare(before[noun_at].1);
        if noun_at >= 1 && is_noun(&noun) && owner_of(&noun, before[noun_at - 1].1) {
            let o_at = before[noun_at - 1].0;
            if opening || o_at > 0 {
                return Some((o_at, end));
            }
        }
    }
    None
}

/// `before` (lower case, the text up to a date) ends in the earlier figure a new one is
/// measured against: `compared with`, or `up from` or `down from`, a figure and at most two
/// words (`236 cases, up from 148 yesterday`, `in 11 states, up from 10 states on Tuesday`).
/// The date is the time of that figure, not of what the sentence tells. A bare `from` is
/// not enough: `rose to 5 from 3 this week`, `officials from 20 countries yesterday` tell of
/// this week's rise and yesterday's officials.
fn is_reference(before: &str) -> bool {
    if ["compared with", "compared to"]
        .iter()
        .any(|w| before.ends_with(w))
    {
        return true;
    }
    // The other term of a comparison: `more than in May`, `less than half what they were
    // in May`, `what it had been at the end of June`.
    let tail: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    let preposition = |w: &str| matches!(w, "in" | "on" | "at" | "during" | "by");
    if tail.first().is_some_and(|w| preposition(w)) {
        if tail.get(1) == Some(&"than") {
            return true;
        }
        if let Some(k) = tail.iter().position(|w| *w == "what") {
            if k >= 2
                && tail[1..k]
                    .iter()
                    .any(|w| matches!(*w, "was" | "were" | "been" | "stood"))
            {
                return true;
            }
        }
    }
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(6)
        .map(|w| w.trim_start_matches(['(', '[', '-', '—', '–']))
        .collect();
    (0..3).any(|k| {
        let figure = words.get(k).is_some_and(|w| is_figure(w));
        let plain = words
            .iter()
            .take(k)
            .all(|w| w.chars().all(char::is_alphabetic));
        // `up from`, or `up from about`, right before the figure.
        let rest: Vec<&str> = words.iter().skip(k + 1).copied().collect();
        let rest = match rest.first() {
            Some(&("about" | "around" | "some" | "nearly" | "almost" | "roughly")) => &rest[1..],
            _ => &rest[..],
        };
        figure
            && plain
            && rest.first() == Some(&"from")
            && matches!(rest.get(1), Some(&("up" | "down")))
    })
}

/// Words that make `since` the mark a record or a comparison is measured from (`the worst
/// since 1968`, `closer than at any point since 1968`, `for the first time since 2003`). Not
/// `than`: `treated more than 1,500 people since Tuesday's earthquake` counts from it.
const RECORD_WORDS: &[&str] = &[
    "first",
    "worst",
    "best",
    "most",
    "least",
    "highest",
    "lowest",
    "biggest",
    "largest",
    "deadliest",
    "strongest",
    "weakest",
    "greatest",
    "longest",
    "fewest",
    "any",
    "ever",
];

/// `before` (lower case) ends in `since`, or in a clause it opens (`since avian flu
/// re-emerged in`), after a record or a comparison within six words: the date is the mark the
/// record is measured from, not the time of what the sentence tells. (A plain `since` is
/// not: `a ban in place since 2003` began then.)
fn is_record_since(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    for (k, w) in words.iter().enumerate().take(8) {
        // The clause ends at a comma, a semicolon or a colon.
        if k > 0 && w.ends_with([',', ';', ':']) {
            return false;
        }
        if bare(w) == "since" {
            return words[k + 1..]
                .iter()
                .take(6)
                .any(|w| RECORD_WORDS.contains(&bare(w).as_str()));
        }
    }
    false
}

/// `before` ends in a plain `since` and the date's own clause gives figures: a count since
/// that time (`Since 2003, the virus has infected 421 people`, `40 people have died since
/// May`), a total of now. (Without figures, `a ban in place since 2003` began then.)
fn counts_since(before: &str, figures: &[String]) -> bool {
    let last = before.split_whitespace().next_back().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    last.as_deref() == Some("since") && !figures.is_empty()
}

/// A written figure (`148`, `2,000`, `$1.93`, `6%`), not a year or a clock time (`1970`,
/// `0100`).
fn is_figure(word: &str) -> bool {
    let w = word.trim_end_matches([',', '%']);
    let w = w.trim_start_matches(['$', '£', '€']);
    let digits = w.chars().filter(char::is_ascii_digit).count();
    let plain_four = digits == 4 && w.len() == 4;
    digits > 0
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        && !plain_four
}

/// Prepositions that introduce a time expression: left out of the context.
const TIME_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "since", "by", "during", "of", "from", "until", "till", "before", "after",
    "around", "about", "circa",
];

/// The mentions of a corpus, in document and sentence order.
pub(super) fn collect(docs: &[Document], entities: &[Entity]) -> Vec<Candidate> {
    let words = Words::shared();
    // Entities by sentence, with their spans.
    let mut entity_at: HashMap<(DocNo, u32), Vec<NameSpan>> = HashMap::new();
    for e in entities {
        for m in &e.mentions {
            entity_at
                .entry((m.doc, m.sentence))
                .or_default()
                .push((e.id.as_str(), m.start, m.end));
        }
    }
    // Who may make a statement: people and organisations.
    let speakers: std::collections::HashSet<&str> = entities
        .iter()
        .filter(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organisation))
        .map(|e| e.id.as_str())
        .collect();
    // People by their surnames (the last word of each name but a suffix): a surname the
    // corpus did not merge with the full name (`Paulson`, `Henry M. Paulson Jr.`) is still
    // that person.
    let surnames: HashMap<&str, Vec<String>> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| {
            let mut ws: Vec<String> = std::iter::once(&e.name)
                .chain(&e.aliases)
                .filter_map(|n| {
                    n.split_whitespace()
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                        .rfind(|w| !matches!(*w, "Jr" | "Sr" | "II" | "III" | "IV" | ""))
                })
                .map(|w| w.to_lowercase())
                .collect();
            ws.sort();
            ws.dedup();
            (e.id.as_str(), ws)
        })
        .collect();
    let name_words: HashMap<&str, Vec<String>> = entities
        .iter()
        .map(|e| {
            let mut ws: Vec<String> = std::iter::once(&e.name)
                .chain(&e.aliases)
                .flat_map(|n| n.split_whitespace())
                .map(|w| match w {
                    "St." => "saint".to_string(),
                    w => words.stem(w.trim_matches(|c: char| !c.is_alphanumeric())),
                })
                .filter(|w| w.len() > 2)
                .collect();
            ws.sort();
            ws.dedup();
            (e.id.as_str(), ws)
        })
        .collect();
    let relevance = crate::relevance::Relevance::of(docs, entities);
    let mut cands: Vec<Candidate> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (i, s) in doc.sentences.iter().enumerate() {
            if s.heading {
                continue;
            }
            let chars: Vec<(usize, char)> = s.text.char_indices().collect();
            let byte = |c: u32| chars.get(c as usize).map_or(s.text.len(), |(b, _)| *b);
            // A date that ends what heads the sentence (`Your stories Thursday 14 January Up
            // to 10,000 troops will …`, `Monday 20 to Friday 24 September This week …`, a
            // stamp, a dateline) dates the page, not a happening. (Not one further back in a
            // run of sentences without their stops: `1968: An outbreak … killed up to one
            // million people The Canadian cases …` tells of 1968.)
            let body = crate::statement::body_start(&s.text);
            let dates: Vec<_> = s
                .times
                .iter()
                .filter(|t| t.kind == TimexType::Date)
                .filter(|t| !(t.approximate && is_deictic(&t.text)))
                .filter(|t| t.value.as_deref().and_then(value_range).is_some())
                .filter(|t| !is_stamp(&s.text, byte(t.start), byte(t.end)))
                .filter(|t| {
                    let end = byte(t.end);
                    end > body
                        || s.text
                            .get(end..body)
                            .is_none_or(|between| between.split_whitespace().count() > 3)
                })
                .filter(|t| {
                    let before = &s.text[..byte(t.start)];
                    i > 0 || !is_page_day(doc, before, &t.text, t.value.as_deref())
                })
                .collect();
            // Coordinated dates (`in 2012 and again in 2016`) share one context.
            let mut groups: Vec<(usize, usize)> = Vec::new();
            for k in 0..dates.len() {
                let joined = k > 0 && {
                    let between = &s.text[byte(dates[k - 1].end)..byte(dates[k].start)];
                    is_coordination(between)
                };
                match groups.last_mut() {
                    Some(g) if joined => g.1 = k,
                    _ => groups.push((k, k)),
                }
            }
            for (g, &(first, last)) in groups.iter().enumerate() {
                // The context: from the previous group (or clause break) to the next one.
                let lo = if g > 0 {
                    byte(dates[groups[g - 1].1].end)
                } else {
                    0
                };
                let hi = groups
                    .get(g + 1)
                    .map_or(s.text.len(), |n| byte(dates[n.0].start));
                let (gs, ge) = (byte(dates[first].start), byte(dates[last].end));
                // A supposition tells of no happening: its date is no mention; nor does the
                // end of a state still to come.
                let from = dates[first]
                    .value
                    .as_deref()
                    .and_then(value_range)
                    .map(|(from, _, _)| from);
                if is_supposed(&s.text, gs)
                    || from.is_some_and(|from| ends_a_state_to_come(doc, &s.text[..gs], from))
                {
                    continue;
                }
                let lo = clause_start(&s.text, lo, gs);
                let hi = clause_end(&s.text, ge, hi);
                let mut features: BTreeMap<String, f64> = BTreeMap::new();
                let relative = relative_clause(&s.text, gs);
                // A happening's relative clause times it as its attribute does (`fans donated
                // after the earthquake that struck on Tuesday`), unless it opens the sentence
                // (`The quake, which struck on Tuesday, killed thousands`).
                let nominal = nominal(&s.text, gs, ge, false).or_else(|| {
                    relative
                        .filter(|r| r.happening && r.start > 0)
                        .map(|r| (r.start, ge))
                });
                let background = is_background(&s.text, gs)
                    || nominal.is_some()
                    || (first == last && is_year_attribute(&s.text, gs, ge));
                let record = is_record_since(&s.text[..gs].to_lowercase());
                // A background date's mention has the words of its own phrase only, up to
                // the next punctuation (`Tuesday's devastating earthquake`).
                let hi = if background {
                    phrase_end(&s.text, ge, hi, &[',', ';', ':', '.', '(', ')'])
                } else {
                    hi
                };
                // A relative clause of a person or a thing has the clause's words and its
                // noun's (`Jackson, who died in June`), up to the next punctuation.
                let of_thing = relative.filter(|r| !r.happening && !background);
                let hi = match of_thing {
                    Some(_) => phrase_end(&s.text, ge, hi, &[',', ';', ':', '(', ')']),
                    None => hi,
                };
                let lo = match of_thing {
                    _ if background => gs,
                    Some(r) => r.start.max(lo),
                    None => lo,
                };
                // A date that is the attribute of a happening's noun: the noun phrase; also
                // where it opens the sentence and names a month or more (`The 2021 takeover
                // accelerated the shift`: what happened in 2021 is the takeover, the shift
                // came after it; a day's, `Tuesday's quake has left 50,000 dead`, tells of
                // that day's toll).
                let coarse = dates[first..=last].iter().all(|t| {
                    t.value
                        .as_deref()
                        .and_then(value_range)
                        .is_some_and(|(_, _, g)| g >= Granularity::Month)
                });
                let (lo, hi) = nominal
                    .or_else(|| {
                        coarse
                            .then(|| self::nominal(&s.text, gs, ge, true))
                            .flatten()
                    })
                    .unwrap_or((lo, hi));
                let (lo_c, hi_c) = (
                    s.text[..lo].chars().count() as u32,
                    s.text[..hi].chars().count() as u32,
                );

                // Words of entity names count as their entity, not as words.
                let named = entity_at.get(&(DocNo::at(d), i as u32));
                let in_name = |from: usize, to: usize| {
                    let (a, b) = (
                        s.text[..from].chars().count() as u32,
                        s.text[..to].chars().count() as u32,
                    );
                    named
                        .into_iter()
                        .flatten()
                        .any(|(_, x, y)| a < *y && *x < b)
                };
                let left: Vec<_> = words
                    .content(&s.text[lo..gs])
                    .into_iter()
                    .filter(|w| !in_name(lo + w.start, lo + w.end))
                    .collect();
                // The near words come from the date's own clause.
                let (near_lo, near_hi) = own_clause(&s.text, lo, gs, ge, hi);
                // A speaker's own words of their own day (`Today, I fully support …`, `for
                // joining me today`: a transcript's remarks) are a statement too.
                let own = &s.text[near_lo..near_hi];
                let saying = saying_at(&s.text, gs, ge);
                let speaker = saying.and_then(|at| {
                    speaker(&s.text, at, named.map_or(&[][..], Vec::as_slice), |id| {
                        speakers.contains(id)
                    })
                    .map(str::to_string)
                });
                let speech = saying.is_some()
                    || (dates[first..=last]
                        .iter()
                        .any(|t| matches!(t.text.to_lowercase().as_str(), "today" | "tonight"))
                        && own.split_whitespace().any(|w| {
                            matches!(bare(w).as_str(), "i" | "me" | "my" | "we" | "our" | "us")
                                && !w.starts_with(['"', '“'])
                        }));
                // What a statement gives in figures (`three more deaths … bringing the toll
                // to 15` is not `the toll had risen by one, to 16`).
                let figures = figures(own, &dates[first..=last], near_lo, &s.text);
                // A count since a year, a month or a bare weekday (`Since 2003, the virus has
                // infected 421 people`, `turned away three times since Sunday`) is a total of
                // now, measured from that time: a record's mark, no happening then. (Not since
                // a date, `admitted since 13 April`: a day a count starts from by its date is
                // when something began; nor a happening's day, `since Tuesday's earthquake`:
                // the count tells of it.)
                let weekday = dates[first..=last].iter().all(|t| {
                    let said = t.text.to_lowercase();
                    crate::timex::WEEKDAYS.contains(&said.as_str())
                }) && !s.text[ge..].starts_with(['\'', '’']);
                let counted_from = weekday
                    || dates[first..=last]
                        .iter()
                        .all(|t| t.value.as_deref().is_some_and(|v| v.len() < 10));
                let record = record
                    || (!background && counted_from && counts_since(&s.text[..gs], &figures));
                let n_left = left.len();
                let mut near: Vec<String> = Vec::new();
                for (k, w) in left.into_iter().enumerate() {
                    if n_left - k <= NEAR_WORDS && lo + w.start >= near_lo {
                        near.push(w.concept.clone());
                    }
                    add(&mut features, w.concept, nearness(n_left - k));
                }
                let right = words
                    .content(&s.text[ge..hi])
                    .into_iter()
                    .filter(|w| !in_name(ge + w.start, ge + w.end));
                for (k, w) in right.enumerate() {
                    if k < NEAR_WORDS && ge + w.end <= near_hi {
                        near.push(w.concept.clone());
                    }
                    add(&mut features, w.concept, nearness(k + 1));
                }
                near.sort();
                near.dedup();
                let mut people: Vec<String> = Vec::new();
                // Who tells of it (`X blogs that Congress cut the funds in January`) is
                // no participant: a reported clause starts after its `that`.
                let told = s.text[near_lo..gs]
                    .rfind(" that ")
                    .map_or(near_lo, |p| near_lo + p + 6);
                let (own_lo_c, own_hi_c) = (
                    s.text[..told].chars().count() as u32,
                    s.text[..near_hi].chars().count() as u32,
                );
                for (id, a, b) in entity_at
                    .get(&(DocNo::at(d), i as u32))
                    .into_iter()
                    .flatten()
                {
                    if *a < hi_c && *b > lo_c {
                        // Its participants are those of the date's own clause (not the
                        // blogger who tells that Congress cut the funds in January).
                        if *a < own_hi_c && *b > own_lo_c {
                            people.extend(surnames.get(id).into_iter().flatten().cloned());
                        }
                        add(&mut features, format!("@{id}"), 1.5);
                        // The words of its name too: `St. Petersburg Economic Forum` and
                        // `Saint Petersburg` share `petersburg`.
                        for w in name_words.get(id).into_iter().flatten() {
                            add(&mut features, format!("#{w}"), 0.75);
                        }
                    }
                }
                people.sort();
                people.dedup();
                for t in &dates[first..=last] {
                    let Some((mut from, mut to, granularity)) =
                        t.value.as_deref().and_then(value_range)
                    else {
                        continue;
                    };
                    // A century is an era, not the time of a happening (`we live in the 21st
                    // century`, `since the 18th century`): no timeline event spans one.
                    if granularity == Granularity::Century {
                        continue;
                    }
                    // `late 2016`, `early March`: the part of the range the modifier names.
                    (from, to) = narrow(from, to, t.modifier.as_deref());
                    let shown = (from, to);
                    // Resolved against a guessed publication date: only roughly right, so
                    // allowed to meet mentions up to a week away.
                    if t.approximate {
                        from = from.add_days(-7).unwrap_or(from);
                        to = to.add_days(7).unwrap_or(to);
                    }
                    cands.push(Candidate {
                        doc: d,
                        sentence: i,
                        text: t.text.clone(),
                        start_char: t.start,
                        end_char: t.end,
                        from,
                        to,
                        shown,
                        approximate: t.approximate,
                        granularity,
                        features: features.clone(),
                        near: near.clone(),
                        background,
                        record,
                        relative: relative.is_some(),
                        // A person's or a thing's (`the concert, which takes place on 8
                        // October, sold out`, `ties with the leadership, which took power
                        // in August 2021`): listed as passing. Not where the clause may end
                        // before a saying that is the sentence's own (`Protesters who
                        // gathered in the square said Monday …`).
                        incidental: of_thing.is_some_and(|r| r.set_off || !speech),
                        speech,
                        figures: figures.clone(),
                        clock: if granularity == Granularity::Day {
                            clock_times(&s.times, from)
                        } else {
                            Vec::new()
                        },
                        people: people.clone(),
                        speaker: speaker.clone(),
                        bound: granularity == Granularity::Month
                            && bounds_a_span(&s.text, byte(t.start), byte(t.end)),
                        off_story: !relevance.on(d, i),
                    });
                }
            }
        }
    }

    cands
}

/// The first, middle or last third of a range, for TIMEX3 `START`, `MID` and `END`.
fn narrow(from: Date, to: Date, modifier: Option<&str>) -> (Date, Date) {
    let days = to.to_days() - from.to_days() + 1;
    if days < 3 {
        return (from, to);
    }
    let third = days / 3;
    let at = |d: i64| from.add_days(d).unwrap_or(from);
    match modifier {
        Some("START") => (from, at(third - 1)),
        Some("MID") => (at(third), at(days - third - 1)),
        Some("END") => (at(days - third), to),
        _ => (from, to),
    }
}

fn add(features: &mut BTreeMap<String, f64>, key: String, weight: f64) {
    let w = features.entry(key).or_insert(0.0);
    *w = w.max(weight);
}

/// Weight of a word `distance` content words away from the time expression.
/// Where the phrase after byte `from` ends: at the first of `stops`, at `hi` at the latest.
fn phrase_end(text: &str, from: usize, hi: usize, stops: &[char]) -> usize {
    text[from..hi].find(stops).map_or(hi, |p| from + p)
}

/// How many content words on each side of a date tell what happened then.
const NEAR_WORDS: usize = 6;

fn nearness(distance: usize) -> f64 {
    1.0 / (1.0 + distance as f64 / 6.0)
}

/// Text between two dates that only joins them: `and`, `or`, `, `, `and again in`.
/// Words that join the two ends of a span of time.
const SPAN_LINKS: &[&str] = &["to", "until", "till", "through", "-", "–", "—"];

/// Whether the time expression at bytes `start..end` of `text` is a month that another month
/// next to it makes one end of a span (`March to April`, `April – May`, `April-May`), whether
/// or not the tagger read the other month as a date (`March` is also a verb).
fn bounds_a_span(text: &str, start: usize, end: usize) -> bool {
    let month = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        crate::timex::MONTHS.contains(&w.as_str())
    };
    let this = text.get(start..end).unwrap_or("");
    if !month(this) {
        return false;
    }
    // `April-May` written as one word.
    let whole = |w: &str| {
        w.split(['-', '–'])
            .filter(|p| !p.is_empty())
            .filter(|p| month(p))
            .count()
            >= 2
    };
    let before: Vec<&str> = text[..start].split_whitespace().rev().take(2).collect();
    let after: Vec<&str> = text[end..].split_whitespace().take(2).collect();
    let links = |w: &str| SPAN_LINKS.contains(&w.to_lowercase().as_str());
    let glued_before = text[..start].ends_with(['-', '–']);
    let glued_after = text[end..].starts_with(['-', '–']);
    let word_at = |at: usize| {
        let from = text[..at].rfind(char::is_whitespace).map_or(0, |p| p + 1);
        let to = text[at..]
            .find(char::is_whitespace)
            .map_or(text.len(), |p| at + p);
        &text[from..to]
    };
    (before.len() == 2 && links(before[0]) && month(before[1]))
        || (after.len() == 2 && links(after[0]) && month(after[1]))
        || ((glued_before || glued_after) && whole(word_at(start)))
}

fn is_coordination(between: &str) -> bool {
    let words: Vec<String> = between
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() <= 4
        && words.iter().any(|w| w == "and" || w == "or" || w == "to")
        && words.iter().all(|w| {
            matches!(w.as_str(), "and" | "or" | "to" | "again" | "also" | "then")
                || TIME_PREPOSITIONS.contains(&w.as_str())
        })
}

/// The figures of a clause `own` that starts at byte `at` of `text`: words with digits and
/// number words, outside the clause's time expressions (`dates`, char spans of `text`).
fn figures(own: &str, dates: &[&story_core::TimeExpr], at: usize, text: &str) -> Vec<String> {
    // Small numbers as words are their digits (`ten students`, `10 students`).
    const NUMBERS: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    const LARGE: &[&str] = &[
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "billion",
    ];
    let char_at = |b: usize| text[..b].chars().count() as u32;
    let mut out: Vec<String> = crate::statement::word_spans(own)
        .filter(|(b, _)| {
            let c = char_at(at + b);
            !dates.iter().any(|t| t.start <= c && c < t.end)
        })
        .map(|(_, w)| bare(w).replace(',', ""))
        .filter_map(|w| match NUMBERS.iter().position(|n| *n == w) {
            Some(n) => Some(n.to_string()),
            None => {
                (w.chars().any(|c| c.is_ascii_digit()) || LARGE.contains(&w.as_str())).then_some(w)
            }
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The zoned times of day a sentence gives for the day `day`, in minutes after midnight UTC
/// (`2010-01-23T21:00Z`; `T14:25-05`).
fn clock_times(times: &[story_core::TimeExpr], day: Date) -> Vec<i64> {
    let day = day.to_string();
    times
        .iter()
        .filter(|t| t.kind == TimexType::Time)
        .filter_map(|t| {
            let v = t.value.as_deref()?;
            let (d, clock) = v.split_once('T')?;
            if d != day {
                return None;
            }
            let h: i64 = clock.get(0..2)?.parse().ok()?;
            let m: i64 = clock.get(3..5)?.parse().ok()?;
            let zone = clock.get(5..)?;
            let offset: i64 = match zone {
                "Z" => 0,
                z if z.len() >= 3 => z.get(0..3)?.parse().ok()?,
                _ => return None,
            };
            Some(h * 60 + m - offset * 60)
        })
        .collect()
}

/// Words that open a clause of another happening than the date's own (`China suspended
/// flights after Hong Kong on Friday confirmed a case`: Friday is the confirmation's).
const OTHER_CLAUSE: &[&str] = &[
    " after ",
    " before ",
    " when ",
    " because ",
    " until ",
    " while ",
    " although ",
    " though ",
    " whereas ",
    ", which ",
    ", who ",
    ", where ",
];

/// The date's own clause within `lo..hi` (bytes; the date at `gs..ge`): from the last word
/// before it that opens another clause, to the next one after it, a participle after a comma
/// included (`sealed off the hotel on Friday night, ordering guests to stay`).
fn own_clause(text: &str, lo: usize, gs: usize, ge: usize, hi: usize) -> (usize, usize) {
    let lower = text.to_ascii_lowercase();
    let participle = |from: usize, to: usize| -> Vec<(usize, usize)> {
        lower[from..to]
            .match_indices(", ")
            .filter(|(p, _)| {
                let rest = &lower[from + p + 2..to];
                let word = rest.split([' ', ',']).next().unwrap_or("");
                word.len() > 4 && word.ends_with("ing")
            })
            .map(|(p, _)| (from + p, from + p + 2))
            .collect()
    };
    // An opener right before the date governs it (`until March 7`), and one right after it
    // tells what happened then (`on Monday, when a jury ruled …`): neither is another clause.
    let start = OTHER_CLAUSE
        .iter()
        .filter_map(|b| lower[lo..gs].rfind(b).map(|p| lo + p + b.len()))
        .chain(participle(lo, gs).into_iter().map(|(_, e)| e))
        .filter(|&p| !text[p..gs].trim().is_empty())
        .max()
        .unwrap_or(lo);
    let end = OTHER_CLAUSE
        .iter()
        .filter_map(|b| lower[ge..hi].find(b).map(|p| ge + p))
        .chain(participle(ge, hi).into_iter().map(|(s, _)| s))
        .filter(|&p| {
            let when = matches!(
                lower[p..].trim_start_matches([',', ' ']).split(' ').next(),
                Some("when" | "where")
            );
            !(when && text[ge..p].trim_matches([',', ' ']).is_empty())
        })
        .min()
        .unwrap_or(hi);
    (start, end)
}

/// A word without its punctuation, lower-cased.
fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether a date after `text` (the sentence up to it) is the end of a state still to come
/// when its article was published: `until` or `till` right before it, and the date after the
/// publication's day (`Schools are closed until 6 May`, `will stay shut till Friday`). It
/// tells of no happening then: what happened (the closure) is not of that day, and a state to
/// come is often prolonged. (Not `not until` nor a delay: what is awaited happens then, `the
/// results will not be known until Friday`, `the trial was postponed until September`; nor a
/// past end, `the road was closed until Monday`, told after it: the state ended then.)
fn ends_a_state_to_come(doc: &Document, text: &str, from: Date) -> bool {
    let mut before = text.split_whitespace().rev().map(bare);
    let until = before.next().is_some_and(|w| w == "until" || w == "till");
    // What is awaited or put off happens then.
    let awaited = before.take(6).any(|w| {
        matches!(w.as_str(), "not" | "never")
            || w.ends_with("n't")
            || w.ends_with("n’t")
            || ["postpon", "delay", "adjourn", "defer"]
                .iter()
                .any(|v| w.starts_with(v))
    });
    until && !awaited && super::published_day(doc).is_some_and(|p| from > p)
}

/// The date at byte `start` is in a supposition, not a happening: a sentence that opens with
/// `if`, `unless` or `whether` (`If the price of oil today (Monday) is 120 dollars, the cap
/// tomorrow (Tuesday) should be …`), a clause that does (`But whether the century that began
/// in 1945 will last until 2045 …`), or a counterfactual `would have` and a participle (`He
/// would have been 100 years old today`).
fn is_supposed(text: &str, start: usize) -> bool {
    const IF: &[&str] = &["if", "unless", "whether"];
    // The sentence's first word, after a connective (`But whether …`).
    let first = text
        .split_whitespace()
        .map(bare)
        .find(|w| !matches!(w.as_str(), "but" | "and" | "so" | "yet" | "or" | "even"));
    if first.is_some_and(|w| IF.contains(&w.as_str())) {
        return true;
    }
    let from = text[..start].rfind([',', ';', ':']).map_or(0, |p| p + 1);
    let words: Vec<String> = text[from..start].split_whitespace().map(bare).collect();
    words.iter().any(|w| IF.contains(&w.as_str()))
        || words.windows(3).any(|w| {
            w[0] == "would"
                && w[1] == "have"
                && (w[2] == "been" || w[2].ends_with("ed") || w[2].ends_with("en"))
        })
}

/// Words that may stand between a verb of speech and the date it is timed by (`said in a
/// statement on Monday`, `told reporters on Tuesday`).
const SPEECH_SETTING: &[&str] = &[
    "on",
    "late",
    "early",
    "in",
    "a",
    "an",
    "the",
    "its",
    "his",
    "her",
    "their",
    "to",
    "reporters",
    "journalists",
    "at",
    "news",
    "press",
    "television",
    "radio",
    "evening",
    "morning",
    "night",
    "afternoon",
    "later",
];

/// Words of a statement besides the verbs of speech: reporting verbs and the nouns of a
/// saying (`reported on Monday`, `in a statement on Monday`, `Tuesday evening address`).
const SAYING: &[&str] = &[
    "reported",
    "reports",
    "announced",
    "announces",
    "statement",
    "interview",
    "speech",
    "address",
    "remarks",
    "conference",
    "briefing",
];

/// A verb of speech or a word of a saying.
fn is_saying(word: &str) -> bool {
    SPEECH_VERBS.contains(&word) || SAYING.contains(&word) || word == "speaking"
}

/// The date at bytes `start..end` times a statement: a verb or noun of a saying before it
/// with only its setting between (`Gibbs said Friday`, `said in a statement on Monday`,
/// `Speaking on Thursday`, `reported on Monday`), or after it in its clause (`Gibbs on Friday
/// said`, `On Friday, White House Press Secretary Robert Gibbs said …`, `Tuesday evening
/// address`). The happening is the saying: what was said may have happened on another day,
/// or be a happening of its own. Returns where the saying's word begins (bytes).
fn saying_at(text: &str, start: usize, end: usize) -> Option<usize> {
    let mut at = start;
    for w in text[..start].split_whitespace().rev().take(6) {
        at = text[..at].rfind(w).unwrap_or(0);
        let b = bare(w);
        if is_saying(&b) {
            return Some(at);
        }
        if !SPEECH_SETTING.contains(&b.as_str()) || w.ends_with([',', ';', ':', '.']) {
            break;
        }
    }
    // After a comma only when the date opens the sentence (`Thousands died on Monday,
    // police said` is the deaths' day).
    let rest = text[end..].trim_start();
    let opening = text[..start].split_whitespace().count() <= 2;
    let after = match rest.strip_prefix(',') {
        Some(r) if opening => r,
        Some(_) => return None,
        None => rest,
    };
    let mut at = text.len() - after.len();
    for w in after.split_whitespace().take(8) {
        at += text[at..].find(w).unwrap_or(0);
        let b = bare(w);
        // `March 7, the day Lord Goldsmith suggested …` tells what happened then.
        if matches!(b.as_str(), "day" | "when" | "which" | "who" | "where") {
            break;
        }
        if is_saying(&b) {
            return Some(at);
        }
        if w.ends_with([',', ';', ':', '.', '"', '”']) {
            break;
        }
        at += w.len();
    }
    None
}

/// Who makes the statement whose saying begins at byte `saying`: the last person or
/// organisation named before it in its clause and after any `that` (`The agency, citing new
/// cases, said …`, `Smith on Friday said …`). `names` are the sentence's names (chars).
fn speaker<'a>(
    text: &str,
    saying: usize,
    names: &[NameSpan<'a>],
    speaks: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    let lo = clause_start(text, 0, saying);
    let lo = text[lo..saying]
        .rfind(" that ")
        .map_or(lo, |p| lo + p + " that ".len());
    let (lo_c, at_c) = (
        text[..lo].chars().count() as u32,
        text[..saying].chars().count() as u32,
    );
    names
        .iter()
        .filter(|(id, a, b)| *a >= lo_c && *b <= at_c && speaks(id))
        .max_by_key(|(_, _, b)| *b)
        .map(|(id, _, _)| *id)
}

/// Clause breaks: a context does not reach across them.
const CLAUSE_BREAKS: &[&str] = &[
    ", and ",
    "; ",
    ", but ",
    ", while ",
    ", whereas ",
    " — ",
    ": ",
];

/// Where the clause holding `at` starts, at or after `lo`.
fn clause_start(text: &str, lo: usize, at: usize) -> usize {
    CLAUSE_BREAKS
        .iter()
        .filter_map(|b| text[lo..at].rfind(b).map(|p| lo + p + b.len()))
        .max()
        .unwrap_or(lo)
}

/// Where the clause holding `at` ends, at or before `hi`.
fn clause_end(text: &str, at: usize, hi: usize) -> usize {
    CLAUSE_BREAKS
        .iter()
        .filter_map(|b| text[at..hi].find(b).map(|p| at + p))
        .min()
        .unwrap_or(hi)
}

/// A page's own day in its title, the text's first line (`As it happened: Haiti earthquake
/// 14 Jan`, `Your stories Thursday 14 January`): a calendar date written with its day
/// (`text`), that is the day the page was published, set after the title's words with no
/// preposition (`before` is the line up to it). A live page or a day's page names its day so;
/// a headline that tells of a happening on its day says when it was (`opened on 3 May`).
fn is_page_day(doc: &Document, before: &str, text: &str, value: Option<&str>) -> bool {
    const LINKS: &[&str] = &[
        "on", "in", "at", "by", "of", "from", "since", "until", "till", "to", "before", "after",
        "the", "and", "or", "between", "during", "for",
    ];
    let linked = before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| LINKS.contains(&w.to_lowercase().as_str()));
    !before.trim().is_empty()
        && !linked
        && text.chars().any(|c| c.is_ascii_digit())
        && text.chars().any(char::is_alphabetic)
        && value.is_some_and(|v| doc.published.as_deref() == Some(v))
}

/// A page's or a post's time stamp, not a happening: a date with a clock time right after it
/// (`January 31, 2011 at 5:23 pm`, `29 April 2009 17:45`, `Tuesday, September 16, 2008; 4:30
/// PM`, `8 November 2011 Last updated at 06:28`), a newspaper's page after it (`Thursday,
/// October 23, 2008; Page A01`) or beside a `|` separator (`Jo Park | Wednesday, 29 April
/// 2009`).
fn is_stamp(text: &str, start: usize, end: usize) -> bool {
    // `| Wednesday, 29 April 2009`: the weekday before the date is part of the stamp.
    let before = text[..start].trim_end().trim_end_matches(',');
    let before = match before.rsplit_once(' ') {
        Some((head, last)) if WEEKDAYS.contains(&last.to_lowercase().as_str()) => head,
        _ => before,
    }
    .trim_end();
    let after = text[end..].trim_start_matches([',', ';', ' ']);
    // `; Page A01`: the print edition's page.
    let page = after
        .strip_prefix("Page ")
        .is_some_and(|p| is_print_page(p.split_whitespace().next().unwrap_or_default()));
    // `8 November 2011 Last updated at 06:28 GMT`: the page's revision stamp.
    let after = [
        "Last updated at ",
        "last updated at ",
        "Updated at ",
        "updated at ",
        "at ",
    ]
    .iter()
    .find_map(|p| after.strip_prefix(p))
    .unwrap_or(after);
    let clock = after.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches([',', '.', '|']);
        w.split_once([':', '.']).is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        })
    });
    // `(Update 5:16 a.m. Thursday in Cairo, 10:16 p.m. ET Wednesday)`: a clock before it.
    let clock_before = before.split_whitespace().rev().take(3).any(is_clock);
    clock || page || clock_before || before.ends_with('|') || after.starts_with('|')
}

fn is_deictic(text: &str) -> bool {
    matches!(
        text.to_lowercase().as_str(),
        "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "this morning"
            | "this afternoon"
            | "this evening"
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_month_next_to_another_by_to_or_a_dash_bounds_a_span() {
        let check = |text: &str, month: &str, want: bool| {
            let at = text.rfind(month).unwrap();
            assert_eq!(
                super::bounds_a_span(text, at, at + month.len()),
                want,
                "{text}: {month}"
            );
        };
        check("cases rose from March to April in the city", "April", true);
        check("cases rose from March to April in the city", "March", true);
        check("the outbreak starting now (March to April).", "April", true);
        check("talks ran April until May", "April", true);
        check("the March-April surge", "April", true);
        check("the April – May surge", "April", true);
        check("cases rose in April to 300", "April", false);
        check("cases rose in April, and May saw more", "April", false);
        check("Back in April the farmers began to fret", "April", false);
    }
    use super::{is_background, is_supposed, own_clause, saying_at, speaker};

    #[test]
    fn a_statement_s_speaker_is_the_last_name_before_its_verb_in_its_clause() {
        // Names as (id, first char, end char); `org` and `person` speak, `place` does not.
        let speaks = |id: &str| id != "place";
        for (text, names, want) in [
            (
                "The Grain Board, citing new harvests in Tarvia, said on Monday it would cut prices.",
                vec![("org", 4, 15), ("place", 41, 47)],
                Some("org"),
            ),
            (
                "As prices fell, Ann Vell said on Monday she was worried.",
                vec![("person", 16, 24)],
                Some("person"),
            ),
            // A reported clause's speaker is its own: the name before `that` reports it.
            (
                "Ann Vell noted that the board said on Monday it would cut prices.",
                vec![("person", 0, 8)],
                None,
            ),
            // Another clause's name is not the speaker.
            (
                "Ann Vell resigned, and the board said on Monday it would cut prices.",
                vec![("person", 0, 8)],
                None,
            ),
        ] {
            let at = text.find("Monday").unwrap();
            let saying = saying_at(text, at, at + "Monday".len()).expect("a saying");
            assert_eq!(speaker(text, saying, &names, speaks), want, "{text}");
        }
    }

    /// Whether the first `date` of `text` times a statement (`saying_at`).
    fn speech(text: &str, date: &str) -> bool {
        let at = text.find(date).unwrap();
        saying_at(text, at, at + date.len()).is_some()
    }

    #[test]
    fn a_date_beside_a_saying_times_the_statement() {
        for (text, date, want) in [
            (
                "Robert Gibbs said Friday the aid will be reviewed.",
                "Friday",
                true,
            ),
            (
                "The CDC said on Wednesday that the boy died in Texas.",
                "Wednesday",
                true,
            ),
            (
                "The minister told reporters on Monday the dam was safe.",
                "Monday",
                true,
            ),
            (
                "The WHO said in a statement on Monday it would meet.",
                "Monday",
                true,
            ),
            (
                "Nile TV reported on Monday that 2,100 inmates were held.",
                "Monday",
                true,
            ),
            (
                "In an interview later yesterday, Jo Park explained the plan.",
                "yesterday",
                true,
            ),
            (
                "In yesterday's interview, Jo Park said the key is price.",
                "yesterday",
                true,
            ),
            (
                "On Friday, White House Press Secretary Robert Gibbs said it.",
                "Friday",
                true,
            ),
            (
                "Gibbs on Friday said the aid will be reviewed.",
                "Friday",
                true,
            ),
            (
                "Here is the text of the president's Tuesday evening address.",
                "Tuesday",
                true,
            ),
            // What was said, and the deed told with its source: not the saying's time.
            (
                "A child died in Texas on Wednesday, officials said.",
                "Wednesday",
                false,
            ),
            ("Thousands died on Monday, police said.", "Monday", false),
            (
                "The WHO said it would meet on Monday to decide.",
                "Monday",
                false,
            ),
            ("The quake struck on Tuesday.", "Tuesday", false),
            (
                "March 7, the day Lord Goldsmith suggested a vote, was the last.",
                "March 7",
                false,
            ),
        ] {
            assert_eq!(speech(text, date), want, "{text}");
        }
    }

    #[test]
    fn a_supposition_tells_of_no_happening() {
        for (text, date, want) in [
            (
                "If the price of oil today (Monday) is 120 dollars, it holds.",
                "Monday",
                true,
            ),
            (
                "The cap should be 110 dollars on Wednesday if the price falls.",
                "Wednesday",
                false,
            ),
            (
                "But whether it will last until 2045 is unclear.",
                "2045",
                true,
            ),
            ("He would have been 100 years old today.", "today", true),
            (
                "But whether it lasts until 2045, 2035 or only 2025, it ends.",
                "2035",
                true,
            ),
            (
                "The agency said it would have a decision on Monday.",
                "Monday",
                false,
            ),
            ("The dam broke on Monday.", "Monday", false),
        ] {
            let at = text.find(date).unwrap();
            assert_eq!(is_supposed(text, at), want, "{text}");
        }
    }

    #[test]
    fn a_dates_own_clause_ends_where_another_happening_begins() {
        let own = |text: &str, date: &str| {
            let at = text.find(date).unwrap();
            let (a, b) = own_clause(text, 0, at, at + date.len(), text.len());
            text[a..b].to_string()
        };
        assert_eq!(
            own(
                "China suspended flights after Hong Kong on Friday confirmed a case.",
                "Friday"
            ),
            "Hong Kong on Friday confirmed a case."
        );
        assert_eq!(
            own(
                "Police sealed off the hotel on Friday night after tests were confirmed.",
                "Friday"
            ),
            "Police sealed off the hotel on Friday night"
        );
        assert_eq!(
            own(
                "Hong Kong confirmed a case on Friday, prompting police to seal a hotel.",
                "Friday"
            ),
            "Hong Kong confirmed a case on Friday"
        );
        // An opener that governs the date, or that tells what happened then, stays.
        assert_eq!(
            own(
                "It was his view until March 7, when he sent his advice.",
                "March 7"
            ),
            "It was his view until March 7, when he sent his advice."
        );
    }

    #[test]
    fn a_date_that_is_a_happenings_attribute_times_that_happening() {
        for (text, date, want) in [
            (
                "The doctor, facing a charge over the singer's death in June 2009, has returned to work.",
                "June 2009",
                Some("singer's death in June 2009"),
            ),
            (
                "Prosecutors say it led to his death aged 50 in June 2009.",
                "June 2009",
                Some("his death aged 50 in June 2009"),
            ),
            (
                "He has pleaded not guilty over Jo Park's June 2009 death at 50.",
                "June 2009",
                Some("Park's June 2009 death"),
            ),
            (
                "Since the 2003 invasion, forces have killed at least 18 reporters.",
                "2003",
                Some("the 2003 invasion"),
            ),
            (
                "He faces a charge following the singer's death last June.",
                "last June",
                Some("singer's death last June"),
            ),
            // The phrase opens the sentence: it tells of that happening.
            ("The 2003 invasion toppled the government.", "2003", None),
            // A date of the sentence's own happening.
            ("The singer died in June 2009.", "June 2009", None),
            ("Rescuers found the body in June 2009.", "June 2009", None),
            ("The 2009 figures were revised.", "2009", None),
            // Words that qualify the noun between.
            (
                "Rescuers learned from the 2004 Asian tsunami how to tag the dead.",
                "2004",
                Some("the 2004 Asian tsunami"),
            ),
            (
                "Aid came after the 2010 Haiti (Caribbean) earthquake had struck.",
                "2010",
                Some("the 2010 Haiti (Caribbean) earthquake"),
            ),
            ("The 2004 Asian tsunami struck at dawn.", "2004", None),
            ("The 2009 figures show that the flu spread.", "2009", None),
            ("It fell in the 2009 budget, a source said.", "2009", Some("the 2009 budget")),
            ("It fell in the 2009 and 2010 budgets.", "2009", None),
            // The date owns the happening.
            (
                "It will top the agenda at next Monday's meeting of the bank.",
                "next Monday",
                Some("next Monday's meeting"),
            ),
            (
                "Markets look to Friday's expected vote by the House.",
                "Friday",
                Some("Friday's expected vote"),
            ),
            ("Tuesday's vote ended the crisis.", "Tuesday", None),
            (
                "Britons reacted calmly to the attacks earlier this month.",
                "this month",
                Some("the attacks earlier this month"),
            ),
            // A count since that day still tells of it.
            (
                "It has treated 1,500 people since Tuesday's earthquake.",
                "Tuesday",
                None,
            ),
            // A decision or statement of a name's: its date times that, not the sentence.
            (
                "As shown by the agency's decision Monday to raise the alert, there is drama enough.",
                "Monday",
                Some("agency's decision Monday"),
            ),
            (
                "Critics doubt whether the court's ruling on Friday will end the dispute.",
                "Friday",
                Some("court's ruling on Friday"),
            ),
            // Made by the sentence's own verb.
            (
                "The minister will make the announcement tomorrow in the capital.",
                "tomorrow",
                None,
            ),
            ("The mayor announced his decision in January.", "January", None),
        ] {
            let start = text.find(date).unwrap();
            let got =
                super::nominal(text, start, start + date.len(), false).map(|(a, b)| &text[a..b]);
            assert_eq!(got, want, "{text}");
        }
        // With `opening`, a phrase that opens the sentence is given too.
        for (text, date, want) in [
            (
                "The 2021 Taliban takeover accelerated this shift.",
                "2021",
                Some("The 2021 Taliban takeover"),
            ),
            (
                "Tuesday's vote ended the crisis.",
                "Tuesday",
                Some("Tuesday's vote"),
            ),
            ("The 2009 figures were revised.", "2009", None),
        ] {
            let start = text.find(date).unwrap();
            let got =
                super::nominal(text, start, start + date.len(), true).map(|(a, b)| &text[a..b]);
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_date_in_a_relative_clause_times_its_noun() {
        for (text, date, want) in [
            (
                "Jackson, who died on 25 June 2009 aged 50, had spent months rehearsing.",
                "25 June 2009",
                Some(("Jackson, who died on ", false, true, true)),
            ),
            (
                "The woman, whose illness began in early April, had no contact with others.",
                "early April",
                Some(("The woman, whose illness began in ", false, true, true)),
            ),
            (
                "Officials annulled the group's terrorist designation, which had been in place since 2003.",
                "2003",
                Some(("the group's terrorist designation, which had been in place since ", false, true, false)),
            ),
            (
                "Fans donated in the wake of the earthquake that struck the island on Tuesday.",
                "Tuesday",
                Some(("wake of the earthquake that struck the island on ", true, false, false)),
            ),
            // Not set off: where the clause ends is not marked.
            (
                "Protesters who gathered in the square said Monday they would march.",
                "Monday",
                Some(("Protesters who gathered in the square said ", false, false, true)),
            ),
            // Not relative: `that` after a saying, a question, a clause of its own.
            ("The club said that it will sell the ground on Monday.", "Monday", None),
            ("Who knew on Monday what would follow?", "Monday", None),
            ("He left, which upset many, and returned on Monday.", "Monday", None),
            ("The quake struck on Tuesday.", "Tuesday", None),
            (
                "A spokesman for the WHO told reporters that the WHO committee will not be meeting today.",
                "today",
                None,
            ),
        ] {
            let start = text.find(date).unwrap();
            let got = super::relative_clause(text, start).map(|r| (&text[r.start..start], r.happening, r.set_off, r.personal));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_year_that_qualifies_people_dates_no_happening_of_the_sentence() {
        for (text, year, want) in [
            (
                "Republican 2012 presidential contenders make remarks Friday.",
                "2012",
                true,
            ),
            ("The 2008 Olympic champion won again.", "2008", true),
            ("The 1918 pandemic killed millions.", "1918", false),
            (
                "The disputed 2009 presidential elections ended in protests.",
                "2009",
                false,
            ),
            ("In 2003 troops invaded.", "2003", false),
            ("Prices rose in 2008 and candidates fell.", "2008", false),
            ("Its 2003 designation of the group stood.", "2003", false),
        ] {
            let at = text.find(year).unwrap();
            assert_eq!(
                super::is_year_attribute(text, at, at + year.len()),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn a_record_is_measured_from_a_date_after_since_or_in_the_clause_it_opens() {
        for (before, want) in [
            ("the worst outbreak since", true),
            (
                "the biggest risk of a pandemic since the virus re-emerged in",
                true,
            ),
            ("a ban in place since", false),
            ("the biggest risk since the war, which ended in", false),
            ("the virus re-emerged in", false),
        ] {
            assert_eq!(super::is_record_since(before), want, "{before}");
        }
    }

    #[test]
    fn a_date_that_times_another_happening_is_background() {
        for (text, date, want) in [
            (
                "Rescuers dug on, following Tuesday's earthquake.",
                "Tuesday",
                true,
            ),
            ("Five days after 9/11, the senator spoke.", "9/11", true),
            (
                "A year before the 7 July bombings, officials warned.",
                "the 7 July",
                true,
            ),
            (
                "A month before the July 7 London bombings, officials warned.",
                "July 7",
                true,
            ),
            ("Talks resumed ahead of Friday's vote.", "Friday", true),
            ("The quake struck on Tuesday.", "Tuesday", false),
            (
                "A ban that had been in place since 2003 was lifted.",
                "2003",
                false,
            ),
            ("The aftermath of May 4 was long.", "May 4", false),
            // The earlier figure of a comparison.
            (
                "The WHO counted 236 cases, up from 148 yesterday.",
                "yesterday",
                true,
            ),
            (
                "Cases were confirmed in 11 states, up from 10 states on Tuesday.",
                "on Tuesday",
                true,
            ),
            ("Sales fell 4%, compared with last year.", "last year", true),
            (
                "Capital was $1.72 trillion (down from $1.93 trillion at the end of June).",
                "the end of June",
                true,
            ),
            // A bare `from` is no comparison; nor is a year or a clock time a figure.
            (
                "The WHO raised its alert level to 5 from 3 this week.",
                "this week",
                false,
            ),
            (
                "Officials from 20 major countries yesterday endorsed the plan.",
                "yesterday",
                false,
            ),
            (
                "The concert is shown live from 0100 GMT on Saturday.",
                "on Saturday",
                false,
            ),
            (
                "The rate was up from 1970 levels in March.",
                "in March",
                false,
            ),
            ("The flights resumed from Monday.", "Monday", false),
            ("from Monday", "Monday", false),
            ("Monday", "Monday", false),
            ("Troops withdrew from the city in March.", "in March", false),
            ("He served from 2001 to 2005.", "2001", false),
            // The other term of a comparison.
            (
                "Shares are worth less than half what they were in May.",
                "May",
                true,
            ),
            ("Sales rose more than in March.", "March", true),
            ("Sales rose in March.", "March", false),
            // A noun's schedule, not the time of the sentence's verb; but the sentence's own
            // when it says the schedule.
            (
                "He asked his rival to delay a debate scheduled for Friday.",
                "Friday",
                true,
            ),
            ("The vote, set for 3 May, was postponed.", "3 May", true),
            ("The debate is scheduled for Friday.", "Friday", false),
            ("The debate was originally set for Friday.", "Friday", false),
        ] {
            let at = text.find(date).unwrap();
            assert_eq!(is_background(text, at), want, "{text}");
        }
    }
}
