//! Claims scoped to an entity (`about`), end to end through the CLI on
//! `tests/cmd/about-sibling.in`: a headline naming the entity, a pronoun, a sibling line and a
//! possessive sibling. The JSON contract is read back: `via` on the evidence found through the
//! headline, with the headline shown before the sentence, and none elsewhere.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn json() -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--quiet", "--format", "json", "corpus"])
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/about-sibling.in"))
        .output()
        .expect("crosscheck runs");
    assert_eq!(
        output.status.code(),
        Some(1),
        "the pronoun's conflict fails the run"
    );
    serde_json::from_slice(&output.stdout).expect("JSON output")
}

fn result<'a>(json: &'a Value, claim: &str, document: &str) -> &'a Value {
    json["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| {
            r["claim"] == claim
                && r["document"]
                    .as_str()
                    .is_some_and(|d| d.ends_with(document))
        })
        .unwrap_or_else(|| panic!("a result for {claim} in {document}"))
}

#[test]
fn a_pronoun_refers_to_the_entity_named_in_the_headline() {
    let json = json();
    let opening = result(&json, "line3-opening", "metro-2024-05.txt");
    assert_eq!(opening["verdict"], "conflicts");
    let evidence = &opening["evidence"][0];
    assert_eq!(evidence["value"], "May 3, 2024");
    assert_eq!(evidence["via"], "headline");
    let sentence = evidence["sentence"].as_str().expect("a sentence");
    assert!(
        sentence.starts_with("Purple Line opens to riders"),
        "{sentence}"
    );
    assert!(sentence.ends_with("the transit agency said."), "{sentence}");
    // The found value's offset in the shown sentence is still its document offset less the
    // sentence's.
    let at = evidence["byte_start"].as_u64().expect("offset")
        - evidence["sentence_byte_start"].as_u64().expect("offset");
    assert_eq!(&sentence[at as usize..][..11], "May 3, 2024");
}

#[test]
fn siblings_are_mentions_not_conflicts() {
    let json = json();
    // Line 2's opening and cost, and the tram's opening, are other entities'.
    for claim in ["line3-opening", "line3-cost"] {
        assert_eq!(
            result(&json, claim, "tram-2024-06.txt")["verdict"],
            "mentions",
            "{claim}"
        );
    }
    // "The line cost $2.1 billion" refers to the headline's Purple Line; "Unlike Line 2, which
    // cost $1.4 billion" is Line 2's.
    let cost = result(&json, "line3-cost", "metro-2024-05.txt");
    assert_eq!(cost["verdict"], "supports");
    let values: Vec<&str> = cost["evidence"]
        .as_array()
        .expect("evidence")
        .iter()
        .map(|e| e["value"].as_str().expect("a value"))
        .collect();
    assert_eq!(values, ["$2.1 billion"]);
}
