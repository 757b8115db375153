//! Step 2: mentions into entities. The same name (by a comparable key) is one entity; then
//! aliases merge: acronyms with the name they define or whose initials they are, spellings
//! of one acronym (`U.S.`, `US`), hyphenated short forms (`ISIS-K` for `ISIS-Khorasan`),
//! spellings of one name when their context agrees (`super::spelling`), and a person's
//! surname with the one full name of the corpus that ends with it (never when the corpus
//! names two people of that surname or of a spelling of it); a one-word name alone (a first
//! name or a surname) with the one person its document names in full with that word.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use story_core::DocNo;

use story_core::{Document, Entity, Mention};

use super::kind::{self, Votes};
use super::read::Found;
use super::rules::is_acronym;
use super::spelling;

/// A comparable form of a name: accents, apostrophes and stops left out, hyphens read as
/// spaces ([`spelling::fold`]), an acronym's letters alone.
pub fn key(name: &str) -> String {
    let n = name.strip_prefix("the ").unwrap_or(name);
    let n = if let Some(rest) = n.strip_prefix("St. ") {
        format!("saint {rest}")
    } else {
        n.to_string()
    };
    if is_acronym(&n) {
        n.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    } else {
        spelling::fold(&n)
    }
}

/// What spellings of one multi-word name share, for telling which names an acronym's
/// initials may stand for: the skeleton without a leading article, each word without a
/// plural `s` (`The Centers for Disease Control`, `Center for Disease Control`).
fn variant_key(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let words = match words.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => &words[1..],
        _ => &words[..],
    };
    let bare: Vec<&str> = words
        .iter()
        .map(|w| w.strip_suffix('s').filter(|r| r.len() > 2).unwrap_or(w))
        .collect();
    spelling::skeleton(&bare.join(" "))
}

/// The initials of a multi-word name (`United States` → `us`), small words left out.
pub fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .filter(|w| !matches!(w.to_lowercase().as_str(), "of" | "the" | "and" | "for"))
        .collect();
    (words.len() >= 2).then(|| {
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .collect::<String>()
            .to_lowercase()
    })
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Distinct names (by key) and the evidence of their mentions.
struct Names {
    text: Vec<String>,
    votes: Vec<Votes>,
    index_of: HashMap<String, usize>,
    of_mention: Vec<usize>,
}

impl Names {
    fn of(found: &[Found]) -> Names {
        let mut n = Names {
            text: Vec::new(),
            votes: Vec::new(),
            index_of: HashMap::new(),
            of_mention: Vec::new(),
        };
        for f in found {
            // A team is not the place it is named after.
            let k = if f.team {
                format!("{}\u{1}team", key(&f.text))
            } else if f.nationality {
                // `Egyptian` and `Egyptians` are one people.
                let k = key(&f.text);
                k.strip_suffix('s').map_or(k.clone(), str::to_string)
            } else {
                key(&f.text)
            };
            let id = *n.index_of.entry(k).or_insert_with(|| {
                n.text.push(f.text.clone());
                n.votes.push(Votes::default());
                n.text.len() - 1
            });
            n.votes[id].add(f);
            n.of_mention.push(id);
        }
        n
    }
    fn get(&self, key: &str) -> Option<usize> {
        self.index_of.get(key).copied()
    }
}

