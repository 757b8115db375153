//! From a file's bytes to clean text: UTF-8, UTF-16 with a byte-order mark, or any legacy
//! encoding (declared by a page's `charset`, else detected), with `\n` line ends, no control
//! characters, and Unicode's composed form (NFC), so that the same word is always the same
//! characters.

use encoding_rs::Encoding;
use story_core::{Diagnostic, Severity};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use super::MAX_FILE_BYTES;

/// Clean text, or `None` (with the reason in `diags`) when the file is unusable.
pub(super) fn decode_text(
    name: &str,
    bytes: &[u8],
    is_html: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    let skip = |diags: &mut Vec<Diagnostic>, why: String| {
        diags.push(super::skipped(name, &why));
        None
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return skip(
            diags,
            format!(
                "the file is {} bytes, over the limit of {MAX_FILE_BYTES}",
                bytes.len()
            ),
        );
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(rest, u16::from_be_bytes)
    } else {
        if looks_binary(bytes) {
            return skip(diags, "binary data, not text".to_string());
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => Some(s.strip_prefix('\u{FEFF}').unwrap_or(s).to_string()),
            Err(e) => Some(decode_legacy(name, bytes, is_html, e.valid_up_to(), diags)),
        }
    };
    let Some(text) = text else {
        return skip(diags, "invalid UTF-16 text".to_string());
    };
    if text.trim().is_empty() {
        return skip(diags, "the file is empty".to_string());
    }
    let text = clean(name, &text, diags);
    Some(match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        _ => text.nfc().collect(),
    })
}

/// Bytes that are not UTF-8: the page's declared charset, else the encoding `chardetng`
/// finds most likely; the diagnostic names it.
fn decode_legacy(
    name: &str,
    bytes: &[u8],
    is_html: bool,
    bad_at: usize,
    diags: &mut Vec<Diagnostic>,
) -> String {
    let declared = if is_html {
        declared_charset(bytes)
    } else {
        None
    }
    .filter(|e| *e != encoding_rs::UTF_8);
    let encoding = declared.unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, chardetng::Utf8Detection::Deny)
    });
    let (text, _, had_errors) = encoding.decode(bytes);
    let how = if declared.is_some() {
        "as the page declares"
    } else {
        "detected"
    };
    let mut message = format!(
        "not UTF-8 (invalid byte at offset {bad_at}): decoded as {} ({how})",
        encoding.name()
    );
    if had_errors {
        message.push_str("; some bytes were not valid there and became U+FFFD");
    }
    diags.push(Diagnostic::new(name, Severity::Note, message));
    text.into_owned()
}

/// `<meta charset="…">` or `content="…; charset=…"` in the first 2 KB of a page.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    Encoding::for_label(label.as_bytes())
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if bytes.len() % 2 != 0 {
        return None;
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16(&units).ok()
}

/// Text files have no NUL bytes and few control bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    controls * 10 > sample.len().max(1)
}

/// `\n` line ends; control characters as spaces (reported).
fn clean(name: &str, text: &str, diags: &mut Vec<Diagnostic>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut controls = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}' => out.push('\n'),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {
                controls += 1;
                out.push(' ');
            }
            c => out.push(c),
        }
    }
    if controls > 0 {
        diags.push(Diagnostic::new(
            name,
            Severity::Warning,
            format!("replaced {controls} control character(s) with spaces"),
        ));
    }
    out
}
