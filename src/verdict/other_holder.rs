//! A value in a relative clause is said of the clause's antecedent: in "Others voted for
//! Reform UK, which won 4 seats despite securing 14% of the vote share" the 14% is Reform UK's.
//! So is a value in the first clause of a sentence that opens with a name. When that name is
//! not the holder the claim's statement opens with ("Labour won 33.7% of the vote"), a value
//! that disagrees is another holder's and says nothing against the claim.

use crate::claims::Claim;
use crate::clause::{SAYING_VERBS, is_one_of};
use crate::span::Span;

/// Whether the value at `value` is said of a name the claim does not name, while the claim's
/// statement names a holder of its own: the antecedent of a relative clause that holds the
/// value, or the name that opens the sentence when the value is in its first clause ("Reform
/// UK, led by Nigel Farage, secured 14% of the vote share").
pub(super) fn held_by_another_name(
    text: &str,
    sentence: Span,
    value: Span,
    subjects: &[Span],
    claim: &Claim,
) -> bool {
    let Some(holder) = claim
        .statement
        .as_deref()
        .and_then(|s| statement_holder(s, &claim.subject))
    else {
        return false;
    };
    let Some(name) = relative_antecedent(text, sentence, value)
        .or_else(|| leading_name(text, sentence).filter(|n| one_statement(text, *n, value)))
    else {
        return false;
    };
    if subjects.iter().any(|s| s.overlaps(name)) {
        return false;
    }
    !name
        .slice(text)
        .split(' ')
        .any(|w| holder.iter().any(|h| h.eq_ignore_ascii_case(w)))
}

/// "The gaming segment reported revenue of $2.6 billion", "key achievements in the data center
/// segment include revenue of $22.6 billion": a value in the statement of a named part of a
/// company is the part's. Unless the claim's subject or statement names such a part, a value
/// that disagrees is the part's and says nothing against the claim.
pub(super) fn held_by_a_part(text: &str, sentence: Span, value: Span, claim: &Claim) -> bool {
    let Some(before) = text.get(sentence.start..value.start) else {
        return false;
    };
    let named = |words: &str, part: &str| {
        words
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(part))
    };
    let mut at = before.len();
    for word in before.rsplit(|c: char| !c.is_alphanumeric()) {
        let start = at - word.len();
        at = start.saturating_sub(1);
        if !is_one_of(word, PART_NOUNS) {
            continue;
        }
        let part = Span::new(sentence.start + start, sentence.start + start + word.len());
        if !one_statement(text, part, value) {
            return false;
        }
        let own = claim.subject.iter().any(|s| named(s, word))
            || claim.statement.as_deref().is_some_and(|s| named(s, word));
        return !own;
    }
    false
}

/// Nouns of a part of a company, whose figures are the part's.
const PART_NOUNS: &[&str] = &[
    "segment",
    "segments",
    "division",
    "divisions",
    "unit",
    "units",
    "subsidiary",
    "arm",
];

/// Whether nothing between a sentence's opening name and a value starts another statement: no
/// semicolon, dash or parenthesis, and no word that opens a clause of its own ("but",
/// "while", "which", "and"). Commas may set a phrase aside ("Reform UK, led by Nigel Farage,
/// secured 14%").
fn one_statement(text: &str, name: Span, value: Span) -> bool {
    let between = text.get(name.end..value.start).unwrap_or_default();
    !between.contains([';', '(', ')', '—', ':'])
        && !between
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| is_one_of(w, STATEMENT_OPENERS))
}

/// Words that open another statement inside a sentence.
const STATEMENT_OPENERS: &[&str] = &[
    "and", "but", "while", "whereas", "although", "though", "however", "which", "who", "whose",
    "that", "when", "as", "after", "before", "because", "since", "compared", "than",
];

/// The name a statement opens with, its holder ("Labour won 33.7% of the vote", "Reform UK's
/// share"), unless the claim's subject holds it (then it is the subject, not a holder) or it is
/// an adverb's form ("Quarterly revenue").
fn statement_holder<'s>(statement: &'s str, subject: &[String]) -> Option<Vec<&'s str>> {
    let mut words = statement.split_whitespace().peekable();
    if words.peek().is_some_and(|w| *w == "The") {
        words.next();
    }
    let mut names: Vec<&str> = Vec::new();
    let mut possessive = false;
    for w in words.by_ref() {
        if !w.starts_with(|c: char| c.is_uppercase()) {
            // The name holds the value when a verb follows it: "Labour won", not "The
            // Airbus firm order includes".
            if !possessive && !verbish(w) {
                return None;
            }
            break;
        }
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let own = bare.trim_end_matches("'s").trim_end_matches("’s");
        possessive = own.len() != bare.len();
        names.push(own);
        if possessive {
            break;
        }
    }
    let in_subject = |n: &str| {
        subject.iter().any(|s| {
            s.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(n))
        })
    };
    (!names.is_empty()
        && !names
            .iter()
            .any(|n| n.ends_with("ly") || OPENERS.contains(n))
        && !names.iter().any(|n| in_subject(n)))
    .then_some(names)
}

