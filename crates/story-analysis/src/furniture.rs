//! Page furniture: the text of a site, not of its story.
//!
//! Two steps. One article alone shows some furniture by its words: comment policies, captions,
//! share and subscribe prompts, copyright lines ([`Patterns`], from `data/furniture.txt`).
//! The rest shows only across articles: a line an outlet prints on many of its pages, on
//! different days, is the outlet's, not the story's ([`remove_recurring`]). Text that several
//! outlets share (wire copy reprinted) is story and stays; so does a line an outlet repeats in
//! the body of a few updates of one report (background paragraphs), unless it also looks like
//! furniture: it stands at the edge of the pages, or on a large share of them, or speaks of the
//! site rather than the story.
//!
//! Whatever leaves the text is kept in [`Document::removed`] with its reason: nothing is lost.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use story_core::{Document, Furniture, Removed};

/// How a pattern's text is matched against a folded line or sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Match {
    Line,
    Starts,
    Ends,
    Contains,
    Heading,
}

#[derive(Clone, Debug)]
struct Rule {
    kind: Furniture,
    how: Match,
    text: String,
    max_words: Option<usize>,
}

/// The furniture patterns of `data/furniture.txt`, and the cue words of recurring furniture.
#[derive(Debug, Default)]
pub struct Patterns {
    rules: Vec<Rule>,
    cues: Vec<String>,
}

/// The patterns, loaded once.
pub fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns::parse(include_str!("../data/furniture.txt")))
}

fn kind(name: &str) -> Option<Furniture> {
    Some(match name {
        "chrome" => Furniture::Chrome,
        "links" => Furniture::Links,
        "comments" => Furniture::Comments,
        "caption" => Furniture::Caption,
        "promotion" => Furniture::Promotion,
        "copyright" => Furniture::Copyright,
        "byline" => Furniture::Byline,
        "media" => Furniture::Media,
        _ => return None,
    })
}

impl Patterns {
    /// Reads the data file's `kind | match | text [| max words]` lines; a line it cannot read
    /// is left out (the file's own test checks that none is).
    fn parse(data: &str) -> Patterns {
        let mut out = Patterns::default();
        for line in data.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split(" | ").map(str::trim).collect();
            if fields.first() == Some(&"cue") {
                if let Some(text) = fields.get(2) {
                    out.cues.push(fold(text));
                }
                continue;
            }
            let (Some(kind), Some(how), Some(text)) = (
                fields.first().and_then(|k| kind(k)),
                fields.get(1).and_then(|m| match *m {
                    "line" => Some(Match::Line),
                    "starts" => Some(Match::Starts),
                    "ends" => Some(Match::Ends),
                    "contains" => Some(Match::Contains),
                    "heading" => Some(Match::Heading),
                    _ => None,
                }),
                fields.get(2),
            ) else {
                continue;
            };
            let max_words = fields.get(3).and_then(|n| n.parse().ok());
            out.rules.push(Rule {
                kind,
                how,
                text: fold(text),
                max_words,
            });
        }
        out
    }

    /// What kind of furniture a line or sentence is, if it is furniture by its own words.
    pub fn classify(&self, text: &str) -> Option<Furniture> {
        let folded = fold(text);
        if folded.is_empty() {
            return None;
        }
        let words = folded.split(' ').count();
        if is_comment_author(&folded) {
            return Some(Furniture::Comments);
        }
        self.rules
            .iter()
            .find(|r| {
                r.max_words.is_none_or(|m| words <= m)
                    && match r.how {
                        Match::Line => folded == r.text,
                        Match::Starts => starts_with_word(&folded, &r.text),
                        Match::Ends => folded.ends_with(&r.text),
                        Match::Contains => folded.contains(&r.text),
                        Match::Heading => false,
                    }
                    && (r.kind != Furniture::Byline || r.how != Match::Starts || is_byline(text))
            })
            .map(|r| r.kind)
    }

    /// What kind of furniture a sentence of running text is, and where in it the furniture
    /// starts: a footer or a form's text run into the paragraph before it (`… said the
    /// minister. Letters for publication should be sent to …`) is cut there, and what comes
    /// before it stays. `None` when the sentence is the story's.
    pub fn classify_sentence(&self, text: &str) -> Option<(Furniture, usize)> {
        let folded = fold(text);
        let kind = self.classify(text)?;
        // Where the furniture starts, in words: the earliest match of a `contains` rule of
        // that kind, else the start.
        let at_word = self
            .rules
            .iter()
            .filter(|r| r.kind == kind && r.how == Match::Contains)
            .filter_map(|r| folded.find(&r.text))
            .min()
            .map_or(0, |at| folded[..at].matches(' ').count());
        // A caption is furniture whole, whatever precedes its credit.
        if at_word < MIN_KEPT_WORDS || kind == Furniture::Caption {
            return Some((kind, 0));
        }
        // Only where the furniture starts a sentence of its own, run into the one before
        // without a full stop (`… of England Letters for publication …`); a phrase in the
        // middle of a sentence (`… Inc. and its licensors`) takes the sentence with it.
        let at = text
            .split_whitespace()
            .nth(at_word)
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(|w| w.as_ptr() as usize - text.as_ptr() as usize)
            .unwrap_or(0);
        // What precedes it may be furniture too (`At 10:16 1st May 2009, jo wrote: This
        // comment was removed …`): then nothing stays.
        let before = text.get(..at).unwrap_or_default();
        if self.classify(before).is_some() {
            return Some((kind, 0));
        }
        Some((kind, at))
    }

    /// What stays of a sentence of running text once its furniture (by its own words,
    /// [`Patterns::classify_sentence`]) is moved to `removed`: the story before it, trimmed,
    /// or nothing.
    pub fn keep_story<'a>(&self, sentence: &'a str, removed: &mut Vec<Removed>) -> &'a str {
        let Some((reason, at)) = self.classify_sentence(sentence) else {
            return sentence;
        };
        removed.push(Removed {
            text: sentence[at..].to_string(),
            reason,
        });
        sentence[..at].trim_end()
    }

    /// Whether a line heads a list of links (`Related articles`): it and the link lines
    /// after it are furniture.
    pub fn is_link_list_heading(&self, line: &str) -> bool {
        let folded = fold(line.trim().trim_end_matches(':'));
        self.rules
            .iter()
            .any(|r| r.how == Match::Heading && folded == r.text)
    }

    /// Whether a sentence speaks of the site rather than the story (`comments`, `e-mail`).
    fn has_cue(&self, folded: &str) -> bool {
        self.cues.iter().any(|c| folded.contains(c.as_str()))
    }
}

