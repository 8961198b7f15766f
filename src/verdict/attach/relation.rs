//! The relations that tie a value to a subject occurrence, read over the clause structure:
//! adjacent, a predicate after the subject, and those of a value before the subject
//! (`before_subject.rs`: a holder after a *for* or *to*, a copula before the subject). `tie`
//! weighs them for one value and one occurrence.

use super::before_subject::{copula_before, holder, qualifying_parenthesis, shared_holder};
use super::change_chain::changed_level;
use super::elsewhere::{in_counted_list, listed_after, participle_before_noun, placed_relative};
use super::participle::{amount_of_phrase, object_of_subjects_participle};
use super::phrase_head::{restated_object, restricted_count, said_of_another_head};
use super::words::{LINKS, adjacent_words, linking_words, words};
use super::*;
use crate::clause::CHANGE_NOUNS;
use crate::clause::FUNCTION_WORDS;

pub(super) fn tie(sentence: &Sentence, q: &Quantity, subject: Span, part: bool) -> Tie {
    let Sentence {
        text, reading, all, ..
    } = *sentence;
    // "valued at $2.5 billion (about €2.3 billion)": the restated figure is tied as the first.
    if let Some(first) = reading
        .value_index(q.span)
        .and_then(|i| reading.restated(i))
        .and_then(|v| all.get(v))
    {
        return tie(sentence, first, subject, part);
    }
    // "revenue of $26 billion, up 18% from the previous quarter and up 262% from a year ago":
    // a change set after a level is the level's change, tied wherever the level is.
    if let Some(level) = reading
        .value_index(q.span)
        .and_then(|i| changed_level(text, reading, all, i))
        .and_then(|l| all.get(l))
    {
        return tie(sentence, level, subject, part);
    }
    // Another value between the two takes the tie ("15 of the 31 drones"). `all` is sorted.
    let between_has_value = |gap: Span| {
        let first = all.partition_point(|o| o.span.start < gap.start);
        all.get(first)
            .is_some_and(|o| o.span.end <= gap.end && !o.span.is_empty())
    };
    let (span, before) = if q.span.end <= subject.start {
        (Span::new(q.span.end, subject.start), true)
    } else if subject.end <= q.span.start {
        (Span::new(subject.end, q.span.start), false)
    } else {
        return Tie::Apart;
    };
    if span.len() > NEAR {
        return Tie::Apart;
    }
    // "revenue for the period ending April 28, 2024, totaling $26.0 billion": a participle of
    // amount gives its object to the phrase it follows, its modifiers whatever they are.
    if !before && amount_of_phrase(sentence, q, subject) {
        return Tie::Aside(span.len());
    }
    // "In the current quarter, Nvidia expects revenue of $28 billion": an opening frame's
    // phrase is what the main clause's first value is said of.
    if !before
        && reading
            .value_index(q.span)
            .is_some_and(|i| reading.framed_by(text, subject, i))
    {
        return Tie::Linked(1);
    }
    if !before && since_of_first(text, q, subject) {
        return Tie::Linked(1);
    }
    if (before && placed_relative(text, q, subject))
        || participle_before_noun(text, q, subject)
        || said_of_another_head(text, subject, before)
        || restricted_count(text, q.span, subject)
    {
        return Tie::Apart;
    }
    let (left, right) = if before {
        (q.span, subject)
    } else {
        (subject, q.span)
    };
    // "A350-1000", "F-16": a number glued to the subject is part of a code.
    if !before
        && span
            .slice(text)
            .chars()
            .next()
            .is_none_or(|c| c.is_alphanumeric() || "-/".contains(c))
    {
        return Tie::Apart;
    }
    let Some(gap) = reading.gap(left, right) else {
        // "Labour officially won a majority, securing 326 seats": a participle clause after the
        // main clause is said of its subject.
        if !before && object_of_subjects_participle(sentence, q, subject) {
            return Tie::Aside(span.len());
        }
        // "have taken a record number of seats (71)": a lone figure in parentheses restates
        // the count of the object before it.
        if !before && restated_object(text, subject, q.span) {
            return Tie::Linked(words(span.slice(text)).count());
        }
        return Tie::Apart;
    };
    if !before && (in_counted_list(text, all, subject) || listed_after(text, all, q, subject)) {
        return Tie::Apart;
    }
    if before {
        if gap.embedded {
            return qualifying_parenthesis(text, &gap).map_or(Tie::Apart, Tie::Linked);
        }
        let held = || holder(text, &gap, part, q.kind).filter(|_| !shared_holder(text, subject));
        if between_has_value(span) {
            return held().map_or(Tie::Sentence(span.len()), Tie::Linked);
        }
        return adjacent_words(span.slice(text), q.kind)
            .map(Tie::Adjacent)
            .or_else(|| held().map(Tie::Linked))
            .or_else(|| copula_before(text, &gap).map(Tie::Linked))
            .unwrap_or(Tie::Sentence(span.len()));
    }
    if gap.embedded {
        // "the bus deal, valued at $2.5 billion", "the stadium, which cost £800 million".
        return predicate(text, reading, &gap, q, false)
            .or_else(|| linking_words(span.slice(text)))
            .map_or(Tie::Apart, Tie::Aside);
    }
    if gap.own().any(|t| is_live_value(reading, t)) {
        return Tie::Sentence(span.len());
    }
    if dates_the_subject(span.slice(text), q) || sized_by_of(text, span, q, subject) {
        return Tie::Linked(1);
    }
    let rest = &text[subject.end..];
    // "the deal's value", "the Conservatives' total".
    let possessive = rest.starts_with(['\'', '’']);
    predicate(text, reading, &gap, q, possessive).map_or_else(
        || Tie::Sentence(span.len() - aside_outside_predicate(text, &gap)),
        Tie::Linked,
    )
}

