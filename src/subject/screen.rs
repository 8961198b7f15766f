//! A screen for a file's own text, before its markup is read: can any alias occur in it?
//!
//! Reading a Markdown or HTML file into prose costs as much again as checking the prose, and
//! in a large corpus most files name no claimed subject. Every alias occurrence in the prose
//! holds, in its folded form, each word of the folded alias; a word of ASCII letters and
//! digits is also a run of the file's text (up to ASCII case) unless markup or a character
//! reference splits it, or an invisible character sits inside it. The reader tells the second
//! case ([`crate::reader::words_intact`]); this screen searches the file's text for one such
//! word of every alias, the longest, at once. When it finds none, the prose holds no alias.
//!
//! An alias with no ASCII word of [`SHORTEST_WORD`] characters ("EU", "Ñuñoa") cannot be
//! screened this way: the screen then lets every file through.

use aho_corasick::{AhoCorasick, MatchKind};

/// The shortest word searched for: shorter ones ("eu", "s") occur in most files, and the
/// screen would only add a search.
const SHORTEST_WORD: usize = 3;

/// One word of every alias, searched for in a file's text at once.
#[derive(Debug, Clone)]
pub struct AliasScreen {
    /// `None` when some alias has no word to search for: every file may hold it.
    words: Option<AhoCorasick>,
}

impl AliasScreen {
    /// The screen for aliases already folded, as the [`crate::subject::SubjectMatcher`]
    /// searches the prose for them (it builds its screen from its own patterns; none is
    /// empty).
    pub(crate) fn new<'a>(folded_aliases: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words: Vec<String> = Vec::new();
        for folded in folded_aliases {
            let longest = folded
                .split(|c: char| !c.is_ascii_alphanumeric())
                .max_by_key(|w| w.len())
                .filter(|w| w.len() >= SHORTEST_WORD);
            match longest {
                Some(word) => words.push(word.to_string()),
                None => return AliasScreen { words: None },
            }
        }
        words.sort_unstable();
        words.dedup();
        // Leftmost-first: any match answers; ASCII case folded as the matcher folds it.
        let words = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .ascii_case_insensitive(true)
            .build(&words)
            .ok();
        AliasScreen { words }
    }

    /// False only when no alias can occur in prose read from `text` whose words are intact
    /// (see the module's documentation).
    pub fn may_occur(&self, text: &str) -> bool {
        self.words.as_ref().is_none_or(|words| words.is_match(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::subject::fold::fold;

    impl AliasScreen {
        fn of(aliases: &[&str]) -> Self {
            let folded: Vec<String> = aliases.iter().map(|a| fold(a)).collect();
            AliasScreen::new(folded.iter().map(String::as_str))
        }
    }

    #[test]
    fn finds_the_longest_word_of_each_alias_in_any_case() {
        let screen = AliasScreen::of(&["Predator armed drones", "2+2 dialogue"]);
        assert!(screen.may_occur("the <b>PREDATOR</b> order"));
        assert!(screen.may_occur("a round of **dialogues** in Delhi"));
        assert!(!screen.may_occur("India and the United States met in Washington."));
        // "armed" is searched for nowhere: one word per alias, the longest.
        assert!(!screen.may_occur("armed forces"));
    }

    #[test]
    fn an_alias_without_a_long_ascii_word_lets_every_file_through() {
        let screen = AliasScreen::of(&["armed drones", "MQ-9B"]);
        assert!(screen.may_occur("nothing related at all"));
    }

    #[test]
    fn words_are_those_of_the_folded_alias() {
        // Folded, "co-production" is two words: "production" is searched for.
        let screen = AliasScreen::of(&["co-production"]);
        assert!(screen.may_occur("Co&#8209;Production deals"));
        assert!(!screen.may_occur("coproduce"));
    }
}
