//! Tests of the name matcher: names read in news sentences.

use super::*;
use NameReading::*;

mod matcher;

/// Expected hits: claim, name as written, reading.
pub(crate) type Expected<'a> = &'a [(usize, &'a str, NameReading)];

pub(crate) const BLINKEN: usize = 0;
pub(crate) const JAISHANKAR: usize = 1;
pub(crate) const AUSTIN: usize = 2;

/// The three people of the example claims.
pub(crate) fn matcher() -> NameMatcher {
    NameMatcher::new(&[
        (BLINKEN, "Antony Blinken".to_string()),
        (JAISHANKAR, "Subrahmanyam Jaishankar".to_string()),
        (AUSTIN, "Lloyd Austin".to_string()),
    ])
}

/// `(claim, name as written, reading)` of every hit.
pub(crate) fn found<'a>(m: &NameMatcher, text: &'a str) -> Vec<(usize, &'a str, NameReading)> {
    m.find(text)
        .iter()
        .map(|h| (h.claim, h.span.slice(text), h.reading))
        .collect()
}

/// Sentences from the seed articles.
#[test]
fn reads_names_in_seed_sentences() {
    let cases: &[(&str, Expected)] = &[
        (
            "meetings between Foreign Ministers Subrahmanyam Jaishankar and Antony Blinken, \
             and Defense Ministers Rajnath Singh and Lloyd Austin, in addition to",
            &[
                (JAISHANKAR, "Subrahmanyam Jaishankar", Full),
                (BLINKEN, "Antony Blinken", Full),
                (AUSTIN, "Lloyd Austin", Full),
            ],
        ),
        (
            "The U.S. Secretary of State Antony J. Blinken and Secretary of Defense Lloyd \
             Austin are expected to meet Defense Minister Rajnath Singh and External Affairs \
             Minister S. Jaishankar, for in-depth discussions.",
            &[
                (BLINKEN, "Antony J. Blinken", Full),
                (AUSTIN, "Lloyd Austin", Full),
                (JAISHANKAR, "S. Jaishankar", Full),
            ],
        ),
        (
            "U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin joined \
             Indian Foreign Minister Subrahmanyam Jaishankar and Defence Minister Rajnath",
            &[
                (BLINKEN, "Antony Blinken", Full),
                (AUSTIN, "Lloyd Austin", Full),
                (JAISHANKAR, "Subrahmanyam Jaishankar", Full),
            ],
        ),
        (
            "resilient.\n\nBlinken emphasized the deepening collaboration on emerging",
            &[(BLINKEN, "Blinken", SurnameOnly)],
        ),
        (
            "Russian Foreign Minister Sergey Lavrov, left, and Indian Foreign Minister \
             Subrahmanyam Jaishankar following their talks in New Delhi",
            &[(JAISHANKAR, "Subrahmanyam Jaishankar", Full)],
        ),
        (
            "the meeting between India’s External Affairs Minister S. Jaishankar and Defence \
             Minister Rajnath Singh with their counterparts Anthony Blinken and Lloyd Austin.",
            &[
                (JAISHANKAR, "S. Jaishankar", Full),
                (BLINKEN, "Anthony Blinken", Misspelt),
                (AUSTIN, "Lloyd Austin", Full),
            ],
        ),
    ];
    let m = matcher();
    for (text, want) in cases {
        assert_eq!(found(&m, text), *want, "in {text:?}");
    }
}

/// Diacritics are folded on both sides: an accent dropped, as English-language outlets drop
/// them, or added, names the same person; a different letter is still a misspelling.
#[test]
fn dropped_diacritics_name_the_same_person() {
    let m = NameMatcher::new(&[
        (0, "Micheál Martin".to_string()),
        (1, "Mehmet Şimşek".to_string()),
        (2, "Lucía Moreno-Díaz".to_string()),
        (3, "Radosław Sikorski".to_string()),
        (4, "Noel Barrot".to_string()),
    ]);
    let cases: &[(&str, Expected)] = &[
        (
            "Taoiseach Micheal Martin said the coalition would serve a full term.",
            &[(0, "Micheal Martin", Full)],
        ),
        (
            "Taoiseach Michael Martin said the coalition would serve a full term.",
            &[(0, "Michael Martin", Misspelt)],
        ),
        (
            "Turkish Finance Minister Mehmet Simsek said inflation would fall below 30%.",
            &[(1, "Mehmet Simsek", Full)],
        ),
        (
            "Mehmet Şimşek, the finance minister, met investors in London on Wednesday.",
            &[(1, "Mehmet Şimşek", Full)],
        ),
        (
            "Investors questioned M. Şimşek and then Mr Simsek.",
            &[(1, "M. Şimşek", Full), (1, "Simsek", SurnameOnly)],
        ),
        (
            "Education Minister Lucia Moreno-Diaz announced free school meals.",
            &[(2, "Lucia Moreno-Diaz", Full)],
        ),
        (
            "Education Minister Lucía Moreno-Díez announced free school meals.",
            &[(2, "Lucía Moreno-Díez", Misspelt)],
        ),
        (
            "Polish Foreign Minister Radoslaw Sikorski said the sanctions should be extended.",
            &[(3, "Radoslaw Sikorski", Full)],
        ),
        // The claim without the accent, the text with it.
        (
            "Foreign Minister Noël Barrot said Paris would not sign.",
            &[(4, "Noël Barrot", Full)],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(found(&m, text), *want, "in {text:?}");
    }
}

/// Surnames of several words: particles the claim writes in lowercase, or the words of the
/// claim's subject that end the name; a hyphen written as a space; half of a hyphenated
/// surname after the given name is the name written incompletely.
#[test]
fn surnames_of_several_words() {
    let subjects = [
        vec!["von der Leyen".to_string()],
        vec!["García Márquez".to_string()],
        vec!["Kramp-Karrenbauer".to_string()],
        vec!["Okafor-Bell".to_string()],
    ];
    let m = NameMatcher::with_subjects(&[
        (0, "Ursula von der Leyen", &subjects[0]),
        (1, "Gabriel García Márquez", &subjects[1]),
        (2, "Annegret Kramp-Karrenbauer", &subjects[2]),
        (3, "Adaeze Okafor-Bell", &subjects[3]),
    ]);
    let cases: &[(&str, Expected)] = &[
        (
            "Commission President Ursula von der Leyen signed the trade agreement on Friday.",
            &[(0, "Ursula von der Leyen", Full)],
        ),
        (
            "Von der Leyen said the deal would cut tariffs on 90% of EU exports.",
            &[(0, "Von der Leyen", SurnameOnly)],
        ),
        (
            "Commission President Ursula von der Leyan signed it.",
            &[(0, "Ursula von der Leyan", Misspelt)],
        ),
        (
            "Commission President Karin von der Leyen signed it.",
            &[(0, "Karin von der Leyen", OtherGivenName)],
        ),
        // Not the claimed surname without its particles.
        ("the painter Leyen", &[]),
        (
            "the novels of Gabriel García Márquez and of García Márquez",
            &[
                (1, "Gabriel García Márquez", Full),
                (1, "García Márquez", SurnameOnly),
            ],
        ),
        (
            "Defence Minister Annegret Kramp Karrenbauer visited troops in Lithuania. \
             Kramp-Karrenbauer promised more air-defence systems.",
            &[
                (2, "Annegret Kramp Karrenbauer", Full),
                (2, "Kramp-Karrenbauer", SurnameOnly),
            ],
        ),
        (
            "Health Secretary Adaeze Okafor said waiting lists had fallen. Okafor-Bell took \
             office in May; Adaeze Okafor Bell and Adaeze Okafor-Bell.",
            &[
                (3, "Adaeze Okafor", Misspelt),
                (3, "Okafor-Bell", SurnameOnly),
                (3, "Adaeze Okafor Bell", Full),
                (3, "Adaeze Okafor-Bell", Full),
            ],
        ),
        // A part alone, or after an initial, says too little.
        ("Okafor said; A. Okafor said; the Bell tolled", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(found(&m, text), *want, "in {text:?}");
    }
}

/// Several given names: a full middle name and a generational suffix are extra, not wrong;
/// a claimed middle name after another first name is another person; a hyphenated given
/// name is read whole.
#[test]
fn middle_names_suffixes_and_the_first_given_name() {
    let m = NameMatcher::new(&[
        (0, "Lloyd Austin".to_string()),
        (1, "Narendra Singh Tomar".to_string()),
        (2, "Jean-Noël Barrot".to_string()),
    ]);
    let cases: &[(&str, Expected)] = &[
        (
            "Lloyd James Austin III was sworn in as the 28th secretary of defense on Friday.",
            &[(0, "Lloyd James Austin III", Full)],
        ),
        (
            "The oath was given to Lloyd J. Austin, Jr., in the Pentagon.",
            &[(0, "Lloyd J. Austin, Jr.", Full)],
        ),
        (
            "Defense Secretary Donald James Austin told reporters",
            &[(0, "Donald James Austin", OtherGivenName)],
        ),
        (
            "Agriculture Minister Narendra Singh Tomar said procurement had crossed 40 million.",
            &[(1, "Narendra Singh Tomar", Full)],
        ),
        (
            "Agriculture Minister Narendra Tomar said procurement had crossed 40 million.",
            &[(1, "Narendra Tomar", Full)],
        ),
        (
            "Agriculture Minister Surendra Singh Tomar said procurement had crossed 40 million.",
            &[(1, "Surendra Singh Tomar", OtherGivenName)],
        ),
        (
            "Agriculture Minister Narendar Singh Tomar said procurement had crossed 40 million.",
            &[(1, "Narendar Singh Tomar", Misspelt)],
        ),
        (
            "French Foreign Minister Jean-Noel Barrot said Paris would not sign.",
            &[(2, "Jean-Noel Barrot", Full)],
        ),
        (
            "French Foreign Minister Jean-Pierre Barrot said Paris would not sign.",
            &[(2, "Jean-Pierre Barrot", OtherGivenName)],
        ),
        // A headline's run of capitals names nobody.
        (
            "Japan Warmly Welcomes Austin As Talks Open",
            &[(0, "Austin", SurnameOnly)],
        ),
        (
            "India Hosts Talks Austin Attends",
            &[(0, "Austin", SurnameOnly)],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(found(&m, text), *want, "in {text:?}");
    }
}

/// A full name that opens a sentence is read like anywhere else; a word that opens it without
/// naming anyone (an opener, an adverb or participle, a headline's run of capitals) is no
/// given name.
#[test]
fn names_that_open_a_sentence() {
    let m = NameMatcher::new(&[
        (0, "Lloyd Austin".to_string()),
        (1, "Håkan Lindqvist".to_string()),
    ]);
    let cases: &[(&str, Expected)] = &[
        (
            "Larry Austin, the US defence secretary, told reporters the alliance was strong.",
            &[(0, "Larry Austin", OtherGivenName)],
        ),
        (
            "Henrik Lindqvist, chief executive of the state utility, said the reactor would \
             restart in spring.",
            &[(1, "Henrik Lindqvist", OtherGivenName)],
        ),
        (
            "Håkan Lindqvist, chief executive of the state utility, said so.",
            &[(1, "Håkan Lindqvist", Full)],
        ),
        (
            "The talks ended late. Larry Austin Jr. said nothing.",
            &[(0, "Larry Austin Jr.", OtherGivenName)],
        ),
        (
            "\"No,\" he said.\nLarry Austin told reporters.",
            &[(0, "Larry Austin", OtherGivenName)],
        ),
        // Openers, adverbs and participles name nobody.
        (
            "Yesterday Austin told reporters the alliance was strong.",
            &[(0, "Austin", SurnameOnly)],
        ),
        (
            "When Austin arrived, the talks began.",
            &[(0, "Austin", SurnameOnly)],
        ),
        (
            "Will Austin attend the summit?",
            &[(0, "Austin", SurnameOnly)],
        ),
        (
            "Separately Lindqvist said the reactor would restart.",
            &[(1, "Lindqvist", SurnameOnly)],
        ),
        (
            "Embattled Austin said on Friday he would stay.",
            &[(0, "Austin", SurnameOnly)],
        ),
        // A headline's run of capitals goes on after the surname.
        (
            "Modi Austin Talks End Without Deal",
            &[(0, "Austin", SurnameOnly)],
        ),
        // Two given names at a sentence opening read like a headline's: a mention.
        (
            "Larry James Austin told reporters.",
            &[(0, "Austin", SurnameOnly)],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(found(&m, text), *want, "in {text:?}");
    }
}

/// Short forms: the claimed given name cut at either end supports, unless only a final vowel
/// is cut (another name in many languages); a longer name or a nickname of another shape
/// conflicts.
#[test]
fn short_forms_of_given_names() {
    let m = NameMatcher::new(&[
        (0, "Nirmala Sitharaman".to_string()),
        (1, "Robert Habeck".to_string()),
        (2, "Pete Buttigieg".to_string()),
        (3, "Priya Raghunathan".to_string()),
        (4, "Radosław Sikorski".to_string()),
    ]);
    let cases: &[(&str, Expected)] = &[
        (
            "The budget was presented by Finance Minister Nirmal Sitharaman, the daily wrote.",
            &[(0, "Nirmal Sitharaman", Misspelt)],
        ),
        (
            "Economy Minister Rob Habeck said the subsidy would stay.",
            &[(1, "Rob Habeck", Full)],
        ),
        (
            "Transportation Secretary Peter Buttigieg announced $1.7 billion in grants.",
            &[(2, "Peter Buttigieg", Misspelt)],
        ),
        (
            "\"We are not for sale,\" said Priyanka Raghunathan, the bank's chief executive.",
            &[(3, "Priyanka Raghunathan", OtherGivenName)],
        ),
        (
            "Polish Foreign Minister Radek Sikorski said the sanctions should be extended.",
            &[(4, "Radek Sikorski", OtherGivenName)],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(found(&m, text), *want, "in {text:?}");
    }
}