/// How much of a subject-then-value gap an aside set inside the clause takes ("the division of
/// the company, which includes its GPU business, brought in…"): no distance between the subject
/// and its predicate, when nothing else opens a clause between them ("…, was praised by
/// analysts who valued…"); 0 then.
fn aside_outside_predicate(text: &str, gap: &Gap) -> usize {
    let joined = gap
        .own()
        .any(|t| t.kind == Kind::Word && is_one_of(t.span.slice(text), CLAUSE_JOINERS));
    if joined { 0 } else { gap.aside_len() }
}

/// Words that join another clause to the subject's, past which a value is no longer the
/// subject's predicate's.
const CLAUSE_JOINERS: &[&str] = &[
    "and", "but", "or", "who", "which", "that", "while", "whereas", "when",
];

/// "the collapse on March 26 killed six", "the outbreak in late January", "its opening in
/// 2030": a time placed by "in" or "on" right after the subject (a word of its place in the
/// period may stand between: early, late, mid) dates the subject's event. The word after the
/// time is the clause's verb or a noun the time modifies, never a noun it counts.
fn dates_the_subject(between: &str, q: &Quantity) -> bool {
    if !matches!(q.kind, QuantityKind::Year | QuantityKind::Date) {
        return false;
    }
    let mut words = words(between);
    words.next().is_some_and(|w| is_one_of(w, &["in", "on"]))
        && words.all(|w| is_one_of(w, &["early", "late", "mid", "mid-"]))
}

/// "the first U.S. death from the highly contagious but preventable respiratory disease since
/// 2015", "the lowest turnout in any election since 1885": the time after "since" that ends a
/// phrase opened by "first" or a superlative and headed by the subject is when the subject
/// last was so. Only modifiers stand between (no verb but a participle in -ing, no comma).
fn since_of_first(text: &str, q: &Quantity, subject: Span) -> bool {
    if !matches!(q.kind, QuantityKind::Year | QuantityKind::Date) {
        return false;
    }
    let between = crate::span::window(text, subject.end, q.span.start);
    let mut after: Vec<&str> = words(between).collect();
    // "since 2015" is one value when the extractor reads the qualifier with the year.
    let since = |w: &str| w.eq_ignore_ascii_case("since");
    let own_since = q.span.slice(text).split(' ').next().is_some_and(since);
    if between.len() > NEAR
        || between.contains([',', ';', '(', ')'])
        || !(own_since || after.pop().is_some_and(since))
        || after.iter().any(|w| {
            is_verb(w)
                && !["ing", "us", "is"].iter().any(|e| w.ends_with(e))
                && !is_one_of(w, FUNCTION_WORDS)
        })
    {
        return false;
    }
    let before = crate::span::window(text, subject.start.saturating_sub(48), subject.start);
    let before: Vec<&str> = words(before).collect();
    before.iter().rev().take(4).any(|w| {
        let w = w.to_ascii_lowercase();
        w == "first"
            || w == "last"
            || (w.len() > 5 && w.ends_with("est") && !is_one_of(&w, &["interest", "protest"]))
    })
}

