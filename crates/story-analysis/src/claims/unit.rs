//! A sentence as the claims see it: its features for alignment (concepts, paraphrase groups,
//! entities, years, figures) and what conflicts compare (quantities, dates, places, the
//! permanence and direction of its action).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;
use story_core::DocNo;

use story_core::time::value_range;
use story_core::{Document, Entity, TimexType};
use unicode_segmentation::UnicodeSegmentation;

use super::mode::{self, Mode};
use super::quantity::{quantities, Quantity};
use crate::entities::spelling::{fold, surname_key};
use crate::text::{Words, SPEECH_VERBS, STOP_WORDS};

/// An entity named in a sentence: its id and span (chars).
type NameSpan<'a> = (&'a str, u32, u32);

/// A clause of a sentence (a sentence of one clause is one unit).
pub(super) struct Unit {
    pub doc: usize,
    pub sentence: usize,
    /// The clause in the sentence (bytes), and whether it is the whole sentence.
    pub clause: (usize, usize),
    pub whole: bool,
    /// The clause is a relative one (`…, which has killed more than 100 people`): what it
    /// says, the sentence says in passing.
    pub aside: bool,
    /// Rarity-weighted features, by interned key, sorted; and their total weight.
    pub features: Vec<(u32, f64)>,
    pub total: f64,
    /// The keys of its content features (concepts and paraphrase groups, not names, years
    /// or figures).
    pub content: Vec<u32>,
    /// The keys of the features it has only where it says who speaks ([`attribution`]),
    /// sorted: what two clauses share there is a speaker, not a fact.
    pub speaker: Vec<u32>,
    /// The content keys it tells of as denied or unreal (`did not resign`, `demanded his
    /// resignation`; [`super::mode`]), with their mode, sorted by key: the rest it tells
    /// of as real.
    pub modes: Vec<(u32, Mode)>,
    /// The paraphrase groups it holds (`~name`), and their keys.
    pub groups: Vec<String>,
    pub group_keys: Vec<u32>,
    /// The phrases of those groups it holds, as `~name#number`: two clauses that hold a group
    /// by the same phrase say it in the same words, not in other words.
    pub phrases: Vec<String>,
    /// Years its DATE expressions cover.
    pub years: Vec<i32>,
    pub quantities: Vec<Quantity>,
    /// Every figure of the whole sentence outside its time expressions, in digits or words
    /// (`19`, `4.5`, `two`), sorted: two sentences that give different figures state
    /// different facts, whichever clause aligns them.
    pub figures: Vec<String>,
    /// DATE values with their text.
    pub dates: Vec<(String, String)>,
    /// Permanence words of the key action: `temporary` or `final`, with the word.
    pub action: Vec<(&'static str, String)>,
    /// Places named (entity ids and names, with their spans in chars).
    pub places: Vec<(String, String, u32)>,
    /// Direction words: `up` or `down`, with the word.
    pub direction: Vec<(&'static str, String)>,
    /// Who and where the sentence tells of, outside the words that say who speaks: the
    /// people it names by the spellings of their surnames (`Okafor` and `Ada Okafor`
    /// are one), the bodies and places by those of the long words of their names; sorted.
    pub actors: Vec<String>,
}

/// Words that make the key action temporary, and words that make it final.
const TEMPORARY: &[&str] = &[
    "suspend",
    "suspended",
    "suspending",
    "suspension",
    "temporarily",
    "temporary",
    "pause",
    "paused",
    "interim",
    "provisionally",
    "provisional",
];
const FINAL: &[&str] = &[
    "annul",
    "annulled",
    "annulling",
    "annulment",
    "revoke",
    "revoked",
    "revoking",
    "rescind",
    "rescinded",
    "abolish",
    "abolished",
    "permanently",
    "scrapped",
];

/// Verbs of a change upward and downward (not `up`, `more`: `up to 60` is no rise).
const UP: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "increased",
    "increases",
    "grew",
    "grown",
    "grows",
    "climbed",
    "surged",
    "expanded",
    "tripled",
    "doubled",
];
const DOWN: &[&str] = &[
    "fell",
    "fallen",
    "falls",
    "decreased",
    "decreases",
    "shrank",
    "shrunk",
    "shrinks",
    "dropped",
    "declined",
    "plunged",
    "contracted",
    "halved",
];

/// The contrasts of `data/paraphrases.txt`: pairs of group names (`~a`, `~b`).
pub(super) fn contrasts() -> &'static Vec<(String, String)> {
    static CONTRASTS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    CONTRASTS.get_or_init(|| {
        include_str!("../../data/paraphrases.txt")
            .lines()
            .filter_map(|l| l.trim().strip_prefix("contrast:"))
            .filter_map(|l| l.split_once('|'))
            .map(|(a, b)| (format!("~{}", a.trim()), format!("~{}", b.trim())))
            .collect()
    })
}

