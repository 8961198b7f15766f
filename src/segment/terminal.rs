//! Terminal punctuation and its surroundings: the run of marks ("?!", "...", ". . . ."), the
//! closing quotes, brackets and footnote marks after it, the word before it and the start of
//! what follows. All looks are bounded by [`LOOK`] characters.

use super::scan::LOOK;
pub use super::word_before::word_before;

/// Characters that may end a sentence.
pub fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‽' | '．' | '。' | '！' | '？')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›')
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›')
}

/// What kind of run of terminal marks it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    /// One period.
    Period,
    /// Contains "?" or "!" ("?", "!!", "?!"), and at most one period.
    Strong,
    /// Two or more periods run together, or "…" ("that....", "slowly...", "Score?.....").
    Ellipsis,
    /// Periods separated by single spaces after white space (". . ."): three are an omission
    /// inside a sentence, four end it.
    SpacedEllipsis { dots: usize },
    /// Full-width marks ("．", "。"): they end a sentence even without a following space.
    FullWidth,
}

/// A run of terminal marks starting at a position, up to byte `end`.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub kind: RunKind,
    pub end: usize,
    /// Number of marks (characters) in a run without spaces.
    pub len: usize,
}

/// Reads the run of terminal marks starting at byte `at` of the block `text[start..end]`.
pub fn read_run(text: &str, start: usize, at: usize, end: usize) -> Run {
    let rest = text.get(at..end).unwrap_or("");
    let mut len = 0;
    let mut run_end = at;
    let (mut dots, mut strong, mut full) = (0, false, false);
    for c in rest.chars().take_while(|c| is_terminal(*c)) {
        len += 1;
        run_end += c.len_utf8();
        match c {
            '.' => dots += 1,
            '…' => dots += 3,
            '?' | '!' | '‽' => strong = true,
            _ => full = true,
        }
    }
    let attached = text
        .get(start..at)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| !c.is_whitespace());
    if !attached && len == 1 && dots == 1 {
        let mut spaced = 1;
        while let Some(after) = text.get(run_end..end) {
            let single = after.starts_with(" .")
                && after[2..]
                    .chars()
                    .next()
                    .is_none_or(|c| c.is_whitespace() || is_closer(c));
            if !single {
                break;
            }
            spaced += 1;
            run_end += 2;
        }
        if spaced >= 3 {
            return Run {
                kind: RunKind::SpacedEllipsis { dots: spaced },
                end: run_end,
                len,
            };
        }
    }
    let kind = if full {
        RunKind::FullWidth
    } else if strong && dots < 2 {
        RunKind::Strong
    } else if dots >= 2 {
        RunKind::Ellipsis
    } else {
        RunKind::Period
    };
    Run {
        kind,
        end: run_end,
        len,
    }
}

/// Where the closing marks after a run end, and whether a quotation mark was among them.
#[derive(Debug, Clone, Copy)]
pub struct Closers {
    pub end: usize,
    pub quote: bool,
}

/// Skips closing quotes and brackets and footnote marks ("martyr.[1]", "large.[7][8]").
pub fn skip_closers(text: &str, at: usize, end: usize) -> Closers {
    let mut pos = at;
    let mut quote = false;
    for _ in 0..16 {
        let Some(rest) = text.get(pos..end) else {
            break;
        };
        let Some(c) = rest.chars().next() else { break };
        if is_closer(c) {
            quote |= is_quote(c);
            pos += c.len_utf8();
        } else if let Some(len) = footnote_mark(rest) {
            pos += len;
        } else {
            break;
        }
    }
    Closers { end: pos, quote }
}

/// The length of the line break or tab written out at the start of `s` ("\\n", "\\r",
/// "\\t": text escaped twice), if one is there.
pub fn written_break_len(s: &str) -> Option<usize> {
    s.strip_prefix('\\')?
        .starts_with(['n', 'r', 't'])
        .then_some(2)
}

