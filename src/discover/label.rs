//! What a number states nothing by, whatever noun stands next to it: a date in a headline, a
//! byline or a dateline (when the article was written), a page, list or section label, and a
//! number inside a name or code ("2+2", "Section 232", "MQ-9B"). `statement.rs` leaves these
//! out before it binds values to subjects.

use crate::clause::is_one_of;
use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;

/// Words before a number that make it a page, list or other label rather than a count.
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "page", "pages", "p", "pp", "no", "nos", "number", "chapter", "figure", "fig", "table",
    "section", "item", "step", "vol", "volume", "issue", "episode", "line", "paragraph",
    "para", "article", "clause", "rule", "part", "phase", "stage", "level", "grade", "class",
    "room", "gate", "platform", "route", "flight", "version", "season", "act", "scene",
];

/// A headline, a byline or a dateline: the dates there are when the article was written, not
/// what it states ("By siliconindia | Tuesday, 24 October 2023, 02:24 IST").
pub(super) fn is_dateline(text: &str, sentence: Span, headline: Option<Span>) -> bool {
    if headline.is_some_and(|h| h.start < sentence.end && sentence.start < h.end) {
        return true;
    }
    let s = sentence.slice(text).trim();
    let opens = [
        "By ",
        "Published",
        "Updated",
        "Posted",
        "Last updated",
        "Dateline",
    ];
    s.contains('|')
        || opens.iter().any(|o| s.starts_with(o))
        || (sentence.start < 600 && s.split_whitespace().count() <= 8 && !s.ends_with('.'))
}

/// A number that labels rather than counts: "page 3", "No. 5", a list's "1." at the start of
/// a line, and a number inside a name or code: "2+2", "2 plus 2", "Section 232", "MQ-9B",
/// "F-16", "Line 3".
pub(super) fn is_label_or_code(text: &str, sentence: Span, q: &Quantity) -> bool {
    let before = &text[sentence.start..q.span.start];
    let after = &text[q.span.end..sentence.end];
    let glued_before = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || "-/+#&".contains(c));
    let glued_after = {
        let mut chars = after.chars();
        match (chars.next(), chars.next()) {
            (Some('+' | '/' | '-' | '&'), Some(n)) => n.is_alphanumeric(),
            (Some(c), _) => c.is_alphanumeric(),
            _ => false,
        }
    };
    if glued_before || glued_after {
        return true;
    }
    let previous = before.split_whitespace().next_back().unwrap_or_default();
    let previous_word = previous.trim_end_matches(['.', ':', '#']);
    let next = after.split_whitespace().next().unwrap_or_default();
    if is_one_of(next, &["plus", "+"]) || is_one_of(previous_word, &["plus", "+"]) {
        return true;
    }
    if matches!(q.kind, QuantityKind::Count | QuantityKind::Ordinal) {
        if is_one_of(previous_word, LABELS) {
            return true;
        }
        // "Section 232", "Boeing 737", "Line 3": a digit after a capitalised word inside a
        // sentence is part of the name.
        let digits = q.span.slice(text).starts_with(|c: char| c.is_ascii_digit());
        let capital = previous_word.starts_with(char::is_uppercase)
            && previous.len() == previous_word.len()
            && before.trim_end().len() > previous.len();
        if digits && capital {
            return true;
        }
        // A list's "1." or "2)" at the start of a line. The mark first: the line is read
        // back from the value only when one follows it.
        if after.starts_with(['.', ')'])
            && before
                .rsplit('\n')
                .next()
                .is_some_and(|l| l.trim().is_empty())
        {
            return true;
        }
    }
    false
}
