//! What a claim's statement says with its own verbs: "Labour won 412 seats" states its value
//! with "won", "The dividend is paid on June 28, 2024" with "is paid" (passive), and "Delta says
//! the outage cost it $500 million" makes Delta a speaker. The checker uses them to recognise a
//! sentence that goes on about the subject (`carried.rs`) and a speaker's report
//! (`reported.rs`). Verbs every statement may use (be, have, say, report) are nobody's own.

use crate::claims::Claim;
use crate::clause::is_one_of;

/// What a claim's statement says with its own verbs: how to recognise a sentence that goes on
/// about its subject, and whether its subject is a speaker (`reported.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct StatementVerbs {
    /// Stems of the statement's own verbs ("win" of "won", "pay" of "paid").
    pub(super) verbs: Vec<String>,
    /// Whether each of `verbs` is passive ("is paid", "were killed"): a sentence states the
    /// value with the verb only in the same voice ("It will be paid out on June 28", not
    /// "it paid its staff a bonus on July 5").
    pub(super) passive: Vec<bool>,
    /// Head nouns of the aliases of several words, lowercase: "party" of "Labour Party".
    pub(super) heads: Vec<String>,
    /// The statement reports what its subject says: "Delta says the outage cost it $500
    /// million" (an alias, then a verb of saying).
    pub(super) speaker: bool,
}

/// The reading of `claim`'s statement, when it has a verb of its own to recognise the sentence
/// after by.
pub(super) fn statement_verbs(claim: &Claim) -> Option<StatementVerbs> {
    let statement = claim.statement.as_deref()?;
    let aliases: Vec<String> = claim.subject.iter().map(|a| a.to_lowercase()).collect();
    let words: Vec<&str> = statement_words(statement).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // The words of the subject's occurrence are not verbs of the statement ("construction
    // workers"), whatever their ending.
    let mut in_subject = vec![false; lower.len()];
    for alias in &aliases {
        let alias: Vec<&str> = alias.split_whitespace().collect();
        if alias.is_empty() {
            continue;
        }
        for start in 0..lower.len().saturating_sub(alias.len() - 1) {
            if lower[start..start + alias.len()]
                .iter()
                .zip(&alias)
                .all(|(w, a)| w == a)
            {
                in_subject[start..start + alias.len()].fill(true);
            }
        }
    }
    let mut verbs: Vec<String> = Vec::new();
    let mut passive: Vec<bool> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|j| lower.get(j));
        let after_number = before.is_some_and(|b| b.starts_with(|c: char| c.is_ascii_digit()));
        // "after the split", "412 seats": a noun after a determiner or a figure.
        let noun_position = before.is_some_and(|b| {
            after_number || is_one_of(b, &["the", "a", "an", "its", "their", "per", "of"])
        });
        if in_subject[i] || noun_position || !reads_as_verb(word) {
            continue;
        }
        let stem = stem(&lower[i]);
        if !verbs.contains(&stem) {
            verbs.push(stem);
            passive.push(after_be(&lower[..i]));
        }
    }
    if verbs.is_empty() {
        return None;
    }
    let heads = aliases
        .iter()
        .filter_map(|alias| {
            let words: Vec<&str> = alias.split_whitespace().collect();
            // "earnings per share" is headed by "earnings": the word before a preposition.
            let head = match words.iter().position(|w| is_one_of(w, PREPOSITIONS)) {
                Some(p) => words.get(p.checked_sub(1)?)?,
                None => words.last()?,
            };
            (words.len() > 1 && head.chars().all(|c| c.is_ascii_lowercase()))
                .then(|| head.to_string())
        })
        .collect();
    // "Delta says", "The health ministry said".
    let opening = usize::from(lower.first().is_some_and(|w| w == "the"));
    let speaker = aliases.iter().any(|alias| {
        let n = opening + alias.split_whitespace().count();
        lower.len() > n
            && lower[opening..n]
                .iter()
                .map(String::as_str)
                .eq(alias.split_whitespace())
            && is_one_of(&lower[n], crate::clause::SAYING_VERBS)
    });
    Some(StatementVerbs {
        verbs,
        passive,
        heads,
        speaker,
    })
}

