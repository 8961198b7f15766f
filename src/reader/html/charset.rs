//! The encoding an HTML file declares in its first 1,024 bytes (`<meta charset="…">` or
//! `<meta http-equiv="Content-Type" content="text/html; charset=…">`), as a browser's
//! prescan finds it, for files with no byte-order mark.

use encoding_rs::Encoding;

/// How far the prescan looks, as the HTML standard's.
const PRESCAN: usize = 1024;

/// The encoding declared by a `<meta>` in the first 1,024 bytes of `bytes`, if any. A
/// declared UTF-16 is read as UTF-8 (a file with no BOM cannot be UTF-16, as browsers
/// reason); an unknown label is `None`.
pub fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(PRESCAN))?;
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&lower[from..], b"<meta") {
        let tag_start = from + i;
        let tag_end =
            memchr::memchr(b'>', &lower[tag_start..]).map_or(lower.len(), |j| tag_start + j);
        let tag = &lower[tag_start..tag_end];
        if let Some(j) = memchr::memmem::find(tag, b"charset") {
            let rest = &tag[j + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let len = rest
                    .iter()
                    .take_while(|b| !matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .count();
                let encoding = Encoding::for_label(&rest[..len])?;
                return Some(
                    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                        encoding_rs::UTF_8
                    } else {
                        encoding
                    },
                );
            }
        }
        from = tag_end;
    }
    None
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_and_http_equiv_are_found() {
        assert_eq!(
            declared(b"<html><head><META charset=\"ISO-8859-1\">"),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(
            declared(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            ),
            Some(encoding_rs::WINDOWS_1251)
        );
        assert_eq!(declared(b"<meta charset=utf-16>"), Some(encoding_rs::UTF_8));
        assert_eq!(declared(b"<meta name=x content=y><p>no charset"), None);
    }
}
