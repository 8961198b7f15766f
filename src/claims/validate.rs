//! Checks each claim as written and turns it into a [`Claim`], collecting every problem.

use super::file::{self, OneOrMany, RawClaim, RawValue};
use super::value_from::{self, DataFiles};
use super::{Claim, ClaimKind, Expected, Tolerance};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::quantity::{self, Quantity, QuantityKind};
use crate::span::Span;
use crate::subject::is_particle;
use crate::time::Period;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// What validating a claim needs beyond the claim: the file it is in (its folder resolves
/// `value_from`), the ids seen in every file loaded so far, and the data files read.
pub(super) struct Context<'a> {
    pub file: &'a Arc<SourceFile>,
    pub base: &'a Path,
    pub seen: &'a mut HashMap<String, (Arc<SourceFile>, Span)>,
    pub data: &'a mut DataFiles,
}

pub(super) fn to_span(range: std::ops::Range<usize>) -> Span {
    Span::new(range.start, range.end)
}

pub(super) fn toml_problem(error: &toml::de::Error) -> Diagnostic {
    let span = error.span().map(to_span).unwrap_or_default();
    let message = error.message().to_string();
    let mut diagnostic = Diagnostic::new(
        format!("invalid claims file: {}", first_line(&message)),
        span,
        first_line(&message),
    )
    .with_help(
        "the claims file is TOML: each claim is a [[claim]] table with id as a string, value as a string or a number, \
         subject as a string or a list of strings (see docs/claims.md)",
    );
    if let Some(unknown) = unknown_key(&message) {
        // serde lists the keys it expected: the file's top level names `claim`.
        let top = message.contains("`claim`");
        let (known, takes, label) = if top {
            (
                file::FILE_KEYS,
                "a claims file takes include, front_matter and [[claim]] tables",
                "not a claims-file key",
            )
        } else {
            (
                file::CLAIM_KEYS,
                "a claim takes id, statement, subject, value, value_from, kind, tolerance, about, not_about and as_of",
                "not a claim key",
            )
        };
        let help = match closest(&unknown, known.iter().copied()) {
            Some(key) => format!("did you mean `{key}`? {takes}"),
            None => takes.to_string(),
        };
        diagnostic =
            Diagnostic::new(format!("unknown key `{unknown}`"), span, label).with_help(help);
    }
    diagnostic
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").trim().to_string()
}

/// serde's message for `deny_unknown_fields`: "unknown field `subjct`, expected one of …".
fn unknown_key(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    Some(rest.split('`').next()?.to_string())
}

