//! Which of a sentence's values quantifies the subject.
//!
//! "This included an agreement for the purchase of 30 Predator Armed Drones from the US for
//! India’s three armed services" holds two counts; only 30 is about the drones. A value is tied
//! to a subject occurrence by what stands between them, read over the sentence's clauses
//! (`clause::Reading`: the two must share a clause, or the value stand in a clause set inside
//! the subject's, right after it, as in "the deal, valued at $2.5 billion"):
//! - *adjacent*: the value comes first and at most a few words stand between, none of them a
//!   preposition or verb that starts another phrase ("31 armed drones", "fifth India-US 2+2
//!   talks", "over $3 billion worth of drones", "fourth round of the 2+2 dialogue");
//! - *linked*: the subject comes first, then a verb group or linking words ("drones numbering
//!   31", "the deal, worth $3 billion", "the tariff rises to 12%", "the northern depot will get
//!   20 electric buses", "the depot's share is 20"), or the value comes first and is given *for*
//!   or *to* the subject ("including 20 for the northern depot", "22 go to the depot");
//! - otherwise the two merely share the clause.
//!
//! Counts and ordinals must be adjacent or linked, since a sentence is full of unrelated counts
//! ("first half of November"). Money, percentages, years and dates, rarer in a sentence, may
//! also be the only value of their kind in the clause. What the reading says of a value decides
//! whether it can be evidence at all: an old figure ("from 8%"), a change ("by 5%") and a later
//! instance are not; a part of a whole ("of which 20", "eight each") is never the total, though
//! it is linked to the part's own holder.

use crate::clause::{
    DEAL_NOUNS, DETERMINERS, Gap, HAVING_VERBS, Kind, LEVEL_VERBS, OCCURRENCE_NOUNS, Part, Reading,
    SHARE_NOUNS, Token, VALUE_NOUNS, VALUE_PREPOSITIONS, VERB_GROUP_WORDS, ValueReading,
};
use crate::quantity::{Quantity, QuantityKind};
use crate::span::Span;

/// How firmly a value is tied to a subject occurrence; smaller is firmer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tie {
    Adjacent(usize),
    Linked(usize),
    /// Linked through a clause set inside the subject's ("the tariff, which stood at 12% until
    /// March, was cut to 9%"): firm, but the main clause's own predicate comes first.
    Aside(usize),
    /// Near and in the same clause: enough for a value that is alone of its kind.
    Sentence(usize),
    /// Far apart, or in unrelated clauses ("…trucks are old, though military equipment…"):
    /// never evidence.
    Apart,
}

/// Values and subjects further apart than this many bytes are never adjacent or linked; it
/// also bounds the work per value, so a pathological sentence (megabytes without a full stop)
/// stays linear.
const NEAR: usize = 160;

/// A value alone of its kind in the sentence counts only this close to the subject.
const LONE_NEAR: usize = 100;

/// How many subject occurrences on each side of a value are weighed: the nearest ones.
const NEAREST: usize = 3;

/// One value of the claim's kind: its index among the sentence's values, and what the sentence
/// says of it.
pub struct Candidate<'q> {
    pub quantity: &'q Quantity,
    pub index: usize,
    pub reading: ValueReading,
    /// Set when the value is compared as something other than written: a denied one-sided
    /// value states the other side ("not above $1.2 billion").
    pub agrees: Option<bool>,
}

