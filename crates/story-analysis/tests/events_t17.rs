//! Events on real news: the eight Timeline17 stories of `../shared/data/t17-dev` (skipped,
//! saying so, where that folder is absent), each built as the page's build does.
//! - No event is dated from a time of day (a clock time is a TIME value, never a year).
//! - Every label is a readable statement: the label rule gives it back unchanged.
//! - The key dates: the days of the events ranked by salience, top k against the k days of
//!   the journalists' timeline (Date-F1, averaged as news-tls does), may not drop below the
//!   floor. docs/quality.md has the figures (`scripts/quality`).
//! - The events independent annotators judged (`data/t17-events-judged.tsv`): of those judged
//!   to mix happenings, enough are now split or rid of their foreign sentences; of those
//!   judged pure, at most a few are split.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use story_analysis::statement::statement;
use story_analysis::{build, SourceFile};
use story_core::time::Granularity;
use story_core::{Index, Sentence, TimexType};

/// Measured 0.734 when the test was written, 0.750 (0.7499) since the centrality rule (with the
/// `Last updated at` stamps, the present passive and `Today` as a name); the floor leaves
/// room for rounding only.
const DATE_F1_FLOOR: f64 = 0.74;

/// Of the judged impure events (109: samples s16, s17, s17b, s18, s19 and s20, each judged on
/// the build of its session's end, s18 on 75515a7, s19 on 8ebd6f3, s20 on 93ec2a1), how many must be split or have
/// lost a sentence: 18 at
/// the end of session 17 (2 before its rules), 37 since session 18's (a statement and a deed of
/// one day are two, so are two statements that give other figures and two times of a day
/// hours apart; a supposition is no mention; a day's near words come from its own clause),
/// 40 after session 19's, 46 after session 20's first (a month's or year's mentions whose
/// clauses name people, none the same, are two happenings), 51 since a date that ends a run-in
/// heading is no mention, 54 after session 25's seams, 60 since a month told from now (`earlier
/// this month`) joins no day's event, 65 by session 28 (samples s21 to s28 added to the judged),
/// 78 since a year many mentions name joins only mentions that share what happened, 84 since
/// two speakers' statements of one day are two (session 29; s29's 14 judged impure events,
/// judged on that build, added to the 155 after), 88 since a month's mention joins a day's only
/// on a word told beside both dates, 95 since a year asks a decade's likeness, 104 since a
/// name's decision of a date is background (session 30), 113 since one end of a span of
/// months joins no day's happening (session 31); 127 with s36's 11 judged impure events (judged on
/// 6b7ecbd, added in session 37), 134 since a decade's mention joins no year's happening, 137
/// since a date before a qualified happening's noun (`the 2004 Asian tsunami`) is passing, 140
/// since a thing's relative clause is (a sentence moved to an event's `passing` is no longer
/// cited: rid of, as a dropped one was). s37's 7 (judged on 2cda18e) count 0 at that build.
/// 170 since session 41's rule that a day's (or a busy year's) mention whose sentence holds
/// less than a fifth of its label's words leaves the event (15 distinct events, some judged in
/// several samples). 187 since session 42's rule that a season or year named by under a
/// fifth of the story's articles joins only one sentence retold (`link.rs`,
/// `STORY_TIME_SHARE`), 189 with s42's judged events (judged on d5ba694). 191 since session
/// 43's rule that the passages of pages about something else join no event
/// (`crate::relevance`: two judged impure events lose such a page's sentence), 192 since two
/// sentences of one page that name a month join only as one sentence retold. The
/// floor leaves room for a little drift of the build.
const IMPURE_FIXED_FLOOR: usize = 187;
/// Of the judged pure events (179 with s20), how many may be split: 2 at the end of session 17 (photo
/// captions of one summit, a live page's own day), 6 since session 18's rules (also a child's
/// death and an official's statement of it on the day, which another annotator judged two
/// happenings; a president's statement against the new government it announced; a
/// columnist's `whether … will last until 2045, 2035 or only 2025`, a supposition now; and the
/// 1957 pandemic told in a chronology's entry, now a sentence and an event of its own). Since
/// session 20 an event none of whose sentences is shown any more is counted apart and printed
/// (the supposition and `He would have been 100 years old today` had been counted as splits;
/// `Egypt will never go back to what it was yesterday` is no happening either): 3 split, 4
/// since a caption's `when he died last month` is no mention (the June 2009 event that one
/// annotator of five judged pure no longer chains through it). 22 since session 41's rule
/// above: five distinct events, judged in 17 judgements of several samples: `The financial
/// crisis … overwhelmed the 2008 presidential race today` beside `In the heated atmosphere of
/// Wednesday afternoon, …` (judged pure ten times, impure three), the Foreign Office's advice
/// beside tour companies suspending their flights (pure twice, impure twice), restaurants to
/// reopen on Wednesday beside `Restaurants, movie theaters, schools … are likely to reopen on
/// Wednesday` (three), two remarks of one interview, and two pieces of advice of 1918.
const PURE_SPLIT_CEILING: usize = 22;

