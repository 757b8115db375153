//! Step 2: mentions join into one event when they tell of the same happening: their times
//! overlap and their contexts (actions and participants) are alike enough. The coarser the
//! times, the more alike they must be; two things that happened on one day stay two events.

use std::collections::HashMap;

use story_core::date::Date;
use story_core::time::Granularity;

use super::mentions::Candidate;
use super::Params;
use crate::cluster::sample_of;

/// How alike, on average, two groups must be, as a share of their most alike pair.
const GROUP_COHESION: f64 = 0.5;

/// How alike two mentions must be to be one event: the coarser their times, the more (a year
/// as a decade: the random events dated to a year were the least pure of every sample); but a
/// day asks for most of all, because a day of a big story holds many happenings that share
/// nothing but the day (judged on the Timeline17 stories, `docs/quality.md`).
fn threshold(g: Granularity) -> f64 {
    match g {
        Granularity::Day | Granularity::Week => 1.0,
        Granularity::Month => 0.26,
        Granularity::Season | Granularity::Quarter => 0.30,
        Granularity::Year => 0.30,
        Granularity::Decade | Granularity::Century => 0.30,
    }
}

/// Words and entities found in many contexts say little: weighs each feature by its inverse
/// document frequency over the mentions.
pub(super) fn weigh(cands: &mut [Candidate]) {
    let mut df: HashMap<String, f64> = HashMap::new();
    for c in cands.iter() {
        for k in c.features.keys() {
            *df.entry(k.clone()).or_default() += 1.0;
        }
    }
    let n = cands.len().max(1) as f64;
    for c in cands.iter_mut() {
        for (k, w) in c.features.iter_mut() {
            *w *= ((n + 1.0) / df.get(k).copied().unwrap_or(1.0)).ln();
        }
    }
}

