//! Which way an underspecified date points from the document creation time, read as a reader
//! does: from the tense and modality of the clause that holds it.
//!
//! Markers of the future: `will`, `shall`, `’ll`, `won’t`, `is due to`, `is to`, `are set to`,
//! `expected` (not `than expected`), `plans to`, `scheduled`, `upcoming`, `next`, `tomorrow`, …
//! Markers of the past: `was`, `were`, `had`, `did`, `said`, `ago`, `yesterday`, irregular past
//! forms and lower-case words in `-ed` (not after `be`, `been`, `being` or `to`: `expected to
//! be finished in August` is about the future; irregular forms likewise not after `be`, `is`,
//! …: `would be sent`). `would`, a plan told in the past (`was scheduled`) and what a
//! decision or a deal is to do (`a decision to reopen on Monday`) say either way
//! ([`Dir::Either`]). The marker nearest to the expression within its clause (text between
//! commas, brackets, dashes, `but`, `while`, …; a comma before `or` or `nor` goes on with a
//! list in the clause: `won't end tomorrow, or Friday`) decides; a clause without one takes the
//! sentence's (`would` aside, which speaks for its own clause): either way when it tells of a
//! plan in the past, the future when it has only future markers, the past when it has only
//! past ones, else neither (the occurrence nearest the DCT, a day to come counting double).
//! A day and month that is a noun's attribute (`The 8 October gig was announced`) is not
//! the time of the clause's verb: the nearest, or the past for a happening no one schedules
//! (`the January 25th revolution`). A present `is`, `are`, `am` or a timetable's verb (`takes
//! place`, `begins`, `opens`) is a marker of neither way: the nearest occurrence, unless
//! the date is a deadline (`until`, `till`, `between now and`: ahead). After `since` or `back
//! in` a date is in the past whatever the tense.

use super::*;

/// Where an underspecified date lies from the DCT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dir {
    /// The most recent one, on or before the DCT.
    Past,
    /// The next one, on or after the DCT.
    Future,
    /// Nothing says: the one nearest the DCT.
    Nearest,
    /// A marker says it may lie either side (a plan told in the past, `would`): the one nearest
    /// the DCT for a date or a month; a weekday only where it is a deadline (`until
    /// Wednesday`: the next one) or the DCT's own, else no value (a week either way).
    Either,
    /// What someone said would happen (`announced he would not seek re-election in
    /// September`): after the saying, which news tells within weeks of it. The first
    /// occurrence after a month before the DCT for a date or a month; a weekday as
    /// [`Dir::Either`].
    Later,
}

/// The tense markers of a sentence and its clauses.
#[derive(Debug, Default)]
pub(super) struct Tense {
    /// (token index, direction) of each marker.
    markers: Vec<(usize, Dir)>,
    /// The clause number of each token.
    clause: Vec<u32>,
    /// Tokens right after `since` or `back in`.
    since: Vec<usize>,
    /// Tokens right after `until` or `till` in a clause of a delay (`has been postponed until
    /// September`): the new date lies ahead of the delay, whatever the tense.
    deferred: Vec<usize>,
    /// Tokens right after `until`, `till` or `between now and`: a deadline.
    deadline: Vec<usize>,
    /// The tokens that are `would` or a decision's noun before `to`: they speak for their own
    /// clause only (in `On Monday, the army said it would not fire`, Monday is the saying's
    /// day; in `On Tuesday his brothers defended the decision to hold the event`, the
    /// defending's).
    own_clause: Vec<usize>,
}

const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "upcoming",
    "forthcoming",
    "scheduled",
    "slated",
    "plans",
    "planning",
    "intends",
    "aims",
    "tomorrow",
    "next",
];

/// Irregular past forms (most of them participles too).
const PAST_WORDS: &[&str] = &[
    "said",
    "met",
    "took",
    "made",
    "went",
    "came",
    "began",
    "left",
    "told",
    "gave",
    "saw",
    "fell",
    "rose",
    "lost",
    "held",
    "sent",
    "found",
    "spoke",
    "wrote",
    "became",
    "brought",
    "bought",
    "sold",
    "struck",
    "fled",
    "built",
    "paid",
    "kept",
    "ran",
    "knew",
    "grew",
    "drew",
    "flew",
    "stood",
    "sought",
    "caught",
    "chose",
    "broke",
    "spent",
    "heard",
    "got",
    "won",
    "lit",
    "shot",
    "threw",
    "fought",
    "wore",
    "swore",
    "rang",
    "sang",
    "sank",
    "drove",
    "rode",
    "ate",
    "forgot",
    "hid",
    "blew",
    "froze",
    "stole",
    "shook",
    "tore",
    "dug",
    "hung",
    "stuck",
    "swept",
    "slept",
    "lent",
    "dealt",
    "meant",
    "felt",
    "taught",
    "thought",
    "sat",
    "arose",
    "overtook",
    "undertook",
    "withdrew",
    "oversaw",
    "foresaw",
    "forbade",
    "underwent",
];

