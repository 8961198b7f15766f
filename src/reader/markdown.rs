//! Markdown (CommonMark with tables, footnotes, strikethrough, task lists and front matter),
//! read with pulldown-cmark's offset iterator.
//!
//! Prose: the text events, each copied from its source range (or, where the event's text
//! differs from its source, an escape or an entity, standing for that range). Paragraphs,
//! headings, list items, block quotes and table rows end blocks; soft line breaks are spaces
//! (a paragraph wrapped at 80 columns is one block); emphasis, links and images add nothing
//! but their text (link targets and image URLs are never prose, image alt text is). Code
//! (fenced, indented, inline), raw HTML and front matter are not prose. A table body cell is
//! read after its column's header, so `| electric ferries | 16 |` under
//! `| vessel | number |` reads "electric ferries number 16".

use super::front_matter::{self, Kind};
use super::{Field, Metadata, ProseBuilder, ReadOptions, Reading, Warning};
use pulldown_cmark::{CowStr, Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A piece of a table header cell, kept to be repeated before the cells of its column.
#[derive(Debug, Clone)]
enum Piece {
    Copy(Range<usize>),
    Replace(String, Range<usize>),
}

/// Where the reader is in a table.
#[derive(Debug, Default)]
struct Table {
    in_head: bool,
    cell: usize,
    header: Vec<Vec<Piece>>,
}

/// Reads `source` as Markdown; `mdx` when it is MDX, whose JSX, expressions and
/// `import`/`export` lines are blanked first (`mdx.rs`), so that they are not prose.
pub fn read(source: &str, read_options: &ReadOptions, mdx: bool) -> Reading {
    let masked;
    let source = if mdx {
        masked = super::mdx::mask(source);
        masked.as_ref()
    } else {
        source
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut prose = ProseBuilder::with_capacity(source.len());
    let mut metadata = Metadata::default();
    let mut warnings: Vec<Warning> = Vec::new();
    // Inside code blocks, raw HTML blocks and front matter: not prose.
    let mut hidden = 0usize;
    let mut front_matter: Option<Kind> = None;
    let mut table = Table::default();
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::CodeBlock(_) | Tag::HtmlBlock => {
                    prose.end_block();
                    hidden += 1;
                }
                Tag::MetadataBlock(kind) => {
                    hidden += 1;
                    front_matter = Some(match kind {
                        MetadataBlockKind::YamlStyle => Kind::Yaml,
                        MetadataBlockKind::PlusesStyle => Kind::Toml,
                    });
                }
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::List(_)
                | Tag::Item
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition
                | Tag::Table(_) => prose.end_block(),
                Tag::TableHead => {
                    prose.end_block();
                    table = Table {
                        in_head: true,
                        ..Table::default()
                    };
                }
                Tag::TableRow => {
                    prose.end_block();
                    table.cell = 0;
                }
                Tag::TableCell => {
                    prose.space(range.start);
                    if table.in_head {
                        table.header.push(Vec::new());
                    } else if table.cell > 0
                        && let Some(header) = table.header.get(table.cell)
                    {
                        for piece in header {
                            emit(&mut prose, source, piece);
                        }
                        prose.space(range.start);
                    }
                }
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::CodeBlock | TagEnd::HtmlBlock => hidden = hidden.saturating_sub(1),
                TagEnd::MetadataBlock(_) => hidden = hidden.saturating_sub(1),
                TagEnd::TableHead => {
                    table.in_head = false;
                    prose.end_block();
                }
                TagEnd::TableCell => {
                    table.cell += 1;
                    prose.space(range.end);
                }
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition
                | TagEnd::Table
                | TagEnd::TableRow => prose.end_block(),
                _ => {}
            },
            Event::Text(text) => {
                if let Some(kind) = front_matter.take() {
                    let read =
                        front_matter::read(source, range.start, range.end, kind, read_options);
                    warnings.extend(read.warnings);
                    if let Some(title) = &read.metadata.title {
                        block(&mut prose, source, title);
                    }
                    for field in &read.prose {
                        block(&mut prose, source, field);
                    }
                    metadata = read.metadata;
                    continue;
                }
                if hidden > 0 {
                    continue;
                }
                let piece = if is_source(source, &range, &text) {
                    Piece::Copy(range)
                } else {
                    Piece::Replace(text.into_string(), range)
                };
                emit(&mut prose, source, &piece);
                if table.in_head
                    && let Some(cell) = table.header.last_mut()
                {
                    cell.push(piece);
                }
            }
            // Inline code is not prose, but it separates the words around it.
            Event::Code(_) | Event::InlineMath(_) | Event::DisplayMath(_) if hidden == 0 => {
                prose.space(range.start)
            }
            // The line break itself, copied as a space: the run goes on unbroken.
            Event::SoftBreak if hidden == 0 => match source.get(range.clone()) {
                Some("\n" | "\r\n") => prose.copy(source, range),
                _ => prose.space(range.start),
            },
            Event::HardBreak if hidden == 0 => prose.line_break(range.start),
            Event::Rule => prose.end_block(),
            _ => {}
        }
    }
    let (prose, offsets) = prose.finish();
    Reading {
        prose,
        offsets,
        metadata,
        warnings,
    }
}

