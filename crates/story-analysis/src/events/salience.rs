//! Step 3: how likely a journalist is to put an event on the story's timeline.
//!
//! What the timeline summarisation literature and the Timeline17 stories agree on: a
//! happening is key when many outlets and articles tell of it, when articles tell of it in
//! their first sentences (the lead), and when articles were published on its day or the day
//! after (the news broke then). Each article's vote is shared among the events it tells of,
//! so a chronology or a programme listing that names fifty days does not outvote fifty
//! reports. The happenings of one day share that day's support too, by how much each has of
//! its own, so splitting a day into its happenings does not hide the day, and a remark that
//! names a busy day does not ride on its reports. Coarser times (a month, a year) rank lower: a
//! timeline is read by days. Last, all of that is scaled by how central the event is: how far
//! its best sentence is told in the words the story's articles share (a programme listing or
//! a page's other news names days too, but not in the story's words), and halved when the
//! event is told only in a reader's or a columnist's voice (first person, questions), and
//! again when its best sentence does not name whose happening it is (`She arrived …`).

use std::collections::{BTreeSet, HashMap, HashSet};
use story_core::DocNo;

use story_core::date::Date;
use story_core::time::Granularity;
use story_core::{Document, Event};

use crate::text::Words;

/// What an event whose label points back (`He`, `It`) keeps of its salience.
const POINTS_BACK: f64 = 0.5;

/// A mention in one of an article's first sentences is in its lead.
const LEAD_SENTENCES: u32 = 3;

/// What an event (or a day) has going for it.
#[derive(Default)]
struct Support<'a> {
    docs: BTreeSet<DocNo>,
    sources: BTreeSet<&'a str>,
    lead: BTreeSet<DocNo>,
    sentences: BTreeSet<(DocNo, u32)>,
}

impl<'a> Support<'a> {
    fn add(&mut self, e: &Event, source_of: &[&'a str]) {
        for m in &e.mentions {
            self.docs.insert(m.doc);
            self.sources
                .insert(source_of.get(m.doc.index()).copied().unwrap_or(""));
            if m.sentence < LEAD_SENTENCES {
                self.lead.insert(m.doc);
            }
            self.sentences.insert((m.doc, m.sentence));
        }
    }

    /// Outlets, articles (each weighed by how many events it tells of), leads, sentences.
    fn score(&self, events_of: &HashMap<DocNo, usize>) -> f64 {
        let docs: f64 = self
            .docs
            .iter()
            .map(|d| 1.0 / (events_of.get(d).copied().unwrap_or(1).max(1) as f64).sqrt())
            .sum();
        self.sources.len() as f64
            + 0.5 * docs
            + self.lead.len() as f64
            + 0.2 * self.sentences.len() as f64
    }
}

fn coarseness(g: Granularity) -> f64 {
    match g {
        Granularity::Day => 1.0,
        Granularity::Week => 0.8,
        Granularity::Month => 0.6,
        Granularity::Season | Granularity::Quarter => 0.5,
        Granularity::Year => 0.4,
        Granularity::Decade | Granularity::Century => 0.3,
    }
}

/// How close each sentence is to the story's centre: the mean, over its content words, of
/// the share of the corpus's documents that use the word. A sentence told in the story's own
/// words (`the doctor`, `the trial`, `swine flu`, `confirmed cases`) scores high; one from
/// the other news a saved page carries (a programme listing, a sports result) scores low.
struct Centrality {
    /// Concept → share of the documents that use it.
    share: HashMap<String, f64>,
}

impl Centrality {
    fn new(docs: &[Document]) -> Self {
        let words = Words::shared();
        let mut used: HashMap<String, usize> = HashMap::new();
        for d in docs {
            let concepts: HashSet<String> = d
                .sentences
                .iter()
                .flat_map(|s| words.content(&s.text))
                .map(|w| w.concept)
                .collect();
            for c in concepts {
                *used.entry(c).or_default() += 1;
            }
        }
        let n = docs.len().max(1) as f64;
        let share = used.into_iter().map(|(c, k)| (c, k as f64 / n)).collect();
        Centrality { share }
    }

    fn of(&self, text: &str) -> f64 {
        // Ordered: the float sum below comes out the same on every run.
        let concepts: BTreeSet<String> = Words::shared()
            .content(text)
            .into_iter()
            .map(|w| w.concept)
            .collect();
        if concepts.is_empty() {
            return 0.0;
        }
        let sum: f64 = concepts
            .iter()
            .map(|c| self.share.get(c).copied().unwrap_or(0.0))
            .sum();
        sum / concepts.len() as f64
    }