/// Fewest words of story before furniture run into a sentence for them to be kept.
const MIN_KEPT_WORDS: usize = 6;

/// `text` starts with `prefix`, and a prefix that ends with a letter ends at a word boundary
/// (`by` is not `bygone`; `photo:` and `copyright 20` need none).
fn starts_with_word(text: &str, prefix: &str) -> bool {
    text.strip_prefix(prefix).is_some_and(|rest| {
        rest.is_empty()
            || !prefix.ends_with(char::is_alphabetic)
            || !rest.starts_with(char::is_alphanumeric)
    })
}

/// Lower case, spaces collapsed, typographic quotes and apostrophes made plain.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '’' | '‘' | '′' => out.push('\''),
                '“' | '”' | '„' | '″' => out.push('"'),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// `At 5:03 pm, Jo wrote:`, `Jo_L wrote:`: the head of a reader's comment, alone or with the
/// comment run into the same line (`At 18:55 29th Apr 2009, jo99 wrote: I think …`). A
/// sentence that introduces a quotation (`In his letter, he wrote:`) has more words and no
/// clock time.
fn is_comment_author(folded: &str) -> bool {
    let Some((head, _)) = folded.split_once("wrote:") else {
        return false;
    };
    let words = head.split_whitespace().count();
    let has_time = head
        .split_whitespace()
        .any(|w| w.contains(':') && w.starts_with(|c: char| c.is_ascii_digit()));
    let alone = folded.ends_with("wrote:") && folded.len() == head.len() + "wrote:".len();
    (alone && (1..=2).contains(&words)) || (has_time && words <= 8)
}

/// `By Jane Doe`: the prefix, then two to five capitalised words and no final punctuation.
fn is_byline(text: &str) -> bool {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', ',', ';', ':']) {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let name_start = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("by"))
        .map_or(words.len(), |i| i + 1);
    let name = &words[name_start.min(words.len())..];
    (1..=5).contains(&name.len())
        && name.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || matches!(
                    w.to_lowercase().as_str(),
                    "and" | "de" | "van" | "von" | "al"
                )
        })
}

