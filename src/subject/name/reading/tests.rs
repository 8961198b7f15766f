//! Tests of the reading of the words before a surname.

use super::*;
use crate::subject::name::tests::{AUSTIN, BLINKEN, Expected, JAISHANKAR, found, matcher};
use NameReading::*;

#[test]
fn tells_mentions_misspellings_and_other_people_apart() {
    let cases: &[(&str, Expected)] = &[
        ("He met Blinken.", &[(BLINKEN, "Blinken", SurnameOnly)]),
        (
            "Secretary Blinken said",
            &[(BLINKEN, "Blinken", SurnameOnly)],
        ),
        (
            "Mr. Jaishankar said",
            &[(JAISHANKAR, "Jaishankar", SurnameOnly)],
        ),
        (
            "Dr Jaishankar said",
            &[(JAISHANKAR, "Jaishankar", SurnameOnly)],
        ),
        (
            "talks between Jaishankar and Blinken",
            &[
                (JAISHANKAR, "Jaishankar", SurnameOnly),
                (BLINKEN, "Blinken", SurnameOnly),
            ],
        ),
        (
            "On Monday Blinken said",
            &[(BLINKEN, "Blinken", SurnameOnly)],
        ),
        (
            "US Hosts Blinken In Delhi",
            &[(BLINKEN, "Blinken", SurnameOnly)],
        ),
        (
            "a call with Tony Blinken",
            &[(BLINKEN, "Tony Blinken", Full)],
        ),
        (
            "ANTONY BLINKEN VISITS",
            &[(BLINKEN, "ANTONY BLINKEN", Full)],
        ),
        ("and Mr. Blinkin said", &[(BLINKEN, "Blinkin", Misspelt)]),
        ("met Blinkin on", &[(BLINKEN, "Blinkin", Misspelt)]),
        ("said Jaishanker.", &[(JAISHANKAR, "Jaishanker", Misspelt)]),
        ("with Llyod Austin", &[(AUSTIN, "Llyod Austin", Misspelt)]),
        ("with Lloyd Austen", &[(AUSTIN, "Lloyd Austen", Misspelt)]),
        (
            "Minister S. Jaishanker",
            &[(JAISHANKAR, "S. Jaishanker", Misspelt)],
        ),
        // Another given name of the same initial: the claimed person misnamed.
        (
            "met Andrew Blinken",
            &[(BLINKEN, "Andrew Blinken", OtherGivenName)],
        ),
        // Another initial altogether: a namesake, the surname a mention.
        ("met Donald Blinken", &[(BLINKEN, "Blinken", SurnameOnly)]),
        // After a title the office names the person: the name written is wrong.
        (
            "Secretary of State Donald Blinken",
            &[(BLINKEN, "Donald Blinken", OtherGivenName)],
        ),
        ("Donald J. Blinken", &[(BLINKEN, "Blinken", SurnameOnly)]),
        // Someone else, or no name at all.
        ("a novel by Jane Austen", &[]),
        (
            "a visit to Austin, Texas",
            &[(AUSTIN, "Austin", SurnameOnly)],
        ),
        ("Austin", &[(AUSTIN, "Austin", SurnameOnly)]),
        ("he met Austen", &[]),
        ("he blinkin well did, blinken", &[]),
        ("Blinkin said", &[]),
        ("met Blinkin Park", &[]),
        ("met A. Jaishanker", &[]),
        (
            "J. Blinken spoke",
            &[(BLINKEN, "J. Blinken", OtherGivenName)],
        ),
    ];
    let m = matcher();
    for (text, want) in cases {
        assert_eq!(found(&m, text), *want, "in {text:?}");
    }
}

