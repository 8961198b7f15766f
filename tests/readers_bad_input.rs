//! Bad input for the readers: a large Markdown table is read in one pass, every body cell
//! after its column's header, with positions in the file. 5 MB here (the tests run unoptimised);
//! `bench/table.sh 50` times 50 MB and its fractions in release.

use crosscheck::corpus::Document;
use crosscheck::reader::Format;

/// A table of `rows` rows under `| vessel | number | year |`, and the source offset of the
/// last row's number.
fn table(rows: usize) -> (String, usize) {
    let mut source = String::from("| vessel | number | year |\n|---|---|---|\n");
    let mut last_number = 0;
    for i in 0..rows {
        source.push_str(&format!("| electric ferries {i} | "));
        last_number = source.len();
        source.push_str(&format!("{} | {} |\n", i % 97 + 100, 1990 + i % 30));
    }
    (source, last_number)
}

#[test]
fn a_five_megabyte_markdown_table_is_read_with_its_header_and_positions() {
    let rows = 140_000;
    let (source, last_number) = table(rows);
    assert!(source.len() > 5_000_000, "{} bytes", source.len());
    let (document, problems) = Document::read(
        "table.md".to_string(),
        Format::Markdown,
        source,
        &Default::default(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    let last = rows - 1;
    let statement = format!(
        "electric ferries {last} number {} year {}",
        last % 97 + 100,
        1990 + last % 30
    );
    assert!(
        document.text.ends_with(&statement),
        "{:?}",
        &document.text[document.text.len() - 80..]
    );
    // One block a row, the header's first.
    assert_eq!(document.text.matches("\n\n").count(), rows);
    let number = document.text.len() - statement.len() + statement.find(" number ").unwrap() + 8;
    let span = document.source_span(crosscheck::span::Span::new(number, number + 3));
    assert_eq!(span.start, last_number);
    assert_eq!(
        &document.source_text()[span.start..span.end],
        (last % 97 + 100).to_string()
    );
}
