//! Text folding: one normalised string for a document, and a compact way back to its bytes.
//!
//! Aliases and documents are folded by the same function, so that a plain substring search on
//! folded text is a search that ignores what an editor does not mean to distinguish:
//!
//! * case (Unicode lowercasing, even where it changes a character's byte length);
//! * runs of white space, newlines, hyphens and dashes, which all become one space
//!   ("S-400" = "S 400", "two-plus-two" = "two plus two");
//! * white space next to a symbol such as `+`, `/` or `&`, which is dropped ("2 + 2" = "2+2");
//! * double quotes of every kind, which count as white space, so `“2+2” dialogue` folds to
//!   `2+2 dialogue`;
//! * typographic apostrophes, which become `'` ("India’s" = "India's"); a single quote that
//!   opens a word is a quotation mark and counts as white space;
//! * invisible characters (soft hyphen, zero-width joiners, byte-order mark), which are dropped.
//!
//! The map back to the original is a sorted list of anchors, one wherever the folded text stops
//! being a byte-for-byte (up to ASCII case) copy of the original: a dropped character, a collapsed
//! run, or a character whose folded form has another length. Ordinary prose needs a few anchors
//! per sentence rather than an offset per byte, which keeps a 100 MB document affordable.

use crate::ascii_lanes::{HIGH, eight_at, in_range};

/// A point where the folded text resumes, or departs from, a byte-for-byte copy of the original.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    /// Byte offset in the folded text.
    folded: usize,
    /// Byte offset in the original text.
    original: usize,
    /// 0: bytes from here on map one to one (a linear run). Otherwise the folded bytes up to the
    /// next anchor all stand for one original character of this many bytes.
    atomic_len: usize,
}

/// A folded document: the normalised text and the anchors that map it back.
#[derive(Debug, Clone)]
pub struct Folded {
    text: String,
    anchors: Vec<Anchor>,
    original_len: usize,
}

/// How one original character takes part in folding.
enum Class {
    /// White space, hyphens, dashes, double quotes: a word separator.
    Space,
    /// A symbol that binds its neighbours: surrounding white space is dropped.
    Glue,
    /// An apostrophe or single quote, folded to `'` unless it opens a word.
    Apostrophe,
    /// Invisible: dropped without trace.
    Drop,
    /// Everything else, lowercased.
    Keep,
}

fn classify(c: char) -> Class {
    match c {
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' => {
            Class::Space
        }
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '\u{200B}' => Class::Space,
        '\'' | '‘' | '’' | '‚' | '‛' | '`' | '´' | 'ʼ' | '′' => Class::Apostrophe,
        c if is_invisible(c) => Class::Drop,
        '+' | '=' | '/' | '&' | '%' | '#' | '@' | '*' | '<' | '>' | '^' | '|' | '~' | '$'
        | '\\' | '×' | '±' | '÷' | '−' | '€' | '£' | '¥' | '°' => Class::Glue,
        c if c.is_whitespace() => Class::Space,
        _ => Class::Keep,
    }
}

/// Characters folding drops: a word written with one inside is read without it.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// An ASCII byte that folds to itself, lowercased ([`Class::Keep`]): letters, digits and the
/// punctuation that is neither a separator, an apostrophe nor a glue symbol. A table lookup:
/// the folder asks this of nearly every byte of the corpus.
fn is_plain(b: u8) -> bool {
    PLAIN[usize::from(b)]
}

const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0u8;
    while b < 128 {
        table[b as usize] = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'.' | b','
                    | b';'
                    | b':'
                    | b'!'
                    | b'?'
                    | b'('
                    | b')'
                    | b'['
                    | b']'
                    | b'{'
                    | b'}'
                    | b'_'
            );
        b += 1;
    }
    table
};

/// Builds the folded text and its anchors, one original character at a time.
struct Folder {
    text: String,
    anchors: Vec<Anchor>,
    /// The first separator of a run not yet written: its original offset and byte length.
    pending_space: Option<(usize, usize)>,
    /// The last character written was a [`Class::Glue`] symbol.
    after_glue: bool,
}

