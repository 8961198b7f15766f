//! Bytes to text: byte-order marks, UTF-16, invalid UTF-8, binary files, and the encoding an
//! HTML file declares in its `<meta charset>`.

use super::{FileProblem, Severity};
use crate::reader::{Format, html};

/// Decodes `bytes` read from `path` as a file of `format`, taking them: valid UTF-8 without a
/// BOM (nearly every article) becomes the text without a copy.
pub(super) fn decode_owned(
    path: &str,
    format: Format,
    bytes: Vec<u8>,
) -> Result<(String, Option<FileProblem>), FileProblem> {
    let plain = encoding_rs::Encoding::for_bom(&bytes).is_none()
        && memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_none()
        && declared(format, &bytes).is_none();
    if !plain {
        return decode(path, format, &bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) => decode(path, format, e.as_bytes()),
    }
}

/// The encoding an HTML file declares, when it is not UTF-8.
fn declared(format: Format, bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if format != Format::Html {
        return None;
    }
    html::charset::declared(bytes).filter(|e| *e != encoding_rs::UTF_8)
}

/// Decodes `bytes` read from `path`: UTF-8 or UTF-16 by their BOM, else the encoding an HTML
/// file declares, else UTF-8 (invalid sequences replaced, with a warning); NUL bytes without
/// a UTF-16 BOM make a binary file, skipped with a warning.
pub fn decode(
    path: &str,
    format: Format,
    bytes: &[u8],
) -> Result<(String, Option<FileProblem>), FileProblem> {
    let bom = encoding_rs::Encoding::for_bom(bytes);
    if bom.is_none() && memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some() {
        return Err(FileProblem {
            path: path.to_string(),
            severity: Severity::Warning,
            message: "binary file skipped (it contains NUL bytes)".to_string(),
        });
    }
    let (encoding, body) = match bom {
        Some((encoding, bom_len)) => (encoding, &bytes[bom_len..]),
        None => (declared(format, bytes).unwrap_or(encoding_rs::UTF_8), bytes),
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let warning = had_errors.then(|| {
        let offset = if encoding == encoding_rs::UTF_8 {
            std::str::from_utf8(body).err().map_or(0, |e| e.valid_up_to())
        } else {
            0
        };
        FileProblem {
            path: path.to_string(),
            severity: Severity::Warning,
            message: format!(
                "invalid {} at byte {offset}: replaced with U+FFFD; positions after it count the replacement",
                encoding.name()
            ),
        }
    });
    Ok((text.into_owned(), warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(path: &str, bytes: &[u8]) -> Result<(String, Option<FileProblem>), FileProblem> {
        super::decode(path, Format::Text, bytes)
    }

    #[test]
    fn utf8_bom_is_dropped_and_utf16_is_decoded() {
        let (text, warning) = decode("a.txt", "\u{feff}31 drones".as_bytes()).unwrap();
        assert_eq!(text, "31 drones");
        assert!(warning.is_none());
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "30 drones".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, _) = decode("b.txt", &utf16).unwrap();
        assert_eq!(text, "30 drones");
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning_naming_the_offset() {
        let (text, warning) = decode("c.txt", b"31 dr\xFFones").unwrap();
        assert_eq!(text, "31 dr\u{FFFD}ones");
        let warning = warning.unwrap();
        assert_eq!(warning.severity, Severity::Warning);
        assert!(warning.message.contains("byte 5"), "{}", warning.message);
    }

    #[test]
    fn binary_files_are_skipped() {
        let problem = decode("d.txt", b"PK\x03\x04\x00\x00binary").unwrap_err();
        assert_eq!(problem.severity, Severity::Warning);
        assert!(problem.message.contains("binary"));
        let problem = super::decode("e.html", Format::Html, b"\x00\x01<p>").unwrap_err();
        assert!(problem.message.contains("binary"));
    }

    #[test]
    fn an_html_file_is_decoded_with_the_charset_it_declares() {
        let bytes = b"<meta charset=\"windows-1252\"><p>\x8031 caf\xe9</p>";
        let (text, warning) = decode_owned("f.html", Format::Html, bytes.to_vec()).unwrap();
        assert!(text.ends_with("<p>€31 café</p>"), "{text}");
        assert!(warning.is_none());
        // The same bytes as plain text are invalid UTF-8.
        let (_, warning) = decode_owned("f.txt", Format::Text, bytes.to_vec()).unwrap();
        assert!(warning.is_some());
    }
}
