//! A date that stamps the page rather than states a fact: "date 2023-09-09 Morocco
//! Earthquake: Death Toll Rises…", "Washington, DC (USA), Mar 09 (ANI): President Trump
//! signed…". Such a date is when the piece was written or filed; read as a value of the
//! subject next to it, it contradicts every claimed date of the event. The document-level
//! dateline (`time::dateline`) dates the document from its first lines; this reads the same
//! two shapes at the start of any sentence, where a wire story's body or a page's metadata
//! line puts them.

use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;

/// Words that label a date as the page's own: "date 2023-09-09", "Published: 12 March 2020".
const LABELS: &[&str] = &[
    "date",
    "dated",
    "published",
    "updated",
    "posted",
    "modified",
];

/// How many words may stand before a wire dateline's date: the place ("Washington, DC
/// (USA)", "NEW DELHI").
const PLACE_WORDS: usize = 5;

/// Whether `q`, a date or year in `sentence` of `text`, is the sentence's dateline: right
/// after a label that opens the sentence, or after a short place and before a wire's agency
/// in parentheses or its dash.
pub fn stamps(text: &str, sentence: Span, q: &Quantity) -> bool {
    if !matches!(q.kind, QuantityKind::Date | QuantityKind::Year) {
        return false;
    }
    let (Some(before), Some(after)) = (
        text.get(sentence.start..q.span.start),
        text.get(q.span.end..sentence.end),
    ) else {
        return false;
    };
    let before = before.trim();
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let labelled = words.len() == 1
        && LABELS.iter().any(|l| l.eq_ignore_ascii_case(words[0]))
        && before.trim_end_matches(':').len() == words[0].len();
    if labelled {
        return true;
    }
    let after = after.trim_start();
    // The agency in parentheses is one capitalised word: "(ANI)", "(Reuters)", "(KUNA)".
    let agency = |inside: &str| {
        !inside.is_empty()
            && inside.chars().all(char::is_alphanumeric)
            && inside.starts_with(|c: char| c.is_uppercase())
    };
    let wire_end = after.starts_with(['-', '—', '–'])
        || (after.starts_with('(')
            && after.find(')').is_some_and(|close| {
                let rest = after[close + 1..].trim_start();
                after.get(1..close).is_some_and(agency) && rest.starts_with([':', '-', '—', '–'])
            }));
    let place = !words.is_empty()
        && words.len() <= PLACE_WORDS
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    wire_end && before.ends_with(',') && place
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity;

    fn stamped(text: &str) -> Vec<String> {
        let sentence = Span::new(0, text.len());
        quantity::extract(text)
            .iter()
            .filter(|q| stamps(text, sentence, q))
            .map(|q| q.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn a_labelled_or_wire_date_stamps_the_page() {
        assert_eq!(
            stamped(" date 2023-09-09  Morocco Earthquake: Toll Rises To 632"),
            ["2023-09-09"]
        );
        assert_eq!(
            stamped("Published: March 12, 2020 The council met."),
            ["March 12, 2020"]
        );
        assert_eq!(
            stamped(
                "Washington, DC (USA), Mar 09 (ANI): President Trump signed two orders on March 8."
            ),
            ["Mar 09"]
        );
        assert_eq!(
            stamped("NEW DELHI, Nov 10, 2023 - India agreed on Friday."),
            ["Nov 10, 2023"]
        );
    }

    #[test]
    fn a_date_the_sentence_states_is_not_a_stamp() {
        assert!(stamped("The quake struck on September 8, 2023, the ministry said.").is_empty());
        assert!(
            stamped("The date was set: March 23, 2018 (a Friday) - officials said.").is_empty()
        );
        assert!(stamped("On July 31, Delta said the outage cost $500 million.").is_empty());
        assert!(
            stamped("The updated schedule, March 23 (a Friday): the tariffs begin.").is_empty()
        );
    }
}
