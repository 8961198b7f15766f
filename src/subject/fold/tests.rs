//! Folding and mapping back, on awkward and random text.

use super::*;
use crate::random_text::Lcg;

#[test]
fn folds_what_editors_do_not_distinguish() {
    let cases = [
        ("S-400", "s 400"),
        ("S 400", "s 400"),
        ("two-plus-two", "two plus two"),
        ("2+ 2", "2+2"),
        ("2 +2", "2+2"),
        ("2 + 2", "2+2"),
        ("“2+2” dialogue", "2+2 dialogue"),
        ("“2+2 dialogue”", "2+2 dialogue"),
        ("India’s", "india's"),
        ("the ‘agreed’", "the agreed'"),
        ("  Predator\n\n Armed\tDrones ", "predator armed drones"),
        ("fifth “2 plus 2” dialogue", "fifth 2 plus 2 dialogue"),
        ("co\u{00AD}operation", "cooperation"),
        ("ÉCOLE", "école"),
        ("İstanbul", "i\u{307}stanbul"),
    ];
    for (text, want) in cases {
        assert_eq!(fold(text), want, "folding {text:?}");
    }
}

/// Every folded character maps back to the original character it came from.
#[test]
fn maps_back_to_original_characters() {
    let text = "Ünd  “İstanbul”\u{00A0}— S-400’s 2 + 2 \u{212A}elvin";
    let folded = Folded::new(text);
    let f = folded.as_str();
    for (i, c) in f.char_indices() {
        let end = i + c.len_utf8();
        let start = floor_boundary(text, folded.start_of(i));
        let stop = ceil_boundary(text, folded.end_of(end));
        assert!(start < stop, "{c:?} at {i} maps to empty {start}..{stop}");
        let original = &text[start..stop];
        if c != ' ' && c != '\u{307}' {
            let lower: String = original.chars().flat_map(char::to_lowercase).collect();
            let lower = lower.replace('’', "'");
            assert!(lower.contains(c), "{c:?} maps to {original:?}");
        }
    }
}

/// Pseudo-random text over an alphabet of awkward characters: every folded character maps
/// to a non-empty, in-order range of `char` boundaries.
#[test]
fn maps_random_text_monotonically() {
    let alphabet: Vec<char> = "aZ9 -–+’“\"\n\u{00A0}\u{00AD}İ\u{212A}ẞé.'"
        .chars()
        .collect();
    let mut lcg = Lcg::new(0x9E37_79B9_7F4A_7C15);
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..(lcg.current() % 40) {
            text.push(*lcg.pick(&alphabet));
        }
        let folded = Folded::new(&text);
        let mut last_end = 0;
        for (i, c) in folded.as_str().char_indices() {
            let start = floor_boundary(&text, folded.start_of(i));
            let end = ceil_boundary(&text, folded.end_of(i + c.len_utf8()));
            assert!(start < end && end <= text.len(), "{text:?} at {i}");
            assert!(
                start >= last_end || c == '\u{307}',
                "{text:?} at {i}: out of order"
            );
            last_end = end;
        }
    }
}

#[test]
fn anchors_stay_sparse_on_plain_text() {
    let text = "The talks focused on the two nations’ strategic cooperation. ".repeat(1000);
    let folded = Folded::new(&text);
    // One atomic apostrophe and one resumption per sentence.
    assert!(
        folded.anchors.len() <= 2 * 1000 + 1,
        "{}",
        folded.anchors.len()
    );
}

/// The reference: every character through [`Folder::push`], no fast path.
fn fold_char_by_char(text: &str) -> Folded {
    let mut folder = Folder::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        folder.push(i, c);
    }
    Folded {
        text: folder.text,
        anchors: folder.anchors,
        original_len: text.len(),
    }
}

/// Every byte `is_plain` calls plain folds to itself, lowercased.
#[test]
fn plain_bytes_are_kept() {
    for b in 0..128u8 {
        if is_plain(b) {
            assert!(
                matches!(classify(char::from(b)), Class::Keep),
                "{:?}",
                char::from(b)
            );
        }
    }
}

/// The ASCII fast paths (word runs, eight bytes of lowercase words at a time, single spaces)
/// fold and anchor exactly as the general path does, on random awkward text, on random
/// lowercase prose with the bytes around the letters' range, and on the example articles.
#[test]
fn fast_paths_equal_the_general_fold() {
    let awkward: Vec<char> = "aZ9  -–+’“\"\n\u{00A0}\u{00AD}İ\u{212A}é.'"
        .chars()
        .collect();
    // Mostly letters and single spaces, with what borders them: '`' and '{' around a-z, '@'
    // and '[' around A-Z, double spaces, a space at any offset, a tab, punctuation, non-ASCII.
    let prose: Vec<char> = "abcdefghijklmnopqrstuvwxyzaeiou    `{@[Z.,\t-é"
        .chars()
        .collect();
    let mut lcg = Lcg::new(0x2545_F491_4F6C_DD1D);
    let mut texts =
        vec!["The “2+2” talks, S-400s and MQ-9B  drones: 31 of them. ’Tis India’s  ".to_string()];
    for n in 0..2000u64 {
        let alphabet = if n % 2 == 0 { &awkward } else { &prose };
        let mut text = String::new();
        for _ in 0..(lcg.current() % 60).max(n % 7) {
            text.push(*lcg.pick(alphabet));
        }
        texts.push(text);
    }
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut articles: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    articles.sort();
    texts.extend(
        articles
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok()),
    );
    assert!(texts.len() >= 2001 + 5, "the example articles are read");
    for text in &texts {
        let fast = Folded::new(text);
        let slow = fold_char_by_char(text);
        assert_eq!(fast.text, slow.text, "{text:?}");
        assert_eq!(
            format!("{:?}", fast.anchors),
            format!("{:?}", slow.anchors),
            "{text:?}"
        );
    }
}