/// Whether the parenthesis that opens after white space at `at` is a sentence between
/// sentences: its text ends with terminal punctuation right before the closing mark and
/// another sentence follows ("…!" (Dinah was the cat.) "I hope…"). A citation ("(Smith 55)")
/// or an aside closing the paragraph ("…house!' (Which was very likely true.)") is not.
/// Looks at most [`LOOK`] × 4 characters ahead.
pub fn paren_is_sentence(text: &str, at: usize, end: usize) -> bool {
    let Some(rest) = text.get(at..end) else {
        return false;
    };
    let open = at + rest.len() - rest.trim_start().len();
    let Some(body) = text.get(open..end) else {
        return false;
    };
    let mut chars = body.char_indices().take(LOOK * 4);
    if chars.next().map(|(_, c)| c) != Some('(') {
        return false;
    }
    let mut prev = '(';
    for (i, c) in chars {
        match c {
            '(' => return false,
            ')' => {
                let after = open + i + 1;
                return matches!(prev, '.' | '!' | '?')
                    && text
                        .get(after..end)
                        .is_some_and(|r| r.starts_with(char::is_whitespace))
                    && next_start(text, after, end).is_some_and(|n| n.upper);
            }
            _ => prev = c,
        }
    }
    false
}

/// "[12]" / "[2–11]" at the start of `rest`: its length in bytes.
fn footnote_mark(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('[')?;
    let close = inner.char_indices().take(10).find(|(_, c)| *c == ']')?.0;
    let body = inner.get(..close)?;
    let numeric = !body.is_empty()
        && body.chars().any(|c| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '-' | '–'));
    numeric.then_some(close + 2)
}

/// After a period glued to digits ("consultation.11 12 Take"): the end of the footnote numbers.
pub fn skip_footnote_numbers(text: &str, at: usize, end: usize) -> usize {
    let mut pos = at;
    let mut first = true;
    for _ in 0..8 {
        let rest = text.get(pos..end).unwrap_or("");
        let gap = if first {
            0
        } else {
            usize::from(rest.starts_with(' '))
        };
        if !first && gap == 0 {
            break;
        }
        let digits = rest
            .get(gap..)
            .unwrap_or("")
            .bytes()
            .take(4)
            .take_while(u8::is_ascii_digit)
            .count();
        let after = rest.get(gap + digits..).unwrap_or("");
        let ends_group = after.chars().next().is_none_or(char::is_whitespace);
        if !(1..=3).contains(&digits) || !ends_group {
            break;
        }
        pos += gap + digits;
        first = false;
    }
    pos
}

/// True when the last word of `before` starts with a lowercase letter ("you and" in "you and
/// I."), which makes a following "I." the pronoun rather than an initial.
pub fn previous_word_is_lowercase(before: &str) -> bool {
    let trimmed = before.trim_end();
    let word = word_before(trimmed, 0, trimmed.len());
    word.chars().next().is_some_and(char::is_lowercase)
}

/// True when the token around byte `at` is a web or e-mail address ("Jane.Doe@example.com",
/// "www.testurl.Awesome.com"), whose periods are not sentence ends.
pub fn in_link(text: &str, start: usize, at: usize, end: usize) -> bool {
    let before = text.get(start..at).unwrap_or("");
    let back = token_start(before, LOOK);
    let after = text.get(at..end).unwrap_or("");
    let fwd = after
        .char_indices()
        .take(LOOK)
        .take_while(|(_, c)| !c.is_whitespace())
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = text.get(start + back..at + fwd).unwrap_or("");
    token.contains('@') || token.contains("://") || token.to_ascii_lowercase().starts_with("www.")
}

/// The start of what follows a sentence end candidate.
#[derive(Debug, Clone, Copy)]
pub struct Next<'a> {
    /// First letter is uppercase (or a letter without case).
    pub upper: bool,
    /// Starts with a digit or a currency sign.
    pub digit: bool,
    /// An opening parenthesis or bracket came before it.
    pub paren: bool,
    /// The word (letters and digits) it starts with.
    pub word: &'a str,
}