#[test]
fn initials_stand_for_the_given_name() {
    let cases: &[(&str, Expected)] = &[
        (
            "Defense Secretary L. Austin told reporters on Friday",
            &[(AUSTIN, "L. Austin", Full)],
        ),
        ("a call with L Austin", &[(AUSTIN, "L Austin", Full)]),
        (
            "according to L.J. Austin, the talks",
            &[(AUSTIN, "L.J. Austin", Full)],
        ),
        ("signed by L. J. Austin", &[(AUSTIN, "L. J. Austin", Full)]),
        (
            "External Affairs Minister S. Jaishankar said",
            &[(JAISHANKAR, "S. Jaishankar", Full)],
        ),
        // Another initial, written as one: someone else.
        (
            "Defense Secretary R. Austin told reporters",
            &[(AUSTIN, "R. Austin", OtherGivenName)],
        ),
        (
            "said R. J. Austin",
            &[(AUSTIN, "R. J. Austin", OtherGivenName)],
        ),
        (
            "Minister K. Jaishankar said",
            &[(JAISHANKAR, "K. Jaishankar", OtherGivenName)],
        ),
        // Glued or bare capitals may be abbreviations or labels: a mention.
        ("said R.J. Austin", &[(AUSTIN, "Austin", SurnameOnly)]),
        ("said R Austin", &[(AUSTIN, "Austin", SurnameOnly)]),
        (
            "back in the U.S. Austin said",
            &[(AUSTIN, "Austin", SurnameOnly)],
        ),
        (
            "in Washington D.C. Austin met",
            &[(AUSTIN, "Austin", SurnameOnly)],
        ),
        // A misspelt surname after another initial is someone else.
        ("met R. Jaishanker", &[]),
    ];
    let m = matcher();
    for (text, want) in cases {
        assert_eq!(found(&m, text), *want, "in {text:?}");
    }
    // An initial of a claimed middle name, or with one that is: no conflict.
    let m = NameMatcher::new(&[
        (0, "Lloyd J. Austin".to_string()),
        (1, "Scott Fitzgerald".to_string()),
    ]);
    let text = "J. Austin and F. S. Fitzgerald";
    assert_eq!(
        found(&m, text),
        [(0, "Austin", SurnameOnly), (1, "Fitzgerald", SurnameOnly)]
    );
}

#[test]
fn another_claimed_person_with_the_same_surname_is_no_conflict() {
    let m = NameMatcher::new(&[
        (0, "Rajnath Singh".to_string()),
        (1, "Manmohan Singh".to_string()),
    ]);
    let text = "Defence Minister Rajnath Singh met Manmohan Singh and Mr. Singh";
    let want: Expected = &[
        (0, "Rajnath Singh", Full),
        (1, "Manmohan Singh", Full),
        (0, "Singh", SurnameOnly),
        (1, "Singh", SurnameOnly),
    ];
    assert_eq!(found(&m, text), want);
    // With only one of them claimed, the other is a namesake (another initial, not close):
    // the surname is a mention, not a conflict.
    let m = NameMatcher::new(&[(0, "Rajnath Singh".to_string())]);
    let text = "met Manmohan Singh";
    assert_eq!(found(&m, text), [(0, "Singh", SurnameOnly)]);
    let text = "met Rajesh Singh";
    assert_eq!(found(&m, text), [(0, "Rajesh Singh", OtherGivenName)]);
}

#[test]
fn given_names_shorten_at_either_end() {
    assert!(same_given("tony", "antony"));
    assert!(same_given("rob", "robert"));
    assert!(same_given("pete", "peter"));
    assert!(same_given("jean", "jean-noel"));
    assert!(same_given("s", "subrahmanyam"));
    assert!(!same_given("donald", "antony"));
    // Not a final vowel alone, not two letters, not longer than the claim.
    assert!(!same_given("nirmal", "nirmala"));
    assert!(!same_given("paul", "paula"));
    assert!(!same_given("an", "antony"));
    assert!(!same_given("peter", "pete"));
    assert!(!same_given("priyanka", "priya"));
    assert!(!same_given("radek", "radoslaw"));
}