/// "a majority of around 180 seats", "a death toll of 2,946 people", "a fleet of 52 frigates":
/// a count right after the subject and "of" is the subject's size, whatever noun it counts.
/// Not when the subject names a proportion: "the majority of 40 voters", "the bulk of 80
/// cases" count the whole it is taken from.
fn sized_by_of(text: &str, between: Span, q: &Quantity, subject: Span) -> bool {
    if q.kind != QuantityKind::Count || !words(between.slice(text)).eq(["of"]) {
        return false;
    }
    let proportion = words(subject.slice(text))
        .last()
        .is_some_and(|head| is_one_of(head, SHARE_NOUNS) || is_one_of(head, PROPORTIONS));
    // "a majority of 174" is a size, "the majority of 40 voters" a part: the nearest article
    // before the subject (an adjective or two may stand between) tells.
    let before: Vec<&str> = words(crate::span::window(
        text,
        subject.start.saturating_sub(32),
        subject.start,
    ))
    .collect();
    let indefinite = before
        .iter()
        .rev()
        .take(3)
        .find(|w| is_one_of(w, &["a", "an", "the", "its", "their", "this", "that"]))
        .is_some_and(|w| is_one_of(w, &["a", "an"]));
    !proportion || indefinite
}

/// Nouns of a proportion of a whole, besides the share nouns: "of" after them names the whole.
const PROPORTIONS: &[&str] = &[
    "majority",
    "minority",
    "bulk",
    "most",
    "half",
    "third",
    "quarter",
    "fraction",
    "percentage",
    "proportion",
];

/// A value token that states a level: not an old figure or a change ("narrowed by $400
/// million to $4.2 billion", "cut to 1,050 from 1,200").
fn is_live_value(reading: &Reading, t: &Token) -> bool {
    match t.kind {
        Kind::Value(v) => {
            let r = reading.value(v);
            !t.span.is_empty() && !r.old && !r.change && !r.margin
        }
        _ => false,
    }
}

