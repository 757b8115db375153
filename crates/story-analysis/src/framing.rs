//! Framing: how each source tells the story. Counts of evaluative words and hedges (general
//! lexicons in `data/`), attributions (speech verbs, `according to`), quotes, first-person
//! words and rhetorical questions; a source whose opinion signals outweigh its reporting
//! signals is `opinion`.

use std::collections::BTreeMap;
use story_core::DocNo;

use story_core::{Document, Framing, Quote, Stance};

fn lexicon(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "told",
    "according",
    "stated",
    "declared",
    "announced",
    "added",
    "noted",
    "claimed",
    "reported",
];
const FIRST_PERSON: &[&str] = &["i", "we", "us", "our", "ours", "me", "my", "let's", "let’s"];

/// A word of the first person (`I`, `we`, `our`, …), not `US` the country in capitals.
pub(crate) fn is_first_person(word: &str) -> bool {
    let all_caps = word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase());
    FIRST_PERSON.contains(&word.to_lowercase().as_str()) && !all_caps
}

/// Opinion signals per hundred sentences above which a source reads as opinion.
const OPINION_AT: f64 = 30.0;

pub fn extract(docs: &[Document], quotes: &[Quote]) -> Vec<Framing> {
    let evaluative = lexicon(include_str!("../data/evaluative.txt"));
    let hedges = lexicon(include_str!("../data/hedges.txt"));
    docs.iter()
        .enumerate()
        .map(|(d, doc)| {
            let no = DocNo::at(d);
            let mut loaded: BTreeMap<String, u32> = BTreeMap::new();
            let mut hedged: BTreeMap<String, u32> = BTreeMap::new();
            let (mut attributions, mut first_person, mut questions) = (0u32, 0u32, 0u32);
            let body: Vec<_> = doc.sentences.iter().filter(|s| !s.heading).collect();
            for s in &body {
                if s.text.trim_end_matches(['”', '"', '’', ')']).ends_with('?') {
                    questions += 1;
                }
                for w in s
                    .text
                    .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                {
                    let l = w.to_lowercase();
                    if evaluative.contains(&l.as_str()) {
                        *loaded.entry(l.clone()).or_default() += 1;
                    }
                    // `May` the month is no hedge: hedges only in lower case.
                    if hedges.contains(&l.as_str()) && w == l {
                        *hedged.entry(l.clone()).or_default() += 1;
                    }
                    if ATTRIBUTION.contains(&l.as_str()) {
                        attributions += 1;
                    }
                    if is_first_person(w) {
                        first_person += 1;
                    }
                }
            }
            let quotes_here = quotes
                .iter()
                .filter(|q| q.doc == no && q.kind == story_core::QuoteKind::Speech)
                .count() as u32;
            let n = body.len().max(1) as f64;
            let opinion = loaded.values().sum::<u32>() as f64
                + 2.0 * f64::from(first_person)
                + 2.0 * f64::from(questions);
            let report = f64::from(attributions + quotes_here);
            let opinion_score = ((opinion - report) * 100.0 / n).max(0.0);
            let sorted = |m: BTreeMap<String, u32>| {
                let mut v: Vec<(String, u32)> = m.into_iter().collect();
                v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                v
            };
            Framing {
                doc: no,
                stance: if opinion_score >= OPINION_AT {
                    Stance::Opinion
                } else {
                    Stance::Report
                },
                opinion_score: (opinion_score * 10.0).round() / 10.0,
                loaded: sorted(loaded),
                hedges: sorted(hedged),
                attributions,
                quotes: quotes_here,
                first_person,
                questions,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{build, SourceFile};

    #[test]
    fn opinion_and_report() {
        let ix = build(&[
            SourceFile::new("op.txt", "What a stunning, cynical move. Can we really trust them? We think not. It was a shameful day."),
            SourceFile::new("news.txt", "The minister said the plan would start in May. Officials told reporters it may cost more, according to the ministry."),
        ])
        .unwrap();
        let op = &ix.framing[1];
        assert_eq!(ix.doc_id(op.doc), "op");
        assert_eq!(op.stance, story_core::Stance::Opinion);
        assert_eq!(
            op.loaded.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["cynical", "shameful", "stunning"]
        );
        assert_eq!(op.questions, 1);
        let news = &ix.framing[0];
        assert_eq!(news.stance, story_core::Stance::Report);
        assert_eq!(news.hedges, [("may".to_string(), 1)]);
        assert_eq!(news.attributions, 3);
    }
}
