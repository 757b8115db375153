//! A claim's label: its most representative sentence, read as a sentence. Picked among the
//! statements that read as running text (not a headline run-on, a caption or a photo credit),
//! the most like the others; cleaned of a leading dateline, credit or connective; shortened
//! only at a clause boundary, never mid-phrase.

/// Most words of a label before it is cut at a clause boundary.
const LONG: usize = 28;

/// Words that open a sentence only to link it to the one before.
const CONNECTIVES: &[&str] = &[
    "and",
    "but",
    "so",
    "yet",
    "also",
    "however",
    "meanwhile",
    "moreover",
    "furthermore",
    "still",
    "indeed",
    "notably",
    "relatedly",
    "previously",
    "separately",
    "additionally",
    "nevertheless",
    "nonetheless",
    "instead",
    "then",
    "thus",
    "now",
    "already",
    "or",
];

/// How much a sentence reads as a statement on its own, from 0 (not at all) to 1.
pub(super) fn readability(text: &str) -> f64 {
    let words = text.split_whitespace().count();
    let mut score: f64 = 1.0;
    // Run-ons of a headline, a summary's bullets or a caption.
    if text.contains(" * ")
        || text.contains(" | ")
        || text.contains("Photograph:")
        || text.contains("(Updates")
    {
        score *= 0.2;
    }
    if !text
        .trim_end()
        .ends_with(['.', '!', '”', '"', '’', '\'', ')'])
    {
        score *= 0.5;
    }
    if text.trim_end().ends_with('?') {
        score *= 0.5;
    }
    if !text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"')
    {
        score *= 0.6;
    }
    if words > 45 {
        score *= 0.5;
    }
    if words < 6 {
        score *= 0.7;
    }
    score
}

/// The label of a sentence: cleaned and, when long, cut at a clause boundary.
pub(super) fn label(text: &str) -> String {
    let mut t = text.trim();
    // A leading dateline or credit: `LONDON (Reuters) -`, `By A and B -`.
    let dash = [" - ", " — ", " – "]
        .iter()
        .filter_map(|d| t.find(d).map(|at| (at, d.len())))
        .min();
    if let Some((at, len)) = dash {
        let head = &t[..at];
        if head.contains('(') && head.contains(')') && head.split_whitespace().count() <= 6 {
            t = t[at + len..].trim_start_matches(['-', '—', ' ']);
        }
    }
    // A leading time stamp in parentheses: `(Update 8:53 p.m. Cairo, 1:53 p.m. ET)`.
    if t.starts_with('(') {
        if let Some(end) = t.find(')') {
            if t[..end].chars().any(|c| c.is_ascii_digit())
                && t[end + 1..].split_whitespace().count() >= 4
            {
                t = t[end + 1..].trim_start();
            }
        }
    }
    // A leading connective with its comma: `However, …`, `But …`.
    loop {
        let first = t.split_whitespace().next().unwrap_or("");
        let bare = first.trim_end_matches(',').to_lowercase();
        // `But`, `And` alone; others only with their comma (`So far` is no connective).
        let linked = first.ends_with(',') || matches!(bare.as_str(), "and" | "but" | "yet" | "or");
        if linked && CONNECTIVES.contains(&bare.as_str()) && t.split_whitespace().count() > 4 {
            t = t[first.len()..].trim_start();
        } else {
            break;
        }
    }
    let mut out = cut(t);
    out = out
        .trim_end_matches([',', ';', ':', ' ', '—', '–', '-'])
        .to_string();
    let mut chars = out.chars();
    if let Some(c) = chars.next() {
        out = c.to_uppercase().chain(chars).collect();
    }
    if !out.ends_with(['.', '!', '?', '”', '"', '’', '…']) {
        out.push('.');
    }
    out
}

/// A long sentence cut at the last clause boundary before `LONG` words (a semicolon, a dash,
/// or a comma before a subordinate or coordinated clause), kept whole when it has none.
fn cut(t: &str) -> String {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() <= LONG {
        return t.to_string();
    }
    let opens_clause = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "which"
                | "who"
                | "while"
                | "whereas"
                | "although"
                | "though"
                | "but"
                | "as"
                | "after"
                | "before"
                | "because"
                | "since"
                | "and"
                | "where"
                | "when"
                | "according"
                | "saying"
                | "said"
                | "amid"
                | "with"
        )
    };
    let mut best = None;
    for k in 8..LONG.min(words.len() - 3) {
        let w = words[k];
        let next = words[k + 1];
        let boundary = w.ends_with(';')
            || next == "—"
            || next == "-"
            || (w.ends_with(',') && opens_clause(next) && !in_quote(&words[..=k]));
        if boundary {
            best = Some(k);
        }
    }
    match best {
        Some(k) => words[..=k].join(" "),
        None => t.to_string(),
    }
}

/// Whether a quotation is open after these words.
fn in_quote(words: &[&str]) -> bool {
    let text = words.join(" ");
    let opens = text.matches('“').count();
    let closes = text.matches('”').count();
    opens > closes || text.matches('"').count() % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaned_and_cut_at_clauses() {
        assert_eq!(
            label("MEXICO CITY (Reuters) - But the virus has killed 20 people, officials said"),
            "The virus has killed 20 people, officials said."
        );
        assert_eq!(
            label("However, no country recognises them."),
            "No country recognises them."
        );
        let long = "The minister said on Monday that the talks on the new trade agreement between the two countries would resume next month, which officials of both governments described as a breakthrough after years of fruitless negotiations on tariffs.";
        assert_eq!(
            label(long),
            "The minister said on Monday that the talks on the new trade agreement between the two countries would resume next month."
        );
        // No boundary: whole, never cut mid-phrase.
        let run = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix twentyseven twentyeight twentynine thirty";
        assert_eq!(
            label(run),
            format!("{}.", {
                let mut c = run.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
        );
    }

    #[test]
    fn phrases_stay_whole() {
        assert_eq!(
            label("So far, 149 people have died."),
            "So far, 149 people have died."
        );
        assert_eq!(
            label("It kept the embassy open after the withdrawal—"),
            "It kept the embassy open after the withdrawal."
        );
    }

    #[test]
    fn datelines_with_any_dash() {
        assert_eq!(
            label("CAIRO (CNN) — Protesters filled the square again on Friday."),
            "Protesters filled the square again on Friday."
        );
        // Multi-byte dashes and letters: no slicing inside a character.
        assert_eq!(label("(À) — é"), "É.");
    }

    #[test]
    fn stamps_go() {
        assert_eq!(
            label("(Update 8:53 p.m. Cairo, 1:53 p.m. ET) The executive has been released, the company said."),
            "The executive has been released, the company said."
        );
    }

    #[test]
    fn run_ons_read_worse() {
        assert!(
            readability("Mexico announces outbreak * New virus * Residents don masks")
                < readability("Mexico announced an outbreak of a new virus.")
        );
    }
}
