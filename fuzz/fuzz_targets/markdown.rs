//! Any bytes as a Markdown file, and as MDX (the first byte's low bit chooses): decoding and
//! reading never panic, and every prose offset on
//! a char boundary maps into the source, on a char boundary, start before end; the listings
//! (sentences, quantities) read the prose and give positions inside the source.
#![no_main]

use crosscheck::corpus::{self, Document};
use crosscheck::listing;
use crosscheck::reader::Format;
use crosscheck::segment::RuleSegmenter;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok((source, _)) = corpus::decode("a.md", Format::Markdown, bytes) else {
        return;
    };
    let path = if bytes.first().is_some_and(|b| b & 1 == 1) { "a.mdx" } else { "a.md" };
    let (document, _) = Document::read(path.into(), Format::Markdown, source, &Default::default());
    let text = &document.text;
    let source = document.source_text();
    for at in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
        let span = document.source_span(crosscheck::span::Span::new(at, at));
        assert!(span.start <= span.end && span.end <= source.len(), "{at}: {span:?}");
        assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end));
    }
    for record in listing::quantities(&document, &RuleSegmenter::default()) {
        assert!(record.byte_start <= record.byte_end && record.byte_end <= source.len());
    }
});
