//! Any text, with any publication date, through the time-expression tagger: spans stay inside
//! the text, on character boundaries, in order.
#![no_main]
use libfuzzer_sys::fuzz_target;
use story_analysis::timex::{tag_text, Context};
use story_core::date::Date;

fuzz_target!(|data: &[u8]| {
    let (head, rest) = data.split_at(data.len().min(4));
    let days = head.iter().fold(0i64, |a, b| a * 256 + i64::from(*b)) % 4_000_000 - 700_000;
    let ctx = Context { dct: Date::from_days(days), approximate: head.first().is_some_and(|b| b & 1 == 1) };
    let text = String::from_utf8_lossy(rest);
    let chars = text.chars().count() as u32;
    let mut last = 0;
    for t in tag_text(&text, &ctx) {
        assert!(t.start < t.end && t.end <= chars, "{t:?}");
        assert!(t.start >= last, "overlap: {t:?}");
        last = t.end;
        let span: String = text.chars().skip(t.start as usize).take((t.end - t.start) as usize).collect();
        assert_eq!(span, t.text);
    }
});