/// The unions of names that are one entity, and the surnames that more than one person
/// named in full ends with (or a spelling of them).
fn aliases(
    found: &[Found],
    names: &Names,
    documents: usize,
) -> (UnionFind, HashMap<String, Shared>) {
    let mut uf = UnionFind((0..names.text.len()).collect());
    // Acronym definitions.
    for (f, &n) in found.iter().zip(&names.of_mention) {
        if let Some(a) = f.defines.as_deref().and_then(|acr| names.get(&key(acr))) {
            uf.union(n, a);
        }
    }
    // Initials of a name that stand as an acronym elsewhere, when their kinds agree. Where
    // several names have the acronym's initials (`European Union`, `El Universal`), it is
    // the one of them the corpus names most, at least twice as often as the next, or none.
    let mut mentions = vec![0usize; names.text.len()];
    for &n in &names.of_mention {
        mentions[n] += 1;
    }
    let mut by_acronym: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (n, name) in names.text.iter().enumerate() {
        if is_acronym(name) {
            continue;
        }
        if let Some(a) = initials(name).and_then(|ini| names.get(&ini)) {
            // A country's short form (`UK`) is never the initials of another name
            // (`University of Kinshasa`).
            let country = crate::gazetteer::is_place_name(&names.text[a])
                && !crate::gazetteer::is_place_name(name);
            if is_acronym(&names.text[a]) && !country && names.votes[a].agrees(&names.votes[n]) {
                by_acronym.entry(a).or_default().push(n);
            }
        }
    }
    for (a, ns) in by_acronym {
        // Spellings of one name count as one (`The World Health Organization`, `World Health
        // Organisation`): grouped by their skeleton without a leading article or plural `s`.
        let mut groups: BTreeMap<String, (usize, Vec<usize>)> = BTreeMap::new();
        for n in ns {
            let group = groups.entry(variant_key(&names.text[n])).or_default();
            group.0 += mentions[n];
            group.1.push(n);
        }
        let mut groups: Vec<(usize, Vec<usize>)> = groups.into_values().collect();
        groups.sort_by_key(|g| std::cmp::Reverse(g.0));
        let clear = groups.get(1).is_none_or(|next| groups[0].0 >= 2 * next.0);
        if clear {
            for &n in &groups[0].1 {
                uf.union(n, a);
            }
        }
    }
    // Names of one country (`data/place-aliases.txt`: `Britain`, `UK`), when the corpus
    // writes them as places or bodies (`America said`), never as a person or a team.
    for group in crate::gazetteer::place_aliases() {
        let present: Vec<usize> = group
            .iter()
            .filter_map(|n| names.get(&key(n)))
            .filter(|&n| !names.votes[n].is_person() && !names.votes[n].is_team())
            .collect();
        for pair in present.windows(2) {
            uf.union(pair[0], pair[1]);
        }
    }
    // Hyphenated short forms: `ISIS-K` for `ISIS-Khorasan`.
    for (a, short) in names.text.iter().enumerate() {
        let Some((head, tail)) = short.rsplit_once('-') else {
            continue;
        };
        if tail.chars().count() != 1 || !is_acronym(short) {
            continue;
        }
        for (b, long) in names.text.iter().enumerate() {
            if let Some(rest) = long.strip_prefix(&format!("{head}-")) {
                if rest.chars().count() > 1 && rest.starts_with(tail) {
                    uf.union(a, b);
                }
            }
        }
    }
    // A person's name with a middle name or a first name more is the shorter full name of
    // the corpus it extends: `Barack Hussein Obama` and `Barack Obama` (the same first and
    // last names), `Mohamed Hosni Mubarak` and `Hosni Mubarak` (the same last two).
    let people: Vec<(usize, Vec<&str>)> = names
        .text
        .iter()
        .enumerate()
        .filter(|(b, _)| names.votes[*b].is_person())
        .map(|(b, long)| (b, long.split_whitespace().collect::<Vec<&str>>()))
        .filter(|(_, ws)| ws.len() >= 2)
        .collect();
    let two: HashMap<(&str, &str), usize> = people
        .iter()
        .filter(|(_, ws)| ws.len() == 2)
        .map(|(b, ws)| ((ws[0], ws[1]), *b))
        .collect();
    for (b, ws) in people.iter().filter(|(_, ws)| ws.len() >= 3) {
        let last = ws[ws.len() - 1];
        for pair in [(ws[0], last), (ws[ws.len() - 2], last)] {
            if let Some(&short) = two.get(&pair) {
                uf.union(*b, short);
            }
        }
    }
    // A short form of a given name with the same surname (`Hank Doyle`, `Henry Doyle`;
    // `data/nicknames.txt`): one person, when the corpus names no one else of that surname
    // whose first name is neither.
    let mut by_surname: HashMap<String, Vec<(usize, &str)>> = HashMap::new();
    for (b, ws) in people.iter().filter(|(_, ws)| ws.len() == 2) {
        by_surname.entry(key(ws[1])).or_default().push((*b, ws[0]));
    }
    for named in by_surname.values() {
        let alike = |x: &str, y: &str| crate::gazetteer::same_given_name(x, y);
        for (i, &(a, first_a)) in named.iter().enumerate() {
            for &(b, first_b) in &named[i + 1..] {
                let others = named
                    .iter()
                    .any(|&(_, f)| !alike(f, first_a) && !alike(f, first_b));
                if key(first_a) != key(first_b) && alike(first_a, first_b) && !others {
                    uf.union(a, b);
                }
            }
        }
    }
    // Spellings of one name (`Hosni Mubarek`, `Qaddafi` and `Kadhafi`), when the context
    // agrees.
    let corpus = spelling::Corpus {
        text: &names.text,
        votes: &names.votes,
        found,
        of_mention: &names.of_mention,
        documents,
    };
    for (a, b) in spelling::variants(&corpus) {
        uf.union(a, b);
    }
    // A surname after the full name, when only one person of the corpus named in full ends
    // with it or with a spelling of it (full names already found to be one person count
    // once: a bare `Mubarek` names no one when the corpus names `Hosni Mubarak` and `Gamal
    // Mubarak`). A "full name" that is a misspelt title and a surname (`Presiden Obama`) or
    // two surnames run together (`Mubarak Obama`; not a given name first: `Thomas
    // Jefferson`) names no one else.
    let surnames: HashSet<&str> = people.iter().map(|(_, ws)| ws[ws.len() - 1]).collect();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    for (b, ws) in &people {
        let run_together = surnames.contains(ws[0]) && !crate::gazetteer::is_given_name(ws[0]);
        if ws.len() == 2 && (run_together || near_title(ws[0])) {
            continue;
        }
        by_last.entry(key(ws[ws.len() - 1])).or_default().push(*b);
    }
    // The full names of each surname's spellings.
    let mut spellings: HashMap<String, Vec<usize>> = HashMap::new();
    for (last, full) in &by_last {
        spellings
            .entry(spelling::surname_key(last))
            .or_default()
            .extend(full);
    }
    // One-word names that may be a surname, by key.
    let mut bare: HashMap<String, Vec<usize>> = HashMap::new();
    for (a, short) in names.text.iter().enumerate() {
        // A team is no person's surname (`Hamilton 3 … 4`, `G. Hamilton 61`), nor is a
        // body's name (`the Acme party`, `Acme MPs`: most of its mentions an organisation's).
        let not_a_surname =
            names.votes[a].is_place() || names.votes[a].is_team() || names.votes[a].called_a_body();
        if !short.contains(' ') && !is_acronym(short) && !not_a_surname {
            bare.entry(key(short)).or_default().push(a);
        }
    }
    // The first names of the people named in full, by key.
    let given: HashSet<String> = people
        .iter()
        .filter(|(_, ws)| !near_title(ws[0]))
        .map(|(_, ws)| key(ws[0]))
        .collect();
    let mut shared: HashMap<String, Shared> = HashMap::new();
    for (last, full) in &by_last {
        // The first full name of each person.
        let mut all = spellings[&spelling::surname_key(last)].clone();
        all.sort_unstable();
        let mut people: Vec<usize> = Vec::new();
        for b in all {
            let root = uf.find(b);
            if !people.iter().any(|&x| uf.find(x) == root) {
                people.push(b);
            }
        }
        if people.len() >= 2 {
            shared.insert(
                last.clone(),
                Shared {
                    people,
                    spelt: full.clone(),
                    spelt_one: full
                        .iter()
                        .map(|&b| uf.find(b))
                        .collect::<HashSet<_>>()
                        .len()
                        == 1,
                },
            );
        } else if let Some(&b) = full.first() {
            // A given name that is another person's first name too (`Michael` for `Michael
            // Park` beside `Alun Michael`) may be either of them alone: it names no one.
            if given.contains(last.as_str()) && crate::gazetteer::is_given_name(last) {
                continue;
            }
            for &a in bare.get(last).into_iter().flatten() {
                uf.union(a, b);
            }
        }
    }
    (uf, shared)
}

