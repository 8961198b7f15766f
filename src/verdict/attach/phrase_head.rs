//! Whether a subject occurrence heads the noun phrase it stands in. A predicate or a figure is
//! said of a phrase's head, so a subject that only modifies another head noun ("trading on the
//! split basis commencing on June 10": the basis commences, not the split), or that is the
//! object of a preposition after a noun another name possesses ("CrowdStrike's liability to
//! Delta was less than $10 million": the liability is CrowdStrike's), is not what the verb
//! after it is said of. `tie` asks these before it reads a predicate after the subject.

use super::*;
use crate::clause::CHANGE_NOUNS;
use crate::clause::FUNCTION_WORDS;
use crate::span::window;

/// The noun a subject occurrence modifies: a lowercase noun right after a singular common
/// noun ("split basis", "magnitude aftershock"). A noun of value after it still measures the
/// subject ("tariff rate", "death toll" is not, but "vote share" names the share of the vote),
/// so it is not another head.
pub(super) fn modified_head(text: &str, subject: Span) -> Option<&str> {
    let name = subject.slice(text);
    let last = name.rsplit(' ').next()?;
    // A plural, a participle or a proper name is no modifier here: "cases span nine counties",
    // "injured people", "Boeing aircraft".
    if !last.bytes().all(|b| b.is_ascii_lowercase())
        || last.ends_with('s')
        || last.ends_with("ed")
        || last.ends_with("ing")
    {
        return None;
    }
    let rest = text.get(subject.end..)?.strip_prefix(' ')?;
    let word = rest
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .next()?;
    let noun = word.len() > 2
        && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !is_one_of(word, FUNCTION_WORDS)
        && !is_one_of(word, VERB_GROUP_WORDS)
        && !is_one_of(word, HAVING_VERBS)
        && !is_one_of(word, LEVEL_VERBS)
        && !is_one_of(word, VALUE_NOUNS)
        && !is_one_of(word, VALUE_PREPOSITIONS)
        && !is_one_of(word, CHANGE_NOUNS)
        && !is_one_of(word, IRREGULAR_PAST)
        && !word.ends_with("ly")
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        // An adjective after the subject is said of it: "stock split effective June 7".
        && !["ive", "ble", "al", "ful", "ous", "ic", "ary", "ory", "ent", "ant"]
            .iter()
            .any(|e| word.ends_with(e))
        // A form in -s reads as a verb ("the split takes effect"), unless its ending is a
        // noun's: "basis", "status", "bonus".
        && (!word.ends_with('s') || ["sis", "us", "ss"].iter().any(|e| word.ends_with(e)));
    noun.then_some(word)
}

/// Past forms that end in no "-ed": "the earthquake struck", "the outbreak began".
pub(super) const IRREGULAR_PAST: &[&str] = &[
    "struck", "began", "took", "gave", "came", "went", "led", "left", "met", "saw", "shook",
    "spread", "sent", "told", "wrote", "fought", "lost", "kept", "stood", "found", "drew", "broke",
    "hit", "cost", "set", "put", "cut", "won", "held", "spent", "sold", "paid", "made", "said",
    "grew", "fell", "rose", "ran", "brought", "bought", "felt", "got", "had", "knew", "meant",
    "read", "sat", "shut", "slid", "sank", "split", "swept", "tore", "threw", "woke",
];

/// Nouns of an event that follows a main one and has measures of its own: "a 4.9 magnitude
/// aftershock hit 19 minutes later" measures the aftershock, not the quake.
pub(super) const LATER_EVENT_NOUNS: &[&str] = &[
    "aftershock",
    "aftershocks",
    "foreshock",
    "foreshocks",
    "rematch",
    "replay",
    "runoff",
    "run-off",
    "recount",
];

/// Whether a value on the given side of a subject occurrence is said of another head than the
/// subject: after a subject that modifies another noun or is the object of a possessed noun's
/// preposition, or before a subject that modifies a noun of a later event ("a 4.9 magnitude
/// aftershock").
pub(super) fn said_of_another_head(text: &str, subject: Span, value_before: bool) -> bool {
    let head = modified_head(text, subject);
    if value_before {
        head.is_some_and(|h| is_one_of(h, LATER_EVENT_NOUNS))
    } else {
        head.is_some() || object_of_possessed_noun(text, subject)
    }
}

