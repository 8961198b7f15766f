//! Character references (`&pound;`, `&#8217;`, `&#x2019;`) decoded while text is written to
//! the prose, each standing for its whole source: a value that begins with an entity maps back
//! to its `&`. Named references use html-escape's table of the HTML standard's names; a `&`
//! that starts no known reference is text.

use crate::reader::ProseBuilder;
use std::ops::Range;

/// The longest named reference (`&CounterClockwiseContourIntegral;`), in bytes.
const LONGEST_NAME: usize = 33;

/// Writes `source[range]` to `prose` with its character references decoded.
pub fn write_decoded(prose: &mut ProseBuilder, source: &str, range: Range<usize>) {
    let Some(text) = source.get(range.clone()) else {
        return;
    };
    let mut copied = 0;
    for amp in memchr::memchr_iter(b'&', text.as_bytes()) {
        if amp < copied {
            continue;
        }
        let Some((decoded, len)) = reference(&text[amp..]) else {
            continue;
        };
        prose.copy(source, range.start + copied..range.start + amp);
        let stands_for = range.start + amp..range.start + amp + len;
        match decoded {
            Reference::Char(c) => prose.replace(c.encode_utf8(&mut [0; 4]), stands_for),
            Reference::Text(text) => prose.replace(&text, stands_for),
        }
        copied = amp + len;
    }
    prose.copy(source, range.start + copied..range.end);
}

/// The length of the character reference at the start of `text` (which starts with `&`), and
/// whether a character it stands for is `wanted`; `None` when no reference starts there.
pub fn reference_holding(text: &str, wanted: impl Fn(char) -> bool) -> Option<(usize, bool)> {
    let (reference, len) = reference(text)?;
    let holds = match reference {
        Reference::Char(c) => wanted(c),
        Reference::Text(text) => text.chars().any(wanted),
    };
    Some((len, holds))
}

/// What a character reference decodes to: one character (every numeric reference and the
/// common named ones, written without an allocation) or, for the rare named references that
/// stand for two characters, a string.
enum Reference {
    Char(char),
    Text(String),
}

/// The character reference at the start of `text` (which starts with `&`): what it decodes to
/// and its length in bytes.
fn reference(text: &str) -> Option<(Reference, usize)> {
    let bytes = text.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        let (digits_from, radix) = match bytes.get(2) {
            Some(b'x' | b'X') => (3, 16),
            _ => (2, 10),
        };
        let digits = bytes
            .get(digits_from..)?
            .iter()
            .take(8)
            .take_while(|b| (**b as char).is_digit(radix))
            .count();
        if digits == 0 {
            return None;
        }
        let number =
            u32::from_str_radix(text.get(digits_from..digits_from + digits)?, radix).ok()?;
        let c = match number {
            0 => '\u{FFFD}',
            // Windows-1252's printable characters, as browsers read them (&#150; is a dash).
            0x80..=0x9F => windows_1252(number),
            n => char::from_u32(n).unwrap_or('\u{FFFD}'),
        };
        let mut len = digits_from + digits;
        if bytes.get(len) == Some(&b';') {
            len += 1;
        }
        return Some((Reference::Char(c), len));
    }
    let name = bytes
        .get(1..)?
        .iter()
        .take(LONGEST_NAME)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name == 0 || bytes.get(1 + name) != Some(&b';') {
        return None;
    }
    let entity = text.get(..name + 2)?;
    let common = match entity {
        "&amp;" => Some('&'),
        "&nbsp;" => Some('\u{a0}'),
        "&quot;" => Some('"'),
        "&lt;" => Some('<'),
        "&gt;" => Some('>'),
        "&apos;" => Some('\''),
        _ => None,
    };
    if let Some(c) = common {
        return Some((Reference::Char(c), name + 2));
    }
    let decoded = html_escape::decode_html_entities(entity);
    let mut chars = decoded.chars();
    let reference = match (chars.next(), chars.next()) {
        _ if decoded == entity => return None,
        (Some(c), None) => Reference::Char(c),
        _ => Reference::Text(decoded.into_owned()),
    };
    Some((reference, name + 2))
}

fn windows_1252(number: u32) -> char {
    let byte = [u8::try_from(number).unwrap_or(b'?')];
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
    text.chars().next().unwrap_or('\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(source: &str) -> (String, crate::reader::OffsetMap) {
        let mut prose = ProseBuilder::new();
        write_decoded(&mut prose, source, 0..source.len());
        prose.finish()
    }

    #[test]
    fn named_and_numeric_references_are_decoded_and_map_to_their_ampersand() {
        let source = "&pound;310&nbsp;million, India&#8217;s &#x2019; AT&T &unknown; &";
        let (text, map) = decoded(source);
        assert_eq!(text, "£310\u{a0}million, India’s ’ AT&T &unknown; &");
        assert_eq!(map.start(0), 0);
        let three = text.find("310").unwrap();
        assert_eq!(map.start(three), 7);
        assert_eq!(map.end(text.find("million").unwrap() + 7), 23);
    }
}
