//! What the reader marks in a sentence: entity mentions and time expressions, as
//! non-overlapping segments of the text. Built once from the index; a lookup per sentence.

use std::collections::HashMap;

use crate::index::{Index, Sentence};

/// What a marked segment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A mention of `index.entities[n]`.
    Entity(usize),
    /// `sentence.times[n]`.
    Time(usize),
}

/// A piece of a sentence: its text and what it is, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub mark: Option<Mark>,
}

/// A mention's span in its sentence (chars) and the entity's number: `(start, end, entity)`.
type EntitySpan = (u32, u32, usize);

/// Entity mentions by sentence: `(document index, sentence)` → spans.
#[derive(Clone, Debug, Default)]
pub struct Annotations {
    entities: HashMap<(usize, u32), Vec<EntitySpan>>,
}

impl Annotations {
    pub fn new(index: &Index) -> Self {
        let mut entities: HashMap<(usize, u32), Vec<EntitySpan>> = HashMap::new();
        for (e, entity) in index.entities.iter().enumerate() {
            for m in &entity.mentions {
                entities
                    .entry((m.doc.index(), m.sentence))
                    .or_default()
                    .push((m.start, m.end, e));
            }
        }
        Annotations { entities }
    }

    /// The segments of sentence `sentence` of document number `doc`.
    pub fn segments(&self, doc: usize, sentence: u32, s: &Sentence) -> Vec<Segment> {
        let mut spans: Vec<(u32, u32, Mark)> = s
            .times
            .iter()
            .enumerate()
            .map(|(i, t)| (t.start, t.end, Mark::Time(i)))
            .collect();
        if let Some(es) = self.entities.get(&(doc, sentence)) {
            spans.extend(es.iter().map(|&(a, b, e)| (a, b, Mark::Entity(e))));
        }
        segments(&s.text, spans)
    }
}

/// Cuts `text` at the spans (chars), first come first served where they overlap; spans out
/// of range are ignored.
pub fn segments(text: &str, mut spans: Vec<(u32, u32, Mark)>) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len() as u32;
    spans.retain(|&(a, b, _)| a < b && b <= len);
    crate::order::sort_by_key(&mut spans, |&(a, b, _)| (a, std::cmp::Reverse(b)));
    let mut out = Vec::new();
    let mut at = 0u32;
    let piece = |a: u32, b: u32| chars[a as usize..b as usize].iter().collect::<String>();
    for (a, b, mark) in spans {
        if a < at {
            continue;
        }
        if a > at {
            out.push(Segment {
                text: piece(at, a),
                mark: None,
            });
        }
        out.push(Segment {
            text: piece(a, b),
            mark: Some(mark),
        });
        at = b;
    }
    if at < len {
        out.push(Segment {
            text: piece(at, len),
            mark: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, spans: Vec<(u32, u32, Mark)>, expected: &[(&str, Option<Mark>)]) {
        let got = segments(text, spans);
        let got: Vec<(&str, Option<Mark>)> =
            got.iter().map(|s| (s.text.as_str(), s.mark)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn cuts_at_spans() {
        use Mark::*;
        check(
            "Putin met Lavrov in 2024.",
            vec![(0, 5, Entity(0)), (10, 16, Entity(1)), (20, 24, Time(0))],
            &[
                ("Putin", Some(Entity(0))),
                (" met ", None),
                ("Lavrov", Some(Entity(1))),
                (" in ", None),
                ("2024", Some(Time(0))),
                (".", None),
            ],
        );
        check("", vec![], &[]);
        check("abc", vec![], &[("abc", None)]);
        // Overlaps: the earlier, longer span wins; out-of-range and empty spans are ignored.
        check(
            "é ü x",
            vec![
                (0, 3, Time(0)),
                (2, 5, Entity(0)),
                (4, 9, Entity(1)),
                (1, 1, Time(1)),
            ],
            &[("é ü", Some(Time(0))), (" x", None)],
        );
    }
}
