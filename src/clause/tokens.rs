//! A sentence cut into words, values and marks, each tagged with the clause it belongs to.
//!
//! Values are the extractor's quantities, one token each whatever their words ("more than $3
//! billion"), so a trigger is never read inside a value. Clauses are cut at semicolons,
//! parentheses, dashes and the words that open another clause ("but", "while", "saying"); a
//! clause opened after a comma by a relative or a participle ("the city, whose budget is $9
//! billion, is buying…", "the tariff, raised from 8% last year, is now 15%") is set inside the
//! clause around it, which resumes after the next comma.

use super::words::{CLAUSE_OPENERS, EMBEDDED_OPENERS};
use crate::quantity::Quantity;
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// The index of the value in the quantities given to `tokenize`.
    Value(usize),
    /// A mark that matters to the reading: `,` `;` `:` `(` `)` and dashes (as `—`).
    Mark(char),
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
    /// The clause this token belongs to; clause 0 is the sentence's first.
    pub clause: u32,
    /// For the first token of an embedded clause's words: the clause it is set inside.
    pub outer: Option<u32>,
}

/// The tokens of `sentence` in `text` (document offsets), with the sentence's quantities
/// (document offsets, sorted) as single tokens.
pub fn tokenize(text: &str, sentence: Span, quantities: &[Quantity]) -> Vec<Token> {
    // About a token per six bytes of news text: one allocation for most sentences, where
    // growing from empty reallocated three or four times a sentence.
    let mut tokens = Vec::with_capacity(sentence.len() / 4 + 1);
    let mut values = quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| sentence.contains(q.span) && !q.span.is_empty())
        .peekable();
    let bytes = text.as_bytes();
    let mut at = sentence.start;
    while at < sentence.end {
        if let Some((i, q)) = values.peek().copied()
            && q.span.start <= at
        {
            values.next();
            if q.span.end > at {
                tokens.push(token(
                    Span::new(q.span.start.max(at), q.span.end),
                    Kind::Value(i),
                ));
                at = q.span.end;
            }
            continue;
        }
        let next_value = values.peek().map_or(sentence.end, |(_, q)| q.span.start);
        let c = match bytes.get(at) {
            Some(&b) if b.is_ascii() => char::from(b),
            _ => match text.get(at..).and_then(|s| s.chars().next()) {
                Some(c) => c,
                None => break,
            },
        };
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            let end = word_end(text, at, next_value.min(sentence.end));
            tokens.push(token(Span::new(at, end), Kind::Word));
            at = end;
            continue;
        }
        let mark = match c {
            ',' | ';' | ':' | '(' | ')' => Some(c),
            '[' => Some('('),
            ']' => Some(')'),
            '—' | '–' => Some('—'),
            '-' if at > sentence.start
                && bytes.get(at - 1) == Some(&b' ')
                && bytes.get(at + 1) == Some(&b' ') =>
            {
                Some('—')
            }
            _ => None,
        };
        if let Some(m) = mark {
            tokens.push(token(Span::new(at, at + len), Kind::Mark(m)));
        }
        at += len;
    }
    assign_clauses(text, &mut tokens);
    tokens
}

fn token(span: Span, kind: Kind) -> Token {
    Token {
        span,
        kind,
        clause: 0,
        outer: None,
    }
}

/// The end of the word starting at `at`: letters and digits, joined by an apostrophe, a hyphen
/// or a full stop between letters ("isn't", "long-range", "U.S").
fn word_end(text: &str, at: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = limit.min(text.len());
    // The character at `i` (before `limit`) and its length: ASCII without decoding.
    let char_at = |i: usize| -> Option<(char, usize)> {
        let &b = bytes.get(i).filter(|_| i < limit)?;
        if b.is_ascii() {
            return Some((char::from(b), 1));
        }
        let c = text.get(i..limit)?.chars().next()?;
        Some((c, c.len_utf8()))
    };
    let mut end = at;
    let mut i = at;
    while let Some((c, len)) = char_at(i) {
        if c.is_alphanumeric() {
            end = i + len;
        } else if !(matches!(c, '\'' | '’' | '-' | '.')
            && char_at(i + len).is_some_and(|(n, _)| n.is_alphanumeric()))
        {
            break;
        }
        i += len;
    }
    end
}

