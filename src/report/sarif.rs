//! `--format sarif`: SARIF 2.1.0 (serde-sarif), for GitHub code scanning and other viewers.
//!
//! One rule per claim (its id, statement and value), one result per conflicting evidence with a
//! physical location (document path as a relative URI, start and end line and column; columns
//! count Unicode code points, as `columnKind` says) and the evidence's fingerprint as a partial
//! fingerprint, so that viewers track a result across moved lines as the baseline does.
//! Accepted conflicts carry a suppression (`inSource` for a comment, `external` for the
//! baseline) with the reason as justification. Each result's property `assertion` says how its
//! sentence states the value (`asserted`, `negated`, `hedged`); a hedged one stays an error,
//! as it fails the build by default.

use super::{ClaimEntry, Report, text};
use crate::accept::AcceptedBy;
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, PropertyBag,
    Region, ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif, Suppression, Tool,
    ToolComponent,
};
use std::collections::BTreeMap;

/// The key of [`SarifResult::partial_fingerprints`].
pub const FINGERPRINT_KEY: &str = "crosscheck/v1";

pub fn render(report: &Report) -> String {
    let rules: Vec<ReportingDescriptor> = report.claims.iter().map(rule).collect();
    let results: Vec<SarifResult> = text::conflicts(report)
        .chain(text::outdated(report))
        .map(|(claim, result, evidence)| {
            let region = Region {
                start_line: Some(count(evidence.line)),
                start_column: Some(count(evidence.column)),
                end_line: Some(count(evidence.end_line)),
                end_column: Some(count(evidence.end_column)),
                ..Default::default()
            };
            let location = Location {
                physical_location: Some(PhysicalLocation {
                    artifact_location: Some(ArtifactLocation {
                        uri: Some(uri(&result.document)),
                        ..Default::default()
                    }),
                    region: Some(region),
                    ..Default::default()
                }),
                ..Default::default()
            };
            let suppressions = evidence.accepted.as_ref().map(|acceptance| {
                let kind = match acceptance.by {
                    AcceptedBy::Comment => "inSource",
                    AcceptedBy::Baseline => "external",
                };
                let mut suppression = Suppression::builder().kind(kind).build();
                suppression.justification = acceptance.reason.clone();
                vec![suppression]
            });
            let message = Message {
                text: Some(format!(
                    "{} in: {}",
                    text::conflict_message(claim, evidence),
                    text::one_line(evidence.sentence.trim())
                )),
                ..Default::default()
            };
            let mut sarif_result = SarifResult::builder()
                .message(message)
                .rule_id(claim.id.to_string())
                // An outdated value is history: a note, never an error.
                .level(if evidence.verdict == crate::verdict::Verdict::Outdated {
                    ResultLevel::Note
                } else {
                    ResultLevel::Error
                })
                .locations(vec![location])
                .partial_fingerprints(BTreeMap::from([(
                    FINGERPRINT_KEY.to_string(),
                    evidence.fingerprint.clone(),
                )]))
                .build();
            sarif_result.rule_index = report
                .claims
                .iter()
                .position(|c| c.id == claim.id)
                .map(count);
            sarif_result.suppressions = suppressions;
            sarif_result.properties = Some(
                PropertyBag::builder()
                    .additional_properties(BTreeMap::from([(
                        "assertion".to_string(),
                        evidence.assertion.as_str().into(),
                    )]))
                    .build(),
            );
            sarif_result
        })
        .collect();
    let driver = ToolComponent::builder()
        .name("crosscheck")
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .rules(rules)
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .column_kind(serde_json::Value::from("unicodeCodePoints"))
        .build();
    let sarif = Sarif::builder()
        .schema(serde_sarif::sarif::SCHEMA_URL)
        .version(serde_json::Value::from("2.1.0"))
        .runs(vec![run])
        .build();
    let mut out = serde_json::to_string_pretty(&sarif).unwrap_or_else(|_| "{}".to_string());
    out.push('\n');
    out
}

fn rule(claim: &ClaimEntry) -> ReportingDescriptor {
    let statement = claim
        .statement
        .clone()
        .unwrap_or_else(|| format!("{}: {}", claim.id, claim.value));
    let mut properties = BTreeMap::new();
    properties.insert("value".to_string(), claim.value.clone().into());
    properties.insert("kind".to_string(), claim.kind.into());
    properties.insert("subject".to_string(), claim.subject.clone().into());
    let full = format!(
        "A document gives a value ({}) for {} that disagrees with the claim, {}.",
        claim.kind,
        claim.subject.join(", "),
        claim.value
    );
    ReportingDescriptor::builder()
        .id(claim.id.to_string())
        .short_description(MultiformatMessageString::builder().text(statement).build())
        .full_description(MultiformatMessageString::builder().text(full).build())
        .properties(
            PropertyBag::builder()
                .additional_properties(properties)
                .build(),
        )
        .build()
}

/// Lines, columns and indexes as SARIF's integers (saturating: a count never exceeds i64).
fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A relative path as a URI reference: `/` kept, everything outside RFC 3986's unreserved
/// characters percent-encoded (a space, `#` or `%` in a file name must not change the URI).
pub fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_result_says_how_its_value_is_stated() {
        let out = render(&crate::report::assertion_tests::stated_report(
            crate::report::Keep::All,
        ));
        let sarif: serde_json::Value = serde_json::from_str(&out).unwrap();
        let assertions: Vec<&str> = sarif["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["properties"]["assertion"].as_str().unwrap())
            .collect();
        assert_eq!(
            assertions,
            [
                "hedged", "negated", "asserted", "hedged", "asserted", "hedged"
            ]
        );
        assert_eq!(sarif["runs"][0]["results"][0]["level"], "error");
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("corpus/a b#1.md"), "corpus/a%20b%231.md");
        assert_eq!(uri("corpus/é.md"), "corpus/%C3%A9.md");
    }
}