/// Skips white space, then up to [`LOOK`] opening quotes, brackets, dashes and stray periods,
/// to the first letter or digit; `None` if none comes first.
pub fn next_start(text: &str, at: usize, end: usize) -> Option<Next<'_>> {
    let rest = text.get(at..end)?;
    let rest = rest.trim_start();
    let offset = end - at - rest.len();
    let mut paren = false;
    let mut first = None;
    // The end of a line break written out ("said.\\n\\nThe minister") being skipped.
    let mut skip_to = 0;
    for (i, c) in rest.char_indices().take(LOOK) {
        if i < skip_to {
            continue;
        }
        if let Some(len) = rest.get(i..).and_then(written_break_len) {
            skip_to = i + len;
            continue;
        }
        if c.is_alphanumeric() || matches!(c, '$' | '€' | '£' | '₹' | '¥') {
            first = Some((i, c));
            break;
        }
        if matches!(c, '(' | '[' | '{') {
            paren = true;
        } else if !(c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '“' | '‘' | '«' | '‹' | '`' | '¿' | '¡' | '.' | '…'
            )
            || matches!(c, '-' | '–' | '—' | '―'))
        {
            return None;
        }
    }
    let (i, c) = first?;
    let word_start = at + offset + i;
    let word_len: usize = text
        .get(word_start..end)
        .unwrap_or("")
        .chars()
        .take(LOOK)
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    Some(Next {
        upper: c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()),
        digit: !c.is_alphabetic(),
        paren,
        word: text.get(word_start..word_start + word_len).unwrap_or(""),
    })
}

/// Where the last token of `before` starts: back over at most `look` characters that are not
/// white space (`before.len()` when it ends in white space).
pub fn token_start(before: &str, look: usize) -> usize {
    before
        .char_indices()
        .rev()
        .take(look)
        .take_while(|(_, c)| !c.is_whitespace())
        .last()
        .map_or(before.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs() {
        let cases: &[(&str, usize, RunKind, &str)] = &[
            ("Hello!? Is", 5, RunKind::Strong, "!?"),
            ("that.... She", 4, RunKind::Ellipsis, "...."),
            ("slowly… And", 6, RunKind::Ellipsis, "…"),
            (
                "is . . . I",
                3,
                RunKind::SpacedEllipsis { dots: 3 },
                ". . .",
            ),
            (
                "period . . . . Next",
                7,
                RunKind::SpacedEllipsis { dots: 4 },
                ". . . .",
            ),
            ("compounds. . . . The", 9, RunKind::Period, "."),
            ("period．Does", 6, RunKind::FullWidth, "．"),
        ];
        for (text, at, kind, covered) in cases {
            let run = read_run(text, 0, *at, text.len());
            assert_eq!(run.kind, *kind, "{text}");
            assert_eq!(&text[*at..run.end], *covered, "{text}");
        }
    }

    #[test]
    fn closers_and_words() {
        let text = "martyr.[1][2] The";
        assert_eq!(skip_closers(text, 7, text.len()).end, 13);
        let text = "great.” She";
        let c = skip_closers(text, 6, text.len());
        assert!(c.quote);
        assert_eq!(&text[c.end..], " She");
        assert_eq!(word_before("in the U.S.", 0, 10), "U.S");
        assert_eq!(word_before("Charles (Ind.)", 0, 12), "Ind");
        let text = "consultation.11 12 Take";
        assert_eq!(skip_footnote_numbers(text, 13, text.len()), 18);
        assert!(in_link("mail Jane.Doe@example.com now", 0, 9, 29));
        assert!(!in_link("world.Today is", 0, 5, 14));
    }

    #[test]
    fn next_starts() {
        let at = |t: &'static str| next_start(t, 0, t.len());
        let n = at(" (“Company A”)").unwrap();
        assert!(n.upper && n.paren);
        assert!(at("  $3 billion").unwrap().digit);
        assert_eq!(at(" - Posted like").unwrap().word, "Posted");
        assert!(at(" . . .”").is_none());
    }
}