/// Tags each token with its clause (see the module's doc).
fn assign_clauses(text: &str, tokens: &mut [Token]) {
    let mut next_id = 0u32;
    let mut current = 0u32;
    // The clauses an embedded clause or a parenthesis will return to.
    let mut outer: Vec<u32> = Vec::new();
    let mut after_comma = false;
    // Right after the comma that closes an embedded clause.
    let mut resumed = false;
    for i in 0..tokens.len() {
        let kind = tokens[i].kind;
        let word = tokens[i].span.slice(text);
        let mut open = |outer_of_new: Option<u32>, tokens: &mut [Token]| {
            next_id += 1;
            tokens[i].outer = outer_of_new;
            next_id
        };
        match kind {
            Kind::Mark(';') | Kind::Mark('—') => {
                outer.clear();
                current = open(None, tokens);
            }
            Kind::Mark('(') => {
                outer.push(current);
                current = open(Some(current), tokens);
            }
            Kind::Mark(')') => {
                current = outer.pop().unwrap_or(current);
            }
            Kind::Mark(',') if !outer.is_empty() && is_embedded(tokens, i) => {
                // The comma that closes an embedded clause belongs to it; the outer clause
                // resumes after it.
                tokens[i].clause = current;
                current = outer.pop().unwrap_or(current);
                // The outer clause resumes with its own verb: "turnout, which was 71% in
                // 2019, dropped to 64%" ("dropped" opens nothing), though another relative or
                // a participle in -ing may follow (", overturning 209 seats, leading to…").
                resumed = true;
                after_comma = true;
                continue;
            }
            Kind::Word
                if opens_clause(word)
                    || (word.eq_ignore_ascii_case("that")
                        && i.checked_sub(1)
                            .and_then(|p| tokens.get(p))
                            .is_some_and(|p| {
                                p.kind == Kind::Word
                                    && is_one_of(p.span.slice(text), &["and", "but"])
                            })) =>
            {
                outer.clear();
                current = open(None, tokens);
            }
            Kind::Word
                if after_comma
                    && ((opens_embedded(word) && !(resumed && resumes_with_verb(word)))
                        || restates_value(tokens, i, word)) =>
            {
                outer.push(current);
                current = open(Some(current), tokens);
                // So does the comma that opens it.
                if let Some(comma) = i.checked_sub(1).and_then(|c| tokens.get_mut(c)) {
                    comma.clause = current;
                }
            }
            _ => {}
        }
        tokens[i].clause = current;
        after_comma = matches!(kind, Kind::Mark(','));
        resumed = false;
    }
}

/// Whether `word` is one of [`CLAUSE_OPENERS`], asked of every word of every sentence that
/// holds a value: an ASCII word whose length and first letter no opener has is answered
/// without walking the list (most words: "the", "and", "said").
fn opens_clause(word: &str) -> bool {
    if !word.is_ascii() {
        return is_one_of(word, CLAUSE_OPENERS);
    }
    let bytes = word.as_bytes();
    let shape = match bytes.first() {
        Some(&first) if first.is_ascii_alphabetic() => OPENER_SHAPES
            .get(bytes.len())
            .is_some_and(|letters| letters & (1 << (first.to_ascii_lowercase() - b'a')) != 0),
        _ => false,
    };
    shape && is_one_of(word, CLAUSE_OPENERS)
}

/// For each length, a bit per first letter of the openers of that length.
static OPENER_SHAPES: [u32; 16] = shapes(CLAUSE_OPENERS);

/// The (length, first letter) pairs of `words`, which must be lowercase ASCII words shorter
/// than 16 bytes (checked when the table is built, at compile time).
const fn shapes(words: &[&str]) -> [u32; 16] {
    let mut out = [0u32; 16];
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        assert!(!w.is_empty() && w.len() < 16 && w[0].is_ascii_lowercase());
        out[w.len()] |= 1 << (w[0] - b'a');
        i += 1;
    }
    out
}

/// "As many as 1,684, or more than half of the deaths, were located in…", "$3 billion, or 12%
/// of revenue, came from…": "or" after a value and a comma restates the value in other terms;
/// the restatement is set inside the clause, which resumes after the next comma.
fn restates_value(tokens: &[Token], i: usize, word: &str) -> bool {
    word.eq_ignore_ascii_case("or")
        && i.checked_sub(2)
            .and_then(|v| tokens.get(v))
            .is_some_and(|t| matches!(t.kind, Kind::Value(_)))
}

