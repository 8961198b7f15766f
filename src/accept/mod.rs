//! Accepted disagreements: conflicts an editor has reviewed and accepts without weakening the
//! claim (an April 2022 article that quotes the 30 drones planned then is true to its day).
//!
//! Two ways to accept, both keyed so that unrelated edits keep them valid:
//! - [`baseline`]: a file of the conflicts accepted at some point, each keyed by claim id,
//!   document path and a [`fingerprint`] of the sentence and the value (never a line number);
//! - [`comments`]: `<!-- crosscheck-ignore drone-count: reason -->` before a paragraph of a
//!   Markdown or HTML document, or `<!-- crosscheck-ignore-file -->` at its top.
//!
//! An accepted conflict is still a conflict: it stays in every report, marked, and only stops
//! failing the build.

pub mod baseline;
pub mod comments;

use serde::{Deserialize, Serialize};

/// Why a conflicting piece of evidence no longer fails the build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acceptance {
    pub by: AcceptedBy,
    /// The reason written after the claim ids in an ignore comment, if any.
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AcceptedBy {
    /// An entry of the `--baseline` file.
    Baseline,
    /// A `crosscheck-ignore` or `crosscheck-ignore-file` comment in the document.
    Comment,
}

impl AcceptedBy {
    pub fn as_str(self) -> &'static str {
        match self {
            AcceptedBy::Baseline => "baseline",
            AcceptedBy::Comment => "comment",
        }
    }
}

/// A stable identity for a piece of evidence: FNV-1a (64 bits, hex) of the sentence and the
/// value, each with white space runs folded to one space and lower-cased.
///
/// Line numbers are deliberately left out, so edits elsewhere in the file, moved lines and
/// re-wrapped sentences keep a baseline entry valid, while a changed figure in the sentence
/// ("30" becoming "32") changes the fingerprint and fails again. The hash is written out here
/// (not `std`'s hasher) because it is stored in files and must never change between builds.
pub fn fingerprint(sentence: &str, value: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    };
    feed(normalise(sentence).as_bytes());
    feed(&[0]);
    feed(normalise(value).as_bytes());
    format!("{hash:016x}")
}

/// White space runs folded to one space, trimmed, lower-cased.
pub fn normalise(text: &str) -> String {
    normalise_space(text).to_lowercase()
}

/// White space runs folded to one space, trimmed.
pub fn normalise_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_wrapping_and_case_but_not_figures() {
        let a = fingerprint("the purchase of 30 Predator\n  Armed Drones.", "30");
        assert_eq!(
            a,
            fingerprint("The purchase of 30 predator armed drones.", "30")
        );
        assert_ne!(
            a,
            fingerprint("The purchase of 32 Predator Armed Drones.", "32")
        );
        assert_eq!(a.len(), 16);
        // Pinned: baselines written by earlier builds must keep matching.
        assert_eq!(fingerprint("", ""), "af63bd4c8601b7df");
    }
}
