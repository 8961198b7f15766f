//! The claims file as written: TOML with spans kept, so every problem can point at its text.
//!
//! Unknown keys are rejected (`deny_unknown_fields`), as typos rejects unknown config keys: a
//! misspelt `subjct` must not silently leave a claim without a subject.

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use std::fmt;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClaimsFile {
    /// Other claims files to read with this one: globs relative to this file.
    #[serde(default)]
    pub include: Vec<Spanned<String>>,
    /// The front matter keys read as prose (`title` and `description` when no file sets it).
    pub front_matter: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub claim: Vec<Spanned<RawClaim>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawClaim {
    pub id: Option<Spanned<String>>,
    pub statement: Option<String>,
    pub subject: Option<Spanned<OneOrMany>>,
    pub value: Option<Spanned<RawValue>>,
    /// `"data/facts.json#/pointer"`: the value read from a data file instead of `value`.
    pub value_from: Option<Spanned<String>>,
    pub kind: Option<Spanned<String>>,
    pub tolerance: Option<Spanned<RawValue>>,
    pub about: Option<Spanned<OneOrMany>>,
    pub not_about: Option<Spanned<OneOrMany>>,
    /// A string ("2023-11") or a TOML date (2023-11-10).
    pub as_of: Option<Spanned<toml::Value>>,
}

/// `subject = "drones"` or `subject = ["armed drones", "drones"]`.
///
/// Deserialised by hand rather than `#[serde(untagged)]`: untagged enums buffer their input,
/// which loses the spans `toml::Spanned` needs for the aliases.
#[derive(Debug)]
pub(crate) enum OneOrMany {
    One(String),
    Many(Vec<Spanned<String>>),
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Aliases;
        impl<'de> Visitor<'de> for Aliases {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an alias (a string) or a list of aliases")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut aliases = Vec::new();
                while let Some(alias) = seq.next_element()? {
                    aliases.push(alias);
                }
                Ok(OneOrMany::Many(aliases))
            }
        }
        deserializer.deserialize_any(Aliases)
    }
}

/// A value written as text ("over $3 billion") or as a TOML number (31, 0.5).
#[derive(Debug)]
pub(crate) enum RawValue {
    Text(String),
    Integer(i64),
    Float(f64),
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Value;
        impl Visitor<'_> for Value {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
                Ok(RawValue::Integer(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
                i64::try_from(v)
                    .map(RawValue::Integer)
                    .map_err(|_| E::custom("number too large"))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
                Ok(RawValue::Float(v))
            }
        }
        deserializer.deserialize_any(Value)
    }
}

impl RawValue {
    pub fn as_text(&self) -> String {
        match self {
            RawValue::Text(s) => s.clone(),
            RawValue::Integer(i) => i.to_string(),
            RawValue::Float(f) => f.to_string(),
        }
    }
}

/// The keys a claims file may have at its top level.
pub(crate) const FILE_KEYS: &[&str] = &["include", "front_matter", "claim"];

/// The keys a claim may have, for "did you mean" hints.
pub(crate) const CLAIM_KEYS: &[&str] = &[
    "id",
    "statement",
    "subject",
    "value",
    "value_from",
    "kind",
    "tolerance",
    "about",
    "not_about",
    "as_of",
];
