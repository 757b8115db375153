//! The index's wire types: one set, shared by the build-time analysis (which produces them),
//! the CLI (which prints them as JSON) and the wasm app (which decodes them from the embedded
//! bytes). The binary codec is in [`crate::codec`]; the JSON form is the serde form of these
//! same types (schema [`SCHEMA`], documented in `docs/index-format.md`).
//!
//! Serde attributes that change the number of fields (`skip_serializing_if`, `flatten`) are
//! not used: postcard is not self-describing, so both forms must carry every field.

use crate::date::Date;
use crate::time::Granularity;
use serde::{Deserialize, Serialize};

/// Name and version of the index format, the `schema` field of every index.
pub const SCHEMA: &str = "story-index/5";

/// A whole analysed corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub schema: String,
    pub documents: Vec<Document>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub claims: Vec<Claim>,
    pub conflicts: Vec<Conflict>,
    /// Quoted words, with who said them where the text says so.
    pub quotes: Vec<Quote>,
    /// How each source tells the story.
    pub framing: Vec<Framing>,
    /// Themes: from the corpus's lexicons (`story.toml`), else its key phrases.
    pub themes: Vec<Theme>,
    /// Key phrases of the whole corpus, most salient first.
    pub key_phrases: Vec<String>,
    /// The story's title, from `story.toml` (empty when not given).
    pub title: String,
    /// Word forms of the corpus whose search stem differs from the form itself, as
    /// `(form, stem)` sorted by form (see [`crate::search`]).
    pub stems: Vec<(String, String)>,
    /// What the build noticed about the corpus files: skipped files, repaired text, …
    pub diagnostics: Vec<Diagnostic>,
    /// Canonical compositions of the corpus's characters, as `(decomposed, composed)`: the
    /// corpus text is NFC, and the page composes a query with this table so that a word
    /// typed with combining marks finds it (see [`Index::compose`]).
    pub compositions: Vec<(String, String)>,
}

impl Default for Index {
    fn default() -> Self {
        Index {
            schema: SCHEMA.to_string(),
            documents: Vec::new(),
            entities: Vec::new(),
            events: Vec::new(),
            claims: Vec::new(),
            conflicts: Vec::new(),
            quotes: Vec::new(),
            framing: Vec::new(),
            themes: Vec::new(),
            key_phrases: Vec::new(),
            title: String::new(),
            stems: Vec::new(),
            diagnostics: Vec::new(),
            compositions: Vec::new(),
        }
    }
}

impl Index {
    /// The document with this id, if any.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.get(self.position(id)?)
    }

    /// The number of the document with this id, if any.
    pub fn position(&self, id: &str) -> Option<usize> {
        // Documents come in file-name order, so their ids are nearly always sorted: a binary
        // search finds them (it only ever returns an equal id), a scan covers the rest.
        match self.documents.binary_search_by(|d| d.id.as_str().cmp(id)) {
            Ok(i) => Some(i),
            Err(_) => self.documents.iter().position(|d| d.id == id),
        }
    }

    /// `text` with every decomposed sequence of the corpus's characters composed, so that it
    /// compares with the corpus's NFC text. Text without combining marks comes back as is.
    pub fn compose<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        if !text.chars().any(crate::words::is_combining) || self.compositions.is_empty() {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut out = text.to_string();
        // Longest sequences first, so that a mark stacked on another is composed whole.
        let mut table: Vec<&(String, String)> = self.compositions.iter().collect();
        crate::order::sort_by_key(&mut table, |(d, _)| std::cmp::Reverse(d.chars().count()));
        for (decomposed, composed) in table {
            if out.contains(decomposed.as_str()) {
                out = out.replace(decomposed.as_str(), composed);
            }
        }
        std::borrow::Cow::Owned(out)
    }

    /// The sentence a reference points at, if it exists.
    pub fn sentence(&self, r: &SentenceRef) -> Option<&Sentence> {
        self.doc(r.doc)?.sentences.get(r.sentence as usize)
    }

    /// The document of this number, if any (a damaged index may name one it lacks).
    pub fn doc(&self, n: DocNo) -> Option<&Document> {
        self.documents.get(n.index())
    }

    /// The id of the document of this number (empty for a number of no document).
    pub fn doc_id(&self, n: DocNo) -> &str {
        self.doc(n).map_or("", |d| d.id.as_str())
    }
}

