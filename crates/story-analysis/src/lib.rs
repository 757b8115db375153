//! Story Explorer's build-time analysis: from the files of a corpus to the [`Index`].
//!
//! - [`ingest`]: one file's bytes to a document (metadata, chrome, headings, sentences);
//! - [`sentences`]: sentence boundaries for news text;
//! - [`fs`] (feature `fs`): reading a corpus folder, the crate's only I/O.
//!
//! Everything here is general: no name, date or phrase of any particular corpus.

pub mod claims;
pub mod cluster;
pub mod config;
pub mod dating;
pub mod entities;
pub mod events;
pub mod framing;
pub mod furniture;
pub mod gazetteer;
pub mod ingest;
pub mod introduce;
mod par;
pub mod quotes;
pub mod relevance;
pub mod seams;
pub mod sentences;
pub mod statement;
#[cfg(test)]
mod test_seeds;
pub mod text;
pub mod themes;
pub mod timex;

#[cfg(feature = "fs")]
pub mod fs;

use story_core::{Diagnostic, Index, Severity};

/// One file of a corpus, as read from disk (or made up by a test).
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The file name, without folders.
    pub name: String,
    pub content: Content,
}

#[derive(Clone, Debug)]
pub enum Content {
    Bytes(Vec<u8>),
    /// Not read: larger than [`ingest::MAX_FILE_BYTES`].
    TooLarge {
        size: u64,
    },
    /// Not read as an article; the reason (not a text file, unreadable, …).
    Skipped(String),
}

impl SourceFile {
    pub fn new(name: &str, bytes: impl Into<Vec<u8>>) -> Self {
        SourceFile {
            name: name.to_string(),
            content: Content::Bytes(bytes.into()),
        }
    }
}