/// A title or a word one letter off one (`Presiden`, `Preident`): a misspelt title before a
/// surname.
fn near_title(word: &str) -> bool {
    if crate::gazetteer::is_title(word) {
        return true;
    }
    let w: Vec<char> = word.to_lowercase().chars().collect();
    w.len() >= 5
        && crate::gazetteer::titles().iter().any(|t| {
            let t: Vec<char> = t.to_lowercase().chars().collect();
            t.len() >= 5 && one_edit(&w, &t)
        })
}

/// Whether `a` becomes `b` by one letter added, dropped or changed.
fn one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[start + 1..] == long[start + 1..] && start < short.len()
    } else {
        short[start..] == long[start + 1..]
    }
}

/// A surname that several people of the corpus share, or spellings of it.
struct Shared {
    /// The first full name of each person.
    people: Vec<usize>,
    /// The full names that end with the surname spelt this way.
    spelt: Vec<usize>,
    /// Whether those are one person: then, as for a surname no one else has, a place or a
    /// team is not that person (`Bolton`, the town, and `Anthony Bolton`).
    spelt_one: bool,
}

/// The people of a surname a document names in full: any of them, and those named with
/// the surname spelt as the bare surname is.
#[derive(Default)]
struct Named {
    any: BTreeSet<usize>,
    spelt: BTreeSet<usize>,
}

