//! Ages written before the figure: "aged 62", "age 87". An age is a duration in years (a
//! figure with its own unit, "aged 18 months", keeps that unit).
//!
//! Contract: [`read_aged`] reads at a token "aged" or "age" followed by a figure, and returns
//! the quantity from that word to the end of the figure, or `None`.

use crate::quantity::figure::read_figure;
use crate::quantity::scan::figure_quantity;
use crate::quantity::token::Token;
use crate::quantity::{Quantity, QuantityKind};

pub(crate) fn read_aged(toks: &[Token], blocked: &[bool], i: usize) -> Option<(Quantity, usize)> {
    if !toks.get(i)?.is_any_word(&["aged", "age"]) {
        return None;
    }
    let mut figure = read_figure(toks, i + 1, blocked)?;
    match figure.kind {
        QuantityKind::Measure => {}
        QuantityKind::Count | QuantityKind::Year if figure.value < 150.0 => {
            figure.kind = QuantityKind::Measure;
            figure.unit = Some("year");
            figure.half_width = Some(figure.half_width.unwrap_or(0.5));
        }
        _ => return None,
    }
    let end = figure.end;
    let q = figure_quantity(toks, &figure, i, end, None)?;
    Some((q, end))
}
