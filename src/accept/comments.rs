//! Ignore comments in Markdown and HTML documents.
//!
//! - `<!-- crosscheck-ignore drone-count: reason -->` accepts the conflicts of the named claims
//!   (ids separated by commas or spaces) in the paragraph that follows the comment: from the
//!   first non-blank text after it to the next blank line.
//! - `<!-- crosscheck-ignore-file drone-count: reason -->` at the top of the file (only blank
//!   lines and other comments before it) accepts them in the whole file; without ids, for every
//!   claim.
//!
//! The reason is optional but shown wherever the accepted conflict is. A comment naming an
//! unknown claim, or a file-wide comment below the top, is a warning, never silently ignored:
//! a misspelt id must not leave a conflict failing with no clue why.

use super::{Acceptance, AcceptedBy};
use crate::corpus::{FileProblem, Severity};
use std::ops::Range;

/// Extensions whose documents are read for ignore comments.
pub const EXTENSIONS: &[&str] = &["md", "markdown", "mdx", "html", "htm"];

/// The ignore comments of one document.
#[derive(Debug, Default)]
pub struct Directives {
    rules: Vec<Rule>,
}

#[derive(Debug)]
struct Rule {
    /// Empty: every claim.
    claims: Vec<String>,
    /// Bytes of the document the rule covers.
    range: Range<usize>,
    reason: Option<String>,
}

impl Directives {
    /// Reads the comments of `text` when `path` is a Markdown or HTML file (else none). Claim ids
    /// not in `known_claims` are reported as warnings.
    pub fn parse(path: &str, text: &str, known_claims: &[&str]) -> (Directives, Vec<FileProblem>) {
        let mut directives = Directives::default();
        let mut problems = Vec::new();
        if !applies_to(path) {
            return (directives, problems);
        }
        let mut warn = |message: String| {
            problems.push(FileProblem {
                path: path.to_string(),
                severity: Severity::Warning,
                message,
            })
        };
        let mut at_top = true;
        let mut cursor = 0;
        // memmem's vectorised search: every HTML file is scanned whole for comments.
        let opening = memchr::memmem::Finder::new("<!--");
        while let Some(open) = opening.find(&text.as_bytes()[cursor..]).map(|i| cursor + i) {
            if !text[cursor..open].trim().is_empty() {
                at_top = false;
            }
            let body_start = open + 4;
            let Some(close) = text[body_start..].find("-->").map(|i| body_start + i) else {
                break;
            };
            cursor = close + 3;
            let body = text[body_start..close].trim();
            let (file_wide, rest) = if let Some(rest) = body.strip_prefix("crosscheck-ignore-file")
            {
                (true, rest)
            } else if let Some(rest) = body.strip_prefix("crosscheck-ignore") {
                (false, rest)
            } else {
                continue;
            };
            if !rest.is_empty() && !rest.starts_with([' ', '\t', '\n', '\r', ':']) {
                continue; // "crosscheck-ignored", some other word
            }
            let (ids, reason) = match rest.split_once(':') {
                Some((ids, reason)) => (ids, Some(reason.trim().to_string())),
                None => (rest, None),
            };
            let reason = reason.filter(|r| !r.is_empty());
            let claims: Vec<String> = ids
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .collect();
            let line = text[..open].matches('\n').count() + 1;
            for id in claims
                .iter()
                .filter(|id| !known_claims.contains(&id.as_str()))
            {
                warn(format!(
                    "line {line}: crosscheck-ignore names unknown claim '{id}'"
                ));
            }
            let range = if file_wide {
                if !at_top {
                    warn(format!(
                        "line {line}: crosscheck-ignore-file must be at the top of the file; ignored"
                    ));
                    continue;
                }
                0..text.len()
            } else {
                if claims.is_empty() {
                    warn(format!(
                        "line {line}: crosscheck-ignore names no claim; write <!-- crosscheck-ignore claim-id: reason -->"
                    ));
                    continue;
                }
                next_paragraph(text, cursor)
            };
            directives.rules.push(Rule {
                claims,
                range,
                reason,
            });
        }
        (directives, problems)
    }