/// The run of capitalised words that opens a sentence after an optional "The" ("Reform UK,
/// led by …"), unless it opens with a function word ("In the quarter") or is the source of a
/// report ("Officials said …").
fn leading_name(text: &str, sentence: Span) -> Option<Span> {
    let body = sentence.slice(text);
    let skipped = body.len() - body.trim_start().len();
    let mut at = skipped;
    if body[at..].starts_with("The ") {
        at += 4;
    }
    let mut end = at;
    let mut count = 0;
    for word in body[at..].split(' ') {
        let bare = word
            .trim_end_matches([',', ':', ';'])
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        let capitalised = bare.starts_with(|c: char| c.is_uppercase())
            && bare
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        if !capitalised || count == 4 || (count == 0 && OPENERS.contains(&bare)) {
            break;
        }
        end = at + bare.len();
        count += 1;
        if bare.len() != word.len() {
            break;
        }
        at += word.len() + 1;
    }
    if count == 0 {
        return None;
    }
    let after = body.get(end..)?;
    let marked = after.starts_with([',', '\'', '’']);
    let mut following = after.trim_start_matches([',', ' ']).split(' ');
    let next = following.next().unwrap_or_default();
    // "Maryland officials unveiled": a form in -s before a verb is a plural noun.
    let plural = next.ends_with('s') && following.next().is_some_and(verbish);
    // A name that reports ("Officials said") is a source; one before a noun ("Maryland
    // officials") only modifies it.
    if is_one_of(next, SAYING_VERBS)
        || is_one_of(next, FORECASTING)
        || !(marked || (verbish(next) && !plural))
    {
        return None;
    }
    let start = sentence.start + skipped + usize::from(body[skipped..].starts_with("The ")) * 4;
    Some(Span::new(start, sentence.start + end))
}

/// Whether a word reads as a verb after a name: "won", "secured", "holds".
fn verbish(word: &str) -> bool {
    let w = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    w.bytes().all(|b| b.is_ascii_lowercase())
        && (w.ends_with("ed")
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
            || is_one_of(
                w,
                &[
                    "won", "took", "got", "is", "was", "has", "have", "had", "will", "would",
                    "held", "put", "set", "cut", "made", "lost", "won", "took", "gave", "paid",
                    "spent", "sold", "bought", "kept", "forecast", "expects", "may", "could",
                ],
            ))
}

/// Verbs of a forecast after a name, which makes it the forecast's source as a verb of saying
/// does (`SAYING_VERBS`).
const FORECASTING: &[&str] = &[
    "estimated",
    "estimates",
    "estimate",
    "expected",
    "expects",
    "expect",
];

/// Capitalised function words that open a sentence or a statement without naming anyone.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "Their",
    "In",
    "On",
    "At",
    "By",
    "For",
    "Since",
    "After",
    "Before",
    "Only",
    "It",
    "As",
    "With",
    "From",
    "Of",
    "To",
    "But",
    "And",
    "While",
    "When",
    "If",
    "Despite",
    "Although",
    "According",
    "Meanwhile",
    "Still",
    "Also",
    "However",
];

