//! Any bytes as an HTML file: decoding and reading never panic, and the document's offsets and
//! listings hold their contract (`document_contract.rs`).
#![no_main]

mod document_contract;

use crosscheck::corpus::{self, Document};
use crosscheck::reader::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok((source, _)) = corpus::decode("a.html", Format::Html, bytes) else {
        return;
    };
    let (document, _) = Document::read("a.html".into(), Format::Html, source, &Default::default());
    document_contract::holds(&document);
});