/// Groups the mentions into events, each with its most precise mention first.
pub(super) fn group(cands: &[Candidate], params: &Params) -> Vec<Vec<usize>> {
    // Constrained single-link clustering over pairs of mentions whose times overlap and whose
    // contexts are alike enough.
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    // What counts as shared between two mentions of a day: words and entities that single
    // out a happening, not the story's own (`Egypt` in a story about Egypt) nor the words of
    // an entity's name (the entity itself counts once). Coarser times keep every feature:
    // the history a story retells is told in the story's own words.
    let read = Reading::of(cands);
    let common = (cands.len() / 20).max(2);
    // Two mentions of a day tell of one happening only when they share what happened (a
    // telling word of the action or its object, not only a name or the story's own words):
    // every pair of a day's group must, so that one shared sentence cannot chain a busy
    // day's happenings into one event.
    // Two mentions that both name a day share that word beside their days (among the
    // `NEAR_WORDS` nearest each): `A child died in Texas on Wednesday, the
    // first death outside Mexico` and `The WHO said on Wednesday the world is at the brink
    // of a pandemic, … killed the first person outside Mexico` share words, but not what
    // happened on the day.
    // A month's mentions likewise, but a month's history is retold in the story's own words
    // (`the March attack`), so only words of nearly every mention are left out: in a small
    // corpus a word of a handful of mentions still tells.
    let month_common = (cands.len() / 20).max(MONTH_COMMON);
    let acts_alike = |a: usize, b: usize, pair: bool| {
        let days =
            cands[a].granularity <= Granularity::Week && cands[b].granularity <= Granularity::Week;
        let bound = if cands[a].granularity <= Granularity::Week
            || cands[b].granularity <= Granularity::Week
        {
            common
        } else {
            month_common
        };
        let (x, y) = (&cands[a], &cands[b]);
        // A statement and a deed of one day are two happenings (`The CDC said on Wednesday
        // that the boy was the only fatality` is not the boy's death); so are two times of
        // one day hours apart.
        let one_day = x.granularity <= Granularity::Week || y.granularity <= Granularity::Week;
        // Two statements of one day that give figures, none the same, are two statements (a
        // toll of 15 and then of 16).
        let restated = !(x.speech && y.speech)
            || x.figures.is_empty()
            || y.figures.is_empty()
            || x.figures.iter().any(|f| y.figures.contains(f));
        // Two statements of one day by two speakers are two happenings (the agency's
        // announcement and a minister's reaction to it).
        let two_speakers = x.speech
            && y.speech
            && matches!((&x.speaker, &y.speaker), (Some(p), Some(q)) if p != q);
        // One end of a span of months (`starting now (March to April)`) is no time of a
        // day's happening.
        if one_day && (x.bound || y.bound) {
            return false;
        }
        if one_day
            && (x.speech != y.speech
                || two_speakers
                || hours_apart(&x.clock, &y.clock)
                || !restated)
        {
            return false;
        }
        if days {
            read.near_alike(a, b, bound)
        } else if pair && one_day && x.granularity.max(y.granularity) == Granularity::Month {
            // A month's mention joins a day's happening only on a word told beside both
            // dates (`Jones died in June 2009` and `Jones died on 25 June`), not on one a
            // long sentence shares (`Back in April, …, long before any herds were culled`).
            read.near_alike(a, b, bound)
        } else {
            read.acts_alike(a, b, bound)
        }
    };
    // Months told from now (`last month`), read once: every join of a day's group asks.
    let month_from_now: Vec<bool> = cands
        .iter()
        .map(|c| c.granularity == Granularity::Month && !names_its_month(&c.text))
        .collect();
    // A season, a year or more that many mentions name (`in 1976`, told again and again in a
    // big story) holds many happenings of its own: the outbreak, the vaccination campaign and
    // the deaths blamed on it all in 1976. Its mentions join only when they share a word of
    // what happened, or read nearly alike (a sentence retold), and its groups only while
    // alike on average, as a day's do. A year few mentions name is the one happening a small
    // story retells, in many words (`blacklisted in 2003`, `designated in 2003`).
    let told = told_times(cands, Granularity::Month);
    let busy = |i: usize| {
        cands[i].granularity > Granularity::Month
            && told.get(&cands[i].shown).copied().unwrap_or(0) > MONTH_COMMON
    };
    // A season, a year or more that few of the story's articles name (under
    // `STORY_TIME_SHARE` of those that date anything; a year's by its first year) is each
    // one's aside (`the last pandemic, in 1968`, `since 1997, the agency has …`, `a similar
    // crisis in 1997`): its mentions join only as one sentence retold. One that many name is
    // the history the story itself retells, in many words (`blacklisted in 2003`,
    // `designated in 2003`).
    let mut naming: HashMap<i32, Vec<usize>> = HashMap::new();
    for c in cands.iter().filter(|c| c.granularity > Granularity::Month) {
        naming.entry(c.shown.0.year()).or_default().push(c.doc);
    }
    for docs in naming.values_mut() {
        docs.sort_unstable();
        docs.dedup();
    }
    let mut dated: Vec<usize> = cands.iter().map(|c| c.doc).collect();
    dated.sort_unstable();
    dated.dedup();
    let story_time = |i: usize| {
        naming
            .get(&cands[i].shown.0.year())
            .is_some_and(|d| d.len() as f64 >= STORY_TIME_SHARE * dated.len() as f64)
    };
    let mut by_start: Vec<usize> = (0..cands.len()).collect();
    by_start.sort_by_key(|&i| cands[i].from);
    for (k, &i) in by_start.iter().enumerate() {
        for &j in &by_start[k + 1..] {
            let (a, b) = (&cands[i], &cands[j]);
            if b.from > a.to {
                break;
            }
            if b.to < a.from || a.off_story || b.off_story {
                continue;
            }
            let sim = read.cosine(i, j);
            let needed = needed(a, b, params);
            let days = a.granularity <= Granularity::Week && b.granularity <= Granularity::Week;
            // A month is told as a day is: what happened in it, not only that it was then.
            let any_fine =
                a.granularity <= Granularity::Month || b.granularity <= Granularity::Month;
            // Two sentences of one page that name a month tell of two of its happenings
            // (`new home sales rose in September`, `existing home sales rose in September`),
            // unless one retells the other. (Not a year: the history a story retells is told
            // again, in other words, within one article: `designated in 2003`, `the 2003 ban`.)
            let one_page_month = a.doc == b.doc
                && a.granularity == Granularity::Month
                && b.granularity == Granularity::Month;
            if sim >= needed
                && (!one_page_month || sim >= RETOLD * needed)
                && !strangers(&[i], &[j], cands)
                && read.shared(i, j, days.then_some(common)) >= params.min_shared
                && (!any_fine
                    && (sim >= RETOLD * needed
                        || story_time(i)
                            && story_time(j)
                            && (!busy(i) && !busy(j) || acts_alike(i, j, true)))
                    || any_fine && acts_alike(i, j, true))
            {
                pairs.push((sim, i, j));
            }
        }
    }
    // Groups join only while the times of all their mentions still overlap (so `2019`
    // cannot chain `August 2019` to `December 2019`), and, for days, while the two groups
    // are on average as alike as two mentions must be: a busy day's mentions do not chain
    // into one event through a pair of alike sentences. (Years keep single links: the
    // history a story retells is told in many words, `designated`, `blacklisted`, `banned`.)
    let like = |a: usize, b: usize| read.cosine(a, b);
    // Two groups as alike on average as two of their mentions must be.
    let alike_on_average = |a: &[usize], b: &[usize]| {
        let (xs, ys) = (sample_of(a, SAMPLE), sample_of(b, SAMPLE));
        let mut sum = 0.0;
        let mut floor = 0.0;
        for &x in &xs {
            for &y in &ys {
                sum += like(x, y);
                floor += needed(&cands[x], &cands[y], params);
            }
        }
        sum >= floor
    };
    let groups = crate::cluster::link(cands.len(), pairs, like, GROUP_COHESION, |a, b| {
        let from = a.iter().chain(b).map(|&i| cands[i].from).max();
        let to = a.iter().chain(b).map(|&i| cands[i].to).min();
        if from > to {
            return false;
        }
        // A season or year named only by its relation to now (`last year`, `this winter`,
        // `a year ago`) is the talk of a fast story, not the history it retells (`in 2021`,
        // `the summer of 2021`): it joins no month's happening, and joins another such
        // mention only beside one that writes the year out (a column's `last year` and
        // another's are a year of unrelated things; `By 2024, …` and `Last year, …` told in
        // the same words are one).
        let relative = |i: usize| {
            cands[i].granularity >= Granularity::Season
                && !cands[i].text.chars().any(|c| c.is_ascii_digit())
        };
        let months = a
            .iter()
            .chain(b)
            .any(|&i| cands[i].granularity <= Granularity::Month);
        let written = a
            .iter()
            .chain(b)
            .any(|&i| cands[i].text.chars().any(|c| c.is_ascii_digit()));
        if a.iter().chain(b).any(|&i| relative(i)) && (months || !written) {
            return false;
        }
        if strangers(a, b, cands) {
            return false;
        }
        // A group that holds a day is a day's happening, whatever coarser mentions join it.
        // (A month's keeps single links: each link shares a word of what happened.)
        let days = a
            .iter()
            .chain(b)
            .any(|&i| cands[i].granularity <= Granularity::Week);
        // A decade says nothing of which year, as a year says nothing of which day: a
        // decade's mention (`since the 1960s`) joins no year's happening (`in 1968`).
        let (finest, coarsest) = a
            .iter()
            .chain(b)
            .fold((Granularity::Decade, Granularity::Day), |(lo, hi), &i| {
                (lo.min(cands[i].granularity), hi.max(cands[i].granularity))
            });
        if coarsest >= Granularity::Decade && finest <= Granularity::Year {
            return false;
        }
        if !days {
            return !a.iter().chain(b).any(|&i| busy(i)) || alike_on_average(a, b);
        }
        // A season, a year or more says nothing of which day: such a mention (`this year`,
        // `this winter`) joins no day's happening.
        if a.iter()
            .chain(b)
            .any(|&i| cands[i].granularity >= Granularity::Season)
        {
            return false;
        }
        // Nor does a month named only by its relation to now (`last month`, `earlier this
        // month`): in a day's report it is the time of something else the report recalls.
        // (`In June`, `June 2009` retell the day's happening at a month's precision.)
        if a.iter().chain(b).any(|&i| month_from_now[i]) {
            return false;
        }
        let (xs, ys) = (sample_of(a, SAMPLE), sample_of(b, SAMPLE));
        xs.iter()
            .all(|&x| ys.iter().all(|&y| acts_alike(x, y, false)))
            && alike_on_average(a, b)
    });
    groups
        .into_iter()
        .map(|mut members| {
            // The most precise mention first: it gives the event its time.
            members.sort_by_key(|&m| cands[m].precision());
            members
        })
        .collect()
}