/// One article of the corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: the file stem (made unique within the corpus).
    pub id: String,
    /// The file name the document was read from.
    pub file: String,
    pub title: String,
    pub title_basis: TitleBasis,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    pub published_basis: PublishedBasis,
    /// How the date was found or inferred, in words.
    pub published_note: String,
    pub kind: DocKind,
    /// The outlet that published it, when it can be known ([`Document::source_basis`] says
    /// how).
    pub source: Option<String>,
    pub source_basis: SourceBasis,
    /// A credit line at the end of the text (`Source: …`), kept as metadata.
    pub credit: Option<String>,
    /// The dateline that opened the text (`LONDON (Reuters) -`), taken off the first
    /// sentence and kept as metadata.
    pub dateline: Option<Dateline>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// Page furniture taken out of the text (site chrome, comment sections, captions, lines
    /// the outlet repeats on every page, …), each with the reason, in order.
    pub removed: Vec<Removed>,
    /// The text: headings, paragraphs and list items, split into sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Key phrases of the document, most salient first.
    pub key_phrases: Vec<String>,
    /// Number of words of the text (headings included), counted on whitespace: kept apart
    /// from the text, which a split index's head does not carry.
    pub words: u32,
}

impl Document {
    /// Number of words of the text (headings included), counted on whitespace.
    pub fn count_words(&self) -> u32 {
        let n: usize = self
            .sentences
            .iter()
            .map(|s| s.text.split_whitespace().count())
            .sum();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// The sentences grouped by paragraph, in order: `(paragraph number, sentences)`.
    pub fn paragraphs(&self) -> Vec<(u32, Vec<(usize, &Sentence)>)> {
        let mut out: Vec<(u32, Vec<(usize, &Sentence)>)> = Vec::new();
        for (i, s) in self.sentences.iter().enumerate() {
            match out.last_mut() {
                Some((p, group)) if *p == s.paragraph => group.push((i, s)),
                _ => out.push((s.paragraph, vec![(i, s)])),
            }
        }
        out
    }
}

/// How a document's outlet is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceBasis {
    /// `source:` (or `publisher:`, `outlet:`, `site:`) in the front matter.
    FrontMatter,
    /// A saved page's metadata: `og:site_name` or the JSON-LD publisher.
    PageMetadata,
    /// The agency of the dateline (`(Reuters)`), for a text that names no other outlet.
    Dateline,
    /// A short credit line that names only an outlet (`Source: Reuters`).
    Credit,
    /// The host of the document's URL.
    UrlHost,
    /// Not known: the document is its own source.
    #[default]
    Unknown,
}

impl SourceBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceBasis::FrontMatter => "front matter",
            SourceBasis::PageMetadata => "page metadata",
            SourceBasis::Dateline => "dateline",
            SourceBasis::Credit => "credit line",
            SourceBasis::UrlHost => "URL host",
            SourceBasis::Unknown => "unknown",
        }
    }
}

/// A dateline: where the report was filed and the agency that filed it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The dateline as written (`MARRAKECH, Morocco (AP) —`).
    pub text: String,
    /// The places it names (`LONDON/HOUSTON` gives two), as written.
    pub places: Vec<String>,
    /// The news agency in brackets, if any: a credit, not a mention.
    pub agency: Option<String>,
}

/// A piece of page furniture taken out of a document's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// The line or sentence as written.
    pub text: String,
    pub reason: Furniture,
}

/// Why a piece of text is page furniture, not the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Furniture {
    /// Navigation, buttons and forum post metadata (`Reply`, `Back to top`).
    Chrome,
    /// A list of links to other pages (`Related articles`, bullet rows of titles).
    Links,
    /// A comment section: its policy lines, `X wrote:` blocks, calls for comments.
    Comments,
    /// A photo caption or credit.
    Caption,
    /// Sharing, newsletter, subscription and `Read more` prompts.
    Promotion,
    /// Copyright, print and syndication lines.
    Copyright,
    /// A byline standing alone (`By Jane Doe`): kept as the author.
    Byline,
    /// A media player's message (`This video is not available`).
    Media,
    /// Text the same outlet repeats across its articles of different days.
    Recurring,
}

impl Furniture {
    /// The reason in words, for a reader.
    pub fn as_str(self) -> &'static str {
        match self {
            Furniture::Chrome => "site navigation",
            Furniture::Links => "link list",
            Furniture::Comments => "comment section",
            Furniture::Caption => "photo caption or credit",
            Furniture::Promotion => "sharing or subscription prompt",
            Furniture::Copyright => "copyright or print line",
            Furniture::Byline => "byline",
            Furniture::Media => "media player message",
            Furniture::Recurring => "repeated on the outlet's other pages",
        }
    }
}