/// The value among `candidates` (all of the claim's kind, inside the sentence, and usable as
/// evidence for the claim) that quantifies one of the `subjects` occurrences (sorted by start);
/// `None` when no value is tied firmly enough. `all` is every quantity of the sentence, sorted
/// by start; `denied` are values of the claim's kind denied while disagreeing ("is not buying
/// 40 buses"), which a later value in another clause may correct ("; the order is for 45").
pub fn choose<'c, 'q>(
    text: &str,
    reading: &Reading,
    subjects: &[Span],
    candidates: &'c [Candidate<'q>],
    denied: &[&Quantity],
    all: &[Quantity],
) -> Option<(&'c Candidate<'q>, Span)> {
    let mut usable = 0;
    let mut ties: Vec<(Tie, &Candidate, Span)> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let q = c.quantity;
        let near = nearest(subjects, q.span);
        // "fifth-largest economy" is about "largest"; "a 25-percent tariff" is a rate all the
        // same.
        let compound = q.compound && q.kind != QuantityKind::Percent;
        if compound || near.iter().any(|s| s.overlaps(q.span)) {
            continue;
        }
        usable += usize::from(
            subjects
                .first()
                .is_none_or(|s| role(c, subjects, *s) == Role::Free),
        );
        let mut best: Option<(Tie, &Candidate, Span)> = None;
        for subject in near {
            let role = role(c, subjects, *subject);
            if role == Role::Barred {
                continue;
            }
            let tie = tie(text, reading, q, *subject, all, role == Role::Part);
            // A part is linked to its holder ("20 for the northern depot"), never the total.
            if role == Role::Part && !matches!(tie, Tie::Linked(_) | Tie::Aside(_)) {
                continue;
            }
            if best.is_none_or(|(b, _, _)| tie < b) {
                best = Some((tie, c, *subject));
            }
        }
        ties.extend(best);
    }
    // "34 A350-1000 and six A350-900": two different values each next to the subject are a
    // breakdown of it, and neither is its total.
    let adjacent = |t: &&(Tie, &Candidate, Span)| matches!(t.0, Tie::Adjacent(_));
    // ("45 buses were delivered, bringing the fleet to 320 buses" is two statements).
    let breakdown = ties.iter().filter(adjacent).any(|a| {
        ties.iter().filter(adjacent).any(|b| {
            a.1.quantity.value != b.1.quantity.value
                && reading.same_clause(a.1.quantity.span, b.1.quantity.span)
        })
    });
    let best = ties
        .into_iter()
        .filter(|t| !(breakdown && matches!(t.0, Tie::Adjacent(_))))
        .min_by_key(|t| t.0);
    if let Some((tie, c, subject)) = best {
        let firm = matches!(tie, Tie::Adjacent(_) | Tie::Linked(_) | Tie::Aside(_));
        // A lone figure of a rarer kind counts unless it quantifies a noun of its own that is
        // not a deal: "a $2.1 billion contract for 45 buses", not "next to a £45 million
        // station".
        let lone = usable == 1
            && !matches!(c.quantity.kind, QuantityKind::Count | QuantityKind::Ordinal)
            && matches!(tie, Tie::Sentence(d) if d <= LONE_NEAR)
            && reading.own_noun(text, c.index).is_none_or(|noun| {
                is_one_of(noun.slice(text), DEAL_NOUNS) || subjects.contains(&noun)
            });
        if firm || lone {
            return Some((c, subject));
        }
    }
    correction(text, reading, subjects, candidates, denied, all)
}

/// "The city is not buying 40 buses; the order is for 45": a value denied about the subject,
/// then in a later clause one value of the same kind that counts nothing else, corrects it.
fn correction<'c, 'q>(
    text: &str,
    reading: &Reading,
    subjects: &[Span],
    candidates: &'c [Candidate<'q>],
    denied: &[&Quantity],
    all: &[Quantity],
) -> Option<(&'c Candidate<'q>, Span)> {
    let (q, subject) = denied.iter().find_map(|q| {
        nearest(subjects, q.span)
            .iter()
            .find(|s| {
                matches!(
                    tie(text, reading, q, **s, all, false),
                    Tie::Adjacent(_) | Tie::Linked(_) | Tie::Aside(_)
                )
            })
            .map(|s| (*q, *s))
    })?;
    // The correction stands in another clause, or past a mark that ends the denial's scope:
    // "we are not buying 40 jets, we are buying 36".
    let mut later = candidates.iter().filter(|c| {
        c.quantity.span.start > q.span.end
            && c.reading.part.is_none()
            && (reading.gap(q.span, c.quantity.span).is_none()
                || text[q.span.end..c.quantity.span.start].contains([',', ';', ':', '—']))
    });
    let c = later.next()?;
    (later.next().is_none() && reading.own_noun(text, c.index).is_none()).then_some((c, subject))
}

/// The subject occurrences nearest a value, on either side.
fn nearest(subjects: &[Span], value: Span) -> &[Span] {
    // Subjects [..split] start before the value ends; the nearest lie around `split`.
    let split = subjects.partition_point(|s| s.start < value.end);
    &subjects[split.saturating_sub(NEAREST)..(split + NEAREST).min(subjects.len())]
}

/// What a candidate is to one subject occurrence when a part-of-a-whole frame holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Not a part: any tie.
    Free,
    /// A part of a whole the sentence names ("of which 20", "eight each", "20 of the 45"): tied
    /// only to its holder, by a predicate or a *for*.
    Part,
    /// A holder's share, and this subject is the whole named after it ("the navy's share of
    /// the drones is 15" for the drones): never tied.
    Barred,
}

