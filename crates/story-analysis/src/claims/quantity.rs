//! Quantities: a figure in a sentence with what it measures (`data/quantities.txt`), its unit
//! normalised (gallons to barrels, `bn` to thousands of millions), and the interval it allows
//! (`12,000 to 19,000`, `more than 80`, `about 60`). A figure with no measure the text names
//! (a clock time, a page stamp, a year, a share) is no quantity.

use std::sync::OnceLock;

/// What a figure measures, read from `data/quantities.txt`.
#[derive(Debug)]
pub(super) struct Measure {
    pub name: &'static str,
    /// A count that changes as a story goes on.
    pub running: bool,
    /// What it is, in words (`the number of deaths`).
    pub what: &'static str,
    nouns: Vec<&'static str>,
    verbs: Vec<Vec<&'static str>>,
    before: Vec<&'static str>,
}

#[derive(Debug, Default)]
struct Lexicon {
    measures: Vec<Measure>,
    units: Vec<(&'static str, f64, Vec<&'static str>)>,
    multipliers: Vec<(f64, Vec<&'static str>)>,
    rates: Vec<(&'static str, Vec<Vec<&'static str>>)>,
    approx: Vec<(Approx, Vec<Vec<&'static str>>)>,
    qualifiers: Vec<&'static str>,
    generic: Vec<&'static str>,
    not: Vec<&'static str>,
}

/// How a figure is given.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Approx {
    Exact,
    AtLeast,
    AtMost,
    About,
    Nearly,
}

fn words(list: &'static str) -> Vec<&'static str> {
    list.split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

fn phrases(list: &'static str) -> Vec<Vec<&'static str>> {
    words(list)
        .into_iter()
        .map(|p| p.split_whitespace().collect())
        .collect()
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lx = Lexicon::default();
        for line in include_str!("../../data/quantities.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&'static str> = line.split('|').map(str::trim).collect();
            let head: Vec<&str> = fields[0].split_whitespace().collect();
            let field = |i: usize| fields.get(i).copied().unwrap_or("");
            match head.as_slice() {
                ["measure", name] => lx.measures.push(Measure {
                    name,
                    running: field(1) == "running",
                    what: field(2),
                    nouns: words(field(3)),
                    verbs: phrases(field(4)),
                    before: words(field(5)),
                }),
                ["unit", name] => {
                    lx.units
                        .push((name, field(1).parse().unwrap_or(1.0), words(field(2))))
                }
                ["multiplier", n] => lx
                    .multipliers
                    .push((n.parse().unwrap_or(1.0), words(field(1)))),
                ["rate", name] => lx.rates.push((name, phrases(field(1)))),
                ["approx", kind] => {
                    let kind = match *kind {
                        "at_least" => Approx::AtLeast,
                        "at_most" => Approx::AtMost,
                        "nearly" => Approx::Nearly,
                        _ => Approx::About,
                    };
                    lx.approx.push((kind, phrases(field(1))));
                }
                ["qualifier"] => lx.qualifiers = words(field(1)),
                ["generic"] => lx.generic = words(field(1)),
                ["not"] => lx.not = words(field(1)),
                _ => {}
            }
        }
        lx
    })
}

/// A measured figure in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Quantity {
    pub measure: &'static str,
    /// The unit after normalisation (`barrels/day`, `usd`), empty for a count.
    pub unit: String,
    /// The interval the text allows, in the normalised unit.
    pub low: f64,
    pub high: f64,
    /// The figure as written with its approximation (`more than 80`).
    pub figure: String,
    /// Words that make it a different count (`confirmed`, `other`), sorted.
    pub qualifiers: Vec<&'static str>,
    /// What is counted when the text names it and it is not generic (`workers`).
    pub counted: Option<String>,
    /// Where it stands (chars).
    pub start: u32,
    pub end: u32,
}

impl Quantity {
    /// Whether two figures can both be true: their intervals meet.
    pub fn agrees(&self, other: &Quantity) -> bool {
        self.low <= other.high * 1.0001 && other.low <= self.high * 1.0001
    }

    pub fn measure(&self) -> Option<&'static Measure> {
        lexicon().measures.iter().find(|m| m.name == self.measure)
    }
}

