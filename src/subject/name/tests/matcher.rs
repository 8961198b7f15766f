//! Tests of the matcher as a whole: every claim gets its hits, odd input never panics,
//! non-ASCII initials and hyphenated surnames are found.

use super::*;
use crate::random_text::Lcg;

/// Surnames with a non-ASCII initial (one below U+0100, one above) are found as well as
/// ASCII ones: the length prefilter keeps ASCII initials in an array and the others in a map.
#[test]
fn surnames_with_non_ascii_initials() {
    let m = NameMatcher::new(&[
        (0, "Émile Zola".to_string()),
        (1, "Anna Łukasiewicz".to_string()),
        (2, "Élodie Écrivain".to_string()),
    ]);
    let text = "Émile Zola met Anna Łukasiewicz and Élodie Écrivain; later Élodie Écrivan.";
    assert_eq!(
        found(&m, text),
        [
            (0, "Émile Zola", Full),
            (1, "Anna Łukasiewicz", Full),
            (2, "Élodie Écrivain", Full),
            (2, "Élodie Écrivan", Misspelt),
        ]
    );
}

#[test]
fn every_claim_naming_a_person_gets_the_hit() {
    let m = NameMatcher::new(&[
        (4, "Antony Blinken".to_string()),
        (7, "Antony Blinken".to_string()),
        (9, "Modi".to_string()),
        (11, "  ".to_string()),
    ]);
    let text = "Antony Blinken met Modi";
    let got: Vec<(usize, NameReading)> =
        m.find(text).iter().map(|h| (h.claim, h.reading)).collect();
    assert_eq!(got, [(4, Full), (7, Full), (9, Full)]);
}

#[test]
fn never_panics_on_odd_input() {
    let m = matcher();
    for text in [
        "",
        ".",
        " Blinken",
        "İ. Blinken",
        "O’Brien’s Blinken’s",
        "\n\nX. .Blinken",
    ] {
        for hit in m.find(text) {
            assert!(text.is_char_boundary(hit.span.start));
            assert!(text.is_char_boundary(hit.span.end));
        }
    }
    assert!(NameMatcher::new(&[]).find("Antony Blinken").is_empty());
    // Pseudo-random sequences of name parts and awkward separators.
    let parts = [
        "Antony", "Blinken", "Blinkin", "J.", "S.", "Mr.", " ", "\n", ".", "’", "İ", "Ü",
    ];
    let mut lcg = Lcg::new(7);
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..(lcg.current() % 12) {
            text.push_str(lcg.pick::<&str>(&parts));
        }
        for hit in m.find(&text) {
            assert!(text.get(hit.span.start..hit.span.end).is_some(), "{text:?}");
        }
    }
}

/// Hyphenated surnames are read whole, and their parts alone when they are no surname;
/// accented names compare with their diacritics folded (an accent left out, as English
/// outlets do, is the same name).
#[test]
fn hyphenated_and_accented_names() {
    let m = NameMatcher::new(&[
        (0, "Alexandria Ocasio-Cortez".to_string()),
        (1, "José Ramos-Horta".to_string()),
        (2, "Nuno Gonçalves".to_string()),
        (3, "Kamala Harris".to_string()),
    ]);
    let cases: &[(&str, Expected)] = &[
        (
            "Rep. Alexandria Ocasio-Cortez said on Tuesday",
            &[(0, "Alexandria Ocasio-Cortez", Full)],
        ),
        (
            "Rep. Ocasio-Cortez said",
            &[(0, "Ocasio-Cortez", SurnameOnly)],
        ),
        (
            "with Alexandria Ocasio-Cortes",
            &[(0, "Alexandria Ocasio-Cortes", Misspelt)],
        ),
        (
            "Ocasio-Cortez Alexandria said",
            &[(0, "Ocasio-Cortez Alexandria", SurnameFirst)],
        ),
        (
            "former president José Ramos-Horta met J. Ramos-Horta and A. Ramos-Horta",
            &[
                (1, "José Ramos-Horta", Full),
                (1, "J. Ramos-Horta", Full),
                (1, "A. Ramos-Horta", OtherGivenName),
            ],
        ),
        // Parts of a compound that is no claimed surname are read as before.
        (
            "the Biden-Harris administration",
            &[(3, "Harris", SurnameOnly)],
        ),
        (
            "Nuno Gonçalves, N. Gonçalves, Gonçalves, Nuno; Nuno Goncalves",
            &[
                (2, "Nuno Gonçalves", Full),
                (2, "N. Gonçalves", Full),
                (2, "Gonçalves, Nuno", Full),
                (2, "Nuno Goncalves", Full),
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(found(&m, text), *want, "in {text:?}");
    }
}
