//! Loading claims files: kinds, values, `value_from`, and every problem reported at once.

use super::*;

fn parse(text: &str) -> Result<Claims, ClaimsError> {
    Claims::parse(Path::new("claims.toml"), text)
}

fn problems(text: &str) -> Vec<String> {
    match parse(text) {
        Err(error @ ClaimsError::Invalid { .. }) => error
            .diagnostics()
            .into_iter()
            .map(|d| format!("{} @{}..{}", d.message, d.span.start, d.span.end))
            .collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn kinds_are_inferred_from_values_written_as_articles_write_them() {
    let claims = parse(
        r#"
        [[claim]]
        id = "value"
        subject = ["deal"]
        value = "over $3 billion"
        [[claim]]
        id = "count"
        subject = "drones"
        value = 31
        [[claim]]
        id = "round"
        subject = ["2+2"]
        value = "fifth"
        [[claim]]
        id = "name"
        subject = ["Blinken"]
        value = "Antony Blinken"
        [[claim]]
        id = "year"
        subject = ["2+2"]
        value = "2018"
        kind = "year"
        tolerance = "2%"
        "#,
    )
    .unwrap();
    let kinds: Vec<(&str, &str)> = claims
        .claims
        .iter()
        .map(|c| (c.id.as_str(), c.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("count", "count"),
            ("name", "name"),
            ("round", "ordinal"),
            ("value", "money"),
            ("year", "year")
        ]
    );
    assert_eq!(claims.claims[0].value, "31");
    assert_eq!(claims.claims[0].subject, ["drones"]);
    assert_eq!(claims.claims[4].tolerance, Some(Tolerance::Relative(0.02)));
}

#[test]
fn names_with_particles_are_name_values() {
    let claim =
        |value: &str| format!("[[claim]]\nid = \"c\"\nsubject = \"x\"\nvalue = \"{value}\"\n");
    for value in [
        "Ursula von der Leyen",
        "Charles de Gaulle",
        "Mohammed bin Salman",
        "Jean-Noël Barrot",
        "Lloyd J. Austin",
    ] {
        let claims = parse(&claim(value)).unwrap();
        assert_eq!(claims.claims[0].kind, ClaimKind::Name, "{value}");
    }
    // Lowercase words that are no particles, or a lowercase last word: not a name.
    for value in ["Paris and London", "Ursula von der", "Lloyd Austin said"] {
        assert!(parse(&claim(value)).is_err(), "{value}");
    }
}

#[test]
fn a_count_written_like_a_year_is_kept_as_a_count() {
    let claims =
        parse("[[claim]]\nid = \"c\"\nsubject = \"troops\"\nvalue = \"2018\"\nkind = \"count\"\n")
            .unwrap();
    assert_eq!(
        claims.claims[0].kind,
        ClaimKind::Quantity(QuantityKind::Count)
    );
}

#[test]
fn unknown_keys_are_rejected_with_the_closest_key() {
    let text = "[[claim]]\nid = \"drone-count\"\nsubjct = [\"drones\"]\nvalue = \"31\"\n";
    let Err(error) = parse(text) else {
        panic!("an unknown key must be an error");
    };
    let diagnostics = error.diagnostics();
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0].message, "unknown key `subjct`");
    assert_eq!(diagnostics[0].span.slice(text), "subjct");
    assert!(
        diagnostics[0]
            .help
            .as_deref()
            .unwrap()
            .starts_with("did you mean `subject`?")
    );
}

#[test]
fn every_problem_of_the_file_is_reported_at_once() {
    let found = problems(
        r#"[[claim]]
id = "round"
subject = "2+2"
value = "fifth"
kind = "money"

[[claim]]
id = "round"
subject = ["2+2", " "]
value = "thirty-x"
tolerance = "lots"

[[claim]]
subject = "x"
kind = "weight"
"#,
    );
    let messages: Vec<&str> = found
        .iter()
        .map(|m| m.split(" @").next().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "claim `round`: value `fifth` does not read as a money value",
            "duplicate claim id `round`",
            "claim `round` has an empty alias",
            "claim `round`: value `thirty-x` does not read as a number, amount, ordinal, percentage, year, date, measurement or name",
            "claim `round`: malformed tolerance",
            "claim without `id`",
            "claim `(without id)` has no `value`",
            "claim `(without id)`: unknown kind `weight`",
        ]
    );
}

#[test]
fn a_file_without_claims_and_bad_toml_are_errors() {
    assert_eq!(
        problems("# nothing here\n"),
        ["the claims file has no claims @0..0"]
    );
    let syntax = problems("[[claim]\nid = 1\n");
    assert_eq!(syntax.len(), 1);
    assert!(syntax[0].starts_with("invalid claims file"), "{syntax:?}");
}

#[test]
fn tolerances_read_as_absolute_or_relative() {
    assert_eq!(Tolerance::parse("0.5"), Some(Tolerance::Absolute(0.5)));
    assert_eq!(Tolerance::parse("2%"), Some(Tolerance::Relative(0.02)));
    assert_eq!(Tolerance::parse("-1"), None);
    assert_eq!(Tolerance::parse("lots"), None);
}

#[test]
fn a_claim_reads_its_value_and_kind_from_the_data_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(
        dir.path().join("data/facts.json"),
        r#"{"providers": 536, "uptime": 99.9, "price": "$29", "launched": 2019}"#,
    )
    .unwrap();
    let text = r#"
[[claim]]
id = "providers"
subject = "providers"
value_from = "data/facts.json#/providers"
[[claim]]
id = "uptime"
subject = "uptime"
kind = "percent"
value_from = "data/facts.json#/uptime"
[[claim]]
id = "price"
subject = "price"
value_from = "data/facts.json#/price"
[[claim]]
id = "launch"
subject = "launched"
kind = "year"
value_from = "data/facts.json#/launched"
"#;
    let claims = Claims::parse(&dir.path().join("claims.toml"), text).unwrap();
    let found: Vec<(&str, &str, &str)> = claims
        .claims
        .iter()
        .map(|c| (c.id.as_str(), c.value.as_str(), c.kind.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("launch", "2019", "year"),
            ("price", "$29", "money"),
            ("providers", "536", "count"),
            ("uptime", "99.9%", "percent"),
        ]
    );
    let providers = &claims.claims[2];
    assert_eq!(providers.kind, ClaimKind::Quantity(QuantityKind::Count));
    assert!(matches!(&providers.expected, Expected::Quantity(q) if q.value == Some(536.0)));
    let source = providers.value_from.as_deref().unwrap();
    assert!(source.ends_with("data/facts.json#/providers"), "{source}");
    // Both `value` and `value_from`: one must go.
    let both = "[[claim]]\nid = \"p\"\nsubject = \"p\"\nvalue = \"1\"\nvalue_from = \"data/facts.json#/providers\"\n";
    let error = Claims::parse(&dir.path().join("claims.toml"), both).unwrap_err();
    assert_eq!(
        error.diagnostics()[0].message,
        "claim `p` has both `value` and `value_from`"
    );
}
