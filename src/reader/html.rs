//! HTML, read with lol_html's streaming tokenizer.
//!
//! Why lol_html: of the parsers the issue names it is the one that gives every text chunk,
//! tag and comment its byte range in the source (`source_location`), which positions in the
//! source need; html5ever (and scraper on it) reports no byte offsets, and tl's tokenizer
//! does not read `<script>` and `<style>` as raw text (a `<` in a script starts a tag). It
//! streams without building a tree, so 10,000-deep nesting costs no recursion and the time is
//! linear in the file.
//!
//! Prose: the text of the document (`<title>` first, as the headline, then the body) with
//! character references decoded; `script`, `style`, `noscript` (raw text to the tokenizer),
//! `template` and comments are not prose. Block elements (`p`, `div`, `li`, `tr`, headings,
//! `blockquote`, …) end blocks at their start and end tags; inline ones (`b`, `i`, `a`,
//! `span`, `em`) do not; `<br>` is a line break; table cells are separated by spaces.
//! `<title>` and `<meta name="date">` (and its usual aliases) are the metadata; without such a
//! meta, a `<time datetime>` before the first paragraph gives the date. The `content` of the
//! meta tags a reader or a search engine shows (`description`, `og:title`, `og:description`,
//! `twitter:description`: `html/meta.rs`) is prose too, each its own block, positioned at the
//! attribute's value.

pub mod charset;
pub(crate) mod entity;
mod meta;
mod table;

use super::{Field, Metadata, ProseBuilder, Reading, Warning};
use crate::span::Span;
use lol_html::html_content::{Element, EndTag, TextType};
use lol_html::{HtmlRewriter, Settings, doc_text, element};
use meta::attribute_field;
use std::cell::RefCell;
use std::rc::Rc;
use table::Tables;

/// Elements that start and end a block of prose.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "body",
    "head",
    "html",
];

/// The reader's state, shared by the tokenizer's handlers (end tag handlers must own theirs).
#[derive(Debug, Default)]
struct State {
    prose: ProseBuilder,
    /// The text node being read (chunks arrive in pieces): its source range so far.
    text: Option<(usize, usize)>,
    /// Depth of `template` elements: their content is not prose.
    hidden: usize,
    in_title: bool,
    title: Option<Field>,
    date: Option<Field>,
    /// A paragraph has begun: a `<time datetime>` after it dates what the article reports,
    /// not the article.
    body_started: bool,
    tables: Tables,
}