/// Words too light to say what a sentence states: contractions (`didn't`, `I'm`) and verbs
/// of thinking, wanting and seeming, which any two remarks share.
fn is_light(word: &str) -> bool {
    const LIGHT: &[&str] = &[
        "think", "thought", "know", "knew", "known", "want", "wanted", "wants", "seem", "seemed",
        "seems", "thing", "things", "really", "lot", "going", "like", "just", "good", "people",
        "believe", "need", "needs", "needed", "told", "tell", "asked", "say", "saying", "look",
        "looking", "feel", "felt", "sure", "mean", "means", "let", "yes", "ok", "okay", "right",
        "way", "still",
    ];
    let lower = word.to_lowercase();
    lower.contains(['\'', '’']) || LIGHT.contains(&lower.as_str())
}

/// The paraphrase groups of `data/paraphrases.txt`: each phrase as stems (`a/b` either), `*`
/// a gap.
fn paraphrases() -> &'static Vec<(String, Vec<Vec<String>>)> {
    static GROUPS: OnceLock<Vec<(String, Vec<Vec<String>>)>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let words = Words::shared();
        include_str!("../../data/paraphrases.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("contrast:"))
            .filter_map(|l| l.split_once(':'))
            .map(|(name, phrases)| {
                let phrases = phrases
                    .split('|')
                    .map(|p| {
                        p.split_whitespace()
                            .map(|w| {
                                if w == "*" {
                                    w.to_string()
                                } else if let Some(not) = w.strip_prefix('!') {
                                    let alts: Vec<String> =
                                        not.split('/').map(|a| words.phrase_word(a)).collect();
                                    format!("!{}", alts.join("/"))
                                } else {
                                    w.split('/')
                                        .map(|a| words.phrase_word(a))
                                        .collect::<Vec<_>>()
                                        .join("/")
                                }
                            })
                            .collect()
                    })
                    .collect();
                (format!("~{}", name.trim()), phrases)
            })
            .collect()
    })
}

/// A phrase of a paraphrase group held by a clause: its number in the group, and the
/// indices of its first word and of the word after its last.
type Held = (usize, (usize, usize));

/// Where the stems `text` first hold `phrase` (`*` matching up to five words): the indices
/// of its first word and of the word after its last.
fn held_at(text: &[String], phrase: &[String]) -> Option<(usize, usize)> {
    /// Where the phrase ends when it is held from `at`.
    fn from(text: &[String], at: usize, phrase: &[String]) -> Option<usize> {
        match phrase.split_first() {
            None => Some(at),
            Some((w, rest)) if w == "*" => (0..=5)
                .filter(|gap| at + gap <= text.len())
                .find_map(|gap| from(text, at + gap, rest)),
            Some((w, rest)) => {
                if text.get(at).is_some_and(|t| w.split('/').any(|a| a == t)) {
                    from(text, at + 1, rest)
                } else {
                    None
                }
            }
        }
    }
    // `!a/b` first: the word before the phrase is none of these.
    let (not_after, phrase) = match phrase.split_first() {
        Some((w, rest)) if w.starts_with('!') => (Some(&w[1..]), rest),
        _ => (None, phrase),
    };
    (0..text.len())
        .filter(|&at| {
            not_after.is_none_or(|not| {
                at == 0
                    || !not
                        .split('/')
                        .any(|a| text.get(at - 1).is_some_and(|t| t == a))
            })
        })
        .find_map(|at| from(text, at, phrase).map(|end| (at, end)))
}

/// The words of `text` found in one of two word lists, each with its list's name.
fn two_sided(
    text: &str,
    (a, a_name): (&[&str], &'static str),
    (b, b_name): (&[&str], &'static str),
) -> Vec<(&'static str, String)> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| {
            let l = w.to_lowercase();
            if a.contains(&l.as_str()) {
                Some((a_name, w.to_string()))
            } else if b.contains(&l.as_str()) {
                Some((b_name, w.to_string()))
            } else {
                None
            }
        })
        .collect()
}

/// First words of a page's or a show's words to its reader, which state no fact of the
/// story: prompts (imperatives), thanks and greetings, introductions.
const SERVICE_OPENERS: &[&str] = &[
    "follow",
    "click",
    "read",
    "watch",
    "listen",
    "see",
    "share",
    "subscribe",
    "sign",
    "send",
    "email",
    "e-mail",
    "join",
    "visit",
    "check",
    "download",
    "explore",
    "browse",
    "scroll",
    "thanks",
    "thank",
    "welcome",
    "hello",
    "here's",
    "here're",
];

