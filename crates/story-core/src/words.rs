//! The one word tokenizer of search, used at build time (to list the corpus's word forms and
//! their stems) and in the page (to index sentences, read queries and mark matches): runs of
//! letters and digits, with inner apostrophes and hyphens kept, folded to lower case with
//! typographic apostrophes made plain.

/// A word of a text: where it stands (bytes) and its folded form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub form: String,
}

/// The words of `text`.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joiner = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || joiner || (start.is_some() && is_combining(c)) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(token(text, s, i));
        }
    }
    if let Some(s) = start {
        out.push(token(text, s, text.len()));
    }
    out
}

/// Combining marks (`e` + U+0301) belong to the word they follow.
pub fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn token(text: &str, start: usize, end: usize) -> Token {
    Token {
        start,
        end,
        form: fold(&text[start..end]),
    }
}

/// Lower case, `’` as `'`, a possessive `'s` dropped.
pub fn fold(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    match lower.strip_suffix("'s") {
        Some(w) if !w.is_empty() => w.to_string(),
        _ => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        let forms: Vec<String> =
            tokens("Russia’s U.S.-led “war-on-terror” 145 rock'n'roll — don't é\u{301}")
                .into_iter()
                .map(|t| t.form)
                .collect();
        assert_eq!(
            forms,
            [
                "russia",
                "u",
                "s",
                "led",
                "war-on-terror",
                "145",
                "rock'n'roll",
                "don't",
                "é\u{301}"
            ]
        );
        assert!(tokens("").is_empty());
        assert!(tokens(" -- ’ ").is_empty());
        let t = tokens("Ünï code");
        assert_eq!((t[0].start, t[0].end, t[0].form.as_str()), (0, 5, "ünï"));
    }
}