/// The entity (a union-find root) of each mention. A surname that several people of the
/// corpus share (or spellings of it) goes, in a document that names only one of them in
/// full, and with the surname spelt this way, to that one.
fn roots(
    found: &[Found],
    names: &Names,
    uf: &mut UnionFind,
    shared: &HashMap<String, Shared>,
) -> Vec<usize> {
    let mut roots: Vec<usize> = names.of_mention.iter().map(|&n| uf.find(n)).collect();
    // Per document and surname: the people named in full, and those named with this spelling.
    let mut in_doc: HashMap<(usize, &str), Named> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        let n = names.of_mention[i];
        for (surname, s) in shared {
            let (any, spelt) = (s.people.contains(&n), s.spelt.contains(&n));
            if any || spelt {
                let named = in_doc.entry((f.doc, surname.as_str())).or_default();
                if any {
                    named.any.insert(roots[i]);
                }
                if spelt {
                    named.spelt.insert(roots[i]);
                }
            }
        }
    }
    let keys: Vec<String> = names
        .text
        .iter()
        .map(|t| {
            if t.contains(' ') {
                String::new()
            } else {
                key(t)
            }
        })
        .collect();
    for (i, f) in found.iter().enumerate() {
        let n = names.of_mention[i];
        let k = keys[n].as_str();
        let not_a_surname = names.votes[n].is_place() || names.votes[n].is_team();
        if shared.get(k).is_none_or(|s| s.spelt_one && not_a_surname) {
            continue;
        }
        if let Some(named) = in_doc.get(&(f.doc, k)) {
            if let (Some(one), 1) = (named.any.first(), named.any.len()) {
                if named.spelt.contains(one) {
                    roots[i] = *one;
                }
            }
        }
    }
    first_names(found, names, &keys, &mut roots);
    roots
}

