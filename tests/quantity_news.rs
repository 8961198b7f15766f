//! The news-text cases of the quantity issue, one table: what `extract` must read in each
//! phrase (span text, kind, value, unit), and what it must not ("9" of "MQ-9B", "2+2", "No. 10",
//! phone numbers, times). Every case is a phrase as news writes it, not a peer-suite sentence.

use crosscheck::quantity::{QuantityKind as K, extract, numbers};

type Seen = (String, K, Option<f64>, Option<&'static str>);

fn seen(text: &str) -> Vec<Seen> {
    extract(text)
        .into_iter()
        .map(|q| (q.span.slice(text).to_string(), q.kind, q.value, q.unit))
        .collect()
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
        (a, b) => a == b,
    }
}

#[test]
fn issue_news_cases_table() {
    type Want = (&'static str, K, Option<f64>, Option<&'static str>);
    let cases: &[(&str, &[Want])] = &[
        (
            "$3.99 billion",
            &[("$3.99 billion", K::Money, Some(3.99e9), Some("USD"))],
        ),
        (
            "US$3.99bn",
            &[("US$3.99bn", K::Money, Some(3.99e9), Some("USD"))],
        ),
        (
            "USD 3.99 billion",
            &[("USD 3.99 billion", K::Money, Some(3.99e9), Some("USD"))],
        ),
        (
            "Rs 32,000 crore",
            &[("Rs 32,000 crore", K::Money, Some(3.2e11), Some("INR"))],
        ),
        (
            "a ₹28,000 crore ($3.3 billion) deal",
            &[
                ("₹28,000 crore", K::Money, Some(2.8e11), Some("INR")),
                ("$3.3 billion", K::Money, Some(3.3e9), Some("USD")),
            ],
        ),
        (
            "over three billion dollars",
            &[(
                "over three billion dollars",
                K::Money,
                Some(3e9),
                Some("USD"),
            )],
        ),
        (
            "nearly $4 billion",
            &[("nearly $4 billion", K::Money, Some(4e9), Some("USD"))],
        ),
        ("31 MQ-9B drones", &[("31", K::Count, Some(31.0), None)]),
        ("the 2+2 dialogue", &[]),
        (
            "the fifth 2+2 dialogue",
            &[("fifth", K::Ordinal, Some(5.0), None)],
        ),
        (
            "the world's fifth-largest economy",
            &[("fifth", K::Ordinal, Some(5.0), None)],
        ),
        ("the 5th round", &[("5th", K::Ordinal, Some(5.0), None)]),
        (
            "the twenty-first century",
            &[("twenty-first", K::Ordinal, Some(21.0), None)],
        ),
        (
            "60 per cent",
            &[("60 per cent", K::Percent, Some(60.0), Some("%"))],
        ),
        (
            "between 10 and 15 April",
            &[("between 10 and 15 April", K::Date, None, None)],
        ),
        (
            "a tradition since 2018",
            &[("since 2018", K::Year, Some(2018.0), None)],
        ),
        ("in the 1990s", &[("1990s", K::Year, Some(1990.0), None)]),
        ("on Nov. 10", &[("Nov. 10", K::Date, None, None)]),
        ("3-4 drones", &[("3-4", K::Count, None, None)]),
        ("a dozen drones", &[("a dozen", K::Count, Some(12.0), None)]),
        (
            "half a million people",
            &[("half a million", K::Count, Some(5e5), None)],
        ),
        (
            "1.5 lakh troops",
            &[("1.5 lakh", K::Count, Some(1.5e5), None)],
        ),
        ("zero casualties", &[("zero", K::Count, Some(0.0), None)]),
        ("No. 10 Downing Street", &[]),
        ("call +1 202-555-0100 or 011-2345-6789", &[]),
        ("at 10:30 on Monday", &[]),
        (
            "two out of three voters",
            &[("two out of three", K::Percent, Some(200.0 / 3.0), Some("%"))],
        ),
        (
            "a third of the budget",
            &[("a third", K::Percent, Some(100.0 / 3.0), Some("%"))],
        ),
        (
            "15 dollars and 50 cents",
            &[("15 dollars and 50 cents", K::Money, Some(15.5), Some("USD"))],
        ),
        (
            "a 12-cent dividend",
            &[("12-cent", K::Money, Some(0.12), Some("USD"))],
        ),
        ("the second-to-last round", &[]),
        (
            "equal to 20 or less",
            &[("equal to 20 or less", K::Count, Some(20.0), None)],
        ),
        (
            "$15 and 50 others",
            &[
                ("$15", K::Money, Some(15.0), Some("USD")),
                ("50", K::Count, Some(50.0), None),
            ],
        ),
        (
            "3 in 2009",
            &[
                ("3", K::Count, Some(3.0), None),
                ("2009", K::Year, Some(2009.0), None),
            ],
        ),
    ];
    for (text, want) in cases {
        let got = seen(text);
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want.iter())
                .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && close(g.2, w.2) && g.3 == w.3);
        assert!(ok, "{text:?}: got {got:?}");
    }
}

/// A slashed date whose order cannot be told is read with both readings or none, never one.
#[test]
fn ambiguous_slashed_date_is_not_guessed() {
    for text in ["on 10/11/2023", "10/11/2023"] {
        let dates: Vec<_> = extract(text)
            .into_iter()
            .filter(|q| q.kind == K::Date)
            .collect();
        assert!(dates.is_empty(), "{text}: {dates:?}");
    }
    let clear = extract("on 5/17/2018");
    assert_eq!(clear.len(), 1);
    let d = clear[0].date.expect("a date");
    assert_eq!(
        (d.from.month, d.from.day, d.from.year),
        (Some(5), Some(17), Some(2018))
    );
}

#[test]
fn numbers_view_table() {
    let cases: &[(&str, &[f64])] = &[
        ("$20", &[20.0]),
        ("Any time to meet on 5/17/2018?", &[5.0, 17.0, 2018.0]),
        ("31 MQ-9B drones", &[31.0]),
        ("the fifth round", &[]),
        ("a 180ml bottle at 10am", &[]),
        ("SCP-173", &[173.0]),
        ("1 234 567 and 40\u{202f}000", &[1234567.0, 40000.0]),
        ("1,3 and 1.111,11", &[1.3, 1111.11]),
        ("22,24,26", &[22.0, 24.0, 26.0]),
        ("1.3e6 and 2.5^-1 and 6.23x10^-4", &[1.3e6, 0.4, 6.23e-4]),
        ("- 1 4/5 and ¾", &[-1.8, 0.75]),
        (
            "one over three; two out of five hundred",
            &[1.0 / 3.0, 0.004],
        ),
        ("one hundred thirty fifths", &[100.0 / 35.0]),
        ("two hundred and fifty-four hundredths", &[200.54]),
        ("one billion and a half million", &[1.0005e9]),
        ("3 hundred and 2 hundred", &[300.0, 200.0]),
        ("Which one do you prefer?", &[]),
        ("more than half", &[0.5]),
        ("2.33 k", &[2330.0]),
    ];
    for (text, want) in cases {
        let got: Vec<f64> = numbers(text).into_iter().map(|(_, v)| v).collect();
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want.iter())
                .all(|(g, w)| close(Some(*g), Some(*w)));
        assert!(ok, "{text:?}: got {got:?}");
    }
}
