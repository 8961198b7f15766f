//! Verdicts: for each claim and document, whether the document supports, contradicts or merely
//! mentions the claim, with the evidence.
//!
//! One [`Checker`] is built per run and checks each document in one pass: every alias of every
//! claim is found at once, sentences are read only where a subject occurs, and each such
//! sentence's quantities are extracted once, whatever the number of claims that share it.

mod attach;
pub mod compare;

use crate::claims::{Claim, ClaimKind, Expected};
use crate::quantity::{self, Quantity};
use crate::segment::{RuleSegmenter, Segmenter};
use crate::span::Span;
use crate::subject::{NameMatcher, NameReading, SubjectError, SubjectMatcher};
use serde::Serialize;
use std::collections::BTreeMap;

/// The agreement of one document with one claim. Ordered from strongest to weakest finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Some evidence disagrees with the claim (this wins over support).
    Conflicts,
    /// Some evidence agrees and none disagrees.
    Supports,
    /// The subject occurs, with no evidence either way.
    Mentions,
    /// The subject does not occur.
    Absent,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Supports,
        Verdict::Conflicts,
        Verdict::Mentions,
        Verdict::Absent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Conflicts => "conflicts",
            Verdict::Supports => "supports",
            Verdict::Mentions => "mentions",
            Verdict::Absent => "absent",
        }
    }
}

/// A sentence that states a value about a claim's subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub sentence: Span,
    /// The value as written ("30", "Anthony Blinken").
    pub value: Span,
    /// The value with the subject it quantifies when they stand together ("30 Predator Armed
    /// Drones"), else the value alone.
    pub found: Span,
    /// `Supports` or `Conflicts`.
    pub verdict: Verdict,
}

/// What one document says about one claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub verdict: Verdict,
    /// In document order.
    pub evidence: Vec<Evidence>,
    /// The first occurrence of the subject, where the verdict points when there is no evidence.
    pub first_mention: Option<Span>,
}

/// Checks documents against a fixed set of claims.
pub struct Checker {
    claims: Vec<Claim>,
    subjects: SubjectMatcher,
    names: NameMatcher,
    segmenter: Box<dyn Segmenter>,
}