/// A first name alone (`Ivan said …`, `Thanks, Jo.`) is, in a document that names in full
/// exactly one person whose name starts or ends with that word, that person (`Ivan Doyle`);
/// elsewhere it stays apart (a corpus may name many people `Jo`). Only a one-word name the
/// mentions read as a person's and that no merge has joined to a full name.
fn first_names(found: &[Found], names: &Names, keys: &[String], roots: &mut [usize]) {
    // Per document and word: the people named in full whose name starts or ends with it.
    let mut in_doc: HashMap<(usize, String), BTreeSet<usize>> = HashMap::new();
    // The entities (by root) that hold a name in several words.
    let mut full: HashSet<usize> = HashSet::new();
    for (i, f) in found.iter().enumerate() {
        let n = names.of_mention[i];
        let text = &names.text[n];
        if !text.contains(' ') {
            continue;
        }
        full.insert(roots[i]);
        if !names.votes[n].is_person() {
            continue;
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        for w in [words[0], words[words.len() - 1]] {
            in_doc.entry((f.doc, key(w))).or_default().insert(roots[i]);
        }
    }
    for (i, f) in found.iter().enumerate() {
        let n = names.of_mention[i];
        let votes = &names.votes[n];
        if keys[n].is_empty() || !votes.is_person() || full.contains(&roots[i]) {
            continue;
        }
        if let Some(people) = in_doc.get(&(f.doc, keys[n].clone())) {
            if let (Some(&one), 1) = (people.first(), people.len()) {
                roots[i] = one;
            }
        }
    }
}

/// Groups the mentions into entities, each with one kind.
pub fn group(docs: &[Document], found: Vec<Found>) -> Vec<Entity> {
    let names = Names::of(&found);
    let (mut uf, shared) = aliases(&found, &names, docs.len());
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, root) in roots(&found, &names, &mut uf, &shared)
        .into_iter()
        .enumerate()
    {
        groups.entry(root).or_default().push(i);
    }
    let mut entities: Vec<Entity> = Vec::new();
    let mut used_ids: HashSet<String> = HashSet::new();
    for occ in groups.values() {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        let mut votes = Votes::default();
        for &i in occ {
            *counts.entry(found[i].text.as_str()).or_default() += 1;
            votes.add(&found[i]);
        }
        let defined: HashSet<&str> = occ
            .iter()
            .filter(|&&i| found[i].defines.is_some())
            .map(|&i| found[i].text.as_str())
            .collect();
        // Canonical: a defined full form, else one not in capitals, the most frequent
        // multi-word, non-acronym name, else the most frequent name; ties to the longer.
        let canonical = counts
            .iter()
            .max_by_key(|(name, c)| {
                (
                    defined.contains(*name),
                    // Written as a name is, not in capitals (`United States`, not
                    // `UNITED STATES`).
                    name.chars().any(char::is_lowercase),
                    !is_acronym(name) && name.contains(' '),
                    !is_acronym(name),
                    **c,
                    name.len(),
                )
            })
            .map(|(n, _)| n.to_string())
            .unwrap_or_default();
        // A person named in full is that person, whatever the tagger made of the surname
        // alone (`Washington`, in a scorecard `Fleming 44`): the surname merged with the
        // full name because its mentions read as a person's.
        let full = names
            .get(&key(&canonical))
            .filter(|_| canonical.contains(' '));
        // (Unless the corpus calls it a body or a thing: `the Al-Falah news network`.)
        let named_in_full = full.is_some_and(|n| names.votes[n].is_person())
            && !kind::names_a_body(&canonical)
            && counts.len() > 1
            && !votes.called_a_body()
            && !votes.called_a_thing();
        let kind = if named_in_full {
            story_core::EntityKind::Person
        } else {
            kind::decide(&canonical, &counts, &votes)
        };
        let mut aliases: Vec<String> = counts
            .keys()
            .filter(|n| **n != canonical)
            .map(|n| n.to_string())
            .collect();
        aliases.sort();
        let mut mentions: Vec<Mention> = occ
            .iter()
            .map(|&i| {
                let o = &found[i];
                let s = &docs[o.doc].sentences[o.sentence].text;
                Mention {
                    doc: DocNo::at(o.doc),
                    sentence: o.sentence as u32,
                    text: o.text.clone(),
                    start: s[..o.start].chars().count() as u32,
                    end: s[..o.end].chars().count() as u32,
                }
            })
            .collect();
        mentions.sort_by(|a, b| (&a.doc, a.sentence, a.start).cmp(&(&b.doc, b.sentence, b.start)));
        let mut id = slug(&canonical);
        let base = id.clone();
        let mut n = 2;
        while used_ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        used_ids.insert(id.clone());
        entities.push(Entity {
            id,
            name: canonical,
            kind,
            aliases,
            mentions,
        });
    }
    entities.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then(a.name.cmp(&b.name))
    });
    entities
}

fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() {
        "entity".to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_initials() {
        assert_eq!(key("U.S."), key("US"));
        assert_eq!(key("St. Louis"), "saint louis");
        assert_eq!(initials("United States").as_deref(), Some("us"));
        assert_eq!(initials("Bank of England").as_deref(), Some("be"));
        assert_eq!(initials("Kabul"), None);
        assert_eq!(slug("Côte d’Ivoire"), "côte-d-ivoire");
    }
}
