//! The clause reading on news-style sentences: what each trigger category does to the values
//! in its scope, and where a scope ends.

use super::*;
use crate::quantity;

/// The reading of every value of `text`, as (value as written, reading).
fn read(text: &str) -> Vec<(String, ValueReading)> {
    let values = quantity::extract(text);
    let reading = Reading::new(text, Span::new(0, text.len()), &values);
    values
        .iter()
        .enumerate()
        .map(|(i, q)| (q.span.slice(text).to_string(), reading.value(i)))
        .collect()
}

fn assertion_of(text: &str, value: &str) -> Assertion {
    read(text)
        .into_iter()
        .find(|(v, _)| v == value)
        .unwrap_or_else(|| panic!("{value} in {text}"))
        .1
        .assertion
}

fn reading_of(text: &str, value: &str) -> ValueReading {
    read(text)
        .into_iter()
        .find(|(v, _)| v == value)
        .unwrap_or_else(|| panic!("{value} in {text}"))
        .1
}

#[test]
fn negation_reaches_forward_to_the_end_of_its_clause() {
    let text = "The city is not buying 40 buses; the order is for 45.";
    assert_eq!(assertion_of(text, "40"), Assertion::Negated);
    assert_eq!(assertion_of(text, "45"), Assertion::Asserted);
    let text = "The council denied it would buy 45 buses, saying it would buy 38.";
    assert_eq!(assertion_of(text, "45"), Assertion::Negated);
    assert_eq!(assertion_of(text, "38"), Assertion::Asserted);
    let text = "The mayor did not attend, but the city will buy 45 buses.";
    assert_eq!(assertion_of(text, "45"), Assertion::Asserted);
    let text = "The ministry ruled out buying 12 frigates.";
    assert_eq!(assertion_of(text, "12"), Assertion::Negated);
    let text = "The agency won't publish 2024 figures.";
    assert_eq!(assertion_of(text, "2024"), Assertion::Negated);
}

#[test]
fn negation_after_the_statement_reaches_back() {
    let text = "Reports that the city would buy 40 buses were incorrect, the council said.";
    assert_eq!(assertion_of(text, "40"), Assertion::Negated);
}

#[test]
fn pseudo_triggers_are_not_negations() {
    let text = "The city will buy not only 45 buses but also 12 trams.";
    assert_eq!(assertion_of(text, "45"), Assertion::Asserted);
    let text = "Each of the 45 buses will get a charger.";
    assert_eq!(reading_of(text, "45").part, None);
}

#[test]
fn hedges_mark_without_denying() {
    for text in [
        "The city may buy 45 buses.",
        "The city is expected to buy 45 buses.",
        "The city reportedly plans to buy 45 buses.",
    ] {
        assert_eq!(assertion_of(text, "45"), Assertion::Hedged, "{text}");
    }
    assert_eq!(
        assertion_of("The city may not buy 45 buses.", "45"),
        Assertion::Negated
    );
}

#[test]
fn old_figures_and_changes() {
    let text = "The tariff on wheat rises to 12% from 8% on Friday.";
    assert!(reading_of(text, "8%").old);
    assert!(!reading_of(text, "12%").old);
    let text = "Exports rose by 5% to $12 billion.";
    assert!(reading_of(text, "5%").change);
    assert!(!reading_of(text, "$12 billion").change);
}

#[test]
fn parts_of_a_whole() {
    let text =
        "The city will buy 45 buses, of which the northern depot will get 20 electric buses.";
    assert_eq!(reading_of(text, "45").part, None);
    assert!(matches!(
        reading_of(text, "20").part,
        Some(Part::AfterWhole(_))
    ));
    let text = "The depots will each get 10 buses.";
    assert_eq!(reading_of(text, "10").part, Some(Part::Always));
    let text = "The depot is getting 20 buses, with the remainder split between two lines.";
    assert_eq!(reading_of(text, "20").part, Some(Part::Always));
    // A share of a whole makes its amount a part, never its date; a share of stock as the
    // unit of an amount is no share of a whole.
    let text = "The depot's share of the order is 20 buses, due on May 10.";
    assert!(matches!(
        reading_of(text, "20").part,
        Some(Part::ShareAfter(_))
    ));
    assert_eq!(reading_of(text, "May 10").part, None);
    let text = "It declared a dividend of 22 cents per share, or $0.22 a share, for 2024.";
    assert_eq!(reading_of(text, "$0.22").part, None);
}

#[test]
fn later_instances() {
    let text = "The seventh summit will be held next year in Oslo.";
    assert!(reading_of(text, "seventh").future);
}

#[test]
fn embedded_clauses_are_skipped_between_subject_and_value() {
    let text = "The city, whose annual budget is $9 billion, is buying 45 buses.";
    let values = quantity::extract(text);
    let reading = Reading::new(text, Span::new(0, text.len()), &values);
    let city = Span::new(4, 8);
    let budget = values[0].span;
    let buses = values[1].span;
    assert!(reading.gap(city, budget).is_some_and(|g| g.embedded));
    let gap = reading
        .gap(city, buses)
        .expect("one clause around the embedded one");
    let own: Vec<&str> = gap.own().map(|t| t.span.slice(text)).collect();
    assert_eq!(own, ["is", "buying"]);
    // The aside runs over its commas: ", whose annual budget is $9 billion,".
    assert_eq!(
        gap.aside_len(),
        ", whose annual budget is $9 billion,".len()
    );
    assert_eq!(reading.gap(city, budget).map(|g| g.aside_len()), Some(0));
}

#[test]
fn increments_averages_and_until() {
    assert!(reading_of("Labour won 209 more seats than in 2019.", "209").change);
    assert!(reading_of("Airlines ordered an additional 70 planes.", "70").change);
    let text = "Companies averaged $44 million in losses.";
    assert!(reading_of(text, "$44 million").change);
    let text = "The bridge wouldn't be completed until the fall of 2028.";
    assert_eq!(assertion_of(text, "2028"), Assertion::Asserted);
    let text = "The bridge wouldn't cost $2 billion.";
    assert_eq!(assertion_of(text, "$2 billion"), Assertion::Negated);
}

#[test]
fn a_past_tense_after_a_closing_comma_resumes_the_outer_clause() {
    let text = "Turnout, which was 71% in 2019, dropped to 64% this year.";
    let values = quantity::extract(text);
    let reading = Reading::new(text, Span::new(0, text.len()), &values);
    let turnout = Span::new(0, 7);
    let old = values
        .iter()
        .find(|q| q.span.slice(text) == "71%")
        .expect("71%");
    let new = values
        .iter()
        .find(|q| q.span.slice(text) == "64%")
        .expect("64%");
    assert!(reading.gap(turnout, old.span).is_some_and(|g| g.embedded));
    let gap = reading
        .gap(turnout, new.span)
        .expect("the outer clause resumes");
    let own: Vec<&str> = gap.own().map(|t| t.span.slice(text)).collect();
    assert_eq!(own, ["dropped", "to"]);
}
