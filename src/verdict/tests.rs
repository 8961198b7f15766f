//! Verdicts on real sentences, one claim at a time.

use super::*;
use crate::claims::Claims;
use std::path::Path;

/// The verdict and evidence values of one claim against one undated text.
fn check(claim: &str, text: &str) -> (Verdict, Vec<String>) {
    checked(claim, text, None)
}

/// The verdict and evidence values of one claim against a text written in `date`.
fn check_dated(claim: &str, text: &str, date: &str) -> (Verdict, Vec<String>) {
    checked(claim, text, Period::parse(date))
}

fn checked(claim: &str, text: &str, date: Option<Period>) -> (Verdict, Vec<String>) {
    let claims = Claims::parse(
        Path::new("claims.toml"),
        &format!("[[claim]]\nid = \"c\"\n{claim}\n"),
    )
    .unwrap();
    let checker = Checker::new(&claims.claims).unwrap();
    let finding = checker.check_dated(text, date).remove(0);
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

#[test]
fn what_the_clause_reading_changes() {
    let buses = "subject = [\"buses\"]\nvalue = \"45\"";
    let cases: &[(&str, &str, Verdict, &[&str])] = &[
        // A denied other value, corrected after the comma that ends the denial.
        (
            buses,
            "\"We are not buying 40 buses, we are buying 45,\" the mayor said.",
            Verdict::Supports,
            &["45"],
        ),
        // A denied own value is a conflict.
        (
            buses,
            "The council denied it would buy 45 buses.",
            Verdict::Conflicts,
            &["45"],
        ),
        // Two statements in two clauses, not a breakdown.
        (
            buses,
            "About 45 buses were delivered in March, bringing the fleet to 320 buses.",
            Verdict::Supports,
            &["About 45"],
        ),
        // A breakdown of the subject in one clause: neither value is the total.
        (
            buses,
            "The city bought 30 diesel buses and 15 electric buses.",
            Verdict::Mentions,
            &[],
        ),
        // A count said of its own noun before a copula.
        (
            "subject = [\"dead\"]\nvalue = \"2,946\"",
            "At least 2,946 people were confirmed dead.",
            Verdict::Supports,
            &["At least 2,946"],
        ),
        // A denied one-sided value states the other side.
        (
            "subject = [\"deal\"]\nvalue = \"$1.2 billion\"",
            "The deal had not risen above $1.2 billion.",
            Verdict::Supports,
            &["above $1.2 billion"],
        ),
    ];
    for (claim, text, verdict, values) in cases {
        let (got, found) = check(claim, text);
        let found: Vec<&str> = found.iter().map(String::as_str).collect();
        assert_eq!((got, found.as_slice()), (*verdict, *values), "{text}");
    }
}

#[test]
fn relative_times_are_values_of_a_dated_document() {
    let first = "subject = [\"dialogue\"]\nvalue = \"2018\"\nkind = \"year\"";
    let text = "The first dialogue was held last year in New Delhi.";
    assert_eq!(
        check_dated(first, text, "2019-05-01"),
        (Verdict::Supports, vec!["last year".to_string()])
    );
    assert_eq!(
        check_dated(first, text, "2021-05-01"),
        (Verdict::Conflicts, vec!["last year".to_string()])
    );
    // Undated: never guessed.
    assert_eq!(check(first, text).0, Verdict::Mentions);
}

#[test]
fn a_value_placed_before_as_of_is_outdated_and_a_later_one_conflicts() {
    let riders = "subject = [\"passengers a day\"]\nvalue = \"55,000\"\nas_of = \"2024-01\"";
    let text = "In 2019 the line carried 40,000 passengers a day.";
    assert_eq!(check(riders, text).0, Verdict::Outdated);
    let text = "The line carries 40,000 passengers a day.";
    assert_eq!(check(riders, text).0, Verdict::Conflicts);
    assert_eq!(check_dated(riders, text, "2023-06").0, Verdict::Outdated);
    assert_eq!(check_dated(riders, text, "2024-06").0, Verdict::Conflicts);
    // A support and a history in one document: it supports.
    let text =
        "In 2019 the line carried 40,000 passengers a day. It now carries 55,000 passengers a day.";
    assert_eq!(check(riders, text).0, Verdict::Supports);
}

#[test]
fn a_more_specific_claims_subject_takes_its_occurrence() {
    let claims = Claims::parse(
        Path::new("claims.toml"),
        "[[claim]]\nid = \"revenue\"\nsubject = [\"revenue\"]\nvalue = \"$26 billion\"\n\n\
         [[claim]]\nid = \"dc\"\nsubject = [\"data center revenue\"]\nvalue = \"$22.6 billion\"\n\n\
         [[claim]]\nid = \"drones\"\nsubject = [\"drones\"]\nvalue = \"31\"\n\n\
         [[claim]]\nid = \"armed\"\nsubject = [\"armed drones\", \"drones\"]\nvalue = \"31\"\n",
    )
    .unwrap();
    let checker = Checker::new(&claims.claims).unwrap();
    let verdicts = |text: &str| -> Vec<(String, Verdict)> {
        claims
            .claims
            .iter()
            .zip(checker.check(text))
            .map(|(c, f)| (c.id.clone(), f.verdict))
            .collect()
    };
    let found = verdicts("Data center revenue was $22.6 billion in the quarter.");
    assert!(
        found.contains(&("dc".to_string(), Verdict::Supports)),
        "{found:?}"
    );
    // "revenue" is the head of the other claim's subject there: not this claim's.
    assert!(
        found.contains(&("revenue".to_string(), Verdict::Absent)),
        "{found:?}"
    );
    // Both claims name drones ("armed drones" lists "drones" too): both read it.
    let found = verdicts("India will buy 31 armed drones.");
    assert!(
        found.contains(&("drones".to_string(), Verdict::Supports)),
        "{found:?}"
    );
    assert!(
        found.contains(&("armed".to_string(), Verdict::Supports)),
        "{found:?}"
    );
}

#[test]
fn the_object_of_a_preposition_is_not_the_longer_subjects_head() {
    let claims = Claims::parse(
        Path::new("claims.toml"),
        "[[claim]]\nid = \"maker\"\nsubject = [\"Boeing\"]\nvalue = \"$34 billion\"\n\n\
         [[claim]]\nid = \"planes\"\nsubject = [\"planes from Boeing\"]\nvalue = \"220\"\n",
    )
    .unwrap();
    let checker = Checker::new(&claims.claims).unwrap();
    let findings = checker.check("Air India will buy 220 planes from Boeing for $34 billion.");
    // "planes from Boeing" is planes of a kind, and it names Boeing: both claims read it.
    assert_eq!(findings[0].verdict, Verdict::Supports, "{findings:?}");
    assert_eq!(findings[1].verdict, Verdict::Supports, "{findings:?}");
}

#[test]
fn a_whole_percentage_is_a_rounding_of_a_precise_one() {
    let share = |value: &str| format!("subject = [\"of the vote\"]\nvalue = \"{value}\"");
    assert_eq!(
        check(&share("33.7%"), "Labour won 34% of the vote.").0,
        Verdict::Supports
    );
    assert_eq!(
        check(&share("34%"), "Labour won 33.7% of the vote.").0,
        Verdict::Supports
    );
    assert_eq!(
        check(&share("34%"), "Labour won 33.4% of the vote.").0,
        Verdict::Conflicts
    );
    assert_eq!(
        check(&share("2%"), "Labour won 2.5% of the vote.").0,
        Verdict::Conflicts
    );
    // Two whole percentages are two figures: 34% is not 33%.
    assert_eq!(
        check(&share("33%"), "Labour won 34% of the vote.").0,
        Verdict::Conflicts
    );
}

/// A claim whose statement states its value as a change ("70 more jets") is about the
/// change: a sentence that states the same change supports it, and one that states another
/// conflicts. Without such a statement a change says nothing of the claim's level.
#[test]
fn a_claim_stated_as_a_change_reads_changes() {
    let of_change = r#"statement = "Air India holds options on 70 more Boeing jets."
subject = ["options"]
value = "70"
kind = "count""#;
    let level = r#"statement = "Air India holds 70 options on Boeing jets."
subject = ["options"]
value = "70"
kind = "count""#;
    let same = "Air India also took options for 70 more planes.";
    let other = "Air India also took options for 90 more planes.";
    assert_eq!(
        check(of_change, same),
        (Verdict::Supports, vec!["70".into()])
    );
    assert_eq!(
        check(of_change, other),
        (Verdict::Conflicts, vec!["90".into()])
    );
    assert_eq!(check(level, same).0, Verdict::Mentions);
    assert_eq!(check(level, other).0, Verdict::Mentions);
}

#[test]
fn a_claim_stated_as_a_change_reads_changes_measured_against_a_period() {
    let growth = "statement = \"Revenue rose 262% from a year earlier.\"\n\
                  subject = [\"revenue\"]\nvalue = \"262%\"";
    // The claim's own statement is a change, so the sentences that state one speak of it.
    assert_eq!(
        check(growth, "Revenue rose 262% from a year earlier.").0,
        Verdict::Supports
    );
    assert_eq!(
        check(
            growth,
            "The chipmaker posted a 262% jump in revenue on Wednesday."
        )
        .0,
        Verdict::Supports
    );
    assert_eq!(
        check(growth, "Revenue jumped an astonishing 240% year-over-year.").0,
        Verdict::Conflicts
    );
    // A margin is neither a level nor a change.
    assert_eq!(
        check(
            growth,
            "The company expects revenue of $28 billion, plus or minus 2%."
        )
        .0,
        Verdict::Mentions
    );
}

#[test]
fn the_next_sentence_refers_back_only_to_one_subject() {
    let claims = Claims::parse(
        Path::new("claims.toml"),
        "[[claim]]\nid = \"greens\"\nstatement = \"The Green Party won four seats.\"\n\
         subject = [\"Green Party\"]\nvalue = \"four\"\n\n\
         [[claim]]\nid = \"liberals\"\nstatement = \"The Liberal Party won nine seats.\"\n\
         subject = [\"Liberal Party\"]\nvalue = \"nine\"\n",
    )
    .unwrap();
    let checker = Checker::new(&claims.claims).unwrap();
    let verdicts = |text: &str| -> Vec<Verdict> {
        checker.check(text).into_iter().map(|f| f.verdict).collect()
    };
    // One party named before: "The party" is the Greens.
    assert_eq!(
        verdicts("Voters backed the Green Party. The party won four seats."),
        [Verdict::Supports, Verdict::Absent]
    );
    // Two: "The party" is either, so neither.
    assert_eq!(
        verdicts("Voters backed the Green Party over the Liberal Party. The party won four seats."),
        [Verdict::Mentions, Verdict::Mentions]
    );
    // A paragraph between: the sentence after stands on its own.
    assert_eq!(
        verdicts("Voters backed the Green Party.\n\nThe party won five seats."),
        [Verdict::Mentions, Verdict::Absent]
    );
}