/// The words of a subject-then-value gap when they make a predicate of the subject: a verb
/// group, prepositions and a value noun ("will get", "rises to", "is now", "stands at", "at an
/// estimated cost of", "'s share of the order is"), or linking words ("numbering", "worth",
/// "valued at"). When the value counts a noun of its own ("20 electric buses"), only a verb of
/// having or being gives it to the subject: "the depot will get 20 electric buses", but not
/// "the buses will carry 60 passengers".
fn predicate(
    text: &str,
    reading: &Reading,
    gap: &Gap,
    q: &Quantity,
    possessive: bool,
) -> Option<usize> {
    let index = reading.value_index(q.span)?;
    let mut words = 0;
    let mut having = false;
    let mut verb = false;
    let mut after_value_noun = possessive;
    let mut phrase = 0;
    let mut last = "";
    let mut tokens = gap.own().peekable();
    let mut first = true;
    // The rest of the subject's name: "Labour Party won", "Reform UK, which won".
    let mut name = true;
    // "the outbreak in Gaines County, with 24 cases": "with" after a comma gives the phrase
    // before it what follows.
    let mut after_comma = false;
    // "cases reported in an outbreak in West Texas is now at 124": a participle right after the
    // subject, when a verb of being follows later, describes the subject (a reduced relative);
    // its words are passed over up to that verb.
    let be_later = gap
        .own()
        .any(|t| t.kind == Kind::Word && is_one_of(t.span.slice(text), BE));
    let mut reduced = false;
    while let Some(t) = tokens.next() {
        let at_start = std::mem::take(&mut first);
        let w = match t.kind {
            Kind::Word
                if name && words < 3 && t.span.slice(text).starts_with(char::is_uppercase) =>
            {
                first = at_start;
                words += 1;
                continue;
            }
            Kind::Word => {
                name = false;
                t.span.slice(text)
            }
            // An old figure or a change between: "narrowed by $400 million to $4.2 billion".
            Kind::Value(_) if !is_live_value(reading, t) => continue,
            // "the deal, worth $3 billion", "drones: 31", "steel (25%)", and a list's "wind,
            // 24%;".
            Kind::Mark(',' | ':' | '(') if at_start => {
                if tokens.peek().is_none() && !ends_its_clause(reading, text, index) {
                    return None;
                }
                after_comma = true;
                continue;
            }
            _ => return None,
        };
        if reduced {
            if !is_one_of(w, BE) {
                continue;
            }
            reduced = false;
        } else if words == 0 && be_later && looks_like_verb(w) && w.ends_with("ed") {
            reduced = true;
            continue;
        }
        words += 1;
        if words > 8 {
            return None;
        }
        if phrase > 0 {
            // The words of a phrase that names the whole or places the subject: "the depot's
            // share of the order is", "hospital beds in the region reached".
            if is_verb(w) {
                phrase = 0;
            } else {
                phrase -= 1;
                continue;
            }
        }
        let after_determiner = is_one_of(last, DETERMINERS) || (possessive && last.is_empty());
        // "won a record 71 seats", "took a mere 12%": one word between an article and the
        // figure it stands before modifies the figure, after a verb.
        if verb
            && is_one_of(last, &["a", "an"])
            && tokens.peek().is_none()
            && !is_one_of(w, FUNCTION_WORDS)
        {
            last = w;
            continue;
        }
        last = w;
        // "a revenue increase of over 260%": a noun of change right after the subject names
        // the subject's change, whose value follows "of".
        if words == 1 && is_one_of(w, CHANGE_NOUNS) {
            after_value_noun = true;
            continue;
        }
        // "the depot's share is", "at a cost of" (a noun after its determiner; "will share
        // 1,200 tractors" is a verb).
        if is_one_of(w, VALUE_NOUNS) && !verb && after_determiner {
            after_value_noun = true;
            having |= is_one_of(w, SHARE_NOUNS);
            continue;
        }
        if !verb && (is_one_of(w, PLACE_PREPOSITIONS) || (after_value_noun && w == "of")) {
            phrase = 3;
            continue;
        }
        // "5,000 homes, with the remaining 3,500 to be sold": a part after "with" is not
        // given to the phrase before it.
        let with = words == 1 && after_comma && w == "with" && reading.value(index).part.is_none();
        if is_one_of(w, HAVING_VERBS) || with {
            having = true;
            verb = true;
            continue;
        }
        // Auxiliaries and adverbs ("will", "now") before links ("now" is one of both).
        if is_one_of(w, VERB_GROUP_WORDS)
            || is_one_of(w, VALUE_PREPOSITIONS)
            || is_one_of(w, DETERMINERS)
        {
            continue;
        }
        if is_one_of(w, LINKS) {
            having = true;
            verb = true;
            continue;
        }
        // "the strike, which unions called on March 1": a plural noun before a past, the
        // subject of a clause of its own, whose values are its action's.
        if !verb
            && looks_like_verb(w)
            && w.ends_with('s')
            && tokens.peek().is_some_and(|t| {
                let next = t.span.slice(text);
                t.kind == Kind::Word
                    && (next.ends_with("ed") || is_one_of(next, super::phrase_head::IRREGULAR_PAST))
                    && is_verb(next)
            })
        {
            return None;
        }
        if is_verb(w) {
            verb = true;
            continue;
        }
        // "is now in its 12th edition", "was held for the 75th time": a place or a time of
        // the value's own after the verb.
        if is_one_of(w, &["in", "for", "on"])
            && reading
                .own_noun(text, index)
                .is_some_and(|n| is_one_of(n.slice(text), OCCURRENCE_NOUNS))
            && tokens.peek().is_some_and(|t| {
                matches!(t.kind, Kind::Value(_)) || is_one_of(t.span.slice(text), DETERMINERS)
            })
        {
            continue;
        }
        // "signed in 2019", "imposed on July 20, 2023": a time is placed, not counted.
        if matches!(q.kind, QuantityKind::Year | QuantityKind::Date)
            && is_one_of(
                w,
                &[
                    "in", "on", "since", "from", "until", "by", "early", "late", "mid",
                ],
            )
        {
            continue;
        }
        // "narrowed by $400 million to": the change before the level.
        if w.eq_ignore_ascii_case("by") && tokens.peek().is_some_and(|t| !is_live_value(reading, t))
        {
            continue;
        }
        return None;
    }
    if words == 0 {
        // "Labour 212, Conservatives 148": the value right after the subject.
        return (gap.tokens.is_empty() || ends_its_clause(reading, text, index)).then_some(0);
    }
    // "grew to 52 buses": the level the subject reaches, whatever it counts.
    having |= last.eq_ignore_ascii_case("to") || last.eq_ignore_ascii_case("at");
    // "the steel tariff of 25% remains", "revenue of $28 billion": a rate or an amount of the
    // subject.
    having |= last.eq_ignore_ascii_case("of")
        && !verb
        && matches!(q.kind, QuantityKind::Percent | QuantityKind::Money);
    let counts_other = reading.own_noun(text, index).is_some_and(|noun| {
        // "for the third time", "in its 12th edition": an ordinal numbers the subject's
        // occurrence; "will start in 15 days": a span of time measures the predicate.
        let noun = noun.slice(text);
        let occurrence = q.kind == QuantityKind::Ordinal && is_one_of(noun, OCCURRENCE_NOUNS);
        !occurrence && !is_one_of(noun, TIME_NOUNS) && !is_one_of(noun, PERIOD_COMPARISONS)
    });
    (having || !counts_other).then_some(words)
}