#[derive(Clone, Debug)]
struct Tok {
    lower: String,
    start: usize,
    end: usize,
    number: Option<f64>,
}

/// Tokens (chars offsets): words, figures (`12,000`, `7.0`; `5bn` is a figure then a word),
/// currency signs, and punctuation that ends a clause.
fn tokens(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_ascii_digit() {
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (matches!(chars[i], ',' | '.')
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            let raw: String = chars[start..i].iter().filter(|c| **c != ',').collect();
            out.push(Tok {
                lower: raw.clone(),
                start,
                end: i,
                number: raw.parse().ok(),
            });
        } else if c.is_alphabetic() {
            while i < chars.len()
                && (chars[i].is_alphabetic()
                    || (matches!(chars[i], '.' | '\'' | '’')
                        && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())))
            {
                i += 1;
            }
            out.push(Tok {
                lower: chars[start..i].iter().collect::<String>().to_lowercase(),
                start,
                end: i,
                number: None,
            });
        } else {
            i += 1;
            if !c.is_whitespace() {
                out.push(Tok {
                    lower: c.to_string(),
                    start,
                    end: i,
                    number: None,
                });
            }
        }
    }
    out
}

fn is_break(t: &Tok) -> bool {
    matches!(
        t.lower.as_str(),
        "," | ";" | ":" | "(" | ")" | "—" | "–" | "\"" | "“" | "”" | "?" | "!"
    )
}

/// Whether the words of `phrase` stand at `toks[at..]`.
fn phrase_at(toks: &[Tok], at: usize, phrase: &[&str]) -> bool {
    phrase
        .iter()
        .enumerate()
        .all(|(k, w)| toks.get(at + k).is_some_and(|t| t.lower == *w))
}

/// Words that may stand between a counted noun and its verb (`people have been killed`).
const FILLER: &[&str] = &[
    "have",
    "has",
    "had",
    "been",
    "were",
    "was",
    "are",
    "is",
    "reportedly",
    "now",
    "already",
    "so",
    "far",
    "being",
    "be",
    "confirmed",
    "reported",
    "believed",
    "feared",
    "thought",
    "to",
];

/// A figure being read: where it stands in the tokens, what it is so far.
struct Reading {
    /// First and one-past-last token of the words that state it.
    begin: usize,
    end: usize,
    low: f64,
    high: f64,
    round: bool,
    approx: Approx,
    unit: Option<(&'static str, f64)>,
    rate: Option<&'static str>,
    qualifiers: Vec<&'static str>,
    measure: Option<&'static Measure>,
    counted: Option<String>,
    /// A noun follows the figure (`145 people`), so a verb before it counts (`killed`).
    noun_after: bool,
}

/// The quantities of a sentence; `times` are the spans (chars) of its time expressions. A
/// figure is read in steps: the figure itself (multiplier, range), what stands before it
/// (currency, approximation), what follows it (qualifiers, unit, rate, the measure's noun
/// or a counted noun and its verb), and when no measure is named yet, a verb or measure
/// noun before it, or a measure's word near its unit.
pub(super) fn quantities(text: &str, times: &[(u32, u32)]) -> Vec<Quantity> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut skip_to = 0;
    for i in 0..toks.len() {
        if i < skip_to {
            continue;
        }
        let Some(mut r) = figure(&toks, i, times) else {
            continue;
        };
        before(&toks, i, &mut r);
        after(&toks, &mut r);
        if r.measure.is_none() {
            measure_before(&toks, &mut r);
        }
        if r.measure.is_none() && r.unit.is_some() {
            r.measure = measure_near_unit(&toks, &r);
        }
        let end = r.end;
        if let Some(q) = finish(text, &toks, i, r) {
            out.push(q);
            skip_to = end.max(i + 1);
        }
    }
    out
}