/// Markers of the past that are never participles.
const FINITE_PAST: &[&str] = &[
    "wasn",
    "weren",
    "didn",
    "hadn",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "yesterday",
    "earlier",
    "previously",
];

/// Words of a saying before `would` (`announced that he would`, `said it would`).
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "announces",
    "announcement",
    "pledged",
    "promised",
    "vowed",
    "confirmed",
    "insisted",
    "warned",
    "decided",
    "agreed",
];

/// `-ed` words that are not past tenses.
const NOT_PAST: &[&str] = &[
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "hundred",
    "indeed",
    "sacred",
    "naked",
    "wicked",
];

/// Nouns of something decided or offered, before `to` and what it is to do.
const PLAN_NOUNS: &[&str] = &[
    "decision",
    "decisions",
    "agreement",
    "deal",
    "bid",
    "proposal",
    "pledge",
    "vow",
    "offer",
    "request",
    "attempt",
    "effort",
    "ruling",
];

/// Past verbs that announce or arrange a happening to come (`announced a concert`).
const ANNOUNCING: &[&str] = &[
    "announced",
    "unveiled",
    "organised",
    "organized",
    "arranged",
    "booked",
    "called",
    "scheduled",
    "planned",
];

/// Happenings that are announced before they take place.
const ARRANGED: &[&str] = &[
    "concert",
    "concerts",
    "gig",
    "festival",
    "ceremony",
    "funeral",
    "memorial",
    "election",
    "elections",
    "referendum",
    "vote",
    "ballot",
    "summit",
    "conference",
    "meeting",
    "hearing",
    "rally",
    "march",
    "strike",
    "walkout",
    "protest",
    "auction",
    "tour",
    "match",
    "launch",
    "premiere",
];

/// Verbs of a timetable in the present (`the event, which takes place on 8 October`).
const SCHEDULE: &[&str] = &[
    "takes", "begins", "starts", "opens", "closes", "ends", "resumes", "airs", "kicks",
];

/// Nouns of happenings no one schedules.
const UNPLANNED: &[&str] = &[
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "shooting",
    "massacre",
    "tsunami",
    "earthquake",
    "quake",
    "crash",
    "explosion",
    "blast",
    "death",
    "killing",
    "killings",
    "murder",
    "assassination",
    "coup",
    "uprising",
    "revolution",
    "invasion",
    "riots",
    "collapse",
    "hurricane",
    "outbreak",
    "disaster",
    "fire",
    "flood",
    "floods",
];

/// Words before a date used as a noun's attribute (`the 8 October gig`).
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "your",
];

/// Words after a date that do not make it a noun's attribute.
const NOT_A_NOUN: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "from", "with", "as", "than",
    "when", "while", "after", "before", "until", "till", "that", "which", "who", "is", "are",
    "was", "were", "will", "would", "has", "had", "have", "through",
];

const BE: &[&str] = &[
    "is", "are", "am", "was", "were", "be", "been", "being", "'s", "’s",
];

const CLAUSE_WORDS: &[&str] = &[
    "but", "while", "whereas", "although", "though", "because", "whereby",
];

fn is_boundary(t: &Tok) -> bool {
    matches!(
        t.lower.as_str(),
        "," | ";" | ":" | "(" | ")" | "—" | "–" | "\"" | "“" | "”" | "[" | "]"
    ) || CLAUSE_WORDS.contains(&t.lower.as_str())
}

/// Whether a statement says nothing of its time by its verbs (`Farmers protest outside the
/// ministry during a march Monday`, `A broker pauses Friday to take a call`): no marker of the past, the future, a plan or a present `is`/`are` or timetable's
/// verb, no perfect, no modal. A statement of a past day so is a photograph's caption, which
/// tells what a picture shows; a report tells it in the past.
pub(crate) fn untensed(text: &str) -> bool {
    let toks = tokenize(text);
    (0..toks.len()).all(|k| {
        marker(&toks, k).is_none()
            && !matches!(
                lower_at(&toks, k),
                "has"
                    | "have"
                    | "had"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "could"
                    | "should"
                    | "do"
                    | "does"
                    | "did"
                    | "be"
                    | "been"
                    | "being"
                    | "was"
                    | "were"
            )
    })
}

