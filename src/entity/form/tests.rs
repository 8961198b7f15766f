//! The sibling forms, read from aliases and matched in sentences.

use super::*;

fn siblings(aliases: &[&str], text: &str) -> Vec<String> {
    let forms = Forms::new(&aliases.iter().map(|a| a.to_string()).collect::<Vec<_>>());
    let words = words(text, Span::new(0, text.len()));
    let mut out = Vec::new();
    forms.siblings(text, &words, &mut out);
    out.iter().map(|s| s.slice(text).to_string()).collect()
}

#[test]
fn another_number_or_ordinal_in_the_same_name_is_a_sibling() {
    assert_eq!(
        siblings(&["Line 3"], "Line 2 opened in 2019; Line 3 in 2024."),
        ["Line 2"]
    );
    assert_eq!(
        siblings(
            &["fifth round"],
            "The fourth round was held in April, the 5th round in May."
        ),
        ["fourth round"]
    );
    assert_eq!(
        siblings(&["Q3 2023"], "Revenue rose in Q2 and fell in Q3."),
        ["Q2"]
    );
    assert_eq!(
        siblings(
            &["Artemis II"],
            "Artemis III will land; Artemis II flew by."
        ),
        ["Artemis III"]
    );
    assert_eq!(
        siblings(&["the 2024 budget"], "the 2023 budget and the 2024 budget"),
        ["2023 budget"]
    );
}

#[test]
fn another_name_before_the_same_head_is_a_sibling() {
    assert_eq!(
        siblings(
            &["Purple Line"],
            "The Green Line opened first, then the Purple Line and Line 2."
        ),
        ["Green Line", "Purple Line", "Line 2"]
    );
    // A determiner or a lowercase word does not name a line.
    assert!(siblings(&["Purple Line"], "The line opened; the new line is long.").is_empty());
}

#[test]
fn an_instance_placed_relative_to_now_is_a_sibling_of_a_numbered_one() {
    assert_eq!(
        siblings(
            &["first quarter"],
            "In the current quarter, it expects more than in the first quarter."
        ),
        ["current quarter"]
    );
    assert_eq!(
        siblings(&["fifth round"], "The next round follows the fifth round."),
        ["next round"]
    );
    // Another head, or an alias without a number, has no relative sibling.
    assert!(siblings(&["first quarter"], "the next round and the current year").is_empty());
    assert!(siblings(&["Purple Line"], "the next line").is_empty());
}

#[test]
fn a_name_without_a_number_or_a_head_has_no_form() {
    assert!(siblings(&["Boeing"], "Airbus and Boeing 747 jets").is_empty());
}
