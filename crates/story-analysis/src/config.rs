//! The corpus's optional config file, `story.toml`:
//!
//! ```toml
//! title = "The story in a line"
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
        Ok(c) => (c, None),
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
        for bad in [&b"title = "[..], b"[themes]\nx = 3", b"colour = 1", b"\xff"] {
            let (c, d) = parse(bad);
            assert_eq!(c, StoryConfig::default());
            assert!(d.unwrap().message.starts_with("ignored"));
        }
    }
}