impl Checker {
    /// Builds the matchers for all claims at once; fails only when the aliases are too many
    /// or too long for one automaton.
    pub fn new(claims: &[Claim]) -> Result<Self, SubjectError> {
        let aliases: Vec<Vec<String>> = claims.iter().map(|c| c.subject.clone()).collect();
        let names: Vec<(usize, String)> = claims
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match &c.expected {
                Expected::Name(name) => Some((i, name.clone())),
                Expected::Quantity(_) => None,
            })
            .collect();
        Ok(Checker {
            claims: claims.to_vec(),
            subjects: SubjectMatcher::new(&aliases)?,
            names: NameMatcher::new(&names),
            segmenter: Box::new(RuleSegmenter::default()),
        })
    }

    /// One finding per claim, in the order of the claims given to [`Checker::new`].
    pub fn check(&self, text: &str) -> Vec<Finding> {
        let mut findings: Vec<Finding> = self
            .claims
            .iter()
            .map(|_| Finding {
                verdict: Verdict::Absent,
                evidence: Vec::new(),
                first_mention: None,
            })
            .collect();
        let hits = self.subjects.find(text);
        let name_hits = self.names.find(text);
        if hits.is_empty() && name_hits.is_empty() {
            return findings;
        }
        let sentences = self.segmenter.sentences(text);
        let sentence_of = |at: usize| {
            let i = sentences.partition_point(|s| s.end <= at);
            sentences.get(i).filter(|s| s.start <= at).map(|_| i)
        };

        // Subject occurrences grouped by (sentence, claim), in document order.
        let mut groups: BTreeMap<(usize, usize), Vec<Span>> = BTreeMap::new();
        for hit in &hits {
            note_mention(&mut findings[hit.claim], hit.span);
            if let Some(s) = sentence_of(hit.span.start) {
                groups.entry((s, hit.claim)).or_default().push(hit.span);
            }
        }
        let mut quantities: BTreeMap<usize, Vec<Quantity>> = BTreeMap::new();
        for ((s, claim), subjects) in &groups {
            let Expected::Quantity(expected) = &self.claims[*claim].expected else {
                continue;
            };
            let sentence = sentences[*s];
            let found = quantities.entry(*s).or_insert_with(|| {
                quantity::extract(sentence.slice(text))
                    .into_iter()
                    .map(|q| q.shifted(sentence.start))
                    .collect()
            });
            let kind = match self.claims[*claim].kind {
                ClaimKind::Quantity(kind) => kind,
                ClaimKind::Name => continue,
            };
            let candidates: Vec<&Quantity> = found.iter().filter(|q| q.kind == kind).collect();
            let Some((value, subject)) =
                attach::choose(text, sentence, subjects, &candidates, found)
            else {
                continue;
            };
            let Some(agrees) = compare::agrees(expected, self.claims[*claim].tolerance, value)
            else {
                continue;
            };
            // "30 Predator Armed Drones": the value and its subject read as one phrase when only
            // plain words stand between them.
            let together = value.span.end <= subject.start
                && text[value.span.end..subject.start]
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
            findings[*claim].evidence.push(Evidence {
                sentence,
                value: value.span,
                found: if together {
                    Span::new(value.span.start, subject.end)
                } else {
                    value.span
                },
                verdict: if agrees {
                    Verdict::Supports
                } else {
                    Verdict::Conflicts
                },
            });
        }
        for hit in &name_hits {
            note_mention(&mut findings[hit.claim], hit.span);
            let verdict = match hit.reading {
                NameReading::Full => Verdict::Supports,
                NameReading::Misspelt | NameReading::OtherGivenName => Verdict::Conflicts,
                NameReading::SurnameOnly => continue,
            };
            let sentence = sentence_of(hit.span.start)
                .map(|s| sentences[s])
                .unwrap_or(hit.span);
            findings[hit.claim].evidence.push(Evidence {
                sentence,
                value: hit.span,
                found: hit.span,
                verdict,
            });
        }
        for finding in &mut findings {
            finding
                .evidence
                .sort_by_key(|e| (e.value.start, e.value.end));
            finding.evidence.dedup();
            finding.verdict = if finding
                .evidence
                .iter()
                .any(|e| e.verdict == Verdict::Conflicts)
            {
                Verdict::Conflicts
            } else if !finding.evidence.is_empty() {
                Verdict::Supports
            } else if finding.first_mention.is_some() {
                Verdict::Mentions
            } else {
                Verdict::Absent
            };
        }
        findings
    }
}

