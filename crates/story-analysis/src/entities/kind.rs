//! Step 3: one kind per entity, by the evidence of all its mentions: the tagger's type of
//! each mention, titles before it, the gazetteer and the words of its names.

use std::collections::BTreeMap;

use story_core::EntityKind;

use super::read::Found;
use super::tag::NerType;
use crate::gazetteer as lists;

/// The evidence for an entity's kind, summed over mentions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Votes {
    per: u32,
    org: u32,
    loc: u32,
    misc: u32,
    nationality: u32,
    titled: u32,
    after_the: u32,
    team: u32,
    company: u32,
}

impl Votes {
    pub fn add(&mut self, f: &Found) {
        match f.ner {
            NerType::Per => self.per += 1,
            NerType::Org => self.org += 1,
            NerType::Loc => self.loc += 1,
            NerType::Misc => self.misc += 1,
        }
        self.nationality += u32::from(f.nationality);
        self.titled += u32::from(f.titled);
        self.after_the += u32::from(f.after_the);
        self.team += u32::from(f.team);
        self.company += u32::from(f.company);
    }

    /// The type most mentions have (a title counts for a person twice, words of a company
    /// after it for an organisation twice); ties go to the first of person, organisation,
    /// place, other.
    pub fn best(&self) -> NerType {
        let per = self.per + 2 * self.titled;
        [
            (per, NerType::Per),
            (self.org + 2 * self.company, NerType::Org),
            (self.loc, NerType::Loc),
            (self.misc, NerType::Misc),
        ]
        .into_iter()
        .rev()
        .max_by_key(|(n, _)| *n)
        .map_or(NerType::Misc, |(_, t)| t)
    }

    /// Whether two names may be one entity by their types: the same type, or an organisation
    /// and a place (`European Union`, `EU`).
    pub fn agrees(&self, other: &Votes) -> bool {
        let (a, b) = (self.best(), other.best());
        a == b
            || matches!(
                (a, b),
                (NerType::Org, NerType::Loc) | (NerType::Loc, NerType::Org)
            )
    }

    pub fn is_person(&self) -> bool {
        self.best() == NerType::Per
    }

    /// Whether most mentions are a team's (a line of scores, beside `v`).
    pub fn is_team(&self) -> bool {
        self.team * 2 > self.per + self.org + self.loc + self.misc
    }

    pub fn is_place(&self) -> bool {
        self.best() == NerType::Loc
    }

    /// Whether most mentions are a nationality's or a people's (`French`, `Kurds`).
    pub fn is_people(&self) -> bool {
        self.nationality * 2 > self.per + self.org + self.loc + self.misc
    }
}

fn last_word(name: &str) -> String {
    name.split_whitespace()
        .last()
        .unwrap_or_default()
        .to_lowercase()
}

fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The kind of an entity: its canonical name, all its names with their counts, the votes
/// of its mentions.
pub fn decide(canonical: &str, names: &BTreeMap<&str, usize>, votes: &Votes) -> EntityKind {
    let total = votes.per + votes.org + votes.loc + votes.misc;
    if votes.nationality * 2 > total {
        return EntityKind::Nationality;
    }
    if votes.team * 2 > total {
        return EntityKind::Organisation;
    }
    if lists::is_place_name(canonical) && votes.per <= votes.loc + votes.org {
        return EntityKind::Place;
    }
    let acronym = super::rules::is_acronym(canonical);
    match votes.best() {
        // A single name that is no known place and mostly follows `the` is a body (`the
        // Taliban`, `the Kremlin`).
        NerType::Loc
            if !canonical.contains(' ')
                && !lists::is_place_name(canonical)
                && votes.after_the * 2 >= total =>
        {
            EntityKind::Organisation
        }
        // An acronym that is no place or person is an organisation (`OSCE`).
        NerType::Misc if acronym => EntityKind::Organisation,
        // A single word never written as a full name, with words of business around it
        // (`Acme said it`, `cables giant Acme`) or that names a kind of body (`Treasury`),
        // is no person's name: the corpus would name a person in full somewhere.
        NerType::Per
            if !canonical.contains(' ')
                && votes.titled == 0
                && (votes.company > 0 || in_list(lists::org_words(), canonical)) =>
        {
            EntityKind::Organisation
        }
        NerType::Per => EntityKind::Person,
        NerType::Org => EntityKind::Organisation,
        NerType::Loc => EntityKind::Place,
        NerType::Misc => {
            let event = names
                .keys()
                .any(|n| in_list(lists::event_words(), &last_word(n)));
            if event {
                EntityKind::Event
            } else {
                EntityKind::Other
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(ner: NerType, titled: bool, nationality: bool) -> Found {
        Found {
            doc: 0,
            sentence: 0,
            text: String::new(),
            start: 0,
            end: 0,
            ner,
            nationality,
            titled,
            after_the: false,
            team: false,
            defines: None,
            company: false,
            in_place: false,
        }
    }

    fn votes(list: &[Found]) -> Votes {
        let mut v = Votes::default();
        list.iter().for_each(|f| v.add(f));
        v
    }

    #[test]
    fn the_mentions_decide_together() {
        let one = |n: &'static str| BTreeMap::from([(n, 1)]);
        // Two mentions as a place, one as an organisation: a place.
        let v = votes(&[
            found(NerType::Loc, false, false),
            found(NerType::Loc, false, false),
            found(NerType::Org, false, false),
        ]);
        assert_eq!(
            decide("Millbrook", &one("Millbrook"), &v),
            EntityKind::Place
        );
        // A title outweighs a stray vote.
        let v = votes(&[
            found(NerType::Org, false, false),
            found(NerType::Per, true, false),
        ]);
        assert_eq!(decide("Okafor", &one("Okafor"), &v), EntityKind::Person);
        // A country of the gazetteer is a place even when the tagger says organisation.
        let v = votes(&[found(NerType::Org, false, false)]);
        assert_eq!(decide("Japan", &one("Japan"), &v), EntityKind::Place);
        // A one-word name with words of business about it is a company, not a person.
        let mut company = found(NerType::Per, false, false);
        company.company = true;
        let v = votes(&[
            found(NerType::Per, false, false),
            found(NerType::Per, false, false),
            company,
        ]);
        assert_eq!(decide("Acme", &one("Acme"), &v), EntityKind::Organisation);
        assert_eq!(decide("Jo Acme", &one("Jo Acme"), &v), EntityKind::Person);
        let v = votes(&[found(NerType::Misc, false, true)]);
        assert_eq!(decide("Iraqi", &one("Iraqi"), &v), EntityKind::Nationality);
        let v = votes(&[found(NerType::Misc, false, false)]);
        assert_eq!(
            decide("Asian Cup", &one("Asian Cup"), &v),
            EntityKind::Event
        );
    }
}