/// True when the event's `text` is `source[range]` as written: a slice of the source at that
/// range (nearly every text event: told by address, no comparison), else equal to it.
fn is_source(source: &str, range: &Range<usize>, text: &CowStr<'_>) -> bool {
    if let CowStr::Borrowed(borrowed) = text
        && borrowed.len() == range.len()
        && std::ptr::eq(borrowed.as_ptr(), source.as_ptr().wrapping_add(range.start))
    {
        return true;
    }
    source.get(range.clone()) == Some(&**text)
}

/// A front matter value as a block of its own (the title first, as the headline): copied from
/// its source when that reads as the value (a value over several lines is copied with its
/// line breaks made spaces), else the value standing for its source.
fn block(prose: &mut ProseBuilder, source: &str, field: &Field) {
    let range = field.span.start..field.span.end;
    prose.end_block();
    match source.get(range.clone()) {
        Some(text) if text.split_whitespace().eq(field.value.split_whitespace()) => {
            prose.copy(source, range)
        }
        _ => prose.replace(&field.value, range),
    }
    prose.end_block();
}

fn emit(prose: &mut ProseBuilder, source: &str, piece: &Piece) {
    match piece {
        Piece::Copy(range) => prose.copy(source, range.clone()),
        Piece::Replace(text, range) => prose.replace(text, range.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(source: &str) -> Reading {
        super::read(source, &ReadOptions::default(), false)
    }

    fn prose(source: &str) -> String {
        read(source).prose
    }

    #[test]
    fn a_wrapped_paragraph_is_one_block_and_markup_is_removed() {
        let source = "# Bay ferries\n\nThe city will run 14\nelectric ferries, **14** *electric ferries*.\n\n- one item\n  continued\n- two\n";
        assert_eq!(
            prose(source),
            "Bay ferries\n\nThe city will run 14 electric ferries, 14 electric ferries.\n\none item continued\n\ntwo"
        );
    }

    #[test]
    fn code_html_and_link_targets_are_not_prose_but_alt_text_is() {
        let source = "Set `ferries: 20` [here](http://x.org/31) ![31 boats](a.png)\n\n```\nferries: 20\n```\n\n<div>40 ferries</div>\n";
        assert_eq!(prose(source), "Set  here 31 boats");
    }

    #[test]
    fn a_table_row_is_read_with_its_header() {
        let source = "| vessel | number |\n|---|---|\n| electric ferries | 16 |\n";
        let reading = read(source);
        assert_eq!(reading.prose, "vessel number\n\nelectric ferries number 16");
        let at = reading.prose.rfind("16").unwrap();
        assert_eq!(reading.offsets.start(at), source.rfind("16").unwrap());
    }

    #[test]
    fn front_matter_gives_the_headline_and_the_date() {
        let source = "---\ntitle: Ferries\ndate: 2024-03-01\n---\n\nBody text.\n";
        let reading = read(source);
        assert_eq!(reading.prose, "Ferries\n\nBody text.");
        assert_eq!(reading.metadata.date.unwrap().value, "2024-03-01");
        let described = "---\ntitle: Languages\ndescription: Read in 31 languages\n---\n\nWe support 32 languages.\n";
        let reading = read(described);
        assert_eq!(
            reading.prose,
            "Languages\n\nRead in 31 languages\n\nWe support 32 languages."
        );
        let at = reading.prose.find("31").unwrap();
        assert_eq!(reading.offsets.start(at), described.find("31").unwrap());
        let broken = read("+++\ntitle = \n+++\n\nBody.\n");
        assert_eq!(broken.prose, "Body.");
        assert_eq!(broken.warnings.len(), 1);
    }

    #[test]
    fn entities_and_escapes_stand_for_their_source() {
        let source = "Cost &pound;310 and \\*31\\*.";
        let reading = read(source);
        assert_eq!(reading.prose, "Cost £310 and *31*.");
        let pound = reading.prose.find('£').unwrap();
        assert_eq!(reading.offsets.start(pound), source.find('&').unwrap());
    }
}
