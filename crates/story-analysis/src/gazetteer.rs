//! A small general gazetteer, kept as data in `data/*.txt` (one entry a line, `#` comments):
//! countries, capitals and large cities, world regions, titles, and the words that mark
//! organisations, events and places, demonyms and common given names. General knowledge,
//! not any one story's.

use std::sync::OnceLock;

fn list(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

macro_rules! gazetteer_list {
    ($name:ident, $file:literal) => {
        pub fn $name() -> &'static [&'static str] {
            static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
            LIST.get_or_init(|| list(include_str!(concat!("../data/", $file))))
        }
    };
}

gazetteer_list!(countries, "countries.txt");
gazetteer_list!(happening_nouns, "happening-nouns.txt");
gazetteer_list!(person_nouns, "person-nouns.txt");
gazetteer_list!(cities, "cities.txt");
gazetteer_list!(regions, "regions.txt");
gazetteer_list!(titles, "titles.txt");
gazetteer_list!(org_words, "org-words.txt");
gazetteer_list!(event_words, "event-words.txt");
gazetteer_list!(thing_words, "thing-words.txt");
gazetteer_list!(common_abbreviations, "common-abbreviations.txt");
gazetteer_list!(place_words, "place-words.txt");
gazetteer_list!(demonyms, "demonyms.txt");
gazetteer_list!(given_names, "given-names.txt");

/// Groups of names of one country (`data/place-aliases.txt`).
pub fn place_aliases() -> &'static [Vec<&'static str>] {
    static LIST: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    LIST.get_or_init(|| {
        list(include_str!("../data/place-aliases.txt"))
            .into_iter()
            .map(|l| l.split('|').map(str::trim).collect())
            .collect()
    })
}

/// Whether two given names may be one person's (`Henry`, `Hank`; `data/nicknames.txt`): the
/// same name, or names that share a line of the list.
pub fn same_given_name(a: &str, b: &str) -> bool {
    static LIST: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let groups = LIST.get_or_init(|| {
        list(include_str!("../data/nicknames.txt"))
            .into_iter()
            .map(|l| l.split('|').map(|n| n.trim().to_lowercase()).collect())
            .collect()
    });
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a == b || groups.iter().any(|g| g.contains(&a) && g.contains(&b))
}

fn contains(list: &[&str], name: &str) -> bool {
    list.iter().any(|c| c.eq_ignore_ascii_case(name))
}

/// Countries, cities and regions in lower case, for lookups.
fn places() -> &'static std::collections::HashSet<String> {
    static SET: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        countries()
            .iter()
            .chain(cities())
            .chain(regions())
            .map(|p| p.to_lowercase())
            .collect()
    })
}

pub fn is_place_name(name: &str) -> bool {
    places().contains(&name.to_lowercase())
}

pub fn is_title(word: &str) -> bool {
    contains(titles(), word)
}

pub fn is_demonym(word: &str) -> bool {
    contains(demonyms(), word)
}

/// Whether a word is a common given name (`Tom`, `Maria`).
pub fn is_given_name(word: &str) -> bool {
    contains(given_names(), word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(countries().len() > 150);
        assert!(is_place_name("new zealand"));
        assert!(is_title("Foreign Minister"));
        assert!(is_demonym("Russian"));
        assert!(!is_place_name("Minister"));
        assert!(is_given_name("Maria") && !is_given_name("Ministry"));
    }
}
