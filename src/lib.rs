//! crosscheck: cross-references the claims an editor stands behind against a corpus of articles.
//!
//! The pipeline reads top to bottom: [`claims`] → [`corpus`] → [`segment`] → [`subject`] →
//! [`quantity`] → [`verdict`] → [`report`]. See ARCHITECTURE.md. The library never prints; the
//! binary renders a [`report::Report`].

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod accept;
mod ascii_lanes;
mod char_class;
mod check;
pub mod claims;
pub mod clause;
pub mod corpus;
pub mod diagnostic;
pub mod discover;
pub mod entity;
pub mod listing;
mod lower_word;
pub mod quantity;
#[cfg(test)]
mod random_text;
pub mod reader;
pub mod report;
pub mod segment;
pub mod span;
pub mod subject;
pub mod time;
pub mod verdict;

pub use check::{CheckOptions, Event, check, check_with};
