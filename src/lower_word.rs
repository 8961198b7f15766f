//! Words lowered on the stack for the lookups every stage makes in its word lists.

/// A short word lowercased (on ASCII) into a buffer on the stack. The vocabulary lookups
/// (the extractor's scales, months, currencies and ordinals; the clause lexicon; the name
/// scan's titles) run for nearly every word read, and
/// a heap-allocated lowercase copy each time was a tenth of a run with many claims. A word
/// without an ASCII capital, as most words of running text are, is used as it is: the copy
/// would have to be validated as UTF-8 again to be read as text (6% of a 10,000-claim run).
pub(crate) enum LowerWord<'a> {
    /// The word was already lowercase.
    Same(&'a str),
    /// The word with its ASCII capitals lowered.
    Lowered { buf: [u8; MAX_LOWER], len: usize },
}

/// Longer than every word of the vocabularies: a longer word is in none of them.
pub(crate) const MAX_LOWER: usize = 24;

impl<'a> LowerWord<'a> {
    /// `None` when `word` is longer than 24 bytes: no vocabulary word is.
    pub(crate) fn new(word: &'a str) -> Option<Self> {
        if word.len() > MAX_LOWER {
            return None;
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Some(LowerWord::Same(word));
        }
        let mut buf = [0u8; MAX_LOWER];
        buf.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        Some(LowerWord::Lowered {
            buf,
            len: word.len(),
        })
    }

    /// The word. A lowered copy is validated each time (lowering ASCII bytes keeps UTF-8
    /// valid, so the fallback is never taken): call once and keep the `&str`.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            LowerWord::Same(word) => word,
            LowerWord::Lowered { buf, len } => buf
                .get(..*len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_words_on_the_stack() {
        let read = |w: &str| LowerWord::new(w).map(|l| l.as_str().to_string());
        assert_eq!(read("BILLION").as_deref(), Some("billion"));
        assert_eq!(read("Crores").as_deref(), Some("crores"));
        assert_eq!(
            read("Éuro元").as_deref(),
            Some("Éuro元"),
            "only ASCII is lowered"
        );
        assert_eq!(read("").as_deref(), Some(""));
        assert_eq!(read(&"x".repeat(24)).map(|s| s.len()), Some(24));
        assert_eq!(
            read(&"x".repeat(25)),
            None,
            "longer than any vocabulary word"
        );
    }
}