/// FNV-1a (64 bits) of a sentence's text, as `data/t17-events-judged.tsv` keeps it.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A judged event: (sample, number) → (pure, its sentences: each a list of places and a hash).
type Judged = BTreeMap<(String, usize), (bool, Vec<(Vec<(String, usize)>, u64)>)>;

/// The judged events of one story.
fn judged(story: &str) -> Judged {
    let text = include_str!("data/t17-events-judged.tsv");
    let mut out = Judged::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("story\t"))
    {
        let f: Vec<&str> = line.split('\t').collect();
        let [st, sample, event, pure, places, hash] = f[..] else {
            panic!("a judged line has six fields: {line}");
        };
        if st != story {
            continue;
        }
        let places = places
            .split(';')
            .filter_map(|p| {
                let (doc, n) = p.rsplit_once(':')?;
                Some((doc.to_string(), n.parse().ok()?))
            })
            .collect();
        let hash = u64::from_str_radix(hash, 16).expect("a hex hash");
        let entry = out
            .entry((sample.to_string(), event.parse().expect("an event number")))
            .or_insert((pure == "yes", Vec::new()));
        entry.1.push((places, hash));
    }
    out
}

/// Of the judged events: how many pure ones the build splits, how many impure ones it
/// splits or rids of a sentence, the pure ones it no longer shows at all (none of their
/// sentences cites an event: read them, a dropped event is no split), and what is lost.
/// The sentences that now hold a judged one: where it was, where it moved to, or the run of
/// pieces it was cut into at seams (their texts joined by a space are its text).
fn locate(sents: &[Sentence], k: usize, hash: u64) -> Option<std::ops::Range<usize>> {
    if sents.get(k).is_some_and(|s| fnv(&s.text) == hash) {
        return Some(k..k + 1);
    }
    if let Some(at) = sents.iter().position(|s| fnv(&s.text) == hash) {
        return Some(at..at + 1);
    }
    (0..sents.len()).find_map(|from| {
        let mut text = String::new();
        for (n, s) in sents[from..].iter().take(4).enumerate() {
            if n > 0 {
                text.push(' ');
            }
            text.push_str(&s.text);
            if n > 0 && fnv(&text) == hash {
                return Some(from..from + n + 1);
            }
        }
        None
    })
}

