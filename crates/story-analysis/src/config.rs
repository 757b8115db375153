//! The corpus's optional config file, `story.toml`:
//!
//! ```toml
//! title = "The story in a line"
//! summary = "One line for link previews (else one is made from the corpus)"
//! # Host pages whose `story-explorer:navigate` commands an embedded page follows.
//! embed_origins = ["https://partner.example"]
//!
//! [themes]
//! security = ["terror*", "attack", "militant"]
//! economy = ["trade", "sanction*", "mineral*"]
//! ```
//!
//! Theme terms match words by stem (`attacks` matches `attack`); a final `*` matches any word
//! that starts with the term; a term of several words matches sentences that have them all.
//! A config that cannot be read is reported and ignored: the corpus still builds.

use std::collections::BTreeMap;

use serde::Deserialize;
use story_core::{Diagnostic, Severity};

/// Name of the config file in a corpus folder.
pub const FILE_NAME: &str = "story.toml";

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StoryConfig {
    #[serde(default)]
    pub title: Option<String>,
    /// One line for link previews and oEmbed.
    #[serde(default)]
    pub summary: Option<String>,
    /// Origins (`https://host[:port]`) allowed to send commands to an embedded page.
    #[serde(default)]
    pub embed_origins: Vec<String>,
    /// Theme name → terms.
    #[serde(default)]
    pub themes: BTreeMap<String, Vec<String>>,
}

/// Parses `story.toml`; on error, the default config and a warning.
pub fn parse(bytes: &[u8]) -> (StoryConfig, Option<Diagnostic>) {
    let warn = |msg: String| Some(Diagnostic::new(FILE_NAME, Severity::Warning, msg));
    let Ok(text) = std::str::from_utf8(bytes) else {
        return (
            StoryConfig::default(),
            warn("ignored: not UTF-8 text".into()),
        );
    };
    match toml::from_str::<StoryConfig>(text) {
        Ok(mut c) => {
            // Exact origins only, in the form browsers give them: `*` or a path would let
            // more pages command the page than the corpus's owner meant.
            let mut bad = Vec::new();
            let mut origins = Vec::new();
            for o in std::mem::take(&mut c.embed_origins) {
                match story_core::view::origin_of(&o)
                    .filter(|n| *n == o.trim().trim_end_matches('/').to_ascii_lowercase())
                {
                    Some(n) if !origins.contains(&n) => origins.push(n),
                    Some(_) => {}
                    None => bad.push(format!("“{o}”")),
                }
            }
            c.embed_origins = origins;
            let warning = (!bad.is_empty()).then(|| {
                format!(
                    "ignored embed_origins {}: an origin is http(s)://host[:port], without a path",
                    bad.join(", ")
                )
            });
            (c, warning.and_then(warn))
        }
        Err(e) => (
            StoryConfig::default(),
            warn(format!("ignored: {}", e.message().replace('\n', "; "))),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_reports() {
        let (c, d) = parse(b"title = \"T\"\n[themes]\neconomy = [\"trade\", \"sanction*\"]\n");
        assert!(d.is_none());
        assert_eq!(c.title.as_deref(), Some("T"));
        assert_eq!(c.themes["economy"], ["trade", "sanction*"]);
        let (c, d) = parse(b"summary = \"S\"\nembed_origins = [\"https://A.example/\", \"http://localhost:8080\", \"*\", \"https://b.example/page\", \"https://a.example\"]\n");
        assert_eq!(c.summary.as_deref(), Some("S"));
        assert_eq!(
            c.embed_origins,
            ["https://a.example", "http://localhost:8080"]
        );
        let d = d.unwrap().message;
        assert!(d.contains("“*”, “https://b.example/page”"), "{d}");
        for bad in [&b"title = "[..], b"[themes]\nx = 3", b"colour = 1", b"\xff"] {
            let (c, d) = parse(bad);
            assert_eq!(c, StoryConfig::default());
            assert!(d.unwrap().message.starts_with("ignored"));
        }
    }
}
