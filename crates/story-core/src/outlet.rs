//! Outlets: the unit a reader chooses and compares when documents name where they come from
//! (`Document::source`). An outlet's articles are read, filtered and compared together; a
//! document that names no outlet is its own source, as every document of a corpus without
//! outlets is.
//!
//! An outlet's key (what the URL carries) is its name in lower case with every run of
//! characters other than letters and digits made one `-`: `The Guardian` is `the-guardian`.
//! Names that give the same key are one outlet, shown by the spelling most of its articles use
//! (the first in code-point order among ties).

use std::collections::BTreeMap;

use crate::index::{DocNo, Framing, Index, Stance};

/// The key of an outlet's name, or `None` when the name has no letter or digit.
pub fn outlet_key(name: &str) -> Option<String> {
    let mut key = String::new();
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push('-');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    (!key.is_empty()).then_some(key)
}

/// One outlet and its articles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlet {
    pub key: String,
    pub name: String,
    /// Its documents (indices into the index's documents), in corpus order.
    pub docs: Vec<usize>,
}

/// A source as the reader meets it: an outlet's articles together, or one document (one that
/// names no outlet, or a single article chosen on its own).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// Index into [`Outlets::list`].
    Outlet(usize),
    /// Index into the index's documents.
    Doc(usize),
}

/// The corpus's outlets, built once from the index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outlets {
    /// Most articles first, then by name.
    pub list: Vec<Outlet>,
    /// Document number → its outlet's number.
    of_doc: Vec<Option<usize>>,
}

impl Outlets {
    pub fn new(index: &Index) -> Self {
        // Key → spellings with their counts, and the documents.
        let mut found: BTreeMap<String, (BTreeMap<&str, usize>, Vec<usize>)> = BTreeMap::new();
        for (i, d) in index.documents.iter().enumerate() {
            let Some(name) = d.source.as_deref().map(str::trim) else {
                continue;
            };
            if let Some(key) = outlet_key(name) {
                let entry = found.entry(key).or_default();
                *entry.0.entry(name).or_default() += 1;
                entry.1.push(i);
            }
        }
        let mut list: Vec<Outlet> = found
            .into_iter()
            .map(|(key, (names, docs))| {
                let most = names.values().copied().max().unwrap_or(0);
                let name = names
                    .iter()
                    .find(|(_, &n)| n == most)
                    .map_or(key.clone(), |(s, _)| s.to_string());
                Outlet { key, name, docs }
            })
            .collect();
        crate::order::sort_by(&mut list, |a, b| {
            b.docs.len().cmp(&a.docs.len()).then(a.name.cmp(&b.name))
        });
        let mut of_doc = vec![None; index.documents.len()];
        for (o, outlet) in list.iter().enumerate() {
            for &d in &outlet.docs {
                of_doc[d] = Some(o);
            }
        }
        Outlets { list, of_doc }
    }

    /// Whether no document names an outlet (every document is then its own source).
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The outlet of a document (by number), if it names one.
    pub fn of_doc(&self, doc: usize) -> Option<usize> {
        self.of_doc.get(doc).copied().flatten()
    }

    /// The outlet with this key.
    pub fn find(&self, key: &str) -> Option<usize> {
        self.list.iter().position(|o| o.key == key)
    }

    /// The documents that name no outlet, in corpus order.
    pub fn unknown(&self) -> Vec<usize> {
        (0..self.of_doc.len())
            .filter(|&d| self.of_doc[d].is_none())
            .collect()
    }

    /// The unit a document belongs to: its outlet, or itself.
    pub fn unit_of(&self, doc: usize) -> Unit {
        self.of_doc(doc).map_or(Unit::Doc(doc), Unit::Outlet)
    }

    /// The source of the corpus a unit stands in: an article of an outlet, its outlet.
    pub fn home(&self, unit: Unit) -> Unit {
        match unit {
            Unit::Doc(d) => self.unit_of(d),
            outlet => outlet,
        }
    }

    /// Every source of the corpus: the outlets, then each document that names none (for a
    /// corpus without outlets: the documents).
    pub fn units(&self) -> Vec<Unit> {
        (0..self.list.len())
            .map(Unit::Outlet)
            .chain(self.unknown().into_iter().map(Unit::Doc))
            .collect()
    }

    /// The timeline lane of a document: the place of its source (its outlet, or itself) in
    /// [`Outlets::units`].
    pub fn lane(&self, doc: usize) -> usize {
        match self.of_doc(doc) {
            Some(o) => o,
            None => {
                let before = self.of_doc.iter().take(doc).filter(|o| o.is_none()).count();
                self.list.len() + before
            }
        }
    }

    /// How many sources [`Outlets::units`] lists.
    pub fn unit_count(&self) -> usize {
        self.list.len() + self.of_doc.iter().filter(|o| o.is_none()).count()
    }

    /// The documents of a unit.
    pub fn docs(&self, unit: Unit) -> Vec<usize> {
        match unit {
            Unit::Outlet(o) => self.list.get(o).map_or(Vec::new(), |o| o.docs.clone()),
            Unit::Doc(d) => vec![d],
        }
    }