fn note_mention(finding: &mut Finding, span: Span) {
    if finding.first_mention.is_none_or(|m| span.start < m.start) {
        finding.first_mention = Some(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Claims;
    use std::path::Path;

    /// The verdict and evidence values of one claim against one text.
    fn check(claim: &str, text: &str) -> (Verdict, Vec<String>) {
        let claims = Claims::parse(
            Path::new("claims.toml"),
            &format!("[[claim]]\nid = \"c\"\n{claim}\n"),
        )
        .unwrap();
        let checker = Checker::new(&claims.claims).unwrap();
        let finding = checker.check(text).remove(0);
        let values = finding
            .evidence
            .iter()
            .map(|e| e.value.slice(text).to_string())
            .collect();
        (finding.verdict, values)
    }

    const DRONES: &str = r#"subject = ["armed drones", "Predator drones", "drones"]
value = "31""#;
    const DEAL: &str = r#"subject = ["deal", "drones"]
value = "over $3 billion""#;
    const SHARE: &str = r#"subject = ["military equipment"]
value = "about 60%""#;
    const ROUND: &str = r#"subject = ["2+2", "2 plus 2", "two-plus-two"]
value = "fifth""#;

    #[test]
    fn verdicts_on_real_sentences() {
        let cases: &[(&str, &str, Verdict, &[&str])] = &[
            (
                DRONES,
                "This included an agreement for the purchase of 30 Predator Armed Drones from the US for India’s three armed services.",
                Verdict::Conflicts,
                &["30"],
            ),
            (
                DRONES,
                "The talks also covered a more than $3 billion deal for India to acquire 31 armed drones made by General Atomics.",
                Verdict::Supports,
                &["31"],
            ),
            (
                DRONES,
                "India will buy thirty-one armed drones.",
                Verdict::Supports,
                &["thirty-one"],
            ),
            (
                DRONES,
                "The navy will get 31 drones, of which 15 SeaGuardian drones.",
                Verdict::Supports,
                &["31"],
            ),
            (
                DRONES,
                "Each of the three services gets drones, eight each.",
                Verdict::Mentions,
                &[],
            ),
            (
                DRONES,
                "India's three armed services want drones.",
                Verdict::Mentions,
                &[],
            ),
            (DRONES, "Drones were not discussed.", Verdict::Mentions, &[]),
            (DRONES, "Fighter jets were discussed.", Verdict::Absent, &[]),
            (
                DEAL,
                "They talked about the acquisition of over $3 billion worth of drones.",
                Verdict::Supports,
                &["over $3 billion"],
            ),
            (
                DEAL,
                "India has made purchases of weaponry, including over three billion dollars worth of predator drones.",
                Verdict::Supports,
                &["over three billion dollars"],
            ),
            (
                DEAL,
                "The deal is worth $2 billion.",
                Verdict::Conflicts,
                &["$2 billion"],
            ),
            (
                DEAL,
                "The deal is worth Rs 32,000 crore.",
                Verdict::Mentions,
                &[],
            ),
            (
                ROUND,
                "The foreign and defense ministers convened for their fifth “2 plus 2” dialogue in New Delhi.",
                Verdict::Supports,
                &["fifth"],
            ),
            (
                ROUND,
                "The fourth round of the “2+2 dialogue” between India and the US took place between 10 and 15 April.",
                Verdict::Conflicts,
                &["fourth"],
            ),
            (
                ROUND,
                "The preparations are underway for the fifth India-US 2+2 ministerial-level talks, anticipated in the first half of November.",
                Verdict::Supports,
                &["fifth"],
            ),
            (
                ROUND,
                "India, the world’s fifth-largest economy, holds 2+2 talks.",
                Verdict::Mentions,
                &[],
            ),
            // A lone value counts only near the subject and in the same clause.
            (
                DEAL,
                "The $500 million engine contract was signed a week after officials, meeting at a hotel in the capital to review a long list of pending purchases, discussed the drones.",
                Verdict::Mentions,
                &[],
            ),
            (
                SHARE,
                "About 40% of the army's trucks are old, though military equipment from Russia is still used.",
                Verdict::Mentions,
                &[],
            ),
            (
                SHARE,
                "For instance, about 60% of India’s military equipment is sourced from Russia.",
                Verdict::Supports,
                &["about 60%"],
            ),
            (
                DEAL,
                "The two sides agreed on drones; the engine deal is worth $1 billion.",
                Verdict::Conflicts,
                &["$1 billion"],
            ),
        ];
        for (claim, text, verdict, values) in cases {
            let (got, found) = check(claim, text);
            let found: Vec<&str> = found.iter().map(String::as_str).collect();
            assert_eq!((got, found.as_slice()), (*verdict, *values), "{text}");
        }
    }

    #[test]
    fn names_read_as_support_conflict_or_mention() {
        let claim = "subject = [\"Blinken\"]\nvalue = \"Antony Blinken\"\nkind = \"name\"";
        assert_eq!(
            check(claim, "Secretary of State Antony J. Blinken arrived.").0,
            Verdict::Supports
        );
        assert_eq!(
            check(
                claim,
                "Their counterparts Anthony Blinken and Lloyd Austin."
            )
            .0,
            Verdict::Conflicts
        );
        assert_eq!(
            check(claim, "Blinken emphasized the collaboration.").0,
            Verdict::Mentions
        );
        assert_eq!(check(claim, "Nobody from State came.").0, Verdict::Absent);
    }

    #[test]
    fn a_conflict_anywhere_wins_over_support() {
        let text = "India will acquire 31 armed drones. An older plan named 30 Predator drones.";
        assert_eq!(
            check(DRONES, text),
            (Verdict::Conflicts, vec!["31".to_string(), "30".to_string()])
        );
    }
}
