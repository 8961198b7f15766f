//! `crosscheck suggest --facts FILE`: `value_from` claims drafted from a facts file, the single
//! source of truth a documentation site's templates read.
//!
//! Every numeric leaf of the file (JSON, YAML or TOML, read as `value_from` reads it) is
//! looked for among the groups the pages state: a group matches when one of its values is the
//! leaf's number or a rounding of it (its interval holds the number: "536", "500+", "about
//! 540", "99.9%" for 99.95) and a word of its subject is a word of the leaf's key path
//! (`/sourceAttributionProviders` is "source attribution providers"; compared singular and
//! lowercase). A leaf with matches becomes a claim whose aliases are the subjects' forms as the
//! pages write them and whose `value_from` points at the leaf; a leaf without is listed in a
//! comment, so the editor sees what the pages never state. Only then does `check` tell which
//! pages state the figure and which drifted from it ("534 active providers").

use super::draft::{comment, list, slug, string, unique};
use super::phrase::singular;
use super::{Discovery, Group, Kind};
use crate::quantity::{self, Quantity};
use serde_json::Value;
use std::collections::HashSet;
use std::fmt::Write;

/// Words of a key path too general to tie a value to a subject.
const GENERIC: &[&str] = &[
    "count", "total", "number", "value", "amount", "num", "percent", "pct", "stats", "stat",
];

/// A number of the facts file and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Leaf {
    /// The JSON Pointer to it ("/uptime/slaPercent").
    pub pointer: String,
    pub number: f64,
}

/// Every numeric leaf of `tree`, in the file's order (objects keep their keys' order as read).
pub fn leaves(tree: &Value) -> Vec<Leaf> {
    let mut out = Vec::new();
    walk(tree, &mut String::new(), &mut out);
    out
}

fn walk(value: &Value, pointer: &mut String, out: &mut Vec<Leaf>) {
    let at = pointer.len();
    match value {
        Value::Number(n) => {
            if let Some(number) = n.as_f64() {
                out.push(Leaf {
                    pointer: pointer.clone(),
                    number,
                });
            }
        }
        Value::Object(map) => {
            for (key, child) in map {
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                walk(child, pointer, out);
                pointer.truncate(at);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let _ = write!(pointer, "/{i}");
                walk(child, pointer, out);
                pointer.truncate(at);
            }
        }
        _ => {}
    }
}

/// The words of a key path, lowercase and singular: `/uptime/slaPercent` → uptime, sla;
/// list indexes and generic words ("total", "count") left out.
pub fn key_words(pointer: &str) -> Vec<String> {
    let mut words = Vec::new();
    for token in pointer.split('/').filter(|t| t.parse::<usize>().is_err()) {
        let mut word = String::new();
        let mut previous_lower = false;
        for c in token.chars() {
            let boundary = !c.is_alphanumeric() || (c.is_uppercase() && previous_lower);
            if boundary && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            }
            previous_lower = c.is_lowercase() || c.is_ascii_digit();
        }
        if !word.is_empty() {
            words.push(word);
        }
    }
    words
        .into_iter()
        .filter(|w| !GENERIC.contains(&w.as_str()) && w.chars().any(char::is_alphabetic))
        .map(|w| singular(&w))
        .collect()
}

/// True when `q` states `number` or a rounding of it.
fn states(q: &Quantity, number: f64) -> bool {
    let i = &q.interval;
    let above = i
        .low
        .is_none_or(|low| number > low || (i.low_inclusive && number == low));
    let below = i
        .high
        .is_none_or(|high| number < high || (i.high_inclusive && number == high));
    let rounded = match (q.value, q.rounding) {
        (Some(value), Some(r)) => (number - value).abs() <= r,
        _ => false,
    };
    (above && below) || rounded
}

/// The groups of `discovery` that state `leaf` near a word of its key path.
fn matches<'a>(discovery: &'a Discovery, leaf: &Leaf, words: &[String]) -> Vec<&'a Group> {
    discovery
        .groups
        .iter()
        .filter(|g| matches!(g.kind, Kind::Count | Kind::Percent | Kind::Year))
        .filter(|g| {
            g.values
                .iter()
                .any(|v| quantity::parse_value(&v.value).is_some_and(|q| states(&q, leaf.number)))
        })
        .filter(|g| {
            std::iter::once(&g.subject)
                .chain(&g.forms)
                .flat_map(|form| form.split(|c: char| !c.is_alphanumeric()))
                .any(|w| words.contains(&singular(&w.to_lowercase())))
        })
        .collect()
}