/// Whether a value before the subject counts only a part of it: see [`counts_a_group`]. A
/// value after "of the" is the whole a share is taken of ("most of the 124 cases are in
/// children aged 5 to 17"), not the group's count.
pub(super) fn restricted_count(text: &str, value: Span, subject: Span) -> bool {
    if value.end > subject.start || !counts_a_group(text, subject) {
        return false;
    }
    // The few bytes before the value only: this is asked for every value and subject, and the
    // text before them may be a whole long document.
    let before = window(text, value.start.saturating_sub(16), value.start).trim_end();
    let whole = before
        .get(before.len().saturating_sub(6)..)
        .is_some_and(|tail| tail.eq_ignore_ascii_case("of the"));
    !whole
}

/// "CrowdStrike's liability to Delta", "the union's claim against the city": the subject is the
/// object of a preposition after a noun that another name possesses, so the noun phrase is the
/// possessor's, and what follows is said of it.
pub(super) fn object_of_possessed_noun(text: &str, subject: Span) -> bool {
    let before = text.get(..subject.start).unwrap_or_default().trim_end();
    let mut words = before.rsplit(' ');
    let mut preposition = words.next().unwrap_or_default();
    if preposition.eq_ignore_ascii_case("the") {
        preposition = words.next().unwrap_or_default();
    }
    if !is_one_of(
        preposition,
        &[
            "to", "of", "for", "with", "from", "against", "toward", "towards", "over",
        ],
    ) {
        return false;
    }
    let noun = words.next().unwrap_or_default();
    let possessor = words.next().unwrap_or_default();
    noun.bytes().all(|b| b.is_ascii_lowercase())
        && !noun.is_empty()
        && !is_one_of(noun, FUNCTION_WORDS)
        && (possessor.ends_with("'s") || possessor.ends_with("’s"))
        && possessor.starts_with(char::is_uppercase)
}

/// "The Liberal Democrats have taken a record number of seats (71)": a figure alone in
/// parentheses right after the object of a verb of having restates that object's count, so it
/// is tied to the subject as "have taken 71 seats" would be. The subject opens its clause, a
/// verb group ending in a verb of having follows, then the object: an article and at most five
/// words without a figure or another preposition than "of".
pub(super) fn restated_object(text: &str, subject: Span, value: Span) -> bool {
    let alone = text.get(..value.start).is_some_and(|b| b.ends_with('('))
        && text.get(value.end..).is_some_and(|a| a.starts_with(')'));
    let Some(between) = text
        .get(subject.end..value.start.saturating_sub(1))
        .filter(|_| alone)
    else {
        return false;
    };
    let words: Vec<&str> = between.split_whitespace().collect();
    let Some(verb) = words.iter().position(|w| is_one_of(w, HAVING_VERBS)) else {
        return false;
    };
    let verb_end = words[verb..]
        .iter()
        .position(|w| !is_one_of(w, HAVING_VERBS))
        .map_or(words.len(), |p| verb + p);
    let (group, object) = (&words[..verb], &words[verb_end..]);
    group
        .iter()
        .all(|w| is_one_of(w, VERB_GROUP_WORDS) || w.ends_with("ly"))
        && object
            .first()
            .is_some_and(|w| is_one_of(w, &["a", "an", "the", "its", "their"]))
        && (2..=6).contains(&object.len())
        && object.iter().all(|w| {
            w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && (!is_one_of(w, FUNCTION_WORDS) || is_one_of(w, &["a", "an", "the", "of"]))
        })
}

/// "Five cases were reported in people who said they had been vaccinated", "12 deaths among
/// residents aged over 80": a count of the subject that the clause restricts to a group of
/// people (a group noun after "in" or "among", then a relative or a qualifier) counts a subset,
/// never the total.
pub(super) fn counts_a_group(text: &str, subject: Span) -> bool {
    // Ten words at most are read: a bounded window, not the rest of a long document.
    let rest = window(text, subject.end, subject.end.saturating_add(160));
    let clause = rest
        .split(['.', ',', ';', ':', '(', '—'])
        .next()
        .unwrap_or_default();
    let words: Vec<&str> = clause.split_whitespace().take(10).collect();
    words.iter().enumerate().any(|(i, w)| {
        is_one_of(w, &["in", "among"])
            && (i + 1..(i + 4).min(words.len())).any(|g| {
                is_one_of(words[g], GROUP_NOUNS)
                    && words
                        .get(g + 1)
                        .is_some_and(|n| is_one_of(n, GROUP_QUALIFIERS))
            })
    })
}

