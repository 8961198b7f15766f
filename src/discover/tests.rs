use super::*;
use std::path::Path;

fn example() -> Discovery {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    discover(&[root.join("corpus")], &DiscoverOptions::default())
}

fn line(g: &Group) -> String {
    let values: Vec<&str> = g.values.iter().map(|v| v.value.as_str()).collect();
    format!(
        "{} ({}): {}",
        g.subject,
        g.kind.as_str(),
        values.join(" / ")
    )
}

#[test]
fn the_example_corpus_disagrees_on_drones_rounds_and_blinken() {
    let d = example();
    let top: Vec<String> = d.disagreements().take(10).map(line).collect();
    let has = |needle: &str| top.iter().any(|l| l.contains(needle));
    assert!(
        has("armed drones (count): 31 / 30") || has("armed drones (count): 30 / 31"),
        "{top:#?}"
    );
    assert!(has("(ordinal): fifth") && has("fourth"), "{top:#?}");
    assert!(has("Blinken (name)"), "{top:#?}");
}

/// The statements of `text` as "value subject-form" strings.
fn said(text: &str) -> Vec<String> {
    let segmenter = RuleSegmenter::default();
    statement::statements(
        &crate::corpus::Document::plain("said.txt", text),
        &segmenter,
    )
    .into_iter()
    .map(|s| format!("{} {}", s.written.slice(text), s.form))
    .collect()
}

#[test]
fn a_value_is_bound_to_the_noun_phrase_it_quantifies() {
    assert_eq!(
        said("The talks covered a deal for India to acquire 31 armed drones made by GA.\n"),
        ["31 armed drones"]
    );
    assert_eq!(
        said("The death toll from the quake rose to 2,946 on Tuesday.\n"),
        ["2,946 death toll"]
    );
    assert_eq!(
        said("This included the purchase of 30 Predator Armed Drones for three armed services.\n"),
        ["30 Predator Armed Drones", "three armed services"]
    );
}

#[test]
fn what_states_nothing_is_not_a_statement() {
    // Denied, an old figure and a change.
    assert!(said("The city is not buying 40 buses.\n").is_empty());
    assert_eq!(
        said("The tariff rose to 12% from 8% this year.\n"),
        ["12% tariff"]
    );
    // Numbers inside names and codes, labels.
    assert!(said("The 2+2 dialogue and the 2 plus 2 format met.\n").is_empty());
    assert!(said("He cited Section 232 tariffs on page 3 of the report.\n").is_empty());
    // A dateline's date.
    assert!(
        said("By Staff | Tuesday, 24 October 2023, 02:24 IST\n\nThe talks went on.\n").is_empty()
    );
}

#[test]
fn a_misspelt_name_disagrees_and_another_person_does_not() {
    let name = |given: &str, surname: &str| Value::Name {
        given: given.into(),
        surname: surname.into(),
    };
    assert!(name("anthony", "blinken").disagrees(&name("antony", "blinken")));
    assert!(name("antony", "blinkin").disagrees(&name("antony", "blinken")));
    assert!(!name("jill", "biden").disagrees(&name("joe", "biden")));
    assert!(!name("tony", "blinken").disagrees(&name("antony", "blinken")));
    assert!(!name("liberal", "democrats").disagrees(&name("liberal", "democrat")));
}

#[test]
fn a_cap_on_subjects_counts_what_it_leaves_out() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let options = DiscoverOptions {
        max_subjects: 3,
        ..DiscoverOptions::default()
    };
    let d = discover(&[root.join("corpus")], &options);
    assert_eq!(d.summary.subjects, 3);
    assert!(d.summary.statements_over_cap > 0);
}

#[test]
fn every_kind_is_a_claims_kind_and_serialises_as_its_name() {
    let mut names = Vec::new();
    for kind in Kind::ALL {
        let claim = ClaimKind::from(kind);
        assert_eq!(ClaimKind::parse(kind.as_str()), Some(claim));
        assert_eq!(
            serde_json::to_string(&kind).unwrap(),
            format!("\"{}\"", kind.as_str())
        );
        names.push(kind.as_str());
    }
    assert_eq!(names, ClaimKind::NAMES);
}

