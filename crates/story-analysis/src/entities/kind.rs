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
    addressed: u32,
    after_the: u32,
    /// After `the` and heading its phrase (`the Acme said`, not `the Park family`).
    the_head: u32,
    /// After a preposition of place (`in`, `at`, `near`, `outside`).
    placed: u32,
    team: u32,
    company: u32,
    thing: u32,
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
        self.addressed += u32::from(f.addressed);
        self.after_the += u32::from(f.after_the);
        self.the_head += u32::from(f.after_the && !f.modifies);
        self.placed += u32::from(f.in_place);
        self.team += u32::from(f.team);
        self.company += u32::from(f.company);
        self.thing += u32::from(f.thing);
    }

    /// The type most mentions have (a title or being spoken to counts for a person twice, words of a company
    /// after it for an organisation twice); ties go to the first of person, organisation,
    /// place, other.
    pub fn best(&self) -> NerType {
        let per = self.per + 2 * (self.titled + self.addressed);
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

    /// Whether the corpus calls it a thing (`the drug Zanavir`) twice and never titles it.
    pub fn called_a_thing(&self) -> bool {
        self.titled == 0 && self.thing >= 2 && self.thing > self.company
    }

    /// Whether the corpus calls it a body (`the news network Al-Falah`, `Acme shares`)
    /// twice, and more than twice as often as it titles it.
    pub fn called_a_body(&self) -> bool {
        self.company >= 2 && self.company > 2 * self.titled
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

/// Whether a name of several words ends with a word that names a kind of body (not a given
/// name and a surname, `Jo Fund`).
pub fn names_a_body(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && in_list(lists::org_words(), &last_word(name))
        && !(words.len() == 2 && lists::is_given_name(words[0]))
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
    let best = votes.best();
    // What the corpus calls it, twice and never with a title, it is: `the drug Zanavir`,
    // `the Al-Falah news network`, whatever the tagger took the word for.
    if votes.called_a_thing() {
        return EntityKind::Other;
    }
    if votes.called_a_body() && best == NerType::Per {
        return EntityKind::Organisation;
    }
    // A disease or a virus by the last word of one of its names (`Severe Acute Respiratory
    // Syndrome`, whatever its acronym was taken for), and a name with a figure in it that the
    // tagger took for a person or a place (a strain, a model: `H5N1`, `A320`; `G8` stays a
    // body), is a thing.
    let disease = names
        .keys()
        .any(|n| n.contains(' ') && in_list(lists::thing_words(), &last_word(n)));
    let figure = canonical.chars().any(|c| c.is_ascii_digit());
    if disease || figure && matches!(best, NerType::Per | NerType::Loc) {
        return EntityKind::Other;
    }
    // A name of several words whose last word names a kind of body (`Okafor Brothers`,
    // `Vantari Holdings`; `data/org-words.txt`), never titled, is a body whatever the tagger
    // read in its first words.
    if names_a_body(canonical) && votes.titled == 0 {
        return EntityKind::Organisation;
    }
    // A single word never titled: a name the corpus never gives as a person's in full.
    let lone = !canonical.contains(' ') && votes.titled == 0;
    match best {
        // A single name that is no known place and mostly follows `the` is a body (`the
        // Taliban`, `the Kremlin`), whether the tagger took it for a place or, never titled,
        // for a person: a person's name seldom follows `the`.
        NerType::Loc
            if !canonical.contains(' ')
                && !lists::is_place_name(canonical)
                && votes.after_the * 2 >= total =>
        {
            EntityKind::Organisation
        }
        NerType::Per
            if lone
                && !lists::is_place_name(canonical)
                && !lists::is_title(canonical)
                && total >= 3
                && votes.the_head * 2 >= total =>
        {
            EntityKind::Organisation
        }
        // An acronym that is no place or person is an organisation (`OSCE`).
        NerType::Misc if acronym => EntityKind::Organisation,
        // A single word never written as a full name, with words of business around it
        // (`Acme said it`, `cables giant Acme`) or that names a kind of body (`Treasury`),
        // is no person's name: the corpus would name a person in full somewhere.
        NerType::Per if lone && (votes.company > 0 || in_list(lists::org_words(), canonical)) => {
            EntityKind::Organisation
        }
        // Likewise a single name that a quarter of its mentions place something in or at
        // (`in Ardmore`, `near Ardmore`), never titled: a place's name, not a person's.
        NerType::Per if lone && total >= 3 && votes.placed * 4 >= total => EntityKind::Place,
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
            thing: false,
            in_place: false,
            addressed: false,
            modifies: false,
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

    #[test]
    fn a_name_that_follows_the_is_a_body() {
        let one = |n: &'static str| BTreeMap::from([(n, 1)]);
        let the = |modifies: bool| {
            let mut f = found(NerType::Per, false, false);
            f.after_the = true;
            f.modifies = modifies;
            f
        };
        // `the Vantari said …`, `… by the Vantari.`: a body, though the tagger read a person.
        let v = votes(&[the(false), the(false), found(NerType::Per, false, false)]);
        assert_eq!(
            decide("Vantari", &one("Vantari"), &v),
            EntityKind::Organisation
        );
        // `the Okafor family`, `the Okafor government`: a person's name describing a noun.
        let v = votes(&[the(true), the(true), found(NerType::Per, false, false)]);
        assert_eq!(decide("Okafor", &one("Okafor"), &v), EntityKind::Person);
        // Titled once: a person.
        let v = votes(&[the(false), the(false), found(NerType::Per, true, false)]);
        assert_eq!(decide("Okafor", &one("Okafor"), &v), EntityKind::Person);
        // Twice is too little to tell.
        let v = votes(&[the(false), the(false)]);
        assert_eq!(decide("Okafor", &one("Okafor"), &v), EntityKind::Person);
    }

    #[test]
    fn a_name_ending_in_a_kind_of_body_is_one() {
        let one = |n: &'static str| BTreeMap::from([(n, 1)]);
        let v = votes(&[
            found(NerType::Per, false, false),
            found(NerType::Loc, false, false),
        ]);
        assert_eq!(
            decide("Okafor Brothers", &one("Okafor Brothers"), &v),
            EntityKind::Organisation
        );
        assert_eq!(
            decide("Millbrook University", &one("Millbrook University"), &v),
            EntityKind::Organisation
        );
        // A given name and a surname that is also such a word; a titled name.
        assert_eq!(
            decide("John Fund", &one("John Fund"), &v),
            EntityKind::Person
        );
        let v = votes(&[found(NerType::Per, true, false)]);
        assert_eq!(
            decide("Okafor Brothers", &one("Okafor Brothers"), &v),
            EntityKind::Person
        );
    }

    #[test]
    fn a_name_things_happen_in_is_a_place() {
        let one = |n: &'static str| BTreeMap::from([(n, 1)]);
        let placed = || {
            let mut f = found(NerType::Per, false, false);
            f.in_place = true;
            f
        };
        let per = || found(NerType::Per, false, false);
        // `fighting in Ardmore`, `Ardmore fell`, `Ardmore's mayor`: a quarter placed, a town.
        let v = votes(&[placed(), per(), per(), per()]);
        assert_eq!(decide("Ardmore", &one("Ardmore"), &v), EntityKind::Place);
        // Fewer than a quarter, or titled once: a person.
        let v = votes(&[placed(), per(), per(), per(), per()]);
        assert_eq!(decide("Ardmore", &one("Ardmore"), &v), EntityKind::Person);
        let v = votes(&[placed(), placed(), found(NerType::Per, true, false)]);
        assert_eq!(decide("Ardmore", &one("Ardmore"), &v), EntityKind::Person);
    }

    #[test]
    fn things_are_neither_people_nor_places() {
        let one = |n: &'static str| BTreeMap::from([(n, 1)]);
        // Twice called a drug, never titled: a thing, whatever the tagger said.
        let mut drug = found(NerType::Per, false, false);
        drug.thing = true;
        let v = votes(&[drug.clone(), drug, found(NerType::Per, false, false)]);
        assert_eq!(decide("Zanavir", &one("Zanavir"), &v), EntityKind::Other);
        // Once is not enough.
        let mut drug = found(NerType::Per, false, false);
        drug.thing = true;
        let v = votes(&[drug, found(NerType::Per, false, false)]);
        assert_eq!(decide("Zanavir", &one("Zanavir"), &v), EntityKind::Person);
        // A name with a figure, taken for a place: a strain.
        let v = votes(&[found(NerType::Loc, false, false)]);
        assert_eq!(decide("H7N3", &one("H7N3"), &v), EntityKind::Other);
        let v = votes(&[found(NerType::Org, false, false)]);
        assert_eq!(decide("G8", &one("G8"), &v), EntityKind::Organisation);
        // A disease by its name's last word, its acronym taken for a body.
        let names = BTreeMap::from([("Coastal Wasting Syndrome", 1), ("CWS", 3)]);
        let v = votes(&[found(NerType::Org, false, false)]);
        assert_eq!(
            decide("Coastal Wasting Syndrome", &names, &v),
            EntityKind::Other
        );
        // Called a network twice: a body, though the tagger read a person's name.
        let mut network = found(NerType::Per, false, false);
        network.company = true;
        let v = votes(&[network.clone(), network, found(NerType::Per, false, false)]);
        assert_eq!(
            decide("Al Falah", &one("Al Falah"), &v),
            EntityKind::Organisation
        );
        // A title says person whatever else is said.
        let mut titled = found(NerType::Per, true, false);
        titled.company = true;
        let mut network = found(NerType::Per, false, false);
        network.company = true;
        let v = votes(&[titled, network]);
        assert_eq!(decide("Jo Falah", &one("Jo Falah"), &v), EntityKind::Person);
    }
}