/// The figure at token `i`, with a multiplier and a range after it; none for a time, a
/// clock, a year, or the figure a change started from (`from 176 to 101`).
fn figure(toks: &[Tok], i: usize, times: &[(u32, u32)]) -> Option<Reading> {
    let lx = lexicon();
    let mut value = toks[i].number?;
    let (s, e) = (toks[i].start as u32, toks[i].end as u32);
    if times.iter().any(|&(a, b)| s < b && a < e) {
        return None;
    }
    let prev = |k: usize| i.checked_sub(k).map(|j| &toks[j]);
    let is_sep = |t: &Tok| t.lower == ":" || t.lower == "/";
    // A clock time (`10:40`) or part of a longer code; years are times, never quantities,
    // even where the tagger missed them.
    if prev(1).is_some_and(is_sep)
        || toks.get(i + 1).is_some_and(is_sep)
        || (value.fract() == 0.0
            && (1900.0..=2100.0).contains(&value)
            && !toks[i].lower.contains('.'))
        || prev(1).is_some_and(|t| t.lower == "from")
    {
        return None;
    }
    let round = toks[i].lower.ends_with("00") && !toks[i].lower.contains('.');
    let multiplier = |j: usize| {
        toks.get(j).and_then(|t| {
            lx.multipliers
                .iter()
                .find(|(_, ws)| ws.contains(&t.lower.as_str()))
                .map(|(m, _)| *m)
        })
    };
    let mut j = i + 1;
    let first_multiplied = multiplier(j).inspect(|m| value *= m).is_some();
    if first_multiplied {
        j += 1;
    }
    // A range: `12,000 to 19,000`, `12,000-19,000`, `between 5 and 7`.
    let mut high = value;
    let between = prev(1).is_some_and(|t| t.lower == "between");
    if toks.get(j).is_some_and(|t| {
        matches!(t.lower.as_str(), "to" | "-" | "–") || (between && t.lower == "and")
    }) {
        let mut k = j + 1;
        if toks
            .get(k)
            .is_some_and(|t| ["$", "£", "€"].contains(&t.lower.as_str()))
        {
            k += 1;
        }
        if let Some(mut h) = toks.get(k).and_then(|t| t.number) {
            let mut k2 = k + 1;
            if let Some(m) = multiplier(k2) {
                h *= m;
                if !first_multiplied {
                    value *= m;
                }
                k2 += 1;
            }
            if h > value {
                high = h;
                j = k2;
            }
        }
    }
    if toks
        .get(j)
        .is_some_and(|t| lx.not.contains(&t.lower.as_str()))
    {
        return None;
    }
    Some(Reading {
        begin: i,
        end: j,
        low: value,
        high,
        round,
        approx: Approx::Exact,
        unit: None,
        rate: None,
        qualifiers: Vec::new(),
        measure: None,
        counted: None,
        noun_after: false,
    })
}

/// Before the figure: a currency sign, then an approximation (`more than`, `about`).
fn before(toks: &[Tok], i: usize, r: &mut Reading) {
    let lx = lexicon();
    if let Some(t) = i.checked_sub(1).map(|j| &toks[j]) {
        if ["$", "£", "€", "us$"].contains(&t.lower.as_str()) {
            if let Some(u) = lx.units.iter().find(|u| u.2.contains(&t.lower.as_str())) {
                r.unit = Some((u.0, u.1));
                r.begin = i - 1;
            }
        }
    }
    for (kind, list) in &lx.approx {
        if let Some(p) = list
            .iter()
            .find(|p| r.begin >= p.len() && phrase_at(toks, r.begin - p.len(), p))
        {
            r.approx = *kind;
            r.begin -= p.len();
            return;
        }
    }
}