impl Folder {
    fn with_capacity(n: usize) -> Self {
        Folder {
            text: String::with_capacity(n),
            anchors: Vec::new(),
            pending_space: None,
            after_glue: false,
        }
    }

    /// Writes `folded`, which stands for the original character at `original` of `len` bytes.
    fn emit(&mut self, original: usize, len: usize, folded: &str) {
        let at = self.text.len();
        if folded.len() == len {
            let continues = self
                .anchors
                .last()
                .is_some_and(|a| a.atomic_len == 0 && a.original + (at - a.folded) == original);
            if !continues {
                self.push_anchor(at, original, 0);
            }
        } else {
            self.push_anchor(at, original, len);
        }
        self.text.push_str(folded);
    }

    fn push_anchor(&mut self, folded: usize, original: usize, atomic_len: usize) {
        let anchor = Anchor {
            folded,
            original,
            atomic_len,
        };
        match self.anchors.last_mut() {
            // An atomic character that folded to nothing leaves no bytes to map: replace it.
            Some(last) if last.folded == folded => *last = anchor,
            _ => self.anchors.push(anchor),
        }
    }

    /// Writes the separator of the run that ends here, unless it is leading or glued.
    fn flush_space(&mut self) {
        if let Some((original, len)) = self.pending_space.take()
            && !self.text.is_empty()
            && !self.after_glue
        {
            self.emit(original, len, " ");
        }
    }

    fn push(&mut self, original: usize, c: char) {
        let len = c.len_utf8();
        match classify(c) {
            Class::Drop => {}
            Class::Space => self.space(original, len),
            Class::Glue => {
                self.pending_space = None;
                let mut buf = [0u8; 4];
                self.emit(original, len, c.encode_utf8(&mut buf));
                self.after_glue = true;
            }
            Class::Apostrophe => {
                let opens_word = self.pending_space.is_some()
                    || self.after_glue
                    || self.text.is_empty()
                    || self.text.ends_with(' ');
                if opens_word {
                    self.space(original, len);
                } else {
                    self.emit(original, len, "'");
                }
            }
            Class::Keep => {
                self.flush_space();
                self.after_glue = false;
                if c.is_ascii() {
                    let lower = [c.to_ascii_lowercase() as u8];
                    // An ASCII byte is valid UTF-8 on its own.
                    let lower = std::str::from_utf8(&lower).unwrap_or(" ");
                    self.emit(original, len, lower);
                } else {
                    let mut lower = String::new();
                    lower.extend(c.to_lowercase());
                    self.emit(original, len, &lower);
                }
            }
        }
    }

    /// [`Folder::push`] for a run of [`is_plain`] bytes, possibly with single spaces between
    /// them (`run`, at `original`), without classifying or re-encoding each byte: only its
    /// first byte may need an anchor, the rest continue the same linear run.
    fn push_plain_run(&mut self, original: usize, run: &str) {
        if self.pending_space.is_some() {
            self.flush_space();
        }
        self.after_glue = false;
        let at = self.text.len();
        let continues = self
            .anchors
            .last()
            .is_some_and(|a| a.atomic_len == 0 && a.original + (at - a.folded) == original);
        if !continues {
            self.push_anchor(at, original, 0);
        }
        self.text.push_str(run);
        if let Some(written) = self.text.get_mut(at..) {
            written.make_ascii_lowercase();
        }
    }

    /// True when a single ASCII space before a word folds to itself: what [`Folder::push`]
    /// then [`Folder::flush_space`] would write, done at once.
    fn takes_plain_space(&self) -> bool {
        self.pending_space.is_none() && !self.after_glue && !self.text.is_empty()
    }

    fn space(&mut self, original: usize, len: usize) {
        if !self.after_glue && self.pending_space.is_none() {
            self.pending_space = Some((original, len));
        }
    }
}