/// One sentence (or heading, or list item) of a document. Its index in
/// [`Document::sentences`] is its stable number.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub text: String,
    /// Number of the paragraph (block) it belongs to, counted from 0; headings and list
    /// items are blocks of their own.
    pub paragraph: u32,
    /// A section heading, not a sentence of running text.
    pub heading: bool,
    /// An item of a bulleted or numbered list.
    pub list_item: bool,
    /// The time expressions in the sentence, in order.
    pub times: Vec<TimeExpr>,
}

/// A time expression, normalised the way TIMEX3 does.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Start and end, in Unicode characters from the start of the sentence.
    pub start: u32,
    pub end: u32,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TIMEX3 value (`2003`, `2024-03`, `198`, `2021-SU`, `P2Y`, `PRESENT_REF`, …), or
    /// `None` when the expression could not be normalised.
    pub value: Option<String>,
    /// TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `MORE_THAN`, …), if any.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// Resolved against an inferred publication date, so only approximately right.
    pub approximate: bool,
}

/// TIMEX3 `type`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TimexType {
    #[default]
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// Where a document's title came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleBasis {
    /// `title:` in the front matter.
    FrontMatter,
    /// A headline-like first line.
    Headline,
    /// The first sentence, shortened.
    #[default]
    FirstSentence,
    /// No text at all: the file name.
    FileName,
}

/// How the publication date is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PublishedBasis {
    /// Stated in the file: front matter or a leading `date YYYY-MM-DD` token.
    Stated,
    /// Inferred from the text (see the document's diagnostics for how).
    Inferred,
    /// Not known.
    #[default]
    Unknown,
}

/// What kind of article a document is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// A news report.
    #[default]
    Report,
    /// A long analysis or explainer with key points or sections.
    Analysis,
    /// An opinion or commentary piece.
    Opinion,
    /// A post copied from a forum or message board.
    Forum,
}

impl DocKind {
    pub const ALL: [DocKind; 4] = [
        DocKind::Report,
        DocKind::Analysis,
        DocKind::Opinion,
        DocKind::Forum,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Report => "report",
            DocKind::Analysis => "analysis",
            DocKind::Opinion => "opinion",
            DocKind::Forum => "forum",
        }
    }

    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// A document's number: its position in [`Index::documents`]. Every reference to a document
/// is one (a number takes a byte or two where the document's id took twenty).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct DocNo(pub u32);

impl DocNo {
    /// The document's position in [`Index::documents`].
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The number of the document at `position`.
    pub fn at(position: usize) -> DocNo {
        DocNo(u32::try_from(position).unwrap_or(u32::MAX))
    }
}

/// A reference to one sentence of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SentenceRef {
    pub doc: DocNo,
    pub sentence: u32,
}

/// A named thing: person, organisation, place, … (filled by the extraction).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// What kind of thing an entity is: one kind per entity, decided by all its mentions.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
    /// A nationality, people or religion (`French`, `Kurds`, `Sunni`).
    Nationality,
    /// A named event (`Asian Cup`, `Gulf War`).
    Event,
    /// Any other name (a product, a work, a law …).
    #[default]
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
        EntityKind::Nationality,
        EntityKind::Event,
        EntityKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
            EntityKind::Nationality => "nationality",
            EntityKind::Event => "event",
            EntityKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<EntityKind> {
        EntityKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a sentence mentions something, with the words it uses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub doc: DocNo,
    pub sentence: u32,
    /// The words as written.
    pub text: String,
    /// Where they stand in the sentence, in Unicode characters.
    pub start: u32,
    pub end: u32,
}

/// Something that happened at a time, mentioned by one or more sentences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// A statement of the happening: one of its sentences, cleaned and shortened at clause
    /// boundaries.
    pub label: String,
    /// The first and last day of the time the event happened in, and how precise that is.
    pub start: Date,
    pub end: Date,
    pub granularity: Granularity,
    /// How likely a journalist is to put the event on the story's timeline: higher first
    /// (outlets and documents telling of it, how prominently, how central its time is).
    pub salience: f32,
    pub entities: Vec<String>,
    pub mentions: Vec<Mention>,
    /// Sentences that name the event's time only in passing while they tell of something
    /// else (`rescuers, after Tuesday's earthquake, …`, `the concert, which takes place on 8
    /// October, sold out`): they count for its salience, and a card shows them apart from
    /// the mentions. Since `story-index/5`.
    pub passing: Vec<Mention>,
}

/// Quoted words in a document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub doc: DocNo,
    /// The sentence the quote opens in, and the one it closes in (the same for most).
    pub sentence: u32,
    pub end_sentence: u32,
    /// Where the quoted words stand in the first sentence (chars, inside the marks).
    pub start: u32,
    pub end: u32,
    /// The quoted words.
    pub text: String,
    pub kind: QuoteKind,
    /// Who said it, as the text names them, and the entity, when the text says.
    pub speaker: Option<String>,
    pub speaker_entity: Option<String>,
}