/// After the figure: qualifiers, a unit (with a rate), the measure's noun, or a counted
/// noun with the measure's verb after it (`people have died`).
fn after(toks: &[Tok], r: &mut Reading) {
    let lx = lexicon();
    let start = r.end;
    let mut k = start;
    let mut unknown = 0;
    while k < toks.len() && k < start + 5 && !is_break(&toks[k]) && toks[k].number.is_none() {
        let w = toks[k].lower.as_str();
        if let Some(q) = lx.qualifiers.iter().find(|q| **q == w) {
            r.qualifiers.push(q);
        } else if let Some(u) = lx
            .units
            .iter()
            .find(|u| r.unit.is_none() && u.2.contains(&w))
        {
            r.unit = Some((u.0, u.1));
            r.end = k + 1;
            if let Some((name, len)) = lx.rates.iter().find_map(|(name, ps)| {
                ps.iter()
                    .find(|p| phrase_at(toks, k + 1, p))
                    .map(|p| (*name, p.len()))
            }) {
                r.rate = Some(name);
                r.end = k + 1 + len;
            }
        } else if let Some(m) = lx.measures.iter().find(|m| m.nouns.contains(&w)) {
            r.measure = Some(m);
            r.end = k + 1;
            return;
        } else if matches!(w, "of" | "the" | "a" | "an") {
            // `costs of $3bn`: nothing counted yet.
        } else if r.unit.is_none() && (lx.generic.contains(&w) || (w.ends_with('s') && w.len() > 3))
        {
            if !lx.generic.contains(&w) {
                r.counted = Some(w.to_string());
            }
            r.noun_after = true;
            r.end = k + 1;
            let mut v = k + 1;
            while toks
                .get(v)
                .is_some_and(|t| FILLER.contains(&t.lower.as_str()))
            {
                v += 1;
            }
            if let Some((m, len)) = verb_at(toks, v) {
                r.measure = Some(m);
                r.end = v + len;
            }
            return;
        } else {
            unknown += 1;
            if unknown > 1 {
                return;
            }
        }
        k += 1;
    }
}

/// Before the figure: a verb (`killed at least 145 people`, only with a noun after the
/// figure), `magnitude 7.0`, or a measure noun with a verb of reaching (`the death toll
/// rose to 80`).
fn measure_before(toks: &[Tok], r: &mut Reading) {
    let lx = lexicon();
    let mut b = r.begin;
    let mut looked = 0;
    while b > 0 && looked < 6 {
        b -= 1;
        looked += 1;
        let t = &toks[b];
        // `rose from 80 to 101`: over the figure it changed from.
        if t.number.is_some() && b > 0 && toks[b - 1].lower == "from" {
            b -= 1;
            continue;
        }
        if is_break(t) || t.number.is_some() {
            return;
        }
        if let Some((m, _)) = verb_at(toks, b) {
            if r.noun_after {
                r.measure = Some(m);
                r.begin = b;
            }
            return;
        }
        if let Some(m) = lx
            .measures
            .iter()
            .find(|m| m.before.contains(&t.lower.as_str()))
        {
            r.measure = Some(m);
            r.begin = b;
            return;
        }
    }
}

/// A unit alone measures an amount of it (`5,000 barrels a day leaking`): its measure is
/// named by a verb or noun near it, else the unit itself is not enough.
fn measure_near_unit(toks: &[Tok], r: &Reading) -> Option<&'static Measure> {
    let near = |m: &Measure| {
        toks[r.begin.saturating_sub(6)..(r.end + 4).min(toks.len())]
            .iter()
            .any(|t| {
                m.before.contains(&t.lower.as_str())
                    || m.verbs.iter().any(|v| v.len() == 1 && v[0] == t.lower)
            })
    };
    lexicon()
        .measures
        .iter()
        .filter(|m| m.nouns.is_empty() || m.name == "cost")
        .find(|m| near(m))
}

/// The quantity read: a rate per year after it, the interval its approximation allows,
/// qualifiers just before it (`Mexico has confirmed 19 deaths`), its words.
fn finish(text: &str, toks: &[Tok], i: usize, mut r: Reading) -> Option<Quantity> {
    let lx = lexicon();
    let measure = r.measure?;
    // A count per year (`kills 36,000 people in the US a year`) is a rate, not a count.
    if r.rate.is_none() {
        r.rate = (r.end..(r.end + 6).min(toks.len()))
            .take_while(|&k| !is_break(&toks[k]))
            .find_map(|k| {
                lx.rates.iter().find_map(|(name, ps)| {
                    ps.iter().any(|p| phrase_at(toks, k, p)).then_some(*name)
                })
            });
    }
    if measure.name == "magnitude" && !(1.0..=10.0).contains(&r.low) {
        return None;
    }
    let (factor, unit) = r
        .unit
        .map(|(n, f)| (f, n.to_string()))
        .unwrap_or((1.0, String::new()));
    let unit = match r.rate {
        Some(rate) => format!("{unit}/{rate}"),
        None => unit,
    };
    let (low, high) = (r.low * factor, r.high * factor);
    let (low, high) = match r.approx {
        Approx::Exact => {
            // A round figure is given to its last significant digit.
            let slack = if low == high && r.round { 0.02 } else { 0.0 };
            (low * (1.0 - slack), high * (1.0 + slack))
        }
        Approx::AtLeast => (low, f64::INFINITY),
        Approx::AtMost => (0.0, high),
        Approx::About => (low * 0.9, high * 1.1),
        Approx::Nearly => (low * 0.85, high),
    };
    for t in &toks[r.begin.saturating_sub(3)..r.begin] {
        if let Some(q) = lx.qualifiers.iter().find(|q| **q == t.lower) {
            if !matches!(*q, "more" | "over") {
                r.qualifiers.push(q);
            }
        }
    }
    r.qualifiers.sort_unstable();
    r.qualifiers.dedup();
    let (a, b) = (
        toks[r.begin].start,
        toks[r.end.saturating_sub(1).max(i)].end,
    );
    Some(Quantity {
        measure: measure.name,
        unit,
        low,
        high,
        figure: text.chars().skip(a).take(b - a).collect(),
        qualifiers: r.qualifiers,
        counted: r.counted,
        start: a as u32,
        end: b as u32,
    })
}