fn replay(index: &Index, judged: &Judged) -> (usize, usize, Vec<String>, Vec<String>) {
    let mut cited: BTreeMap<(usize, usize), BTreeSet<usize>> = BTreeMap::new();
    for (e, event) in index.events.iter().enumerate() {
        for m in &event.mentions {
            cited
                .entry((m.doc.index(), m.sentence as usize))
                .or_default()
                .insert(e);
        }
    }
    let (mut pure_split, mut impure_fixed, mut lost) = (0, 0, Vec::new());
    let mut pure_dropped = Vec::new();
    for ((sample, n), (pure, sentences)) in judged {
        let mut sets: Vec<BTreeSet<usize>> = Vec::new();
        for (places, hash) in sentences {
            let mut events = BTreeSet::new();
            let mut found = false;
            for (doc, k) in places {
                let Some(d) = index.documents.iter().position(|d| d.id == *doc) else {
                    continue;
                };
                let sents = &index.documents[d].sentences;
                if let Some(at) = locate(sents, *k, *hash) {
                    found = true;
                    for at in at {
                        events.extend(cited.get(&(d, at)).into_iter().flatten());
                    }
                }
            }
            if !found {
                lost.push(format!(
                    "{sample} event {n}: a sentence is gone from the articles"
                ));
            }
            sets.push(events);
        }
        let dropped = sets.iter().any(BTreeSet::is_empty);
        let mut shown = sets.iter().filter(|s| !s.is_empty());
        let together = shown.next().is_some_and(|first| {
            let mut common = first.clone();
            for s in shown {
                common.retain(|e| s.contains(e));
            }
            !common.is_empty()
        });
        if *pure && sets.iter().all(BTreeSet::is_empty) {
            pure_dropped.push(format!("{sample} event {n}"));
        } else if *pure && !together {
            pure_split += 1;
        }
        if !*pure && (!together || dropped) {
            impure_fixed += 1;
        }
    }
    (pure_split, impure_fixed, pure_dropped, lost)
}

fn data_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/t17-dev");
    dir.is_dir().then_some(dir)
}

/// The gold days of a timeline (`gold.json`: `{"dates": [{"date": "YYYY-MM-DD…"}]}`).
fn gold_days(dir: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(dir.join("gold.json")).expect("gold.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("gold JSON");
    json["dates"]
        .as_array()
        .expect("a list of dates")
        .iter()
        .filter_map(|d| d["date"].as_str()?.get(..10).map(str::to_string))
        .collect()
}

/// Precision and recall of the top k days by salience, k = the gold days, among the days
/// inside the gold timeline's span (as `score_tls.py` does).
fn date_selection(index: &Index, gold: &BTreeSet<String>) -> (f64, f64) {
    let (Some(first), Some(last)) = (gold.first(), gold.last()) else {
        return (0.0, 0.0);
    };
    let mut best: BTreeMap<String, f32> = BTreeMap::new();
    for e in &index.events {
        if e.granularity != Granularity::Day || e.start != e.end {
            continue;
        }
        let day = e.start.to_string();
        if day < *first || day > *last {
            continue;
        }
        let s = best.entry(day).or_insert(f32::MIN);
        *s = s.max(e.salience);
    }
    let mut ranked: Vec<(&String, &f32)> = best.iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
    let top: Vec<&String> = ranked.iter().take(gold.len()).map(|(d, _)| *d).collect();
    let hits = top.iter().filter(|d| gold.contains(**d)).count() as f64;
    let p = if top.is_empty() {
        0.0
    } else {
        hits / top.len() as f64
    };
    (p, hits / gold.len().max(1) as f64)
}

/// The articles of a story folder, as the corpus reader gives them to the build.
fn read_story(dir: &Path) -> Vec<SourceFile> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("a corpus folder")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?;
            Some(SourceFile::new(name, std::fs::read(p).ok()?))
        })
        .collect()
}

fn is_clock_time(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit());
        w.split_once([':', '.']).is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        }) || (w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && text.split_whitespace().any(|z| {
                matches!(
                    z.trim_matches(|c: char| !c.is_alphabetic()),
                    "GMT" | "BST" | "EDT" | "EST" | "CDT" | "CST" | "PDT" | "PST" | "UTC" | "CET"
                )
            }))
    })
}

