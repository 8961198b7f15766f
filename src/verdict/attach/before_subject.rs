//! The ties of a value that stands before its subject occurrence: given to it after *for* or
//! *to* ("20 for the northern depot"), unless the subject is one of several coordinated
//! holders; a copula before the subject ("1,200 will be affordable homes"); a parenthesis
//! opened right after the value that names the subject ("$70 billion (based on list
//! prices)"). `relation::tie` asks them when no adjacent reading holds.

use super::relation::looks_like_verb;
use super::words::{BREAKERS, words};
use super::*;

/// "including 20 for the northern depot", "22 go to the northern depot", "20 buses earmarked
/// for the depot": the value, at most a few words of its own noun phrase and a verb, then *for*
/// or *to* and the subject's noun phrase.
pub(super) fn holder(text: &str, gap: &Gap, part: bool, kind: QuantityKind) -> Option<usize> {
    // "The bulk of the cases, 80, remain in Gaines County": a figure set between commas stands
    // for the noun phrase before it, and the comma after it does not part it from its verb.
    let apposition = gap.tokens.first().is_some_and(|t| {
        t.kind == Kind::Mark(',')
            && text
                .get(..t.span.start)
                .and_then(|b| b.trim_end_matches(|c: char| c != ' ').strip_suffix(' '))
                .is_some_and(|b| b.ends_with(','))
    });
    let words: Vec<&str> = gap
        .own()
        .skip(usize::from(apposition))
        .map(|t| match t.kind {
            Kind::Word => Some(t.span.slice(text)),
            _ => None,
        })
        .collect::<Option<_>>()?;
    // A part may also be placed ("20 of them in the first phase"), and so may a count in a
    // named place ("1,604 fatalities in Al Haouz"); a rate is laid on the subject ("25 percent
    // on imported steel"), a count of things come from it ("470 aircraft from Airbus").
    let place = text[gap.tokens.last().map_or(0, |t| t.span.end)..]
        .trim_start()
        .starts_with(char::is_uppercase);
    let link = words
        .iter()
        .rposition(|w| {
            is_one_of(w, &["for", "to"])
                || ((part || place) && w.eq_ignore_ascii_case("in"))
                || (kind == QuantityKind::Percent && w.eq_ignore_ascii_case("on"))
        })
        .or_else(|| {
            let from = words.iter().rposition(|w| w.eq_ignore_ascii_case("from"))?;
            (kind == QuantityKind::Count && from > 0).then_some(from)
        })?;
    let (own, after) = (&words[..link], &words[link + 1..]);
    // "150,000 of which are earmarked for": the part's own frame may stand before the link.
    let plain = |w: &&str| {
        !is_one_of(w, BREAKERS) || is_one_of(w, VERB_GROUP_WORDS) || is_one_of(w, &["of", "them"])
    };
    // A relative clause between is another statement ("a $3 billion budget that includes
    // funds for buses"), unless it is the part's own "of which".
    let relative = own.iter().enumerate().any(|(i, w)| {
        is_one_of(w, &["which", "that", "who"]) && !(i > 0 && own[i - 1].eq_ignore_ascii_case("of"))
    });
    // The value's own words hold no phrase of their own: in "412, leading to a historic defeat
    // for the Conservative Party" the 412 is not given to the party.
    let phrase = own
        .iter()
        .any(|w| is_one_of(w, &["to", "for", "a", "an", "the", "its", "their"]));
    (!relative
        && !phrase
        && own.len() <= 6
        && after.len() <= 3
        && own.iter().all(plain)
        && after.iter().all(plain))
    .then_some(words.len())
}

/// Whether the subject is one of several holders: "45 buses for the northern depot and the
/// southern depot", "for the navy, the army and the air force". The value is then shared.
/// A coordinated holder that gets a value of its own is not sharing: "22 go to the northern
/// depot and the rest to the airport line", "15 for the navy and eight each for the army".
pub(super) fn shared_holder(text: &str, subject: Span) -> bool {
    let rest = text[subject.end..].trim_start();
    let phrase = rest
        .split(['.', ';', ':', '(', ')'])
        .next()
        .unwrap_or_default();
    let next = phrase
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let coordinated = is_one_of(next, &["and", "or"]) || phrase.starts_with(", the ");
    let own_value = phrase.contains(|c: char| c.is_ascii_digit())
        || words(phrase).any(|w| {
            is_one_of(
                w,
                &[
                    "to",
                    "for",
                    "rest",
                    "remainder",
                    "remaining",
                    "each",
                    "balance",
                ],
            )
        });
    coordinated && !own_value
}

/// "would cost $70 billion (based on list prices)", "$34 billion (at list price)": a
/// parenthesis opened right after the value, a few words that end with the subject, qualifies
/// the value with it.
pub(super) fn qualifying_parenthesis(text: &str, gap: &Gap) -> Option<usize> {
    let (first, rest) = gap.tokens.split_first()?;
    if first.kind != Kind::Mark('(') || rest.len() > 4 {
        return None;
    }
    rest.iter()
        .all(|t| {
            t.kind == Kind::Word
                && !is_one_of(
                    t.span.slice(text),
                    &[
                        "which", "who", "that", "and", "or", "but", "is", "are", "was", "were",
                    ],
                )
        })
        .then_some(rest.len())
}

/// "1,200 will be affordable homes": the value, a copula and the subject's noun phrase.
/// "2,946 people were confirmed dead", "nine patients have been hospitalized": the value's own
/// noun may stand first, and the subject is what the copula or the auxiliary says of them.
pub(super) fn copula_before(text: &str, gap: &Gap) -> Option<usize> {
    const COPULAS: &[&str] = &[
        "is", "are", "was", "were", "be", "become", "became", "have", "has", "had", "been",
    ];
    let mut copula = false;
    let mut words = 0;
    let mut tokens = gap.own().peekable();
    while let Some(t) = tokens.next() {
        let Kind::Word = t.kind else {
            return None;
        };
        let w = t.span.slice(text);
        words += 1;
        // The value's own noun: "2,946 people were", and a plural that a copula follows is
        // one too ("nine patients have been hospitalized"), not a verb.
        let copula_next = tokens
            .peek()
            .is_some_and(|n| is_one_of(n.span.slice(text), COPULAS));
        if words == 1
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !is_one_of(w, BREAKERS)
            && !is_one_of(w, VERB_GROUP_WORDS)
            && (!looks_like_verb(w) || (copula_next && w.ends_with('s')))
        {
            continue;
        }
        if is_one_of(w, COPULAS) {
            copula = true;
        } else if copula && words <= 5 && !is_one_of(w, BREAKERS) {
            continue;
        } else if !is_one_of(w, &["will", "would", "could", "may", "also", "now", "to"]) {
            return None;
        }
    }
    copula.then_some(words)
}
