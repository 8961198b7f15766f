//! Acronyms keep their case: the alias "US" finds "US" and "U S", never the pronoun "us".
//!
//! Aliases otherwise match ignoring case, but a word of two or more capitals in an alias ("US",
//! "NATO", "MQ" in "MQ-9B") is an acronym whose lowercase spelling is usually another word
//! ("us", "who", "aim"). Such letters must not be lowercase in the text. Text set in capitals
//! ("US BUYS DRONES") still matches every alias.

/// For each letter of `alias`, in order: whether it belongs to an acronym (a run of letters
/// and digits holding two or more letters, all uppercase). `None` when the alias has no
/// acronym, so its matches need no check.
pub fn mask(alias: &str) -> Option<Box<[bool]>> {
    let mut mask = Vec::new();
    let mut any = false;
    for word in alias.split(|c: char| !c.is_alphanumeric()) {
        let letters = word.chars().filter(|c| c.is_alphabetic());
        let count = letters.clone().count();
        let acronym = count >= 2 && letters.clone().all(char::is_uppercase);
        any |= acronym;
        mask.extend(std::iter::repeat_n(acronym, count));
    }
    any.then(|| mask.into_boxed_slice())
}

/// True when `written` (the text an alias matched) has no lowercase letter where the alias has
/// an acronym letter. Letters are paired in order; a plural suffix after them is not checked.
pub fn keeps_case(mask: &[bool], written: &str) -> bool {
    written
        .chars()
        .filter(|c| c.is_alphabetic())
        .zip(mask)
        .all(|(c, &acronym)| !acronym || !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_letters_must_stay_capitals() {
        let cases = [
            ("US", "US", true),
            ("US", "us", false),
            ("US", "Us", false),
            ("US drones", "US Drones", true),
            ("US drones", "us drones", false),
            ("MQ-9B", "MQ 9B", true),
            ("MQ-9B", "MQ-9Bs", true),
            ("MQ-9B", "mq-9b", false),
            ("NATO", "NATO", true),
        ];
        for (alias, written, want) in cases {
            let mask = mask(alias).unwrap();
            assert_eq!(keeps_case(&mask, written), want, "{alias:?} as {written:?}");
        }
    }

    #[test]
    fn only_acronyms_need_a_check() {
        for alias in ["drones", "Predator drones", "S-400", "2+2", "U.S.", "A", ""] {
            assert!(mask(alias).is_none(), "{alias:?}");
        }
    }
}
