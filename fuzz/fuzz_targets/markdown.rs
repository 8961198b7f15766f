//! Any bytes as a Markdown file, and as MDX (the first byte's low bit chooses): decoding and
//! reading never panic, and the document's offsets and listings hold their contract
//! (`document_contract.rs`).
#![no_main]

mod document_contract;

use crosscheck::corpus::{self, Document};
use crosscheck::reader::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok((source, _)) = corpus::decode("a.md", Format::Markdown, bytes) else {
        return;
    };
    let path = if bytes.first().is_some_and(|b| b & 1 == 1) {
        "a.mdx"
    } else {
        "a.md"
    };
    let (document, _) = Document::read(path.into(), Format::Markdown, source, &Default::default());
    document_contract::holds(&document);
});
