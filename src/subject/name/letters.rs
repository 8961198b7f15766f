//! Names compared with their diacritics folded: "Micheál" and "Micheal", "Şimşek" and
//! "Simsek", "Radosław" and "Radoslaw" are one name, because English-language outlets drop
//! accents as a matter of style. A different letter is still a different letter ("Michael"
//! for "Micheál" stays a misspelling).
//!
//! No crate of the build decomposes characters (`unicode-normalization` is not a dependency),
//! so the Latin letters with diacritics are listed here: Latin-1 Supplement, Latin
//! Extended-A, and the few of Latin Extended-B that European names use (Romanian ș ț,
//! Vietnamese ơ ư, pinyin ǎ ǐ ǒ ǔ). Letters that are not a base letter with a mark in
//! Unicode but are written without it in English all the same (ł, ø, đ, ħ, ı) are folded too;
//! ß, æ, œ and þ become two letters. Other scripts are left as they are.

/// Appends `word` to `out` lowercased and with its diacritics folded. ASCII is only lowercased
/// (no char is decoded), which is how the name scan reads nearly every word.
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let from = out.len();
        out.push_str(word);
        if let Some(added) = out.get_mut(from..) {
            added.make_ascii_lowercase();
        }
        return;
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        match fold_char(c) {
            Folded::One(base) => out.push(base),
            Folded::Mark => {}
            Folded::Two(a, b) => {
                out.push(a);
                out.push(b);
            }
        }
    }
}

/// `word` lowercased and folded, as a new string (claims, and the words around a hit).
pub fn folded(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// The first letter of `word`, lowercased and folded: the key of the surname prefilter.
pub fn folded_initial(word: &str) -> Option<char> {
    word.chars().next().map(folded_letter)
}

/// `c` lowercased and folded, its first letter when it folds to two ("Ş" → 's'): how
/// initials compare.
pub fn folded_letter(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match fold_char(lower) {
        Folded::One(base) | Folded::Two(base, _) => base,
        Folded::Mark => lower,
    }
}

/// What one lowercase character folds to.
enum Folded {
    One(char),
    /// A combining mark (text written decomposed: "a" and U+0301), dropped.
    Mark,
    Two(char, char),
}

/// The base letter(s) of a lowercase Latin letter with a diacritic; any other char itself.
fn fold_char(c: char) -> Folded {
    if c.is_ascii() {
        return Folded::One(c);
    }
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => return Folded::Two('s', 's'),
        'æ' => return Folded::Two('a', 'e'),
        'œ' => return Folded::Two('o', 'e'),
        'þ' => return Folded::Two('t', 'h'),
        'ĳ' => return Folded::Two('i', 'j'),
        '\u{0300}'..='\u{036F}' => return Folded::Mark,
        _ => c,
    };
    Folded::One(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_fold_to_the_base_letter() {
        let cases = [
            ("Micheál", "micheal"),
            ("Lucía Moreno-Díaz", "lucia moreno-diaz"),
            ("Şimşek", "simsek"),
            ("Gonçalves", "goncalves"),
            ("Radosław", "radoslaw"),
            ("Jean-Noël", "jean-noel"),
            ("ŁUKASIEWICZ", "lukasiewicz"),
            ("Håkan Øvergård", "hakan overgard"),
            ("Strauß", "strauss"),
            ("Erdoğan", "erdogan"),
            ("Iohannis Ștefan", "iohannis stefan"),
            ("Blinken", "blinken"),
            // Written decomposed, and the dotted capital I (lowercased with a combining dot).
            ("Mich\u{65}a\u{301}l", "micheal"),
            ("İstanbul", "istanbul"),
            // Other scripts stay as they are, lowercased.
            ("Зеленский", "зеленский"),
        ];
        for (written, want) in cases {
            assert_eq!(folded(written), want, "{written}");
        }
        assert_eq!(folded_initial("Şimşek"), Some('s'));
        assert_eq!(folded_initial("Émile"), Some('e'));
        assert_eq!(folded_initial(""), None);
    }

    /// Every letter of Latin-1 Supplement and Latin Extended-A folds to ASCII, except two that
    /// are letters of their own rather than a base letter with a mark (ĸ, ŋ).
    #[test]
    fn the_latin_blocks_are_covered() {
        for c in ('\u{00C0}'..='\u{017F}').filter(|c| c.is_alphabetic()) {
            let f = folded(&c.to_string());
            assert!(
                f.is_ascii() || matches!(c, 'ĸ' | 'Ŋ' | 'ŋ'),
                "{c} folds to {f}"
            );
        }
    }
}