impl StatementVerbs {
    /// Whether the statement reports what its subject says.
    pub fn speaker(&self) -> bool {
        self.speaker
    }

    /// Whether one of the statement's verbs stands in `text[from..to]`: the sentence after
    /// states the value with the statement's verb.
    pub fn states_with_verb(&self, text: &str, from: usize, to: usize) -> bool {
        self.has_verb(text, from, to, true)
    }

    /// Whether one of the statement's verbs stands in `text[from..to]` in either voice: "The
    /// collapse killed eight workers" for "Six workers were killed".
    pub fn uses_verb(&self, text: &str, from: usize, to: usize) -> bool {
        self.has_verb(text, from, to, false)
    }

    fn has_verb(&self, text: &str, from: usize, to: usize, same_voice: bool) -> bool {
        let words: Vec<String> = crate::span::window(text, from, to)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        words.iter().enumerate().any(|(i, w)| {
            reads_as_verb(w)
                && self.verbs.iter().zip(&self.passive).any(|(v, &passive)| {
                    *v == stem(w) && (!same_voice || passive == after_be(&words[..i]))
                })
        })
    }
}

/// Whether a verb whose words before are `before` (lowercase) is passive: a form of "be" is
/// one of the two words before it ("is paid", "will be paid", "was later paid").
fn after_be<S: AsRef<str>>(before: &[S]) -> bool {
    before.iter().rev().take(2).any(|w| {
        is_one_of(
            w.as_ref(),
            &["is", "are", "was", "were", "be", "been", "being"],
        )
    })
}

/// The words of a statement, without their punctuation.
fn statement_words(statement: &str) -> impl Iterator<Item = &str> {
    statement
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '-' | '$' | '%' | '.' | ','))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ',' | '-')))
        .filter(|w| !w.is_empty())
}

/// Whether a lowercase word reads as a verb of its own: a form in -s, -ed or -ing, or an
/// irregular form, not a verb every statement may use (be, have, say).
pub(super) fn reads_as_verb(word: &str) -> bool {
    if !word.chars().all(|c| c.is_ascii_lowercase()) || is_one_of(word, NOT_OWN_VERBS) {
        return false;
    }
    IRREGULAR.iter().any(|(form, _)| *form == word)
        || crate::clause::HAVING_VERBS.contains(&word)
        || crate::clause::LEVEL_VERBS.contains(&word)
        || (word.len() >= 4
            && (word.ends_with("ed") || word.ends_with("ing") || word.ends_with('s'))
            && !["ss", "us", "is"].iter().any(|e| word.ends_with(e)))
}

/// A verb's stem, shared by its forms: "win" of "won" and "wins", "pay" of "paid", "kil" of
/// "killed" and "kill", "collaps" of "collapsed" and "collapse".
fn stem(word: &str) -> String {
    if let Some((_, lemma)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return (*lemma).to_string();
    }
    let mut bare = word;
    for suffix in ["ing", "ied", "ies", "ed", "es", "s"] {
        if let Some(b) = bare.strip_suffix(suffix).filter(|b| b.len() >= 2) {
            bare = b;
            if matches!(suffix, "ied" | "ies") {
                return format!("{bare}y");
            }
            break;
        }
    }
    let bare = bare
        .strip_suffix('e')
        .filter(|b| b.len() >= 2)
        .unwrap_or(bare);
    let bytes = bare.as_bytes();
    // "stopped": "stopp" is "stop".
    match bytes {
        [.., a, b] if a == b && !b"aeiou".contains(b) => bare[..bare.len() - 1].to_string(),
        _ => bare.to_string(),
    }
}

/// Verbs every statement may use, which say nothing of what it states.
const NOT_OWN_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "having",
    "does",
    "did",
    "says",
    "said",
    "saying",
    "reports",
    "reported",
    "announced",
    "announces",
    "stated",
    "states",
    "told",
    "tells",
    "according",
    "expects",
    "expected",
    "includes",
    "included",
    "including",
];

