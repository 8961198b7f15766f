//! List items: "1.", "2.)", "a)", "(iii)" and bullets start a new sentence even where the
//! previous item has no final punctuation ("1. The first item 2. The second item").
//!
//! A marker is only trusted where a list is plausible: at the start of a block, after a bullet,
//! after terminal punctuation when it is a first label ("1", "a", "i"), or anywhere when it is
//! the successor of the list's previous marker. "for 1. above ... for 2. above" is no list.

/// How a marker is written around its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// "1." / "a."
    Dot,
    /// "1.)" / "a.)"
    DotParen,
    /// "1)" / "a)"
    Paren,
    /// "(1)" / "(a)"
    Parens,
}

/// A list marker found at a token start: its style, its label and where it ends (bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker<'a> {
    pub style: Style,
    pub label: &'a str,
    pub end: usize,
}

impl Marker<'_> {
    /// The first label of a list: "1", "a", "A", "i".
    pub fn is_first(&self) -> bool {
        matches!(self.label, "1" | "a" | "A" | "i")
    }

    /// True when `self` continues the list whose last marker was `prev`.
    pub fn follows(&self, prev: &Marker<'_>) -> bool {
        self.style == prev.style
            && (successor_number(prev.label, self.label)
                || successor_letter(prev.label, self.label)
                || successor_roman(prev.label, self.label))
    }
}

fn successor_number(prev: &str, next: &str) -> bool {
    match (prev.parse::<u32>(), next.parse::<u32>()) {
        (Ok(a), Ok(b)) => a.checked_add(1) == Some(b),
        _ => false,
    }
}

fn successor_letter(prev: &str, next: &str) -> bool {
    let (mut p, mut n) = (prev.chars(), next.chars());
    match (p.next(), p.next(), n.next(), n.next()) {
        (Some(a), None, Some(b), None) if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            (a as u32) + 1 == b as u32
        }
        _ => false,
    }
}

const ROMAN: &[&str] = &[
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
];

fn roman_value(label: &str) -> Option<usize> {
    let lower = label.to_ascii_lowercase();
    ROMAN.iter().position(|r| *r == lower)
}

fn successor_roman(prev: &str, next: &str) -> bool {
    match (roman_value(prev), roman_value(next)) {
        (Some(a), Some(b)) => a + 1 == b,
        _ => false,
    }
}

/// Bullets that start a list item wherever they stand after white space.
pub fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '▪' | '◦' | '‣' | '●' | '■' | '►')
}

/// False when `bytes` surely do not start a marker: a label that is not in parentheses is at
/// most five letters or digits followed by '.' or ')'. The scan asks this at every token, and
/// nearly every token is a word followed by a space: a few byte tests instead of [`parse`].
pub fn may_start(bytes: &[u8]) -> bool {
    match bytes.first() {
        Some(b'(') => true,
        Some(b) if b.is_ascii_alphanumeric() => {
            let mut n = 1;
            while n < 6 && bytes.get(n).is_some_and(u8::is_ascii_alphanumeric) {
                n += 1;
            }
            may_end_label(n, bytes.get(n).copied())
        }
        _ => false,
    }
}

/// [`may_start`] for a token of `len` ASCII letters and digits followed by `next`: a label
/// is short and ends with '.' or ')'.
pub fn may_end_label(len: usize, next: Option<u8>) -> bool {
    len < 6 && matches!(next, Some(b'.' | b')'))
}

