//! `about` and `not_about`: the entity a claim is about, and siblings its form cannot tell.
//!
//! News is full of sibling entities (lines of one network, rounds of one dialogue, quarters of
//! one company). `subject` says what is measured ("opened", "cost"); `about` says whose. Both
//! keys are lists of aliases matched like subjects; a `not_about` alias that is also an
//! `about` alias would make every mention of the entity a sibling, so it is refused.

use super::file::RawClaim;
use super::validate::{aliases_of, to_span};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::subject::fold;

/// The entity a claim is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    /// Its aliases, as written ("Line 3", "Purple Line").
    pub aliases: Vec<String>,
    /// Other entities a sentence may name that are not it, when their form does not say so.
    pub not_about: Vec<String>,
}

/// Reads `about` and `not_about`, pushing a diagnostic for each bad alias. `None` when the claim
/// has no `about` (a `not_about` alone is an error: there is no entity to tell apart).
pub(super) fn read_about(
    raw: &RawClaim,
    name: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<About> {
    let about = raw.about.as_ref().map(|field| {
        checked(
            name,
            "about",
            aliases_of(field),
            to_span(field.span()),
            diagnostics,
        )
    });
    let not_about = raw.not_about.as_ref().map(|field| {
        checked(
            name,
            "not_about",
            aliases_of(field),
            to_span(field.span()),
            diagnostics,
        )
    });
    let about = match (about, not_about) {
        (None, None) => return None,
        (None, Some(_)) => {
            if let Some(field) = &raw.not_about {
                diagnostics.push(
                    Diagnostic::new(
                        format!("claim `{name}` has `not_about` without `about`"),
                        to_span(field.span()),
                        "no entity to tell these apart from",
                    )
                    .with_help(
                        "add `about = [\"…\"]` with the names of the entity the claim is about",
                    ),
                );
            }
            return None;
        }
        (Some(about), not_about) => (about, not_about.unwrap_or_default()),
    };
    let (about, not_about) = about;
    for (alias, at) in &not_about {
        let folded = fold(alias);
        if let Some((_, first)) = about.iter().find(|(a, _)| fold(a) == folded) {
            diagnostics.push(
                Diagnostic::new(
                    format!(
                        "claim `{name}`: `{}` is both `about` and `not_about`",
                        alias.trim()
                    ),
                    *at,
                    "also an `about` alias",
                )
                .with_related(*first, "the `about` alias")
                .with_help("an entity cannot be its own sibling: remove it from one of the lists"),
            );
        }
    }
    Some(About {
        aliases: about
            .into_iter()
            .map(|(a, _)| a.trim().to_string())
            .collect(),
        not_about: not_about
            .into_iter()
            .map(|(a, _)| a.trim().to_string())
            .collect(),
    })
}

/// The aliases of one key, with a diagnostic for an empty list or an alias without a letter or
/// digit.
fn checked(
    name: &str,
    key: &str,
    aliases: Vec<(String, Span)>,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(String, Span)> {
    if aliases.is_empty() {
        diagnostics.push(
            Diagnostic::new(
                format!("claim `{name}` has an empty `{key}`"),
                span,
                "no alias here",
            )
            .with_help(format!("list at least one name, or remove `{key}`")),
        );
    }
    for (alias, at) in &aliases {
        if !alias.chars().any(char::is_alphanumeric) {
            diagnostics.push(
                Diagnostic::new(
                    format!("claim `{name}` has an empty `{key}` alias"),
                    *at,
                    "this alias has no letter or digit",
                )
                .with_help("remove it or write the name it should match"),
            );
        }
    }
    aliases
}