/// The word of `known` closest to `unknown`, if it is close enough to be a typo.
pub(super) fn closest<'a>(
    unknown: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(unknown, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

pub(super) fn validate(
    raw: &RawClaim,
    span: Span,
    context: &mut Context<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Claim> {
    let before = diagnostics.len();
    let header = Span::new(span.start, span.start);
    let id = match &raw.id {
        None => {
            diagnostics.push(
                Diagnostic::new("claim without `id`", header, "this claim has no id").with_help(
                    "add `id = \"…\"`: letters, digits, '-' and '_', unique in the file",
                ),
            );
            None
        }
        Some(id) => {
            let id_span = to_span(id.span());
            let text = id.get_ref();
            if text.is_empty()
                || !text
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                diagnostics.push(
                    Diagnostic::new(
                        format!("invalid claim id `{text}`"),
                        id_span,
                        "not a valid id",
                    )
                    .with_help("an id uses only letters, digits, '-' and '_'"),
                );
            } else if let Some((file, first)) = context.seen.get(text) {
                let duplicate = Diagnostic::new(
                    format!("duplicate claim id `{text}`"),
                    id_span,
                    "used again here",
                );
                diagnostics.push(if Arc::ptr_eq(file, context.file) {
                    duplicate
                        .with_related(*first, "first used here")
                        .with_help("give each claim its own id")
                } else {
                    duplicate
                        .with_related_in(file.clone(), *first, "first used here")
                        .with_help("give each claim its own id: ids are unique across a claims file and the files it includes")
                });
            } else {
                context
                    .seen
                    .insert(text.clone(), (context.file.clone(), id_span));
            }
            Some(text.clone())
        }
    };
    let name = id.clone().unwrap_or_else(|| "(without id)".to_string());
    let subject = read_subject(raw, header, &name, diagnostics);
    let about = super::about::read_about(raw, &name, diagnostics);
    let as_of = read_as_of(raw, &name, diagnostics);
    let kind = raw
        .kind
        .as_ref()
        .and_then(|k| match ClaimKind::parse(k.get_ref()) {
            Some(kind) => Some(kind),
            None => {
                diagnostics.push(
                    Diagnostic::new(
                        format!("claim `{name}`: unknown kind `{}`", k.get_ref()),
                        to_span(k.span()),
                        "not a kind",
                    )
                    .with_help(
                        match closest(k.get_ref(), ClaimKind::NAMES.iter().copied()) {
                            Some(kind) => format!(
                                "did you mean `{kind}`? kind is one of: {}",
                                ClaimKind::NAMES.join(", ")
                            ),
                            None => format!("kind is one of: {}", ClaimKind::NAMES.join(", ")),
                        },
                    ),
                );
                None
            }
        });
    let tolerance =
        raw.tolerance
            .as_ref()
            .and_then(|t| match Tolerance::parse(&t.get_ref().as_text()) {
                Some(tolerance) => Some(tolerance),
                None => {
                    diagnostics.push(
                    Diagnostic::new(
                        format!("claim `{name}`: malformed tolerance"),
                        to_span(t.span()),
                        "not a tolerance",
                    )
                    .with_help(
                        "write an absolute amount (\"0.5\") or a percentage of the value (\"2%\")",
                    ),
                );
                    None
                }
            });
    let declared = raw.kind.is_some().then_some(kind).flatten();
    let mut source = None;
    let value = match (&raw.value, &raw.value_from) {
        (None, None) => {
            diagnostics.push(
                Diagnostic::new(format!("claim `{name}` has no `value`"), header, "this claim has no value")
                    .with_help("add the value the claim stands behind, as an article would write it: value = \"31\"; \
                                or read it from a data file: value_from = \"data/facts.json#/providers\""),
            );
            None
        }
        (Some(v), Some(from)) => {
            diagnostics.push(
                Diagnostic::new(
                    format!("claim `{name}` has both `value` and `value_from`"),
                    to_span(from.span()),
                    "the value is read from here",
                )
                .with_related(to_span(v.span()), "and given here")
                .with_help("keep one: `value_from` when the data file is the source of truth"),
            );
            None
        }
        (Some(v), None) => read_value(&name, v.get_ref(), to_span(v.span()), declared, diagnostics),
        (None, Some(from)) => {
            let span = to_span(from.span());
            match context.data.resolve(
                context.base,
                from.get_ref(),
                span,
                &context.file.text,
                &name,
            ) {
                Err(problem) => {
                    diagnostics.push(*problem);
                    None
                }
                Ok(found) => {
                    source = Some(found.source.clone());
                    value_from::read_resolved(&name, found, span, declared, diagnostics)
                }
            }
        }
    };
    if diagnostics.len() > before {
        return None;
    }
    let (value, kind, expected) = value?;
    Some(Claim {
        id: id?,
        statement: raw.statement.clone(),
        subject: subject?,
        value,
        kind,
        expected,
        tolerance,
        about,
        as_of,
        value_from: source,
    })
}

fn read_subject(
    raw: &RawClaim,
    header: Span,
    name: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<String>> {
    let Some(subject) = &raw.subject else {
        diagnostics.push(
            Diagnostic::new(format!("claim `{name}` has no `subject`"), header, "this claim has no subject")
                .with_help("add the words that name what the claim is about: subject = [\"armed drones\", \"drones\"]"),
        );
        return None;
    };
    let span = to_span(subject.span());
    let aliases = aliases_of(subject);
    let before = diagnostics.len();
    if aliases.is_empty() {
        diagnostics.push(
            Diagnostic::new(
                format!("claim `{name}` has an empty subject"),
                span,
                "no alias here",
            )
            .with_help("list at least one alias"),
        );
    }
    for (alias, at) in &aliases {
        if !alias.chars().any(|c| c.is_alphanumeric()) {
            diagnostics.push(
                Diagnostic::new(
                    format!("claim `{name}` has an empty alias"),
                    *at,
                    "this alias has no letter or digit",
                )
                .with_help("remove it or write the words it should match"),
            );
        }
    }
    (diagnostics.len() == before).then(|| {
        aliases
            .into_iter()
            .map(|(a, _)| a.trim().to_string())
            .collect()
    })
}

/// `as_of`: the date from which the claim holds, as a string or a TOML date.
fn read_as_of(raw: &RawClaim, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Period> {
    let field = raw.as_of.as_ref()?;
    let written = match field.get_ref() {
        toml::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let period = Period::parse(&written);
    if period.is_none() {
        diagnostics.push(
            Diagnostic::new(
                format!("claim `{name}`: `as_of` {written} is not a date"),
                to_span(field.span()),
                "expected a date: a day, a month or a year",
            )
            .with_help(
                "write the date from which the claim holds: \"2023-11-10\", \"2023-11\" or \"2023\" \
                 (or a TOML date: as_of = 2023-11-10)",
            ),
        );
    }
    period
}

/// The aliases of a `subject`, `about` or `not_about` key, each with its span.
pub(super) fn aliases_of(field: &toml::Spanned<OneOrMany>) -> Vec<(String, Span)> {
    match field.get_ref() {
        OneOrMany::One(s) => vec![(s.clone(), to_span(field.span()))],
        OneOrMany::Many(list) => list
            .iter()
            .map(|s| (s.get_ref().clone(), to_span(s.span())))
            .collect(),
    }
}

pub(super) fn read_value(
    name: &str,
    raw: &RawValue,
    span: Span,
    declared: Option<ClaimKind>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, ClaimKind, Expected)> {
    let text = raw.as_text();
    let quantity = quantity::parse_value(&text);
    let result = match (declared, quantity) {
        (Some(ClaimKind::Name), _) | (None, None) if looks_like_name(&text) => {
            Some((ClaimKind::Name, Expected::Name(text.trim().to_string())))
        }
        (None, Some(q)) => Some((ClaimKind::Quantity(q.kind), Expected::Quantity(q))),
        (Some(ClaimKind::Quantity(kind)), Some(q)) => {
            coerce(q, kind).map(|q| (ClaimKind::Quantity(kind), Expected::Quantity(q)))
        }
        _ => None,
    };
    let misspelt = result
        .is_none()
        .then(|| unknown_unit(&text))
        .flatten()
        .and_then(|unit| Some((unit, quantity::measure::nearest_unit(unit)?)));
    if let Some((unit, near)) = misspelt {
        diagnostics.push(
            Diagnostic::new(format!("claim `{name}`: unknown unit `{unit}` in value `{text}`"), span, "not a unit crosscheck reads")
                .with_help(format!("did you mean `{near}`? write a unit as news does: \"2,167 km\", \"90 days\", \"1,200 MW\", \"-3 °C\" (docs/measurements.md lists them)")),
        );
        return None;
    }
    if result.is_none() {
        let expected = match declared {
            Some(kind) => format!("a {} value", kind.as_str()),
            None => {
                "a number, amount, ordinal, percentage, year, date, measurement or name".to_string()
            }
        };
        diagnostics.push(
            Diagnostic::new(format!("claim `{name}`: value `{text}` does not read as {expected}"), span, format!("expected {expected}"))
                .with_help("write the value as an article would: \"31\", \"over $3 billion\", \"fifth\", \"60%\", \"2018\", \"November 10, 2023\", \"2,167 km\", \"Antony Blinken\""),
        );
    }
    result.map(|(kind, expected)| (text, kind, expected))
}

/// The word after a figure that is not a unit read ("2,167 metrs" → "metrs"): the whole value
/// but its last word reads as a plain number. Reported as a unit only when a unit is near it
/// ("31 drones" stays a value that does not read).
fn unknown_unit(text: &str) -> Option<&str> {
    let text = text.trim();
    let (figure, word) = text.rsplit_once(char::is_whitespace)?;
    let figure_reads = quantity::parse_value(figure).is_some_and(|q| q.kind == QuantityKind::Count);
    let wordlike = word
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '/' | '°' | '²' | '³' | '.'));
    (figure_reads && wordlike && !word.is_empty()).then_some(word)
}

/// A value read as one kind may be meant as a close kin: "2018" is read as a year but may be a
/// count, and "31" as a count may be a year. Nothing else converts.
fn coerce(mut q: Quantity, kind: QuantityKind) -> Option<Quantity> {
    if q.kind == kind {
        return Some(q);
    }
    let integer = q.value.is_some_and(|v| v.fract() == 0.0) && q.qualifier.is_none();
    match (q.kind, kind) {
        (QuantityKind::Year, QuantityKind::Count) | (QuantityKind::Count, QuantityKind::Year)
            if integer =>
        {
            q.kind = kind;
            Some(q)
        }
        _ => None,
    }
}

/// A person's name: words of letters (initials, hyphens and apostrophes allowed), each
/// capitalised or a lowercase particle of a surname ("Ursula von der Leyen", "Charles de
/// Gaulle"), the last one capitalised.
fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    words.last().is_some_and(|w| capitalised(w))
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '.' || c == '-' || c == '\'')
        })
        && words.iter().all(|w| capitalised(w) || is_particle(w))
}