/// The marker a token is, if any.
fn marker(toks: &[Tok], k: usize) -> Option<Dir> {
    let w = lower_at(toks, k);
    let prev = if k > 0 { lower_at(toks, k - 1) } else { "" };
    let next = lower_at(toks, k + 1);
    let apostrophe = |w: &str| matches!(w, "'" | "’");
    // `won't`, `’ll`
    if w == "won" && apostrophe(next) && lower_at(toks, k + 2) == "t" {
        return Some(Dir::Future);
    }
    if w == "ll" && apostrophe(prev) {
        return Some(Dir::Future);
    }
    // A plan told in the past (`was scheduled`, `were expected`, `had been due`): the date may
    // lie either side of the DCT.
    if matches!(
        w,
        "scheduled" | "slated" | "expected" | "due" | "set" | "planned"
    ) && matches!(prev, "was" | "were" | "been")
        // `was set on fire` is no plan.
        && (w != "set" || matches!(next, "to" | "for"))
    {
        return Some(Dir::Either);
    }
    // The future seen from the past (`said it would finish in August`, `would be there by
    // Monday`): the date lies after the saying, which may be either side of the DCT.
    if w == "would" || (w == "wouldn" && apostrophe(next) && lower_at(toks, k + 2) == "t") {
        // After a saying (`announced that he would`, `said it would`): what was said would
        // happen. Otherwise a narrative's future in the past (`It would take the events in
        // Tunisia in December …`): either side.
        let said = (k.saturating_sub(5)..k).any(|j| {
            let w = lower_at(toks, j);
            SAYING.contains(&w)
        });
        return Some(if said { Dir::Later } else { Dir::Either });
    }
    // A happening announced or arranged, its day told after it (`has announced a tribute
    // concert for the city on 8 October`, `called a general strike for 3 May`): the day is
    // the happening's, which lies after the announcing, not the announcing's.
    if ANNOUNCING.contains(&w)
        && !BE.contains(&prev)
        && DETERMINERS.contains(&next)
        && (k + 2..k + 6).any(|j| {
            // A lower-case noun (`3 March` is a date, not a march).
            ARRANGED.contains(&lower_at(toks, j))
                && tok(toks, j).is_some_and(|t| !t.is_capitalised())
        })
    {
        return Some(Dir::Later);
    }
    if FUTURE_WORDS.contains(&w) && !(w == "next" && next == "to") {
        return Some(Dir::Future);
    }
    // `expected`, `expects` (not `than expected`, `as expected`)
    if matches!(w, "expected" | "expects" | "expect") {
        return (!matches!(prev, "than" | "as" | "un")).then_some(Dir::Future);
    }
    // `canceled a decision to reopen the market on Monday`: what a decision or a deal is to
    // do lies after it, which may be either side of the DCT.
    if next == "to" && PLAN_NOUNS.contains(&w) {
        return Some(Dir::Either);
    }
    // `plan to`, `hope to`, `want to`, `is due to`, `is to`, `are set to`, `is going to`
    if next == "to" {
        if matches!(w, "plan" | "hope" | "hopes" | "intend" | "aim" | "promise") {
            return Some(Dir::Future);
        }
        if matches!(w, "due" | "set" | "going" | "about") && BE.contains(&prev) {
            return Some(Dir::Future);
        }
        if matches!(w, "is" | "are") {
            return Some(Dir::Future);
        }
    }
    if w == "due" && BE.contains(&prev) {
        return Some(Dir::Future);
    }
    if FINITE_PAST.contains(&w) {
        return Some(Dir::Past);
    }
    // A clause in the present (`Final preparations are under way for Saturday's concert`)
    // says nothing of past or future, but it is the clause's own tense: a past elsewhere in
    // the sentence does not speak for it.
    if matches!(w, "is" | "are" | "am") || (SCHEDULE.contains(&w) && k > 0) {
        return Some(Dir::Nearest);
    }
    if PAST_WORDS.contains(&w) {
        // An irregular participle in a passive of the present or of a modal (`would be sent`,
        // `is held`) tells no past.
        let participle = matches!(prev, "be" | "being" | "is" | "are" | "am" | "to");
        return (!participle).then_some(Dir::Past);
    }
    let t = tok(toks, k)?;
    if w.len() > 3
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && !t.is_capitalised()
        && !NOT_PAST.contains(&w)
        // Not a passive in the present (`when he is sentenced`, `they are released`).
        && !matches!(prev, "be" | "been" | "being" | "is" | "are" | "am" | "to" | "-")
    {
        return Some(Dir::Past);
    }
    None
}