/// Whether a sentence reads as a statement of fact by the source: not a question or an
/// exclamation, and no first or second person outside quotation marks (a reader's comment,
/// an opinion, a service note: `You can do this by …`).
pub(super) fn states_a_fact(text: &str) -> bool {
    let end = text.trim_end_matches(['”', '"', '’', '\'', ')', ' ']);
    if end.ends_with(['?', '!']) {
        return false;
    }
    // The page or the show speaking to its reader: a prompt (`Follow the latest updates`,
    // `Click here`), thanks or a greeting (`Thanks Jo and Sam.`), an introduction (`Here's
    // the spokesman, Jo Park.`), or the site on itself (`… the topics this blog covers`).
    let first = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .to_lowercase();
    if SERVICE_OPENERS.contains(&first.replace('’', "'").as_str()) {
        return false;
    }
    // A prompt after what it is for (`For a look at …, click here.`, `To reach …, email …`).
    let prompt = matches!(first.as_str(), "for" | "to")
        && !text.contains(['"', '“'])
        && text.split(", ").skip(1).any(|rest| {
            let then = rest.split_whitespace().next().unwrap_or("").to_lowercase();
            SERVICE_OPENERS.contains(&then.as_str())
        });
    if prompt {
        return false;
    }
    let lower = text.to_lowercase();
    if ["this blog", "this website", "this site", "this page"]
        .iter()
        .any(|p| lower.contains(p))
    {
        return false;
    }
    let mut quoted = false;
    let mut word = String::new();
    for c in text.chars().chain([' ']) {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ => {}
        }
        if c.is_alphabetic() || c == '\'' || c == '’' {
            word.push(c);
            continue;
        }
        if !quoted && !word.is_empty() {
            let w = word.replace('’', "'");
            // `US` the country is no pronoun.
            if matches!(w.as_str(), "I" | "I'm" | "I've" | "I'd" | "I'll")
                || matches!(
                    w.to_lowercase().as_str(),
                    "we" | "we're" | "we've" | "our" | "you" | "your" | "you're" | "my" | "me"
                )
                || w == "us"
            {
                return false;
            }
        }
        word.clear();
    }
    true
}

/// The figures of a sentence outside the given time expressions (chars), as written without
/// thousands separators, sorted and without repeats.
pub(super) fn figures(text: &str, times: &[(u32, u32)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut chars = 0u32;
    let mut at = 0usize;
    // The two words before this one, in lower case.
    let mut last_two: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let start = at + text[at..].find(word).unwrap_or(0);
        chars += text[at..start].chars().count() as u32;
        let in_time = times.iter().any(|&(a, b)| a <= chars && chars < b);
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        if !in_time {
            if bare.chars().any(|c| c.is_ascii_digit())
                && bare
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
            {
                out.push(bare.replace(',', ""));
            } else if bare.chars().all(char::is_alphabetic)
                // A number in words (not `one`, `a`: `one of the …`).
                && matches!(crate::timex::tokens::number_word(&lower), Some(Some(n)) if n >= 2)
            {
                out.push(lower.clone());
            } else if let Some(head) = counted_compound(&lower) {
                // `14-year-old`, `eight-year-old`, `2,000-strong`: the number it counts.
                out.push(head);
            } else if MAGNITUDES.contains(&lower.as_str()) {
                // `thousands`, `tens of thousands`, `hundreds of thousands`: an order of
                // magnitude, which a figure of another order does not state.
                let of_many = |w: &str| w == "tens" || MAGNITUDES.contains(&w);
                match last_two.as_slice() {
                    [many, of] if of == "of" && of_many(many) => {
                        if out.last() == Some(many) {
                            out.pop();
                        }
                        out.push(format!("{many} of {lower}"));
                    }
                    _ => out.push(lower.clone()),
                }
            }
        }
        last_two.push(lower);
        if last_two.len() > 2 {
            last_two.remove(0);
        }
        chars += word.chars().count() as u32;
        at = start + word.len();
    }
    out.sort();
    out.dedup();
    out
}

/// Orders of magnitude said in words (`dozens of people`, `thousands feared dead`).
const MAGNITUDES: &[&str] = &[
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
];

/// Whether a figure of [`figures`] is an order of magnitude in words (`thousands`, `tens of
/// thousands`).
pub(super) fn is_magnitude(figure: &str) -> bool {
    figure
        .rsplit(' ')
        .next()
        .is_some_and(|w| MAGNITUDES.contains(&w))
}

/// The number that opens a hyphenated compound (`14-year-old` → `14`, `eight-year-old` →
/// `eight`, `2,000-strong` → `2000`), if one does.
fn counted_compound(word: &str) -> Option<String> {
    let (head, tail) = word.split_once('-')?;
    if tail.is_empty() || !tail.starts_with(char::is_alphabetic) {
        return None;
    }
    let digits = !head.is_empty()
        && head.starts_with(|c: char| c.is_ascii_digit())
        && head
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'));
    if digits {
        return Some(head.replace(',', ""));
    }
    (head.chars().all(char::is_alphabetic)
        && matches!(crate::timex::tokens::number_word(head), Some(Some(n)) if n >= 2))
    .then(|| head.to_string())
}

