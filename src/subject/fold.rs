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
        '\u{00AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Class::Drop,
        '+' | '=' | '/' | '&' | '%' | '#' | '@' | '*' | '<' | '>' | '^' | '|' | '~' | '$'
        | '\\' | '×' | '±' | '÷' | '−' | '€' | '£' | '¥' | '°' => Class::Glue,
        c if c.is_whitespace() => Class::Space,
        _ => Class::Keep,
    }
}

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

    /// [`Folder::push`] for an ASCII letter or digit, without classifying or re-encoding it.
    fn push_ascii_word_byte(&mut self, original: usize, b: u8) {
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
        self.text.push(char::from(b.to_ascii_lowercase()));
    }

    fn space(&mut self, original: usize, len: usize) {
        if !self.after_glue && self.pending_space.is_none() {
            self.pending_space = Some((original, len));
        }
    }
}

impl Folded {
    /// Folds `text`. Linear in its length.
    pub fn new(text: &str) -> Self {
        let mut folder = Folder::with_capacity(text.len());
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphanumeric() {
                // The hot path: most of a document is ASCII letters and digits.
                folder.push_ascii_word_byte(i, b);
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
mod tests {
    use super::*;

    #[test]
    fn folds_what_editors_do_not_distinguish() {
        let cases = [
            ("S-400", "s 400"),
            ("S 400", "s 400"),
            ("two-plus-two", "two plus two"),
            ("2+ 2", "2+2"),
            ("2 +2", "2+2"),
            ("2 + 2", "2+2"),
            ("“2+2” dialogue", "2+2 dialogue"),
            ("“2+2 dialogue”", "2+2 dialogue"),
            ("India’s", "india's"),
            ("the ‘agreed’", "the agreed'"),
            ("  Predator\n\n Armed\tDrones ", "predator armed drones"),
            ("fifth “2 plus 2” dialogue", "fifth 2 plus 2 dialogue"),
            ("co\u{00AD}operation", "cooperation"),
            ("ÉCOLE", "école"),
            ("İstanbul", "i\u{307}stanbul"),
        ];
        for (text, want) in cases {
            assert_eq!(fold(text), want, "folding {text:?}");
        }
    }

    /// Every folded character maps back to the original character it came from.
    #[test]
    fn maps_back_to_original_characters() {
        let text = "Ünd  “İstanbul”\u{00A0}— S-400’s 2 + 2 \u{212A}elvin";
        let folded = Folded::new(text);
        let f = folded.as_str();
        for (i, c) in f.char_indices() {
            let end = i + c.len_utf8();
            let start = floor_boundary(text, folded.start_of(i));
            let stop = ceil_boundary(text, folded.end_of(end));
            assert!(start < stop, "{c:?} at {i} maps to empty {start}..{stop}");
            let original = &text[start..stop];
            if c != ' ' && c != '\u{307}' {
                let lower: String = original.chars().flat_map(char::to_lowercase).collect();
                let lower = lower.replace('’', "'");
                assert!(lower.contains(c), "{c:?} maps to {original:?}");
            }
        }
    }

    /// Pseudo-random text over an alphabet of awkward characters: every folded character maps
    /// to a non-empty, in-order range of `char` boundaries.
    #[test]
    fn maps_random_text_monotonically() {
        let alphabet: Vec<char> = "aZ9 -–+’“\"\n\u{00A0}\u{00AD}İ\u{212A}ẞé.'"
            .chars()
            .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push(alphabet[(state >> 33) as usize % alphabet.len()]);
            }
            let folded = Folded::new(&text);
            let mut last_end = 0;
            for (i, c) in folded.as_str().char_indices() {
                let start = floor_boundary(&text, folded.start_of(i));
                let end = ceil_boundary(&text, folded.end_of(i + c.len_utf8()));
                assert!(start < end && end <= text.len(), "{text:?} at {i}");
                assert!(
                    start >= last_end || c == '\u{307}',
                    "{text:?} at {i}: out of order"
                );
                last_end = end;
            }
        }
    }

    #[test]
    fn anchors_stay_sparse_on_plain_text() {
        let text = "The talks focused on the two nations’ strategic cooperation. ".repeat(1000);
        let folded = Folded::new(&text);
        // One atomic apostrophe and one resumption per sentence.
        assert!(
            folded.anchors.len() <= 2 * 1000 + 1,
            "{}",
            folded.anchors.len()
        );
    }
}