/// Forms of "be" that end a reduced relative: "cases reported in Texas is now 124".
const BE: &[&str] = &["is", "are", "was", "were"];

/// Units of time: a count of them measures when or how long, and counts nothing else.
const TIME_NOUNS: &[&str] = &[
    "days", "weeks", "months", "years", "hours", "minutes", "decades", "day", "week", "month",
    "year", "hour",
];

/// Words after a change that name the period it is measured over ("jumped 427%
/// year-over-year"): not a noun the value counts.
const PERIOD_COMPARISONS: &[&str] = &[
    "year-over-year",
    "year-on-year",
    "quarter-over-quarter",
    "quarter-on-quarter",
];

/// Prepositions of a phrase that places the subject before its verb: "beds in the region".
const PLACE_PREPOSITIONS: &[&str] = &["in", "on", "across", "for", "at", "of", "from", "under"];

/// Whether a word reads as a verb: a verb of having or being, a level verb ("cut", "hit"), an
/// irregular past ("struck", "began"), or a lowercase form in -s, -ed or -ing.
pub(super) fn is_verb(w: &str) -> bool {
    is_one_of(w, HAVING_VERBS)
        || is_one_of(w, LEVEL_VERBS)
        || is_one_of(w, LINKS)
        || is_one_of(w, super::phrase_head::IRREGULAR_PAST)
        || looks_like_verb(w)
}

/// Whether the value at `index` ends its clause or is followed by a mark: "wind, 24%;".
fn ends_its_clause(reading: &Reading, text: &str, index: usize) -> bool {
    reading.own_noun(text, index).is_none() && reading.followed_by_mark(index)
}

/// A lowercase word that reads as a verb form: "rises", "reached", "raising".
pub(super) fn looks_like_verb(word: &str) -> bool {
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && (word.ends_with("ed") || word.ends_with("ing") || word.ends_with('s'))
        && !word.ends_with("ss")
}
