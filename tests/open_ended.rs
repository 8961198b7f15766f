//! Open-ended figures ("100+", "50-plus", "$3bn+") in a claims file and in articles: the
//! value loads, and two open-ended figures of the same direction agree only when their bounds
//! agree within rounding ("50+ integrations" against "100+" is a stale figure, a conflict).

use crosscheck::claims::Claims;
use crosscheck::verdict::{Checker, Verdict};
use std::path::Path;

fn claims(value: &str) -> Claims {
    let text = format!(
        "[[claim]]\nid = \"integrations\"\nsubject = [\"integrations\"]\nvalue = \"{value}\"\n"
    );
    Claims::parse(Path::new("claims.toml"), &text)
        .unwrap_or_else(|e| panic!("{value:?} must load: {e}"))
}

fn verdict(value: &str, sentence: &str) -> Verdict {
    let claims = claims(value);
    let checker = Checker::new(&claims.claims).unwrap_or_else(|e| panic!("{e}"));
    checker.check(sentence)[0].verdict
}

#[test]
fn open_ended_values_load_and_compare_by_their_bounds() {
    let cases: &[(&str, &str, Verdict)] = &[
        (
            "100+",
            "The platform now offers 100+ integrations.",
            Verdict::Supports,
        ),
        (
            "100+",
            "The platform now offers 50+ integrations.",
            Verdict::Conflicts,
        ),
        (
            "100+",
            "The platform now offers more than 100 integrations.",
            Verdict::Supports,
        ),
        (
            "100+",
            "The platform now offers 120 integrations.",
            Verdict::Supports,
        ),
        (
            "100+",
            "The platform now offers 80 integrations.",
            Verdict::Conflicts,
        ),
        (
            "50-plus",
            "It lists at least 50 integrations.",
            Verdict::Supports,
        ),
        ("50-plus", "It lists 200+ integrations.", Verdict::Conflicts),
    ];
    for (value, sentence, want) in cases {
        assert_eq!(verdict(value, sentence), *want, "{value} / {sentence}");
    }
}