/// Why a recurring sentence was judged furniture: kept for tests and reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// It stands in the first or last paragraph of (nearly) every page that has it.
    Edge,
    /// It is on a large share of the outlet's pages.
    Sitewide,
    /// It speaks of the site (`comments`, `e-mail`, `newsletter`).
    Cue,
    /// It stands between furniture (or furniture and the page's edge) on (nearly) every page
    /// that has it: the rest of a block whose other lines were judged furniture.
    Neighbour,
}

/// Fewest documents of one outlet a sentence must recur in to be judged.
const MIN_DOCS: usize = 3;
/// Fewest words for a sentence to be judged on its recurrence.
const MIN_WORDS: usize = 3;
/// A sentence on at least this share of an outlet's pages (and on at least
/// [`SITEWIDE_MIN_DOCS`]) is the site's.
const SITEWIDE_SHARE: f64 = 0.15;
const SITEWIDE_MIN_DOCS: usize = 8;
/// Share of a sentence's occurrences that must stand at a page's edge for [`Evidence::Edge`].
const EDGE_SHARE: f64 = 0.8;

/// The recurrence key of a sentence: folded, digits as `0`, only letters, digits and spaces.
fn key(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    let mut space = false;
    for c in folded.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(if c.is_ascii_digit() { '0' } else { c });
        } else {
            space = true;
        }
    }
    out
}

/// One occurrence of a sentence: which document, which sentence, at a page's edge or not,
/// and its text's own key (digits as written).
struct Occurrence {
    doc: usize,
    sentence: usize,
    edge: bool,
    exact: String,
}

/// Takes out of every document the sentences its outlet repeats across pages of different
/// days and that look like furniture (see the module's comment). Returns, per removed key,
/// the evidence, for reports.
pub fn remove_recurring(docs: &mut [Document]) -> Vec<(String, Evidence)> {
    let outlet = |d: &Document| d.source.as_deref().map(fold).unwrap_or_default();
    // Outlet → key → occurrences.
    let mut by_outlet: BTreeMap<String, BTreeMap<String, Vec<Occurrence>>> = BTreeMap::new();
    // Key → the outlets that print it.
    let mut outlets_of: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut docs_of: BTreeMap<String, usize> = BTreeMap::new();
    for (d, doc) in docs.iter().enumerate() {
        let o = outlet(doc);
        *docs_of.entry(o.clone()).or_default() += 1;
        let first = doc.sentences.first().map(|s| s.paragraph);
        let last = doc.sentences.last().map(|s| s.paragraph);
        for (i, s) in doc.sentences.iter().enumerate() {
            let k = key(&s.text);
            if k.split(' ').count() < MIN_WORDS {
                continue;
            }
            outlets_of.entry(k.clone()).or_default().insert(o.clone());
            by_outlet
                .entry(o.clone())
                .or_default()
                .entry(k)
                .or_default()
                .push(Occurrence {
                    doc: d,
                    sentence: i,
                    edge: Some(s.paragraph) == first || Some(s.paragraph) == last,
                    exact: fold(&s.text),
                });
        }
    }
    let patterns = patterns();
    // The sentences that recur enough to be judged, with their occurrences.
    let mut candidates: Vec<(&String, &Vec<Occurrence>)> = Vec::new();
    let mut judged: Vec<(String, Evidence)> = Vec::new();
    let mut remove: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (o, keys) in &by_outlet {
        let outlet_docs = docs_of.get(o).copied().unwrap_or(0);
        for (k, occurrences) in keys {
            let in_docs: BTreeSet<usize> = occurrences.iter().map(|x| x.doc).collect();
            if in_docs.len() < MIN_DOCS {
                continue;
            }
            // Wire copy that several outlets print is story.
            if !o.is_empty() && outlets_of.get(k).is_some_and(|s| s.len() > 1) {
                continue;
            }
            // The same day's pages (one article saved twice, updates of the hour) say nothing.
            let days: BTreeSet<Option<&str>> = in_docs
                .iter()
                .map(|&d| docs[d].published.as_deref())
                .collect();
            let undated = in_docs
                .iter()
                .filter(|&&d| docs[d].published.is_none())
                .count();
            if days.len() + undated.saturating_sub(1) < 2 {
                continue;
            }
            let edges = occurrences.iter().filter(|x| x.edge).count();
            let first = &occurrences[0];
            // Sentences that differ in their figures (`The river rose 2 metres`, `Note 12 was
            // filed in 1995`) are only judged by what they say, never by where or how often
            // they stand: a lead that each day's report updates stands at the same place too.
            let verbatim = occurrences.iter().all(|x| x.exact == first.exact);
            let evidence = if verbatim && edges as f64 >= EDGE_SHARE * occurrences.len() as f64 {
                Some(Evidence::Edge)
            } else if verbatim
                && in_docs.len() >= SITEWIDE_MIN_DOCS
                && in_docs.len() as f64 >= SITEWIDE_SHARE * outlet_docs as f64
            {
                Some(Evidence::Sitewide)
            } else if patterns.has_cue(&fold(&docs[first.doc].sentences[first.sentence].text)) {
                Some(Evidence::Cue)
            } else {
                None
            };
            match evidence {
                Some(e) => {
                    judged.push((k.clone(), e));
                    remove.extend(occurrences.iter().map(|x| (x.doc, x.sentence)));
                }
                None => candidates.push((k, occurrences)),
            }
        }
    }
    // Blocks: a recurring sentence between furniture (or furniture and the page's edge)
    // wherever it stands.
    loop {
        let before = judged.len();
        candidates.retain(|(k, occurrences)| {
            if occurrences.iter().any(|x| x.exact != occurrences[0].exact) {
                return true;
            }
            let inside = occurrences
                .iter()
                .filter(|x| {
                    let last = docs[x.doc].sentences.len().saturating_sub(1);
                    let before = x.sentence == 0 || remove.contains(&(x.doc, x.sentence - 1));
                    let after = x.sentence == last || remove.contains(&(x.doc, x.sentence + 1));
                    before && after
                })
                .count();
            if inside as f64 >= EDGE_SHARE * occurrences.len() as f64 {
                judged.push(((*k).clone(), Evidence::Neighbour));
                remove.extend(occurrences.iter().map(|x| (x.doc, x.sentence)));
                false
            } else {
                true
            }
        });
        if judged.len() == before {
            break;
        }
    }
    if std::env::var_os("STORY_DEBUG_FURNITURE").is_some() {
        for (k, e) in &judged {
            eprintln!("furniture {e:?}: {k}");
        }
    }
    // Remove from the end of each document so that the numbers stay valid.
    for &(d, i) in remove.iter().rev() {
        let doc = &mut docs[d];
        let s = doc.sentences.remove(i);
        doc.removed.push(Removed {
            text: s.text,
            reason: Furniture::Recurring,
        });
    }
    for (d, doc) in docs.iter_mut().enumerate() {
        if remove.range((d, 0)..(d + 1, 0)).next().is_some() {
            // Pushed last first: back in the order of the text.
            let n = remove.range((d, 0)..(d + 1, 0)).count();
            let at = doc.removed.len() - n;
            doc.removed[at..].reverse();
            crate::ingest::retitle(doc);
        }
    }
    judged
}

