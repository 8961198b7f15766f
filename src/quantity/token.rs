//! Tokens: the text cut into numbers, words and single symbols, each with its byte range.
//!
//! Why a tokenizer rather than one large regex: every later rule ("a capital word glued to a
//! number is a code", "a hyphen between two numbers is a range", "60 per cent") asks what is next
//! to what, and whether it touches (no space) or not. Tokens keep their byte offsets so that
//! question is `a.end == b.start`, and spans come out on `char` boundaries by construction.
//!
//! Numbers are read whole here: "3,000", "12,34,567.89" (Indian grouping), "3.99", ".08".
//! Digit groups joined by more separators ("1.2.3", "18.11.2023", "10:30", "10/11/2023") become
//! one [`TokenKind::Code`] token, so a version, time or slashed date is never read as decimals.

use super::value_words::value_of_token;
pub(crate) use crate::lower_word::LowerWord;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Digits with optional thousands groups and decimals: "3,000", "3.99", ".08".
    Number,
    /// Digit groups joined by '.', ':' or '/' beyond a decimal: "1.2.3", "10:30", "5/17/2018".
    Code,
    /// A run of letters: "India", "bn", "th".
    Word,
    /// Any other single character that is not white space: "$", "-", "%", "’".
    Symbol,
}

/// One token: its kind, its text and where it is (`start..end` bytes into the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub kind: TokenKind,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// Digits, a number word or a month: what a quantity takes its value from (`reach.rs`).
    pub value: bool,
}

impl Token<'_> {
    /// A word equal to `w`, ignoring ASCII case (`w` is lower case).
    pub fn is_word(&self, w: &str) -> bool {
        self.kind == TokenKind::Word && self.text.eq_ignore_ascii_case(w)
    }

    /// A word equal to one of `words`, ignoring ASCII case.
    pub fn is_any_word(&self, words: &[&str]) -> bool {
        self.kind == TokenKind::Word && words.iter().any(|w| self.text.eq_ignore_ascii_case(w))
    }

    /// The single symbol `c`.
    pub fn is_symbol(&self, c: char) -> bool {
        self.kind == TokenKind::Symbol && self.text.starts_with(c)
    }

    /// A symbol that joins a range or a compound: hyphen, en dash, or other dashes.
    pub fn is_dash(&self) -> bool {
        self.kind == TokenKind::Symbol
            && matches!(self.text.chars().next(), Some('-' | '–' | '‐' | '‑' | '—'))
    }

    /// True when the word starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// True when `b` starts where `a` ends (nothing, not even a space, between them).
pub(crate) fn touching(a: &Token, b: &Token) -> bool {
    a.end == b.start
}

/// Cuts `text` into tokens. White space separates tokens and is dropped. Linear time.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    // about one token per five bytes of news text: one allocation for most sentences
    let mut tokens = Vec::with_capacity(bytes.len() / 4 + 1);
    let mut start = 0;
    while let Some(&b) = bytes.get(start) {
        // ASCII without decoding: nearly all of running text
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            match text.get(start..).and_then(|rest| rest.chars().next()) {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() {
            start += c.len_utf8();
            continue;
        }
        let starts_decimal = c == '.'
            && bytes.get(start + 1).is_some_and(u8::is_ascii_digit)
            && !(start > 0 && bytes.get(start - 1).is_some_and(u8::is_ascii_digit));
        let (kind, end) = if c.is_ascii_digit() || starts_decimal {
            let (end, kind) = scan_number(bytes, start);
            (kind, end)
        } else if crate::char_class::is_alphabetic(c) {
            (TokenKind::Word, word_end(text, start))
        } else {
            (TokenKind::Symbol, start + c.len_utf8())
        };
        tokens.push(token(text, kind, start, end));
        start = end;
    }
    tokens
}

/// The end of the run of letters starting at `start`: ASCII letters a byte at a time, others
/// decoded.
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    loop {
        // Eight letters at a time while eight bytes are left, then one at a time.
        end = super::value_screen::past_ascii_letters(bytes, end);
        end += bytes.get(end..).map_or(0, |rest| {
            rest.iter().take_while(|b| b.is_ascii_alphabetic()).count()
        });
        let next = match bytes.get(end) {
            Some(b) if !b.is_ascii() => text.get(end..).and_then(|rest| rest.chars().next()),
            _ => None,
        };
        match next {
            Some(ch) if crate::char_class::is_alphabetic(ch) => end += ch.len_utf8(),
            _ => return end,
        }
    }
}