/// What quoted words are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Someone's words.
    #[default]
    Speech,
    /// A term held at a distance (“reform”).
    Scare,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Scare => "scare",
        }
    }
}

/// A theme: a named set of terms and the sentences that use them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: String,
    pub name: String,
    /// `lexicon` (from story.toml) or `key_phrase` (found in the text).
    pub source: String,
    pub terms: Vec<String>,
    pub sentences: Vec<SentenceRef>,
}

/// One fact as stated by one or more sources.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub label: String,
    pub mentions: Vec<SentenceRef>,
}

/// What a conflict is about: which kind of difference the sources show.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// The same quantity of the same thing at the same time, given as figures that cannot
    /// both be true (ranges and approximations taken into account).
    #[default]
    Number,
    /// The same event dated differently (disjoint dates at the same precision).
    Date,
    /// The same event placed in different places.
    Place,
    /// The same change said to go in opposite directions (rose against fell).
    Direction,
    /// The key action in words of opposite permanence (suspended against annulled).
    Action,
    /// Not a contradiction: a quantity whose figure changes with later publication, shown
    /// as a sequence in time.
    Update,
}

impl ConflictKind {
    pub const ALL: [ConflictKind; 6] = [
        ConflictKind::Number,
        ConflictKind::Date,
        ConflictKind::Place,
        ConflictKind::Direction,
        ConflictKind::Action,
        ConflictKind::Update,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConflictKind::Number => "number",
            ConflictKind::Date => "date",
            ConflictKind::Place => "place",
            ConflictKind::Direction => "direction",
            ConflictKind::Action => "action",
            ConflictKind::Update => "update",
        }
    }

    /// Whether the sources contradict each other (everything but an update).
    pub fn is_contradiction(self) -> bool {
        self != ConflictKind::Update
    }
}

impl std::fmt::Display for ConflictKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Claims about the same thing that differ.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// What is compared, as a readable statement (`The number of deaths in Mexico`, or for
    /// a difference of wording the claim's label).
    pub about: String,
    /// The claim it is about.
    pub claim: String,
    /// The difference in words.
    pub explanation: String,
    pub sides: Vec<ConflictSide>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConflictSide {
    pub doc: DocNo,
    pub sentence: u32,
    pub value: String,
}

/// How a source reads on the whole: as reporting or as opinion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Attributions and quotes outweigh the signals of opinion.
    #[default]
    Report,
    /// Evaluative words, first person and rhetorical questions outweigh attributions.
    Opinion,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Report => "report",
            Stance::Opinion => "opinion",
        }
    }
}

impl std::fmt::Display for Stance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a source tells the story: evaluative words, hedges, attributions, quotes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    pub doc: DocNo,
    /// From the signals below.
    pub stance: Stance,
    /// Signals per hundred sentences that lean to opinion (evaluative words, first person,
    /// rhetorical questions) against those of reporting (attributions).
    pub opinion_score: f64,
    /// Evaluative or loaded words, with counts, most frequent first.
    pub loaded: Vec<(String, u32)>,
    pub hedges: Vec<(String, u32)>,
    pub attributions: u32,
    pub quotes: u32,
    pub first_person: u32,
    pub questions: u32,
}

/// Something the build noticed about one corpus file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The file name it is about (empty for the corpus as a whole).
    pub file: String,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: &str, severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            severity,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.file.is_empty() {
            write!(f, "{}: {}", self.severity.as_str(), self.message)
        } else {
            write!(
                f,
                "{}: {}: {}",
                self.severity.as_str(),
                self.file,
                self.message
            )
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing was lost.
    Note,
    /// Part of the input was skipped or changed.
    Warning,
    /// The corpus cannot be built.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_ids(ids: &[&str]) -> Index {
        Index {
            documents: ids
                .iter()
                .map(|id| Document {
                    id: id.to_string(),
                    ..Document::default()
                })
                .collect(),
            ..Index::default()
        }
    }

    #[test]
    fn documents_are_found_by_id_sorted_or_not() {
        for ids in [
            &["a", "b", "c", "d"][..],
            &["d", "a", "c", "b"],
            &["b", "b-2", "a"],
            &[],
        ] {
            let index = with_ids(ids);
            for id in ids {
                assert_eq!(
                    index.document(id).map(|d| d.id.as_str()),
                    Some(*id),
                    "{ids:?}"
                );
            }
            assert!(index.document("zz").is_none());
            assert!(index.document("").is_none());
        }
    }
}
