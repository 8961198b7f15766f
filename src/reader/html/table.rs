//! HTML tables read like Markdown's: a body cell after its column's header.
//!
//! `<th>` cells give their column a header (the text of the last `<th>` read in that column);
//! a `<td>` in any column but the first is written after its column's header, so
//! `<tr><td>electric ferries</td><td>16</td></tr>` under `<th>vessel</th><th>number</th>`
//! reads "electric ferries number 16", one statement, as the Markdown table does. The first
//! column is not repeated: it names what the row is about. The header text is written again
//! from its own source bytes, so every position still points into the file. Tables nest (a
//! stack; an unclosed table stays open until the document ends), `colspan` moves the column.

use std::ops::Range;

/// The widest `colspan` honoured (browsers cap it at 1,000).
const MAX_COLSPAN: usize = 1000;

/// One open `<table>`.
#[derive(Debug, Default)]
struct Table {
    /// The source ranges of the text of each column's header cell.
    headers: Vec<Vec<Range<usize>>>,
    /// The column of the next cell of the current row.
    next_column: usize,
    /// The header cell being read, by column.
    header_cell: Option<usize>,
}

/// The tables open at the reader's position, innermost last.
#[derive(Debug, Default)]
pub(super) struct Tables {
    open: Vec<Table>,
}

impl Tables {
    pub fn open_table(&mut self) {
        self.open.push(Table::default());
    }

    pub fn close_table(&mut self) {
        self.open.pop();
    }

    pub fn open_row(&mut self) {
        if let Some(table) = self.open.last_mut() {
            table.next_column = 0;
            table.header_cell = None;
        }
    }

    /// A cell starts (`<th>` when `header`); `colspan` as written. Returns the source ranges of
    /// the header to write before a body cell's text (empty for the first column, a header
    /// cell, or a column without a header).
    pub fn open_cell(&mut self, header: bool, colspan: Option<&str>) -> &[Range<usize>] {
        let Some(table) = self.open.last_mut() else {
            return &[];
        };
        let column = table.next_column;
        let span = colspan
            .and_then(|c| c.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, MAX_COLSPAN);
        table.next_column = column.saturating_add(span);
        if header {
            if table.headers.len() <= column {
                table.headers.resize_with(column + 1, Vec::new);
            }
            if let Some(cell) = table.headers.get_mut(column) {
                cell.clear();
            }
            table.header_cell = Some(column);
            return &[];
        }
        table.header_cell = None;
        match table.headers.get(column) {
            Some(cell) if column > 0 => cell,
            _ => &[],
        }
    }

    /// A `</th>`: text after it is no longer its column's header.
    pub fn close_header_cell(&mut self) {
        if let Some(table) = self.open.last_mut() {
            table.header_cell = None;
        }
    }

    /// Text read at `range`: kept when it is inside a header cell.
    pub fn text(&mut self, range: Range<usize>) {
        if let Some(table) = self.open.last_mut()
            && let Some(column) = table.header_cell
            && let Some(cell) = table.headers.get_mut(column)
        {
            cell.push(range);
        }
    }
}