fn token(text: &str, kind: TokenKind, start: usize, end: usize) -> Token<'_> {
    let text = text.get(start..end).unwrap_or("");
    Token {
        kind,
        text,
        start,
        end,
        value: value_of_token(kind, text),
    }
}

/// Count of ASCII digits starting at `i`.
fn digit_run(bytes: &[u8], i: usize) -> usize {
    bytes.get(i..).map_or(0, |rest| {
        rest.iter().take_while(|b| b.is_ascii_digit()).count()
    })
}

/// Scans a number starting at `start` (a digit, or '.' before a digit); returns its end and kind.
/// All positions returned sit right after an ASCII byte, so they are `char` boundaries.
fn scan_number(bytes: &[u8], start: usize) -> (usize, TokenKind) {
    let mut i = start + digit_run(bytes, start);
    if bytes.get(start) != Some(&b'.') {
        // thousands groups: ",ddd" (western), or ",dd" followed by another group (Indian)
        // an Indian 2-digit group must be closed by a 3-digit one ("12,34,567"), else a list
        // of numbers ("22,24,26,31") is not one number
        let mut before_indian = None;
        let mut last_run = 0;
        while bytes.get(i) == Some(&b',') {
            let run = digit_run(bytes, i + 1);
            let indian = run == 2 && bytes.get(i + 3) == Some(&b',');
            if run == 3 || indian {
                if indian && before_indian.is_none() {
                    before_indian = Some(i);
                }
                last_run = run;
                i += 1 + run;
            } else {
                break;
            }
        }
        if let (2, Some(back)) = (last_run, before_indian) {
            i = back;
        }
    }
    let mut separators = 0;
    let mut kind = TokenKind::Number;
    loop {
        let sep = bytes.get(i).copied();
        let run = digit_run(bytes, i + 1);
        if run == 0 || !matches!(sep, Some(b'.' | b':' | b'/')) {
            break;
        }
        let is_decimal = sep == Some(b'.') && separators == 0;
        if !is_decimal {
            kind = TokenKind::Code;
        }
        separators += 1;
        i += 1 + run;
    }
    (i, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        tokenize(text).iter().map(|t| (t.kind, t.text)).collect()
    }

    #[test]
    fn tokenizes_table() {
        use TokenKind::*;
        let cases: &[(&str, &[(TokenKind, &str)])] = &[
            ("3,000 drones", &[(Number, "3,000"), (Word, "drones")]),
            ("$3.99bn", &[(Symbol, "$"), (Number, "3.99"), (Word, "bn")]),
            ("12,34,567.89", &[(Number, "12,34,567.89")]),
            (
                "22,24,26",
                &[
                    (Number, "22"),
                    (Symbol, ","),
                    (Number, "24"),
                    (Symbol, ","),
                    (Number, "26"),
                ],
            ),
            ("1, 234", &[(Number, "1"), (Symbol, ","), (Number, "234")]),
            (".08", &[(Number, ".08")]),
            ("1.2.3", &[(Code, "1.2.3")]),
            ("18.11.2023", &[(Code, "18.11.2023")]),
            ("02:24 IST", &[(Code, "02:24"), (Word, "IST")]),
            ("2018.", &[(Number, "2018"), (Symbol, ".")]),
            ("2+2", &[(Number, "2"), (Symbol, "+"), (Number, "2")]),
            ("India’s", &[(Word, "India"), (Symbol, "’"), (Word, "s")]),
            ("₹28,000", &[(Symbol, "₹"), (Number, "28,000")]),
            ("10th", &[(Number, "10"), (Word, "th")]),
            (
                "naïve Zürich's café3",
                &[
                    (Word, "naïve"),
                    (Word, "Zürich"),
                    (Symbol, "'"),
                    (Word, "s"),
                    (Word, "café"),
                    (Number, "3"),
                ],
            ),
            (
                "x\u{a0}y\u{2003}€5",
                &[(Word, "x"), (Word, "y"), (Symbol, "€"), (Number, "5")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(kinds(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn spans_are_char_boundaries_on_odd_input() {
        for text in ["é1.2€3", "…3,,4..5", "٣ 3", "1.", ".", "1,2,", "𝟘 9:"] {
            for t in tokenize(text) {
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            }
        }
    }
}