/// Parses a marker at byte `at` of `text` (not past `end`): it must be followed by white space.
/// Labels: one or two digits, one letter, or a lowercase roman numeral. An uppercase letter
/// with a bare period ("A.") is an initial, not a marker.
pub fn parse(text: &str, at: usize, end: usize) -> Option<Marker<'_>> {
    let bytes = text.as_bytes().get(at..end)?;
    let parens = bytes.first() == Some(&b'(');
    let label_start = usize::from(parens);
    let label_len = bytes
        .get(label_start..)?
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let label = text.get(at + label_start..at + label_start + label_len)?;
    let after = bytes.get(label_start + label_len..)?;
    let (style, punct_len) = if parens {
        (Style::Parens, usize::from(after.first() == Some(&b')')))
    } else if after.starts_with(b".)") {
        (Style::DotParen, 2)
    } else if after.starts_with(b")") {
        (Style::Paren, 1)
    } else if after.starts_with(b".") {
        (Style::Dot, 1)
    } else {
        (Style::Dot, 0)
    };
    if punct_len == 0 || !valid_label(label, style) {
        return None;
    }
    let marker_end = at + label_start + label_len + punct_len;
    let followed_by_space = text
        .get(marker_end..end)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_whitespace);
    followed_by_space.then_some(Marker {
        style,
        label,
        end: marker_end,
    })
}

fn valid_label(label: &str, style: Style) -> bool {
    let digits = !label.is_empty() && label.len() <= 2 && label.bytes().all(|b| b.is_ascii_digit());
    let mut chars = label.chars();
    let letter = match (chars.next(), chars.next()) {
        (Some(c), None) => {
            c.is_ascii_lowercase() || (c.is_ascii_uppercase() && style != Style::Dot)
        }
        _ => false,
    };
    let roman = label.len() > 1
        && style != Style::Dot
        && label.bytes().all(|b| b.is_ascii_lowercase())
        && roman_value(label).is_some();
    digits || letter || roman
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_markers() {
        let cases: &[(&str, Option<(Style, &str)>)] = &[
            ("1. The first item", Some((Style::Dot, "1"))),
            ("10. Hello", Some((Style::Dot, "10"))),
            ("2.) The second", Some((Style::DotParen, "2"))),
            ("a) here", Some((Style::Paren, "a"))),
            ("(iii) List item", Some((Style::Parens, "iii"))),
            ("(A) Hello", Some((Style::Parens, "A"))),
            ("b. another", Some((Style::Dot, "b"))),
            ("A. His name", None),
            ("2020. The year", None),
            ("1.5 million", None),
            ("2+2 dialogue", None),
            ("U.S. Secretary", None),
            ("(type 2)", None),
        ];
        for (text, expected) in cases {
            let got = parse(text, 0, text.len()).map(|m| (m.style, m.label));
            assert_eq!(got, *expected, "{text}");
        }
    }

    #[test]
    fn successors() {
        let m = |s: &'static str| parse(s, 0, s.len()).unwrap();
        assert!(m("2. x").follows(&m("1. x")));
        assert!(m("11. x").follows(&m("10. x")));
        assert!(m("b) x").follows(&m("a) x")));
        assert!(m("(iv) x").follows(&m("(iii) x")));
        assert!(m("ii) x").follows(&m("i) x")));
        assert!(!m("3. x").follows(&m("1. x")));
        assert!(!m("2) x").follows(&m("1. x")));
    }

    /// `may_start` only rules out what `parse` rejects: every string of up to six characters
    /// over an alphabet of labels, punctuation and white space.
    #[test]
    fn may_start_never_rules_out_a_marker() {
        let alphabet = ['1', '0', 'a', 'I', 'v', '.', ')', '(', ' ', 'é', '\n'];
        let mut markers = 0;
        for len in 0..=6u32 {
            for n in 0..alphabet.len().pow(len) {
                let mut text = String::new();
                let mut k = n;
                for _ in 0..len {
                    text.push(alphabet[k % alphabet.len()]);
                    k /= alphabet.len();
                }
                if parse(&text, 0, text.len()).is_some() {
                    markers += 1;
                    assert!(may_start(text.as_bytes()), "{text:?}");
                }
                // the scan asks `may_end_label` of a whole word at once: the same answer
                let bytes = text.as_bytes();
                if bytes.first().is_some_and(u8::is_ascii_alphanumeric) {
                    let run = bytes
                        .iter()
                        .take_while(|b| b.is_ascii_alphanumeric())
                        .count();
                    let next = bytes.get(run).copied();
                    assert_eq!(may_end_label(run, next), may_start(bytes), "{text:?}");
                }
            }
        }
        assert!(markers > 10_000, "{markers}");
    }
}