    /// The acceptance of a conflict about `claim` found at byte `at`, if a comment covers it.
    pub fn accepts(&self, claim: &str, at: usize) -> Option<Acceptance> {
        self.rules
            .iter()
            .find(|rule| {
                rule.range.contains(&at)
                    && (rule.claims.is_empty() || rule.claims.iter().any(|c| c == claim))
            })
            .map(|rule| Acceptance {
                by: AcceptedBy::Comment,
                reason: rule.reason.clone(),
            })
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

fn applies_to(path: &str) -> bool {
    path.rsplit_once('.').is_some_and(|(_, ext)| {
        EXTENSIONS
            .iter()
            .any(|known| ext.eq_ignore_ascii_case(known))
    })
}

/// From the first non-white-space byte at or after `from` to the next blank line (or the end).
fn next_paragraph(text: &str, from: usize) -> Range<usize> {
    let rest = &text[from..];
    let start = from + (rest.len() - rest.trim_start().len());
    let mut end = text.len();
    let mut line_start = start;
    for line in text[start..].split_inclusive('\n') {
        if line_start > start && line.trim().is_empty() {
            end = line_start;
            break;
        }
        line_start += line.len();
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["drone-count", "dialogue-round"];

    #[test]
    fn a_comment_accepts_the_next_paragraph_only() {
        let text = "Intro with 30 drones.\n\n<!-- crosscheck-ignore drone-count: April 2022 figure -->\nThe plan named 30 drones\nthen.\n\nLater, 30 drones again.\n";
        let (directives, problems) = Directives::parse("a.md", text, KNOWN);
        assert!(problems.is_empty(), "{problems:?}");
        let first = text.find("30").unwrap();
        let second = text.find("named 30").unwrap() + 6;
        let wrapped = text.find("then").unwrap();
        let third = text.rfind("30").unwrap();
        assert_eq!(directives.accepts("drone-count", first), None);
        let accepted = directives.accepts("drone-count", second).unwrap();
        assert_eq!(accepted.by, AcceptedBy::Comment);
        assert_eq!(accepted.reason.as_deref(), Some("April 2022 figure"));
        assert!(directives.accepts("drone-count", wrapped).is_some());
        assert_eq!(directives.accepts("drone-count", third), None);
        assert_eq!(directives.accepts("dialogue-round", second), None);
    }

    #[test]
    fn a_file_comment_at_the_top_accepts_everything_named() {
        let text = "<!-- crosscheck-ignore-file -->\n# Title\n\n30 drones.\n";
        let (directives, _) = Directives::parse("a.html", text, KNOWN);
        assert!(
            directives
                .accepts("dialogue-round", text.len() - 3)
                .is_some()
        );
        let text = "<!-- note -->\n<!-- crosscheck-ignore-file drone-count, dialogue-round -->\n30 drones.\n";
        let (directives, problems) = Directives::parse("a.md", text, KNOWN);
        assert!(problems.is_empty());
        assert!(
            directives
                .accepts("dialogue-round", text.len() - 3)
                .is_some()
        );
    }

    #[test]
    fn misplaced_and_unknown_comments_are_warnings() {
        let text = "Text first.\n<!-- crosscheck-ignore-file -->\n<!-- crosscheck-ignore drone-cuont: typo -->\n30 drones.\n<!-- crosscheck-ignore -->\n";
        let (directives, problems) = Directives::parse("a.md", text, KNOWN);
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].contains("line 2") && messages[0].contains("top of the file"));
        assert!(messages[1].contains("unknown claim 'drone-cuont'"));
        assert!(messages[2].contains("names no claim"));
        assert_eq!(
            directives.accepts("drone-count", text.find("30").unwrap()),
            None
        );
    }

    #[test]
    fn plain_text_documents_have_no_comments() {
        let text = "<!-- crosscheck-ignore-file -->\n30 drones.\n";
        let (directives, _) = Directives::parse("a.txt", text, KNOWN);
        assert!(directives.is_empty());
    }
}