/// Where a sentence says who speaks (bytes): a short subject and its title before a verb of
/// speech that opens it (`Juan Cole, a historian at the University of Michigan, says …`, `A
/// hospital spokesman said: …`), a speaker after the last comma (`…, the minister said.`,
/// `…, said Jo Park, a doctor.`), what introduces a quotation after a colon (`Jo Park put it
/// this way: "…"`) and `according to` a source up to the next comma. Who
/// speaks is not what is said: two statements of one speaker are two facts.
pub(super) fn attribution(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> = crate::statement::word_spans(text).collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let speech = |w: &str| SPEECH_VERBS.contains(&bare(w).as_str());
    // Leading: at most five words of subject right before the verb (after an opening
    // phrase and its comma: `Speaking on Thursday, Mr Obama said`), or a subject and one
    // title between commas before it (`Jo Park, a historian, says`).
    if let Some(v) = words.iter().take(20).position(|(_, w)| speech(w)) {
        let head = &text[..words[v].0];
        let end = words[v].0 + words[v].1.len();
        let (before, subject) = head.rsplit_once(',').unwrap_or(("", head));
        let n = subject.split_whitespace().count();
        // (A verb that ends the sentence is a trailing speaker, below.)
        if v > 0 && v + 2 < words.len() && !head.contains(['"', '“', '”']) {
            if (1..=5).contains(&n) {
                out.push((head.len() - subject.len(), end));
            } else if n == 0 {
                // `Subject, title, says`: the subject is what stands before the first comma.
                let commas = before.matches(',').count();
                let first = before.split(',').next().unwrap_or("");
                if commas == 1 && (1..=5).contains(&first.split_whitespace().count()) {
                    out.push((0, end));
                }
            }
        }
    }
    // Trailing: after the last comma a speaker and a verb of speech (either order), or after
    // the one before it a verb of speech and a titled speaker (`…, said Jo Park, the mayor.`).
    let commas: Vec<usize> = text.match_indices(", ").map(|(at, _)| at).collect();
    for (k, &comma) in commas.iter().rev().take(2).enumerate() {
        let tail = &text[comma..];
        let tail_words: Vec<&str> = tail.split_whitespace().skip(1).collect();
        let first = tail_words.first().copied().unwrap_or("");
        let last = tail_words.last().copied().unwrap_or("");
        let verb_first = speech(first) && bare(first) != "says";
        // (A titled speaker after the verb may run longer: `…, said Jo Park, a historian at
        // the University of the Valley.`)
        let most = if verb_first { 16 } else { 10 };
        if tail_words.len() <= most
            && !tail.contains(['"', '“', '”'])
            && (verb_first || (k == 0 && speech(last)))
        {
            out.push((comma, text.len()));
            break;
        }
    }
    // What introduces a quotation after a colon (`Jo Park, a historian, put it this way:
    // "…"`, `The brothers said: "…"`): who speaks, and how.
    if let Some(colon) = text.find(": ") {
        let head = &text[..colon];
        let opens = text[colon + 2..].trim_start().starts_with(['"', '“']);
        if opens && !head.contains(['"', '“', '”']) && head.split_whitespace().count() <= 20 {
            out.push((0, colon + 1));
        }
    }
    // `according to the WHO,`
    let lower = text.to_lowercase();
    if let Some(at) = lower.find("according to ") {
        let end = lower[at..]
            .find([',', ';', '.'])
            .map_or(text.len(), |e| at + e);
        out.push((at, end));
    }
    out
}

/// Words that open a clause after a comma (`…, but no state has …`).
const CLAUSE_OPENERS: &[&str] = &[
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "and",
    "which",
    "who",
    "as",
    "after",
    "because",
    "since",
    "saying",
    "according",
    "where",
    "when",
    "amid",
    "so",
    "yet",
];
/// Words that open a sentence with a subordinate clause (`As no nation …, Russia …`).
const SUBORDINATE: &[&str] = &[
    "as",
    "while",
    "although",
    "though",
    "after",
    "before",
    "because",
    "since",
    "if",
    "when",
    "despite",
    "following",
    "with",
    "unlike",
];