/// Words of the role an author's note gives its writer (`… is professor emeritus of …`,
/// `… is a senior fellow at …`, `… was assistant Treasury secretary …`).
const AUTHOR_ROLES: &[&str] = &[
    "author",
    "professor",
    "director",
    "editor",
    "fellow",
    "columnist",
    "correspondent",
    "chairman",
    "chair",
    "president",
    "secretary",
    "adviser",
    "advisor",
    "economist",
    "writer",
    "lecturer",
    "researcher",
    "founder",
    "former",
    "member",
    "analyst",
    "minister",
];

/// Takes off each article's author's note: its last sentence, when it tells who a person is
/// whom the article does not name before it (`Jo Park is professor of history at the
/// University of the Valley.`, `Jo Park, director of the Valley Institute, was water
/// secretary from 1990 to 1994.`): an opinion page's line about its writer, not the story's.
/// (A person the article has named is its subject: `… Park is a former mayor.` stays.)
pub fn remove_author_notes(docs: &mut [Document]) {
    for doc in docs.iter_mut() {
        let Some(last) = doc.sentences.last() else {
            continue;
        };
        let Some(surname) = author_note(&last.text) else {
            continue;
        };
        let before = &doc.sentences[..doc.sentences.len() - 1];
        if before.is_empty()
            || before.iter().any(|s| {
                s.text
                    .split_whitespace()
                    .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == surname)
            })
        {
            continue;
        }
        if let Some(s) = doc.sentences.pop() {
            doc.removed.push(Removed {
                text: s.text,
                reason: Furniture::Byline,
            });
        }
    }
}