    /// The most central of an event's sentences (1 when none is at hand).
    fn of_event(&self, docs: &[Document], e: &Event) -> f64 {
        e.mentions
            .iter()
            .filter_map(|m| docs.get(m.doc.index())?.sentences.get(m.sentence as usize))
            .map(|s| self.of(&without_times(s)))
            .reduce(f64::max)
            .unwrap_or(1.0)
    }
}

/// A sentence's text without its time expressions: the date is not what happened.
fn without_times(s: &story_core::Sentence) -> String {
    s.text
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let i = i as u32;
            if s.times.iter().any(|t| t.start <= i && i < t.end) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Sets every event's `salience`.
pub(super) fn rank(docs: &[Document], known: &crate::statement::Known, events: &mut [Event]) {
    let source_of: Vec<&str> = docs
        .iter()
        .map(|d| d.source.as_deref().unwrap_or(&d.id))
        .collect();
    let mut published: HashMap<Date, usize> = HashMap::new();
    for d in docs {
        if let Some(day) = super::published_day(d) {
            *published.entry(day).or_default() += 1;
        }
    }
    let mut events_of: HashMap<DocNo, usize> = HashMap::new();
    for e in events.iter() {
        let mut seen: Vec<DocNo> = e.mentions.iter().map(|m| m.doc).collect();
        seen.sort_unstable();
        seen.dedup();
        for d in seen {
            *events_of.entry(d).or_default() += 1;
        }
    }
    let is_day = |e: &Event| e.granularity == Granularity::Day && e.start == e.end;
    let mut days: HashMap<Date, Support> = HashMap::new();
    // The most an event of each day has of its own.
    // Each event's own support, once.
    let owns: Vec<f64> = events
        .iter()
        .map(|e| {
            let mut own = Support::default();
            own.add(e, &source_of);
            own.score(&events_of)
        })
        .collect();
    let mut best: HashMap<Date, f64> = HashMap::new();
    for (e, &own) in events.iter().zip(&owns).filter(|(e, _)| is_day(e)) {
        days.entry(e.start).or_default().add(e, &source_of);
        let top = best.entry(e.start).or_default();
        *top = top.max(own);
    }
    let centrality = Centrality::new(docs);
    let scores: Vec<f64> = events
        .iter()
        .zip(owns)
        .map(|(e, own)| {
            // An event told only in a reader's or columnist's voice (its label, the best of
            // its sentences, is a question or in the first person) is rarely a happening.
            // Nor is one whose label is a photograph's caption (`Protesters gather in the
            // square Friday`: no verb says when, of a day before every article that tells
            // of it).
            let caption = is_day(e)
                && crate::timex::untensed(&e.label)
                && e.mentions.iter().all(|m| {
                    docs.get(m.doc.index())
                        .is_some_and(|d| super::before_publication(d, e.start))
                });
            let voiced = if crate::statement::tells(&e.label) && !caption {
                1.0
            } else {
                0.5
            };
            // Whose happening it is must be readable in it: a label that points back (`She
            // was …`, `They said …`, the best any of its sentences gives) tells a reader of
            // the timeline less, and so does one that opens with a quotation (a remark, not
            // what happened). One told of a person it does not name (`The 23-year-old man
            // had arrived …`) still tells what happened.
            let quoted = e.label.starts_with(['“', '"']);
            let told = crate::statement::stands_alone_in(&e.label, known)
                || crate::statement::of_an_unnamed_person(&e.label);
            let voiced = if told && !quoted {
                voiced
            } else {
                voiced * POINTS_BACK
            };
            let central = centrality.of_event(docs, e) * voiced;
            if !is_day(e) {
                return own * coarseness(e.granularity) * central;
            }
            let day = days.get(&e.start).map_or(own, |s| s.score(&events_of));
            let on = |d: Option<Date>| d.and_then(|d| published.get(&d)).copied().unwrap_or(0);
            let broke = on(Some(e.start)) as f64 + 0.5 * on(e.start.add_days(1)) as f64;
            // The day's support and the news breaking on it go to its happenings by how
            // much each has of its own: the day's main happening takes them whole, and a
            // remark that names a busy day does not ride on the day's reports.
            let top = best.get(&e.start).copied().unwrap_or(own);
            let share = if top > 0.0 { own / top } else { 1.0 };
            (0.5 * own + share * (0.5 * day + broke)) * central
        })
        .collect();
    for (e, s) in events.iter_mut().zip(scores) {
        // Rounded so that the index stays the same from run to run and machine to machine.
        e.salience = ((s * 100.0).round() / 100.0) as f32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use story_core::Mention;

    fn doc(id: &str, source: &str, published: &str) -> Document {
        Document {
            id: id.into(),
            source: Some(source.into()),
            published: Some(published.into()),
            ..Document::default()
        }
    }

    fn event(day: &str, mentions: &[(&str, u32)]) -> Event {
        let d = Date::parse_iso(day).expect("a test date");
        Event {
            start: d,
            end: d,
            granularity: Granularity::Day,
            mentions: mentions
                .iter()
                // The tests' documents are `a`, `b`, … in that order.
                .map(|(doc, sentence)| Mention {
                    doc: DocNo(u32::from(doc.as_bytes()[0] - b'a')),
                    sentence: *sentence,
                    ..Mention::default()
                })
                .collect(),
            ..Event::default()
        }
    }

    #[test]
    fn centrality_is_the_same_on_every_call() {
        // Each hash set has its own order; a float sum over one came out different from call
        // to call (an event's salience was 1.27 on one build and 1.28 on the next).
        let text = "Ministers, envoys, generals and senators debated budgets, elections, \
                    reforms, sanctions, tariffs, pensions, vaccines, harvests, floods, \
                    strikes, treaties, ceasefires, refugees, hospitals and railways";
        let concepts: Vec<String> = Words::shared()
            .content(text)
            .into_iter()
            .map(|w| w.concept)
            .collect();
        assert!(concepts.len() >= 15, "{concepts:?}");
        let share = concepts
            .iter()
            .enumerate()
            .map(|(k, c)| (c.clone(), 1.0 / (k as f64 + 3.0) + k as f64 / 7.0))
            .collect();
        let first = Centrality { share }.of(text);
        for _ in 0..50 {
            let share = concepts
                .iter()
                .enumerate()
                .map(|(k, c)| (c.clone(), 1.0 / (k as f64 + 3.0) + k as f64 / 7.0))
                .collect();
            assert_eq!(Centrality { share }.of(text).to_bits(), first.to_bits());
        }
    }

    #[test]
    fn outlets_leads_and_reports_of_the_day_rank_first() {
        let docs = [
            doc("a", "One", "2020-05-02"),
            doc("b", "Two", "2020-05-02"),
            doc("c", "Two", "2020-05-09"),
            doc("d", "Three", "2020-05-20"),
        ];
        let mut events = [
            // Told by three outlets, in two leads, and reported the day after.
            event("2020-05-01", &[("a", 0), ("b", 1), ("d", 12)]),
            // Told by one outlet, deep in the text, never reported near its day.
            event("2020-03-10", &[("c", 14), ("c", 15)]),
            // As many sentences as the first, but all in one article.
            event("2020-04-20", &[("d", 3), ("d", 4), ("d", 5)]),
        ];
        rank(&docs, &crate::statement::Known::of(&docs), &mut events);
        assert!(events[0].salience > events[2].salience, "{events:?}");
        assert!(events[2].salience > 0.0 && events[1].salience > 0.0);
        assert!(events[0].salience > events[1].salience);
    }

    #[test]
    fn a_coarse_time_ranks_below_the_same_support_on_a_day() {
        let docs = [doc("a", "One", "2020-05-02"), doc("b", "Two", "2020-06-02")];
        let mut day = event("2019-03-04", &[("a", 5), ("b", 5)]);
        let mut year = day.clone();
        year.start = Date::new(2019, 1, 1).unwrap();
        year.end = Date::new(2019, 12, 31).unwrap();
        year.granularity = Granularity::Year;
        let mut events = [std::mem::take(&mut day), year];
        rank(&docs, &crate::statement::Known::of(&docs), &mut events);
        assert!(events[0].salience > events[1].salience, "{events:?}");
    }

    #[test]
    fn a_caption_of_a_past_day_ranks_below_a_report() {
        let docs = [doc("a", "One", "2020-05-02"), doc("b", "Two", "2020-06-02")];
        let mut caption = event("2020-03-04", &[("a", 5), ("b", 5)]);
        caption.label = "Protesters gather in the main square on Wednesday.".into();
        let mut report = event("2020-03-11", &[("a", 6), ("b", 6)]);
        report.label = "Protesters gathered in the main square on Wednesday.".into();
        let mut events = [caption, report];
        rank(&docs, &crate::statement::Known::of(&docs), &mut events);
        assert!(events[0].salience < events[1].salience, "{events:?}");
    }

    #[test]
    fn a_label_that_points_back_ranks_below_one_that_names_its_subject() {
        let docs = [doc("a", "One", "2020-05-02"), doc("b", "Two", "2020-06-02")];
        let mut named = event("2020-03-04", &[("a", 5), ("b", 5)]);
        named.label = "Mayor Ruiz arrived in the capital.".into();
        let mut pointing = event("2020-03-11", &[("a", 6), ("b", 6)]);
        pointing.label = "She arrived in the capital.".into();
        let mut events = [named, pointing];
        rank(&docs, &crate::statement::Known::of(&docs), &mut events);
        assert!(events[0].salience > events[1].salience, "{events:?}");
        assert!(events[1].salience > 0.0);
    }

    #[test]
    fn two_happenings_of_one_day_share_its_support() {
        let docs = [
            doc("a", "One", "2020-05-02"),
            doc("b", "Two", "2020-05-03"),
            doc("c", "Three", "2020-05-04"),
        ];
        let mut events = [
            event("2020-05-01", &[("a", 0), ("b", 0)]),
            event("2020-05-01", &[("c", 9)]),
            event("2020-04-01", &[("c", 10)]),
        ];
        rank(&docs, &crate::statement::Known::of(&docs), &mut events);
        // The lesser happening of a busy day still ranks above a lone mention of a quiet one.
        assert!(events[1].salience > events[2].salience, "{events:?}");
    }
}