/// Whether a clause tells of a question put to its speaker (`…, he said, when asked why the
/// river rose so fast`): what it asks about is no statement of the source's.
/// (A sentence that opens with the question, `Asked if …, she said …`, goes on with the
/// answer; `They were asked whether …` states that they were.)
pub(super) fn asks(clause: &str) -> bool {
    let words = crate::statement::lower_words(clause);
    words.windows(3).any(|w| {
        matches!(w[0].as_str(), "when" | "after" | "being" | "while")
            && w[1] == "asked"
            && matches!(
                w[2].as_str(),
                "why" | "whether" | "if" | "how" | "what" | "when" | "where" | "who" | "about"
            )
    })
}

/// Whether a clause is a relative one that runs to its end (`…, which may have killed more
/// than 100 people in Mexico`), not one the sentence's own verb follows after a comma (`the
/// group ISIS-K, which claims allegiance to …, was responsible for …`: the clause holds the
/// sentence's statement).
pub(super) fn is_aside(clause: &str) -> bool {
    let mut words = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    if !matches!(words.next(), Some("which" | "who")) {
        return false;
    }
    // The sentence's verb after the clause: a comma, then a verb of its own.
    !clause.match_indices(", ").any(|(at, _)| {
        let next = clause[at + 2..]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        matches!(
            next.as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "remains"
                | "remained"
        )
    })
}

/// A sentence's clauses, as byte ranges: cut at semicolons, colons and dashes, at a comma
/// before a word that opens a clause, and after a leading subordinate clause; never inside
/// a quotation, and never into a piece of fewer than four words.
pub(super) fn clauses(text: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<usize> = Vec::new();
    let mut quoted = false;
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let mut leading = SUBORDINATE.contains(&first.as_str());
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in bytes.iter().enumerate() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ => {}
        }
        if quoted {
            continue;
        }
        let next_space = bytes.get(k + 1).is_some_and(|x| x.1 == ' ');
        let rest = text[at + c.len_utf8()..].trim_start();
        let next_word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let cut = match c {
            ';' | ':' if next_space => true,
            '—' | '–' => true,
            ',' if next_space && leading => {
                leading = false;
                true
            }
            ',' if next_space => CLAUSE_OPENERS.contains(&next_word.as_str()),
            _ => false,
        };
        if cut {
            cuts.push(at + c.len_utf8());
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for cut in cuts.into_iter().chain([text.len()]) {
        let piece = &text[from..cut];
        if piece.split_whitespace().count() < 4 && cut != text.len() {
            continue;
        }
        match out.last_mut() {
            Some(last) if piece.split_whitespace().count() < 4 => last.1 = cut,
            _ => out.push((from, cut)),
        }
        from = cut;
    }
    out
}

/// A clause as read on its own: its unit without feature numbers, its features by name,
/// and of each feature whether only its speaker holds it.
type Read = (Unit, BTreeMap<String, f64>, Vec<bool>, Vec<Mode>);