/// After the comma that closes an embedded clause, the outer clause resumes with its own verb,
/// whatever its form: "Acme, based in Ohio, bought 14 rivals", "turnout, which was 71% in 2019,
/// dropped to 64%". Only a relative or a participle in -ing opens another clause there (",
/// overturning 209 seats, leading to…").
fn resumes_with_verb(word: &str) -> bool {
    !(word.ends_with("ing") || is_one_of(word, &["which", "who", "whose", "whom", "where", "when"]))
}

/// Whether the clause the comma at `i` closes was opened after a comma (not a parenthesis).
fn is_embedded(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i.saturating_sub(1)].clause;
    tokens[..i]
        .iter()
        .rev()
        .take_while(|t| t.clause == clause)
        .any(|t| t.outer.is_some() && t.kind == Kind::Word)
}

/// A relative pronoun or a participle ("raised", "valued", "including" is not one: it names a
/// part and stays in its clause).
fn opens_embedded(word: &str) -> bool {
    if is_one_of(word, EMBEDDED_OPENERS) {
        return true;
    }
    let lower = word.as_bytes();
    // "including" names a part and "saying" opens a clause of its own: neither is set inside.
    word.len() > 4
        && lower.iter().all(|b| b.is_ascii_lowercase())
        && (word.ends_with("ed") || (word.ends_with("ing") && word.len() > 5))
        && !matches!(
            word,
            "need"
                | "speed"
                | "seed"
                | "feed"
                | "breed"
                | "indeed"
                | "including"
                | "during"
                | "according"
                | "following"
                | "something"
                | "nothing"
                | "everything"
        )
}

/// Whether `word`, lowercased, is one of `list` (lowercase words), a word list of the code.
/// This runs for every word between every value and subject, against lists of up to a
/// hundred verbs: a long list is asked through a set of its words, built once per thread and
/// list (a `'static` list lives as long as the program, so its address names it), a short one
/// word by word. Answers as [`is_one_of_words`] does.
pub fn is_one_of(word: &str, list: &'static [&'static str]) -> bool {
    if list.len() <= SHORT_LIST {
        return is_one_of_words(word, list);
    }
    let Some(lower) = crate::lower_word::LowerWord::new(word).filter(|_| word.is_ascii()) else {
        return is_one_of_words(word, list);
    };
    let key = (list.as_ptr() as usize, list.len());
    LIST_SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        let mut at = list_slot(key);
        for _ in 0..LIST_SLOTS {
            match sets.get_mut(at) {
                Some(Some((k, set))) if *k == key => return set.contains(lower.as_str()),
                Some(slot @ None) => {
                    let set: WordSet = list.iter().map(|w| w.to_ascii_lowercase()).collect();
                    let found = set.contains(lower.as_str());
                    *slot = Some((key, set));
                    return found;
                }
                _ => at = (at + 1) % LIST_SLOTS,
            }
        }
        // More long lists than slots (the code has far fewer): asked word by word.
        is_one_of_words(word, list)
    })
}

/// Slots of the per-thread table of long lists' sets, more than the code has long lists.
const LIST_SLOTS: usize = 128;

/// The slot a list's key starts its search at: its address, multiplied and shifted (a
/// Fibonacci hash), a few instructions where hashing the key was a fifth of what discover's
/// clause reading spent in this function.
fn list_slot((address, _): (usize, usize)) -> usize {
    let mixed = (address as u64 >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> 57) as usize % LIST_SLOTS
}

/// Lists longer than this are asked through a set ([`is_one_of`]).
const SHORT_LIST: usize = 16;

type WordSet = std::collections::HashSet<
    String,
    std::hash::BuildHasherDefault<crate::subject::name::word_map::Fnv>,
>;

/// A long list's key (its address and length) and the set of its words.
type ListSet = ((usize, usize), WordSet);

thread_local! {
    /// The set of each long word list asked on this thread, by the list's address and length,
    /// in a table of [`LIST_SLOTS`] slots (open addressing from [`list_slot`]).
    static LIST_SETS: std::cell::RefCell<Vec<Option<ListSet>>> =
        std::cell::RefCell::new((0..LIST_SLOTS).map(|_| None).collect());
}

/// Whether `word`, lowercased, is one of `list` (lowercase words), any list: an ASCII word is
/// compared ignoring ASCII case, without a lowercase copy; a non-ASCII word is lowercased in a
/// copy first.
pub fn is_one_of_words(word: &str, list: &[&str]) -> bool {
    let lower = if word.is_ascii() {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    };
    list.iter().any(|w| w.eq_ignore_ascii_case(&lower))
}