/// Prepositions that end an alias's head: "earnings per share".
const PREPOSITIONS: &[&str] = &["of", "per", "for", "in", "on", "at", "from", "to", "with"];

/// Irregular forms of the verbs news states figures with, and their lemma.
const IRREGULAR: &[(&str, &str)] = &[
    ("won", "win"),
    ("paid", "pay"),
    ("held", "hold"),
    ("struck", "strike"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("took", "take"),
    ("taken", "take"),
    ("began", "begin"),
    ("begun", "begin"),
    ("led", "lead"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("spent", "spend"),
    ("made", "make"),
    ("gave", "give"),
    ("given", "give"),
    ("got", "get"),
    ("brought", "bring"),
    ("kept", "keep"),
    ("lost", "lose"),
    ("left", "leave"),
    ("met", "meet"),
    ("sent", "send"),
    ("stood", "stand"),
    ("cost", "cost"),
    ("hit", "hit"),
    ("cut", "cut"),
    ("set", "set"),
    ("put", "put"),
    ("shook", "shake"),
];

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::claims::Claims;

    pub(in crate::verdict) fn claim(subject: &[&str], statement: &str, value: &str) -> Claim {
        let subjects: Vec<String> = subject.iter().map(|s| format!("{s:?}")).collect();
        let toml = format!(
            "[[claim]]\nid = \"c\"\nstatement = {statement:?}\nsubject = [{}]\nvalue = {value:?}\n",
            subjects.join(", ")
        );
        let claims =
            Claims::parse(std::path::Path::new("claims.toml"), &toml).expect("the claims load");
        claims.claims[0].clone()
    }

    #[test]
    fn the_statement_gives_its_own_verbs_and_the_aliases_heads() {
        let c = statement_verbs(&claim(
            &["Labour", "Labour Party"],
            "Labour won 412 seats.",
            "412",
        ));
        assert_eq!(
            c,
            Some(StatementVerbs {
                verbs: vec!["win".into()],
                passive: vec![false],
                heads: vec!["party".into()],
                speaker: false,
            })
        );
        let c = statement_verbs(&claim(
            &["workers", "construction workers"],
            "Six construction workers were killed.",
            "six",
        ));
        assert_eq!(c.map(|c| c.verbs), Some(vec!["kil".to_string()]));
        let c = statement_verbs(&claim(
            &["health ministry"],
            "The health ministry says the outbreak has killed 45 people.",
            "45",
        ));
        assert!(c.is_some_and(|c| c.speaker() && c.verbs == ["kil"]));
        // Only "is" and "after the split": nothing to recognise the sentence after by.
        let c = statement_verbs(&claim(
            &["dividend"],
            "The quarterly dividend is one cent ($0.01) per share after the split.",
            "$0.01",
        ));
        assert_eq!(c, None);
    }

    #[test]
    fn the_value_must_be_stated_with_the_statements_verb() {
        let c =
            statement_verbs(&claim(&["Labour"], "Labour won 412 seats.", "412")).expect("a verb");
        let text = "The party won a total of 412 seats";
        assert!(c.states_with_verb(text, 0, text.len()));
        let text = "The party reported 412 new members";
        assert!(!c.states_with_verb(text, 0, text.len()));
        // The voice of the statement's verb: "is paid" is not "paid its staff".
        let c = statement_verbs(&claim(
            &["dividend"],
            "The dividend is paid on June 28.",
            "June 28",
        ))
        .expect("a verb");
        let text = "It will be paid out on June 28";
        assert!(c.states_with_verb(text, 0, text.len()));
        let text = "it paid its staff a bonus on July 5";
        assert!(!c.states_with_verb(text, 0, text.len()));
        assert_eq!(stem("paid"), stem("pay"));
        assert_eq!(stem("costing"), stem("cost"));
        assert_eq!(stem("collapsed"), stem("collapse"));
        assert_eq!(stem("killed"), stem("kills"));
    }
}