impl Tense {
    pub(super) fn read(toks: &[Tok]) -> Self {
        let mut clause = Vec::with_capacity(toks.len());
        let mut n = 0;
        for (k, t) in toks.iter().enumerate() {
            // `won't end tomorrow, or Friday, or by the weekend`: a comma before `or` or `nor`
            // goes on with a list of the clause's own, in its tense.
            let listed = t.lower == "," && matches!(lower_at(toks, k + 1), "or" | "nor");
            if is_boundary(t) && !listed {
                n += 1;
            }
            clause.push(n);
        }
        let markers = (0..toks.len())
            .filter_map(|k| marker(toks, k).map(|d| (k, d)))
            .collect();
        // After `since` or `back in`, and the modifiers of a date (`since early March`).
        let mut since = Vec::new();
        let mut after = false;
        for (k, t) in toks.iter().enumerate() {
            if after {
                since.push(k);
            }
            let w = t.lower.as_str();
            let back_in = w == "in" && k >= 1 && lower_at(toks, k - 1) == "back";
            after = w == "since"
                || back_in
                || (after && matches!(w, "early" | "late" | "mid" | "the" | "-"));
        }
        let own_clause = (0..toks.len())
            .filter(|&k| {
                let w = lower_at(toks, k);
                matches!(w, "would" | "wouldn")
                    || (PLAN_NOUNS.contains(&w) && lower_at(toks, k + 1) == "to")
            })
            .collect();
        let delay = |c: u32| {
            toks.iter().zip(&clause).any(|(t, &n)| {
                n == c
                    && matches!(
                        t.lower.as_str(),
                        "postponed"
                            | "delayed"
                            | "adjourned"
                            | "deferred"
                            | "suspended"
                            | "extended"
                            // An order's state runs on from the order (`ordered the
                            // schools closed until 6 May`).
                            | "ordered"
                            | "imposed"
                            | "decreed"
                    )
            })
        };
        let deadline: Vec<usize> = (1..toks.len())
            .filter(|&k| {
                matches!(lower_at(toks, k - 1), "until" | "till")
                    || (k >= 3
                        && lower_at(toks, k - 1) == "and"
                        && lower_at(toks, k - 2) == "now"
                        && lower_at(toks, k - 3) == "between")
            })
            .collect();
        let deferred = deadline
            .iter()
            .copied()
            .filter(|&k| matches!(lower_at(toks, k - 1), "until" | "till") && delay(clause[k]))
            .collect();
        Tense {
            markers,
            clause,
            since,
            deferred,
            deadline,
            own_clause,
        }
    }

    /// The direction of a day and month over tokens `start..end`: a noun's attribute (`The 8
    /// October gig was announced on Monday`, `a May 11 launch date`) is not the time of the
    /// clause's verb, so nothing says which way; else as [`Tense::dir`].
    /// A happening that cannot be scheduled (`the January 25th revolution`, `the Boxing Day
    /// tsunami`) has happened when it is named by its day.
    pub(super) fn day_dir(&self, toks: &[Tok], start: usize, end: usize) -> Dir {
        let determined = start > 0 && DETERMINERS.contains(&lower_at(toks, start - 1));
        let noun = toks.get(end).filter(|t| {
            !t.is_capitalised()
                && !t.text.is_empty()
                && t.text.chars().all(char::is_alphabetic)
                && !NOT_A_NOUN.contains(&t.lower.as_str())
        });
        match noun {
            Some(t) if determined && UNPLANNED.contains(&t.lower.as_str()) => Dir::Past,
            Some(_) if determined => Dir::Nearest,
            // The end of a state told in the past (`had shut the schools until May 6`,
            // `stayed shut until 6 May`) may lie either side of the DCT: the state may still
            // hold. The nearest day, one to come counting double.
            _ => match self.dir(start, end) {
                Dir::Past if self.deadline.contains(&start) => Dir::Nearest,
                d => d,
            },
        }
    }