    /// A unit's name: the outlet's, or the document's title.
    pub fn name<'a>(&'a self, index: &'a Index, unit: Unit) -> &'a str {
        match unit {
            Unit::Outlet(o) => self.list.get(o).map_or("", |o| o.name.as_str()),
            Unit::Doc(d) => index.documents.get(d).map_or("", |d| d.title.as_str()),
        }
    }

    /// The document list in groups: each outlet's documents under it, then the documents that
    /// name none (under `None`).
    pub fn groups(&self) -> Vec<(Option<usize>, Vec<usize>)> {
        let mut groups: Vec<(Option<usize>, Vec<usize>)> = self
            .list
            .iter()
            .enumerate()
            .map(|(o, outlet)| (Some(o), outlet.docs.clone()))
            .collect();
        let unknown = self.unknown();
        if !unknown.is_empty() {
            groups.push((None, unknown));
        }
        groups
    }

    /// The sources chosen for comparison: the outlets of `outlets` (keys) in that order,
    /// then the documents of `docs` (ids) in corpus order. Keys and ids the corpus does not
    /// have are left out.
    pub fn chosen(&self, index: &Index, outlets: &[String], docs: &[String]) -> Vec<Unit> {
        let mut units: Vec<Unit> = outlets
            .iter()
            .filter_map(|k| self.find(k))
            .map(Unit::Outlet)
            .collect();
        units.extend(
            index
                .documents
                .iter()
                .enumerate()
                .filter(|(_, d)| docs.contains(&d.id))
                .map(|(i, _)| Unit::Doc(i)),
        );
        units
    }

    /// Every source of the corpus as the view state names them for comparison: the outlets'
    /// keys and the ids of the documents that name none.
    pub fn every_source(&self, index: &Index) -> (Vec<String>, Vec<String>) {
        let keys = self.list.iter().map(|o| o.key.clone()).collect();
        let ids = self
            .unknown()
            .into_iter()
            .filter_map(|d| index.documents.get(d))
            .map(|d| d.id.clone())
            .collect();
        (keys, ids)
    }

    /// The header's count: "150 articles from 3 outlets", or without outlets "5 sources".
    pub fn headline(&self, index: &Index) -> String {
        let n = index.documents.len();
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        if self.is_empty() {
            return plural(n, "source", "sources");
        }
        let mut s = format!(
            "{} from {}",
            plural(n, "article", "articles"),
            plural(self.list.len(), "outlet", "outlets")
        );
        let unknown = self.unknown().len();
        if unknown > 0 {
            s.push_str(&format!(" ({unknown} naming none)"));
        }
        s
    }

    /// A unit's framing: a document's own, or its outlet's articles' summed, the stance most
    /// of them read as (opinion on a tie), words by their summed counts. `None` when no
    /// document of the unit has one.
    pub fn framing(&self, index: &Index, unit: Unit) -> Option<UnitFraming> {
        let docs = self.docs(unit);
        let ids: Vec<DocNo> = docs.iter().map(|&d| DocNo::at(d)).collect();
        let framings: Vec<&Framing> = index
            .framing
            .iter()
            .filter(|f| ids.contains(&f.doc))
            .collect();
        if framings.is_empty() {
            return None;
        }
        let opinion = framings
            .iter()
            .filter(|f| f.stance == Stance::Opinion)
            .count();
        let words = |pick: &dyn Fn(&Framing) -> &Vec<(String, u32)>| {
            let mut sum: BTreeMap<&str, u32> = BTreeMap::new();
            for f in &framings {
                for (w, n) in pick(f) {
                    *sum.entry(w.as_str()).or_default() += n;
                }
            }
            let mut list: Vec<(String, u32)> =
                sum.into_iter().map(|(w, n)| (w.to_string(), n)).collect();
            crate::order::sort_by(&mut list, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            list
        };
        let sum = |pick: &dyn Fn(&Framing) -> u32| framings.iter().map(|f| pick(f)).sum();
        Some(UnitFraming {
            articles: framings.len(),
            opinion,
            stance: if opinion * 2 >= framings.len() {
                Stance::Opinion
            } else {
                Stance::Report
            },
            loaded: words(&|f| &f.loaded),
            hedges: words(&|f| &f.hedges),
            attributions: sum(&|f| f.attributions),
            quotes: sum(&|f| f.quotes),
            questions: sum(&|f| f.questions),
        })
    }
}

/// The framing of a source: one document's, or an outlet's articles' together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitFraming {
    /// How many articles it sums.
    pub articles: usize,
    /// How many of them read as opinion.
    pub opinion: usize,
    pub stance: Stance,
    pub loaded: Vec<(String, u32)>,
    pub hedges: Vec<(String, u32)>,
    pub attributions: u32,
    pub quotes: u32,
    pub questions: u32,
}

#[cfg(test)]
mod tests;
