//! A deterministic generator of synthetic news corpora for the benchmark (`bench/run.mjs`).
//!
//! A corpus is one made-up story: a world of people, organisations, places and dated events
//! (with the numbers reported about them), and articles from many outlets that each tell a
//! part of it: the lead event in the words of that outlet, background events with their dates
//! written the way newspapers write them (absolute, relative, vague), quotes with
//! attribution, figures that sometimes disagree between outlets, and commentary. The same
//! `(articles, seed)` always gives the same bytes.

mod rng;
mod words;

use rng::Rng;
use words::*;

/// One generated file: its name in the corpus folder and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub text: String,
}

/// A dated happening of the story world.
#[derive(Clone, Debug)]
struct Event {
    year: i32,
    month: u32,
    day: u32,
    actor: String,
    role: &'static str,
    action: &'static str,
    object: String,
    place: &'static str,
    figure: u32,
    unit: &'static str,
}

struct World {
    people: Vec<(String, &'static str, String)>,
    orgs: Vec<String>,
    events: Vec<Event>,
    outlets: Vec<String>,
    topic: &'static str,
    country: &'static str,
}

fn world(articles: usize, rng: &mut Rng) -> World {
    let country = *rng.pick(COUNTRIES);
    let topic = *rng.pick(TOPICS);
    let n_orgs = 6 + articles / 40;
    let mut orgs: Vec<String> = Vec::new();
    while orgs.len() < n_orgs.min(ORG_HEADS.len() * ORG_TAILS.len()) {
        let o = format!("{} {}", rng.pick(ORG_HEADS), rng.pick(ORG_TAILS));
        if !orgs.contains(&o) {
            orgs.push(o);
        }
    }
    let n_people = 10 + articles / 10;
    let mut people: Vec<(String, &'static str, String)> = Vec::new();
    while people.len() < n_people.min(FIRST.len() * LAST.len()) {
        let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
        if people.iter().all(|p| p.0 != name) {
            let org = rng.pick(&orgs).clone();
            people.push((name, *rng.pick(ROLES), org));
        }
    }
    let n_events = 15 + articles / 8;
    let mut events = Vec::new();
    for i in 0..n_events {
        // Most of a story happens in its last two years; its background reaches back decades.
        let year = if i % 4 == 0 {
            1979 + rng.below(44) as i32
        } else {
            2024 + rng.below(2) as i32
        };
        let (actor, role) = if rng.below(2) == 0 {
            let p = rng.pick(&people);
            (p.0.clone(), p.1)
        } else {
            (rng.pick(&orgs).clone(), "")
        };
        events.push(Event {
            year,
            month: 1 + rng.below(12) as u32,
            day: 1 + rng.below(28) as u32,
            actor,
            role,
            action: rng.word(ACTIONS),
            object: format!("{} {}", rng.pick(OBJECT_ADJ), rng.pick(OBJECTS)),
            place: rng.word(CITIES),
            figure: 2 + rng.below(400) as u32,
            unit: rng.word(UNITS),
        });
    }
    events.sort_by_key(|e| (e.year, e.month, e.day));
    let n_outlets = (4 + articles / 12).min(OUTLET_A.len() * OUTLET_B.len());
    let mut outlets: Vec<String> = Vec::new();
    while outlets.len() < n_outlets {
        let o = format!("The {} {}", rng.pick(OUTLET_A), rng.pick(OUTLET_B));
        if !outlets.contains(&o) {
            outlets.push(o);
        }
    }
    World {
        people,
        orgs,
        events,
        outlets,
        topic,
        country,
    }
}

fn month(m: u32) -> &'static str {
    story_core::time::month_name(m)
}

/// How an outlet writes an event's date, seen from its article's date.
fn when(e: &Event, published: (i32, u32, u32), rng: &mut Rng) -> String {
    let (py, pm, _) = published;
    let months_ago = (py - e.year) * 12 + pm as i32 - e.month as i32;
    match rng.below(6) {
        _ if months_ago < 0 => format!("on {} {}, {}", month(e.month), e.day, e.year),
        0 if months_ago == 1 => "last month".to_string(),
        1 if e.year == py && months_ago > 1 => format!("in {}", month(e.month)),
        2 if py - e.year >= 2 => format!("{} years ago", words::number(py - e.year)),
        3 => format!("in {} {}", month(e.month), e.year),
        4 if e.year < py - 5 => format!("in {}", e.year),
        _ => format!("on {} {}, {}", month(e.month), e.day, e.year),
    }
}

/// The figure an outlet reports: usually the true one, sometimes rounded or disputed.
fn figure(e: &Event, rng: &mut Rng) -> String {
    let n = match rng.below(10) {
        0 => e.figure + 1 + rng.below(5) as u32,
        1 => e.figure.saturating_sub(1 + rng.below(3) as u32).max(1),
        _ => e.figure,
    };
    match rng.below(3) {
        0 => format!("at least {n} {}", e.unit),
        1 => format!("about {n} {}", e.unit),
        _ => format!("{n} {}", e.unit),
    }
}

fn actor(e: &Event, w: &World, first: bool) -> String {
    if e.role.is_empty() {
        if first {
            format!("the {}", e.actor)
        } else {
            e.actor.clone()
        }
    } else {
        let org = w
            .people
            .iter()
            .find(|p| p.0 == e.actor)
            .map(|p| p.2.as_str())
            .unwrap_or("");
        format!("{}, {} of the {org},", e.actor, e.role)
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn event_sentence(e: &Event, w: &World, published: (i32, u32, u32), rng: &mut Rng) -> String {
    let t = when(e, published, rng);
    let a = actor(e, w, true);
    match rng.below(4) {
        0 => capitalise(&format!(
            "{t}, {a} {} {} in {}, affecting {}.",
            e.action,
            e.object,
            e.place,
            figure(e, rng)
        )),
        1 => capitalise(&format!(
            "{a} {} {} in {} {t}, a move that concerned {}.",
            e.action,
            e.object,
            e.place,
            figure(e, rng)
        )),
        2 => format!(
            "In {}, {} {} {} {t}, according to {}.",
            e.place,
            actor(e, w, false),
            e.action,
            e.object,
            rng.pick(&w.orgs)
        ),
        _ => capitalise(&format!(
            "The {} that {} {} {t} in {} involved {}.",
            e.object,
            actor(e, w, false).trim_end_matches(','),
            e.action,
            e.place,
            figure(e, rng)
        )),
    }
}

fn quote(w: &World, rng: &mut Rng) -> String {
    let p = rng.pick(&w.people);
    let q = rng.pick(QUOTES).replace("{topic}", w.topic);
    match rng.below(2) {
        0 => format!("“{q},” said {}, {} of the {}.", p.0, p.1, p.2),
        _ => format!("{}, {} of the {}, said: “{q}.”", p.0, p.1, p.2),
    }
}

fn commentary(w: &World, rng: &mut Rng) -> String {
    let template = *rng.pick(COMMENTARY);
    let org = rng.pick(&w.orgs).clone();
    let place = *rng.pick(CITIES);
    template
        .replace("{topic}", w.topic)
        .replace("{country}", w.country)
        .replace("{org}", &org)
        .replace("{place}", place)
}

/// A corpus of `articles` articles (and a `story.toml`), the same for the same arguments.
pub fn generate(articles: usize, seed: u64) -> Vec<File> {
    let mut rng = Rng::new(seed);
    let w = world(articles, &mut rng);
    let recent: Vec<usize> = (0..w.events.len())
        .filter(|&i| w.events[i].year >= 2024)
        .collect();
    let mut files = Vec::with_capacity(articles + 1);
    for n in 0..articles {
        let lead_i = if recent.is_empty() {
            rng.below(w.events.len())
        } else {
            recent[rng.below(recent.len())]
        };
        let lead = w.events[lead_i].clone();
        // Published within two weeks after its lead event.
        let mut published = (
            lead.year,
            lead.month,
            (lead.day + 1 + rng.below(14) as u32).min(28),
        );
        if published.0 > 2025 {
            published = (2025, 12, 28);
        }
        let outlet = rng.pick(&w.outlets).clone();
        let kind = *rng.pick(&["report", "report", "report", "analysis", "opinion"]);
        let title = capitalise(&format!(
            "{} {} {} in {}",
            lead.actor, lead.action, lead.object, lead.place
        ));
        let mut body = Vec::new();
        let paragraphs = 8 + rng.below(10);
        for p in 0..paragraphs {
            let mut para = Vec::new();
            let sentences = 1 + rng.below(3);
            for _ in 0..sentences {
                let s = match (p, rng.below(6)) {
                    (0, _) => event_sentence(&lead, &w, published, &mut rng),
                    (_, 0 | 1) => {
                        let e = rng.pick(&w.events).clone();
                        event_sentence(&e, &w, published, &mut rng)
                    }
                    (_, 2) => quote(&w, &mut rng),
                    _ => commentary(&w, &mut rng),
                };
                para.push(s);
            }
            body.push(para.join(" "));
        }
        let text = if n % 7 == 3 {
            // Some files carry only a leading date token, as pasted articles do.
            format!(
                "date {:04}-{:02}-{:02} {}\n\n{}\n",
                published.0,
                published.1,
                published.2,
                title,
                body.join("\n\n")
            )
        } else {
            format!(
                "---\ntitle: {title}\nsource: {outlet}\ndate: {:04}-{:02}-{:02}\nkind: {kind}\n---\n\n{}\n",
                published.0,
                published.1,
                published.2,
                body.join("\n\n")
            )
        };
        files.push(File {
            name: format!("{n:05}.txt"),
            text,
        });
    }
    files.push(File {
        name: "story.toml".to_string(),
        text: format!(
            "title = \"The {} {} story ({articles} articles)\"\n\n[themes]\n{}\n",
            w.country,
            w.topic,
            THEMES.join("\n")
        ),
    });
    files
}

#[cfg(test)]
mod tests;