/// The corpus cannot be built; the diagnostics say why.
#[derive(Debug)]
pub struct BuildError {
    pub diagnostics: Vec<Diagnostic>,
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut first = true;
        for d in &self.diagnostics {
            if !first {
                writeln!(f)?;
            }
            first = false;
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for BuildError {}

/// Builds the index of a corpus. Files are taken in name order; each gets the id of its file
/// stem (made unique). Unusable files are skipped with a diagnostic; a corpus with no usable
/// document is an error.
pub fn build(files: &[SourceFile]) -> Result<Index, BuildError> {
    let mut files: Vec<&SourceFile> = files.iter().collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut index = Index::default();
    let mut story_config = config::StoryConfig::default();
    if let Some(pos) = files.iter().position(|f| f.name == config::FILE_NAME) {
        if let Content::Bytes(b) = &files[pos].content {
            let (c, warning) = config::parse(b);
            story_config = c;
            index.diagnostics.extend(warning);
        }
        files.remove(pos);
    }
    // Files are read on all cores, each with the id it gets if every file before it is
    // usable; a file whose id comes out otherwise is read again with its own.
    let readable: Vec<(&str, &[u8])> = files
        .iter()
        .filter_map(|f| match &f.content {
            Content::Bytes(b) => Some((f.name.as_str(), b.as_slice())),
            _ => None,
        })
        .collect();
    let mut guessed: Vec<String> = Vec::new();
    for (name, _) in &readable {
        guessed.push(unique_id(name, &guessed));
    }
    let read: Vec<(usize, &(&str, &[u8]))> = readable.iter().enumerate().collect();
    let mut read = par::map(&read, |&(k, &(name, bytes))| {
        ingest::ingest(name, &guessed[k], bytes)
    })
    .into_iter()
    .zip(guessed);
    let mut ids: Vec<String> = Vec::new();
    for file in files {
        let bytes = match &file.content {
            Content::Bytes(b) => b,
            Content::TooLarge { size } => {
                index.diagnostics.push(Diagnostic::new(
                    &file.name,
                    Severity::Warning,
                    format!(
                        "skipped: the file is {size} bytes, over the limit of {}",
                        ingest::MAX_FILE_BYTES
                    ),
                ));
                continue;
            }
            Content::Skipped(why) => {
                index.diagnostics.push(Diagnostic::new(
                    &file.name,
                    Severity::Warning,
                    format!("skipped: {why}"),
                ));
                continue;
            }
        };
        let id = unique_id(&file.name, &ids);
        let out = match read.next() {
            Some((out, guessed)) if guessed == id => out,
            _ => ingest::ingest(&file.name, &id, bytes),
        };
        index.diagnostics.extend(out.diagnostics);
        if let Some(doc) = out.document {
            // The same text twice is kept (nothing is lost) and reported.
            let same = index.documents.iter().find(|d| {
                !d.sentences.is_empty()
                    && d.sentences.len() == doc.sentences.len()
                    && d.sentences
                        .iter()
                        .zip(&doc.sentences)
                        .all(|(a, b)| a.text == b.text)
            });
            if let Some(first) = same {
                index.diagnostics.push(Diagnostic::new(
                    &file.name,
                    Severity::Warning,
                    format!("the same text as {}: kept, but counted twice", first.file),
                ));
            }
            ids.push(id);
            index.documents.push(doc);
        }
    }
    seams::split(&mut index.documents);
    furniture::remove_recurring(&mut index.documents);
    furniture::remove_author_notes(&mut index.documents);
    dating::date_and_tag(&mut index.documents);
    index.entities = entities::extract(&index.documents);
    // Pages about something else keep their text; the reader is told why they give no events
    // and no claims.
    let relevance = relevance::Relevance::of(&index.documents, &index.entities);
    for d in relevance.off_documents() {
        if let Some(doc) = index.documents.get(d) {
            let centre = relevance.centre().unwrap_or("the story's subject");
            let total = doc.sentences.len();
            let message = match relevance.naming(d) {
                0 => format!(
                    "read as a page about something else (none of its {total} sentences names \
                     {centre} or the story's other main subjects): its text is kept, but no \
                     events or claims are taken from it"
                ),
                n => format!(
                    "read as a page about something else ({n} of its {total} sentences {} \
                     {centre} or the story's other main subjects): its text is kept, but events \
                     and claims are taken only from the lines around those names",
                    if n == 1 { "names" } else { "name" }
                ),
            };
            index
                .diagnostics
                .push(Diagnostic::new(&doc.file, Severity::Note, message));
        }
    }
    index.events = events::extract(&index.documents, &index.entities);
    index.quotes = quotes::extract(&index.documents, &index.entities);
    (index.claims, index.conflicts) = claims::extract(&index.documents, &index.entities);
    index.framing = framing::extract(&index.documents, &index.quotes);
    index.key_phrases = themes::key_phrases(&mut index.documents);
    index.themes = themes::themes(&index.documents, &story_config, &index.key_phrases);
    index.title = story_config.title.unwrap_or_default();
    index.stems = search_stems(&index.documents);
    index.compositions = compositions(&index.documents);
    for d in &mut index.documents {
        d.words = d.count_words();
    }
    if index.documents.is_empty() {
        index.diagnostics.push(Diagnostic::new(
            "",
            Severity::Error,
            "the corpus has no usable article: add .txt, .md or .html files",
        ));
        return Err(BuildError {
            diagnostics: index.diagnostics,
        });
    }
    Ok(index)
}

/// Every word form of the corpus whose search stem differs from it, sorted: the page looks
/// stems up here instead of carrying a stemmer.
fn search_stems(docs: &[story_core::Document]) -> Vec<(String, String)> {
    let words = text::Words::shared();
    let mut forms: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for d in docs {
        for s in &d.sentences {
            for t in story_core::words::tokens(&s.text) {
                if let std::collections::btree_map::Entry::Vacant(e) = forms.entry(t.form) {
                    let stem = words.stem(e.key());
                    e.insert(stem);
                }
            }
        }
    }
    forms.into_iter().filter(|(f, s)| f != s).collect()
}

/// The canonical compositions of the corpus's characters (see [`Index::compose`]): every
/// character of the text that has a canonical decomposition, with it.
fn compositions(docs: &[story_core::Document]) -> Vec<(String, String)> {
    use unicode_normalization::char::decompose_canonical;
    let mut chars: std::collections::BTreeSet<char> = std::collections::BTreeSet::new();
    for d in docs {
        for s in &d.sentences {
            // Queries are composed in lower case: the lower-case letters too.
            for c in s.text.chars().filter(|c| !c.is_ascii()) {
                chars.insert(c);
                chars.extend(c.to_lowercase());
            }
        }
    }
    chars
        .into_iter()
        .filter_map(|c| {
            let mut decomposed = String::new();
            decompose_canonical(c, |d| decomposed.push(d));
            (decomposed.chars().count() > 1).then(|| (decomposed, c.to_string()))
        })
        .collect()
}

/// The file stem, made safe and unique: `a.txt` and `a.md` become `a` and `a-2`.
fn unique_id(file_name: &str, taken: &[String]) -> String {
    let stem = match file_name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => file_name,
    };
    let base: String = stem
        .chars()
        .map(|c| {
            if c.is_control() || c.is_whitespace() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let base = if base.is_empty() {
        "doc".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod determinism {
    /// Each build hashes with fresh random keys: a result that depended on a hash map's order
    /// (a float sum, a tie broken by a number handed out in that order) would differ here.
    #[test]
    fn the_same_corpus_always_builds_the_same_index() {
        let files = crate::test_seeds::files();
        let first = story_core::codec::encode(&crate::build(&files).expect("the seeds build"));
        for _ in 0..6 {
            let again = story_core::codec::encode(&crate::build(&files).expect("the seeds build"));
            assert!(again == first, "two builds of the seeds differ");
        }
    }
}

#[cfg(test)]
mod split {
    use story_core::chunk::{documents_with_text, split};

    /// A real corpus split as a large one is: its chunks give back every document exactly
    /// (time expressions' words included, restored from their spans) and every quote.
    #[test]
    fn a_split_index_gives_back_what_the_build_made() {
        let index = crate::build(&crate::test_seeds::files()).expect("the seeds build");
        let split = split(&index, "k", 2, 16);
        let mut documents = Vec::new();
        let mut quotes = Vec::new();
        for chunk in &split.docs {
            documents.extend(documents_with_text(&split.head.index, chunk).expect("fits"));
            quotes.extend(chunk.quotes.iter().cloned());
        }
        assert_eq!(documents, index.documents);
        quotes.sort();
        let want: Vec<(u32, String)> = (0u32..)
            .zip(index.quotes.iter().map(|q| q.text.clone()))
            .collect();
        assert!(!want.is_empty());
        assert_eq!(quotes, want);
    }
}

#[cfg(test)]
mod mixed_corpus {
    use crate::{build, SourceFile};
    use story_core::SourceBasis;

    /// A corpus as users bring it: saved pages of several layouts, Markdown, a Windows-1252
    /// text file and a plain one; every form builds, with outlets, and no furniture in the
    /// text the extraction reads.
    #[test]
    fn pages_markdown_and_legacy_text_build_into_one_index() {
        let pages = [
            (
                "news-site.html",
                &include_bytes!("../tests/fixtures/pages/news-site.html")[..],
            ),
            (
                "blog.html",
                include_bytes!("../tests/fixtures/pages/blog.html"),
            ),
            (
                "wire-reprint.html",
                include_bytes!("../tests/fixtures/pages/wire-reprint.html"),
            ),
            (
                "comments-page.html",
                include_bytes!("../tests/fixtures/pages/comments-page.html"),
            ),
            (
                "no-article.html",
                include_bytes!("../tests/fixtures/pages/no-article.html"),
            ),
        ];
        let mut files: Vec<SourceFile> =
            pages.iter().map(|(n, b)| SourceFile::new(n, *b)).collect();
        files.push(SourceFile::new(
            "notes.md",
            "---\nsource: Field Notes\npublished: 2024-03-05\n---\n# Levee vote tonight\n\nThe council meets at **7 pm** to vote on the [levee plan](https://example.org).\n\nShare this article\n".as_bytes(),
        ));
        files.push(SourceFile::new(
            "cp1252.txt",
            &b"RIVERTON, Valley (Reuters) - The reservoir\x92s level fell on Tuesday, the authority said.\n"[..],
        ));
        let index = build(&files).expect("the mixed corpus builds");
        let outlets: Vec<(&str, Option<&str>, SourceBasis)> = index
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d.source.as_deref(), d.source_basis))
            .collect();
        assert_eq!(
            outlets,
            [
                (
                    "blog",
                    Some("notesfromthedelta.example"),
                    SourceBasis::UrlHost
                ),
                (
                    "comments-page",
                    Some("Riverside Gazette"),
                    SourceBasis::PageMetadata
                ),
                ("cp1252", Some("Reuters"), SourceBasis::Dateline),
                (
                    "news-site",
                    Some("The Valley Courier"),
                    SourceBasis::PageMetadata
                ),
                ("notes", Some("Field Notes"), SourceBasis::FrontMatter),
                (
                    "wire-reprint",
                    Some("Coastal Daily News"),
                    SourceBasis::PageMetadata
                ),
            ]
        );
        let cp = index.document("cp1252").expect("decoded");
        assert_eq!(
            cp.sentences[0].text,
            "The reservoir’s level fell on Tuesday, the authority said."
        );
        let notes = index.document("notes").expect("markdown");
        assert_eq!(notes.title, "Levee vote tonight");
        assert_eq!(
            notes.sentences[0].text,
            "The council meets at 7 pm to vote on the levee plan."
        );
        // No entity is a piece of furniture or an agency.
        for e in &index.entities {
            for bad in ["Reuters", "AP", "Share", "Getty", "Subscribe", "Sign"] {
                assert_ne!(e.name, bad, "{:?}", e.name);
            }
        }
        assert!(index
            .diagnostics
            .iter()
            .any(|d| d.file == "no-article.html" && d.message.contains("no article")));
    }
}
