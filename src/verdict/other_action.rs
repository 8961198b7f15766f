//! "The ship crashed into the bridge, knocking eight construction workers into the water":
//! a count right after a participle is the object of that action, those it touched. When the
//! claim's statement says another thing of them ("Six construction workers were killed"), the
//! count is not of what the statement counts, and a count that disagrees says nothing against
//! it. "killing six workers" is the statement's own verb and counts as always.

use crate::clause::{HAVING_VERBS, is_one_of};
use crate::span::Span;

/// Whether the count at `value` is the object of a participle ("knocking", "stranding") whose
/// verb is not the one `statement` states.
pub(super) fn object_of_another_action(text: &str, value: Span, statement: &str) -> bool {
    let Some(verb) = statement_verb(statement) else {
        return false;
    };
    let before = text.get(..value.start).unwrap_or_default().trim_end();
    let participle = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    participle.len() > 5
        && participle.ends_with("ing")
        && participle.bytes().all(|b| b.is_ascii_lowercase())
        // "including", "totalling", "bringing the total to", "leaving 300 dead": a part, a total
        // or the result, no other action on the counted things.
        && !is_one_of(participle, HAVING_VERBS)
        && !is_one_of(participle, &["including", "excluding", "bringing", "leaving"])
        && stem(participle) != stem(verb)
}

/// The statement's verb in "-ed" after its subject ("were killed", "cancelled"): the first word
/// in "-ed" after the first word, lowercase.
fn statement_verb(statement: &str) -> Option<&str> {
    statement
        .split(|c: char| !c.is_alphanumeric())
        .skip(1)
        .find(|w| w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A verb's stem as far as its "-ing" and "-ed" forms share it: "kill" of "killing" and
/// "killed", "knock" of "knocking".
fn stem(word: &str) -> &str {
    let bare = word
        .strip_suffix("ing")
        .or_else(|| word.strip_suffix("ed"))
        .unwrap_or(word);
    bare.get(..bare.len().min(4)).unwrap_or(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(text: &str, value: &str, statement: &str) -> bool {
        let at = text.find(value).expect("the value is in the text");
        object_of_another_action(text, Span::new(at, at + value.len()), statement)
    }

    #[test]
    fn a_count_after_another_actions_participle_is_its_object() {
        let statement = "Six construction workers were killed.";
        let text =
            "The ship struck the bridge, knocking eight construction workers into the water.";
        assert!(object(text, "eight", statement));
        let text = "The ship struck the bridge, killing six construction workers.";
        assert!(!object(text, "six", statement));
        // "including" gives a part, no action.
        let text = "Eight workers were hurt, including two construction workers.";
        assert!(!object(text, "two", statement));
        // No participle before the count.
        let text = "Eight construction workers were on the bridge.";
        assert!(!object(text, "Eight", statement));
        // A statement without a verb in -ed says nothing of which action.
        assert!(!object(
            "knocking eight workers into the water",
            "eight",
            "The crew numbers six."
        ));
    }
}