/// The units of every sentence of running text (four words or more), with rarity weights.
pub(super) fn units(docs: &[Document], entities: &[Entity]) -> Vec<Unit> {
    let words = Words::shared();
    let mut spans: HashMap<(DocNo, u32), Vec<NameSpan>> = HashMap::new();
    for e in entities {
        for m in &e.mentions {
            spans
                .entry((m.doc, m.sentence))
                .or_default()
                .push((e.id.as_str(), m.start, m.end));
        }
    }
    let places: HashMap<&str, bool> = entities
        .iter()
        .map(|e| (e.id.as_str(), e.kind == story_core::EntityKind::Place))
        .collect();
    // Who and where: a person by the spellings of their surname, a body or a place by those
    // of each long word of its name (`Center` and `Centre for Coastal Research` share
    // `coastal`).
    let actors: HashMap<&str, Vec<String>> = entities
        .iter()
        .filter_map(|e| match e.kind {
            story_core::EntityKind::Person => {
                let surname = e.name.split_whitespace().last()?;
                Some((e.id.as_str(), vec![format!("p{}", surname_key(surname))]))
            }
            story_core::EntityKind::Organisation | story_core::EntityKind::Place => {
                let words: Vec<String> = fold(&e.name)
                    .split(' ')
                    .filter(|w| w.chars().count() >= 4 && !STOP_WORDS.contains(w))
                    .map(|w| format!("o{}", surname_key(w)))
                    .collect();
                (!words.is_empty()).then_some((e.id.as_str(), words))
            }
            _ => None,
        })
        .collect();
    let sentences = crate::par::sentences(docs);
    // Each sentence is read on its own, shared among the cores; its features are numbered
    // after, in the order of the corpus (sums follow that order).
    let read: Vec<Vec<Read>> = crate::par::map(&sentences, |&(d, i, s)| {
        let mut units = Vec::new();
        {
            // A heading, caption or schedule's line, and lines run together (a headline
            // into its summary, a ticker's items), state no one fact a claim could cite.
            if s.heading
                || s.text.split_whitespace().count() < 4
                || !states_a_fact(&s.text)
                || crate::statement::a_verbless_line(&s.text)
                || crate::statement::runs_on(&s.text)
            {
                return units;
            }
            // A speaker's label (`KAYE:`) says who speaks, not what: neither its name nor
            // its words align a sentence with another of the same speaker.
            let label_end = crate::statement::speaker_label(&s.text);
            if s.text[label_end..].split_whitespace().count() < 4 {
                return units;
            }
            let named = spans.get(&(DocNo::at(d), i as u32));
            let char_of = |byte: usize| s.text[..byte].chars().count() as u32;
            let overlaps = |a: usize, b: usize, spans: &[(u32, u32)]| {
                let (a, b) = (char_of(a), char_of(b));
                spans.iter().any(|&(x, y)| a < y && x < b)
            };
            let label_chars = char_of(label_end);
            let named: Vec<&NameSpan> = named
                .into_iter()
                .flatten()
                .filter(|n| n.1 >= label_chars)
                .collect();
            // Who speaks (bytes, then chars): its words and names are the speaker's, not
            // the fact's.
            let said_by = attribution(&s.text);
            let said_by_chars: Vec<(u32, u32)> = said_by
                .iter()
                .map(|&(a, b)| (char_of(a), char_of(b)))
                .collect();
            let name_spans: Vec<(u32, u32)> = named.iter().map(|n| (n.1, n.2)).collect();
            let times: Vec<(u32, u32)> = s.times.iter().map(|t| (t.start, t.end)).collect();
            // Durations keep their figures (`four or five months` is no `six months`).
            let dated: Vec<(u32, u32)> = s
                .times
                .iter()
                .filter(|t| t.kind != TimexType::Duration)
                .map(|t| (t.start, t.end))
                .collect();
            let figures = figures(&s.text, &dated);
            let all_words = words.content(&s.text);
            let sentence_quantities = quantities(&s.text, &times);
            let pieces = clauses(&s.text);
            let whole = pieces.len() == 1;
            // Who and where the whole sentence tells of, for each of its clauses.
            let mut actors_here: Vec<String> = named
                .iter()
                .filter(|(_, a, b)| !said_by_chars.iter().any(|&(x, y)| x <= *a && *b <= y))
                .filter_map(|(id, ..)| actors.get(id))
                .flatten()
                .cloned()
                .collect();
            actors_here.sort_unstable();
            actors_here.dedup();
            for (from, to) in pieces {
                let (cs, ce) = (char_of(from), char_of(to));
                let inside = |at: u32| cs <= at && at < ce;
                let clause = &s.text[from..to];
                if asks(clause) {
                    continue;
                }
                // Ordered: feature numbers are given in this order, and sums follow them.
                let mut features: BTreeMap<String, f64> = BTreeMap::new();
                // How the clause tells of each content feature: the mode of all its words,
                // or real where they differ.
                let stems: Vec<String> = clause
                    .unicode_words()
                    .map(|w| words.phrase_word(w))
                    .collect();
                // The paraphrase phrases it holds: each group's, by phrase number, with its
                // span of words.
                let held: Vec<(&String, Vec<Held>)> = paraphrases()
                    .iter()
                    .map(|(name, phrases)| {
                        let at = (0..phrases.len())
                            .filter_map(|k| held_at(&stems, &phrases[k]).map(|at| (k, at)))
                            .collect();
                        (name, at)
                    })
                    .filter(|(_, at): &(_, Vec<_>)| !at.is_empty())
                    .collect();
                // How the clause tells of each content feature: the mode of all its words,
                // or real where they differ. A phrase is told in the mode of its first
                // word, and so are its words: the denial a phrase holds (`no state *
                // recognise`) is its meaning, and no cue for the words after it.
                let spans: Vec<(usize, usize)> = held
                    .iter()
                    .flat_map(|(_, at)| at.iter().map(|&(_, span)| span))
                    .collect();
                let mut word_modes =
                    mode::modes(clause, |i| spans.iter().any(|&(a, b)| a <= i && i < b));
                let mut modes: HashMap<String, Mode> = HashMap::new();
                let mut tell = |key: &str, m: Mode| {
                    modes
                        .entry(key.to_string())
                        .and_modify(|old| {
                            if *old != m {
                                *old = Mode::Real
                            }
                        })
                        .or_insert(m);
                };
                let mut groups = Vec::new();
                let mut said = Vec::new();
                for (name, at) in held {
                    for &(_, (from, end)) in &at {
                        let m = word_modes.get(from).map_or(Mode::Real, |m| m.1);
                        tell(name, m);
                        for w in word_modes.iter_mut().take(end).skip(from) {
                            w.1 = m;
                        }
                    }
                    features.insert(name.clone(), 1.0);
                    groups.push(name.clone());
                    said.extend(at.iter().map(|(k, _)| format!("{name}#{k}")));
                }
                // Features of the speaker only, and of the rest of the clause.
                let mut speaker: BTreeSet<String> = BTreeSet::new();
                let mut stated: BTreeSet<String> = BTreeSet::new();
                for w in all_words
                    .iter()
                    .filter(|w| from.max(label_end) <= w.start && w.end <= to)
                    .filter(|w| !is_light(&s.text[w.start..w.end]))
                {
                    if !overlaps(w.start, w.end, &name_spans) && !overlaps(w.start, w.end, &times) {
                        features.insert(w.concept.clone(), 1.0);
                        tell(&w.concept, mode::at(&word_modes, w.start - from));
                        if said_by.iter().any(|&(a, b)| a <= w.start && w.end <= b) {
                            speaker.insert(w.concept.clone());
                        } else {
                            stated.insert(w.concept.clone());
                        }
                    }
                }
                let named_here: Vec<&NameSpan> =
                    named.iter().copied().filter(|n| inside(n.1)).collect();
                for (id, a, b) in &named_here {
                    features.insert(format!("@{id}"), 1.0);
                    if said_by_chars.iter().any(|&(x, y)| x <= *a && *b <= y) {
                        speaker.insert(format!("@{id}"));
                    } else {
                        stated.insert(format!("@{id}"));
                    }
                }
                let mut dates = Vec::new();
                let mut years = Vec::new();
                for t in s
                    .times
                    .iter()
                    .filter(|t| t.kind == TimexType::Date && inside(t.start))
                {
                    if let Some(v) = t.value.as_deref().filter(|v| value_range(v).is_some()) {
                        features.insert(format!("T{}", &v[..4.min(v.len())]), 1.0);
                        if let Ok(y) = v[..4.min(v.len())].parse::<i32>() {
                            years.push(y);
                        }
                        dates.push((v.to_string(), t.text.clone()));
                    }
                }
                let quantities: Vec<Quantity> = sentence_quantities
                    .iter()
                    .filter(|q| inside(q.start))
                    .cloned()
                    .collect();
                for q in &quantities {
                    features.insert(format!("#{}:{}", q.measure, q.low), 1.0);
                }
                let places = named_here
                    .iter()
                    .filter(|(id, _, _)| places.get(id).copied().unwrap_or(false))
                    .map(|(id, a, b)| {
                        (
                            id.to_string(),
                            s.text
                                .chars()
                                .skip(*a as usize)
                                .take((b - a) as usize)
                                .collect(),
                            *a,
                        )
                    })
                    .collect();
                // Of each feature, whether it is the speaker's only.
                let only_speaker: Vec<bool> = features
                    .keys()
                    .map(|k| speaker.contains(k) && !stated.contains(k))
                    .collect();
                years.sort_unstable();
                years.dedup();
                let aside = is_aside(clause);
                let unit = Unit {
                    doc: d,
                    sentence: i,
                    clause: (from, to),
                    whole,
                    aside,
                    features: Vec::new(),
                    total: 0.0,
                    content: Vec::new(),
                    speaker: Vec::new(),
                    modes: Vec::new(),
                    groups,
                    group_keys: Vec::new(),
                    phrases: said,
                    years,
                    quantities,
                    figures: figures.clone(),
                    dates,
                    action: two_sided(clause, (TEMPORARY, "temporary"), (FINAL, "final")),
                    places,
                    direction: two_sided(clause, (UP, "up"), (DOWN, "down")),
                    actors: actors_here.clone(),
                };
                let modes: Vec<Mode> = features
                    .keys()
                    .map(|k| modes.get(k).copied().unwrap_or(Mode::Real))
                    .collect();
                units.push((unit, features, only_speaker, modes));
            }
        }
        units
    });
    let mut units: Vec<Unit> = Vec::new();
    let mut keys: HashMap<String, u32> = HashMap::new();
    for (mut unit, features, only_speaker, modes) in read.into_iter().flatten() {
        for (((k, w), only_speaker), mode) in features.into_iter().zip(only_speaker).zip(modes) {
            let next = keys.len() as u32;
            let is_content = !k.starts_with(['@', 'T', '#']);
            let id = *keys.entry(k).or_insert(next);
            if is_content {
                unit.content.push(id);
            }
            if only_speaker {
                unit.speaker.push(id);
            }
            if is_content && mode != Mode::Real {
                unit.modes.push((id, mode));
            }
            unit.features.push((id, w));
        }
        unit.speaker.sort_unstable();
        unit.modes.sort_unstable();
        unit.group_keys = unit.groups.iter().map(|g| keys[g.as_str()]).collect();
        unit.features.sort_by_key(|f| f.0);
        unit.content.sort_unstable();
        units.push(unit);
    }
    // Rarity weights.
    let mut df: Vec<f64> = vec![0.0; keys.len()];
    for u in &units {
        for (k, _) in &u.features {
            df[*k as usize] += 1.0;
        }
    }
    let n = units.len().max(1) as f64;
    for u in units.iter_mut() {
        for (k, w) in u.features.iter_mut() {
            *w *= ((n + 1.0) / df[*k as usize].max(1.0)).ln();
        }
        u.total = u.features.iter().map(|f| f.1).sum();
    }
    units
}