#[test]
#[allow(clippy::print_stderr)]
fn timeline17_events_are_dated_labelled_and_ranked() {
    let Some(root) = data_dir() else {
        eprintln!("skipped: ../shared/data/t17-dev is absent");
        return;
    };
    let mut stories: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("t17-dev")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.join("corpus").is_dir())
        .collect();
    stories.sort();
    type Story = (String, f64, f64, Vec<String>, (usize, usize, Vec<String>));
    let results: Vec<Story> = std::thread::scope(|scope| {
        let handles: Vec<_> = stories
            .chunks(stories.len().div_ceil(2).max(1))
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|dir| {
                            let name = dir.file_name().unwrap().to_string_lossy().to_string();
                            let files = read_story(&dir.join("corpus"));
                            let index = build(&files).expect("a story builds");
                            let mut problems = Vec::new();
                            for e in &index.events {
                                // Given back whole: nothing to clean, nothing to cut.
                                let whole = e.label.chars().count();
                                if statement(&e.label, whole).as_deref() != Some(e.label.as_str()) {
                                    problems.push(format!(
                                        "{name}: label not a statement: {:?}",
                                        e.label
                                    ));
                                }
                                for m in &e.mentions {
                                    let Some(s) = index
                                        .doc(m.doc)
                                        .and_then(|d| d.sentences.get(m.sentence as usize))
                                    else {
                                        problems
                                            .push(format!("{name}: mention of a missing sentence"));
                                        continue;
                                    };
                                    let timex = s
                                        .times
                                        .iter()
                                        .find(|t| t.start == m.start && t.end == m.end);
                                    let after: String =
                                        s.text.chars().skip(m.end as usize).take(12).collect();
                                    if timex.is_some_and(|t| t.kind == TimexType::Time)
                                        || is_clock_time(&m.text)
                                        || (m.text.len() == 4 && is_clock_time(&after))
                                    {
                                        problems.push(format!(
                                            "{name}: event dated from a time of day: {:?} in {:?}",
                                            m.text, s.text
                                        ));
                                    }
                                }
                            }
                            let (p, r) = date_selection(&index, &gold_days(dir));
                            let (pure_split, impure_fixed, dropped, mut lost) =
                                replay(&index, &judged(&name));
                            problems.append(&mut lost);
                            (name, p, r, problems, (pure_split, impure_fixed, dropped))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a story thread"))
            .collect()
    });
    let n = results.len().max(1) as f64;
    let (mut sp, mut sr) = (0.0, 0.0);
    let mut problems = Vec::new();
    let (mut pure_split, mut impure_fixed) = (0, 0);
    for (name, p, r, mut pr, (ps, fixed, dropped)) in results {
        eprintln!(
            "{name}: Date-F1 P {p:.3} R {r:.3}; judged pure split {ps}, impure fixed {fixed}, \
             pure no longer shown {dropped:?}"
        );
        sp += p;
        sr += r;
        problems.append(&mut pr);
        pure_split += ps;
        impure_fixed += fixed;
    }
    eprintln!("judged events: pure ones split {pure_split}, impure ones split or rid of a sentence {impure_fixed}");
    let (p, r) = (sp / n, sr / n);
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    eprintln!("mean Date-F1 by salience: {f1:.3}");
    for pr in problems.iter().take(20) {
        eprintln!("  {pr}");
    }
    assert!(problems.is_empty(), "{} problems", problems.len());
    assert!(f1 >= DATE_F1_FLOOR, "Date-F1 {f1:.3} below {DATE_F1_FLOOR}");
    assert!(
        impure_fixed >= IMPURE_FIXED_FLOOR,
        "{impure_fixed} judged impure events split, below {IMPURE_FIXED_FLOOR}"
    );
    assert!(
        pure_split <= PURE_SPLIT_CEILING,
        "{pure_split} judged pure events split, above {PURE_SPLIT_CEILING}"
    );
}
