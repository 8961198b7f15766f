//! The words the clause reading acts on, as data: one table per category, each entry a run of
//! lowercase words. The categories follow ConText (Harkema et al. 2009): a trigger has a
//! category and a direction (it governs what follows it, or what precedes it), pseudo-triggers
//! are looked up first and cancel a trigger they contain ("not only", "no fewer than"), and a
//! clause boundary ends every scope.
//!
//! Adding a word is adding a row; every category is exercised by the tests at the bottom of
//! `clause/mod.rs` and by the verdict suite (`tests/verdicts/`).

/// What a trigger says about the values in its scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// The statement is denied: "not", "never", "denied", "ruled out", "were incorrect".
    Negated,
    /// The statement is uncertain or not yet true: "may", "reportedly", "is expected to".
    Hedged,
    /// The value is an earlier figure that another replaces: "from 8%", "up from", "initially".
    Old,
    /// The value is a change or an average, not a level: "rose by 5%", "a 5% increase",
    /// "averaged $44 million".
    Change,
    /// The value is the margin of another: "$28 billion plus or minus 2%", "give or take 5".
    Margin,
    /// The value is a part of a whole, whatever else the sentence names: "each", "the
    /// remaining", "with the remainder split between".
    Part,
    /// The value is a holder's share of a whole named after the trigger: "the navy's share of
    /// the drones is 15" is the navy's, never the drones'.
    Share,
    /// The value is a part when the whole was named before the trigger: "of which 20",
    /// "including 20" ("purchases of weaponry, including $3 billion of drones" names none).
    Included,
    /// The clause speaks of a later instance: "will be held next year", "the next".
    Future,
}

/// Whether a trigger governs the words after it or before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Forward,
    Backward,
}

/// One trigger: its words, what it says and which way it reaches.
#[derive(Debug, Clone, Copy)]
pub struct Trigger {
    pub words: &'static [&'static str],
    pub category: Category,
    pub direction: Direction,
    /// How many words after (or before) the trigger its scope reaches at most, clause
    /// boundaries aside; "from" reaches only the value right after it.
    pub reach: usize,
}

const fn t(words: &'static [&'static str], category: Category, direction: Direction) -> Trigger {
    Trigger {
        words,
        category,
        direction,
        reach: 12,
    }
}

const fn near(words: &'static [&'static str], category: Category, direction: Direction) -> Trigger {
    Trigger {
        words,
        category,
        direction,
        reach: 3,
    }
}

/// A trigger that reaches only the word next to it: "15 of them".
const fn once(words: &'static [&'static str], category: Category, direction: Direction) -> Trigger {
    Trigger {
        words,
        category,
        direction,
        reach: 1,
    }
}

use crate::lower_word::LowerWord;
use Category::*;
use Direction::*;