    /// The direction of the expression over tokens `start..end`.
    pub(super) fn dir(&self, start: usize, end: usize) -> Dir {
        let Some(&clause) = self.clause.get(start) else {
            return Dir::Nearest;
        };
        // `since April`, `back in March`: the past whatever the tense.
        if self.since.contains(&start) {
            return Dir::Past;
        }
        if self.deferred.contains(&start) {
            return Dir::Future;
        }
        let nearest = self
            .markers
            .iter()
            .filter(|(k, _)| (*k < start || *k >= end) && self.clause.get(*k) == Some(&clause))
            .min_by_key(|(k, _)| if *k < start { start - k } else { k + 1 - end });
        if let Some((k, d)) = nearest {
            // A deadline in the present lies ahead (`it continues until September`).
            if *d == Dir::Nearest && self.deadline.contains(&start) {
                return Dir::Future;
            }
            // What was said would happen is told after `would`, not before it (`the
            // announcement on Sept. 24 that he would suspend his campaign`).
            if *d == Dir::Later && *k > start {
                return Dir::Either;
            }
            return *d;
        }
        // A plan told in the past anywhere in the sentence: its dates may lie either side.
        if self
            .markers
            .iter()
            .any(|(k, d)| matches!(d, Dir::Either | Dir::Later) && !self.own_clause.contains(k))
        {
            return Dir::Either;
        }
        let future = self.markers.iter().any(|(_, d)| *d == Dir::Future);
        let past = self.markers.iter().any(|(_, d)| *d == Dir::Past);
        match (future, past) {
            (true, false) => Dir::Future,
            (false, true) => Dir::Past,
            // A plan told in the past (`had been due to`, `was expected to`): the date may lie
            // either side, so the nearest.
            _ => Dir::Nearest,
        }
    }
}

/// The year of a (month, day) without a year, seen from the DCT in direction `dir`.
pub(super) fn infer_year(dct: Date, month: u32, day: u32, dir: Dir) -> i32 {
    let md = (month, day);
    let now = (dct.month(), dct.day());
    match dir {
        Dir::Past if md > now => dct.year() - 1,
        Dir::Future if md < now => dct.year() + 1,
        Dir::Later => infer_year(a_month_before(dct), month, day, Dir::Future),
        Dir::Nearest | Dir::Either => nearest_year(dct, |y| Date::new(y, month, day.min(28))),
        _ => dct.year(),
    }
}

/// Where what was said would happen may start: a month before the DCT.
fn a_month_before(dct: Date) -> Date {
    dct.add_days(-31).unwrap_or(dct)
}

/// The year of a bare month: the most recent such month (this one included) before the DCT,
/// the next one in the future, or the nearest.
pub(super) fn month_year(dct: Date, month: u32, dir: Dir) -> i32 {
    match (dir, month.cmp(&dct.month())) {
        (Dir::Later, _) => month_year(a_month_before(dct), month, Dir::Future),
        (Dir::Past, std::cmp::Ordering::Greater) => dct.year() - 1,
        (Dir::Future, std::cmp::Ordering::Less) => dct.year() + 1,
        (Dir::Nearest | Dir::Either, _) => nearest_year(dct, |y| Date::new(y, month, 15)),
        _ => dct.year(),
    }
}

/// Of the DCT's year and the years either side, the one whose `day(year)` is nearest the DCT,
/// a day to come counting double (news tells of the past more than of the future).
pub(super) fn nearest_year(dct: Date, day: impl Fn(i32) -> Option<Date>) -> i32 {
    let y = dct.year();
    [y, y - 1, y + 1]
        .into_iter()
        .filter_map(|c| {
            let gap = day(c)?.to_days() - dct.to_days();
            Some((c, if gap > 0 { 2 * gap } else { -gap }))
        })
        .min_by_key(|(_, gap)| *gap)
        .map_or(y, |(c, _)| c)
}

/// The occurrence of a yearly day (`day(year)`) that `dir` points to from the DCT.
pub(super) fn yearly(dct: Date, dir: Dir, day: impl Fn(i32) -> Option<Date>) -> Option<Date> {
    let y = dct.year();
    let this = day(y)?;
    match dir {
        Dir::Past if this > dct => day(y - 1),
        Dir::Future if this < dct => day(y + 1),
        Dir::Later => yearly(a_month_before(dct), Dir::Future, day),
        Dir::Nearest | Dir::Either => day(nearest_year(dct, &day)),
        _ => Some(this),
    }
}