/// How many mentions coarser than `finest` name each time (as it is shown): a season, a year
/// or more that many mentions name is a busy time, holding many happenings of its own.
pub(super) fn told_times(cands: &[Candidate], finest: Granularity) -> HashMap<(Date, Date), usize> {
    let mut told: HashMap<(Date, Date), usize> = HashMap::new();
    for c in cands.iter().filter(|c| c.granularity > finest) {
        *told.entry(c.shown).or_default() += 1;
    }
    told
}

/// The mentions' features with their keys numbered in key order (so that sums run in the
/// order of the keys: every run sums the same), and what grouping asks of each key.
struct Reading {
    /// Each mention's features by key number, in key order, and their norm.
    features: Vec<(Vec<(u32, f64)>, f64)>,
    /// Of each key: how many mentions have it, and whether it is a word of the sentence
    /// outside any name (`is_word`, not `#w`) or a word of a name (`#w`).
    keys: Vec<(usize, bool, bool)>,
    /// Each mention's words nearest its date, by key number, in key order.
    near: Vec<Vec<u32>>,
}

impl Reading {
    fn of(cands: &[Candidate]) -> Reading {
        let mut names: Vec<&str> = cands
            .iter()
            .flat_map(|c| c.features.keys().map(String::as_str))
            .collect();
        names.sort_unstable();
        names.dedup();
        let number: HashMap<&str, u32> = names
            .iter()
            .enumerate()
            .map(|(n, k)| (*k, n as u32))
            .collect();
        let mut keys: Vec<(usize, bool, bool)> = names
            .iter()
            .map(|k| (0, is_word(k), k.starts_with('#')))
            .collect();
        let features = cands
            .iter()
            .map(|c| {
                let f: Vec<(u32, f64)> = c
                    .features
                    .iter()
                    .map(|(k, &w)| (number[k.as_str()], w))
                    .collect();
                for (k, _) in &f {
                    keys[*k as usize].0 += 1;
                }
                let norm = f.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
                (f, norm)
            })
            .collect();
        let near = cands
            .iter()
            .map(|c| {
                let mut n: Vec<u32> = c
                    .near
                    .iter()
                    .filter_map(|w| number.get(w.as_str()).copied())
                    .collect();
                n.sort_unstable();
                n
            })
            .collect();
        Reading {
            features,
            keys,
            near,
        }
    }

