//! `<meta>` tags: the publication date, and the descriptions a reader sees in a search result or
//! a link preview, which drift from the page's body as easily as its prose does.
//!
//! The `content` of `description`, `og:title`, `og:description` and `twitter:description`
//! (named by `name` or `property`) is written to the prose as a block of its own, character
//! references decoded, each piece mapped back to the attribute's value in the tag: a figure in
//! a description is reported at its line and column in the `<head>`.

use super::{State, entity};
use crate::reader::Field;
use crate::span::Span;
use lol_html::html_content::Element;
use std::ops::Range;

/// `<meta name=…>` / `property=…` values that give the publication date.
const DATE_NAMES: &[&str] = &[
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "article:published_time",
    "og:published_time",
    "pubdate",
    "publish-date",
    "publication_date",
];

/// `<meta name=…>` / `property=…` values whose content is read as prose.
pub const PROSE_NAMES: &[&str] = &[
    "description",
    "og:title",
    "og:description",
    "twitter:description",
];

/// Reads one `<meta>`: the document's date (the first that gives one), or a surface of prose.
pub fn read(el: &Element<'_, '_>, state: &mut State, source: &str) {
    let Some(name) = el
        .get_attribute("name")
        .or_else(|| el.get_attribute("property"))
        .or_else(|| el.get_attribute("itemprop"))
    else {
        return;
    };
    let name = name.to_ascii_lowercase();
    if PROSE_NAMES.contains(&name.as_str()) {
        if state.hidden > 0 {
            return;
        }
        let tag = el.source_location().bytes();
        if let Some(range) = source
            .get(tag.clone())
            .and_then(|text| attribute_range(text, "content"))
        {
            let value = tag.start + range.start..tag.start + range.end;
            state.prose.end_block();
            entity::write_decoded(&mut state.prose, source, value);
            state.prose.end_block();
        }
        return;
    }
    if state.date.is_some() || !DATE_NAMES.contains(&name.as_str()) {
        return;
    }
    let Some(content) = el.get_attribute("content") else {
        return;
    };
    state.date = Some(attribute_field(el, source, content));
}

/// An attribute's value with where it is in the tag (the tag's start when it cannot be found
/// as written, an entity in it say).
pub fn attribute_field(el: &Element<'_, '_>, source: &str, value: String) -> Field {
    let tag = el.source_location().bytes();
    let span = source
        .get(tag.clone())
        .and_then(|t| t.find(value.as_str()))
        .map_or(Span::new(tag.start, tag.start), |i| {
            Span::new(tag.start + i, tag.start + i + value.len())
        });
    Field { value, span }
}

/// The bytes of the value of attribute `wanted` (ASCII case ignored) in the start tag `tag`
/// (`<meta name="x" content='y'>`), quotes excluded; `None` when it has none. Attributes are
/// read as the HTML tokenizer reads them: a name, then `=` and a value double-quoted,
/// single-quoted or unquoted (up to white space or `>`), or no value.
fn attribute_range(tag: &str, wanted: &str) -> Option<Range<usize>> {
    let bytes = tag.as_bytes();
    let skip = |mut i: usize, f: &dyn Fn(u8) -> bool| {
        while i < bytes.len() && f(bytes[i]) {
            i += 1;
        }
        i
    };
    // Past `<` and the tag's name.
    let mut i = skip(1, &|b| !b.is_ascii_whitespace() && b != b'>' && b != b'/');
    loop {
        i = skip(i, &|b| b.is_ascii_whitespace() || b == b'/');
        if i >= bytes.len() || bytes[i] == b'>' {
            return None;
        }
        let name_start = i;
        i = skip(i + 1, &|b| {
            !b.is_ascii_whitespace() && b != b'=' && b != b'>' && b != b'/'
        });
        let name = &tag[name_start..i];
        i = skip(i, &|b| b.is_ascii_whitespace());
        if bytes.get(i) != Some(&b'=') {
            continue;
        }
        i = skip(i + 1, &|b| b.is_ascii_whitespace());
        let value = match bytes.get(i) {
            Some(&quote @ (b'"' | b'\'')) => {
                let end = skip(i + 1, &|b| b != quote);
                let range = i + 1..end;
                i = end + 1;
                range
            }
            Some(_) => {
                let end = skip(i, &|b| !b.is_ascii_whitespace() && b != b'>');
                let range = i..end;
                i = end;
                range
            }
            None => return None,
        };
        if name.eq_ignore_ascii_case(wanted) {
            return tag.get(value.clone()).map(|_| value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::html::read;

    #[test]
    fn attribute_values_are_found_quoted_unquoted_or_not_at_all() {
        fn range<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
            attribute_range(tag, name).map(|r| &tag[r])
        }
        assert_eq!(
            range("<meta name=\"d\" content=\"31 languages\">", "content"),
            Some("31 languages")
        );
        assert_eq!(
            range("<meta content='a \"b\"' name=d>", "content"),
            Some("a \"b\"")
        );
        assert_eq!(range("<meta CONTENT=31 name=d/>", "content"), Some("31"));
        assert_eq!(
            range(
                "<meta data-content=\"x\" hidden content = \"y\">",
                "content"
            ),
            Some("y")
        );
        assert_eq!(range("<meta name=\"content\">", "content"), None);
        assert_eq!(
            range("<meta content=\"unclosed", "content"),
            Some("unclosed")
        );
    }

    #[test]
    fn descriptions_are_blocks_of_prose_at_their_attribute_values() {
        let source = "<html><head><title>Languages</title>\
            <meta name=\"description\" content=\"Read in 31 languages &amp; more\">\
            <meta property=\"og:title\" content=\"32 languages\">\
            <meta property=\"og:description\" content=\"Now 35 languages\">\
            <meta name=\"twitter:description\" content=\"36 languages\">\
            <meta name=\"keywords\" content=\"99 keywords\">\
            <template><meta name=\"description\" content=\"98 hidden\"></template>\
            <meta name=\"date\" content=\"2024-03-01\"></head>\
            <body><p>We support 31 languages.</p></body></html>";
        let reading = read(source);
        assert_eq!(
            reading.prose,
            "Languages\n\nRead in 31 languages & more\n\n32 languages\n\nNow 35 languages\n\n36 languages\n\nWe support 31 languages."
        );
        let at = |needle: &str| reading.offsets.start(reading.prose.find(needle).unwrap());
        assert_eq!(at("Read in"), source.find("Read in").unwrap());
        assert_eq!(at("35"), source.find("35").unwrap());
        assert_eq!(at("& more"), source.find("&amp;").unwrap());
        assert_eq!(reading.metadata.date.unwrap().value, "2024-03-01");
    }
}