/// Every trigger. Longer runs are tried before shorter ones that start with the same word.
pub const TRIGGERS: &[Trigger] = &[
    // Negation and denial: the statement in scope is denied.
    t(&["not"], Negated, Forward),
    t(&["never"], Negated, Forward),
    t(&["neither"], Negated, Forward),
    t(&["nor"], Negated, Forward),
    Trigger {
        words: &["no"],
        category: Negated,
        direction: Forward,
        reach: 5,
    },
    t(&["denied"], Negated, Forward),
    t(&["denies"], Negated, Forward),
    t(&["deny"], Negated, Forward),
    t(&["denying"], Negated, Forward),
    t(&["rejected"], Negated, Forward),
    t(&["rejects"], Negated, Forward),
    t(&["dismissed"], Negated, Forward),
    t(&["refuted"], Negated, Forward),
    t(&["ruled", "out"], Negated, Forward),
    t(&["rules", "out"], Negated, Forward),
    t(&["ruling", "out"], Negated, Forward),
    t(&["contrary", "to"], Negated, Forward),
    t(&["instead", "of"], Negated, Forward),
    t(&["rather", "than"], Negated, Forward),
    t(&["false"], Negated, Backward),
    t(&["wrong"], Negated, Backward),
    t(&["incorrect"], Negated, Backward),
    t(&["inaccurate"], Negated, Backward),
    t(&["untrue"], Negated, Backward),
    t(&["unfounded"], Negated, Backward),
    t(&["baseless"], Negated, Backward),
    t(&["false", "reports"], Negated, Forward),
    t(&["wrong", "to", "say"], Negated, Forward),
    t(&["false", "to", "say"], Negated, Forward),
    t(&["incorrect", "to", "say"], Negated, Forward),
    t(&["not", "true", "that"], Negated, Forward),
    t(&["untrue", "that"], Negated, Forward),
    t(&["incorrectly"], Negated, Forward),
    t(&["wrongly"], Negated, Forward),
    t(&["erroneously"], Negated, Forward),
    t(&["mistakenly"], Negated, Forward),
    // Hedges: the statement may not hold.
    t(&["may"], Hedged, Forward),
    t(&["might"], Hedged, Forward),
    t(&["could"], Hedged, Forward),
    t(&["reportedly"], Hedged, Forward),
    t(&["allegedly"], Hedged, Forward),
    t(&["possibly"], Hedged, Forward),
    t(&["potentially"], Hedged, Forward),
    t(&["probably"], Hedged, Forward),
    t(&["likely"], Hedged, Forward),
    t(&["expected", "to"], Hedged, Forward),
    t(&["expects"], Hedged, Forward),
    t(&["expect"], Hedged, Forward),
    t(&["projected"], Hedged, Forward),
    t(&["predicted"], Hedged, Forward),
    t(&["expected"], Hedged, Forward),
    t(&["predicts"], Hedged, Forward),
    t(&["forecast"], Hedged, Forward),
    t(&["expects", "to"], Hedged, Forward),
    t(&["plans", "to"], Hedged, Forward),
    t(&["plan", "to"], Hedged, Forward),
    t(&["planned", "to"], Hedged, Forward),
    t(&["planning", "to"], Hedged, Forward),
    t(&["intends", "to"], Hedged, Forward),
    t(&["aims", "to"], Hedged, Forward),
    t(&["hopes", "to"], Hedged, Forward),
    t(&["seeks", "to"], Hedged, Forward),
    t(&["proposed"], Hedged, Forward),
    t(&["proposes"], Hedged, Forward),
    t(&["proposal"], Hedged, Forward),
    t(&["unconfirmed"], Hedged, Forward),
    t(&["said", "to", "be"], Hedged, Forward),
    t(&["said", "to", "have"], Hedged, Forward),
    t(&["neither", "confirm", "nor", "deny"], Hedged, Forward),
    t(&["would", "not", "confirm"], Hedged, Forward),
    t(&["could", "not", "confirm"], Hedged, Forward),
    t(&["rumoured"], Hedged, Forward),
    t(&["rumored"], Hedged, Forward),
    t(&["considering"], Hedged, Forward),
    t(&["mulling"], Hedged, Forward),
    t(&["weighing"], Hedged, Forward),
    t(&["tentative"], Hedged, Forward),
    t(&["tentatively"], Hedged, Forward),
    t(&["if"], Hedged, Forward),
    t(&["unless"], Hedged, Forward),
    // Earlier figures replaced by another.
    near(&["from"], Old, Forward),
    near(&["up", "from"], Old, Forward),
    near(&["down", "from"], Old, Forward),
    near(&["compared", "with"], Old, Forward),
    near(&["compared", "to"], Old, Forward),
    near(&["versus"], Old, Forward),
    t(&["previously"], Old, Forward),
    near(&["previous"], Old, Forward),
    t(&["originally"], Old, Forward),
    t(&["initially"], Old, Forward),
    t(&["formerly"], Old, Forward),
    t(&["earlier", "reports"], Old, Forward),
    t(&["earlier", "estimates"], Old, Forward),
    near(&["initial"], Old, Forward),
    near(&["a", "year", "earlier"], Old, Backward),
    near(&["a", "year", "ago"], Old, Backward),
    near(&["the", "year", "before"], Old, Backward),
    near(&["previously"], Old, Backward),
    once(&["until"], Old, Backward),
    // Changes, not levels.
    near(&["by"], Change, Forward),
    // "plus or minus 2%": "minus 2%" is read as one value, a margin of another.
    once(&["plus", "or"], Margin, Forward),
    near(&["give", "or", "take"], Margin, Forward),
    near(&["increase"], Change, Backward),
    near(&["increases"], Change, Backward),
    near(&["rise"], Change, Backward),
    near(&["drop"], Change, Backward),
    near(&["decline"], Change, Backward),
    near(&["cut"], Change, Backward),
    near(&["jump"], Change, Backward),
    near(&["fall"], Change, Backward),
    near(&["hike"], Change, Backward),
    near(&["more", "than", "last"], Change, Backward),
    // "a revenue increase of over 260%", "a rise of 5% in fares", "a tariff hike of 10%": the
    // change a noun of change names, the value right after it ("an increase of fares to $5"
    // names the new level). Not "loss" nor "growth": "a net loss of $2 billion" is the loss's
    // level, "GDP growth of 2.4%" the growth's.
    once(&["increase", "of"], Change, Forward),
    once(&["rise", "of"], Change, Forward),
    once(&["jump", "of"], Change, Forward),
    once(&["gain", "of"], Change, Forward),
    once(&["decline", "of"], Change, Forward),
    once(&["drop", "of"], Change, Forward),
    once(&["fall", "of"], Change, Forward),
    once(&["hike", "of"], Change, Forward),
    once(&["cut", "of"], Change, Forward),
    once(&["reduction", "of"], Change, Forward),
    // "rose 262% from a year earlier", "up 427% year-over-year": a change measured against
    // an earlier period; "$7.19 billion a year earlier", with no "from", is the old level.
    near(&["from", "a", "year", "earlier"], Change, Backward),
    near(&["from", "a", "year", "ago"], Change, Backward),
    near(&["from", "the", "previous", "quarter"], Change, Backward),
    near(&["from", "last", "year"], Change, Backward),
    near(&["year-over-year"], Change, Backward),
    near(&["year-on-year"], Change, Backward),
    near(&["quarter-over-quarter"], Change, Backward),
    near(&["quarter-on-quarter"], Change, Backward),
    // "45 more buses", "an additional 70 planes", "another 5,000 troops": an increment.
    once(&["more"], Change, Backward),
    once(&["additional"], Change, Backward),
    once(&["additional"], Change, Forward),
    once(&["extra"], Change, Backward),
    once(&["extra"], Change, Forward),
    once(&["another"], Change, Forward),
    // Parts of a whole.
    t(&["of", "which"], Included, Forward),
    t(&["of", "them"], Included, Forward),
    t(&["of", "these"], Included, Forward),
    t(&["of", "those"], Included, Forward),
    t(&["out", "of", "which"], Included, Forward),
    t(&["among", "them"], Included, Forward),
    t(&["among", "which"], Included, Forward),
    t(&["including"], Included, Forward),
    t(&["includes"], Included, Forward),
    t(&["included"], Included, Forward),
    t(&["include"], Included, Forward),
    Trigger {
        words: &["each"],
        category: Part,
        direction: Forward,
        reach: 6,
    },
    near(&["each"], Part, Backward),
    near(&["apiece"], Part, Backward),
    near(&["remaining"], Part, Forward),
    // "the bulk of the cases, 80, remain in Gaines County": a share of the whole named after
    // it, never that whole's level; a value right after "the" is the whole ("most of the 124
    // cases").
    t(&["the", "bulk", "of"], Share, Forward),
    t(&["the", "majority", "of"], Share, Forward),
    t(&["most", "of"], Share, Forward),
    near(&["batch", "of"], Part, Forward),
    // An average is never a level of the whole: "the Fortune 500 averaged $44 million in
    // losses per company" states no total.
    near(&["averaged"], Change, Forward),
    near(&["average", "of"], Change, Forward),
    near(&["on", "average"], Change, Forward),
    near(&["tranche", "of"], Part, Forward),
    once(&["of", "them"], Part, Backward),
    once(&["of", "these"], Part, Backward),
    once(&["of", "those"], Part, Backward),
    once(&["of", "the"], Part, Backward),
    t(&["the", "remainder"], Part, Backward),
    t(&["the", "remaining"], Part, Backward),
    // "with the remaining 3,500 to be sold": the figure right after it is a part as well (the
    // longer trigger would otherwise hide "remaining"'s own).
    once(&["the", "remaining"], Part, Forward),
    t(&["earmarked"], Part, Backward),
    t(&["set", "aside"], Part, Backward),
    t(&["allocated"], Part, Backward),
    t(&["reserved"], Part, Backward),
    t(&["destined"], Part, Backward),
    t(&["the", "rest"], Part, Backward),
    t(&["the", "balance"], Part, Backward),
    // "five workers were killed and another one is presumed dead": a count the sentence goes
    // on to add to is a part of the total, not the total.
    t(&["and", "another", "one"], Part, Backward),
    t(&["share"], Share, Forward),
    t(&["portion"], Share, Forward),
    t(&["allocation"], Share, Forward),
    t(&["quota"], Share, Forward),
    // Another, later instance.
    t(&["will", "be", "held"], Future, Backward),
    t(&["will", "take", "place"], Future, Backward),
    t(&["is", "scheduled"], Future, Backward),
    t(&["is", "due"], Future, Backward),
    t(&["next", "year"], Future, Backward),
    t(&["next"], Future, Forward),
    t(&["upcoming"], Future, Forward),
];