/// The surname of the person a sentence says who is, when it reads as an author's note: a
/// name of two to four capitalised words (initials too), at most one aside between commas,
/// then `is` or `was` and, within five words, a word of [`AUTHOR_ROLES`].
fn author_note(text: &str) -> Option<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let name_len = words
        .iter()
        .take(5)
        .take_while(|w| {
            let w = w.trim_end_matches(',');
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        })
        .count();
    if !(2..=4).contains(&name_len) {
        return None;
    }
    let surname = words[name_len - 1];
    let mut at = name_len;
    if surname.ends_with(',') {
        // One aside: up to the next word that ends with a comma.
        let close = words[at..].iter().take(12).position(|w| w.ends_with(','))?;
        at += close + 1;
    }
    let verb = words.get(at)?;
    if !matches!(*verb, "is" | "was") {
        return None;
    }
    let role = words[at + 1..].iter().take(5).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        AUTHOR_ROLES.contains(&w.as_str())
    });
    role.then(|| surname.trim_end_matches(','))
}

#[cfg(test)]
mod tests;

/// Fewest comment signatures that make a page's tail a comment section.
const MIN_SIGNATURES: usize = 3;

/// Where a page's comment section starts, as an index into `lines`, when the page carries
/// one: readers' comments signed the way comment systems sign them (`Posted by: jo | May 4,
/// 2009 10:36 AM | Report abuse`), at least [`MIN_SIGNATURES`] of them. The section starts
/// at the post's own signature before the first comment (`By Jo Park | May 4, 2009; 5:15 PM
/// ET`), which ends the article, else at the first comment's signature; it runs to the end
/// of the page. Comments are readers' words, not the outlet's: they would make events and
/// claims of what readers wrote.
pub fn comment_section_start(lines: &[&str]) -> Option<usize> {
    let signed: Vec<usize> = (0..lines.len())
        .filter(|&i| is_comment_signature(lines[i]))
        .collect();
    let &first = signed.first()?;
    if signed.len() < MIN_SIGNATURES {
        return None;
    }
    Some(
        (0..first)
            .rev()
            .find(|&i| is_post_signature(lines[i]))
            .unwrap_or(first),
    )
}

/// A `|`-separated segment that stamps a post: a date and a clock time (`September 24,
/// 2008 11:04 AM`, `24/09/2008 23:04`).
fn is_time_stamp(segment: &str) -> bool {
    let words: Vec<String> = segment
        .split_whitespace()
        .map(|w| w.to_lowercase().trim_end_matches([',', ';']).to_string())
        .collect();
    let clock = words.iter().any(|w| {
        let w = w.trim_end_matches("am").trim_end_matches("pm");
        crate::statement::is_clock(w)
    });
    let date = words.iter().any(|w| {
        crate::timex::MONTHS.contains(&w.as_str())
            || (w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit()))
            || w.split('/')
                .filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                .count()
                == 3
    });
    clock && date && words.len() <= 8
}

/// A reader's comment signed by the comment system: `Posted by: jo | <stamp>`, a line that
/// opens with `| <stamp> |`, or one that opens with its stamp (`January 31, 2011 at 4:30 pm |
/// I think …`, as blog platforms print a comment).
fn is_comment_signature(line: &str) -> bool {
    let parts: Vec<&str> = line.split('|').collect();
    if parts.len() < 2 {
        return false;
    }
    if is_time_stamp(parts[0]) && parts[1..].iter().any(|p| !p.trim().is_empty()) {
        return true;
    }
    parts.windows(2).enumerate().any(|(k, w)| {
        if !is_time_stamp(w[1]) {
            return false;
        }
        let before = fold(w[0]);
        let poster = before
            .rsplit_once("posted by:")
            .is_some_and(|(_, name)| name.split_whitespace().count() <= 6);
        poster || (k == 0 && before.is_empty() && parts.len() > 2)
    })
}

/// The post's own signature: `By Jo Park | May 4, 2009; 5:15 PM ET`, at the start of a line.
fn is_post_signature(line: &str) -> bool {
    let Some((name, rest)) = line.split_once('|') else {
        return false;
    };
    let name = name.trim();
    let stamp = rest.split('"').next().unwrap_or(rest).replace(';', " ");
    let stamp: String = stamp
        .split_whitespace()
        .take(7)
        .collect::<Vec<_>>()
        .join(" ");
    name.strip_prefix("By ")
        .is_some_and(|n| (1..=5).contains(&n.split_whitespace().count()))
        && is_time_stamp(&stamp)
}