pub fn read(source: &str) -> Reading {
    let state = Rc::new(RefCell::new(State {
        prose: ProseBuilder::with_capacity(source.len()),
        ..State::default()
    }));
    let mut warnings = Vec::new();
    {
        let on_element = Rc::clone(&state);
        let on_text = Rc::clone(&state);
        // One handler for every element, told apart by name here: a selector per kind of
        // element was compiled anew for every document (a third of an HTML file's time).
        let settings = Settings::new()
            .append_element_content_handler(element!("*", move |el| {
                let tag = el.source_location().bytes();
                let name = tag_name(source, tag.start);
                let is = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(name));
                if is(&["table"]) {
                    let mut s = on_element.borrow_mut();
                    s.prose.end_block();
                    s.tables.open_table();
                    drop(s);
                    after_end(el, &on_element, |s, _| {
                        s.prose.end_block();
                        s.tables.close_table();
                    })
                } else if is(&["tr"]) {
                    let mut s = on_element.borrow_mut();
                    s.prose.end_block();
                    s.tables.open_row();
                    drop(s);
                    after_end(el, &on_element, |s, _| s.prose.end_block())
                } else if is(BLOCKS) {
                    let mut s = on_element.borrow_mut();
                    s.prose.end_block();
                    s.body_started |= name.eq_ignore_ascii_case("p");
                    drop(s);
                    after_end(el, &on_element, |s, _| s.prose.end_block())
                } else if is(&["td", "th"]) {
                    let header = is(&["th"]);
                    open_cell(&mut on_element.borrow_mut(), source, el, header, tag.start);
                    if header {
                        after_end(el, &on_element, |s, _| s.tables.close_header_cell())
                    } else {
                        Ok(())
                    }
                } else if is(&["br"]) {
                    on_element.borrow_mut().prose.line_break(tag.start);
                    Ok(())
                } else if is(&["template"]) {
                    on_element.borrow_mut().hidden += 1;
                    after_end(el, &on_element, |s, _| {
                        s.hidden = s.hidden.saturating_sub(1)
                    })
                } else if is(&["title"]) {
                    {
                        let mut s = on_element.borrow_mut();
                        s.prose.end_block();
                        s.in_title = true;
                    }
                    after_end(el, &on_element, |s, _| {
                        s.in_title = false;
                        s.prose.end_block();
                    })
                } else if is(&["meta"]) {
                    meta::read(el, &mut on_element.borrow_mut(), source);
                    Ok(())
                } else if is(&["time"]) {
                    read_time(el, &mut on_element.borrow_mut(), source);
                    Ok(())
                } else {
                    Ok(())
                }
            }))
            .append_document_content_handler(doc_text!(move |t| {
                let mut s = on_text.borrow_mut();
                let readable = match t.text_type() {
                    TextType::Data => s.hidden == 0,
                    TextType::RCData => s.in_title,
                    _ => false,
                };
                if readable {
                    let at = t.source_location().bytes();
                    s.text = Some(match s.text {
                        Some((start, _)) => (start, at.end),
                        None => (at.start, at.end),
                    });
                }
                if t.last_in_text_node()
                    && let Some((start, end)) = s.text.take()
                {
                    write_text(&mut s, source, start, end);
                }
                Ok(())
            }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        let result = rewriter
            .write(source.as_bytes())
            .and_then(|()| rewriter.end());
        if let Err(e) = result {
            warnings.push(Warning {
                offset: 0,
                message: format!("HTML could not be read to the end: {e}"),
            });
        }
    }
    let state = Rc::try_unwrap(state)
        .map(RefCell::into_inner)
        .unwrap_or_else(|shared| std::mem::take(&mut *shared.borrow_mut()));
    let (prose, offsets) = state.prose.finish();
    Reading {
        prose,
        offsets,
        metadata: Metadata {
            title: state.title,
            date: state.date,
        },
        warnings,
    }
}

/// The name of the tag that starts at byte `at` of `source` (`<p class=…>`: `p`), borrowed.
fn tag_name(source: &str, at: usize) -> &str {
    let rest = source.get(at + 1..).unwrap_or("");
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
        .count();
    &rest[..len]
}

/// A table cell starts at `at` (`<th>` when `header`): a word break, then, before a body cell,
/// its column's header written again from its source.
fn open_cell(state: &mut State, source: &str, el: &Element<'_, '_>, header: bool, at: usize) {
    let State { prose, tables, .. } = state;
    prose.space(at);
    let colspan = el.get_attribute("colspan");
    let repeated = tables.open_cell(header, colspan.as_deref());
    if repeated.is_empty() {
        return;
    }
    for range in repeated {
        entity::write_decoded(prose, source, range.clone());
    }
    prose.space(at);
}

/// A `<time datetime>` in the article's header, before its first paragraph: the date of the
/// article when no `<meta>` gave one ("Published <time datetime=\"2024-03-01\">1 March</time>").
fn read_time(el: &Element<'_, '_>, state: &mut State, source: &str) {
    if state.date.is_some() || state.body_started {
        return;
    }
    if let Some(datetime) = el.get_attribute("datetime") {
        state.date = Some(attribute_field(el, source, datetime));
    }
}

/// Runs `then` on the state when `el`'s end tag is read (never for a void element, nor for
/// one closed implicitly: the next block's start ends the block all the same).
fn after_end(
    el: &mut Element<'_, '_>,
    state: &Rc<RefCell<State>>,
    then: fn(&mut State, &EndTag<'_>),
) -> lol_html::HandlerResult {
    if !el.can_have_content() {
        return Ok(());
    }
    let state = Rc::clone(state);
    el.on_end_tag(Box::new(move |end| {
        then(&mut state.borrow_mut(), end);
        Ok(())
    }))
}

/// Writes the text node `source[start..end]`, references decoded; a title's text is also the
/// document's title.
fn write_text(state: &mut State, source: &str, start: usize, end: usize) {
    if state.in_title && state.title.is_none() {
        let mut title = ProseBuilder::new();
        entity::write_decoded(&mut title, source, start..end);
        let (value, _) = title.finish();
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if !value.is_empty() {
            state.title = Some(Field {
                value,
                span: Span::new(start, end),
            });
        }
    }
    if state.hidden == 0 {
        state.tables.text(start..end);
    }
    entity::write_decoded(&mut state.prose, source, start..end);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_inline_elements_entities_and_skipped_content() {
        let source = "<!doctype html><html><head><title>Bay &amp; ferries</title>\
            <meta name=\"date\" content=\"2024-03-01\"><style>p { x: 20 }</style>\
            <script>if (a<b) { ferries = 20 }</script></head><body>\
            <h1>Ferries</h1><p>The city runs <b>14</b> <a href=\"/x/31\">electric\n ferries</a>.</p>\
            <!-- 40 ferries --><noscript>50 ferries</noscript><template><p>60</p></template>\
            <p>It cost &pound;310&nbsp;million.<br>Next line</p><table><tr><td>a</td><td>16</td></tr></table></body></html>";
        let reading = read(source);
        assert_eq!(
            reading.prose,
            "Bay & ferries\n\nFerries\n\nThe city runs 14 electric  ferries.\n\nIt cost £310\u{a0}million.\nNext line\n\na 16"
        );
        assert_eq!(reading.metadata.title.unwrap().value, "Bay & ferries");
        let date = reading.metadata.date.unwrap();
        assert_eq!(date.span.slice(source), "2024-03-01");
        let pound = reading.prose.find('£').unwrap();
        assert_eq!(
            reading.offsets.start(pound),
            source.find("&pound;").unwrap()
        );
    }

    #[test]
    fn a_time_in_the_header_dates_the_article_and_one_in_the_body_does_not() {
        let source = "<html><body><header><h1>Ferries</h1>Published \
            <time datetime=\"2024-03-01T08:00:00Z\">1 March</time></header>\
            <p>The council met on <time datetime=\"2023-11-10\">10 November</time>.</p></body></html>";
        let date = read(source).metadata.date.unwrap();
        assert_eq!(date.value, "2024-03-01T08:00:00Z");
        assert_eq!(date.span.slice(source), "2024-03-01T08:00:00Z");
        let body_only = "<html><body><p>They met on <time datetime=\"2023-11-10\">10 November</time>.</p></body></html>";
        assert_eq!(read(body_only).metadata.date, None);
        let meta_first = "<html><head><meta name=\"date\" content=\"2024-05-01\"></head><body>\
            <header><time datetime=\"2024-03-01\">1 March</time></header></body></html>";
        assert_eq!(read(meta_first).metadata.date.unwrap().value, "2024-05-01");
    }

    #[test]
    fn a_table_body_cell_is_read_after_its_column_header() {
        let source = "<table><thead><tr><th>vessel</th><th>number</th></tr></thead>\
            <tbody><tr><td>electric ferries</td><td>16</td></tr>\
            <tr><td colspan=2>wide</td><td>x</td></tr></tbody></table>";
        let reading = read(source);
        assert_eq!(
            reading.prose,
            "vessel number\n\nelectric ferries number 16\n\nwide x"
        );
        let sixteen = reading.prose.find("16").unwrap();
        assert_eq!(reading.offsets.start(sixteen), source.find("16").unwrap());
        let repeated = reading.prose.rfind("number").unwrap();
        assert_eq!(
            reading.offsets.start(repeated),
            source.find("number").unwrap()
        );
    }

    #[test]
    fn unclosed_and_deeply_nested_tags_are_read_without_recursion() {
        let deep = "<div>".repeat(10_000) + "31 drones" + &"</span>".repeat(3);
        assert_eq!(read(&deep).prose, "31 drones");
        let unclosed = "<p>31 drones<p>30 drones<li>two";
        assert_eq!(read(unclosed).prose, "31 drones\n\n30 drones\n\ntwo");
    }
}