/// The triggers and pseudo-triggers whose first word is one word, by index.
#[derive(Debug, Default)]
pub struct Entries {
    pub triggers: Vec<usize>,
    pub pseudo: Vec<usize>,
}

/// The entries that start with `word` (any case), looked up once per word of a sentence
/// instead of trying every row: the lexicon is built into a map on first use.
pub fn starting_with(word: &str) -> Option<&'static Entries> {
    type Index = crate::subject::name::word_map::FnvMap<&'static str, Entries>;
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: Index = Default::default();
        for (i, t) in TRIGGERS.iter().enumerate() {
            if let Some(first) = t.words.first() {
                index.entry(first).or_default().triggers.push(i);
            }
        }
        for (i, p) in PSEUDO_TRIGGERS.iter().enumerate() {
            if let Some(first) = p.first() {
                index.entry(first).or_default().pseudo.push(i);
            }
        }
        index
    });
    index.get(LowerWord::new(word)?.as_str())
}

/// Runs that contain a trigger but are not one: looked up first, their words skipped.
pub const PSEUDO_TRIGGERS: &[&[&str]] = &[
    &["not", "only"],
    &["each", "other"],
    &["not", "just"],
    &["not", "least"],
    &["not", "less", "than"],
    &["not", "more", "than"],
    &["no", "fewer", "than"],
    &["no", "less", "than"],
    &["no", "more", "than"],
    &["no", "later", "than"],
    &["no", "doubt"],
    &["nothing", "less", "than"],
    &["not", "to", "mention"],
    &["if", "not"],
    &["whether", "or", "not"],
    &["by", "the"],
];