/// How many units hold each feature key (for blocking).
pub(super) fn frequencies(units: &[Unit]) -> Vec<usize> {
    let keys = units
        .iter()
        .flat_map(|u| u.features.iter().map(|f| f.0 as usize + 1))
        .max()
        .unwrap_or(0);
    let mut df = vec![0; keys];
    for u in units {
        for (k, _) in &u.features {
            df[*k as usize] += 1;
        }
    }
    df
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pages_words_to_its_reader_state_no_fact() {
        for text in [
            "Follow the latest updates on the spread of the flood.",
            "Thanks Jo and Sam.",
            "Here's the ministry's spokesman, Jo Park.",
            "These are some of the popular topics this blog covers.",
            "Click here to read the full report.",
            "For a look at the flooded roads, click here.",
            "To reach the press office of a station, paper or site, email the desk.",
        ] {
            assert!(!states_a_fact(text), "{text}");
        }
        for text in [
            "The river rose two metres overnight.",
            "Readings from the gauge were sent to the ministry.",
            "Seeing the water rise, the mayor ordered an evacuation.",
        ] {
            assert!(states_a_fact(text), "{text}");
        }
    }

    #[test]
    fn who_speaks_is_found_where_a_sentence_says_it() {
        let said = |t: &str| -> Vec<String> {
            attribution(t)
                .into_iter()
                .map(|(a, b)| t[a..b].to_string())
                .collect()
        };
        assert_eq!(
            said("Jo Park, a historian at the University of Leeds, says Tunisia is different."),
            ["Jo Park, a historian at the University of Leeds, says"]
        );
        assert_eq!(
            said("Speaking in Leeds on Thursday, Mr Park said the river would crest."),
            [" Mr Park said"]
        );
        assert_eq!(
            said("A hospital spokesman said: the boy is well."),
            ["A hospital spokesman said:"]
        );
        assert_eq!(
            said("The river will crest on Friday, the mayor said."),
            [", the mayor said."]
        );
        assert_eq!(
            said("The river will crest on Friday, said Jo Park, the mayor."),
            [", said Jo Park, the mayor."]
        );
        assert_eq!(
            said("Roads will close, and long power cuts are likely, officials said."),
            [", officials said."]
        );
        assert_eq!(
            said("Three people died, according to the police, after the storm."),
            ["according to the police"]
        );
        // No speaker: a long subject, a quote before the verb, a verb far in.
        assert!(said(
            "The river that flooded the town last spring and the one beyond it says nothing."
        )
        .is_empty());
        assert!(said(
            "\"We will rebuild,\" the mayor said on Friday after the meeting with the council."
        )
        .is_empty());
        assert!(
            said("Rescuers pulled 14 people from the rubble of the school on Tuesday.").is_empty()
        );
    }

    #[test]
    fn paraphrase_phrases_match_with_gaps() {
        let words = Words::shared();
        let stems =
            |t: &str| -> Vec<String> { t.unicode_words().map(|w| words.phrase_word(w)).collect() };
        let group = |name: &str| {
            paraphrases()
                .iter()
                .find(|g| g.0 == name)
                .map(|g| g.1.clone())
                .unwrap_or_default()
        };
        let no = group("~no-recognition");
        assert!(no.iter().any(|p| held_at(
            &stems("no state has yet moved to officially recognise them"),
            p
        )
        .is_some()));
        assert!(no.iter().any(|p| held_at(
            &stems("As no nation currently recognizes the government"),
            p
        )
        .is_some()));
        assert!(!no
            .iter()
            .any(|p| held_at(&stems("Russia recognised the state of affairs"), p).is_some()));
        // A stop word is no stem of another word: `quite` is not `quit`.
        let resigned = group("~resignation");
        assert!(resigned
            .iter()
            .any(|p| held_at(&stems("The minister quit on Monday"), p).is_some()));
        assert!(!resigned
            .iter()
            .any(|p| held_at(&stems("The streets are quite calm tonight"), p).is_some()));
        // A reaction met with is no meeting.
        let meeting = group("~meeting");
        assert!(meeting.iter().any(|p| held_at(
            &stems("The envoy met with the mayor on Monday"),
            p
        )
        .is_some()));
        assert!(!meeting
            .iter()
            .any(|p| held_at(&stems("The marchers were met with tear gas"), p).is_some()));
    }
}