/// A percentage is a share by nature, never held to be a part.
fn role(c: &Candidate, subjects: &[Span], subject: Span) -> Role {
    if c.quantity.kind == QuantityKind::Percent {
        return Role::Free;
    }
    match c.reading.part {
        None => Role::Free,
        Some(Part::Always) => Role::Part,
        Some(Part::AfterWhole(at)) if subjects.first().is_some_and(|s| s.end <= at) => Role::Part,
        Some(Part::AfterWhole(_)) => Role::Free,
        Some(Part::ShareAfter(at)) if subject.start >= at => Role::Barred,
        Some(Part::ShareAfter(_)) => Role::Free,
    }
}

fn tie(
    text: &str,
    reading: &Reading,
    q: &Quantity,
    subject: Span,
    all: &[Quantity],
    part: bool,
) -> Tie {
    // "valued at $2.5 billion (about €2.3 billion)": the restated figure is tied as the first.
    if let Some(first) = reading
        .value_index(q.span)
        .and_then(|i| reading.restated(i))
        .and_then(|v| all.get(v))
    {
        return tie(text, reading, first, subject, all, part);
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
        return Tie::Apart;
    };
    if before {
        if gap.embedded {
            return Tie::Apart;
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
    let rest = &text[subject.end..];
    // "the deal's value", "the Conservatives' total".
    let possessive = rest.starts_with(['\'', '’']);
    predicate(text, reading, &gap, q, possessive).map_or(Tie::Sentence(span.len()), Tie::Linked)
}

/// A value token that states a level: not an old figure or a change ("narrowed by $400
/// million to $4.2 billion", "cut to 1,050 from 1,200").
fn is_live_value(reading: &Reading, t: &Token) -> bool {
    match t.kind {
        Kind::Value(v) => {
            let r = reading.value(v);
            !t.span.is_empty() && !r.old && !r.change
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
                continue;
            }
            _ => return None,
        };
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
        last = w;
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
        if is_one_of(w, HAVING_VERBS) {
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
            && is_one_of(w, &["in", "on", "since", "from", "until", "by"])
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
        !occurrence && !is_one_of(noun, TIME_NOUNS)
    });
    (having || !counts_other).then_some(words)
}

/// Units of time: a count of them measures when or how long, and counts nothing else.
const TIME_NOUNS: &[&str] = &[
    "days", "weeks", "months", "years", "hours", "minutes", "decades", "day", "week", "month",
    "year", "hour",
];

/// Prepositions of a phrase that places the subject before its verb: "beds in the region".
const PLACE_PREPOSITIONS: &[&str] = &["in", "on", "across", "for", "at", "of", "from", "under"];

/// Whether a word reads as a verb: a verb of having or being, a level verb ("cut", "hit"), or
/// a lowercase form in -s, -ed or -ing.
fn is_verb(w: &str) -> bool {
    is_one_of(w, HAVING_VERBS)
        || is_one_of(w, LEVEL_VERBS)
        || is_one_of(w, LINKS)
        || looks_like_verb(w)
}

/// Whether the value at `index` ends its clause or is followed by a mark: "wind, 24%;".
fn ends_its_clause(reading: &Reading, text: &str, index: usize) -> bool {
    reading.own_noun(text, index).is_none() && reading.followed_by_mark(index)
}

/// "including 20 for the northern depot", "22 go to the northern depot", "20 buses earmarked
/// for the depot": the value, at most a few words of its own noun phrase and a verb, then *for*
/// or *to* and the subject's noun phrase.
fn holder(text: &str, gap: &Gap, part: bool, kind: QuantityKind) -> Option<usize> {
    let words: Vec<&str> = gap
        .own()
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
fn shared_holder(text: &str, subject: Span) -> bool {
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

/// "1,200 will be affordable homes": the value, a copula and the subject's noun phrase.
/// "2,946 people were confirmed dead", "nine patients have been hospitalized": the value's own
/// noun may stand first, and the subject is what the copula or the auxiliary says of them.
fn copula_before(text: &str, gap: &Gap) -> Option<usize> {
    let mut copula = false;
    let mut words = 0;
    for t in gap.own() {
        let Kind::Word = t.kind else {
            return None;
        };
        let w = t.span.slice(text);
        words += 1;
        if words == 1
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !is_one_of(w, BREAKERS)
            && !is_one_of(w, VERB_GROUP_WORDS)
            && !looks_like_verb(w)
        {
            continue;
        }
        if is_one_of(
            w,
            &[
                "is", "are", "was", "were", "be", "become", "became", "have", "has", "had", "been",
            ],
        ) {
            copula = true;
        } else if copula && words <= 5 && !is_one_of(w, BREAKERS) {
            continue;
        } else if !is_one_of(w, &["will", "would", "could", "may", "also", "now", "to"]) {
            return None;
        }
    }
    copula.then_some(words)
}

/// A lowercase word that reads as a verb form: "rises", "reached", "raising".
fn looks_like_verb(word: &str) -> bool {
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && (word.ends_with("ed") || word.ends_with("ing") || word.ends_with('s'))
        && !word.ends_with("ss")
}

/// Words that start another phrase, so a value before them quantifies something else.
const BREAKERS: &[&str] = &[
    "of", "for", "from", "to", "in", "on", "at", "with", "by", "and", "or", "than", "that",
    "which", "who", "whom", "whose", "was", "were", "is", "are", "be", "been", "has", "have",
    "had", "will", "would", "not", "per", "each", "but", "as", "into", "over", "under", "about",
    "after", "before", "since", "between", "against", "while", "when", "where", "if", "because",
];

/// Nouns after which "of" still leads to the thing counted: "round of the 2+2 dialogue",
/// "worth of drones".
const OF_HEADS: &[&str] = &[
    "worth",
    "round",
    "rounds",
    "edition",
    "meeting",
    "session",
    "iteration",
    "instalment",
    "installment",
    "batch",
    "tranche",
    "order",
    "purchase",
    "deal",
    "acquisition",
    "units",
];

const PUNCTUATION_BREAKS: &[char] = &[
    ',', ';', ':', '(', ')', '[', ']', '.', '!', '?', '—', '–', '|',
];

/// The number of words between a value and the subject after it when they are adjacent.
fn adjacent_words(gap: &str, kind: QuantityKind) -> Option<usize> {
    if gap.contains(PUNCTUATION_BREAKS) {
        return None;
    }
    let mut words_of = words(gap);
    let words: [&str; 4] = std::array::from_fn(|_| words_of.next().unwrap_or_default());
    if words_of.next().is_some() {
        return None;
    }
    let count = words.iter().take_while(|w| !w.is_empty()).count();
    for (i, &word) in words[..count].iter().enumerate() {
        let of_after_head = word.eq_ignore_ascii_case("of")
            && (i
                .checked_sub(1)
                .is_some_and(|p| is_one_of(words[p], OF_HEADS))
                || (i == 0 && matches!(kind, QuantityKind::Percent | QuantityKind::Money)));
        if is_one_of(word, BREAKERS) && !of_after_head {
            return None;
        }
        // A value counts the first plural noun after it: in "three services get drones" it
        // counts services. Capitalised words are names ("30 Predator Armed Drones").
        if i + 1 < count && looks_plural(word) && !is_one_of(word, OF_HEADS) {
            return None;
        }
    }
    Some(count)
}

/// A lowercase word that reads as a plural noun (or a verb in -s): "services", "gets".
fn looks_plural(word: &str) -> bool {
    word.len() >= 4
        && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
}

/// Words that tie a subject to a value after it: "drones numbering 31", "the deal, worth $3bn".
const LINKS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "now",
    "numbering",
    "numbered",
    "number",
    "totalling",
    "totaling",
    "totalled",
    "totaled",
    "total",
    "worth",
    "valued",
    "at",
    "of",
    "costing",
    "cost",
    "costs",
    "estimated",
    "reached",
    "reaching",
    "stood",
    "stands",
    "stand",
    "rose",
    "fell",
    "to",
    "amounting",
    "amounted",
    "came",
];

fn linking_words(gap: &str) -> Option<usize> {
    if gap
        .trim_start()
        .trim_start_matches([',', ':'])
        .contains(PUNCTUATION_BREAKS)
    {
        return None;
    }
    let mut count = 0;
    for word in words(gap) {
        count += 1;
        if count > 4 || !is_one_of(word, LINKS) {
            return None;
        }
    }
    Some(count)
}

/// The words of a gap, quotes and commas around them dropped.
fn words(gap: &str) -> impl Iterator<Item = &str> {
    gap.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | ',' | ':'))
        })
        .filter(|w| !w.is_empty())
}

/// Whether `word`, lowercased, is one of `list` (lowercase words). An ASCII word is compared
/// without building its lowercase copy ([`lowercase`]): this runs for every word between every
/// value and subject.
fn is_one_of(word: &str, list: &[&str]) -> bool {
    let lower = lowercase(word);
    list.iter().any(|w| w.eq_ignore_ascii_case(&lower))
}

/// `text` lowercased where ASCII case-folding would not do: non-ASCII text is lowercased in a
/// copy, ASCII text is borrowed as it is, to be compared with lowercase ASCII phrases ignoring
/// ASCII case (the same answer, without a copy per value).
fn lowercase(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.to_lowercase())
    }
}