/// From `at`, just after a plain byte, the first index where eight bytes at a time stop being
/// lowercase ASCII letters and single spaces each followed by a letter: what the plain-run
/// loop of [`Folded::new`] would pass over byte by byte (a letter is plain; a space followed by
/// a plain byte continues the run). Lowercase prose is most of a document, and this scan runs
/// over every byte of the corpus; a chunk with anything else is left to the byte loop.
fn skip_lowercase_words(bytes: &[u8], mut at: usize) -> usize {
    while let Some(x) = eight_at(bytes, at) {
        if x & HIGH != 0 {
            break;
        }
        let letters = in_range(x, b'a', b'z');
        let spaces = in_range(x, b' ', b' ');
        let all_letters_or_spaces = letters | spaces == HIGH;
        // A space must be followed by a letter: not by a space, nor be the chunk's last byte.
        let space_then_space = spaces & (spaces >> 8) != 0;
        let ends_in_space = spaces >> 56 != 0;
        if !all_letters_or_spaces || space_then_space || ends_in_space {
            break;
        }
        at += 8;
    }
    at
}

impl Folded {
    /// Folds `text`. Linear in its length.
    pub fn new(text: &str) -> Self {
        let mut folder = Folder::with_capacity(text.len());
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if is_plain(b) {
                // The hot path: most of a document is ASCII words and punctuation separated by
                // single spaces, which fold to a lowercase copy of themselves.
                let mut end = i + 1;
                loop {
                    end = skip_lowercase_words(bytes, end);
                    while bytes.get(end).copied().is_some_and(is_plain) {
                        end += 1;
                    }
                    if bytes.get(end) == Some(&b' ')
                        && bytes.get(end + 1).copied().is_some_and(is_plain)
                    {
                        end += 2;
                        continue;
                    }
                    break;
                }
                folder.push_plain_run(i, text.get(i..end).unwrap_or_default());
                i = end;
            } else if b == b' '
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
                && folder.takes_plain_space()
            {
                folder.emit(i, 1, " ");
                i += 1;
            } else {
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                folder.push(i, c);
                i += c.len_utf8();
            }
        }
        Folded {
            text: folder.text,
            anchors: folder.anchors,
            original_len: text.len(),
        }
    }

    /// The folded text (valid UTF-8, no leading or trailing space).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The index of the anchor that governs folded byte `f` (the last one at or before it).
    fn anchor_index(&self, f: usize) -> Option<usize> {
        let after = self.anchors.partition_point(|a| a.folded <= f);
        after.checked_sub(1)
    }

    /// The original offset where the folded character starting at byte `f` begins.
    ///
    /// `f` should be a character boundary of the folded text; the result is clamped to the
    /// original length, and callers snap it to a `char` boundary of the original.
    pub fn start_of(&self, f: usize) -> usize {
        let Some(i) = self.anchor_index(f) else {
            return 0;
        };
        let a = self.anchors[i];
        let at = if a.atomic_len == 0 {
            a.original + (f - a.folded)
        } else {
            a.original
        };
        at.min(self.original_len)
    }

    /// The original offset just past the folded text that ends (exclusively) at byte `f`:
    /// the end of the original character behind folded byte `f - 1`.
    ///
    /// In a linear run that character may be several bytes long; the result is the byte after
    /// the folded one, and callers snap it up to a `char` boundary of the original.
    pub fn end_of(&self, f: usize) -> usize {
        let Some(last) = f.checked_sub(1) else {
            return 0;
        };
        let Some(i) = self.anchor_index(last) else {
            return 0;
        };
        let a = self.anchors[i];
        let at = if a.atomic_len == 0 {
            a.original + (last - a.folded) + 1
        } else {
            a.original + a.atomic_len
        };
        at.min(self.original_len)
    }
}

/// Folds a short string (an alias, a name) the way documents are folded.
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}

/// The largest `char` boundary of `text` at or before `i`.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest `char` boundary of `text` at or after `i`.
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests;
