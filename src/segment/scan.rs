//! The sentence scan of one block (text between hard line breaks): terminal punctuation,
//! quotations, list markers and bullets, left to right in one pass.
//!
//! Every look back or ahead is bounded ([`LOOK`] characters), so the scan is linear in the
//! block even for a 100 MB line without spaces.

use super::abbreviation::{self, WordKind};
use super::ascii_word;
use super::edge;
use super::list::{self, Marker};
use super::quote::Pairs;
use super::terminal::{self, Run, RunKind};
use crate::span::Span;

/// Bound, in characters, on every look behind or ahead of a position.
pub const LOOK: usize = 64;

/// Appends the sentences of the block `text[start..end]` to `out`, each trimmed, up to the
/// one that holds byte `stop`: the scan ends there, since a sentence, once its end is found,
/// never depends on the text after it (`stop >= end` scans the whole block).
pub fn scan_block(text: &str, start: usize, end: usize, stop: usize, out: &mut Vec<Span>) {
    let mut scan = Scan {
        text,
        start,
        end,
        stop,
        cur: start,
        out,
    };
    scan.run();
}

struct Scan<'a, 'o> {
    text: &'a str,
    start: usize,
    end: usize,
    /// The scan ends once the sentence that holds this byte is cut ([`Scan::boundary`] says
    /// so, and the scan returns there: no test in the loop over every character).
    stop: usize,
    /// Start of the sentence being built.
    cur: usize,
    out: &'o mut Vec<Span>,
}

