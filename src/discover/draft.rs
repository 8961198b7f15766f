//! `crosscheck suggest`: a claims file drafted from the groups.
//!
//! One claim per group stated in at least two documents (disagreements first, in rank
//! order): a slug of the subject as its id, the sentence fragment most documents write as its
//! statement, the subject's forms as aliases, the value most documents give (the first in
//! path order of equals) or, when the stating documents are dated, the value of the most
//! recent one (a toll that rose, a figure revised: the latest word wins; a name keeps the
//! spelling most documents give), the kind, the entity a stating document's headline names as
//! `about`, and a comment above it listing the dissenting values with their documents and
//! dates, so that the editor decides. A value the claims loader would not read as its kind is left out with a
//! comment saying so: the draft always loads.

use super::{Discovery, Group, GroupValue, Kind};
use crate::claims::ClaimKind;
use crate::quantity;
use std::collections::HashSet;
use std::fmt::Write;

/// The claims file, TOML.
pub fn claims_toml(discovery: &Discovery) -> String {
    let mut out = String::from(
        "# Drafted by `crosscheck suggest` from what the documents state. Each claim holds the\n\
         # value most documents give, or the most recent document's when documents are dated;\n\
         # the comment above it lists the documents that say otherwise. Check each value\n\
         # before relying on it.\n",
    );
    let mut ids: HashSet<String> = HashSet::new();
    for g in &discovery.groups {
        let chosen = chosen(g);
        let Some(majority) = g.values.get(chosen) else {
            continue;
        };
        out.push('\n');
        if !readable(g.kind, &majority.value) {
            let _ = writeln!(
                out,
                "# {}: {:?} does not read as a {} value; left out",
                comment(&g.subject),
                majority.value,
                g.kind.as_str()
            );
            continue;
        }
        let id = unique(&mut ids, &slug(&g.subject, g.kind));
        if let Some(latest) = majority.latest.filter(|_| chosen > 0) {
            let _ = writeln!(out, "# the most recent value (documents of {latest})");
        }
        for (_, v) in g.values.iter().enumerate().filter(|(i, _)| *i != chosen) {
            let documents: Vec<&str> = v.documents.iter().map(String::as_str).collect();
            let more = v.document_count.saturating_sub(documents.len());
            let _ = writeln!(
                out,
                "# {} {}: {}{}{}",
                if g.disagrees { "dissenting" } else { "also" },
                comment(&v.value),
                comment(&documents.join(", ")),
                if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                },
                v.latest
                    .map(|d| format!(" (last dated {d})"))
                    .unwrap_or_default()
            );
        }
        let _ = writeln!(out, "[[claim]]");
        let _ = writeln!(out, "id = {}", string(&id));
        let _ = writeln!(out, "statement = {}", string(&statement(g.kind, majority)));
        let _ = writeln!(out, "subject = {}", list(&aliases(g)));
        let _ = writeln!(out, "value = {}", string(&majority.value));
        let _ = writeln!(out, "kind = {}", string(g.kind.as_str()));
        if !g.about.is_empty() {
            let _ = writeln!(out, "about = {}", list(&about(g)));
        }
    }
    out
}

/// The entity the headline names, with every other way the subject's forms write it ("2+2"
/// and "2 plus 2"): `about` aliases match as written, and a sentence that names the entity
/// another way would otherwise not be evidence.
fn about(g: &Group) -> Vec<String> {
    let mut out: Vec<String> = g.about.clone();
    let normal = |s: &str| {
        s.to_lowercase()
            .replace(" plus ", "+")
            .replace(['-', ' ', '.'], "")
    };
    for name in &g.about {
        let want = normal(name);
        for form in &g.forms {
            let words: Vec<&str> = form.split_whitespace().collect();
            for len in 1..=3 {
                for run in words.windows(len) {
                    let written = run.join(" ");
                    if normal(&written) == want && !out.contains(&written) {
                        out.push(written);
                    }
                }
            }
        }
    }
    out
}

/// Whether the claims loader reads `value` as a value of `kind`.
fn readable(kind: Kind, value: &str) -> bool {
    match ClaimKind::from(kind) {
        ClaimKind::Name => value.chars().any(char::is_alphabetic),
        ClaimKind::Quantity(want) => quantity::parse_value(value).is_some_and(|q| q.kind == want),
    }
}

/// The index of the value a drafted claim holds: the most recent document's when any stating
/// document is dated (of equal dates, the one more documents give), else the first, which
/// most documents give. A name keeps the spelling most documents give: a later misspelling is
/// no revision.
fn chosen(g: &Group) -> usize {
    if g.kind == Kind::Name || g.values.iter().all(|v| v.latest.is_none()) {
        return 0;
    }
    let mut best = 0;
    for (i, v) in g.values.iter().enumerate() {
        let b = &g.values[best];
        if (v.latest, v.document_count) > (b.latest, b.document_count) {
            best = i;
        }
    }
    best
}

/// What the claim states: the fragment the chosen value's documents write ("31 armed
/// drones"), or the name.
fn statement(kind: Kind, chosen: &GroupValue) -> String {
    match kind {
        Kind::Name => chosen.value.clone(),
        _ => chosen.found.clone(),
    }
}

/// The subject's aliases: its forms, each once ignoring case; for a name, the surnames.
fn aliases(g: &Group) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let forms: Vec<String> = match g.kind {
        Kind::Name => g
            .values
            .iter()
            .filter_map(|v| v.value.split_whitespace().last().map(str::to_string))
            .chain(std::iter::once(g.subject.clone()))
            .collect(),
        _ => g.forms.clone(),
    };
    for f in forms {
        if !f.trim().is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(&f)) {
            out.push(f);
        }
    }
    out
}

/// A claim id: the subject's letters and digits, lowercase, joined by '-', the kind after
/// ("armed-drones-count"); never empty.
pub fn slug(subject: &str, kind: Kind) -> String {
    let words: Vec<String> = subject
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut slug = words.join("-");
    slug.truncate(48);
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        kind.as_str().to_string()
    } else {
        format!("{slug}-{}", kind.as_str())
    }
}

/// `id`, or `id-2`, `id-3`… when taken.
pub(super) fn unique(ids: &mut HashSet<String>, id: &str) -> String {
    let mut candidate = id.to_string();
    let mut n = 2;
    while ids.contains(&candidate) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    ids.insert(candidate.clone());
    candidate
}

/// A TOML basic string: JSON's escapes are all TOML's.
pub(super) fn string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

pub(super) fn list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| string(s)).collect();
    format!("[{}]", items.join(", "))
}

/// Text for a comment: on one line.
pub(super) fn comment(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ids_the_claims_file_accepts() {
        assert_eq!(slug("armed drones", Kind::Count), "armed-drones-count");
        assert_eq!(slug("2+2 dialogue", Kind::Ordinal), "2-2-dialogue-ordinal");
        assert_eq!(slug("—", Kind::Name), "name");
        let mut ids = HashSet::new();
        assert_eq!(unique(&mut ids, "a"), "a");
        assert_eq!(unique(&mut ids, "a"), "a-2");
    }
}