/// A measure's verb standing at `toks[at..]`, with its length in words.
fn verb_at(toks: &[Tok], at: usize) -> Option<(&'static Measure, usize)> {
    lexicon().measures.iter().find_map(|m| {
        m.verbs
            .iter()
            .find(|v| phrase_at(toks, at, v))
            .map(|v| (m, v.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<(String, String, f64, f64, String)> {
        quantities(text, &[])
            .into_iter()
            .map(|q| (q.measure.to_string(), q.unit, q.low, q.high, q.figure))
            .collect()
    }

    #[test]
    fn counts_with_their_measure() {
        assert_eq!(
            q("The attack killed 145 people in the hall."),
            [(
                "deaths".into(),
                "".into(),
                145.0,
                145.0,
                "killed 145 people".into()
            )]
        );
        assert_eq!(
            q("Mexico confirmed 20 deaths from the virus.")[0].0,
            "deaths"
        );
        assert_eq!(q("At least 20 people have died of the flu.")[0].2, 20.0);
        assert_eq!(
            q("At least 20 people have died of the flu.")[0].3,
            f64::INFINITY
        );
        let c = quantities("There were 40 confirmed cases in the city.", &[]);
        assert_eq!(c[0].measure, "cases");
        assert_eq!(c[0].qualifiers, ["confirmed"]);
        assert_eq!(q("The death toll rose to 80 on Sunday.")[0].0, "deaths");
        assert_eq!(q("A magnitude 7.0 earthquake struck.")[0].2, 7.0);
        assert_eq!(q("A 6.8-magnitude earthquake struck.")[0].2, 6.8);
    }

    #[test]
    fn ranges_units_and_approximations() {
        let r = q("Scientists said 12,000 to 19,000 barrels a day were leaking.");
        assert_eq!(r[0].1, "barrels/day");
        assert_eq!((r[0].2, r[0].3), (12000.0, 19000.0));
        let g = q("The well was leaking 210,000 gallons a day.");
        assert!(
            g[0].2 <= 5000.0 && g[0].3 >= 5000.0 && g[0].3 < 5200.0,
            "{g:?}"
        );
        let c = q("The spill has cost $1.6bn so far.");
        assert_eq!(
            (c[0].0.as_str(), c[0].1.as_str(), c[0].2),
            ("cost", "usd", 1.6e9)
        );
        let about = quantities("It has killed about 60 people.", &[]);
        let exact = quantities("It has killed 62 people.", &[]);
        assert!(about[0].agrees(&exact[0]));
        let more = quantities("It has killed more than 80 people.", &[]);
        assert!(more[0].agrees(&quantities("It has killed 149 people.", &[])[0]));
        assert!(!exact[0].agrees(&quantities("It has killed 149 people.", &[])[0]));
    }

    #[test]
    fn no_measure_no_quantity() {
        assert!(q("Updated at 10:40 GMT on Sunday.").is_empty());
        assert!(q("Sunday 26 April 2009 10.40 BST").is_empty());
        assert!(q("Shares rose 5 percent in 2009.").is_empty());
        assert!(q("He said 20 of them were there.").is_empty());
        assert!(q("The toll was revised from 176 to 101.").len() == 1);
    }
}