/// The name a relative clause holding `value` follows: "Reform UK, which won … 14%" gives
/// "Reform UK". The clause runs from ", which" (or "who", "whose") to the value with no mark
/// between; the name is the run of capitalised words before the comma, at most four.
fn relative_antecedent(text: &str, sentence: Span, value: Span) -> Option<Span> {
    let before = text.get(sentence.start..value.start)?;
    let (comma, _) = [", which ", ", who ", ", whose "]
        .iter()
        .filter_map(|opener| before.rfind(opener).map(|at| (at, opener.len())))
        .max()?;
    if before[comma + 1..].contains([',', ';', ':', '(', ')', '—']) {
        return None;
    }
    let head = &before[..comma];
    let mut start = None;
    let mut end = head.len();
    for (count, word) in head.rsplit(' ').enumerate() {
        let capitalised = word.starts_with(|c: char| c.is_uppercase())
            && word
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        if !capitalised || count == 4 {
            break;
        }
        let word_start = end - word.len();
        start = Some(word_start);
        end = word_start.saturating_sub(1);
    }
    Some(Span::new(sentence.start + start?, sentence.start + comma))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn antecedent(text: &str, value: &str) -> Option<String> {
        let at = text.find(value).expect("the value is in the text");
        relative_antecedent(
            text,
            Span::new(0, text.len()),
            Span::new(at, at + value.len()),
        )
        .map(|s| s.slice(text).to_string())
    }

    #[test]
    fn a_relative_clause_is_said_of_its_named_antecedent() {
        assert_eq!(
            antecedent(
                "Others voted for Reform UK, which won 4 seats despite securing 14% of the vote.",
                "14%"
            )
            .as_deref(),
            Some("Reform UK")
        );
        // No relative clause, or a mark between: no antecedent.
        assert_eq!(antecedent("Labour won 34% of the vote.", "34%"), None);
        assert_eq!(
            antecedent("Reform UK, which won 4 seats, took 14% of the vote.", "14%"),
            None
        );
        // A lowercase antecedent is no name.
        assert_eq!(
            antecedent("The party, which won 14% of the vote, split.", "14%"),
            None
        );
    }

    #[test]
    fn a_value_in_a_parts_statement_is_the_parts() {
        let claim = |statement: &str, subject: &str| {
            crate::claims::Claims::parse(
                std::path::Path::new("claims.toml"),
                &format!(
                    "[[claim]]\nid = \"c\"\nstatement = {statement:?}\nsubject = [{subject:?}]\nvalue = \"$26 billion\"\n"
                ),
            )
            .expect("the claim loads")
            .claims
            .remove(0)
        };
        let text = "The gaming segment reported revenue of $2.6 billion.";
        let at = text.find("$2.6").expect("the value");
        let value = Span::new(at, text.len() - 1);
        let sentence = Span::new(0, text.len());
        let revenue = claim("Quarterly revenue was $26 billion.", "revenue");
        assert!(held_by_a_part(text, sentence, value, &revenue));
        let gaming = claim("Gaming segment revenue was $2.9 billion.", "revenue");
        assert!(!held_by_a_part(text, sentence, value, &gaming));
    }

    #[test]
    fn a_statement_opens_with_its_holder() {
        let subject = vec!["vote share".to_string()];
        assert_eq!(
            statement_holder("Labour won 33.7% of the vote.", &subject),
            Some(vec!["Labour"])
        );
        let subject = vec!["Reform UK".to_string()];
        assert_eq!(
            statement_holder("Reform UK won 14% of the vote.", &subject),
            None
        );
        assert_eq!(
            statement_holder("Quarterly revenue was $26 billion.", &subject),
            None
        );
        assert_eq!(statement_holder("The turnout was 59.7%.", &subject), None);
        // A name before a noun only modifies it.
        assert_eq!(
            statement_holder("The Airbus firm order includes 40 A350 jets.", &subject),
            None
        );
    }

    #[test]
    fn a_sentence_opens_with_a_name_unless_it_reports() {
        let text = "Reform UK, led by Nigel Farage, secured 14% of the vote share.";
        let span = leading_name(text, Span::new(0, text.len())).expect("a name");
        assert_eq!(span.slice(text), "Reform UK");
        let text = "Officials said 124 cases were confirmed.";
        assert_eq!(leading_name(text, Span::new(0, text.len())), None);
        let text = "Maryland officials unveiled plans costing $1.9 billion.";
        assert_eq!(leading_name(text, Span::new(0, text.len())), None);
        let text = "In the quarter, revenue rose.";
        assert_eq!(leading_name(text, Span::new(0, text.len())), None);
    }

    #[test]
    fn a_value_of_another_named_holder_is_not_the_claims() {
        let claims = crate::claims::Claims::parse(
            std::path::Path::new("claims.toml"),
            "[[claim]]\nid = \"c\"\nstatement = \"Labour won 33.7% of the vote.\"\nsubject = [\"vote share\"]\nvalue = \"33.7%\"\n",
        )
        .expect("the claim loads");
        let claim = &claims.claims[0];
        let text = "Reform UK, led by Nigel Farage, secured 14% of the vote share.";
        let sentence = Span::new(0, text.len());
        let at = text.find("14%").expect("the value");
        let subject = text.find("vote share").expect("the subject");
        assert!(held_by_another_name(
            text,
            sentence,
            Span::new(at, at + 3),
            &[Span::new(subject, subject + 10)],
            claim,
        ));
    }
}