impl<'a> Scan<'a, '_> {
    fn run(&mut self) {
        let text = self.text;
        let mut pairs = Pairs::new(text, self.end);
        let mut protect: Option<usize> = None;
        let mut list: Option<Marker<'a>> = None;
        let mut prev: Option<char> = None;
        let mut seen_text = false;
        let mut after_terminal = false;
        let mut after_bullet = false;
        let mut i = self.start;
        while let Some(c) = text.get(i..self.end).and_then(|s| s.chars().next()) {
            if protect.is_some_and(|close| i > close) {
                protect = None;
            }
            if c.is_whitespace() {
                prev = Some(c);
                i += c.len_utf8();
                continue;
            }
            let token_start = prev.is_none_or(char::is_whitespace);
            // Inside a word, or at the start of one that cannot be a list marker: no rule
            // below acts on a letter or digit that follows another (markers and bullets start
            // tokens, quotes and terminals are not letters), nor on the first letter of a word
            // that is no marker, so the word is skipped at once. Most characters of a block
            // are here.
            if c.is_ascii_alphanumeric() {
                let in_word = prev.is_some_and(|p| p.is_ascii_alphanumeric());
                let word = text.as_bytes().get(i..self.end).unwrap_or_default();
                let run = if in_word || token_start {
                    ascii_word::alnum_len(word)
                } else {
                    0
                };
                let may_be_marker = token_start && list::may_end_label(run, word.get(run).copied());
                if run > 0 && !may_be_marker {
                    seen_text = true;
                    after_bullet = false;
                    after_terminal = false;
                    (i, prev) = skip_words(text.as_bytes(), i + run, self.end);
                    continue;
                }
            }
            if token_start && list::is_bullet(c) {
                if seen_text && self.boundary(i) {
                    return;
                }
                seen_text = true;
                after_bullet = true;
                prev = Some(c);
                i += c.len_utf8();
                continue;
            }
            let bullet_attached = prev.is_some_and(list::is_bullet);
            let candidate = (token_start || bullet_attached)
                && list::may_start(text.as_bytes().get(i..self.end).unwrap_or_default());
            let marker = candidate.then(|| list::parse(text, i, self.end)).flatten();
            if let Some(m) = marker {
                let active = !seen_text
                    || after_bullet
                    || self.list_goes_on(&m, list.as_ref(), after_terminal);
                if active {
                    if seen_text && !after_bullet && self.boundary(i) {
                        return;
                    }
                    list = Some(m);
                    seen_text = true;
                    after_bullet = false;
                    after_terminal = false;
                    prev = Some(')');
                    i = m.end;
                    continue;
                }
            }
            seen_text = true;
            after_bullet = false;
            if terminal::is_terminal(c) {
                let run = terminal::read_run(text, self.start, i, self.end);
                let closers = terminal::skip_closers(text, run.end, self.end);
                let inside =
                    protect.is_some_and(|close| !(run.end <= close && close < closers.end));
                after_terminal = true;
                if inside {
                    prev = text.get(..run.end).and_then(|s| s.chars().next_back());
                    i = run.end;
                    continue;
                }
                match self.decide(i, &run, closers) {
                    Some(b) => {
                        if self.boundary(b) {
                            return;
                        }
                        prev = text.get(..b).and_then(|s| s.chars().next_back());
                        i = b;
                    }
                    None => {
                        prev = text.get(..closers.end).and_then(|s| s.chars().next_back());
                        i = closers.end;
                    }
                }
                continue;
            }
            after_terminal = false;
            if let Some(b) = self.interrupted_quote(i, c, prev) {
                if self.boundary(b) {
                    return;
                }
                protect = None;
                prev = Some(c);
                i = b;
                continue;
            }
            if protect.is_none() {
                protect = pairs.closing(i, c, prev);
            }
            prev = Some(c);
            i += c.len_utf8();
        }
        let _ = self.boundary(self.end);
    }

    /// Whether marker `m` (not at the block start) is a list item. First labels ("1)", "a)")
    /// in a paren style are unambiguous anywhere; after terminal punctuation any paren-style
    /// marker and a first dot-style one ("Finally, this. 1. The first item"); a first label
    /// of the running list's style restarts it; the next label continues it.
    fn list_goes_on(
        &self,
        m: &Marker<'_>,
        list: Option<&Marker<'_>>,
        after_terminal: bool,
    ) -> bool {
        let paren = matches!(m.style, list::Style::Paren | list::Style::DotParen);
        let same_style = list.is_some_and(|p| p.style == m.style);
        (m.is_first() && (paren || same_style))
            || (after_terminal && (m.is_first() || m.style != list::Style::Dot))
            || list.is_some_and(|p| m.follows(p))
    }

    /// A quotation broken off with a dash ("we're doing our best, afore she comes, to--" At
    /// this moment) ends the sentence at its closing mark when a capitalised word follows.
    fn interrupted_quote(&self, at: usize, c: char, prev: Option<char>) -> Option<usize> {
        let dash = prev.is_some_and(|p| matches!(p, '-' | '—' | '–'));
        if !dash || !matches!(c, '"' | '”') {
            return None;
        }
        let end = at + c.len_utf8();
        let next = self.after(terminal::Closers { end, quote: true })?;
        (next.upper && !next.paren).then_some(end)
    }

    /// Ends the current sentence at byte `at` (trimmed of white space and edge debris; nothing
    /// if that leaves it empty). True when that sentence reaches past `stop`: the scan is done.
    #[must_use]
    fn boundary(&mut self, at: usize) -> bool {
        if let Some(span) = edge::trimmed(self.text, self.cur, at) {
            self.out.push(span);
        }
        self.cur = at;
        at > self.stop
    }

    /// Where the sentence ends after the run at `at`, or `None` when it goes on.
    fn decide(&self, at: usize, run: &Run, closers: terminal::Closers) -> Option<usize> {
        let text = self.text;
        let word = terminal::word_before(text, self.cur.max(self.start), at);
        match run.kind {
            RunKind::FullWidth => (closers.end < self.end).then_some(closers.end),
            RunKind::SpacedEllipsis { dots } if dots < 4 => None,
            RunKind::Strong if abbreviation::is_exclamation_name(word) && run.len == 1 => None,
            RunKind::Period if self.char_at(run.end).is_some_and(char::is_alphanumeric) => {
                self.glued(at, run.end, word)
            }
            _ => {
                let next = self.after(closers)?;
                if closers.quote
                    && next.paren
                    && !terminal::paren_is_sentence(text, closers.end, self.end)
                {
                    // A parenthesis right after a quotation is its citation: "…" (Smith 55);
                    // unless it holds a sentence of its own: "…!" (Dinah was the cat.) "…".
                    return None;
                }
                let ends = match run.kind {
                    RunKind::Period => self.period_ends(at, word, &next),
                    RunKind::Strong => next.upper || next.digit,
                    _ => next.upper,
                };
                ends.then_some(closers.end)
            }
        }
    }

    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..self.end).and_then(|s| s.chars().next())
    }

    /// What follows the punctuation and its closing marks, if white space (or a written-out
    /// line break, "\\n") comes first.
    fn after(&self, closers: terminal::Closers) -> Option<terminal::Next<'a>> {
        let rest = self.text.get(closers.end..self.end)?;
        let written_break = terminal::written_break_len(rest).is_some();
        if !(rest.chars().next().is_some_and(char::is_whitespace) || written_break) {
            return None;
        }
        terminal::next_start(self.text, closers.end, self.end)
    }

    /// A period followed by white space: does the word before it let it end the sentence?
    fn period_ends(&self, at: usize, word: &str, next: &terminal::Next<'_>) -> bool {
        let acronym = next.word.chars().count() >= 2 && next.word.chars().all(|c| c.is_uppercase());
        match abbreviation::classify(word) {
            WordKind::Prepositive | WordKind::Continuing | WordKind::LowerLetter => false,
            WordKind::BeforeNumber => next.upper && !next.paren,
            WordKind::Other => next.upper && !next.paren && !acronym,
            WordKind::MultiPeriod => next.upper && abbreviation::is_sentence_starter(next.word),
            WordKind::Time => next.upper,
            WordKind::Initial => {
                word == "I"
                    && next.upper
                    && terminal::previous_word_is_lowercase(text_before(self, at, word))
            }
            WordKind::Number | WordKind::Word => next.upper || next.digit,
        }
    }

    /// A period directly followed by a letter or digit: "world.Today" and "1,000.That" end a
    /// sentence (text run together); a footnote number ("consultation.11 12 Take") ends one
    /// after the number; decimals, "U.S.A", "e.g", "Ph.D", e-mail and web addresses do not.
    fn glued(&self, at: usize, after: usize, word: &str) -> Option<usize> {
        let text = self.text;
        let before = text.get(..at)?.chars().next_back()?;
        let next = text.get(after..self.end)?.chars().next()?;
        let kind = abbreviation::classify(word);
        if next.is_ascii_digit() {
            let footnote = (before.is_alphabetic() && kind == WordKind::Word) || before == ')';
            if !footnote {
                return None;
            }
            let end = terminal::skip_footnote_numbers(text, after, self.end);
            let n = self.after(terminal::Closers { end, quote: false })?;
            return n.upper.then_some(end);
        }
        let words = matches!(kind, WordKind::Word | WordKind::Number);
        let run_together = words
            && (before.is_lowercase() || before.is_ascii_digit())
            && next.is_uppercase()
            && text
                .get(after + next.len_utf8()..self.end)
                .and_then(|s| s.chars().next())
                .is_some_and(char::is_lowercase)
            && !terminal::in_link(text, self.start, at, self.end);
        run_together.then_some(after)
    }
}

/// From the end of a word skipped at `at`, skips what the scan's loop would skip word by word
/// (ending at the same position with the same previous character) without its tests for every
/// word: the separator after the word, a single space or a comma and a single space (a comma
/// after a word changes nothing but the previous character), and the next word when it cannot
/// end a list label, for as long as that pattern goes on. Stops at `end`. Returns the position
/// and the character before it.
fn skip_words(bytes: &[u8], mut at: usize, end: usize) -> (usize, Option<char>) {
    loop {
        let separator = match bytes.get(at..end) {
            Some([b' ', ..]) => 1,
            Some([b',', b' ', ..]) => 2,
            _ => return (at, bytes.get(at - 1).map(|&b| char::from(b))),
        };
        let next = at + separator;
        let word = bytes.get(next..end).unwrap_or_default();
        let run = ascii_word::alnum_len(word);
        if run == 0 || list::may_end_label(run, word.get(run).copied()) {
            return (next, Some(' '));
        }
        at = next + run;
    }
}

/// The text of the block before `word` (which ends at `at`).
fn text_before<'t>(scan: &Scan<'t, '_>, at: usize, word: &str) -> &'t str {
    let word_start = at.saturating_sub(word.len());
    scan.text.get(scan.start..word_start).unwrap_or("")
}
