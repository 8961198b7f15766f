//! Quotations and brackets: punctuation inside them does not end the enclosing sentence.
//!
//! `"Dear, dear! How queer everything is to-day!" she said` and `(He previously worked for 5
//! years as an engineer.) at the local University` are one sentence each. Only the punctuation
//! just before the closing mark may end the sentence, judged by what follows the mark.
//!
//! A closing mark is searched at most [`WINDOW`] bytes ahead, never across a block: an unpaired
//! quote protects nothing. Each kind remembers how far it is known to have no closing mark, so
//! a text full of unpaired openers stays linear.

/// How far (bytes) a closing mark is searched for.
pub const WINDOW: usize = 600;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    CurlyDouble,
    Single,
    CurlySingle,
    Paren,
    Bracket,
}

const KINDS: usize = 6;

fn kind_index(kind: Kind) -> usize {
    match kind {
        Kind::Double => 0,
        Kind::CurlyDouble => 1,
        Kind::Single => 2,
        Kind::CurlySingle => 3,
        Kind::Paren => 4,
        Kind::Bracket => 5,
    }
}

/// Finds closing marks for the openers of one block, left to right.
pub struct Pairs<'a> {
    text: &'a str,
    end: usize,
    /// Per kind: no closing mark of that kind starts before this byte (after the last opener).
    clear_until: [usize; KINDS],
}

impl<'a> Pairs<'a> {
    /// Pairs for the block `text[..end]`.
    pub fn new(text: &'a str, end: usize) -> Self {
        Pairs {
            text,
            end,
            clear_until: [0; KINDS],
        }
    }

    /// If `c` at byte `at` opens a quotation or bracket that closes within the window, the
    /// byte offset of the closing mark. `prev` is the character before `at`, if any.
    pub fn closing(&mut self, at: usize, c: char, prev: Option<char>) -> Option<usize> {
        // Asked only of quote marks: this runs for every character of a block.
        let after_space = || {
            prev.is_none_or(|p| {
                p.is_whitespace()
                    || matches!(
                        p,
                        '(' | '[' | '{' | '“' | '‘' | '"' | '\'' | '-' | '—' | '–'
                    )
            })
        };
        let kind = match c {
            '"' if after_space() => Kind::Double,
            '“' => Kind::CurlyDouble,
            '\'' if after_space() => Kind::Single,
            '‘' if after_space() => Kind::CurlySingle,
            '(' => Kind::Paren,
            '[' => Kind::Bracket,
            _ => return None,
        };
        let open_len = c.len_utf8();
        let next = self.text.get(at + open_len..self.end)?.chars().next()?;
        if next.is_whitespace() {
            return None;
        }
        let limit = (at + WINDOW).min(self.end);
        let slot = kind_index(kind);
        let from = (at + open_len).max(self.clear_until[slot]);
        let region = self.text.get(from..limit).unwrap_or("");
        let found = find_closer(kind, region).map(|i| from + i);
        self.clear_until[slot] = found.unwrap_or(limit);
        found
    }
}

/// Byte offset in `region` of the first closing mark of `kind`. A closing single quote is one
/// not followed by a letter, so apostrophes ("they'll", "dragon’s") do not close.
fn find_closer(kind: Kind, region: &str) -> Option<usize> {
    let mut iter = region.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next_is_letter = iter.peek().is_some_and(|(_, n)| n.is_alphabetic());
        let closes = match kind {
            Kind::Double => c == '"',
            Kind::CurlyDouble => c == '”',
            Kind::Single => c == '\'' && !next_is_letter,
            Kind::CurlySingle => c == '’' && !next_is_letter,
            Kind::Paren => c == ')',
            Kind::Bracket => c == ']',
        };
        if closes {
            return Some(i);
        }
        if c == '\n' || c == '\r' {
            // Quotations in news rarely cross a (soft) line break; brackets never should.
            if matches!(kind, Kind::Paren | Kind::Bracket) {
                return None;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closing_of(text: &str, at: usize) -> Option<&str> {
        let mut pairs = Pairs::new(text, text.len());
        let c = text[at..].chars().next()?;
        let prev = text[..at].chars().next_back();
        pairs
            .closing(at, c, prev)
            .map(|i| &text[at..i + text[i..].chars().next().map_or(1, char::len_utf8)])
    }

    #[test]
    fn finds_closing_marks() {
        let cases: &[(&str, usize, Option<&str>)] = &[
            (
                r#"She said "This is great." she"#,
                9,
                Some(r#""This is great.""#),
            ),
            ("He said “Stop.” Then", 8, Some("“Stop.”")),
            ("him, 'they'll go.' she", 5, Some("'they'll go.'")),
            ("the 'nineties. It isn't", 4, None),
            ("science (He worked.) at", 8, Some("(He worked.)")),
            ("[15:  12:32]", 0, Some("[15:  12:32]")),
            (r#"6 3/4" Engraved"#, 5, None),
            ("( spaced)", 0, None),
        ];
        for (text, at, expected) in cases {
            assert_eq!(closing_of(text, *at), *expected, "{text}");
        }
    }

    #[test]
    fn unpaired_openers_stay_linear() {
        let text = "(".repeat(200_000);
        let mut pairs = Pairs::new(&text, text.len());
        for at in 0..text.len() {
            assert_eq!(pairs.closing(at, '(', None), None);
        }
    }
}