    /// Calls `each` with every key two mentions share and their two weights, in key order.
    fn meet(&self, a: usize, b: usize, mut each: impl FnMut(u32, f64, f64) -> bool) {
        let (x, y) = (&self.features[a].0, &self.features[b].0);
        let (mut i, mut j) = (0, 0);
        while let (Some(p), Some(q)) = (x.get(i), y.get(j)) {
            match p.0.cmp(&q.0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    if !each(p.0, p.1, q.1) {
                        return;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
    }

    /// The cosine of two mentions' features.
    fn cosine(&self, a: usize, b: usize) -> f64 {
        let mut dot = 0.0;
        self.meet(a, b, |_, x, y| {
            dot += x * y;
            true
        });
        let n = self.features[a].1 * self.features[b].1;
        if n == 0.0 {
            0.0
        } else {
            dot / n
        }
    }

    /// How many features two mentions share; of two mentions of a day (`common` given),
    /// only words outside names in at most `common` mentions count.
    fn shared(&self, a: usize, b: usize, common: Option<usize>) -> usize {
        let mut n = 0;
        self.meet(a, b, |k, _, _| {
            let (df, _, name_word) = self.keys[k as usize];
            if common.is_none_or(|c| !name_word && df <= c) {
                n += 1;
            }
            true
        });
        n
    }

    /// Whether two mentions share a word of the sentence, outside names, in at most `bound`
    /// mentions: a word of what happened.
    fn acts_alike(&self, a: usize, b: usize, bound: usize) -> bool {
        let mut found = false;
        self.meet(a, b, |k, _, _| {
            let (df, word, _) = self.keys[k as usize];
            found = word && df <= bound;
            !found
        });
        found
    }

    /// Whether two mentions share such a word among the words nearest their dates.
    fn near_alike(&self, a: usize, b: usize, bound: usize) -> bool {
        let (x, y) = (&self.near[a], &self.near[b]);
        let (mut i, mut j) = (0, 0);
        while let (Some(p), Some(q)) = (x.get(i), y.get(j)) {
            match p.cmp(q) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let (df, word, _) = self.keys[*p as usize];
                    if word && df <= bound {
                        return true;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        false
    }
}

/// A feature that is a word of the sentence, not an entity (`@id`) or a word of its name (`#w`).
fn is_word(k: &str) -> bool {
    !k.starts_with(['@', '#'])
}

/// How alike two mentions must be to tell of one happening.
fn needed(a: &Candidate, b: &Candidate, params: &Params) -> f64 {
    // The very same time asks for less: in one story, the same year with the same words is
    // most likely the same happening.
    if a.from == b.from && a.to == b.to {
        threshold(a.granularity) * params.scale * params.same_time_factor
    } else {
        let steps = (a.granularity as i32 - b.granularity as i32).unsigned_abs() as f64;
        threshold(a.granularity.max(b.granularity)) * params.scale
            + params.per_granularity_step * steps
    }
}

/// Two groups of mentions of a month or more that each name people, none of them the same:
/// the history a story retells holds many people's doings of one year (`Wilmshurst resigned
/// in March 2003`, `Cook resigned in March 2003`), and who did it tells them apart.
fn strangers(a: &[usize], b: &[usize], cands: &[Candidate]) -> bool {
    let coarse = |g: &[usize]| {
        g.iter()
            .all(|&i| cands[i].granularity >= Granularity::Month)
    };
    if !coarse(a) || !coarse(b) {
        return false;
    }
    // Two mentions (the pairs' case): their people are sorted already.
    if let ([i], [j]) = (a, b) {
        let (x, y) = (&cands[*i].people, &cands[*j].people);
        return !x.is_empty() && !y.is_empty() && !x.iter().any(|p| y.binary_search(p).is_ok());
    }
    let people = |g: &[usize]| {
        let mut p: Vec<&str> = g
            .iter()
            .flat_map(|&i| cands[i].people.iter().map(String::as_str))
            .collect();
        p.sort_unstable();
        p.dedup();
        p
    };
    let (x, y) = (people(a), people(b));
    !x.is_empty() && !y.is_empty() && !x.iter().any(|p| y.contains(p))
}

/// Two sets of times of day (minutes, UTC), each given, with no two within two hours.
fn hours_apart(a: &[i64], b: &[i64]) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && a.iter().all(|x| {
            b.iter()
                .all(|y| (x - y).rem_euclid(1440).min((y - x).rem_euclid(1440)) >= 120)
        })
}

/// Whether a month's expression names it (`June`, `Sept. 2008`, `2008-09`) rather than
/// placing it from now (`last month`, `earlier this month`).
fn names_its_month(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        || text
            .split(|c: char| !c.is_alphabetic())
            .any(crate::statement::is_month)
}

/// The least number of mentions a word of a month's happening may be in and still tell it;
/// and the most mentions a season, a year or more may have before it is a busy time, holding
/// many happenings of its own.
pub(super) const MONTH_COMMON: usize = 8;

/// Two mentions of a much-told year that share no word of what happened are one happening
/// only when they are this many times as alike as two mentions must be: one sentence retold.
const RETOLD: f64 = 5.0;

/// The least share of a story's articles (of those that date anything) that must name a
/// season, a year or more for its mentions to join in other words than one sentence retold
/// (measured on the judged events of the eight Timeline17 stories, docs/quality.md: at a
/// fifth, 17 more judged impure events part and no judged pure one; at a quarter, three
/// judged pure ones split).
const STORY_TIME_SHARE: f64 = 0.2;

/// At most this many members of a group are compared with another group's.
const SAMPLE: usize = 16;