/// The claims file drafted from `facts` (whose path, relative to where the claims file will
/// be, is `facts_path`) and what the pages state.
pub fn claims_toml(discovery: &Discovery, facts: &Value, facts_path: &str) -> String {
    let mut out = format!(
        "# Drafted by `crosscheck suggest --facts` from {}: one claim per number of the file\n\
         # that the pages state (or round) near a word of its key. Check the aliases before\n\
         # relying on them.\n",
        comment(facts_path)
    );
    let mut ids: HashSet<String> = HashSet::new();
    let mut unstated = Vec::new();
    for leaf in leaves(facts) {
        let words = key_words(&leaf.pointer);
        let found = matches(discovery, &leaf, &words);
        if found.is_empty() {
            unstated.push(leaf);
            continue;
        }
        let mut aliases: Vec<String> = Vec::new();
        for form in found
            .iter()
            .flat_map(|g| std::iter::once(&g.subject).chain(&g.forms))
        {
            if !form.trim().is_empty() && !aliases.iter().any(|a| a.eq_ignore_ascii_case(form)) {
                aliases.push(form.clone());
            }
        }
        let kind = found
            .iter()
            .map(|g| g.kind)
            .find(|k| *k != Kind::Count)
            .unwrap_or(Kind::Count);
        let id = unique(&mut ids, &slug(&words.join(" "), kind));
        let stated: Vec<String> = found
            .iter()
            .flat_map(|g| g.values.iter().map(|v| v.found.clone()))
            .collect();
        let _ = writeln!(out, "\n# the pages write: {}", comment(&stated.join("; ")));
        let _ = writeln!(out, "[[claim]]");
        let _ = writeln!(out, "id = {}", string(&id));
        let _ = writeln!(out, "subject = {}", list(&aliases));
        let _ = writeln!(
            out,
            "value_from = {}",
            string(&format!("{facts_path}#{}", leaf.pointer))
        );
        if kind != Kind::Count {
            let _ = writeln!(out, "kind = {}", string(kind.as_str()));
        }
    }
    if !unstated.is_empty() {
        out.push_str("\n# Not found in the pages near a word of their key:\n");
        for leaf in unstated {
            let _ = writeln!(out, "#   {} = {}", comment(&leaf.pointer), leaf.number);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Claims;
    use crate::discover::{DiscoverOptions, discover};

    #[test]
    fn leaves_and_their_words() {
        let tree: Value = serde_json::from_str(
            r#"{"sourceAttributionProviders": 536, "uptime": {"slaPercent": 99.95}, "plans": [{"seats": 5}], "name": "x"}"#,
        )
        .unwrap();
        let pointers: Vec<String> = leaves(&tree).into_iter().map(|l| l.pointer).collect();
        assert_eq!(
            pointers,
            [
                "/plans/0/seats",
                "/sourceAttributionProviders",
                "/uptime/slaPercent"
            ]
        );
        assert_eq!(
            key_words("/sourceAttributionProviders"),
            ["source", "attribution", "provider"]
        );
        assert_eq!(key_words("/uptime/slaPercent"), ["uptime", "sla"]);
        assert_eq!(key_words("/data_regions/total"), ["data", "region"]);
    }

    #[test]
    fn a_number_the_pages_state_or_round_near_its_noun_becomes_a_value_from_claim() {
        let dir = tempfile::tempdir().unwrap();
        let pages = dir.path().join("pages");
        std::fs::create_dir(&pages).unwrap();
        std::fs::write(
            pages.join("index.md"),
            "# Home\n\nTracewell connects to 500+ providers in 14 data regions.\n",
        )
        .unwrap();
        std::fs::write(
            pages.join("providers.md"),
            "# Providers\n\nWe list 534 active providers today.\n\nThere are 536 active providers.\n",
        )
        .unwrap();
        let facts: Value = serde_json::from_str(
            r#"{"sourceAttributionProviders": 536, "regions": 14, "languages": 31, "seats": 14}"#,
        )
        .unwrap();
        let options = DiscoverOptions {
            min_documents: 1,
            ..DiscoverOptions::default()
        };
        let discovery = discover(&[pages], &options);
        let toml = claims_toml(&discovery, &facts, "facts.json");
        // 536 stated exactly and rounded (500+); 534 is no rounding of it, so it is what
        // `check` will report, not an alias source of its own.
        assert!(
            toml.contains("value_from = \"facts.json#/sourceAttributionProviders\""),
            "{toml}"
        );
        assert!(
            toml.contains("value_from = \"facts.json#/regions\""),
            "{toml}"
        );
        // 14 is stated, but near no word of `seats`; 31 is not stated at all.
        assert!(!toml.contains("#/seats\""), "{toml}");
        assert!(
            toml.contains("#   /languages = 31\n") && toml.contains("#   /seats = 14\n"),
            "{toml}"
        );
        std::fs::write(dir.path().join("facts.json"), facts.to_string()).unwrap();
        let claims = Claims::parse(&dir.path().join("claims.toml"), &toml).unwrap();
        let providers = claims
            .claims
            .iter()
            .find(|c| c.id.starts_with("source-attribution-provider"))
            .unwrap();
        assert_eq!(providers.value, "536");
        assert!(
            providers.subject.iter().any(|a| a.contains("provider")),
            "{:?}",
            providers.subject
        );
    }
}
