//! Entities: people, organisations, places, nationalities and named events, found without a
//! list of the corpus's names, their mentions merged into entities, one kind each.
//!
//! The steps, a module each:
//! 1. [`read`]: every line is read (headlines, datelines and table rows too). A line in
//!    capitals is first given the casing its words have elsewhere in the corpus, so a word
//!    in capitals is a name only when the text shows it. The statistical tagger ([`tag`], a
//!    CRF over word features and the [`gazetteer`]) marks typed spans; rules then cut titles
//!    and scores off, keep nationalities (and `London-based`) as their own kind, keep teams
//!    in tables whole, drop speaker labels and pronouns, and take acronym definitions
//!    (`National Weather Service (NWS)`).
//! 2. [`merge`]: mentions with the same name (accents and punctuation aside), acronyms with
//!    their definition or their initials, hyphenated short forms, spellings of one name
//!    when their context agrees ([`spelling`]), surnames with the one full name that ends
//!    with them.
//! 3. [`kind`]: one kind per entity, by the evidence of all its mentions (the tagger's votes,
//!    the gazetteer, titles, the words of its names).

use story_core::{Document, Entity};

pub mod gazetteer;
pub mod kind;
pub mod merge;
pub mod read;
pub mod rules;
pub mod spelling;
pub mod tag;

/// Extracts the entities of a corpus.
pub fn extract(docs: &[Document]) -> Vec<Entity> {
    let mentions = read::mentions(docs);
    merge::group(docs, mentions)
}

#[cfg(test)]
mod tests;