#[test]
fn an_amount_of_a_noun_states_that_noun_and_a_period_is_no_subject() {
    // "revenues of": the noun "of" links, not the clause's subject before it.
    assert_eq!(
        said("The company had revenues of $26 billion in the quarter.\n"),
        ["$26 billion revenues"]
    );
    // An irregular verb ends the subject: "saw revenue", not a modifier "saw".
    assert_eq!(
        said("The gaming division saw revenue of $2.6 billion.\n"),
        ["$2.6 billion revenue"]
    );
    // A rate after the value: the noun after it is what is quantified.
    assert_eq!(
        said("The board announced a one-cent per share dividend on Friday.\n"),
        ["one-cent dividend"]
    );
    // "The first quarter of 2025" names a period: neither the ordinal nor the year states
    // anything of it.
    assert!(said("Revenue for the first quarter of 2025 was reported.\n").is_empty());
}

#[test]
fn a_forecast_or_an_expectation_is_no_statement() {
    assert!(said("Analysts had expected adjusted EPS of $5.65 a share.\n").is_empty());
    assert!(said("Labour is likely to win around 38% of the vote.\n").is_empty());
    // The outcome, asserted, is one: the party's share.
    assert_eq!(
        said("Labour won 34% of the vote on Thursday.\n"),
        ["34% Labour"]
    );
}

/// Drafts the claims of `files` (name, text) in a fresh folder.
fn drafted(files: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let d = discover(&[dir.path().to_path_buf()], &DiscoverOptions::default());
    draft::claims_toml(&d)
}

#[test]
fn a_draft_holds_the_most_recent_value_when_documents_are_dated() {
    let early = "Officials said the quake killed 820 people in the mountains.\n";
    let late = "Officials said the quake killed 2,946 people in the mountains.\n";
    // Two early reports against one late one: the late toll is the claim's value.
    let dated = drafted(&[
        ("wire_2023-09-09.txt", early),
        ("daily_2023-09-09.txt", early),
        ("update_2023-09-13.txt", late),
    ]);
    assert!(dated.contains("value = \"2,946\""), "{dated}");
    assert!(dated.contains("(last dated 2023-09-09)"), "{dated}");
    // Undated, the value most documents give.
    let undated = drafted(&[("a.txt", early), ("b.txt", early), ("c.txt", late)]);
    assert!(undated.contains("value = \"820\""), "{undated}");
}

#[test]
fn a_levy_is_told_apart_by_what_it_is_laid_on() {
    let forms = |text: &str| -> Vec<String> {
        statement::statements(
            &crate::corpus::Document::plain("said.txt", text),
            &RuleSegmenter::default(),
        )
        .into_iter()
        .map(|s| format!("{} {:?}", s.form, s.key.modifiers))
        .collect()
    };
    assert_eq!(
        forms("Trump set a 25% tariff on steel and a 10% tariff on aluminum on Thursday.\n"),
        [
            "tariff on steel [\"steel\"]",
            "tariff on aluminum [\"aluminum\"]"
        ]
    );
    // Only a levy: "EPS of $6.12 on revenue of $26 billion" is EPS, and revenue.
    assert_eq!(
        said("The company reported EPS of $6.12 on revenue of $26 billion.\n"),
        ["$6.12 EPS", "$26 billion revenue"]
    );
}

#[test]
fn a_value_is_no_subject_of_another() {
    // "accounting for 86%": not a percentage of "$22.6 billion".
    let statements =
        said("Data center revenue rose to $22.6 billion, accounting for 86% of the total.\n");
    assert!(
        !statements
            .iter()
            .any(|s| s.contains("billion") && s.starts_with("86%")),
        "{statements:?}"
    );
}
