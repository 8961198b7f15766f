//! What the reader fuzz targets assert of any document they could read: every prose offset on
//! a char boundary maps into the source, on a char boundary, start before end; the listings
//! (sentences, quantities) read the prose and give positions inside the source.

use crosscheck::corpus::Document;
use crosscheck::listing;
use crosscheck::segment::RuleSegmenter;
use crosscheck::span::Span;

pub fn holds(document: &Document) {
    let text = &document.text;
    let source = document.source_text();
    for at in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
        let span = document.source_span(Span::new(at, at));
        assert!(
            span.start <= span.end && span.end <= source.len(),
            "{at}: {span:?}"
        );
        assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end));
    }
    for record in listing::quantities(document, &RuleSegmenter::default()) {
        assert!(record.byte_start <= record.byte_end && record.byte_end <= source.len());
    }
}