/// Nouns of a group of people that a count of cases or deaths may be restricted to.
const GROUP_NOUNS: &[&str] = &[
    "people",
    "persons",
    "patients",
    "children",
    "adults",
    "residents",
    "individuals",
    "students",
    "those",
    "travelers",
    "travellers",
    "men",
    "women",
    "members",
    "staff",
    "passengers",
    "riders",
    "voters",
];

/// Words after a group noun that restrict it: a relative or an age.
const GROUP_QUALIFIERS: &[&str] = &[
    "who", "that", "whose", "aged", "under", "over", "younger", "older", "with", "without",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(text: &str, word: &str) -> Span {
        let start = text.find(word).expect("the word is in the text");
        Span::new(start, start + word.len())
    }

    #[test]
    fn a_noun_before_another_noun_modifies_it() {
        let text = "trading on the split basis commencing on June 10";
        assert_eq!(modified_head(text, span_of(text, "split")), Some("basis"));
        let text = "a 4.9 magnitude aftershock hit the country";
        assert_eq!(
            modified_head(text, span_of(text, "magnitude")),
            Some("aftershock")
        );
        // A verb, a noun of value, a plural or a proper name is not modified.
        let text = "The 6.8 earthquake struck on Friday.";
        assert_eq!(modified_head(text, span_of(text, "earthquake")), None);
        let text = "a revenue increase of over 260%";
        assert_eq!(modified_head(text, span_of(text, "revenue")), None);
        let text = "Ten-for-one stock split effective June 7, 2024";
        assert_eq!(modified_head(text, span_of(text, "split")), None);
        let text = "The split takes effect on June 7.";
        assert_eq!(modified_head(text, span_of(text, "split")), None);
        let text = "The tariff rate is 25%.";
        assert_eq!(modified_head(text, span_of(text, "tariff")), None);
        let text = "The cases span nine counties.";
        assert_eq!(modified_head(text, span_of(text, "cases")), None);
        let text = "It bought 220 Boeing aircraft.";
        assert_eq!(modified_head(text, span_of(text, "Boeing")), None);
    }

    #[test]
    fn the_object_of_a_possessed_noun_is_not_its_head() {
        let text = "CrowdStrike's liability to Delta was less than $10 million.";
        assert!(object_of_possessed_noun(text, span_of(text, "Delta")));
        let text = "The tariff on steel is 25%.";
        assert!(!object_of_possessed_noun(text, span_of(text, "steel")));
        let text = "Delta's losses were $500 million.";
        assert!(!object_of_possessed_noun(text, span_of(text, "Delta")));
    }

    #[test]
    fn a_lone_figure_in_parentheses_restates_the_object() {
        let text = "The Liberal Democrats have taken a record number of seats (71) for the party.";
        let subject = span_of(text, "Liberal Democrats");
        assert!(restated_object(text, subject, span_of(text, "71")));
        // Not alone in its parentheses, or after another verb than one of having.
        let text = "The Liberal Democrats have taken a record number of seats (71 in all).";
        assert!(!restated_object(text, subject, span_of(text, "71")));
        let text = "The Liberal Democrats criticised the number of seats (71).";
        assert!(!restated_object(
            text,
            span_of(text, "Liberal Democrats"),
            span_of(text, "71")
        ));
    }

    #[test]
    fn a_count_restricted_to_a_group_counts_a_subset() {
        let text = "Five cases were reported in people who said they had been vaccinated.";
        assert!(counts_a_group(text, span_of(text, "cases")));
        let text = "Twelve deaths among residents aged over 80 were recorded.";
        assert!(counts_a_group(text, span_of(text, "deaths")));
        let text = "The outbreak has 124 cases in nine counties.";
        assert!(!counts_a_group(text, span_of(text, "cases")));
    }
}
